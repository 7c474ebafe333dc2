"""Turning what a user types into a safe FTS5 query.

FTS5 has its own syntax (AND/OR/NOT, NEAR, column filters, quotes, parentheses), and a stray
quote or a bare `AND` is a syntax error. Users get a simpler language that cannot fail:
words (all must match), "quoted phrases", and a trailing `*` for a prefix.
"""
from __future__ import annotations

import re

from dateline.errors import StoreError

# A balanced "phrase", or a run of non-space characters (which may hold a stray quote).
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD_CHAR = re.compile(r"\w")


def fts_query(text: str) -> str:
    """Returns an FTS5 MATCH expression for user input.

    Args:
        text: Free text such as `human rights "State of the Union" defect*`.

    Returns:
        Every term as a quoted FTS5 string, joined by spaces (implicit AND).

    Raises:
        StoreError: The input has no word to search for.
    """
    terms = [t for t in (_term(p, w) for p, w in _TERM.findall(text or "")) if t]
    if not terms:
        raise StoreError(
            f"the search query {text!r} has no words to search for",
            hint='type words or a "quoted phrase", optionally ending a word with *',
        )
    return " ".join(terms)


def fts_phrase(text: str) -> str:
    """Returns an FTS5 expression matching `text` as one phrase (a name, say).

    Raises:
        StoreError: The text has no word to search for.
    """
    term = _term(text.replace('"', " "), "")
    if not term:
        raise StoreError(
            f"the name {text!r} has no words to search for", hint="give a name with letters"
        )
    return term


def _term(phrase: str, word: str) -> str:
    """Quotes one phrase or word for FTS5; empty when it holds nothing searchable."""
    raw = phrase or word.replace('"', "")
    prefix = bool(word) and raw.endswith("*")
    raw = raw.rstrip("*") if prefix else raw
    if not _WORD_CHAR.search(raw):
        return ""
    # Inside an FTS5 string a double quote is written twice; operators lose their meaning.
    quoted = '"' + raw.replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted
