"""Stores of analysed documents: one `Store` interface, opened from a path or URL."""
from __future__ import annotations

from pathlib import Path

from dateline.errors import StoreError
from dateline.store.base import (
    EntityProfile, EntityRow, QuoteRow, SearchHit, Store, StoreStats, TimelineItem,
)
from dateline.store.sqlite import SQLiteStore

__all__ = [
    "EntityProfile", "EntityRow", "QuoteRow", "SQLiteStore", "SearchHit", "Store",
    "StoreStats", "TimelineItem", "open_store",
]

_SQLITE_PREFIX = "sqlite:///"


def open_store(path_or_url: str | Path) -> Store:
    """Opens (creating if needed) the store at a path or URL.

    Args:
        path_or_url: A file path, `sqlite:///relative/path`, `sqlite:////absolute/path`,
            `:memory:`, or a `postgresql://` URL.

    Returns:
        An open store; use it as a context manager or call `close()`.

    Raises:
        StoreError: The store cannot be opened, or its kind is not supported.
    """
    target = str(path_or_url)
    if target.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL store not implemented yet", hint="use a SQLite path for now")
    if target.startswith(_SQLITE_PREFIX):
        target = target[len(_SQLITE_PREFIX):]
    elif "://" in target:
        raise StoreError(f"unsupported store URL {target!r}",
                         hint="give a file path or a sqlite:/// URL")
    if target != ":memory:":
        _make_parent(Path(target))
    return SQLiteStore(target)


def _make_parent(path: Path) -> None:
    """Creates the directory a new store file goes in."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the directory for the store: {err}", where=str(path),
                         hint="choose a path in a writable directory") from err
