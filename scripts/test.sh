#!/usr/bin/env bash
# Run the test suite on SQLite, then on PostgreSQL. With CI=1 a PostgreSQL run that cannot
# happen is a failure, not a skip.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/commission}

# Nothing is installed here: the browser and nginx tests fail, saying what to run, when Chromium,
# axe-core or nginx is missing (tests/browser/setup.sh, tests/nginx/setup.sh; .ci/run runs both).

echo "== Tests on SQLite"
env -u DATABASE_URL .venv/bin/pytest --cov --cov-report=term:skip-covered "$@"

echo "== Tests on PostgreSQL ($PG_URL)"
if $PY - "$PG_URL" <<'PY'
import sys
import psycopg
url = sys.argv[1].rsplit("/", 1)[0] + "/postgres"
try:
    psycopg.connect(url, connect_timeout=3).close()
except Exception as error:
    print(f"PostgreSQL is not reachable: {error}")
    sys.exit(1)
PY
then
  # The browser and two-server tests start their own servers; once is enough.
  DATABASE_URL=$PG_URL .venv/bin/pytest -m "not browser and not multiserver" "$@"
elif [ "${CI:-}" = "1" ]; then
  echo "CI requires the PostgreSQL run; failing." >&2
  exit 1
else
  echo "Skipping the PostgreSQL run (not reachable, and CI is not set)."
fi
bash bench/run.sh --quick  # benchmark smoke test through nginx: fails on a failed request, checks no figure (docs/benchmark.md)
