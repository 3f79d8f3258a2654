# Two commands for a fresh clone: `make run` (the product on the embedded
# default, corpus ingested, http://127.0.0.1:8000) and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
APT_PKGS := chromium fonts-noto-cjk
JAVA_PKGS := openjdk-17-jdk-headless maven

.PHONY: install run test test-fast bench lint-cypher node browser java neo4j clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

node: node_modules/.package-lock.json

# Debian's Chromium (and a CJK font for readable screenshots) for the browser tests.
browser:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PKGS) >/dev/null; \
	fi

# Java 17 and Maven for the local Neo4j (tools/neo4j), which the tests run the store suite on.
java: install
	@if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(JAVA_PKGS) >/dev/null; \
	fi
	$(BIN)/python -m graph.neo4j_local --build-only

# A local Neo4j 5 without Docker: NEO4J_PASSWORD=… make neo4j (Bolt on 127.0.0.1:7687, data in var/neo4j).
neo4j: java
	$(BIN)/python -m graph.neo4j_local

run: install
	$(BIN)/kg serve

test: install node browser java
	$(BIN)/pytest -q

test-fast: install
	$(BIN)/pytest -q -m "not browser"

bench: install node browser java
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) node_modules var
