# Two entry points for a fresh machine (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= besluitenbank.duckdb
SITE ?= site

.PHONY: demo test setup clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(BIN)/besluitenbank ingest corpus/ --db $(DB)
	$(BIN)/besluitenbank plan import corpus/plan/sample-plan.csv --municipality Mechelen --db $(DB)
	$(BIN)/besluitenbank render $(SITE) --db $(DB)
	@echo "Site written to $(abspath $(SITE))/index.html"

test: setup
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) $(SITE) $(DB) $(DB).wal
