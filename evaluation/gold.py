"""Readers for the externally authored gold files in `../shared/eval/`.

The gold texts belong to their publishers: they are read here at run time and never copied
into the repository. See `../shared/eval/README.md` for the formats.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"
POLNEAR = EVAL_DIR / "quotes-polnear-train.jsonl"
TIMEX_FILES = {"timebank": EVAL_DIR / "timex-timebank.jsonl",
               "aquaint": EVAL_DIR / "timex-aquaint.jsonl"}
# The project's own entity gold: articles written for it and their hand annotation.
ENTITY_ARTICLES = ROOT / "evaluation" / "gold" / "entities-articles.jsonl"
ENTITY_ANNOTATION = ROOT / "evaluation" / "gold" / "entities.src.json"
PRONOUNS = frozenset("he she him her his hers himself herself they them their theirs "
                     "themselves it its itself".split())

Span = tuple[int, int]


@dataclass
class GoldTimex:
    """One gold TIMEX3 mention."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class GoldQuote:
    """One gold PolNeAR attribution: content, optional source (speaker) and cue."""

    start: int
    end: int
    spans: list[Span]
    text: str
    kind: str
    speaker: Span | None = None
    speaker_spans: list[Span] = field(default_factory=list)
    speaker_text: str = ""
    cue: str = ""
    cue_span: Span | None = None


@dataclass
class GoldMention:
    """One gold entity mention: its span, text and kind ("name", "role" or "pronoun")."""

    start: int
    end: int
    text: str
    kind: str


@dataclass
class GoldEntity:
    """One gold entity of a document and every mention of it."""

    id: str
    name: str
    type: str
    mentions: list[GoldMention] = field(default_factory=list)


@dataclass
class GoldDoc:
    """One gold article: text, creation date and its gold annotations."""

    id: str
    date: str
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    entities: list[GoldEntity] = field(default_factory=list)


def read_jsonl(path: Path | str, limit: int | None = None) -> Iterator[dict]:
    """Yield the JSON records of a JSONL file, at most `limit` of them.

    Args:
        path: The JSONL file.
        limit: Stop after this many records; None or 0 reads them all.

    Yields:
        One dict per non-empty line.
    """
    with Path(path).open(encoding="utf-8") as fh:
        records = (json.loads(line) for line in fh if line.strip())
        yield from islice(records, limit or None)


def _spans(pieces: list | None, start: int | None, end: int | None) -> list[Span]:
    if pieces:
        return [(int(s), int(e)) for s, e in pieces]
    return [] if start is None or end is None else [(start, end)]


def _timex(t: dict) -> GoldTimex:
    return GoldTimex(t["start"], t["end"], t["text"], t["type"], str(t["value"]))


def _quote(q: dict) -> GoldQuote:
    speaker = None
    if q.get("speaker_start") is not None and q.get("speaker_end") is not None:
        speaker = (q["speaker_start"], q["speaker_end"])
    cue_span = None
    if q.get("cue_start") is not None and q.get("cue_end") is not None:
        cue_span = (q["cue_start"], q["cue_end"])
    return GoldQuote(
        start=q["quote_start"], end=q["quote_end"],
        spans=_spans(q.get("quote_spans"), q["quote_start"], q["quote_end"]),
        text=q.get("quote_text") or "", kind=q.get("kind") or "indirect", speaker=speaker,
        speaker_spans=_spans(q.get("speaker_spans"), q.get("speaker_start"), q.get("speaker_end")),
        speaker_text=q.get("speaker_text") or "", cue=q.get("cue") or "", cue_span=cue_span)


def read_timex_docs(path: Path | str, limit: int | None = None) -> Iterator[GoldDoc]:
    """Yield TempEval-3 gold documents (records with `timex: [...]`).

    Args:
        path: A timex gold JSONL file.
        limit: At most this many documents; None or 0 reads them all.

    Yields:
        GoldDoc with `timexes` filled.
    """
    for rec in read_jsonl(path, limit):
        yield GoldDoc(str(rec["id"]), rec["date"], rec["text"],
                      timexes=[_timex(t) for t in rec.get("timex", [])])


def read_quote_docs(path: Path | str, limit: int | None = None) -> Iterator[GoldDoc]:
    """Yield PolNeAR gold documents (records with `quotes: [...]`).

    Args:
        path: A PolNeAR gold JSONL file.
        limit: At most this many documents; None or 0 reads them all.

    Yields:
        GoldDoc with `quotes` filled.
    """
    for rec in read_jsonl(path, limit):
        yield GoldDoc(str(rec["id"]), rec["date"], rec["text"],
                      quotes=[_quote(q) for q in rec.get("quotes", [])])


class AnnotationError(ValueError):
    """An annotated mention is not in its document's text, or overlaps another."""


