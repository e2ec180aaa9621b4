# The two commands of the README: `make spec` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup browser spec test pytest lint format clean demo load mutants mutation redteam flake a11y guide-view \
	interop

setup: $(STAMP) browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Playwright's own Chromium where it can be downloaded, else the system's (installed with apt if missing).
browser: $(STAMP)
	$(BIN)/python -m resetspec.run.browser install

spec: setup
	$(BIN)/resetspec run

pytest: setup
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m resetspec.lint.gherkin features
	$(BIN)/zizmor --offline --persona auditor .github/workflows/

# The living doc's own accessibility is part of the test: HTML_CodeSniffer through pa11y
# (Node >= 20 and npm) on the doc the run just wrote, and on its English twin.
test: setup lint pytest
	$(BIN)/resetspec run
	$(MAKE) --no-print-directory a11y

A11Y       := tools/a11y
A11Y_STAMP := $(A11Y)/node_modules/.installed

# pa11y's own puppeteer would download a browser, which this project's machines cannot reach:
# it is skipped, and pa11y drives the machine's Chromium instead.
$(A11Y_STAMP): $(A11Y)/package.json $(A11Y)/package-lock.json
	cd $(A11Y) && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts
	touch $@

a11y: $(STAMP) $(A11Y_STAMP)
	test -f reports/living-doc/index.html || $(BIN)/resetspec doc --dry-run
	$(BIN)/resetspec doc --dry-run --lang en --out reports/a11y/en
	PA11Y_CHROME="$$($(BIN)/python -m resetspec.run.browser path)" \
	  node $(A11Y)/check.mjs reports/living-doc/index.html reports/a11y/en/index.html

# A picture of the last run's guide view: reports/living-doc/guide-view.png.
guide-view: $(STAMP)
	$(BIN)/python -m resetspec.livingdoc.snapshot

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

demo: setup
	$(BIN)/python -m reference_app --demo

clean:
	rm -rf reports/* .pytest_cache .ruff_cache

# Longer checks, not part of `make test`.
load: setup  # bounded loopback load: 20 clients doing full resets for 60 s
	$(BIN)/python -m resetspec.proof.load $(LOAD_ARGS)

mutants: setup  # every rule mutant of the reference app against the rule it breaks
	$(BIN)/resetspec mutants

mutation: setup  # cosmic-ray's mutants of the app's rule-bearing modules, judged by the features
	$(BIN)/resetspec mutants --mechanical --jobs 2

redteam: setup  # the last red-team round's bugs, written without reading the features
	$(BIN)/resetspec mutants --patches mutation/redteam/round3 --jobs 2

flake: setup  # the whole browser suite 20 times, no retries
	$(BIN)/resetspec flake --runs 20

# Cucumber's own HTML report of a run's messages, read in Chromium (Node >= 20 and npm).
INTEROP_RUN ?= --driver http -f progress
interop: setup
	cd tools/interop && npm ci --no-audit --no-fund
	$(BIN)/resetspec run $(INTEROP_RUN) || echo "interop: the run had failures; its report is read all the same"
	$(BIN)/python -m resetspec.reports.schema_check reports
	$(BIN)/python -m resetspec.reports.interop reports
