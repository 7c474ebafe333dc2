"""Tests for evaluation/score_entities.py: the B-cubed, accuracy and surname-merge figures."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "evaluation"))

from gold import GoldDoc, GoldEntity, GoldMention, mention_kind  # noqa: E402
from score_entities import SysMention, score  # noqa: E402

TEXT = "Kim Jong-su met his sister Kim Hye-won. Ms Kim smiled."


def _gold() -> GoldDoc:
    def m(surface: str) -> GoldMention:
        at = TEXT.index(surface)
        return GoldMention(at, at + len(surface), surface, mention_kind(surface))
    doc = GoldDoc("d1", "2019-01-01", TEXT)
    doc.entities = [GoldEntity("e1", "Kim Jong-su", "PERSON", [m("Kim Jong-su"), m("his")]),
                    GoldEntity("e2", "Kim Hye-won", "PERSON", [m("Kim Hye-won"), m("Ms Kim")])]
    return doc


def _system(assign: dict[str, str]) -> list[SysMention]:
    return [SysMention(TEXT.index(s), TEXT.index(s) + len(s), ent, "PERSON") for s, ent in assign.items()]


def test_a_perfect_clustering_scores_one():
    system = _system({"Kim Jong-su": "a", "his": "a", "Kim Hye-won": "b", "Ms Kim": "b"})
    figures = score([_gold()], [system])["PERSON"]["all"]
    assert figures["b3_f1"] == 1.0 and figures["accuracy"] == 1.0
    assert figures["surname_merges"] == 0 and figures["mention_recall"] == 1.0


def test_merging_two_kims_is_counted_and_costs_precision():
    system = _system({"Kim Jong-su": "a", "his": "a", "Kim Hye-won": "a", "Ms Kim": "a"})
    figures = score([_gold()], [system])["PERSON"]["all"]
    assert figures["b3_p"] == 0.5 and figures["b3_r"] == 1.0
    assert figures["surname_merges"] == 1
    assert figures["accuracy"] == 0.5  # the merged entity stands for one Kim only


def test_a_missed_mention_stands_alone_and_pronouns_are_their_own_subset():
    system = _system({"Kim Jong-su": "a", "Kim Hye-won": "b", "Ms Kim": "b"})
    result = score([_gold()], [system])["PERSON"]
    assert result["names"]["b3_f1"] == 1.0
    assert result["all"]["mention_recall"] == 0.75 and result["all"]["b3_r"] < 1.0


def test_mention_kinds():
    assert [mention_kind(s) for s in ("Mr Ji", "the defector", "The president", "she", "her brother")] == [
        "name", "role", "role", "pronoun", "role"]