def read_entity_docs(articles: Path | str = ENTITY_ARTICLES,
                     annotation: Path | str = ENTITY_ANNOTATION) -> list[GoldDoc]:
    """The entity gold: articles with every mention assigned to an entity.

    The annotation names mentions as exact strings, `"he#3"` for the third whole-word
    occurrence, which is how a person annotates; they are found in the text here.

    Raises:
        AnnotationError: A mention string does not occur as stated, or two overlap.
    """
    texts = {str(r["id"]): r for r in read_jsonl(articles)}
    docs = []
    for ann in json.loads(Path(annotation).read_text(encoding="utf-8"))["docs"]:
        rec = texts[ann["id"]]
        doc = GoldDoc(ann["id"], rec["date"], rec["text"])
        doc.entities = [_gold_entity(rec["text"], e, ann["id"]) for e in ann["entities"]]
        _check_disjoint(doc)
        docs.append(doc)
    return docs


def _gold_entity(text: str, ent: dict, doc_id: str) -> GoldEntity:
    return GoldEntity(ent["id"], ent["name"], ent["type"],
                      [_find_mention(text, m, doc_id) for m in ent["mentions"]])


def _find_mention(text: str, mention: str, doc_id: str) -> GoldMention:
    surface, _, nth = mention.partition("#")
    pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
    hits = list(pattern.finditer(text))
    n = int(nth) if nth else 1
    if len(hits) < n:
        raise AnnotationError(f"{doc_id}: {mention!r} occurs {len(hits)} times")
    hit = hits[n - 1]
    return GoldMention(hit.start(), hit.end(), surface, mention_kind(surface))


def mention_kind(surface: str) -> str:
    """'pronoun' (he, her), 'role' (a description in lower case: 'the president'), or
    'name' (anything with a capital: 'Mr Ji', 'Seoul')."""
    if surface.lower() in PRONOUNS:
        return "pronoun"
    words = [w for w in surface.split() if w.lower() not in ("the", "a", "an")] or [surface]
    return "name" if words[0][:1].isupper() else "role"


def _check_disjoint(doc: GoldDoc) -> None:
    spans = sorted((m.start, m.end, m.text) for e in doc.entities for m in e.mentions)
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise AnnotationError(f"{doc.id}: mentions {t1!r} and {t2!r} overlap at {s2}")


def resolve(path: Path | str) -> Path:
    """A path as given, or relative to the repository root when it does not exist as given.

    Args:
        path: A file path, e.g. `../shared/eval/timex-aquaint.jsonl`.

    Returns:
        The existing path (or the original one, so that opening it reports the error).
    """
    given = Path(path)
    if given.exists() or given.is_absolute():
        return given
    return ROOT / given if (ROOT / given).exists() else given


def overlap(a: list[Span], b: list[Span]) -> int:
    """Characters shared by two (possibly discontinuous) spans, each a list of pieces.

    Args:
        a: Pieces `(start, end)` of the first span.
        b: Pieces of the second span.

    Returns:
        The number of character positions in both.
    """
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(spans: list[Span]) -> int:
    """Total characters covered by the pieces of a span."""
    return sum(max(0, e - s) for s, e in spans)


def greedy_match(pred: list[list[Span]], gold: list[list[Span]],
                 accept=lambda shared, p, g: shared > 0) -> dict[int, int]:
    """One-to-one matching of predicted to gold spans, largest overlap first.

    Args:
        pred: Predicted spans, each a list of pieces.
        gold: Gold spans, each a list of pieces.
        accept: `accept(shared, pred_span, gold_span)` decides whether a pair may match.

    Returns:
        Map from predicted index to gold index.
    """
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            shared = overlap(p, g)
            if shared > 0 and accept(shared, p, g):
                pairs.append((-shared, i, j))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted(pairs):
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def prf(correct: int, predicted: int, gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 (as fractions) with the counts behind them.

    Args:
        correct: True positives.
        predicted: Number of predictions.
        gold: Number of gold items.

    Returns:
        `{"p", "r", "f1", "correct", "predicted", "gold"}`.
    """
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4),
            "correct": correct, "predicted": predicted, "gold": gold}


def analyze_safely(analyzer, articles: list, batch_size: int = 32,
                   failures: list | None = None) -> Iterator:
    """Analyse articles in order, yielding None for any the pipeline fails on.

    The Analyzer reports such a document through `on_error` and goes on with the stream,
    so one bad article costs only itself (it then scores as predicting nothing).

    Args:
        analyzer: A `dateline.pipeline.Analyzer`.
        articles: `dateline.model.Article` objects, each with a unique `id`.
        batch_size: spaCy batch size.
        failures: If given, `(article id, error text)` is appended for each failure.

    Yields:
        One `Document` or None per article, in input order.
    """
    def failed(error) -> None:
        if failures is not None:
            failures.append((error.where, error.message))

    done = {doc.id: doc for doc in analyzer.analyze_articles(articles, batch_size=batch_size,
                                                              on_error=failed)}
    for article in articles:
        yield done.get(article.id)
