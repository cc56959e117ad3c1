# One entry point per job. Every target runs inside .venv, which `install` creates.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GEN_ARGS := --config generator-config.yml --custom-template-path templates --meta none --overwrite

.PHONY: install generate check-generated lint redis-check test demo bench spec-stats clean

install: $(STAMP)

# Re-install only when the project metadata changes: quick when already done.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The benchmark's extra needs (matplotlib, psutil) are installed only for `make bench`.
$(VENV)/.bench-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

# Validate the spec, regenerate close_api_client/ and fail on any generator warning
# (a warning means part of the spec was silently dropped).
generate: install
	$(BIN)/python scripts/generate.py --output close_api_client

# Regenerate into a temporary folder and diff against the committed package.
check-generated: install
	$(BIN)/python scripts/generate.py --check close_api_client

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict custom

# tests/redis runs a real redis-server on a loopback port: say at once when it is missing.
redis-check:
	@command -v redis-server >/dev/null || test -x "$${REDIS_SERVER:-/usr/bin/redis-server}" \
		|| test -x /usr/sbin/redis-server || { echo "make test needs redis-server (tests/redis):" \
		"apt-get install redis-server, brew install redis, or REDIS_SERVER=/path/to/it" >&2; exit 1; }

test: install redis-check check-generated lint
	$(BIN)/python -m pytest

demo: install
	$(BIN)/python examples/demo.py

bench: $(VENV)/.bench-installed
	$(BIN)/python -m bench

spec-stats: install
	$(BIN)/python scripts/spec_stats.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
