"""Check the analyser against the hand-written facts in examples/EXPECTED.md.

Prints each fact that does not hold and the share that do, per kind. The examples were
written for this project, so this is a smoke check, not a quality figure on real news.

    python evaluation/examples_check.py [--verbose]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from dateline.ingest import read_sources
from dateline.pipeline import Analyzer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def load_facts(path: Path) -> dict[str, list[list[str]]]:
    """Section key (file name or jsonl record id) -> facts split on '|'."""
    facts: dict[str, list[list[str]]] = {}
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        head = re.match(r"^##+ (\S+)", line)
        if head:
            section = head.group(1)
            facts.setdefault(section, [])
        elif section and line.startswith("- ") and "|" in line:
            facts[section].append([p.strip() for p in line[2:].split("|")])
    return facts


def _words(text: str) -> str:
    return " ".join(text.strip("“”\"‘’' ").split()[:6])


def check(doc, fact: list[str]) -> bool:
    kind = fact[0]
    if kind == "quote":
        speaker = fact[2].removeprefix("speaker:").strip()
        return any(fact[1] in " ".join(q.text.split()).strip("“”\"") or _words(q.text).startswith(fact[1][:20])
                   for q in doc.quotes if q.speaker and speaker in (q.speaker.name, q.speaker.text))
    if kind == "entity":
        return any(e.name == fact[1] for e in doc.entities)
    if kind == "timex":
        return any(t.text.lower().endswith(fact[1].lower().split()[-1]) and fact[1].lower() in
                   doc.text[max(0, t.start - 20):t.end + 20].lower() and t.value == fact[2] for t in doc.timexes)
    if kind == "event":
        names = {e.id: e.name for e in doc.entities}
        return any(names.get(ev.actor) == fact[1] and ev.type == fact[2] and ev.date == fact[4]
                   for ev in doc.events)
    if kind == "caption":
        credit = fact[2].removeprefix("credit:").strip()
        return any(c.credit == credit for c in doc.captions)
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    facts = load_facts(EXAMPLES / "EXPECTED.md")
    articles = [a for a in read_sources([EXAMPLES]) if not isinstance(a, Exception)]
    totals, good = Counter(), Counter()
    for doc in Analyzer().analyze_articles(articles):
        key = doc.id if doc.id in facts else Path(doc.source.split(":")[0]).name
        for fact in facts.get(key, []):
            ok = check(doc, fact)
            totals[fact[0]] += 1
            good[fact[0]] += ok
            if not ok and args.verbose:
                print(f"MISS {key}: {' | '.join(fact)}")
    for kind in sorted(totals):
        print(f"{kind:8} {good[kind]:3}/{totals[kind]:3}  {good[kind] / totals[kind]:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
