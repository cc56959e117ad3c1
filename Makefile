# One entry point per job. Every target runs inside .venv, which `install` creates.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GEN_ARGS := --config generator-config.yml --custom-template-path templates --meta none --overwrite

.PHONY: install generate check-generated lint redis-check test demo bench spec-stats spec-diff dist \
	api-diff api-diff-check try-generator release clean

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
	$(BIN)/mypy --strict custom examples

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

# Compare openapi.yaml with Close's published OpenAPI document (or SPEC=path-or-URL); read, not a gate.
spec-diff: install
	$(BIN)/python scripts/spec_diff.py $(SPEC)

# The wheel and sdist users install today (the package is not on the index yet): dist/*.whl.
dist: install
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .

# The public surface (close_api_client + custom) of BASE (default: the last v* tag, else HEAD)
# against the work tree, as a Markdown block for CHANGELOG.md's Unreleased section.
api-diff: install
	$(BIN)/python scripts/api_diff.py $(if $(BASE),--base $(BASE))

# CI: the last commit's surface changes; fails on a breaking one CHANGELOG.md does not announce.
api-diff-check: install
	$(BIN)/python scripts/api_diff.py --base HEAD~1 --changelog CHANGELOG.md --skip-without-base

# make try-generator VERSION=x.y.z: regenerate with another openapi-python-client in a scratch
# venv; prints the generator's errors and warnings, then the surface diff it would cause.
try-generator: install
	@test -n "$(VERSION)" || { echo "usage: make try-generator VERSION=x.y.z"; exit 2; }
	$(BIN)/python scripts/try_generator.py $(VERSION)

# make release VERSION=x.y.z: refuses a bump semver does not allow for the api-diff since the
# last v* tag; dates the Unreleased entries, sets pyproject's version, prints commit + tag.
release: install
	@test -n "$(VERSION)" || { echo "usage: make release VERSION=x.y.z"; exit 2; }
	$(BIN)/python scripts/release.py $(VERSION)

clean:
	rm -rf dist $(VENV) .pytest_cache .mypy_cache .ruff_cache
