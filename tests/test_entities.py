"""Tests for dateline.nlp.entities through the full pipeline: mention repair, name
clustering, titles, roles and pronouns. Every text here is written for these tests; the
people and organisations are fictional.
"""
from __future__ import annotations

import re

import pytest

from dateline.model import Document, Entity

DATE = "2019-03-12"


def analyze(analyzer, text: str) -> Document:
    doc = analyzer.analyze(text, date=DATE)
    check_offsets(doc)
    return doc


def check_offsets(doc: Document) -> None:
    for ent in doc.entities:
        assert ent.mentions, ent
        for m in ent.mentions:
            assert doc.text[m.start:m.end] == m.text, (ent.name, m)


def entity(doc: Document, name: str) -> Entity:
    found = [e for e in doc.entities if e.name == name]
    assert len(found) == 1, f"{name!r} not found once in {[e.name for e in doc.entities]}"
    return found[0]


def owner(doc: Document, text: str, occurrence: int = 0) -> Entity | None:
    """The entity with a mention exactly at the `occurrence`-th whole-word `text`."""
    match = list(re.finditer(rf"\b{re.escape(text)}\b", doc.text))[occurrence]
    for ent in doc.entities:
        if any(m.start == match.start() and m.end == match.end() for m in ent.mentions):
            return ent
    return None


def mention_texts(ent: Entity) -> list[str]:
    return [m.text for m in ent.mentions]


# ---------------------------------------------------------------- mention repair
@pytest.mark.parametrize("text, name", [
    ("Choi Min-seo's office confirmed the visit on Monday.", "Choi Min-seo"),
    ("Helen Marsh’s office confirmed the visit on Monday.", "Helen Marsh"),
])
def test_possessive_trimmed(analyzer, text, name):
    doc = analyze(analyzer, text)
    ent = entity(doc, name)
    assert ent.type == "PERSON"
    assert mention_texts(ent) == [name]
    assert ent.mentions[0].start == 0


@pytest.mark.parametrize("text, name", [
    ("Choi Min-seo arrived in Busan on Monday.", "Choi Min-seo"),
    ("Park Ji-hoon arrived in Seoul on Monday.", "Park Ji-hoon"),
])
def test_hyphenated_given_name_kept_whole(analyzer, text, name):
    doc = analyze(analyzer, text)
    ent = entity(doc, name)
    assert mention_texts(ent) == [name]
    assert not any(e.name in ("Choi Min", "Park Ji") for e in doc.entities)


def test_honorific_kept_in_mention_and_resolved_to_full_name(analyzer):
    text = ("Helen Marsh arrived in Busan on Monday.\n\n"
            "Ms Marsh said the talks would continue.")
    doc = analyze(analyzer, text)
    marsh = entity(doc, "Helen Marsh")
    assert mention_texts(marsh) == ["Helen Marsh", "Ms Marsh"]
    assert marsh.gender == "f"
    assert not any(e.name == "Marsh" for e in doc.entities)


def test_family_name_first_resolution(analyzer):
    # "Mr Choi" is the family name, the first token of "Choi Min-seo";
    # "Ms Marsh" is the last token of "Helen Marsh".
    text = ("Choi Min-seo arrived in Busan on Monday to inspect the new ferry terminal.\n\n"
            "Helen Marsh met him at the pier.\n\n"
            "\"We are ready,\" Mr Choi told reporters.\n\n"
            "Ms Marsh said the terminal would open in May.")
    doc = analyze(analyzer, text)
    choi, marsh = entity(doc, "Choi Min-seo"), entity(doc, "Helen Marsh")
    assert owner(doc, "Mr Choi") is choi
    assert owner(doc, "Ms Marsh") is marsh
    assert "Mr Choi" in mention_texts(choi)
    assert not any(e.name in ("Choi", "Marsh", "Min-seo") for e in doc.entities)


def test_honorific_mention_is_a_person_even_when_ner_says_org(analyzer):
    text = ("Choi Min-seo's office confirmed on Monday that the port would reopen.\n\n"
            "Mr Choi will visit the terminal on Friday.")
    doc = analyze(analyzer, text)
    choi = entity(doc, "Choi Min-seo")
    assert owner(doc, "Mr Choi") is choi
    assert all(e.type == "PERSON" for e in doc.entities if "Choi" in e.name)


