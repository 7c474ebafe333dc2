"""Tests for dateline.nlp.relations through the full pipeline: a lawyer's client, a
candidate's opponent, a partner. Every text here is written for these tests; the people
are fictional."""
from __future__ import annotations

import pytest

from test_entities import analyze, entity, owner


@pytest.mark.parametrize("text, phrase", [
    ("Rafael Ortiz, 44, denies fraud. His lawyer, Tomás Vidal, said his client would give "
     "evidence next week.", "his client"),
    ("Mr. Ortiz's lawyer, Tomás Vidal, spoke outside the court. “My client is innocent,” "
     "Mr. Vidal said.", "My client"),
])
def test_a_lawyer_s_client_is_the_one_the_article_says_he_acts_for(analyzer, text, phrase):
    doc = analyze(analyzer, text)
    ortiz = next(e for e in doc.entities if "Ortiz" in e.name)
    assert owner(doc, phrase) is ortiz
    assert owner(doc, "Tomás Vidal") is not ortiz


def test_a_lawyer_of_a_described_client_acts_for_the_person_so_described(analyzer):
    text = ("Professor Mihai Dragomir, 58, denies any wrongdoing.\n\n"
            "The professor's lawyer, Radu Ionescu, said his client had never seen the files.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his client") is entity(doc, "Mihai Dragomir")


def test_a_rival_named_by_apposition_is_the_opponent_either_way_round(analyzer):
    text = ("Adaeze Okonjo, 52, a former judge, is running for governor. Her rival, Tunde "
            "Bamidele, 47, owns a bus company.\n\nAt Thursday's debate Ms Okonjo said she "
            "respected her opponent. Mr Bamidele said his opponent had never run a business.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her opponent") is entity(doc, "Tunde Bamidele")
    assert owner(doc, "his opponent") is entity(doc, "Adaeze Okonjo")


def test_a_former_partner_and_an_agent_s_client(analyzer):
    text = ("Lena Brandt, 39, left the design studio in March. Her former partner, Jonas "
            "Keil, now runs it alone. Mr Keil said he missed his former partner.\n\n"
            "Ms Brandt's agent, Pia Holt, said her client would open a studio in Leipzig.")
    doc = analyze(analyzer, text)
    brandt = entity(doc, "Lena Brandt")
    assert owner(doc, "his former partner") is brandt
    assert owner(doc, "her client") is brandt


def test_an_unstated_relation_is_no_one_named_once(analyzer):
    text = ("Adaeze Okonjo, 52, is running for governor. Tunde Bamidele, 47, owns a bus "
            "company.\n\nMs Okonjo said she respected her opponent.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her opponent") is not entity(doc, "Tunde Bamidele")


def test_a_co_founder_never_named_as_such_is_the_partnerships_other_side(analyzer):
    text = ("Elif Demir has left Klarlist after a dispute with her co-founder over its sale. "
            "Leonie Brandt, the chief executive, backed the sale. Brandt said the company "
            "would miss Ms Demir.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her co-founder") is entity(doc, "Leonie Brandt")


def test_a_rival_is_not_guessed_when_no_one_stands_out(analyzer):
    text = ("Ana Ruiz won the primary. Luis Ortega came second and Pablo Vega third. Ruiz "
            "thanked her rival on Sunday.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her rival") is None


def test_a_predecessor_named_by_apposition_is_my_predecessor(analyzer):
    text = ("Marta Ibáñez said the letter had gone to her predecessor, Ximena Rojas, in March. "
            "“My predecessor signed it. I inherited it,” Ibáñez said.")
    doc = analyze(analyzer, text)
    assert owner(doc, "My predecessor") is entity(doc, "Ximena Rojas")


def test_a_client_described_earlier_is_not_a_lawyers_client(analyzer):
    text = ("Gareth Pryce is accused of taking money from one client, Margaret Doyle, a retired "
            "teacher.\n\nPryce's barrister, Anjali Mehta, has argued that her client was careless "
            "rather than dishonest.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her client") is not entity(doc, "Margaret Doyle")
