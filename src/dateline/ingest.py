"""Readers for every input form: dated text files, JSONL, HTML, directories, .gz, stdin.

`read_sources()` turns a list of sources into a stream of `Article` objects. A bad file or
record does not stop the stream: it is *yielded* as an `InputError` (or `DateError`) that
names the file (and line) and says how to fix it, and reading carries on with the rest.

Offsets downstream are into `Article.text`, so text is never normalised: JSONL and plain
text are kept exactly; a dated article file keeps its body (what follows the header) as is,
Windows newlines included. Only a UTF-8 byte-order mark is dropped.
"""
from __future__ import annotations

import datetime
import gzip
import hashlib
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO, Union

from .errors import DateError, InputError
from .model import Article

Result = Union[Article, InputError]

STDIN = "<stdin>"
SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
STDIN_FORMATS = ("text", "jsonl", "html")
BINARY_PROBE = 8192
BOM = "\ufeff"
NO_DATE_HINT = "add a first line ' date YYYY-MM-DD' or pass --date"

# A header on its own first line (" date 2018-02-13"), then the newlines that follow it.
_HEADER_LINE = re.compile(r"[ \t]?date[ \t]+(\S+)[ \t]*(?:(?:\r?\n)+|\Z)")
# A header sharing its line with the first paragraph (" date 2018-02-13 The ...").
_HEADER_INLINE = re.compile(r"[ \t]?date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(?=\S)")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ].+)?")


