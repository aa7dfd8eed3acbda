# The two commands of the quickstart: `make serve` and `make test`.
# Both create .venv when it is missing and install only what changed (stamp files).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
KG_HOST ?= 127.0.0.1
KG_PORT ?= 8000
export KG_HOST KG_PORT

WEB    := web/node_modules/.installed
# Debian's Chromium and its driver, for the browser tests (root, or sudo when there is one).
SUDO   := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)

.PHONY: serve test lint check build docs ontology-check bench web browser virtuoso clean

serve: $(VENV)/.installed $(WEB)
	$(BIN)/kg build
	$(BIN)/kg serve

# The suite on TEST_WORKERS processes (pytest-xdist), a test file per worker at a time: its servers,
# browser and module fixtures stay on one worker; each worker builds its own session fixtures. Then the
# tests marked serial (latency under load) alone.
TEST_WORKERS ?= 2
PARALLEL := -n $(TEST_WORKERS) --dist loadfile

test: lint $(WEB) browser virtuoso
	$(BIN)/python -m pytest $(PARALLEL) -m "not serial"
	$(BIN)/python -m pytest -m serial

# ruff (pyflakes, import order, bugbear, pyupgrade) and mypy on src/kg.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests
	$(BIN)/mypy

# The fast tier: lint, types and the unit tests, on the small fixture data of tests/data, without a build.
check: lint
	$(BIN)/python -m pytest $(PARALLEL) -m "not slow and not serial" -q
	$(BIN)/python -m pytest -m "serial and not slow" -q

bench: $(VENV)/.installed-test
	$(BIN)/kg build
	$(BIN)/kg bench sparql

# Front-end libraries (the SPARQL editor, the dashboard's charts) from the npm registry, served by us: no CDN at run time.
web: $(WEB)
$(WEB): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

browser:
	@command -v chromedriver >/dev/null && command -v chromium >/dev/null || \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; }

# Debian's Virtuoso, for the remote-store tests: they start their own on loopback ports with a database
# in a temporary folder (the package's own service, if it starts one, is not used).
virtuoso:
	@command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null || \
	  { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null; }

build: $(VENV)/.installed
	$(BIN)/kg build

docs: $(VENV)/.installed
	$(BIN)/kg ontology docs

ontology-check: $(VENV)/.installed
	$(BIN)/kg ontology check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) var build *.egg-info src/*.egg-info web/node_modules
