# The two commands of the quickstart: `make serve` and `make test`.
# Both create .venv when it is missing and install only what changed (stamp files).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
KG_HOST ?= 127.0.0.1
KG_PORT ?= 8000
export KG_HOST KG_PORT

.PHONY: serve test build docs check clean

serve: $(VENV)/.installed
	$(BIN)/kg build
	$(BIN)/kg serve

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

build: $(VENV)/.installed
	$(BIN)/kg build

docs: $(VENV)/.installed
	$(BIN)/kg ontology docs

check: $(VENV)/.installed
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
	rm -rf $(VENV) var build *.egg-info src/*.egg-info
