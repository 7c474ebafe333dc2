"""Tests for dateline.pipeline: Analyzer output against the document JSON contract, and
ingest() into a real SQLite store. Every text here is written for these tests."""
from __future__ import annotations

import hashlib
import json

import pytest

from dateline.errors import DateError, InputError
from dateline.model import Article, Document
from dateline.store import open_store

DATE = "2019-03-12"
TEXT = (
    "President Helen Marsh invited Park Ji-hoon to Seoul last month.\n\n"
    "Dockers unload containers at the port (Reuters/Choi Jae-won)\n\n"
    "\"The terminal will open in May,\" Ms Marsh said.\n"
)
OTHER = "The Harbour Authority said in a statement that fares would not rise.\n"
THIRD = "Choi Min-seo met Helen Marsh in Seoul on Friday.\n"


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "x.db")
    yield s
    s.close()


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- Analyzer
def test_analyze_returns_document(analyzer):
    doc = analyzer.analyze(TEXT, date=DATE)
    assert isinstance(doc, Document)
    assert doc.text == TEXT
    assert doc.date == DATE


def test_id_is_sha256_of_text_by_default(analyzer):
    doc = analyzer.analyze(TEXT, date=DATE)
    assert doc.id == sha(TEXT)
    assert len(doc.id) == 64


def test_given_id_and_meta_are_kept(analyzer):
    doc = analyzer.analyze(TEXT, date=DATE, id="wire-42", title="Ferry terminal", url="https://example.org/a")
    assert doc.id == "wire-42"
    assert doc.title == "Ferry terminal"
    out = doc.to_dict()
    assert out["id"] == "wire-42"
    assert out["title"] == "Ferry terminal"
    assert out["url"] == "https://example.org/a"


def test_to_dict_has_contract_keys(analyzer):
    out = analyzer.analyze(TEXT, date=DATE).to_dict()
    assert {"id", "date", "text", "captions", "entities", "quotes", "timexes", "events"} <= set(out)
    assert "title" not in out and "url" not in out and "source" not in out
    json.dumps(out)  # plain JSON data

    assert out["captions"] and set(out["captions"][0]) >= {"start", "end", "text", "credit"}
    assert out["entities"]
    for ent in out["entities"]:
        assert set(ent) >= {"id", "name", "type", "mentions"}
        for m in ent["mentions"]:
            assert set(m) == {"start", "end", "text"}
            assert out["text"][m["start"]:m["end"]] == m["text"]
    assert out["quotes"]
    for q in out["quotes"]:
        assert set(q) >= {"start", "end", "text", "kind", "cue", "speaker"}
        assert out["text"][q["start"]:q["end"]] == q["text"]
        if q["speaker"] is not None:
            assert set(q["speaker"]) == {"entity", "name", "start", "end", "text"}
        if q["cue"] is not None:
            assert set(q["cue"]) == {"start", "end", "text"}
        if "pieces" in q:
            assert all(len(p) == 2 for p in q["pieces"])
    assert out["timexes"]
    for t in out["timexes"]:
        assert set(t) >= {"start", "end", "text", "type", "value"}
        assert out["text"][t["start"]:t["end"]] == t["text"]
    assert out["events"]
    for ev in out["events"]:
        assert set(ev) >= {"start", "end", "text", "type", "actor", "target", "date", "sentence"}
        assert set(ev["sentence"]) == {"start", "end"}
        assert out["text"][ev["start"]:ev["end"]] == ev["text"]


def test_split_quote_dict_has_pieces_and_single_quote_has_none(analyzer):
    text = ("Helen Marsh visited the terminal on Monday.\n\n"
            "\"The terminal will open in May,\" Ms Marsh said, \"and the ferries will run.\"\n\n"
            "\"Nobody will wait long,\" she said.")
    out = analyzer.analyze(text, date=DATE).to_dict()
    with_pieces = [q for q in out["quotes"] if "pieces" in q]
    assert len(with_pieces) == 1 and len(with_pieces[0]["pieces"]) == 2
    assert any("Nobody will wait long" in q["text"] and "pieces" not in q for q in out["quotes"])


def test_to_dict_round_trips(analyzer):
    doc = analyzer.analyze(TEXT, date=DATE)
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again == doc


def test_relative_dates_use_article_date(analyzer):
    doc = analyzer.analyze(TEXT, date="2018-02-13")
    assert any(t.text == "last month" and t.value == "2018-01" for t in doc.timexes)
    invite = [ev for ev in doc.events if ev.type == "invite"]
    assert invite and invite[0].date == "2018-01"


@pytest.mark.parametrize("bad", ["", "2019-13-01", "12/03/2019", "yesterday"])
def test_analyze_bad_date_raises(analyzer, bad):
    with pytest.raises(DateError):
        analyzer.analyze(TEXT, date=bad)


def test_analyze_articles_streams_in_order(analyzer):
    arts = [Article(text=t, date=DATE) for t in (TEXT, OTHER, THIRD)]
    docs = list(analyzer.analyze_articles(arts, batch_size=2))
    assert [d.text for d in docs] == [TEXT, OTHER, THIRD]
    assert [d.id for d in docs] == [sha(TEXT), sha(OTHER), sha(THIRD)]


