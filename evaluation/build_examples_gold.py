"""Build the quote gold for the project's own examples in the PolNeAR JSONL format.

The annotations live in `evaluation/gold/examples-quotes.src.json` as exact strings (quote,
speaker, cue, and the pieces of a split quote), which is how a person annotates; this script
finds their character offsets in the text Dateline reads from each example (the body after
the date header, the JSONL record's text) and writes `evaluation/gold/examples-quotes.jsonl`,
which `score_quotes.py --gold` reads like the PolNeAR file.

    python evaluation/build_examples_gold.py [--check]

`--check` only verifies that the JSONL is up to date with the annotations (used by the tests).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "evaluation" / "gold" / "examples-quotes.src.json"
TARGET = ROOT / "evaluation" / "gold" / "examples-quotes.jsonl"
EXAMPLES = ROOT / "examples"


class AnnotationError(ValueError):
    """An annotated string is not in its document's text."""


def example_articles() -> dict[tuple[str, str | None], object]:
    """The examples as Dateline reads them, keyed by (file name, record id or None)."""
    sys.path.insert(0, str(ROOT / "src"))
    from dateline.ingest import read_sources
    from dateline.model import Article
    out = {}
    for item in read_sources([EXAMPLES]):
        if not isinstance(item, Article):
            continue
        name = Path(item.source.split(":")[0]).name if item.source else ""
        out[(name, item.id if name.endswith(".jsonl") else None)] = item
    return out


def find(text: str, needle: str, occurrence: int = 1, after: int = 0, where: str = "") -> tuple[int, int]:
    """The offsets of the `occurrence`-th `needle` in `text` at or after `after`.

    Raises:
        AnnotationError: the string does not occur there.
    """
    pos = after - 1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise AnnotationError(f"{where}: {needle[:60]!r} is not in the text "
                                  "(fix: copy the string verbatim from the article)")
    return pos, pos + len(needle)


def nearest(text: str, needle: str | None, spans: list[list[int]], where: str,
            before: bool = False) -> tuple[int, int] | None:
    """The whole-word occurrence of `needle` outside the quote that is closest to it (a
    speaker or cue beside its quote); `before`: only occurrences before the quote (the
    previous speaker of a quote-only paragraph)."""
    if not needle:
        return None
    start, end = spans[0][0], spans[-1][1]
    spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)
             if not any(a <= m.start() < b for a, b in spans) and (not before or m.start() < start)]
    if not spots:
        raise AnnotationError(f"{where}: {needle!r} is not in the text beside its quote "
                              "(fix: copy it verbatim)")
    # Between the pieces of a split quote is nearest of all.
    best = min(spots, key=lambda p: 0 if start <= p < end else min(abs(p + len(needle) - start), abs(p - end)))
    return best, best + len(needle)


def gold_quote(text: str, ann: dict, where: str) -> dict:
    """One annotation as a PolNeAR-format quote record with offsets."""
    start, end = find(text, ann["quote"], ann.get("occurrence", 1), where=where)
    spans = [[start, end]]
    for piece in ann.get("pieces", [])[1:]:
        spans.append(list(find(text, piece, after=spans[-1][1], where=where)))
    rec = {"quote_start": spans[0][0], "quote_end": spans[-1][1], "quote_spans": spans,
           "quote_text": " ".join(text[a:b] for a, b in spans), "kind": ann["kind"]}
    speaker = nearest(text, ann.get("speaker"), spans, where, before=not ann.get("cue"))
    if speaker:
        rec.update(speaker_start=speaker[0], speaker_end=speaker[1], speaker_spans=[list(speaker)],
                   speaker_text=text[speaker[0]:speaker[1]])
    cue = nearest(text, ann.get("cue"), spans, where)
    if cue:
        rec.update(cue_start=cue[0], cue_end=cue[1], cue=text[cue[0]:cue[1]])
    return rec


def build(source: Path = SOURCE) -> list[dict]:
    """The gold records, one per annotated document."""
    articles = example_articles()
    records = []
    for doc in json.loads(source.read_text(encoding="utf-8")):
        key = (doc["file"], doc.get("record"))
        if key not in articles:
            raise AnnotationError(f"{doc['file']} {doc.get('record') or ''}: no such example")
        art = articles[key]
        where = f"{doc['file']}{':' + doc['record'] if doc.get('record') else ''}"
        quotes = [gold_quote(art.text, q, where) for q in doc["quotes"]]
        records.append({"id": where, "date": str(art.date), "text": art.text, "quotes": quotes})
    return records


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the JSONL is out of date")
    args = ap.parse_args(argv)
    text = render(build())
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python evaluation/build_examples_gold.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {text.count(chr(10))} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
