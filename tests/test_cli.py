"""The `dateline` command: every command with --json, bad input, and documentation."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.model import Document, Entity, Mention
from dateline.store import open_store

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = " date 2019-03-12\n\nHelen Marsh, the harbour master, said on Monday the quay would reopen next week.\n"


@pytest.fixture()
def run():
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    return invoke


def as_json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def all_commands(group=main, prefix=()):
    """(words, command) of every command, subcommands of groups included."""
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


def test_every_command_has_help_and_is_documented(run):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for words, command in all_commands():
        result = run(*words, "--help")
        assert result.exit_code == 0 and command.help
        name = " ".join(words)
        assert re.search(rf"dateline {name}\b", readme), f"README does not show `dateline {name}`"


def test_query_commands_json(run, examples_db):
    db = ("--db", examples_db)
    assert as_json(run("stats", *db, "--json"))["documents"] == 15
    quotes = as_json(run("quotes", "--speaker", "Park Min-jun", *db, "--json"))
    assert quotes and all(q["speaker_name"] == "Park Min-jun" for q in quotes)
    hits = as_json(run("search", "hull", *db, "--json"))
    assert hits
    shown = as_json(run("show", hits[0]["doc_id"][:12], *db, "--json"))
    assert shown["id"] == hits[0]["doc_id"] and shown["entities"]
    people = as_json(run("entities", "--type", "PERSON", *db, "--json"))
    assert "Sarah Whitfield" in {e["name"] for e in people}
    profile = as_json(run("entity", "Ms Whitfield", *db, "--json"))
    assert profile["entity"]["name"] == "Sarah Whitfield"
    items = as_json(run("timeline", "Park Min-jun", *db, "--json"))
    assert items and {i["kind"] for i in items} <= {"event", "quote"}
    speakers = as_json(run("speakers", *db, "--json"))
    assert speakers[0]["quoted"] >= speakers[-1]["quoted"]


def test_query_commands_tables(run, examples_db):
    result = run("quotes", "--speaker", "Sarah Whitfield", "--db", examples_db)
    assert result.exit_code == 0 and "Sarah Whitfield" in result.output
    result = run("entity", "Park Min-jun", "--db", examples_db)
    assert result.exit_code == 0 and "aliases" in result.output


def test_ingest_twice_adds_nothing(run, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.db"
    assert as_json(run("ingest", tmp_path / "a.txt", "--db", db, "--json"))["added"] == 1
    again = as_json(run("ingest", tmp_path / "a.txt", "--db", db, "--json"))
    assert again["added"] == 0 and again["skipped"] == 1


def test_db_from_environment(run, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("DATELINE_DB", str(tmp_path / "env.db"))
    assert as_json(run("ingest", tmp_path / "a.txt", "--json"))["added"] == 1
    assert (tmp_path / "env.db").exists()


BAD_INPUTS = {
    "nodate.txt": ("No header and no date here.\n".encode(), "no date"),
    "baddate.txt": (" date 2018-02-30\n\nText.\n".encode(), "2018-02-30"),
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x00\x01\x02 date", "binary"),
    "latin1.txt": (" date 2019-03-12\n\nCaf\xe9 owners said so.\n".encode("latin-1"), "UTF-8"),
}


def test_bad_inputs_are_named_and_the_rest_is_stored(run, tmp_path):
    for name, (data, _) in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    lines = [json.dumps({"id": "ok-1", "date": "2019-03-12", "text": "Mr Choi said the talks failed."}),
             "{not json", json.dumps({"id": "no-text", "date": "2019-03-12"})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("ingest", tmp_path, "--db", tmp_path / "x.db", "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["added"] == 2
    wheres = " ".join(e["where"] or "" for e in report["errors"])
    messages = " ".join(e["message"] for e in report["errors"])
    for name, (_, words) in BAD_INPUTS.items():
        assert name in wheres
        assert words.lower() in (messages + wheres).lower()
    assert "feed.jsonl:2" in wheres and "feed.jsonl:3" in wheres
    assert all(e["hint"] for e in report["errors"])


def test_missing_file_and_bad_store(run, tmp_path):
    result = run("ingest", tmp_path / "nope.txt", "--db", tmp_path / "x.db")
    assert result.exit_code == 1 and "nope.txt" in result.output
    result = run("quotes", "--db", "postgresql://localhost/test")
    assert result.exit_code == 1 and "PostgreSQL" in result.output
    result = run("search", "x", "--since", "yesterday", "--db", tmp_path / "x.db")
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.output


def test_analyze_every_input_form(run, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Ms Marsh said on Monday the quay had reopened.", encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "r1", "date": "2019-03-12", "text": "Mr Choi said yesterday the deal was off."}) + "\n")
    docs = [json.loads(line) for line in run("analyze", tmp_path / "a.txt").output.splitlines()]
    assert docs[0]["date"] == "2019-03-12" and docs[0]["text"].startswith("Helen Marsh")
    timex = next(t for t in docs[0]["timexes"] if t["text"] == "next week")
    assert timex["value"] == "2019-W12"
    plain = json.loads(run("analyze", tmp_path / "plain.txt", "--date", "2019-03-12").output)
    assert plain["text"] == "Ms Marsh said on Monday the quay had reopened."
    assert any(t["value"] == "2019-03-11" for t in plain["timexes"])
    record = json.loads(run("analyze", tmp_path / "b.jsonl.gz").output)
    assert record["id"] == "r1"
    stdin = json.loads(run("analyze", "-", "--date", "2019-03-12", input="Mr Choi spoke today.").output)
    assert stdin["timexes"][0]["value"] == "2019-03-12"


def test_analyze_html(run, tmp_path):
    paragraphs = "".join(f"<p>Paragraph {i}: Helen Marsh said the harbour would reopen after "
                         f"repairs to the north quay were finished by the contractors.</p>" for i in range(5))
    html = ("<html><head><title>Quay</title><meta property='article:published_time' "
            f"content='2019-03-12'></head><body><article><h1>Quay</h1>{paragraphs}</article></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    doc = json.loads(run("analyze", tmp_path / "a.html").output)
    assert doc["date"] == "2019-03-12" and "Helen Marsh" in doc["text"]
    assert any(q["speaker"] and q["speaker"]["name"] == "Helen Marsh" for q in doc["quotes"])


# -- entity pages and curation ----------------------------------------------------------

@pytest.fixture()
def examples_copy(examples_db, tmp_path):
    """A private copy of the examples store, for commands that change it."""
    path = tmp_path / "examples.db"
    with open_store(examples_db) as source, open_store(path) as copy:
        source._conn.backup(copy._conn)
    return path


def test_entity_page_json_and_table(run, examples_db):
    page = as_json(run("entity", "Sarah Whitfield", "--db", examples_db, "--json"))
    assert page["by"] == "month" and page["mentions_by_period"]
    months = [p["period"] for p in page["mentions_by_period"]]
    assert months == sorted(months) and all(len(m) == 7 for m in months)
    assert sum(p["mentions"] for p in page["mentions_by_period"]) == page["entity"]["mentions"]
    assert 0 < len(page["co_occurring"]) <= 10
    shared = [c["shared_documents"] for c in page["co_occurring"]]
    assert shared == sorted(shared, reverse=True)
    assert any(r["title"] == "Trade minister" for r in page["roles"])
    days = as_json(run("entity", "show", "Sarah Whitfield", "--by", "day", "--db", examples_db, "--json"))
    assert all(len(p["period"]) == 10 for p in days["mentions_by_period"])
    table = run("entity", "Sarah Whitfield", "--by", "day", "--db", examples_db)
    assert table.exit_code == 0
    assert all(words in table.output for words in ("mentions by day", "seen with", "roles"))


def test_entity_merge_split_curations_and_export(run, examples_copy, tmp_path):
    db = ("--db", examples_copy)
    before = as_json(run("entity", "Hanbit Marine", *db, "--json"))["entity"]
    folded = as_json(run("entity", "show", "Hanbit", *db, "--json"))["entity"]
    merged = as_json(run("entity", "merge", "Hanbit Marine", "Hanbit", *db, "--json"))
    assert merged["entity"]["id"] == before["id"] and merged["curation"]["variant"] == "Hanbit"
    assert merged["entity"]["mentions"] == before["mentions"] + folded["mentions"]
    assert merged["moved"]["mentions"] == folded["mentions"]
    # "Hanbit" also names a GPE and a NORP entity: each merge folds one, until none is left.
    while (found := as_json(run("entity", "Hanbit", *db, "--json"))["entity"])["id"] != before["id"]:
        assert found["id"] != folded["id"] and found["name"] == "Hanbit"
        as_json(run("entity", "merge", "Hanbit Marine", "Hanbit", *db, "--json"))

    doc = as_json(run("search", "Whitfield", *db, "--json"))[0]["doc_id"]
    split = as_json(run("entity", "split", "Ms Whitfield", "--doc", doc[:8], *db, "--json"))
    assert split["entity"]["name"] == f"Sarah Whitfield ({doc[:8]})"
    assert split["entity"]["documents"] == 1 and split["curation"]["doc_id"] == doc

    listed = as_json(run("entity", "curations", *db, "--json"))
    assert [c["action"] for c in listed] == ["merge", "split"]  # one rule per variant
    assert all(c["source"] == "manual" and c["created_at"] for c in listed)
    table = run("entity", "curations", *db)
    assert table.exit_code == 0 and "Hanbit" in table.output and doc[:12] in table.output
    exported = as_json(run("entity", "curations", *db, "--export", tmp_path / "c.yaml", "--json"))
    assert exported["exported"] == 2
    text = (tmp_path / "c.yaml").read_text(encoding="utf-8")
    assert "[Hanbit Marine, Hanbit]" in text and doc in text


def test_entity_curation_errors(run, examples_copy):
    db = ("--db", examples_copy)
    result = run("entity", "merge", "Sarah Whitfield", "Ms Whitfield", *db)
    assert result.exit_code == 1 and "already one entity" in result.output
    result = run("entity", "split", "Sarah Whitfield", "--doc", "nope", *db)
    assert result.exit_code == 1 and "no document" in result.output
    result = run("entity", "merge", "Sarah Whitfield", "Nobody Atall", *db)
    assert result.exit_code == 1 and "no entity named" in result.output
    assert as_json(run("entity", "curations", *db, "--json")) == []


def test_entity_named_like_a_subcommand(run, tmp_path):
    text = "Merge said the two unions would vote in May."
    doc = Document(id="merge-doc", date="2019-04-01", text=text,
                   entities=[Entity("E1", "Merge", "PERSON", [Mention(0, 5, "Merge")])])
    with open_store(tmp_path / "x.db") as store:
        store.add_documents([doc])
    db = ("--db", tmp_path / "x.db")
    assert as_json(run("entity", "show", "merge", *db, "--json"))["entity"]["name"] == "Merge"
    assert as_json(run("entity", "Merge", *db, "--json"))["entity"]["name"] == "Merge"
    assert as_json(run("entity", "--json", "Merge", *db))["entity"]["name"] == "Merge"
    assert run("entity", "merge", "Merge", *db).exit_code == 2  # the subcommand, one name short
    assert "merge" in run("entity", "--help").output


def test_ingest_with_alias_file_flag_and_environment(run, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("merge,Helen Marsh-Byrne,Helen Marsh\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert as_json(run("ingest", tmp_path / "a.txt", "--db", db, "--aliases", aliases, "--json"))["added"] == 1
    page = as_json(run("entity", "Helen Marsh", "--db", db, "--json"))
    assert page["entity"]["name"] == "Helen Marsh-Byrne"
    (tmp_path / "bad.yaml").write_text("merge:\n  - [Helen Marsh]\n", encoding="utf-8")
    monkeypatch.setenv("DATELINE_ALIASES", str(tmp_path / "bad.yaml"))
    result = run("ingest", tmp_path / "a.txt", "--db", db)
    assert result.exit_code == 1 and f"{tmp_path / 'bad.yaml'}:2" in result.output


def test_entity_page_shows_a_seat_of_government_and_its_country(run, tmp_path):
    articles = tmp_path / "seat.jsonl"
    articles.write_text(
        '{"id": "s1", "date": "2019-03-12", "text": "North Korea fired a missile on Monday. '
        'Pyongyang said the launch was a routine drill."}\n', encoding="utf-8")
    db = ("--db", str(tmp_path / "seat.db"))
    run("ingest", str(articles), *db)
    country = as_json(run("entity", "North Korea", *db, "--json"))
    assert [n["name"] for n in country["acted_for_by"]] == ["Pyongyang"]
    assert any(item["kind"] == "quote" for item in country["timeline"])
    page = run("entity", "Pyongyang", *db).output
    assert "acts for the government of" in page and "North Korea" in page
