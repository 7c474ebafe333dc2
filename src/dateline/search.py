"""Queries over a Store, shared by the CLI, the Python API and the HTTP API.

Each function checks its arguments (so every front end rejects bad input the same way,
with an InputError and a hint) and hands over to the store.
"""
from __future__ import annotations

import re
from datetime import date

from dateline.errors import InputError
from dateline.store.base import (
    Curation, CurationResult, EntityProfile, EntityRow, QuoteRow, SearchHit, Store, TimelineItem,
)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIODS = ("month", "day")


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


def entity_profile(store: Store, name: str, by: str = "month") -> EntityProfile:
    """An entity's page: its quotes (by and about it), timeline, mention counts per month
    (or day), the entities sharing most documents with it, and the titles recorded for it.

    Args:
        store: An open store.
        name: A name or alias ("Ms Whitfield").
        by: "month" or "day": the period mention counts are grouped by.

    Raises:
        InputError: The name is empty, or `by` is neither "month" nor "day".
        NotFoundError: No entity has this name or alias.
    """
    if by not in _PERIODS:
        raise InputError(f"mentions are counted by month or day, not {by!r}",
                         hint="pass by='month' or by='day'")
    return store.entity_profile(_text(name, "name"), by=by)


def merge_entities(store: Store, name: str, other: str) -> CurationResult:
    """Folds entity `other` into entity `name` (each found by name or alias), recorded so
    that documents ingested later with an entity named like `other` land on `name`.

    Returns:
        The survivor after the merge, the rule recorded, and the counts of rows moved.

    Raises:
        InputError: A name is empty.
        NotFoundError: A name matches no entity.
        CurationError: Both names find the same entity.
    """
    return store.merge_entities(_text(name, "name"), _text(other, "other name"))


def split_entity(store: Store, name: str, doc_id: str, new_name: str | None = None) -> CurationResult:
    """Moves the mentions of entity `name` in document `doc_id` (or a unique 6+ character
    prefix of it) to a separate entity, default "NAME (DOC_ID[:8])"; recorded, so a later
    ingest of the same document keeps them apart.

    Raises:
        InputError: An argument is empty.
        NotFoundError: No such entity or document, or the entity is not in the document.
        CurationError: `new_name` names the entity itself.
    """
    return store.split_entity(_text(name, "name"), _text(doc_id, "document id"),
                              _optional_text(new_name, "new name"))


def curations(store: Store) -> list[Curation]:
    """The merges and splits recorded in the store, oldest first."""
    return store.curations()


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
