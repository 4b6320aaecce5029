# quizapp: `make run` serves the app on 127.0.0.1:5000, `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 5000
SHARED ?= ../shared

.PHONY: lock run serve test lint format bench train eval load serve-prod worker clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "quizapp needs Python 3.11 ($(PYTHON) not found; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Install the tested versions from the lock file, then the project itself without resolving again.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

# Refresh requirements.lock after changing dependencies in pyproject.toml (needs the network).
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet pip-tools
	.venv-lock/bin/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url \
		--no-emit-find-links -o requirements.lock pyproject.toml
	rm -rf .venv-lock

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
	@# Practice articles the analyser does not yet get fully right (not in the tests' gold set).
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python $(SHARED)/eval/score.py questions/practice-next/*.gold.json
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python $(SHARED)/eval/polnear.py $(SHARED)/eval/polnear-dev
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python $(SHARED)/eval/realnews.py $(SHARED)/eval/realnews-dev
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python $(SHARED)/eval/realnews.py --input html $(SHARED)/eval/realnews-dev
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python $(SHARED)/eval/premises.py $(SHARED)/eval/realnews-dev
	@# Every dev page (.txt and .html) gets a set of >= 5 questions passing the linter;
	@# every PolNeAR text ends in a set or a plain message, never a crash.
	-$(BIN)/python scripts/question_sweep.py --min-questions 5 --lint $(SHARED)/eval/realnews-dev
	-$(BIN)/python scripts/question_sweep.py --only txt $(SHARED)/eval/polnear-dev $(SHARED)/eval/polnear-train

# Production: gunicorn workers in front of DATABASE_URL (PostgreSQL); run `make worker` beside it.
serve-prod: $(STAMP)
	$(BIN)/quizapp db upgrade
	$(BIN)/gunicorn -c python:quizapp.gunicorn_conf quizapp.wsgi:app

worker: $(STAMP)
	$(BIN)/quizapp worker

load: $(STAMP)
	$(BIN)/python -m bench.load

clean:
	rm -rf $(VENV) .venv-lock .pytest_cache .ruff_cache
