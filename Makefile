# Two entry points: `make run` (dashboard on seeds/) and `make test` (lint + the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint score setup

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

run: setup
	$(VENV)/bin/streamlit run dashboard.py -- seeds

lint: setup
	$(VENV)/bin/ruff check .

# -rs: the summary names every skipped test and why (no Chromium, no ../shared beside the project)
test: lint
	$(PY) -m pytest -q -rs

score: setup
	$(PY) scripts/score_eval.py
