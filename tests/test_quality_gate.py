"""The quality gate on the shared gold data (skipped where ../shared is absent)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT, shared_file

sys.path.insert(0, str(ROOT / "evaluation"))


@pytest.mark.slow
def test_quality_floors_hold():
    shared_file("eval/quotes-polnear-train.jsonl")
    shared_file("eval/timex-timebank.jsonl")
    import gate
    baseline = json.loads(Path(gate.BASELINE).read_text(encoding="utf-8"))
    assert gate.check(baseline) == []


EXAMPLES_GOLD = ROOT / "evaluation" / "gold" / "examples-quotes.jsonl"


def test_examples_quote_gold_is_built_from_its_annotations():
    import build_examples_gold
    assert build_examples_gold.main(["--check"]) == 0


def test_examples_quote_gold_offsets_hold_their_strings():
    for line in EXAMPLES_GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for q in rec["quotes"]:
            assert all(rec["text"][a:b] in q["quote_text"] for a, b in q["quote_spans"]), q
            if "speaker_start" in q:
                assert rec["text"][q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
            if "cue_start" in q:
                assert rec["text"][q["cue_start"]:q["cue_end"]] == q["cue"]


def test_quote_quality_on_the_project_s_own_annotated_examples(analyzer):
    """Our own gold (no ../shared needed): every quote in the examples, annotated by hand."""
    from gold import read_quote_docs
    from score_quotes import score
    docs = list(read_quote_docs(EXAMPLES_GOLD))
    assert len(docs) >= 14 and sum(len(d.quotes) for d in docs) >= 100
    preds = [[_pred(q) for q in analyzer.analyze(d.text, date=d.date).quotes] for d in docs]
    figures = score(docs, preds)
    assert figures["direct+mixed"]["content"]["f1"] >= 0.95
    assert figures["direct+mixed"]["speaker_accuracy"] >= 0.95
    assert figures["all"]["attribution"]["f1"] >= 0.85


def _pred(q):
    from score_quotes import _from_dateline
    return _from_dateline(q)


def test_entity_quality_on_the_project_s_own_gold():
    """Entity resolution on our own gold (no ../shared needed): the floors in baseline.json,
    the gold files' hashes, and at most the known surname merges (see evaluation/README)."""
    import gate
    from gold import read_entity_docs
    from score_entities import dateline_mentions, score

    from dateline.pipeline import Analyzer
    baseline = json.loads(Path(gate.BASELINE).read_text(encoding="utf-8"))
    assert gate.check(baseline, only={"entities", *gate.ENTITY_DEVS}) == []
    docs = read_entity_docs()
    assert len(docs) >= 15
    people = score(docs, dateline_mentions(docs, Analyzer()))["PERSON"]
    assert people["names"]["surname_merges"] <= 1 and people["all"]["surname_merges"] <= 3
