# The README's words: `make demo` runs the main job, `make test` passes the tests.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLES ?= samples

.PHONY: install demo test lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# pytest starts (and stops) its own Neo4j on its own port and data directory.
test: lint
	$(BIN)/pytest

demo: install
	$(BIN)/newsgraph neo4j start
	$(BIN)/newsgraph ingest $(SAMPLES)
	$(BIN)/newsgraph serve

bench: install
	for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
