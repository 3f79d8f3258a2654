# Two commands for a fresh clone: `make run` (the product on the embedded
# default, corpus ingested, http://127.0.0.1:8000) and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
APT_PKGS := chromium fonts-noto-cjk

.PHONY: install run test test-fast bench lint-cypher node browser clean

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

run: install
	$(BIN)/kg serve

test: install node browser
	$(BIN)/pytest -q

test-fast: install
	$(BIN)/pytest -q -m "not browser"

bench: install node browser
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) node_modules var
