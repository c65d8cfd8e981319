# Everything installs from requirements.lock (hashes pinned), into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed-$(shell sha256sum requirements.lock | cut -c1-16)

.PHONY: install run test lint format check bench audit messages catalogues clean

install: $(STAMP)

$(STAMP): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	rm -f $(VENV)/.installed-*
	touch $@

messages: install
	$(BIN)/python manage.py compile_catalogues -v0

# Bring every catalogue up to date with the code: new strings arrive empty (never fuzzy),
# strings no longer used are dropped. Then fill the empty msgstr and run `make test`.
CATALOGUES := -l gd -l pl -l ur -l ar -l zh_Hans
catalogues: install
	mkdir -p locale
	$(BIN)/python manage.py makemessages $(CATALOGUES) --ignore=.venv --ignore=staticfiles --ignore=tests --no-obsolete --add-location=file -v0

run: install messages
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py seed_demo --if-empty
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install messages
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

audit: install
	$(BIN)/pip-audit --require-hashes --disable-pip -r requirements.lock

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles

# The load benchmark (not part of `make test`): make bench SCALE=0.1
SCALE ?= 1.0
bench: install
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(BIN)/python bench/run.py --scale $(SCALE) $(BENCH_ARGS)
