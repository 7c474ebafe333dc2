"""Tests for dateline.search: argument checks and hand-over to the store."""
from __future__ import annotations

import pytest

from dateline import search
from dateline.errors import InputError, NotFoundError
from dateline.store import open_store
from test_store import all_docs


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "kb.sqlite") as opened:
        opened.add_documents(all_docs())
        yield opened


def test_search_finds_documents_in_range(store):
    hits = search.search(store, "harbour", since="2019-01-01", until="2019-12-31")
    assert [h.doc_id for h in hits] == ["harbour"]
    assert set(hits[0].to_dict()) == {"doc_id", "date", "title", "snippet", "score"}


def test_quotes_by_speaker_alias(store):
    rows = search.quotes(store, speaker="Ms Brennan", since="2019-05-01")
    assert [r.text for r in rows] == ["The timetable is a disgrace, and the fares are worse."]


def test_entities_type_is_case_insensitive(store):
    assert [e.name for e in search.entities(store, type="org")] == ["Atlantic Ferries"]


def test_profile_timeline_and_top_speakers(store):
    assert search.entity_profile(store, "Tomas O Riada").entity.type == "PERSON"
    assert [i.kind for i in search.timeline(store, "Aoife Brennan", limit=2)] == [
        "event", "quote"]
    assert search.top_speakers(store, 1)[0][0].name == "Aoife Brennan"


def test_entity_page_by_month_or_day(store):
    assert search.entity_profile(store, "Aoife Brennan").by == "month"
    days = search.entity_profile(store, "Aoife Brennan", by="day").mentions_by_period
    assert [p.period for p in days] == ["2019-03-04", "2019-05-20"]
    with pytest.raises(InputError, match="month or day") as err:
        search.entity_profile(store, "Aoife Brennan", by="year")
    assert err.value.hint


def test_merge_split_and_curations(store):
    merged = search.merge_entities(store, "Aoife Brennan", "Tomas O Riada")
    assert merged.entity.name == "Aoife Brennan" and merged.curation.variant == "Tomás Ó Riada"
    split = search.split_entity(store, "Aoife Brennan", "harbour", "Tomás Ó Riada")
    assert split.entity.name == "Tomás Ó Riada" and split.moved["documents"] == 1
    assert [c.action for c in search.curations(store)] == ["merge", "split"]


@pytest.mark.parametrize("args", [("", "Ms Brennan"), ("Aoife Brennan", " ")])
def test_merge_names_must_not_be_empty(store, args):
    with pytest.raises(InputError):
        search.merge_entities(store, *args)


def test_split_arguments_must_not_be_empty(store):
    with pytest.raises(InputError):
        search.split_entity(store, "Aoife Brennan", "")
    with pytest.raises(InputError):
        search.split_entity(store, "Aoife Brennan", "harbour", "  ")


def test_unknown_entity_propagates_not_found(store):
    with pytest.raises(NotFoundError):
        search.entity_profile(store, "Nobody Atall")


@pytest.mark.parametrize("bad", ["2019/01/01", "01-02-2019", "2019-02-30", "yesterday", "2019-1-1"])
def test_dates_must_be_iso_days(store, bad):
    with pytest.raises(InputError) as err:
        search.search(store, "harbour", since=bad)
    assert "YYYY-MM-DD" in err.value.hint
    with pytest.raises(InputError):
        search.quotes(store, until=bad)
    with pytest.raises(InputError):
        search.timeline(store, "Aoife Brennan", since=bad)


def test_since_after_until_is_rejected(store):
    with pytest.raises(InputError, match="after"):
        search.quotes(store, since="2020-01-01", until="2019-01-01")


@pytest.mark.parametrize("limit", [0, -1, "10", 2.5, True])
def test_limit_must_be_positive_integer(store, limit):
    with pytest.raises(InputError):
        search.search(store, "harbour", limit=limit)
    with pytest.raises(InputError):
        search.top_speakers(store, limit)


@pytest.mark.parametrize("empty", ["", "   "])
def test_empty_text_arguments_are_rejected(store, empty):
    with pytest.raises(InputError):
        search.search(store, empty)
    with pytest.raises(InputError):
        search.quotes(store, speaker=empty)
    with pytest.raises(InputError):
        search.entity_profile(store, empty)
    with pytest.raises(InputError):
        search.timeline(store, empty)
