# Every test of the project: Rust unit, integration and doc tests.
.PHONY: test samples score
test:
	cargo test --workspace --all-targets
	cargo test --workspace --doc

# The main job on the bundled sample articles.
samples:
	cargo run --release -p dateline-cli -- examples/articles

# Score against the shared gold corpus (needs ../shared).
score:
	scripts/score-corpus