@pytest.mark.parametrize("second, honorific, expected", [
    ("\"We are ready,\" Mr Choi told reporters.", "Mr Choi", "Choi Jae-won"),
    ("His sister, Ms Choi, declined to comment.", "Ms Choi", "Choi Min-seo"),
])
def test_shared_surname_told_apart_by_gender_clue(analyzer, second, honorific, expected):
    # "Choi Min-seo's brother, Choi Jae-won": the brother is male, so "Mr Choi" is him
    # and "Ms Choi" is his sister.
    text = ("Choi Min-seo's brother, Choi Jae-won, arrived in Busan on Monday.\n\n" + second)
    doc = analyze(analyzer, text)
    assert owner(doc, honorific) is entity(doc, expected)
    assert entity(doc, "Choi Jae-won").gender == "m"


@pytest.mark.parametrize("text", [
    ("Choi Min-seo's brother, Choi Jae-won, arrived in Busan on Monday.\n\n"
     "\"We are ready,\" Mr Choi told reporters.\n\n"
     "His sister, Ms Choi, declined to comment."),
    ("Choi Jae-won arrived in Busan on Monday with his wife, Choi Min-seo.\n\n"
     "Ms Choi declined to comment. Mr Choi told reporters the talks were useful."),
])
def test_shared_surname_both_honorifics_in_one_document(analyzer, text):
    doc = analyze(analyzer, text)
    man, woman = entity(doc, "Choi Jae-won"), entity(doc, "Choi Min-seo")
    assert owner(doc, "Mr Choi") is man
    assert owner(doc, "Ms Choi") is woman
    assert man.gender == "m" and woman.gender == "f"


# ---------------------------------------------------------------- titles and roles
def test_title_recorded_not_in_name(analyzer):
    text = ("President Helen Marsh arrived in Busan on Tuesday.\n\n"
            "The president told reporters the visit was a success.")
    doc = analyze(analyzer, text)
    marsh = entity(doc, "Helen Marsh")
    assert "President" in marsh.titles
    assert mention_texts(marsh)[0] == "Helen Marsh"
    assert not any("President" in e.name for e in doc.entities)


def test_role_bound_to_titled_person(analyzer):
    text = ("President Helen Marsh arrived in Busan on Tuesday.\n\n"
            "The president told reporters the visit was a success.")
    doc = analyze(analyzer, text)
    marsh = entity(doc, "Helen Marsh")
    assert owner(doc, "The president") is marsh


def test_role_organisation_noun_bound_to_organisation(analyzer):
    text = ("The Harbour Authority opened a new terminal on Monday.\n\n"
            "The authority said in a statement that fares would not rise.")
    doc = analyze(analyzer, text)
    authority = entity(doc, "Harbour Authority")
    assert owner(doc, "The authority") is authority


# ---------------------------------------------------------------- pronouns
def test_she_bound_to_person(analyzer):
    text = "Helen Marsh arrived in Busan on Monday.\n\nShe met dockers at the pier."
    doc = analyze(analyzer, text)
    marsh = entity(doc, "Helen Marsh")
    assert owner(doc, "She") is marsh
    assert marsh.gender == "f"


def test_he_bound_to_nearest_compatible_person(analyzer):
    text = ("Helen Marsh arrived in Busan on Monday. Ms Marsh met Choi Min-seo at the pier.\n\n"
            "He told reporters the visit was a success.")
    doc = analyze(analyzer, text)
    assert owner(doc, "He") is entity(doc, "Choi Min-seo")
    assert "He" not in mention_texts(entity(doc, "Helen Marsh"))


def test_she_skips_a_nearer_male_person(analyzer):
    text = ("Helen Marsh arrived in Busan on Monday. Ms Marsh met Choi Min-seo at the pier.\n\n"
            "She told reporters the visit was a success.")
    doc = analyze(analyzer, text)
    assert owner(doc, "She") is entity(doc, "Helen Marsh")


