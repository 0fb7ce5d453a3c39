# Haven: `make run` serves the demo site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast e2e lint format bench setup chromium clean

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
	$(PY) manage.py rebuild_index --noinput

run: setup
	@echo ""
	@echo "Haven is starting on http://$(HOST):$(PORT)/  (Ctrl+C to stop)"
	@echo "Demo logins (password for all: haven-demo-2026):"
	@echo "  member      sam"
	@echo "  specialist  $$($(PY) -c 'from questions.demo_content import SPECIALISTS; print(SPECIALISTS[0]["username"])')"
	@echo "  moderator   moderator"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	  || { echo "Could not install chromium: run 'apt-get install -y chromium' as root."; exit 1; }; }

test: $(VENV)/.installed chromium
	$(BIN)/pytest $(PYTEST_ARGS)

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
	$(PY) benchmarks/run.py

clean:
	rm -rf var staticfiles test-output .pytest_cache
