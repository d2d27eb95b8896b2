# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench bench-ingest bench-ledger bench-web bench-scale clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

## demo: create .venv, install, build the demo ledger on SQLite and print its series
demo: $(STAMP)
	$(BIN)/reportedly demo

## test: install test dependencies, lint, run the whole suite on SQLite, then, when
## REPORTEDLY_TEST_POSTGRES names a PostgreSQL database (postgresql://user:pass@host/db, emptied
## by the tests), again on it (both passes run; either failing fails the target)
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	@status=0; \
	echo "== the suite on SQLite"; \
	REPORTEDLY_TEST_DB= $(BIN)/python -m pytest || status=1; \
	if [ -n "$$REPORTEDLY_TEST_POSTGRES" ]; then \
	  echo "== the suite on PostgreSQL (REPORTEDLY_TEST_DB=\$$REPORTEDLY_TEST_POSTGRES)"; \
	  REPORTEDLY_TEST_DB="$$REPORTEDLY_TEST_POSTGRES" $(BIN)/python -m pytest || status=1; \
	else \
	  echo "== PostgreSQL skipped: set REPORTEDLY_TEST_POSTGRES to run the suite on it too"; \
	fi; \
	exit $$status

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

## bench: extraction throughput beside quantulum3
bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

## bench-ledger: query latency on a ledger of 1,000,000 figures in 50,000 series
bench-ledger: $(STAMP)
	$(BIN)/python benchmarks/ledger.py

## bench-web: page and API times on a ledger of 1,000,000 figures, beside datasette
bench-web: $(STAMP)
	$(BIN)/python benchmarks/web.py

## bench-scale: one process beside Spark local[2] on a generated crawl, and bulk-load rates
bench-scale: $(STAMP)
	$(BIN)/python benchmarks/scale.py

## bench-ingest: HTML and WARC ingest beside trafilatura, memory over a 1 GiB WARC
bench-ingest: $(STAMP)
	$(BIN)/python benchmarks/ingest.py

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info reportedly-demo.db
