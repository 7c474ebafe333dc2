"""Entity curation: merges and splits in the store (dateline.store.curation), recorded and
re-applied at ingest, and alias files (dateline.curation)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline import search
from dateline.curation import apply_alias_file, read_alias_file, write_alias_file
from dateline.errors import AliasFileError, CurationError, NotFoundError, StoreError
from dateline.ingest import read_sources
from dateline.model import Document, Entity, Event, Quote, Speaker
from dateline.pipeline import ingest
from dateline.store import open_store, schema
from dateline.store import curation as store_curation
from dateline.store.base import Curation
from dateline.store.curation import Rules
from conftest import back_to_version
from test_store import all_docs, cue, mention, span

COUNCIL_TEXT = (
    "Councillor Aoife Brenan voted against the budget on Tuesday. "
    "\"We cannot pave the pier twice,\" Ms Brenan said."
)


def council_doc(doc_id: str = "council", name: str = "Aoife Brenan") -> Document:
    """A later article that misspells Aoife Brennan, the way a wire sometimes does."""
    t = COUNCIL_TEXT
    brenan = Entity("E1", name, "PERSON", [mention(t, "Aoife Brenan"), mention(t, "Ms Brenan")],
                    titles=["Councillor"], gender="f")
    said = Quote(*span(t, "We cannot pave the pier twice,"), "We cannot pave the pier twice,",
                 "direct", cue=cue(t, "said"),
                 speaker=Speaker("E1", name, *span(t, "Ms Brenan"), "Ms Brenan"))
    voted = Event(*span(t, "voted"), "voted", "vote", "E1", None, "2019-06-11")
    return Document(id=doc_id, date="2019-06-12", text=t, entities=[brenan], quotes=[said],
                    events=[voted])


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "kb.sqlite") as opened:
        opened.add_documents([*all_docs(), council_doc()])
        yield opened


def rows(store, sql: str, params=()) -> list[tuple]:
    return [tuple(r) for r in store._conn.execute(sql, params)]


# -- merge ----------------------------------------------------------------------------

def test_merge_moves_quotes_mentions_events_and_counters(store):
    before = store.find_entity("Aoife Brennan")
    folded = store.find_entity("Aoife Brenan")
    result = store.merge_entities("Aoife Brennan", "Ms Brenan")  # found by alias
    survivor = result.entity
    assert survivor.id == before.id and survivor.name == "Aoife Brennan"
    assert result.moved == {"documents": 1, "mentions": 2, "quotes": 1, "events": 1}
    assert (survivor.documents, survivor.mentions, survivor.quotes) == (
        before.documents + 1, before.mentions + 2, before.quotes + 1)
    assert (survivor.first_seen, survivor.last_seen) == ("2019-03-04", "2019-06-12")
    assert {"Aoife Brenan", "Ms Brenan"} <= set(survivor.aliases)
    assert rows(store, "SELECT count(*) FROM entities WHERE id = ?", (folded.id,)) == [(0,)]
    assert rows(store, "SELECT count(*) FROM aliases WHERE entity_id = ?", (folded.id,)) == [(0,)]
    said = [q.text for q in store.quotes(speaker="Aoife Brennan")]
    assert "We cannot pave the pier twice," in said
    assert store.find_entity("Ms Brenan").id == survivor.id
    kinds = [i.detail.get("type") for i in store.timeline("Aoife Brennan") if i.kind == "event"]
    assert "vote" in kinds
    assert result.curation.to_dict() | {"created_at": None} == Curation(
        "merge", "Aoife Brennan", variant="Aoife Brenan").to_dict()


def test_document_ingested_after_a_merge_lands_on_the_survivor(store):
    store.merge_entities("Aoife Brennan", "Aoife Brenan")
    entities_before = store.stats().entities
    store.add_documents([council_doc("council-2")])
    assert store.stats().entities == entities_before
    brennan = store.find_entity("Aoife Brennan")
    assert brennan.documents == 4 and brennan.last_seen == "2019-06-12"
    speakers = rows(store, "SELECT speaker_entity_id FROM quotes WHERE doc_id = 'council-2'")
    assert speakers == [(brennan.id,)]
    # The document itself is stored as analysed: its own name for the entity is kept.
    assert store.get_document("council-2").to_dict() == council_doc("council-2").to_dict()


def test_merge_chains_follow_to_the_last_survivor(store):
    store.merge_entities("Tomás Ó Riada", "Aoife Brenan")
    store.merge_entities("Aoife Brennan", "Tomás Ó Riada")
    store.add_documents([council_doc("council-2")])
    assert [e.name for e in store.entities(type="PERSON")] == ["Aoife Brennan"]


def test_merge_of_one_entity_with_itself_is_refused(store):
    with pytest.raises(CurationError) as err:
        store.merge_entities("Aoife Brennan", "Ms Brennan")
    assert err.value.hint and store.curations() == []


def test_merge_unknown_name_is_not_found_and_changes_nothing(store):
    before = store.stats()
    with pytest.raises(NotFoundError):
        store.merge_entities("Aoife Brennan", "Nobody Atall")
    assert store.stats() == before and store.curations() == []


@pytest.mark.parametrize("curate, step", [
    (lambda s: s.merge_entities("Aoife Brennan", "Aoife Brenan"), "recount"),
    (lambda s: s.split_entity("Aoife Brennan", "ferry"), "settle"),
])
def test_failed_curation_leaves_the_store_unchanged(store, monkeypatch, curate, step):
    def broken(*args):
        raise sqlite3.OperationalError("disk I/O error")

    def snapshot():
        return (store.stats(), store.entities(limit=100),
                rows(store, "SELECT doc_id, speaker_entity_id FROM quotes ORDER BY id"),
                rows(store, "SELECT * FROM doc_entities ORDER BY doc_id, local_id"))

    before = snapshot()
    monkeypatch.setattr(store_curation, step, broken)  # fails after rows have moved
    with pytest.raises(StoreError, match="disk I/O error") as err:
        curate(store)
    assert "nothing was changed" in err.value.hint
    assert snapshot() == before and store.curations() == []


# -- split ----------------------------------------------------------------------------

def test_split_moves_one_documents_mentions_quotes_and_events(store):
    result = store.split_entity("Aoife Brennan", "ferry")
    new, old = result.entity, store.find_entity("Aoife Brennan")
    assert new.name == "Aoife Brennan (ferry)"
    assert result.moved == {"documents": 1, "mentions": 2, "quotes": 1, "events": 1}
    assert (new.documents, new.mentions, new.quotes) == (1, 2, 1)
    assert (old.documents, old.mentions, old.quotes) == (1, 4, 1)
    assert old.last_seen == "2019-03-04" and new.first_seen == "2019-05-20"
    # The old name stays the old entity's alone; the document's other forms go along.
    assert "Aoife Brennan" not in new.aliases and "Ms Brennan" in new.aliases
    assert store.find_entity("Aoife Brennan").id == old.id
    assert [q.doc_id for q in store.quotes(speaker="Aoife Brennan (ferry)")] == ["ferry"]


def test_split_by_document_prefix_and_new_name(store):
    store.add_documents([council_doc("0123456789abcdef")])
    result = store.split_entity("Aoife Brenan", "0123456789", "Aoife Brenan (council)")
    assert result.curation.doc_id == "0123456789abcdef"
    assert result.entity.name == "Aoife Brenan (council)"


def test_split_of_the_only_document_leaves_no_empty_entity(store):
    store.split_entity("Aoife Brenan", "council", "Aoife Brenan-Walsh")
    with pytest.raises(NotFoundError):
        store.find_entity("Aoife Brenan")
    assert store.find_entity("Aoife Brenan-Walsh").documents == 1


def test_split_errors(store):
    with pytest.raises(NotFoundError, match="not mentioned"):
        store.split_entity("Aoife Brennan", "bakery")
    with pytest.raises(NotFoundError, match="no document"):
        store.split_entity("Aoife Brennan", "nope")
    with pytest.raises(CurationError):
        store.split_entity("Aoife Brennan", "ferry", "AOIFE BRENNAN")
    assert store.curations() == []


def test_merge_back_undoes_a_split(store, tmp_path):
    store.split_entity("Aoife Brennan", "ferry")
    store.merge_entities("Aoife Brennan", "Aoife Brennan (ferry)")
    assert [c.action for c in store.curations()] == ["merge"]
    assert store.find_entity("Aoife Brennan").documents == 2
    path = tmp_path / "aliases.yaml"
    write_alias_file(path, store.curations())
    with open_store(tmp_path / "fresh.sqlite") as fresh:
        apply_alias_file(fresh, path)
        fresh.add_documents(all_docs())
        assert fresh.find_entity("Aoife Brennan").documents == 2
        assert [e.name for e in fresh.entities(type="PERSON")] == ["Aoife Brennan", "Tomás Ó Riada"]


def test_split_back_undoes_a_merge_for_that_document(store, tmp_path):
    store.add_documents([council_doc("council-2")])
    store.merge_entities("Aoife Brennan", "Aoife Brenan")
    result = store.split_entity("Aoife Brennan", "council", "Aoife Brenan")
    assert result.entity.name == "Aoife Brenan" and result.entity.documents == 1
    assert store.find_entity("Aoife Brennan").documents == 3  # harbour, ferry, council-2
    path = tmp_path / "aliases.yaml"
    write_alias_file(path, store.curations())
    with open_store(tmp_path / "fresh.sqlite") as fresh:
        apply_alias_file(fresh, path)
        fresh.add_documents([*all_docs(), council_doc(), council_doc("council-2")])
        assert fresh.find_entity("Aoife Brenan").documents == 1
        assert fresh.find_entity("Aoife Brennan").documents == 3


def test_alias_split_by_prefix_of_a_stored_document_records_its_id(store, tmp_path):
    store.add_documents([council_doc("0123456789abcdef")])
    path = tmp_path / "aliases.yaml"
    path.write_text("split:\n  - {name: Aoife Brenan, doc: '01234567', as: A. Brenan}\n"
                    "  - {name: Aoife Brenan, doc: not-yet-stored}\n", encoding="utf-8")
    assert apply_alias_file(store, path) == 1
    assert [c.doc_id for c in store.curations()] == ["0123456789abcdef", "not-yet-stored"]
    assert store.find_entity("A. Brenan").documents == 1


def test_split_is_kept_for_the_same_document_in_another_store(store, tmp_path):
    store.split_entity("Aoife Brennan", "ferry", "Aoife Brennan (ferry)")
    path = tmp_path / "aliases.yaml"
    write_alias_file(path, store.curations())
    with open_store(tmp_path / "fresh.sqlite") as fresh:
        apply_alias_file(fresh, path)
        fresh.add_documents(all_docs())
        assert fresh.find_entity("Aoife Brennan (ferry)").documents == 1
        assert fresh.find_entity("Aoife Brennan").documents == 1


# -- alias files applied to a store ---------------------------------------------------

def test_alias_merge_applies_to_stored_and_later_documents(store, tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("action,name,other\nmerge,Aoife Brennan,Aoife Brenan\n", encoding="utf-8")
    assert apply_alias_file(store, path) == 1
    assert apply_alias_file(store, path) == 0  # applied already: a no-op at every ingest
    store.add_documents([council_doc("council-2")])
    assert store.find_entity("Aoife Brennan").documents == 4
    assert [(c.action, c.source, c.line) for c in store.curations()] == [("merge", str(path), 2)]


def test_alias_merge_lands_on_the_most_mentioned_survivor_of_any_type(store, tmp_path):
    org = council_doc("fund", name="Aoife Brennan")
    org.entities[0].type = "ORG"  # "the Aoife Brennan Fund", typed as the person's name
    later = council_doc("council-2")
    later.entities[0].type = "ORG"
    store.add_documents([org])
    path = tmp_path / "aliases.csv"
    path.write_text("merge,Aoife Brennan,Aoife Brenan\n", encoding="utf-8")
    apply_alias_file(store, path)
    store.add_documents([later])
    person = store.find_entity("Aoife Brennan")
    assert person.type == "PERSON" and person.documents == 4  # harbour, ferry, council, council-2


def test_alias_merge_renames_when_the_survivor_is_not_stored(store, tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("merge:\n  - [Aoife Brennan-Walsh, Aoife Brenan]\n", encoding="utf-8")
    apply_alias_file(store, path)
    renamed = store.find_entity("Aoife Brennan-Walsh")
    assert renamed.documents == 1 and "Aoife Brenan" in renamed.aliases
    store.add_documents([council_doc("council-2")])
    assert store.find_entity("Aoife Brennan-Walsh").documents == 2


def test_alias_merge_cycle_with_recorded_merges_is_refused(store, tmp_path):
    store.merge_entities("Aoife Brennan", "Aoife Brenan")
    path = tmp_path / "aliases.yaml"
    path.write_text("merge:\n  - [Tomás Ó Riada, Mr Ó Riada]\n"
                    "  - [Aoife Brenan, Aoife Brennan]\n", encoding="utf-8")
    with pytest.raises(CurationError, match="cycle") as err:
        apply_alias_file(store, path)
    assert err.value.where == f"{path}:3"
    assert len(store.curations()) == 1  # the file's first rule was not applied either


def test_rules_resolve_splits_before_merges():
    rules = Rules([Curation("merge", "Lee Soo-jin", variant="Soo-jin Lee"),
                   Curation("split", "Lee Soo-jin", doc_id="abcdef123", new_name="Lee Soo-jin (2)")])
    assert rules.resolve("abcdef123", "Soo-jin Lee", "PERSON").name == "Lee Soo-jin (2)"
    assert rules.resolve("abcdef123", "Lee Soo-jin", "PERSON").name == "Lee Soo-jin (2)"
    # Whole ids only at ingest: "council" must not split "council-2" as well.
    assert rules.resolve("abcdef1234", "Soo-jin Lee", "PERSON").name == "Lee Soo-jin"
    assert rules.resolve("other", "Soo-jin Lee", "PERSON").name == "Lee Soo-jin"
    assert rules.resolve("other", "Kim Min-ji", "PERSON").strict


# -- reading and writing alias files --------------------------------------------------

YAML_FILE = """\
# forced merges and splits
merge:
  - [Sarah Whitfield, S. Whitfield, Sally Whitfield]
  - [No, Norway]
