# Årshjul: `make demo` starts the demo, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AXE := var/axe/node_modules/axe-core/axe.min.js
export ARSHJUL_DATA_DIR ?= $(CURDIR)/var

.PHONY: demo test test-fast lint typecheck check browser-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/arshjul migrate --verbosity 0
	$(BIN)/arshjul demo_load
	@echo "Årshjul körs på http://127.0.0.1:8000 (avsluta med Ctrl+C)"
	@# the background worker (imports) runs beside the web server and stops with it
	export ARSHJUL_DEBUG=0 ARSHJUL_SECURE_COOKIES=0; \
	$(BIN)/arshjul db_worker --verbosity 0 & worker=$$!; trap "kill $$worker" EXIT INT TERM; \
	$(BIN)/arshjul runserver 127.0.0.1:8000 --insecure

# Debian's Chromium and ChromeDriver and axe-core from npm for the browser journeys.
browser-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }
	@test -f $(AXE) || npm install --silent --no-audit --no-fund --prefix var/axe axe-core@4.10 >/dev/null

test: $(STAMP) browser-deps
	$(BIN)/pytest

test-fast: $(STAMP)
	$(BIN)/pytest -m "not browser"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck
	ARSHJUL_DATA_DIR=$$(mktemp -d) $(BIN)/arshjul makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var
