"""Tests for dateline.nlp.succession through the full pipeline: "her predecessor" and "his
successor" bound through what the article says of who replaced whom. Every text here is
written for these tests; the people are fictional."""
from __future__ import annotations

from test_entities import analyze, entity, owner


def test_predecessor_and_successor_follow_replace(analyzer):
    text = ("Margaret Holloway, 58, announced her decision on Wednesday. Her deputy, Priya "
            "Chandrasekhar, was elected to replace her by 34 votes to 21.\n\n"
            "“My predecessor left this council in a stronger position,” Ms Chandrasekhar said. "
            "Ms Holloway said her successor would do well.")
    doc = analyze(analyzer, text)
    holloway, priya = entity(doc, "Margaret Holloway"), entity(doc, "Priya Chandrasekhar")
    assert owner(doc, "her", 1) is holloway  # "elected to replace her": not the one elected
    assert owner(doc, "My predecessor") is holloway
    assert owner(doc, "her successor") is priya


def test_succeeded_in_a_relative_clause_and_replaced_by(analyzer):
    text = ("Rania Aziz, who succeeded Layla Haddad as chief executive in March, said the firm "
            "was strong. Her predecessor had argued for a fast expansion.\n\n"
            "Omar Said was replaced by Karim Nasser as chairman. His successor met investors.")
    doc = analyze(analyzer, text)
    assert owner(doc, "Her predecessor") is entity(doc, "Layla Haddad")
    assert owner(doc, "His successor") is entity(doc, "Karim Nasser")


def test_a_predecessor_no_one_named_is_no_one(analyzer):
    text = "Rania Aziz took charge in March. Her predecessor had argued for a fast expansion."
    doc = analyze(analyzer, text)
    assert owner(doc, "Her predecessor") is None
