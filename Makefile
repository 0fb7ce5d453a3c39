# Haven: `make run` serves the demo site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast e2e lint format bench load setup chromium clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py setup_forums
	$(PY) manage.py seed_demo
	$(PY) manage.py reindex_search --clear

run: setup
	@echo ""
	@echo "Haven is starting on http://$(HOST):$(PORT)/  (Ctrl+C to stop)"
	@echo "Demo logins (password for all: haven-demo-2026):"
	@echo "  member      sam"
	@echo "  specialist  $$($(PY) -c 'from questions.demo_content import SPECIALISTS; print(SPECIALISTS[0]["username"])')"
	@echo "  moderator   moderator"
	@echo ""
	@echo "Search index worker: process_search_queue (stops with the server)."
	@$(PY) manage.py process_search_queue --verbosity 0 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver $(HOST):$(PORT)

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	  || { echo "Could not install chromium: run 'apt-get install -y chromium' as root."; exit 1; }; }

test: $(VENV)/.installed chromium
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

test-fast: $(VENV)/.installed
	$(BIN)/pytest -m "not browser" $(PYTEST_ARGS)

e2e: $(VENV)/.installed chromium
	$(BIN)/pytest -m browser $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.installed
	@command -v wrk >/dev/null 2>&1 || (apt-get install -y -qq wrk >/dev/null 2>&1) || \
	  echo "wrk is not installed: throughput figures will be skipped."
	$(PY) benchmarks/run.py $(BENCH_ARGS)

# Mixed load on gunicorn + PostgreSQL + Redis (loopback): prints the table; fails on a 5xx or a
# lost write. DATABASE_URL names the PostgreSQL server (its haven_load database is used).
load: $(VENV)/.installed
	$(PY) benchmarks/load.py $(LOAD_ARGS)

clean:
	rm -rf var staticfiles test-output .pytest_cache
