"""Queries over a Store, shared by the CLI, the Python API and the HTTP API.

Each function checks its arguments (so every front end rejects bad input the same way,
with an InputError and a hint) and hands over to the store.
"""
from __future__ import annotations

import re
from datetime import date

from dateline.errors import InputError
from dateline.store.base import (
    EntityProfile, EntityRow, QuoteRow, SearchHit, Store, TimelineItem,
)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def search(store: Store, query: str, since: str | None = None, until: str | None = None,
           limit: int = 20) -> list[SearchHit]:
    """Documents matching a full-text query, best first.

    Args:
        store: An open store.
        query: Words (all must match), "quoted phrases", `prefix*`.
        since: Earliest document date, YYYY-MM-DD, inclusive.
        until: Latest document date, YYYY-MM-DD, inclusive.
        limit: Maximum number of hits.

    Raises:
        InputError: An argument is invalid.
    """
    _check_range(since, until)
    return store.search(_text(query, "query"), since, until, _limit(limit))


def quotes(store: Store, query: str | None = None, speaker: str | None = None,
           about: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 50) -> list[QuoteRow]:
    """Quotes matching every filter given, newest first.

    Args:
        store: An open store.
        query: Words or phrases the quote must contain.
        speaker: Name or alias of who said it ("Mr Ji" finds quotes printed "he said").
        about: Name of whom the quote mentions.
        since: Earliest document date, YYYY-MM-DD, inclusive.
        until: Latest document date, YYYY-MM-DD, inclusive.
        limit: Maximum number of quotes.

    Raises:
        InputError: An argument is invalid.
    """
    _check_range(since, until)
    return store.quotes(
        query=_optional_text(query, "query"), speaker=_optional_text(speaker, "speaker"),
        about=_optional_text(about, "about"), since=since, until=until, limit=_limit(limit),
    )


def entities(store: Store, type: str | None = None, limit: int = 50) -> list[EntityRow]:
    """Entities, most mentioned first, optionally of one type ("PERSON", "org", ...).

    Raises:
        InputError: An argument is invalid.
    """
    entity_type = _optional_text(type, "type")
    return store.entities(type=entity_type.upper() if entity_type else None, limit=_limit(limit))


def entity_profile(store: Store, name: str) -> EntityProfile:
    """An entity with its quotes (by and about it) and its timeline.

    Raises:
        InputError: The name is empty.
        NotFoundError: No entity has this name or alias.
    """
    return store.entity_profile(_text(name, "name"))


def timeline(store: Store, name_or_query: str, since: str | None = None,
             until: str | None = None, limit: int = 200) -> list[TimelineItem]:
    """Events and quotes in date order, of an entity or matching a text query.

    Raises:
        InputError: An argument is invalid.
    """
    _check_range(since, until)
    return store.timeline(_text(name_or_query, "name or query"), since, until, _limit(limit))


def top_speakers(store: Store, limit: int = 10) -> list[tuple[EntityRow, int]]:
    """Entities with the most attributed quotes, with their quote counts.

    Raises:
        InputError: The limit is not a positive integer.
    """
    return store.top_speakers(_limit(limit))


def check_date(value: str | None, name: str) -> None:
    """Checks that a date argument is None or a real YYYY-MM-DD day.

    Raises:
        InputError: It is not.
    """
    if value is None:
        return
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise InputError(f"{name} must be a date like 2018-02-13, not {value!r}",
                         hint="write dates as YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError as err:
        raise InputError(f"{name} {value!r} is not a calendar day: {err}",
                         hint="write dates as YYYY-MM-DD") from err


def _check_range(since: str | None, until: str | None) -> None:
    check_date(since, "since")
    check_date(until, "until")
    if since and until and since > until:
        raise InputError(f"since ({since}) is after until ({until})",
                         hint="swap the two dates")


def _limit(limit: int) -> int:
    # bool is an int subclass; limit=True is a caller's mistake, not a limit of 1.
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InputError(f"limit must be a positive integer, not {limit!r}",
                         hint="pass a limit of 1 or more")
    return limit


def _text(value: str, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{name} must not be empty", hint=f"give a {name} to look for")
    return value.strip()


def _optional_text(value: str | None, name: str) -> str | None:
    return None if value is None else _text(value, name)
