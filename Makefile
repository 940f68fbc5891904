# The two set-up commands of the README: `make build` (main job) and `make test` (whole suite).
PYTHON ?= python3
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