split:
  - {name: Lee Soo-jin, doc: "0123456789", as: Lee Soo-jin (union)}
  - name: Helen Marsh
    doc: ab12cd34ef56
"""


def test_read_yaml_alias_file(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text(YAML_FILE, encoding="utf-8")
    rules = read_alias_file(path)
    assert [(r.action, r.name, r.variant, r.line) for r in rules if r.action == "merge"] == [
        ("merge", "Sarah Whitfield", "S. Whitfield", 3),
        ("merge", "Sarah Whitfield", "Sally Whitfield", 3), ("merge", "No", "Norway", 4)]
    splits = [(r.name, r.doc_id, r.new_name, r.line) for r in rules if r.action == "split"]
    assert splits == [("Lee Soo-jin", "0123456789", "Lee Soo-jin (union)", 6),
                      ("Helen Marsh", "ab12cd34ef56", "Helen Marsh (ab12cd34)", 7)]


@pytest.mark.parametrize("suffix", [".yaml", ".csv"])
def test_alias_files_round_trip(tmp_path, suffix):
    source = tmp_path / "in.yaml"
    source.write_text(YAML_FILE, encoding="utf-8")
    rules = read_alias_file(source)
    path = tmp_path / f"out{suffix}"
    assert write_alias_file(path, rules) == len(rules)
    again = read_alias_file(path)
    fields = lambda rs: [(r.action, r.name, r.variant, r.doc_id, r.new_name) for r in rs]
    assert fields(again) == fields(rules)


BAD_YAML = [
    ("merge: [[A, B]\n", 2, "YAML"),
    ("merge:\n  - [Sarah Whitfield]\n", 2, "two names"),
    ("merge:\n  - Sarah Whitfield\n", 2, "list of names"),
    ("merges:\n  - [A, B]\n", 1, "unknown section"),
    ("split:\n  - {name: Helen Marsh}\n", 2, "doc"),
    ("split:\n  - {name: Helen Marsh, doc: abcdef, when: now}\n", 2, "unknown split field"),
    ("merge:\n  - [Sarah Whitfield, S. Whitfield]\n  - [Sam Whitfield, s whitfield]\n", 3, "already"),
    ("merge:\n  - [A Person, B Person]\n  - [B Person, A Person]\n", 3, "cycle"),
    ("merge:\n  - [Sarah Whitfield, SARAH WHITFIELD]\n", 2, "same name"),
    ("- [A, B]\n", 1, "mapping"),
]


@pytest.mark.parametrize("text, line, words", BAD_YAML)
def test_bad_yaml_alias_file_names_file_and_line(tmp_path, text, line, words):
    path = tmp_path / "aliases.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AliasFileError) as err:
        read_alias_file(path)
    assert err.value.where == f"{path}:{line}"
    assert words.lower() in err.value.message.lower() and err.value.hint


BAD_CSV = [
    ("action,name,other\nmerge,Sarah Whitfield,S. Whitfield\nrename,A,B\n", 3, "unknown action"),
    ("merge,Sarah Whitfield\n", 1, "needs a name and an other"),
    ("\n\nsplit,Helen Marsh,abcdef,Helen Marsh (2),extra\n", 3, "too many columns"),
    ("merge,Sarah Whitfield,S. Whitfield,as what\n", 1, "too many columns"),
]


@pytest.mark.parametrize("text, line, words", BAD_CSV)
def test_bad_csv_alias_file_names_file_and_line(tmp_path, text, line, words):
    path = tmp_path / "aliases.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AliasFileError) as err:
        read_alias_file(path)
    assert err.value.where == f"{path}:{line}" and words in err.value.message


def test_alias_file_missing_or_of_unknown_kind(tmp_path):
    with pytest.raises(AliasFileError, match="not found") as err:
        read_alias_file(tmp_path / "none.yaml")
    assert err.value.where == str(tmp_path / "none.yaml")
    (tmp_path / "aliases.txt").write_text("merge,A,B\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match=".yaml, .yml or .csv"):
        read_alias_file(tmp_path / "aliases.txt")
    (tmp_path / "latin1.csv").write_bytes("merge,Jos\xe9,Jose\n".encode("latin-1"))
    with pytest.raises(AliasFileError, match="cannot read"):
        read_alias_file(tmp_path / "latin1.csv")


def test_empty_alias_file_has_no_rules(tmp_path):
    (tmp_path / "a.yaml").write_text("# nothing yet\nmerge:\nsplit:\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("", encoding="utf-8")
    assert read_alias_file(tmp_path / "a.yaml") == read_alias_file(tmp_path / "b.csv") == []


# -- migration --------------------------------------------------------------------------

def test_version_3_store_gains_curations_and_keeps_its_data(tmp_path):
    path = tmp_path / "v3.sqlite"
    with open_store(path) as old:
        old.add_documents([*all_docs(), council_doc()])
        before = ([d.to_dict() for d in map(old.get_document, ["harbour", "ferry", "council"])],
                  old.entities(limit=100), old.stats())
    back_to_version(path, 3)  # no curations table
    with open_store(path) as migrated:
        assert ([d.to_dict() for d in map(migrated.get_document, ["harbour", "ferry", "council"])],
                migrated.entities(limit=100), migrated.stats()) == before
        assert migrated.curations() == []
        migrated.merge_entities("Aoife Brennan", "Aoife Brenan")
        migrated.add_documents([council_doc("council-2")])
        assert migrated.find_entity("Aoife Brenan").documents == 4
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    conn.close()


# -- real analysis: split, export, and a fresh store ----------------------------------

ARTICLES = {
    "a1.txt": " date 2020-02-03\n\nHelen Marsh, the harbour master at Kilrush, said on Monday that "
              "the north quay would reopen in March. \"The repairs are ahead of schedule,\" Ms Marsh "
              "said. Kilrush Council praised the engineers.\n",
    "a2.txt": " date 2020-06-15\n\nThe novelist Helen Marsh won the Shannon Prize on Saturday for her "
              "third book. \"I wrote it in a caravan,\" Ms Marsh said. The prize jury called the "
              "book brave.\n",
    "b1.txt": " date 2021-01-11\n\nTomasz Wrobel, the mayor of Kilrush, said on Monday the ferry "
              "would run all winter. \"Nobody will be cut off,\" Mr Wrobel said.\n",
    "b2.txt": " date 2021-03-08\n\nTomas Wroble, the Kilrush mayor, said on Friday that the ferry "
              "fares would fall in April. \"Families deserve a cheaper crossing,\" Mr Wroble said.\n",
}
LATER = (" date 2021-05-03\n\nTomas Wroble, the mayor, said on Monday the new pontoon was "
         "finished. \"It took two winters,\" Mr Wroble said.\n")


def write_articles(folder: Path, names) -> Path:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES.get(name, LATER), encoding="utf-8")
    return folder


def test_curations_survive_reingest_into_a_fresh_store(tmp_path, analyzer):
    articles = write_articles(tmp_path / "articles", ARTICLES)
    with open_store(tmp_path / "first.sqlite") as first:
        ingest(first, read_sources([articles]), analyzer)
        assert first.find_entity("Helen Marsh").documents == 2
        novelist_doc = next(h.doc_id for h in first.search("novelist"))
        search.split_entity(first, "Ms Marsh", novelist_doc[:10], "Helen Marsh (novelist)")
        search.merge_entities(first, "Tomasz Wrobel", "Tomas Wroble")
        ingest(first, read_sources([write_articles(tmp_path / "later", ["c1.txt"])]), analyzer)
        mayor = first.find_entity("Mr Wroble")
        assert (mayor.name, mayor.documents, mayor.last_seen) == ("Tomasz Wrobel", 3, "2021-05-03")
        exported = tmp_path / "aliases.yaml"
        write_alias_file(exported, search.curations(first))
    with open_store(tmp_path / "fresh.sqlite") as fresh:
        ingest(fresh, read_sources([articles]), analyzer, aliases=exported)
        novelist = fresh.find_entity("Helen Marsh (novelist)")
        assert novelist.documents == 1 and novelist.first_seen == "2020-06-15"
        assert fresh.find_entity("Helen Marsh").last_seen == "2020-02-03"
        assert [q.text for q in fresh.quotes(speaker="Helen Marsh (novelist)")] == [
            "\"I wrote it in a caravan,\""]
        assert fresh.find_entity("Tomas Wroble").name == "Tomasz Wrobel"
        assert {c.action for c in fresh.curations()} == {"merge", "split"}
