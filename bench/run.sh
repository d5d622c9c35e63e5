#!/usr/bin/env bash
# Election-night load benchmark of issue 17 (docs/benchmark.md).
#
#   bash bench/run.sh            full run (`make bench`, about 6 minutes): through the shipped nginx, straight
#                                from gunicorn against a bare Django view, the publishing storm, PostgreSQL
#                                stopped, the Wagtail peer, query budgets; prints every target with its verdict,
#                                writes bench/results/LATEST.md and, outside the repository, the JSON and logs
#   bash bench/run.sh --quick    smoke test of `make test` (about 1-2 minutes): fails when a request fails or
#                                answers non-2xx, checks no figure, writes nothing into the repository
#
# Needs Redis on loopback, Debian's postgresql-common (the run makes a PostgreSQL cluster of its own), nginx
# and wrk. Servers, the cluster, databases and temporary files are released at the end, also when the run
# fails or is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing: run \`bash bench/setup.sh\` as root (CI runs it from .ci/run)" >&2
  exit 1
fi
if [ ! -x "${NGINX:-/usr/sbin/nginx}" ]; then
  echo "nginx is missing: run \`bash tests/nginx/setup.sh\` as root (CI runs it from .ci/run)" >&2
  exit 1
fi

echo "== Benchmark: bench/run.sh ${*:-(full run)}"
state=$(mktemp /tmp/commission-bench-state.XXXXXX)
cleanup() {
  .venv/bin/python -m bench.run --cleanup "$state" || true
  rm -f "$state"
}
trap cleanup EXIT

.venv/bin/python -m bench.run --state-file "$state" "$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true; wait "$child" || true; exit 143' TERM INT HUP
wait "$child"
