"""Tests for dateline.ingest: every input form, the date override, and every input error."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from dateline.errors import DateError, InputError
from dateline.ingest import content_id, parse_date, read_sources
from dateline.model import Article

BODY = (
    "The ferry to Inishmore ran late on Monday, the harbour master said.\n\n"
    "\"We waited for the fog to lift,\" she told reporters at the pier.\n"
)
OTHER = "A bakery in Galway sold out of rye bread before nine o'clock.\n"
HTML = """<html><head><title>Lighthouse keeper retires</title>
<meta property="article:published_time" content="2019-05-21T08:30:00Z"></head>
<body><article><h1>Lighthouse keeper retires</h1>
<p>After forty years on the rock, the last keeper of the Fastnet light packed his bags,
and the coast guard thanked him for four decades of careful service to sailors.</p>
<p>He said he would miss the storms more than the calm days, and planned to take up sailing.</p>
</article></body></html>"""
LATIN1_E = b"\xe9"  # "é" in Latin-1: not valid UTF-8 on its own


def write(path: Path, content: str | bytes) -> Path:
    """Write text (as UTF-8, newlines untouched) or bytes to a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def read(*sources, **kwargs) -> list:
    return list(read_sources([str(s) if isinstance(s, Path) else s for s in sources], **kwargs))


def dated(date: str, body: str = BODY, header: str = " date {}\n") -> str:
    return header.format(date) + body


def only_articles(results: list) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def only_errors(results: list) -> list[InputError]:
    return [r for r in results if isinstance(r, InputError)]


# -- content_id / parse_date --------------------------------------------------------------


