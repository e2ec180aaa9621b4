# The two commands of the README: `make spec` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup browser spec test pytest lint format clean demo load mutants flake interop

setup: $(STAMP) browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Playwright's own Chromium where it can be downloaded, else the system's (installed with apt if missing).
browser: $(STAMP)
	$(BIN)/python -m resetspec.browser install

spec: setup
	$(BIN)/resetspec run

pytest: setup
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/zizmor --offline --persona auditor .github/workflows/

test: setup lint pytest
	$(BIN)/resetspec run

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

demo: setup
	$(BIN)/python -m reference_app --demo

clean:
	rm -rf reports/* .pytest_cache .ruff_cache

# Longer checks, not part of `make test`.
load: setup  # bounded loopback load: 20 clients doing full resets for 60 s
	$(BIN)/python -m resetspec.load $(LOAD_ARGS)

mutants: setup  # every rule mutant of the reference app against the rule it breaks
	$(BIN)/resetspec mutants

flake: setup  # the whole browser suite 20 times, no retries
	$(BIN)/resetspec flake --runs 20

# Cucumber's own HTML report of a run's messages, read in Chromium (needs Node and npm).
INTEROP_RUN ?= --driver http -f progress
interop: setup
	npm ci --prefix interop --no-audit --no-fund
	$(BIN)/resetspec run $(INTEROP_RUN) || echo "interop: the run had failures; its report is read all the same"
	$(BIN)/python -m resetspec.reports.schema_check reports
	$(BIN)/python -m resetspec.reports.interop reports
