#!/usr/bin/env bash
# Election-night load benchmark (docs/benchmark.md).
#
#   bash bench/run.sh            full run: 10,000 and 100,000 articles on PostgreSQL, page cache warm and off,
#                                SQLite and the Wagtail peer at 10,000, floors; about 15 minutes; writes
#                                bench/results/<date>-<commit>.md and .json
#   bash bench/run.sh --quick    smoke test: 1,000 articles, 2 s per URL, no peer; about a minute
#
# Needs PostgreSQL and Redis on loopback (as `make test` does) and wrk (`bash bench/setup.sh` installs it).
# Exits non-zero when a request fails or answers non-2xx. Servers, databases and temporary files are
# released at the end, also when the run fails or is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing: run \`bash bench/setup.sh\` as root (CI runs it from .ci/run)" >&2
  exit 1
fi

echo "== Benchmark: bench/run.sh ${*:-(full run)}"
state=$(mktemp /tmp/commission-bench-state.XXXXXX)
cleanup() {
  .venv/bin/python bench/run.py --cleanup "$state" || true
  rm -f "$state"
}
trap cleanup EXIT

.venv/bin/python bench/run.py --state-file "$state" "$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true; wait "$child" || true; exit 143' TERM INT HUP
wait "$child"