def content_id(text: str) -> str:
    """The stable id of a text: the sha256 hex digest of its UTF-8 bytes.

    Args:
        text: The article text, exactly as analysed.

    Returns:
        64 lowercase hex characters.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: str, where: str) -> str:
    """Validate a date and return it as ``YYYY-MM-DD``.

    Accepts ``YYYY-MM-DD`` or a full ISO datetime (``2018-02-13T09:30:00Z``), whose date
    part is kept.

    Args:
        value: The date as written in the input.
        where: What to name in the error (a file, ``file:line`` or ``--date``).

    Returns:
        The date in ISO ``YYYY-MM-DD`` form.

    Raises:
        DateError: The value is not a real calendar date in ISO form.
    """
    text = value.strip() if isinstance(value, str) else ""
    match = _ISO_DATE.fullmatch(text)
    try:
        if match is None:
            raise ValueError(text)
        if len(text) > 10:
            datetime.datetime.fromisoformat(text)
        return datetime.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        raise DateError(f"invalid date {value!r}", hint="use YYYY-MM-DD", where=where) from None


def read_sources(
    sources: Iterable[str | Path],
    *,
    date: str | None = None,
    format_in: str | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Result]:
    """Read dated articles from files, directories and stdin, in order.

    Args:
        sources: Paths to files or directories; ``"-"`` reads ``stdin``.
        date: A date (``YYYY-MM-DD``) that overrides every document's own date, and dates
            plain text that has none.
        format_in: How to read stdin: ``"text"`` (default), ``"jsonl"`` or ``"html"``.
        stdin: The text stream behind ``"-"``; ``sys.stdin`` by default.

    Yields:
        One `Article` per document, or an `InputError` per file or record that cannot be
        read. Errors are yielded, not raised, so one bad record never loses the others.
    """
    if date is not None:
        try:
            date = parse_date(date, "--date")
        except DateError as err:
            yield err
            return
    for source in sources:
        if str(source) == "-":
            yield from _read_stdin(stdin, format_in or "text", date)
        else:
            yield from _read_path(Path(source), str(source), date)


# -- paths -------------------------------------------------------------------------------


def _read_path(path: Path, name: str, date: str | None) -> Iterator[Result]:
    """Read one file or, recursively, one directory."""
    if path.is_dir():
        yield from _read_dir(path, name, date)
    elif not path.exists():
        yield InputError("file not found", hint="check the path", where=name)
    else:
        yield from _read_file(path, name, date)


def _read_dir(root: Path, name: str, date: str | None) -> Iterator[Result]:
    """Read every readable file under a directory, sorted, hidden ones skipped."""
    files = sorted(p for p in root.rglob("*") if _wanted(p, root))
    if not files:
        yield InputError(
            "no input files in directory",
            hint="expected .txt, .jsonl, .html or .htm files (optionally .gz)",
            where=name,
        )
    for path in files:
        yield from _read_file(path, os.path.join(name, path.relative_to(root)), date)


def _wanted(path: Path, root: Path) -> bool:
    """Whether a directory entry is an input file (by suffix) and not hidden."""
    parts = path.relative_to(root).parts
    if any(part.startswith(".") for part in parts) or not path.is_file():
        return False
    return _inner_suffix(path) in SUFFIXES


def _inner_suffix(path: Path) -> str:
    """The suffix that decides the form: ``a.jsonl.gz`` -> ``.jsonl``."""
    if path.suffix.lower() == ".gz":
        return Path(path.stem).suffix.lower()
    return path.suffix.lower()


def _read_file(path: Path, name: str, date: str | None) -> Iterator[Result]:
    """Read one file of any form, by its (inner) suffix."""
    try:
        data = _load_bytes(path, name)
    except InputError as err:
        yield err
        return
    suffix = _inner_suffix(path)
    if suffix == ".jsonl":
        yield from _read_jsonl(data, name, date)
    elif suffix in (".html", ".htm"):
        yield _guard(_read_html, data, name, date)
    else:
        yield _guard(_read_text, data, name, date)


def _load_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, decompressed if ``.gz``, refused if binary."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}",
                         hint="check the path and its permissions", where=name) from None
    if path.suffix.lower() == ".gz":
        data = _gunzip(data, name)
    if b"\0" in data[:BINARY_PROBE]:
        raise InputError("binary content (NUL bytes)",
                         hint="pass a text, JSONL or HTML file", where=name)
    return data


def _gunzip(data: bytes, name: str) -> bytes:
    """Decompress gzip data or raise an `InputError` naming the file."""
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"not a valid gzip file: {err}",
                         hint="recompress it with gzip, or drop the .gz suffix",
                         where=name) from None


def _guard(reader: Callable[..., Article], *args: Any) -> Result:
    """Call a reader of one document, turning an `InputError` into a yielded value."""
    try:
        return reader(*args)
    except InputError as err:
        return err


def _decode(data: bytes, where: str, offset: int = 0) -> str:
    """Decode UTF-8 strictly, dropping a BOM; the error says which byte is bad."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"invalid UTF-8 at byte {offset + err.start}",
                         hint="re-encode as UTF-8", where=where) from None
    return text[1:] if text.startswith(BOM) else text


# -- forms -------------------------------------------------------------------------------


def _read_text(data: bytes, name: str, date: str | None) -> Article:
    """A dated article file (header, then body), or plain text dated by ``date``.

    A header line is dropped with the newlines after it; text without a header is kept
    whole. ``date`` overrides the header's date.
    """
    text = _decode(data, name)
    match = _HEADER_LINE.match(text) or _HEADER_INLINE.match(text)
    if match:
        body = text[match.end():]
        found = date or parse_date(match.group(1), name)
    elif date:
        body, found = text, date
    else:
        raise DateError("no date", hint=NO_DATE_HINT, where=name)
    return Article(text=_nonempty(body, name), date=found, source=name)


def _nonempty(text: str, where: str) -> str:
    """Return the text unchanged, or raise if it is empty or only whitespace."""
    if not text.strip():
        raise InputError("empty content", where=where,
                         hint="put the article text in the file (after any date header)")
    return text


