# The project's commands. `make demo` and `make test` are the two a new machine needs:
# each installs what it uses (a pinned venv from pyproject.toml, Node tools by `npm ci`).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
SPEC   := openapi/onesignal.yaml
PKG    := onesignal_generated
GEN    := generated/$(PKG)
# Into $$tmp/out: the generator's package (pointed at httpx2 by tools/use_httpx2.py), then the
# facade's index of it and the clients' methods
# (tools/write_surface.py, from templates/methods.py.jinja), then the blocking loops and transport
# derived from the asyncio ones (tools/unasync.py, from onesignal/_loops.py and _transport.py).
SURFACE = $$tmp/out/$(PKG)/facade_index.py $$tmp/out/$(PKG)/methods.py $$tmp/out/$(PKG)/sync_loops.py \
	$$tmp/out/$(PKG)/sync_transport.py
GENERATE = PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) \
	--config generator-config.yml --custom-template-path templates/generator --meta uv --fail-on-warning --overwrite --output-path $$tmp/out \
	>/dev/null && $(BIN)/python tools/use_httpx2.py $$tmp/out/$(PKG) \
	&& $(BIN)/python tools/write_surface.py $(SPEC) generator-config.yml $$tmp/out/$(PKG) \
	&& $(BIN)/python tools/unasync.py $$tmp/out/$(PKG) \
	&& $(BIN)/ruff check --isolated --quiet --fix-only --select I,F401 $(SURFACE) \
	&& $(BIN)/ruff format --isolated --quiet $(SURFACE)

.PHONY: install generate check-generated lint-spec lint typecheck test demo bench clean package docs docs-serve docs-check

install: $(VENV)/.installed node_modules/.installed

# The tools are the `dev` dependency group of pyproject.toml (PEP 735), which pip installs
# from 25.1 on: the venv's own pip is brought to a pinned version first.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==25.3
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e . --group dev
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Regenerate the client from the spec. Output goes to a scratch folder first so that
# `generate` and `check-generated` run the generator in exactly the same way.
generate: install
	@tmp=$$(mktemp -d) && $(GENERATE) \
	  && rm -rf $(GEN) && cp -r $$tmp/out/$(PKG) $(GEN) && rm -rf $$tmp \
	  && echo "regenerated $(GEN) from $(SPEC)"

# Fails when generated/ differs in any way from what the spec generates now.
check-generated: install
	@tmp=$$(mktemp -d) && $(GENERATE) \
	  && diff -r $$tmp/out/$(PKG) $(GEN) > $$tmp/diff; status=$$?; \
	  if [ $$status -ne 0 ]; then head -40 $$tmp/diff; rm -rf $$tmp; \
	    echo "generated/ is stale or hand-edited: run 'make generate' and commit"; exit 1; fi; \
	  rm -rf $$tmp; echo "generated/ matches $(SPEC)"

lint-spec: install
	node_modules/.bin/spectral lint $(SPEC) --ruleset .spectral.yaml --fail-severity warn --quiet \
	  && echo "spectral: $(SPEC) is clean"

lint: install
	$(BIN)/ruff check onesignal tests examples tools benchmarks noxfile.py
	$(BIN)/ruff format --check onesignal tests examples tools benchmarks noxfile.py

typecheck: install
	$(BIN)/mypy

test: install lint-spec check-generated lint typecheck package docs docs-check
	$(BIN)/pytest -q

demo: install
	$(BIN)/python -m onesignal.mock --run $(BIN)/python examples/quickstart.py

# Ratios against raw httpx, raw urllib3 and the official SDK; writes benchmarks/results.md.
bench: install
	$(BIN)/python benchmarks/run.py

# Builds the sdist and wheel into a temporary folder, runs `twine check`, installs the wheel
# into a fresh venv and checks what it ships (tools/check_package.py). `--keep DIR` keeps them.
package: install
	$(BIN)/python tools/check_package.py

# Builds the documentation site with `mkdocs build --strict` into a temporary folder (the methods
# page is generated at build time by tools/docs_methods.py). `make docs-serve` previews it.
docs: install
	@tmp=$$(mktemp -d) && $(BIN)/mkdocs build --strict --quiet --site-dir $$tmp/site; \
	  status=$$?; rm -rf $$tmp; [ $$status -eq 0 ] && echo "docs: mkdocs build --strict passed"

docs-serve: install
	$(BIN)/mkdocs serve

# Builds the site, serves it on loopback and loads its main pages in headless Chromium at 1280 and
# 390 px (tools/docs_check.py): fails on sideways overflow, broken internal links, code without
# highlighting or a console error; prints the folder of its screenshots. Without Chromium it
# prints "docs-check skipped: no chromium" and succeeds, so `make test` runs anywhere.
docs-check: install
	$(BIN)/python tools/docs_check.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .nox dist build
