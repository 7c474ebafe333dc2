"""Tests for dateline.store: round trips, entity merging, queries, migrations, atomicity."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.errors import NotFoundError, StoreError
from dateline.model import (
    Caption, Cue, Document, Entity, Event, Mention, Quote, Speaker, Timex,
)
from dateline.store import SQLiteStore, Store, open_store
from dateline.store import schema
from dateline.store.dates import interval
from dateline.store.fts import fts_query
from dateline.store.names import company_keys, is_alias, norm_key

from conftest import back_to_version

HARBOUR_TEXT = (
    "Mayor Aoife Brennan opened the new harbour in Dunmore on Monday. "
    "\"This harbour will feed Dunmore for a century,\" she said. "
    "Ms Brennan thanked the engineers, and the mayor promised a festival. "
    "Engineer Tomás Ó Riada said the storm wall was the hardest part.\n"
    "Aoife Brennan at the pier (Photo: Liam Daly)"
)
FERRY_TEXT = (
    "Aoife Brennan criticised Atlantic Ferries on Friday. "
    "\"The timetable is a disgrace,\" Ms Brennan said, \"and the fares are worse.\" "
    "Atlantic Ferries said Mr Ó Riada would review the timetable next month. "
    "\"We are listening,\" a spokesman said."
)
BAKERY_TEXT = "A bakery in Galway sold out of rye bread before nine o'clock."


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(text: str, phrase: str, nth: int = 0) -> Mention:
    return Mention(*span(text, phrase, nth), phrase)


def cue(text: str, phrase: str, nth: int = 0) -> Cue:
    return Cue(*span(text, phrase, nth), phrase)


def quote(text: str, content: str, kind: str, **kw) -> Quote:
    return Quote(*span(text, content), content, kind, **kw)


def sentence(text: str, phrase: str) -> dict[str, int]:
    start, end = span(text, phrase)
    return {"start": start, "end": end}


def harbour_doc() -> Document:
    t = HARBOUR_TEXT
    brennan = Entity("E1", "Aoife Brennan", "PERSON", [
        mention(t, "Aoife Brennan"), mention(t, "she"), mention(t, "Ms Brennan"),
        mention(t, "the mayor")], titles=["Mayor"], gender="f")
    dunmore = Entity("E2", "Dunmore", "GPE", [mention(t, "Dunmore"), mention(t, "Dunmore", 1)])
    riada = Entity("E3", "Tomás Ó Riada", "PERSON", [mention(t, "Tomás Ó Riada")],
                   titles=["Engineer"], gender="m")
    q1 = quote(t, "This harbour will feed Dunmore for a century,", "direct", cue=cue(t, "said"),
               speaker=Speaker("E1", "Aoife Brennan", *span(t, "she"), "she"))
    q2 = quote(t, "the storm wall was the hardest part", "indirect", cue=cue(t, "said", 1),
               speaker=Speaker("E3", "Tomás Ó Riada", *span(t, "Tomás Ó Riada"), "Tomás Ó Riada"))
    return Document(
        id="harbour", date="2019-03-04", text=t, title="Dunmore harbour reopens",
        url="https://example.org/harbour", source="fixture.jsonl:1",
        captions=[Caption(*span(t, "Aoife Brennan at the pier (Photo: Liam Daly)"),
                          "Aoife Brennan at the pier", credit="Liam Daly")],
        entities=[brennan, dunmore, riada], quotes=[q1, q2],
        timexes=[Timex(*span(t, "Monday"), "Monday", "DATE", "2019-03-04")],
        events=[Event(*span(t, "opened"), "opened", "open", "E1", None, "2019-03-04",
                      sentence(t, HARBOUR_TEXT.split(". ")[0] + "."))],
    )


def ferry_doc() -> Document:
    t = FERRY_TEXT
    brennan = Entity("E1", "Aoife Brennan", "PERSON",
                     [mention(t, "Aoife Brennan"), mention(t, "Ms Brennan")], gender="f")
    ferries = Entity("E2", "Atlantic Ferries", "ORG",
                     [mention(t, "Atlantic Ferries"), mention(t, "Atlantic Ferries", 1)])
    # Spelled without diacritics here: still the same person as "Tomás Ó Riada".
    riada = Entity("E3", "Tomas O Riada", "PERSON", [mention(t, "Mr Ó Riada")], titles=["Mr"])
    first, second = span(t, "The timetable is a disgrace,"), span(t, "and the fares are worse.")
    split = Quote(first[0], second[1], "The timetable is a disgrace, and the fares are worse.",
                  "direct", cue(t, "said"),
                  Speaker("E1", "Aoife Brennan", *span(t, "Ms Brennan"), "Ms Brennan"),
                  pieces=[list(first), list(second)])
    review = quote(t, "Mr Ó Riada would review the timetable next month", "indirect",
                   cue=cue(t, "said", 1),
                   speaker=Speaker("E2", "Atlantic Ferries", *span(t, "Atlantic Ferries", 1),
                                   "Atlantic Ferries"))
    listening = quote(t, "We are listening,", "direct", cue=cue(t, "said", 2),
                      speaker=Speaker(None, "a spokesman", *span(t, "a spokesman"), "a spokesman"))
    return Document(
        id="ferry", date="2019-05-20", text=t, title="Mayor attacks ferry timetable",
        entities=[brennan, ferries, riada], quotes=[split, review, listening],
        timexes=[Timex(*span(t, "Friday"), "Friday", "DATE", "2019-05-17"),
                 Timex(*span(t, "next month"), "next month", "DATE", "2019-06")],
        events=[
            Event(*span(t, "criticised"), "criticised", "criticise", "E1", "E2", "2019-05-17",
                  sentence(t, "Aoife Brennan criticised Atlantic Ferries on Friday.")),
            Event(*span(t, "review"), "review", "review", "E3", None, "2019-06"),
        ],
    )


def bakery_doc() -> Document:
    return Document(id="bakery", date="2020-01-10", text=BAKERY_TEXT, title="Rye runs out")


def all_docs() -> list[Document]:
    return [harbour_doc(), ferry_doc(), bakery_doc()]


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "kb.sqlite") as opened:
        opened.add_documents(all_docs())
        yield opened


def table_rows(path: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


# -- documents -------------------------------------------------------------------------

def test_store_satisfies_protocol(store):
    assert isinstance(store, Store)


def test_get_document_round_trips_every_field(store):
    for doc in all_docs():
        assert store.get_document(doc.id).to_dict() == doc.to_dict()


def test_get_missing_document_raises_not_found(store):
    with pytest.raises(NotFoundError) as err:
        store.get_document("nope")
    assert "nope" in str(err.value) and err.value.hint


def test_adding_again_adds_nothing(store):
    before = store.stats()
    assert store.add_documents(all_docs()) == 0
    assert store.stats() == before


def test_duplicate_within_one_batch_is_stored_once(tmp_path):
    with open_store(tmp_path / "kb.sqlite") as s:
        assert s.add_documents([bakery_doc(), bakery_doc()]) == 1
        assert s.has_document("bakery") and not s.has_document("ferry")


def test_stats_count_rows(store):
    assert store.stats().to_dict() == {
        "documents": 3, "entities": 4, "quotes": 5, "timexes": 3, "events": 3,
    }


def test_batches_accept_a_generator(tmp_path):
    with open_store(tmp_path / "kb.sqlite") as s:
        assert s.add_documents((d for d in all_docs()), batch_size=2) == 3


# -- entities --------------------------------------------------------------------------

def test_same_name_and_type_merge_across_documents(store):
    people = {e.name: e for e in store.entities(type="PERSON")}
    assert set(people) == {"Aoife Brennan", "Tomás Ó Riada"}
    brennan = people["Aoife Brennan"]
    assert (brennan.documents, brennan.mentions, brennan.quotes) == (2, 6, 2)
    assert (brennan.first_seen, brennan.last_seen) == ("2019-03-04", "2019-05-20")
    assert "Ms Brennan" in brennan.aliases
    assert "Mr Ó Riada" in people["Tomás Ó Riada"].aliases


def test_aliases_skip_pronouns_and_role_phrases(store):
    aliases = store.find_entity("Aoife Brennan").aliases
    assert "she" not in aliases and "the mayor" not in aliases


def test_entities_ordered_by_mentions(store):
    counts = [e.mentions for e in store.entities()]
    assert counts == sorted(counts, reverse=True) and len(counts) == 4


def test_find_entity_by_alias_ignores_case_and_punctuation(store):
    assert store.find_entity("ms. BRENNAN").name == "Aoife Brennan"
    assert store.find_entity("tomas o riada").name == "Tomás Ó Riada"


def test_find_entity_unknown_suggests_close_names(store):
    with pytest.raises(NotFoundError) as err:
        store.find_entity("Aoife Brenan")
    assert "Aoife Brennan" in err.value.hint


def test_top_speakers(store):
    top = store.top_speakers(limit=5)
    assert [(e.name, n) for e, n in top] == [
        ("Aoife Brennan", 2), ("Tomás Ó Riada", 1), ("Atlantic Ferries", 1)]  # ties: first seen


# -- quotes ----------------------------------------------------------------------------

def test_quotes_by_speaker_alias_include_pronoun_attributions(store):
    rows = store.quotes(speaker="Ms Brennan")
    assert {r.speaker_text for r in rows} == {"she", "Ms Brennan"}
    assert [r.doc_id for r in rows] == ["ferry", "harbour"]  # newest first
    assert all(r.speaker_entity_id == store.find_entity("Aoife Brennan").id for r in rows)


def test_quotes_by_unresolved_speaker_fall_back_to_printed_name(store):
    rows = store.quotes(speaker="spokesman")
    assert [r.text for r in rows] == ["We are listening,"]
    assert rows[0].speaker_entity_id is None


def test_quotes_about_an_entity_mentioned_inside(store):
    rows = store.quotes(about="Mr O Riada")
    assert [r.speaker_name for r in rows] == ["Atlantic Ferries"]
    assert [r.text for r in store.quotes(about="Dunmore")] == [
        "This harbour will feed Dunmore for a century,"]


def test_quotes_about_ignore_the_speaker_between_pieces(store):
    assert store.quotes(about="Aoife Brennan") == []


def test_quotes_about_unknown_name_match_text(store):
    rows = store.quotes(about="timetable")
    assert len(rows) == 2


def test_quotes_query_and_dates(store):
    assert len(store.quotes(query="timetable")) == 2
    assert store.quotes(query="timetable", until="2019-05-19") == []
    assert [r.doc_id for r in store.quotes(since="2019-05-20")] == ["ferry"] * 3
    assert store.quotes(query="harbour", speaker="Ms Brennan")[0].cue == "said"


@pytest.mark.parametrize("hostile", [
    '"human scum', "AND", "OR NOT", "NEAR(", "title:harbour", "harbour)", "-harbour",
    "'; DROP TABLE documents; --", "timetable AND", 'a"b', "harb*",
])
def test_hostile_fts_input_never_raises_sqlite_errors(store, hostile):
    assert isinstance(store.search(hostile), list)
    assert isinstance(store.quotes(query=hostile), list)
    assert isinstance(store.timeline(hostile), list)


@pytest.mark.parametrize("empty", ["", "*", '"', "()", "--"])
def test_query_without_words_is_a_store_error_with_hint(store, empty):
    with pytest.raises(StoreError) as err:
        store.search(empty)
    assert err.value.hint


def test_fts_query_quotes_every_term():
    assert fts_query('"human scum') == '"human" "scum"'
    assert fts_query('AND "State of the Union" defect*') == (
        '"AND" "State of the Union" "defect"*')


# -- search ----------------------------------------------------------------------------

def test_search_ranks_and_snippets(store):
    hits = store.search("harbour")
    assert hits[0].doc_id == "harbour"
    assert "«harbour»" in hits[0].snippet.lower()
    assert hits[0].score > 0


def test_search_date_filters_are_inclusive(store):
    assert [h.doc_id for h in store.search("rye", since="2020-01-10")] == ["bakery"]
    assert store.search("rye", until="2020-01-09") == []
    assert {h.doc_id for h in store.search("Brennan", since="2019-03-04",
                                          until="2019-05-20")} == {"harbour", "ferry"}


def test_search_ignores_diacritics_and_stems(store):
    assert {h.doc_id for h in store.search("Tomas")} == {"harbour"}
    assert {h.doc_id for h in store.search("criticise")} == {"ferry"}


# -- timeline and profile --------------------------------------------------------------

def test_entity_timeline_in_date_then_offset_order(store):
    items = store.timeline("Aoife Brennan")
    assert [(i.date, i.kind, i.text) for i in items] == [
        ("2019-03-04", "event", "opened"),
        ("2019-03-04", "quote", "This harbour will feed Dunmore for a century,"),
        ("2019-05-17", "event", "criticised"),
        ("2019-05-20", "quote", "The timetable is a disgrace, and the fares are worse."),
    ]
    assert items[2].detail["target"] == "Atlantic Ferries"
    assert items[2].detail["sentence"] == "Aoife Brennan criticised Atlantic Ferries on Friday."


def test_timeline_filters_events_by_their_own_period(store):
    # The review is dated "2019-06": it overlaps any range touching June 2019.
    assert [i.text for i in store.timeline("Tomas O Riada", since="2019-06-15")] == ["review"]
    assert [i.kind for i in store.timeline("Tomas O Riada", until="2019-05-31")] == ["quote"]
    items = store.timeline("Tomas O Riada")
    assert [i.kind for i in items] == ["quote", "event"]
    assert items[1].date == "2019-06" and items[1].detail["date_end"] == "2019-06-30"


def test_text_timeline_returns_matching_quotes_and_document_events(store):
    items = store.timeline("timetable")
    assert {i.kind for i in items} == {"quote", "event"}
    assert {i.doc_id for i in items} == {"ferry"}
    dates = [i.detail.get("date_start", i.date) for i in items]
    assert dates == sorted(dates)


def test_entity_profile(store):
    profile = store.entity_profile("Ms Brennan")
    assert profile.entity.name == "Aoife Brennan"
    assert len(profile.quotes_by) == 2 and len(profile.timeline) == 4
    assert [q.text for q in store.entity_profile("Dunmore").quotes_about] == [
        "This harbour will feed Dunmore for a century,"]
    as_dict = profile.to_dict()
    assert as_dict["entity"]["aliases"] and as_dict["timeline"][0]["kind"] == "event"


def test_entity_profile_unknown_name(store):
    with pytest.raises(NotFoundError):
        store.entity_profile("Nobody Atall")


def test_entity_page_mentions_by_month_and_day(store):
    by_month = store.entity_profile("Aoife Brennan").mentions_by_period
    assert [p.to_dict() for p in by_month] == [
        {"period": "2019-03", "mentions": 4, "documents": 1},
        {"period": "2019-05", "mentions": 2, "documents": 1}]
    profile = store.entity_profile("Aoife Brennan", by="day")
    assert profile.by == "day"
    assert [(p.period, p.mentions) for p in profile.mentions_by_period] == [
        ("2019-03-04", 4), ("2019-05-20", 2)]
    with pytest.raises(StoreError):
        store.entity_profile("Aoife Brennan", by="week")


def test_entity_page_co_occurring_entities(store):
    co = store.entity_profile("Aoife Brennan").co_occurring
    assert [(c.name, c.type, c.shared_documents) for c in co] == [
        ("Tomás Ó Riada", "PERSON", 2), ("Dunmore", "GPE", 1), ("Atlantic Ferries", "ORG", 1)]
    # Ties go to the most mentioned.
    brennan = store.find_entity("Aoife Brennan")
    assert store.entity_profile("Dunmore").to_dict()["co_occurring"] == [
        {"id": brennan.id, "name": "Aoife Brennan", "type": "PERSON", "shared_documents": 1},
        {"id": co[0].id, "name": "Tomás Ó Riada", "type": "PERSON", "shared_documents": 1}]


def test_entity_page_roles_count_documents_case_aside(tmp_path):
    ferry = ferry_doc()
    ferry.entities[0].titles = ["mayor"]  # "the mayor" here, "Mayor Aoife Brennan" there
    with open_store(tmp_path / "kb.sqlite") as s:
        s.add_documents([harbour_doc(), ferry])
        assert [r.to_dict() for r in s.entity_profile("Aoife Brennan").roles] == [
            {"title": "Mayor", "documents": 2}]
        roles = s.entity_profile("Tomás Ó Riada").roles
        assert [(r.title, r.documents) for r in roles] == [("Engineer", 1), ("Mr", 1)]
        assert s.entity_profile("Dunmore").roles == []


# -- atomicity -------------------------------------------------------------------------

def test_failure_mid_document_leaves_nothing_of_its_batch(tmp_path, monkeypatch):
    path = tmp_path / "kb.sqlite"
    original = SQLiteStore._insert_events

    def fail_on_ferry(self, doc, ids):
        if doc.id == "ferry":  # the documents row, entities and quotes are already written
            raise RuntimeError("killed")
        original(self, doc, ids)

    monkeypatch.setattr(SQLiteStore, "_insert_events", fail_on_ferry)
    with open_store(path) as s:
        with pytest.raises(RuntimeError):
            s.add_documents([harbour_doc(), ferry_doc()], batch_size=1)
        assert s.has_document("harbour") and not s.has_document("ferry")
        assert s.get_document("harbour").to_dict() == harbour_doc().to_dict()
        assert s.search("timetable") == [] and s.quotes(query="timetable") == []
        assert s.find_entity("Aoife Brennan").documents == 1
        with pytest.raises(NotFoundError):
            s.find_entity("Atlantic Ferries")
    for table in ("doc_entities", "mentions", "quotes", "timexes", "events"):
        assert table_rows(path, f"SELECT count(*) FROM {table} WHERE doc_id = 'ferry'") == [(0,)]
    for fts in ("documents_fts", "quotes_fts"):  # raises if an index lost sync with its table
        table_rows(path, f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    monkeypatch.setattr(SQLiteStore, "_insert_events", original)
    with open_store(path) as s:
        assert s.add_documents(all_docs()) == 2  # re-running completes the rest
        assert s.get_document("ferry").to_dict() == ferry_doc().to_dict()


def test_database_error_is_a_store_error_and_rolls_back(tmp_path):
    bad = bakery_doc()
    bad.entities = [Entity("E1", "Galway", "GPE"), Entity("E1", "Galway Bay", "LOC")]
    with open_store(tmp_path / "kb.sqlite") as s:
        with pytest.raises(StoreError) as err:
            s.add_documents([bad])
        assert err.value.where == "bakery"
        assert s.stats().documents == 0 and s.stats().entities == 0


# -- schema and migrations -------------------------------------------------------------

def test_connection_settings(store):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_empty_database_is_migrated_to_latest(tmp_path):
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()  # a valid, empty SQLite file: version 0
    with open_store(path) as s:
        s.add_documents([bakery_doc()])
    assert table_rows(path, "PRAGMA user_version") == [(len(schema.MIGRATIONS),)]


def test_older_schema_is_migrated_on_open(tmp_path, monkeypatch):
    path = tmp_path / "kb.sqlite"
    with open_store(path) as s:
        s.add_documents([bakery_doc()])

    def add_notes(conn):
        conn.execute("ALTER TABLE documents ADD COLUMN notes TEXT")

    latest = len(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_notes])
    with open_store(path) as s:
        assert s.get_document("bakery").to_dict() == bakery_doc().to_dict()
    assert table_rows(path, "PRAGMA user_version") == [(latest + 1,)]
    assert ("notes",) in table_rows(path, "SELECT name FROM pragma_table_info('documents')")


def test_failed_migration_keeps_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "kb.sqlite"
    open_store(path).close()

    def broken(conn):
        conn.execute("ALTER TABLE documents ADD COLUMN notes TEXT")
        raise ValueError("bug in migration")

    latest = len(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(StoreError, match=f"schema version {latest + 1}"):
        open_store(path)
    assert table_rows(path, "PRAGMA user_version") == [(latest,)]
    assert ("notes",) not in table_rows(path, "SELECT name FROM pragma_table_info('documents')")


def test_version_1_store_gains_paragraphs(tmp_path, monkeypatch):
    path = tmp_path / "v1.sqlite"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    open_store(path).close()
    assert table_rows(path, "PRAGMA user_version") == [(1,)]
    monkeypatch.undo()
    doc = bakery_doc()
    doc.paragraphs = [[0, 10]]
    with open_store(path) as s:
        s.add_documents([doc])
        assert s.get_document(doc.id).paragraphs == [[0, 10]]
    assert table_rows(path, "PRAGMA user_version") == [(len(schema.MIGRATIONS),)]


def test_newer_schema_asks_to_upgrade(tmp_path):
    path = tmp_path / "kb.sqlite"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(schema.MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert "upgrade Dateline" in err.value.hint and err.value.where == str(path)


def test_split_statements_keeps_trigger_bodies_whole():
    statements = schema.split_statements(schema.SCHEMA_V1)
    triggers = [s for s in statements if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 6 and all(s.endswith("END;") for s in triggers)


# -- opening ---------------------------------------------------------------------------

def test_open_store_accepts_sqlite_url_and_creates_parent(tmp_path):
    path = tmp_path / "new" / "dir" / "kb.sqlite"
    with open_store(f"sqlite:///{path}") as s:
        assert isinstance(s, SQLiteStore) and s.stats().documents == 0
    assert path.exists()


def test_open_store_in_memory():
    with open_store(":memory:") as s:
        assert s.add_documents([bakery_doc()]) == 1


def test_open_store_on_directory_names_the_path(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store(tmp_path)
    assert str(tmp_path) in str(err.value) and err.value.hint


def test_open_store_on_non_sqlite_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just some words\n" * 100)
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert str(path) in str(err.value)


def test_open_store_postgresql_not_implemented():
    with pytest.raises(StoreError, match="PostgreSQL store not implemented yet") as err:
        open_store("postgresql://localhost/test")
    assert err.value.hint == "use a SQLite path for now"


def test_open_store_unknown_url():
    with pytest.raises(StoreError):
        open_store("mysql://localhost/db")


def test_closed_store_raises_store_error(tmp_path):
    s = open_store(tmp_path / "kb.sqlite")
    s.close()
    with pytest.raises(StoreError):
        s.stats()


# -- helpers ---------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Ji Seong-ho", "ji seong ho"), ("Tomás Ó Riada", "tomas o riada"),
    ("U.S.", "us"), ("  Kim   Jong-un ", "kim jong un"),
])
def test_norm_key(a, b):
    assert norm_key(a) == b


@pytest.mark.parametrize("text, keep", [
    ("Mr Ji", True), ("he", False), ("They", False), ("the president", False),
    ("The White House", True), ("the 35-year-old", False), ("3M", True),
])
def test_is_alias(text, keep):
    assert is_alias(text) is keep


@pytest.mark.parametrize("value, first, last", [
    ("2018-02-13", "2018-02-13", "2018-02-13"), ("2018-02-13T15:00", "2018-02-13", "2018-02-13"),
    ("2018-02", "2018-02-01", "2018-02-28"), ("2018-W08", "2018-02-19", "2018-02-25"),
    ("2018-Q2", "2018-04-01", "2018-06-30"), ("2018", "2018-01-01", "2018-12-31"),
    ("201", "2010-01-01", "2019-12-31"), ("PAST_REF", "2018-02-13", "2018-02-13"),
    ("2018-02-30", "2018-02-13", "2018-02-13"),
])
def test_timex_interval(value, first, last):
    assert interval(value, "2018-02-13") == (first, last)


def test_quote_is_dated_and_ordered_by_when_it_was_said(tmp_path):
    doc = harbour_doc()
    doc.quotes[0].date = "2019-02"  # as if "... she said last month": before the article date
    with open_store(tmp_path / "kb.sqlite") as s:
        s.add_documents([doc])
        assert s.get_document(doc.id).quotes[0].date == "2019-02"
        items = [i for i in s.timeline("Aoife Brennan") if i.kind == "quote"]
        dated = [i for i in items if i.date == "2019-02"]
        assert dated and dated[0].detail["date_end"] == "2019-02-28"
        assert items[0].date == "2019-02"  # oldest first, though the article is later
        assert [i.date for i in s.timeline("Aoife Brennan", until="2019-02-28") if i.kind == "quote"] == ["2019-02"]
        assert [q.date for q in s.quotes(speaker="Aoife Brennan", until="2019-02-28")] == ["2019-02"]
        assert s.quotes(speaker="Aoife Brennan")[-1].date == "2019-02"  # newest first


def test_version_2_store_gives_its_quotes_their_article_date(tmp_path):
    path = tmp_path / "v2.sqlite"
    with open_store(path) as s:
        s.add_documents([harbour_doc()])
    back_to_version(path, 2)  # its quotes undated
    with open_store(path) as s:
        quotes = [i for i in s.timeline("Aoife Brennan") if i.kind == "quote"]
        assert quotes and all(i.date == i.detail["document_date"] for i in quotes)
    assert table_rows(path, "SELECT COUNT(*) FROM quotes WHERE date_start IS NULL") == [(0,)]
    assert table_rows(path, "PRAGMA user_version") == [(len(schema.MIGRATIONS),)]


def test_people_named_by_one_word_never_merge_across_articles(tmp_path):
    # Two articles that only ever say "Mr Kim": nothing says they are one man.
    docs = []
    for doc_id, text in (("kim-a", "Mr Kim said the port would open."),
                         ("kim-b", "Mr Kim said the mill would close.")):
        kim = Entity("E1", "Kim", "PERSON", [mention(text, "Mr Kim")], gender="m")
        docs.append(Document(id=doc_id, date="2019-01-01", text=text, entities=[kim]))
    full = "Kim Dae-ho said the port would open."
    docs += [Document(id=f"full-{n}", date="2019-01-02", text=full,
                      entities=[Entity("E1", "Kim Dae-ho", "PERSON", [mention(full, "Kim Dae-ho")])])
             for n in (1, 2)]
    with open_store(tmp_path / "kim.db") as db:
        db.add_documents(docs)
        rows = table_rows(tmp_path / "kim.db", "SELECT name, documents FROM entities ORDER BY name, documents")
    assert rows == [("Kim", 1), ("Kim", 1), ("Kim Dae-ho", 2)]


def test_a_person_known_only_by_description_stays_in_the_article(tmp_path):
    # Two articles about one man each mention "his uncle": nothing says it is one uncle.
    docs = []
    for doc_id in ("uncle-a", "uncle-b"):
        text = "Tyler Brandt said his uncle lent him the truck."
        ents = [Entity("E1", "Tyler Brandt", "PERSON", [mention(text, "Tyler Brandt")]),
                Entity("E2", "uncle of Tyler Brandt", "PERSON", [mention(text, "his uncle")],
                       gender="m", described=True)]
        docs.append(Document(id=doc_id, date="2019-01-01", text=text, entities=ents))
    with open_store(tmp_path / "uncle.db") as db:
        db.add_documents(docs)
        back = db.get_document("uncle-a").entities
    rows = table_rows(tmp_path / "uncle.db", "SELECT name, documents FROM entities ORDER BY name, documents")
    assert rows == [("Tyler Brandt", 2), ("uncle of Tyler Brandt", 1), ("uncle of Tyler Brandt", 1)]
    assert [e.described for e in back] == [False, True]


def test_a_company_named_with_and_without_its_legal_form_is_one_entity(tmp_path):
    # "Atacama Copper Corp" in one article, "Atacama Copper" and "Atacama Copper Ltd" in
    # others: one company. "Atacama Copper Mining" is another name, and stays apart.
    names = ["Atacama Copper Corp", "Atacama Copper", "Atacama Copper Ltd", "Atacama Copper Mining"]
    docs = []
    for n, name in enumerate(names):
        text = f"{name} said output rose."
        docs.append(Document(id=f"cu-{n}", date="2019-01-01", text=text,
                             entities=[Entity("E1", name, "ORG", [mention(text, name)])]))
    with open_store(tmp_path / "cu.db") as db:
        db.add_documents(docs)
        rows = table_rows(tmp_path / "cu.db", "SELECT name, documents FROM entities ORDER BY name")
        assert "Atacama Copper" in db.find_entity("Atacama Copper Corp").aliases
    assert rows == [("Atacama Copper Corp", 3), ("Atacama Copper Mining", 1)]


def person_docs(names: list[str]) -> list[Document]:
    docs = []
    for n, name in enumerate(names):
        text = f"{name} said the plant would open."
        docs.append(Document(id=f"p-{n}", date="2019-01-01", text=text,
                             entities=[Entity("E1", name, "PERSON", [mention(text, name)])]))
    return docs


def test_a_person_named_with_and_without_a_middle_initial_is_one_entity(tmp_path):
    with open_store(tmp_path / "p.db") as db:
        db.add_documents(person_docs(["Thomas R. Whitcombe", "Thomas Whitcombe", "Thomas R Whitcombe"]))
    assert table_rows(tmp_path / "p.db", "SELECT name, documents FROM entities") == [
        ("Thomas R. Whitcombe", 3)]


def test_different_middle_initials_never_join(tmp_path):
    # George W. and George H. W. Bush are two people; a bare "George Bush" then joins neither.
    with open_store(tmp_path / "b.db") as db:
        db.add_documents(person_docs(["George W. Bush", "George H. W. Bush", "George Bush"]))
    rows = table_rows(tmp_path / "b.db", "SELECT name, documents FROM entities ORDER BY name")
    assert rows == [("George Bush", 1), ("George H. W. Bush", 1), ("George W. Bush", 1)]


def test_company_keys_drop_and_add_legal_forms():
    keys = company_keys("cordillera copper corp")
    assert keys[0] == "cordillera copper corp"
    assert {"cordillera copper", "cordillera copper inc"} <= set(keys)
    # A name that is nothing but a legal form keeps its one word.
    assert "" not in company_keys("corp") and "corp inc" in company_keys("corp")


# ---------------------------------------------------------------- seats of government
SEAT_TEXT = "Valdoria tested a rocket on Monday. Porto Alban said the test was routine."


def seat_docs() -> list[Document]:
    t = SEAT_TEXT
    country = Entity("E1", "Valdoria", "GPE", [mention(t, "Valdoria")])
    seat = Entity("E2", "Porto Alban", "GPE", [mention(t, "Porto Alban")], stands_for="Valdoria")
    said = quote(t, "the test was routine", "indirect", cue=cue(t, "said"),
                 speaker=Speaker("E2", "Porto Alban", *span(t, "Porto Alban"), "Porto Alban"))
    tested = Event(*span(t, "tested"), "tested", "test", "E1", None, "2019-03-11")
    return [Document(id="seat", date="2019-03-12", text=t, entities=[country, seat],
                     quotes=[said], events=[tested])]


def test_a_seat_of_government_acts_on_its_country_s_timeline(tmp_path):
    with open_store(tmp_path / "kb.sqlite") as store:
        store.add_documents(seat_docs())
        assert store.get_document("seat").entities[1].stands_for == "Valdoria"
        kinds = [(item.kind, item.text) for item in store.timeline("Valdoria")]
        assert ("quote", "the test was routine") in kinds and ("event", "tested") in kinds
        assert [i.kind for i in store.timeline("Porto Alban")] == ["quote"]
        country, seat = store.entity_profile("Valdoria"), store.entity_profile("Porto Alban")
        assert [(n.name, n.documents) for n in country.acted_for_by] == [("Porto Alban", 1)]
        assert [(n.name, n.documents) for n in seat.acts_for] == [("Valdoria", 1)]
        assert country.acts_for == [] and seat.acted_for_by == []


def test_version_4_store_gains_seats_and_keeps_its_data(tmp_path):
    path = tmp_path / "v4.sqlite"
    with open_store(path) as old:
        old.add_documents(all_docs())
        before = [old.get_document(d).to_dict() for d in ("harbour", "ferry")], old.stats()
    back_to_version(path, 4)
    with open_store(path) as migrated:
        assert ([migrated.get_document(d).to_dict() for d in ("harbour", "ferry")],
                migrated.stats()) == before
        migrated.add_documents(seat_docs())
        assert [n.name for n in migrated.entity_profile("Valdoria").acted_for_by] == ["Porto Alban"]
    assert table_rows(path, "PRAGMA user_version") == [(len(schema.MIGRATIONS),)]


def test_version_5_store_gains_described_people_and_keeps_its_data(tmp_path):
    path = tmp_path / "v5.sqlite"
    with open_store(path) as old:
        old.add_documents(all_docs())
        before = [old.get_document(d).to_dict() for d in ("harbour", "ferry")], old.stats()
    back_to_version(path, 5)
    with open_store(path) as migrated:
        assert ([migrated.get_document(d).to_dict() for d in ("harbour", "ferry")],
                migrated.stats()) == before
    assert table_rows(path, "SELECT COUNT(*) FROM doc_entities WHERE described = 1") == [(0,)]
    assert table_rows(path, "PRAGMA user_version") == [(len(schema.MIGRATIONS),)]