def _read_html(data: bytes, name: str, date: str | None) -> Article:
    """Extract an article's text, title and date from HTML with trafilatura (offline).

    The bytes go to trafilatura as they are, so a page's declared charset is honoured.
    """
    import trafilatura  # imported here: slow to import, and needed for HTML only

    doc = trafilatura.bare_extraction(data, with_metadata=True)
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        raise InputError("no article text found in HTML",
                         hint="check that the page has an article body", where=name)
    found = date or (doc.date and parse_date(doc.date, name))
    if not found:
        raise DateError("no date found in HTML", hint="pass --date YYYY-MM-DD", where=name)
    return Article(text=text, date=found, title=doc.title or None,
                   url=doc.url or None, source=name)


def _read_jsonl(data: bytes, name: str, date: str | None) -> Iterator[Result]:
    """One `Article` (or error) per non-blank line of a JSON Lines file."""
    offset = 0
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        where = f"{name}:{lineno}"
        if raw.strip():
            yield _guard(_jsonl_record, raw, where, date, offset)
        offset += len(raw) + 1


def _jsonl_record(raw: bytes, where: str, date: str | None, offset: int = 0) -> Article:
    """Parse one JSONL line into an `Article`."""
    line = _decode(raw, where, offset)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"malformed JSON: {err.msg} at column {err.colno}",
                         hint="write one complete JSON object per line", where=where) from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}",
                         hint='write {"text": ..., "date": ...} on each line', where=where)
    return _record_article(record, where, date)


def _record_article(record: dict[str, Any], where: str, date: str | None) -> Article:
    """Check a JSONL record's fields and build its `Article`."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing or empty \"text\"",
                         hint='give each record a non-empty "text" string', where=where)
    found = date or _record_date(record.get("date"), where)
    return Article(text=text, date=found, id=_opt_str(record.get("id")),
                   title=_opt_str(record.get("title")), url=_opt_str(record.get("url")),
                   source=_opt_str(record.get("source")) or where)


def _record_date(value: Any, where: str) -> str:
    """A JSONL record's own date, validated."""
    if value is None or value == "":
        raise DateError('no "date"', hint='add "date": "YYYY-MM-DD" or pass --date',
                        where=where)
    return parse_date(value, where)


def _opt_str(value: Any) -> str | None:
    """``str(value)``, or None for a missing value."""
    return None if value is None else str(value)


# -- stdin -------------------------------------------------------------------------------


def _read_stdin(stream: TextIO | None, format_in: str, date: str | None) -> Iterator[Result]:
    """Read stdin as one dated article, as JSON Lines, or as one HTML page."""
    if format_in not in STDIN_FORMATS:
        yield InputError(f"unknown input format {format_in!r}",
                         hint="use one of: " + ", ".join(STDIN_FORMATS), where=STDIN)
        return
    try:
        data = _stdin_bytes(stream)
    except InputError as err:
        yield err
        return
    if format_in == "jsonl":
        yield from _read_jsonl(data, STDIN, date)
    elif format_in == "html":
        yield _guard(_read_html, data, STDIN, date)
    else:
        yield _guard(_read_text, data, STDIN, date)


def _stdin_bytes(stream: TextIO | None) -> bytes:
    """All of stdin as bytes, refused if binary; UTF-8 is checked when decoding.

    The real stdin is read as bytes (its ``buffer``), so Windows newlines survive.
    """
    try:
        data = _stream_bytes(stream)
    except (UnicodeError, OSError) as err:
        raise InputError(f"cannot read stdin: {err}", hint="re-encode as UTF-8",
                         where=STDIN) from None
    if b"\0" in data[:BINARY_PROBE]:
        raise InputError("binary content (NUL bytes)",
                         hint="pipe in text, JSONL or HTML", where=STDIN)
    return data


def _stream_bytes(stream: TextIO | None) -> bytes:
    """The bytes of ``stream``, or of ``sys.stdin`` when it is None."""
    if stream is None:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is not None:
            return buffer.read()
        stream = sys.stdin
    return stream.read().encode("utf-8", "surrogateescape")
