# Two entry points: `make run` (install, demo content, development server) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1:8000

.PHONY: run test install fast-test lint messages clean bench bench-quick

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=25.1"
	$(PIP) install --quiet --group test -c requirements.lock
	touch $@

install: $(VENV)/.installed

messages: install
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv --verbosity 0

run: install messages
	DEBUG=1 $(PY) manage.py migrate --no-input
	DEBUG=1 $(PY) manage.py load_demo --admin
	DEBUG=1 $(PY) manage.py runserver $(HOST)

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

# The whole suite: lint, migrations, translations, then the tests on SQLite and on PostgreSQL.
test: install messages lint
	bash scripts/test.sh

fast-test: install messages
	$(VENV)/bin/pytest -m "not browser and not multiserver"

# Election-night load benchmark (docs/benchmark.md), through the shipped nginx: the full run (10-15 min) prints the
# targets of issue 17 with verdicts and writes bench/results/LATEST.md; bench-quick is the smoke test of make test.
bench: install messages
	bash bench/run.sh

bench-quick: install messages
	bash bench/run.sh --quick

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .coverage
