# The README's two commands: `make site` (build the example briefing) and `make test`.
# Both set up what they need on a fresh machine first: `make site` a venv in .venv with
# briefgen and its dependencies only; `make test` adds the test tools and Debian's
# chromium for the browser suite.

VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup browser site test golden bench reference

# What building needs: briefgen and its dependencies (mkdocs, spaCy and its model …).
$(VENV)/.installed-site: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e .
	touch $@

# The test tools on top (pytest, hypothesis, ruff, mypy, playwright, feedparser).
$(VENV)/.installed: $(VENV)/.installed-site
	$(PY) -m pip install -q -e '.[test]'
	touch $@

setup: $(VENV)/.installed

# The browser tests drive Debian's chromium; nothing downloads a browser.
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

site: $(VENV)/.installed-site
	$(VENV)/bin/briefgen build

test: setup browser
	$(PY) -m pytest

# Regenerate the editors' field reference from the schema that `briefgen check` reads with.
reference: setup
	$(PY) -m briefgen.editors.reference > docs/editing.md

# Refresh the golden trees under tests/golden/ after an intended change of output.
golden: setup
	$(PY) -m pytest tests/test_golden.py --update-golden

bench: setup
	$(PY) bench/run.py
