# quizapp: `make run` serves the app on 127.0.0.1:5000, `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 5000
SHARED ?= ../shared

.PHONY: run serve test lint format bench train eval load serve-prod worker clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "quizapp needs Python 3.11 ($(PYTHON) not found; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/quizapp db upgrade
	$(BIN)/quizapp load-bundled questions
	@echo "No instructor yet? Make one with: $(BIN)/quizapp create-instructor USERNAME"
	$(BIN)/quizapp serve --with-worker --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python -m bench

train: $(STAMP)
	$(BIN)/python scripts/train_attribution.py --train $(SHARED)/eval/polnear-train --out quizapp/core/data

eval: $(STAMP)
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python $(SHARED)/eval/score.py --verbose $(SHARED)/eval/dev/*.gold.json
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python $(SHARED)/eval/score.py questions/articles/*.gold.json
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python $(SHARED)/eval/polnear.py $(SHARED)/eval/polnear-dev

# Production: gunicorn workers in front of DATABASE_URL (PostgreSQL); run `make worker` beside it.
serve-prod: $(STAMP)
	$(BIN)/quizapp db upgrade
	$(BIN)/gunicorn -c python:quizapp.gunicorn_conf quizapp.wsgi:app

worker: $(STAMP)
	$(BIN)/quizapp worker

load: $(STAMP)
	$(BIN)/python -m bench.load

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
