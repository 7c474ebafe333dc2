"""Tests for dateline.nlp.events through the full pipeline: actor, target, type and the
date each event is anchored to. Every text here is written for these tests; the people and
organisations are fictional. The article date is Tuesday 2019-03-12.
"""
from __future__ import annotations

import pytest

from dateline.model import Document, Event

DATE = "2019-03-12"


def analyze(analyzer, text: str) -> Document:
    doc = analyzer.analyze(text, date=DATE)
    ids = {e.id for e in doc.entities}
    for ev in doc.events:
        assert doc.text[ev.start:ev.end] == ev.text, ev
        assert ev.sentence["start"] <= ev.start < ev.end <= ev.sentence["end"]
        assert ev.actor in ids
        assert ev.target is None or ev.target in ids
    return doc


def eid(doc: Document, name: str) -> str:
    found = [e.id for e in doc.entities if e.name == name]
    assert len(found) == 1, f"{name!r} not in {[e.name for e in doc.entities]}"
    return found[0]


def event_of(doc: Document, type_: str) -> Event:
    found = [ev for ev in doc.events if ev.type == type_]
    assert len(found) == 1, f"{type_!r} in {[(ev.type, ev.text) for ev in doc.events]}"
    return found[0]


# ---------------------------------------------------------------- participants
def test_invite_actor_and_target(analyzer):
    doc = analyze(analyzer, "Helen Marsh invited Park Ji-hoon to Seoul last month.")
    ev = event_of(doc, "invite")
    assert ev.text == "invited"
    assert ev.actor == eid(doc, "Helen Marsh")
    assert ev.target == eid(doc, "Park Ji-hoon")


def test_meet_actor_and_target(analyzer):
    doc = analyze(analyzer, "Choi Min-seo met Helen Marsh in Seoul.")
    ev = event_of(doc, "meet")
    assert ev.text == "met"
    assert ev.actor == eid(doc, "Choi Min-seo")
    assert ev.target == eid(doc, "Helen Marsh")


def test_passive_agent_is_actor(analyzer):
    doc = analyze(analyzer, "Choi Min-seo was appointed by Helen Marsh last week.")
    ev = event_of(doc, "appoint")
    assert ev.text == "appointed"
    assert ev.actor == eid(doc, "Helen Marsh")
    assert ev.target == eid(doc, "Choi Min-seo")


def test_organisations_as_participants(analyzer):
    doc = analyze(analyzer, "The Harbour Authority sued the Kestrel Group last month.")
    ev = event_of(doc, "sue")
    assert ev.actor == eid(doc, "Harbour Authority")
    assert ev.target == eid(doc, "Kestrel Group")


def test_event_verb_without_target(analyzer):
    doc = analyze(analyzer, "The Kestrel Group bought two ferries on Monday.")
    ev = event_of(doc, "buy")
    assert ev.actor == eid(doc, "Kestrel Group")
    assert ev.target is None


def test_pronoun_actor_resolves(analyzer):
    text = "Helen Marsh arrived in Busan on Monday.\n\nShe met Choi Min-seo at the pier."
    doc = analyze(analyzer, text)
    ev = event_of(doc, "meet")
    assert ev.actor == eid(doc, "Helen Marsh")
    assert ev.target == eid(doc, "Choi Min-seo")


def test_no_event_without_entity_actor(analyzer):
    doc = analyze(analyzer, "Dockers met the new ferry at the pier.")
    assert doc.events == []


# ---------------------------------------------------------------- dates
def test_date_anchored_to_last_month(analyzer):
    doc = analyze(analyzer, "Helen Marsh invited Park Ji-hoon to Seoul last month.")
    assert event_of(doc, "invite").date == "2019-02"


@pytest.mark.parametrize("text, type_, expected", [
    ("Helen Marsh met Choi Min-seo in Busan on Friday.", "meet", "2019-03-08"),
    ("Helen Marsh hired Choi Min-seo in 2015.", "hire", "2015"),
    ("Choi Min-seo was appointed by Helen Marsh in January.", "appoint", "2019-01"),
    ("Choi Min-seo was appointed by Helen Marsh last week.", "appoint", "2019-W10"),
])
def test_date_anchored_to_timex_in_sentence(analyzer, text, type_, expected):
    doc = analyze(analyzer, text)
    assert event_of(doc, type_).date == expected


def test_date_defaults_to_article_date(analyzer):
    doc = analyze(analyzer, "Choi Min-seo met Helen Marsh in Seoul.")
    assert event_of(doc, "meet").date == DATE


def test_timex_in_other_sentence_does_not_anchor(analyzer):
    text = "The talks began last month. Choi Min-seo met Helen Marsh in Seoul."
    doc = analyze(analyzer, text)
    assert event_of(doc, "meet").date == DATE


def test_event_sentence_span(analyzer):
    text = "The ferries were late on Monday. Choi Min-seo met Helen Marsh in Seoul."
    doc = analyze(analyzer, text)
    ev = event_of(doc, "meet")
    sent = doc.text[ev.sentence["start"]:ev.sentence["end"]]
    assert sent.strip() == "Choi Min-seo met Helen Marsh in Seoul."


# ---------------------------------------------------------------- not events
def test_no_events_inside_quotes(analyzer):
    text = ("Helen Marsh arrived on Monday.\n\n"
            "\"Choi Min-seo met Park Ji-hoon in Seoul,\" Ms Marsh said.")
    doc = analyze(analyzer, text)
    quoted_start = text.index("\"Choi")
    assert all(ev.start < quoted_start for ev in doc.events)
    assert not any(ev.type == "meet" for ev in doc.events)


def test_no_events_from_captions(analyzer):
    text = ("Helen Marsh greets Choi Min-seo at the pier (Reuters/Kim Ha-neul)\n\n"
            "Helen Marsh arrived on Monday.")
    doc = analyze(analyzer, text)
    assert len(doc.captions) == 1
    cap = doc.captions[0]
    assert not any(cap.start <= ev.start < cap.end for ev in doc.events)
    assert not any(ev.type == "greet" for ev in doc.events)


def test_events_follow_text_order(analyzer):
    text = ("Helen Marsh invited Park Ji-hoon to Seoul last month.\n\n"
            "Choi Min-seo met Helen Marsh in Seoul.")
    doc = analyze(analyzer, text)
    types = [ev.type for ev in doc.events]
    assert "invite" in types and "meet" in types
    assert types.index("invite") < types.index("meet")
    assert [ev.start for ev in doc.events] == sorted(ev.start for ev in doc.events)
