# The two commands a newcomer needs are `make demo` and `make test`; every
# other target is a step of those two, callable on its own.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv up down status demo test bench clean lock

venv: $(STAMP)

# uv installs the hash-pinned lock file in seconds instead of minutes;
# the stamp makes a second `make` free until the lock file changes.
# --compile-bytecode: where PYTHONDONTWRITEBYTECODE is set (as on our CI machines)
# no .pyc is ever written, so every process (each CLI call, the spaCy child,
# the poll's parse workers) would compile spaCy, Prefect and friends again:
# 5.3 s to import them, 2.4 s compiled, for 13 s once at install.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "NewsRadar needs Python 3.11, found " + sys.version)'
	# A .venv without a working python (a dangling link, a half-made venv) is remade, not fatal.
	test -x $(BIN)/python || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip sync --quiet --python $(BIN)/python --require-hashes --compile-bytecode requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --editable .
	touch $(STAMP)

lock:
	$(BIN)/uv pip compile pyproject.toml --extra test --python-version 3.11 --generate-hashes -o requirements.lock

up: venv
	$(BIN)/newsradar up

down: venv
	$(BIN)/newsradar down

status: venv
	$(BIN)/newsradar status

demo: up
	$(BIN)/newsradar demo

# pytest exits 5 when it collected nothing; that is a broken suite, not a pass.
test: up
	$(BIN)/python -m pytest

# Each benchmark prints its own table against its baseline; together they take a while.
BENCHES := extract_quality story_clusters claim_clusters enrich_throughput index_throughput alert_throughput poll_feeds alert_latency board_latency pipeline_throughput
bench: up
	set -e; for b in $(BENCHES); do echo "== bench/$$b.py"; $(BIN)/python bench/$$b.py; done

clean:
	rm -rf $(VENV) .cache
