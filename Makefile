# variorum — build the edition described by $(EDITION) into $(BUILD).
# 'make' sets up .venv and builds everything; 'make help' lists the targets.

PYTHON ?= python3
VENV ?= .venv
EDITION ?= source/edition.yaml
BUILD ?= build

VPY := $(VENV)/bin/python
VARIORUM := $(VENV)/bin/variorum
PKG_STAMP := $(VENV)/.installed
# outputs depend on the code that makes them, so a changed filter rebuilds the edition
CODE := $(PKG_STAMP) $(shell find tools -name '*.py' -o -name '*.json' 2>/dev/null | LC_ALL=C sort)
TEMPLATES := $(shell find templates -type f 2>/dev/null | LC_ALL=C sort)

.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
.PHONY: all html pdf epub tei report test test-fast bench golden check clean distclean help venv

# The witnesses and one clean rule per witness come from edition.yaml (see 'variorum check --deps').
ifeq ($(filter clean distclean help venv,$(MAKECMDGOALS)),)
include $(BUILD)/edition.mk
endif

all: html pdf epub tei report ## build every output of the edition (the default)

venv: $(PKG_STAMP) ## create .venv and install the project into it

$(PKG_STAMP): pyproject.toml
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(VPY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

$(BUILD)/edition.mk: $(EDITION) $(PKG_STAMP)
	$(VARIORUM) check $(EDITION) --deps $@ --build-dir $(BUILD) --quiet

$(BUILD)/variorum.json $(BUILD)/variorum.tei.xml $(BUILD)/apparatus.tsv $(BUILD)/stats.json &: $(CLEAN_MD) $(EMENDATIONS) $(EDITION) $(CODE)
	$(VARIORUM) collate $(CLEAN_MD) --sigla $(SIGLA_CSV) $(if $(BASE),--base $(BASE)) \
	  --config $(EDITION) --emendations $(EMENDATIONS) -o $(BUILD)/variorum.json --tei $(BUILD)/variorum.tei.xml \
	  --tsv $(BUILD)/apparatus.tsv --stats $(BUILD)/stats.json

$(BUILD)/report/cleanup.html: $(EMENDATIONS) $(SOURCES) $(EDITION) $(CODE)
	$(VARIORUM) review $(EDITION) --build-dir $(BUILD) --report $@ --quiet

$(BUILD)/html/index.html: $(BUILD)/variorum.json $(EMENDATIONS) $(EDITION) $(TEMPLATES) $(CODE)
	$(VARIORUM) render $(BUILD)/variorum.json --config $(EDITION) --emendations $(EMENDATIONS) --html $(BUILD)/html

$(BUILD)/edition.pdf: $(BUILD)/variorum.json $(EMENDATIONS) $(EDITION) $(TEMPLATES) $(CODE)
	$(VARIORUM) render $(BUILD)/variorum.json --config $(EDITION) --emendations $(EMENDATIONS) --pdf $@

$(BUILD)/edition.epub: $(BUILD)/variorum.json $(EMENDATIONS) $(EDITION) $(TEMPLATES) $(CODE)
	$(VARIORUM) render $(BUILD)/variorum.json --config $(EDITION) --emendations $(EMENDATIONS) --epub $@

html: $(BUILD)/html/index.html ## the reader's HTML edition: build/html/index.html
pdf: $(BUILD)/edition.pdf ## the print PDF: build/edition.pdf
epub: $(BUILD)/edition.epub ## the EPUB: build/edition.epub
tei: $(BUILD)/variorum.json ## the variorum JSON, TEI, TSV apparatus and statistics
report: $(BUILD)/report/cleanup.html ## the cleanup review report: build/report/cleanup.html

check: $(PKG_STAMP) ## validate edition.yaml
	$(VARIORUM) check $(EDITION)

test: $(PKG_STAMP) ## run the whole test suite
	$(VPY) -m pytest

test-fast: $(PKG_STAMP) ## the test suite without the slow end-to-end tests
	$(VPY) -m pytest -m 'not slow'

golden: $(PKG_STAMP) ## regenerate the golden files under tests/data (review the diff!)
	$(VPY) tests/regen_golden.py

bench: $(PKG_STAMP) ## run the benchmarks (figures in bench/results/)
	$(VPY) -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	$(VPY) bench/run_all.py

clean: ## remove the build outputs
	rm -rf $(BUILD)

distclean: clean ## also remove .venv
	rm -rf $(VENV)

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## /  \1\t/' | expand -t 14
