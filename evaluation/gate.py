"""The quality gate: Dateline's figures on the shared gold must not fall below the floors in
`evaluation/baseline.json`. Lowering a floor, or re-baselining after the gold changed, is an
explicit change to that file and is reviewed like code.

    python evaluation/gate.py            # check; exit 1 with the failures listed
    python evaluation/gate.py --measure  # print the current figures on the gate subsets
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gold import (ENTITY_ANNOTATION, ENTITY_ARTICLES, POLNEAR, TIMEX_FILES,  # noqa: E402
                  read_entity_docs, read_quote_docs, read_timex_docs)

BASELINE = HERE / "baseline.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def measure_quotes(limit: int) -> dict[str, float]:
    """Dateline's quote figures on the first `limit` PolNeAR documents."""
    from score_quotes import dateline_quotes, score
    docs = list(read_quote_docs(POLNEAR, limit))
    preds, _ = dateline_quotes(docs)
    return flatten(score(docs, preds))


def measure_timex(limit: int) -> dict[str, float]:
    """Dateline's TIMEX3 figures on TimeBank + AQUAINT (first `limit` of each, 0: all)."""
    from dateline.pipeline import Analyzer
    from score_timex import dateline_timexes, score_systems
    docsets = {name: list(read_timex_docs(path, limit)) for name, path in TIMEX_FILES.items()}
    analyzer = Analyzer()
    runs = {"dateline": {name: dateline_timexes(docs, analyzer)[0] for name, docs in docsets.items()}}
    return flatten(score_systems(docsets, runs)["dateline"])


def measure_entities(limit: int, files: tuple[Path, Path] = (ENTITY_ARTICLES, ENTITY_ANNOTATION)) -> dict[str, float]:
    """Dateline's entity-resolution figures on the project's own entity gold (no
    ../shared needed; `limit` is unused: the gold is small)."""
    from dateline.pipeline import Analyzer
    from score_entities import dateline_mentions, score
    docs = read_entity_docs(*files)
    return flatten(score(docs, dateline_mentions(docs, Analyzer())))


# The development sets after the first: "entities-dev2" -> (articles, annotation).
ENTITY_DEVS = {f"entities-dev{n}": (HERE / "gold" / f"entities-dev{n}-articles.jsonl",
                                    HERE / "gold" / f"entities-dev{n}.src.json") for n in range(2, 9)}


def flatten(tree: dict, prefix: str = "") -> dict[str, float]:
    """{"all": {"content": {"f1": 0.6}}} -> {"all.content.f1": 0.6}."""
    flat: dict[str, float] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, float):
            flat[name] = value
    return flat


MEASURES = {"quotes": (measure_quotes, lambda: [POLNEAR]),
            "timex": (measure_timex, lambda: list(TIMEX_FILES.values())),
            "entities": (measure_entities, lambda: [ENTITY_ARTICLES, ENTITY_ANNOTATION])} | {
    name: (lambda limit, files=files: measure_entities(limit, files), lambda files=files: list(files))
    for name, files in ENTITY_DEVS.items()}


def check(baseline: dict, only: set[str] | None = None) -> list[str]:
    """Every floor missed, and every gold file whose hash changed, as a message (for the
    components named in `only`, or all)."""
    failures = []
    for component, spec in _components(baseline):
        if only is not None and component not in only:
            continue
        measure, gold_files = MEASURES[component]
        for path in gold_files():
            if spec["sha256"].get(path.name) != sha256(path):
                failures.append(f"{component}: gold {path.name} changed; re-measure and re-baseline")
        figures = measure(spec["limit"])
        for metric, floor in spec["floors"].items():
            value = figures.get(metric)
            if value is None or value < floor:
                failures.append(f"{component}: {metric} = {value} is below the floor {floor}")
    return failures


def _components(baseline: dict):
    return [(name, spec) for name, spec in baseline.items() if not name.startswith("_")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measure", action="store_true", help="print the gate-subset figures")
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    if args.measure:
        for component, spec in _components(baseline):
            figures = MEASURES[component][0](spec["limit"])
            print(component, json.dumps({k: figures[k] for k in spec["floors"]}, indent=1))
        return 0
    failures = check(baseline)
    for failure in failures:
        print("FAIL", failure)
    print("quality gate:", "failed" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
