# Two commands on a fresh machine: `make demo` (set up, run khabar on examples/) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test eval clean

$(BIN)/khabar: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[test,spark]'
	touch $@

demo: $(BIN)/khabar
	$(BIN)/khabar ingest examples/ --db demo.db
	$(BIN)/khabar events --db demo.db
	@echo "Browse these events with their evidence: $(BIN)/khabar serve --db demo.db  (then open http://127.0.0.1:8000/)"

test: $(BIN)/khabar
	$(BIN)/pytest

# Accuracy against the shared gold sets, when ../shared exists (a measurement, not a test).
eval: $(BIN)/khabar
	$(BIN)/khabar eval ../shared/gold ../shared/seeds --meta ../shared/seeds/meta.jsonl
	$(BIN)/khabar eval ../shared/dev/gold ../shared/dev --meta ../shared/dev/meta.jsonl

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm artifacts