def test_content_id_is_stable_sha256():
    assert content_id("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert content_id(BODY) == content_id(str(BODY))
    assert content_id(BODY) != content_id(BODY + " ")
    assert len(content_id("é")) == 64


@pytest.mark.parametrize("value, expected", [
    ("2018-02-13", "2018-02-13"),
    (" 2018-02-13 ", "2018-02-13"),
    ("2018-02-13T09:30:00", "2018-02-13"),
    ("2018-02-13T09:30:00Z", "2018-02-13"),
    ("2018-02-13T09:30:00+05:30", "2018-02-13"),
    ("2018-02-13 09:30", "2018-02-13"),
])
def test_parse_date_accepts_iso(value, expected):
    assert parse_date(value, "x") == expected


@pytest.mark.parametrize("value", [
    "2018-02-30", "yesterday", "13/02/2018", "20180213", "2018-2-13", "",
    "2018-02-13T25:00", "2018-02-13Tnoon", None, 20180213,
])
def test_parse_date_rejects_others(value):
    with pytest.raises(DateError) as info:
        parse_date(value, "file.txt")
    assert info.value.where == "file.txt"
    assert info.value.hint == "use YYYY-MM-DD"


# -- dated text files ---------------------------------------------------------------------


def test_dated_file_header_and_body(tmp_path):
    path = write(tmp_path / "a.txt", dated("2018-02-13", header=" date {}\n\n"))
    [article] = read(path)
    assert article == Article(text=BODY, date="2018-02-13", source=str(path))
    assert article.id is None


def test_header_without_leading_space(tmp_path):
    path = write(tmp_path / "a.txt", dated("2018-02-13", header="date {}\n"))
    [article] = read(path)
    assert (article.date, article.text) == ("2018-02-13", BODY)


def test_header_sharing_its_line_with_the_body(tmp_path):
    path = write(tmp_path / "a.txt", " date 2018-02-13 " + BODY)
    [article] = read(path)
    assert (article.date, article.text) == ("2018-02-13", BODY)


def test_header_with_datetime(tmp_path):
    path = write(tmp_path / "a.txt", dated("2018-02-13T10:00:00Z"))
    assert read(path)[0].date == "2018-02-13"


def test_crlf_header_is_detected_and_body_kept_as_is(tmp_path):
    body = BODY.replace("\n", "\r\n")
    path = write(tmp_path / "a.txt", " date 2018-02-13\r\n\r\n" + body)
    [article] = read(path)
    assert article.date == "2018-02-13"
    assert article.text == body
    assert "\r\n" in article.text


def test_bom_is_stripped(tmp_path):
    path = write(tmp_path / "a.txt", "\ufeff" + dated("2018-02-13"))
    [article] = read(path)
    assert (article.date, article.text) == ("2018-02-13", BODY)


def test_header_in_file_with_other_suffix(tmp_path):
    path = write(tmp_path / "story.md", dated("2020-01-02"))
    assert read(path)[0].date == "2020-01-02"


def test_date_argument_overrides_header(tmp_path):
    path = write(tmp_path / "a.txt", dated("2018-02-13"))
    [article] = read(path, date="2001-09-10")
    assert (article.date, article.text) == ("2001-09-10", BODY)


def test_plain_text_with_date_is_kept_whole(tmp_path):
    text = "\n  " + OTHER.replace("\n", "\r\n")
    path = write(tmp_path / "plain.txt", text)
    [article] = read(path, date="2017-07-07T12:00:00")
    assert (article.date, article.text) == ("2017-07-07", text)


def test_no_header_and_no_date_is_a_date_error(tmp_path):
    bad = write(tmp_path / "plain.txt", OTHER)
    good = write(tmp_path / "good.txt", dated("2018-02-13"))
    error, article = read(bad, good)
    assert isinstance(error, DateError)
    assert error.message == "no date"
    assert error.where == str(bad)
    assert error.hint == "add a first line ' date YYYY-MM-DD' or pass --date"
    assert article.text == BODY


@pytest.mark.parametrize("value", ["2018-02-30", "yesterday"])
def test_invalid_header_date(tmp_path, value):
    bad = write(tmp_path / "bad.txt", dated(value))
    good = write(tmp_path / "good.txt", dated("2018-02-13"))
    error, article = read(bad, good)
    assert isinstance(error, DateError)
    assert value in error.message and error.where == str(bad) and error.hint
    assert isinstance(article, Article)


def test_invalid_date_argument_is_yielded_once():
    [error] = read("does-not-matter.txt", date="tomorrow")
    assert isinstance(error, DateError)
    assert error.where == "--date"


@pytest.mark.parametrize("content", ["", " date 2018-02-13\n", " date 2018-02-13\n\n \t\n", "  \n"])
def test_empty_content(tmp_path, content):
    bad = write(tmp_path / "empty.txt", content)
    good = write(tmp_path / "good.txt", dated("2018-02-13"))
    error, article = read(bad, good, date="2018-02-13")
    assert isinstance(error, InputError) and not isinstance(error, DateError)
    assert "empty" in error.message and error.where == str(bad) and error.hint
    assert article.text == BODY


def test_file_not_found(tmp_path):
    good = write(tmp_path / "good.txt", dated("2018-02-13"))
    missing = tmp_path / "missing.txt"
    error, article = read(missing, good)
    assert isinstance(error, InputError)
    assert error.message == "file not found" and error.where == str(missing) and error.hint
    assert isinstance(article, Article)


def test_binary_content(tmp_path):
    bad = write(tmp_path / "image.txt", b" date 2018-02-13\n\x89PNG\x00\x00\x01")
    good = write(tmp_path / "good.txt", dated("2018-02-13"))
    error, article = read(bad, good)
    assert isinstance(error, InputError)
    assert "binary" in error.message and error.where == str(bad) and error.hint
    assert isinstance(article, Article)


def test_invalid_utf8_names_the_byte(tmp_path):
    data = dated("2018-02-13").encode("utf-8") + b"caf\xe9\n"
    bad = write(tmp_path / "latin1.txt", data)
    good = write(tmp_path / "good.txt", dated("2018-02-13"))
    error, article = read(bad, good)
    assert isinstance(error, InputError)
    assert f"byte {data.index(LATIN1_E)}" in error.message
    assert error.hint == "re-encode as UTF-8" and error.where == str(bad)
    assert isinstance(article, Article)


# -- JSONL --------------------------------------------------------------------------------


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_jsonl_records(tmp_path):
    text = "  Odd  spacing,\r\n“curly quotes” and a tab\there.  "
    path = write(tmp_path / "a.jsonl", jsonl(
        {"text": text, "date": "2018-02-13", "id": 7, "title": "T", "url": "http://x.test/a"},
        {"text": OTHER, "date": "2018-02-14T06:00:00Z", "source": "Wire"},
    ))
    first, second = read(path)
    assert first == Article(text=text, date="2018-02-13", id="7", title="T",
                            url="http://x.test/a", source=f"{path}:1")
    assert second == Article(text=OTHER, date="2018-02-14", source="Wire")


def test_jsonl_skips_blank_lines_and_counts_them(tmp_path):
    path = write(tmp_path / "a.jsonl", "\n" + jsonl({"text": OTHER, "date": "2018-02-13"})
                 + "   \n\n" + jsonl({"text": BODY, "date": "2018-02-13"}))
    first, second = read(path)
    assert (first.source, second.source) == (f"{path}:2", f"{path}:5")


def test_jsonl_crlf_and_bom(tmp_path):
    content = "\ufeff" + json.dumps({"text": OTHER, "date": "2018-02-13"}) + "\r\n"
    path = write(tmp_path / "a.jsonl", content + content)
    assert [a.text for a in read(path)] == [OTHER, OTHER]


@pytest.mark.parametrize("line, word", [
    ('{"text": "no closing brace", "date": "2018-02-13"', "malformed JSON"),
    ('["a", "list"]', "JSON object"),
    ('"just a string"', "JSON object"),
    ('{"date": "2018-02-13"}', "text"),
    ('{"text": "", "date": "2018-02-13"}', "text"),
    ('{"text": "   \\n ", "date": "2018-02-13"}', "text"),
    ('{"text": 12, "date": "2018-02-13"}', "text"),
    ('{"text": "Some words."}', "date"),
    ('{"text": "Some words.", "date": "2018-02-30"}', "date"),
    ('{"text": "Some words.", "date": "yesterday"}', "date"),
    ('{"text": "Some words.", "date": 20180213}', "date"),
])
def test_jsonl_bad_line_is_yielded_and_others_kept(tmp_path, line, word):
    path = write(tmp_path / "a.jsonl", jsonl({"text": OTHER, "date": "2018-02-13"}, line,
                                             {"text": BODY, "date": "2018-02-13"}))
    first, error, third = read(path)
    assert isinstance(error, InputError)
    assert error.where == f"{path}:2"
    assert word in error.message and error.hint
    assert (first.text, third.text) == (OTHER, BODY)
    assert third.source == f"{path}:3"


def test_jsonl_date_errors_are_date_errors(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl({"text": OTHER}, {"text": OTHER, "date": "soon"}))
    assert all(isinstance(e, DateError) for e in read(path))


def test_jsonl_date_argument_fills_and_overrides(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl(
        {"text": OTHER}, {"text": OTHER, "date": "bad"}, {"text": OTHER, "date": "2018-02-13"}))
    assert [a.date for a in read(path, date="2000-01-01")] == ["2000-01-01"] * 3


def test_jsonl_invalid_utf8_line_names_line_and_byte(tmp_path):
    good = jsonl({"text": OTHER, "date": "2018-02-13"}).encode()
    bad = b'{"text": "caf\xe9", "date": "2018-02-13"}\n'
    path = write(tmp_path / "a.jsonl", good + bad + good)
    first, error, third = read(path)
    assert error.where == f"{path}:2"
    assert f"byte {len(good) + bad.index(LATIN1_E)}" in error.message
    assert error.hint == "re-encode as UTF-8"
    assert isinstance(first, Article) and isinstance(third, Article)


# -- HTML ---------------------------------------------------------------------------------


def test_html_text_title_and_date(tmp_path):
    path = write(tmp_path / "page.html", HTML)
    [article] = read(path)
    assert article.date == "2019-05-21"
    assert article.title == "Lighthouse keeper retires"
    assert "last keeper of the Fastnet light" in article.text
    assert "<p>" not in article.text
    assert article.source == str(path)


def test_html_date_argument_overrides(tmp_path):
    path = write(tmp_path / "page.htm", HTML)
    assert read(path, date="2019-06-01")[0].date == "2019-06-01"


def test_html_without_date(tmp_path):
    undated = HTML.replace('content="2019-05-21T08:30:00Z"', 'content=""')
    bad = write(tmp_path / "undated.html", undated)
    good = write(tmp_path / "dated.html", HTML)
    error, article = read(bad, good)
    assert isinstance(error, DateError)
    assert error.where == str(bad) and "--date" in error.hint
    assert article.date == "2019-05-21"
    assert read(bad, date="2019-05-22")[0].date == "2019-05-22"


def test_html_without_text(tmp_path):
    bad = write(tmp_path / "blank.html", "<html><head><title>x</title></head><body></body></html>")
    good = write(tmp_path / "dated.html", HTML)
    error, article = read(bad, good, date="2019-05-22")
    assert isinstance(error, InputError)
    assert error.where == str(bad) and error.hint
    assert isinstance(article, Article)


# -- .gz ----------------------------------------------------------------------------------


def test_gz_for_each_inner_form(tmp_path):
    txt = write(tmp_path / "a.txt.gz", gzip.compress(dated("2018-02-13").encode()))
    lines = write(tmp_path / "b.jsonl.gz", gzip.compress(jsonl(
        {"text": OTHER, "date": "2018-02-14"}, {"text": BODY, "date": "2018-02-15"}).encode()))
    page = write(tmp_path / "c.html.gz", gzip.compress(HTML.encode()))
    results = read(txt, lines, page)
    assert [a.date for a in results] == ["2018-02-13", "2018-02-14", "2018-02-15", "2019-05-21"]
    assert results[0].text == BODY
    assert results[2].source == f"{lines}:2"
    assert results[3].title == "Lighthouse keeper retires"


def test_bad_gz(tmp_path):
    bad = write(tmp_path / "broken.txt.gz", b"this is not gzip")
    good = write(tmp_path / "good.txt", dated("2018-02-13"))
    error, article = read(bad, good)
    assert isinstance(error, InputError)
    assert "gzip" in error.message and error.where == str(bad) and error.hint
    assert isinstance(article, Article)


def test_gz_binary_inside(tmp_path):
    bad = write(tmp_path / "blob.txt.gz", gzip.compress(b"\x00\x01\x02" * 10))
    [error] = read(bad)
    assert "binary" in error.message


# -- directories --------------------------------------------------------------------------


def test_directory_is_recursive_sorted_and_skips_others(tmp_path):
    root = tmp_path / "news"
    write(root / "b.txt", dated("2018-02-02"))
    write(root / "a.txt", dated("2018-02-01"))
    write(root / "sub" / "c.jsonl", jsonl({"text": OTHER, "date": "2018-02-03"}))
    write(root / "sub" / "deeper" / "d.html.gz", gzip.compress(HTML.encode()))
    write(root / "sub" / "e.txt.gz", gzip.compress(dated("2018-02-05").encode()))
    write(root / "f.htm", HTML.replace("2019-05-21", "2019-05-22"))
    write(root / ".hidden.txt", dated("1999-01-01"))
    write(root / ".git" / "x.txt", dated("1999-01-01"))
    write(root / "notes.md", dated("1999-01-01"))
    write(root / "data.csv", "a,b\n")
    write(root / "archive.zip.gz", gzip.compress(b"zzz"))
    results = read(root)
    assert all(isinstance(r, Article) for r in results)
    assert [r.source for r in results] == [
        f"{root}/a.txt", f"{root}/b.txt", f"{root}/f.htm", f"{root}/sub/c.jsonl:1",
        f"{root}/sub/deeper/d.html.gz", f"{root}/sub/e.txt.gz",
    ]
    assert [r.date for r in results] == [
        "2018-02-01", "2018-02-02", "2019-05-22", "2018-02-03", "2019-05-21", "2018-02-05"]


def test_directory_errors_do_not_stop_it(tmp_path):
    root = tmp_path / "news"
    write(root / "a.txt", OTHER)
    write(root / "b.txt", dated("2018-02-02"))
    error, article = read(root)
    assert isinstance(error, DateError) and error.where == f"{root}/a.txt"
    assert article.date == "2018-02-02"


def test_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    [error] = read(tmp_path / "empty")
    assert isinstance(error, InputError) and error.where == str(tmp_path / "empty")


# -- stdin --------------------------------------------------------------------------------


def test_stdin_dated_text():
    [article] = read("-", stdin=io.StringIO(dated("2018-02-13")))
    assert article == Article(text=BODY, date="2018-02-13", source="<stdin>")


def test_stdin_plain_text_with_date():
    [article] = read("-", stdin=io.StringIO(OTHER), date="2018-03-01", format_in="text")
    assert (article.text, article.date) == (OTHER, "2018-03-01")


def test_stdin_without_date():
    [error] = read("-", stdin=io.StringIO(OTHER))
    assert isinstance(error, DateError) and error.where == "<stdin>"


def test_stdin_jsonl():
    stream = io.StringIO(jsonl({"text": OTHER, "date": "2018-02-13", "id": "x1"}, "{oops",
                               {"text": BODY, "date": "2018-02-14"}))
    first, error, third = read("-", stdin=stream, format_in="jsonl")
    assert first.id == "x1" and first.source == "<stdin>:1"
    assert isinstance(error, InputError) and error.where == "<stdin>:2"
    assert third.text == BODY


def test_stdin_unknown_format():
    [error] = read("-", stdin=io.StringIO(OTHER), format_in="xml")
    assert isinstance(error, InputError) and "xml" in error.message


def test_stdin_between_files_keeps_order(tmp_path):
    a = write(tmp_path / "a.txt", dated("2018-01-01"))
    b = write(tmp_path / "b.txt", dated("2018-01-03"))
    results = read(a, "-", b, stdin=io.StringIO(dated("2018-01-02")))
    assert [r.date for r in results] == ["2018-01-01", "2018-01-02", "2018-01-03"]


def test_accepts_path_objects(tmp_path):
    path = write(tmp_path / "a.txt", dated("2018-02-13"))
    [article] = list(read_sources([path]))
    assert article.source == str(path)


def test_real_stdin_is_read_as_bytes_keeping_crlf(monkeypatch):
    raw = b" date 2018-02-13\r\n\r\nFirst line.\r\nSecond line.\r\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    [article] = read("-")
    assert article.text == "First line.\r\nSecond line.\r\n"


def test_real_stdin_invalid_utf8(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9 au lait"),
                                                      encoding="utf-8"))
    [error] = read("-", date="2018-02-13")
    assert "byte 3" in error.message and error.where == "<stdin>"
