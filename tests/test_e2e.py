"""End to end: the bundled examples ingested into SQLite, then asked questions."""
from __future__ import annotations

import pytest

from dateline import search
from dateline.store import open_store


@pytest.fixture()
def store(examples_db):
    with open_store(examples_db) as opened:
        yield opened


def test_every_example_is_stored(store):
    assert store.stats().documents == 15


def test_quotes_of_a_speaker_include_pronoun_and_honorific_forms(store):
    rows = search.quotes(store, speaker="Park Min-jun")
    printed = {r.speaker_text for r in rows}
    assert {"Mr Park", "He"} <= printed or {"Mr Park", "he"} <= printed
    assert all(r.speaker_name == "Park Min-jun" for r in rows)
    assert any(r.text.startswith("“We are not here for a quick return") for r in rows)
    # An alias finds the same quotes.
    assert {r.text for r in search.quotes(store, speaker="Mr Park")} >= {r.text for r in rows}


def test_shared_surnames_stay_apart(store):
    soo_jin = {r.text for r in search.quotes(store, speaker="Lee Soo-jin")}
    dong_hyun = {r.text for r in search.quotes(store, speaker="Lee Dong-hyun")}
    assert any("This is not a victory" in t for t in soo_jin)
    assert any("Orders are back" in t for t in dong_hyun)
    assert not soo_jin & dong_hyun


def test_entity_timeline_is_dated_and_ordered(store):
    items = search.timeline(store, "Sarah Whitfield")
    assert len(items) >= 10
    assert {i.kind for i in items} == {"event", "quote"}
    # Events sort by the first day their TIMEX3 value covers ("2018-SP" is March 2018).
    days = [i.detail["date_start"] if i.kind == "event" else i.date for i in items]
    assert days == sorted(days)
    assert days[0].startswith("2017-03") and days[-1].startswith("2019-11")
    invites = [i for i in items if i.kind == "event" and i.detail["type"] == "invite"]
    assert any(i.detail["target"] == "Park Min-jun" for i in invites)


def test_cross_document_entity_profile(store):
    profile = search.entity_profile(store, "Ms Whitfield")
    assert profile.entity.name == "Sarah Whitfield"
    assert profile.entity.documents >= 6
    assert "Ms Whitfield" in profile.entity.aliases
    assert profile.entity.first_seen == "2017-03-14"
    assert profile.quotes_by


def test_search_with_date_range(store):
    hits = search.search(store, "hull design")
    assert len(hits) >= 2
    later = search.search(store, "hull design", since="2019-01-01")
    assert later and all(h.date >= "2019-01-01" for h in later)


def test_quotes_about_someone(store):
    rows = search.quotes(store, about="Hanbit Marine")
    assert any("Hanbit Marine had first approached the council" in r.text for r in rows)
    assert not any("This is not a victory" in r.text for r in rows)


def test_relative_dates_resolve_against_each_article(store):
    doc = next(h for h in search.search(store, "strike") if h.date == "2018-02-09")
    stored = store.get_document(doc.doc_id)
    assert any(t.text == "yesterday" and t.value == "2018-02-08" for t in stored.timexes)
