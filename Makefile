# The two set-up commands of the README: `make build` (main job) and `make test` (whole suite).
# Debian's python3.11 when it is there with venv: its interpreter is linked statically and built
# with Debian's optimisations, and runs the article extractor about 10% faster than a python3.11
# built from source with default options (pyenv's, which loads a shared libpython). Any python3 of
# 3.11 or later works: `make PYTHON=python3 build`.
PYTHON ?= $(or $(shell /usr/bin/python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1 && echo /usr/bin/python3.11),python3)
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: build test install install-test setup-integration clean

build: install
	$(BIN)/proxygraph build

test: install-test setup-integration
	$(BIN)/python -m pytest

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# System parts the integration tests need (a real Neo4j, Debian's Chromium): each script in
# scripts/setup.d is idempotent and fails loudly, so the suite never silently skips them.
setup-integration: install-test
	@for f in scripts/setup.d/*.sh; do [ -e "$$f" ] || continue; echo "== $$f"; bash "$$f" || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info
