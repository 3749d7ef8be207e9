# Two commands on a fresh machine: `make demo` (set up, run khabar on examples/) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test eval clean

$(BIN)/khabar: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $@

demo: $(BIN)/khabar
	$(BIN)/khabar extract examples/ -o demo.jsonl
	$(BIN)/khabar extract examples/ --format table

test: $(BIN)/khabar
	$(BIN)/pytest

# Accuracy against the shared gold sets, when ../shared exists (a measurement, not a test).
eval: $(BIN)/khabar
	$(BIN)/khabar eval ../shared/gold ../shared/seeds --meta ../shared/seeds/meta.jsonl
	$(BIN)/khabar eval ../shared/dev/gold ../shared/dev --meta ../shared/dev/meta.jsonl

clean:
	rm -rf $(VENV) demo.jsonl
