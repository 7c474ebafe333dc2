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


def test_the_new_title_and_the_title_elect_are_the_newcomer(analyzer):
    text = ("GUADALAJARA — Lucía Campos Ruiz has been elected mayor of Tequila, ousting the "
            "mayor, Ernesto Villa Durán, who had held the post since 2012.\n\nMr Villa conceded "
            "and congratulated the new mayor. The mayor-elect's campaign was run by volunteers.\n\n"
            "HANOI — Pham Van Duc will step down as chairman next month. Pham Thi Mai, 44, has "
            "been chief executive since 2019 and will now take on both roles. Analysts said the "
            "new chairwoman would face pressure.")
    doc = analyze(analyzer, text)
    lucia = entity(doc, "Lucía Campos Ruiz")
    assert owner(doc, "the new mayor") is lucia
    assert owner(doc, "The mayor-elect") is lucia
    assert any(m.text == "the new chairwoman" for m in entity(doc, "Pham Thi Mai").mentions)


def test_the_new_chief_executive_is_the_one_the_board_named(analyzer):
    text = ("The board of Sahla named Rania Aziz as chief executive on Monday, replacing its "
            "founder. Investors welcomed the new chief executive.")
    doc = analyze(analyzer, text)
    assert owner(doc, "the new chief executive") is entity(doc, "Rania Aziz")


def test_one_leaves_and_one_comes(analyzer):
    text = ("HANOI — Pham Van Duc will step down as chairman of Dong Lam next month. Pham Thi "
            "Mai, 44, has been chief executive since 2019 and will now take on both roles.\n\n"
            "Analysts said Ms Mai would have to decide on the Thai project, which her "
            "predecessor had shelved.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her predecessor") is entity(doc, "Pham Van Duc")