# ---------------------------------------------------------------- ingest
def test_ingest_adds_then_skips_duplicates(analyzer, store):
    from dateline.pipeline import IngestReport, ingest
    items = [Article(text=TEXT, date=DATE), Article(text=OTHER, date=DATE)]
    report = ingest(store, items, analyzer)
    assert isinstance(report, IngestReport)
    assert (report.read, report.added, report.skipped, report.errors) == (2, 2, 0, [])
    assert store.has_document(sha(TEXT)) and store.has_document(sha(OTHER))
    stored = store.get_document(sha(TEXT))
    assert stored.text == TEXT and stored.date == DATE

    again = ingest(store, [Article(text=TEXT, date=DATE), Article(text=OTHER, date=DATE),
                           Article(text=THIRD, date=DATE)], analyzer)
    assert (again.read, again.added, again.skipped) == (3, 1, 2)
    assert again.errors == []
    assert store.has_document(sha(THIRD))


def test_ingest_skips_duplicate_within_one_run(analyzer, store):
    from dateline.pipeline import ingest
    seen = []
    report = ingest(store, [Article(text=TEXT, date=DATE), Article(text=TEXT, date=DATE)],
                    analyzer, on_document=seen.append)
    assert (report.read, report.added, report.skipped) == (2, 1, 1)
    assert [d.id for d in seen] == [sha(TEXT)]


def test_ingest_collects_input_errors_and_stores_the_rest(analyzer, store):
    from dateline.pipeline import ingest
    bad = InputError("not valid JSON", where="feed.jsonl:2", hint="fix the line")
    items = [Article(text=TEXT, date=DATE), bad, Article(text=OTHER, date=DATE)]
    report = ingest(store, items, analyzer, write_batch=1)
    assert report.errors == [bad]
    assert report.added == 2
    assert store.has_document(sha(TEXT)) and store.has_document(sha(OTHER))
    out = report.to_dict()
    assert out["errors"] == [{"where": "feed.jsonl:2", "message": "not valid JSON", "hint": "fix the line"}]
    json.dumps(out)


def test_ingest_bad_date_goes_to_errors(analyzer, store):
    from dateline.pipeline import ingest
    items = [Article(text=OTHER, date="2019-02-30", source="feed.jsonl:1"),
             Article(text=THIRD, date="", source="feed.jsonl:2"),
             Article(text=TEXT, date=DATE, id="kept")]
    report = ingest(store, items, analyzer)
    assert len(report.errors) == 2
    assert all(isinstance(e, DateError) for e in report.errors)
    assert [e.where for e in report.errors] == ["feed.jsonl:1", "feed.jsonl:2"]
    assert report.added == 1
    assert store.has_document("kept")
    assert not store.has_document(sha(OTHER)) and not store.has_document(sha(THIRD))


def test_ingest_keeps_given_ids(analyzer, store):
    from dateline.pipeline import ingest
    report = ingest(store, [Article(text=OTHER, date=DATE, id="wire-7")], analyzer)
    assert report.added == 1
    assert store.has_document("wire-7")
    assert store.get_document("wire-7").id == "wire-7"
    again = ingest(store, [Article(text=OTHER, date=DATE, id="wire-7")], analyzer)
    assert (again.added, again.skipped) == (0, 1)


def test_a_document_the_pipeline_fails_on_is_reported_and_the_rest_stored(tmp_path, monkeypatch):
    """Fault injection: the quotes extractor raises on one text; its neighbours survive."""
    from dateline.errors import AnalysisError
    from dateline.model import Article
    from dateline.nlp import quotes as quotes_module
    from dateline.pipeline import Analyzer, ingest
    from dateline.store import open_store

    real = quotes_module.extract_quotes

    def flaky(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("injected failure")
        return real(doc)

    monkeypatch.setattr(quotes_module, "extract_quotes", flaky)
    analyzer = Analyzer()
    articles = [Article(text=t, date="2019-03-12", source=f"feed.jsonl:{n}")
                for n, t in enumerate(["Ms Marsh said the quay was safe.", "BOOM said Mr Choi.",
                                       "Mr Choi said the talks would resume."], 1)]
    with open_store(tmp_path / "x.db") as store:
        report = ingest(store, articles, analyzer)
        assert report.added == 2 and store.stats().documents == 2
    assert len(report.errors) == 1
    error = report.errors[0]
    assert isinstance(error, AnalysisError) and error.where == "feed.jsonl:2"
    assert "injected failure" in error.message and error.hint
    with pytest.raises(AnalysisError):
        analyzer.analyze("BOOM, again.", date="2019-03-12")


@pytest.mark.slow
def test_two_processes_give_the_same_documents(analyzer):
    """nlp.pipe(n_process=2) ships Docs through msgpack: dates and dataclasses survive."""
    from conftest import EXAMPLES
    from dateline.ingest import read_sources

    articles = [a for a in read_sources([EXAMPLES]) if not isinstance(a, Exception)][:6]
    single = [d.to_dict() for d in analyzer.analyze_articles(articles)]
    double = [d.to_dict() for d in analyzer.analyze_articles(articles, batch_size=2, n_process=2)]
    assert double == single and any(d["quotes"] for d in double)