def test_object_pronoun_not_bound_to_own_subject(analyzer):
    text = "Helen Marsh arrived in Busan on Monday. Choi Min-seo greeted her at the pier."
    doc = analyze(analyzer, text)
    assert owner(doc, "her") is not entity(doc, "Choi Min-seo")


def test_pronouns_never_become_entities(analyzer):
    text = "Helen Marsh arrived in Busan on Monday.\n\nShe met dockers at the pier."
    doc = analyze(analyzer, text)
    assert not any(e.name.lower() in ("she", "he", "her", "him") for e in doc.entities)


# ---------------------------------------------------------------- organisations
@pytest.mark.parametrize("text, name", [
    ("The Kestrel Group bought two ferries on Monday.", "Kestrel Group"),
    ("Helen Marsh has led the Harbour Authority since 2015.", "Harbour Authority"),
    ("The Harbour Authority approved the sale on Monday.", "Harbour Authority"),
])
def test_organisation_names_tagged_org(analyzer, text, name):
    doc = analyze(analyzer, text)
    ent = entity(doc, name)
    assert ent.type == "ORG"
    assert not any(m.text.lower().startswith("the ") for m in ent.mentions)


# ---------------------------------------------------------------- captions
def test_caption_credit_not_an_entity(analyzer):
    text = ("Dockers unload containers at the port on Monday (Reuters/Choi Jae-won)\n\n"
            "Helen Marsh said the port was busy.\n\n"
            "Passengers wait for a ferry at the new terminal (Photo: Kestrel Group)")
    doc = analyze(analyzer, text)
    assert len(doc.captions) == 2
    credits = []
    for cap in doc.captions:
        at = cap.start + cap.text.rfind("(")
        credits.append((at, cap.end))
    for ent in doc.entities:
        for m in ent.mentions:
            assert not any(a < m.end and m.start < b for a, b in credits), (ent.name, m)
    assert not any("Choi Jae-won" in e.name or "Kestrel" in e.name for e in doc.entities)
    assert entity(doc, "Helen Marsh").type == "PERSON"


def test_entity_straddling_caption_credit_dropped(analyzer):
    text = ("Helen Marsh greets Choi Min-seo at the pier in Busan (Reuters/Kim Ha-neul)\n\n"
            "Helen Marsh arrived on Monday.")
    doc = analyze(analyzer, text)
    credit_start = text.index("(")
    cap_end = text.index("\n\n")
    for ent in doc.entities:
        for m in ent.mentions:
            assert not (m.start < cap_end and credit_start < m.end), (ent.name, m)


# ---------------------------------------------------------------- ids and order
def test_entity_ids_in_order_of_first_mention(analyzer):
    text = ("Helen Marsh, who heads the Harbour Authority, arrived in Busan on Monday.\n\n"
            "Choi Min-seo met Ms Marsh at the pier.")
    doc = analyze(analyzer, text)
    assert [e.id for e in doc.entities] == [f"E{i}" for i in range(1, len(doc.entities) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in doc.entities]
    assert firsts == sorted(firsts)
    names = [e.name for e in doc.entities]
    assert names.index("Helen Marsh") < names.index("Harbour Authority") < names.index("Choi Min-seo")
    assert entity(doc, "Helen Marsh").id == "E1"


def test_mentions_sorted_and_unique(analyzer):
    text = ("Helen Marsh arrived in Busan on Monday.\n\n"
            "Ms Marsh met dockers. She said the port was busy.")
    doc = analyze(analyzer, text)
    marsh = entity(doc, "Helen Marsh")
    spans = [(m.start, m.end) for m in marsh.mentions]
    assert spans == sorted(set(spans))
    assert mention_texts(marsh) == ["Helen Marsh", "Ms Marsh", "She"]


def test_given_name_is_a_weak_gender_clue(analyzer):
    text = ("Helen Marsh and Omar Haddad met the harbour board on Monday. "
            "“We need the new berth,” she said.")
    doc = analyze(analyzer, text)
    assert entity(doc, "Helen Marsh").gender == "f"
    assert owner(doc, "she").name == "Helen Marsh"
