"""Shared fixtures: one loaded pipeline per session, and a store of the bundled examples."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.ingest import read_sources
from dateline.pipeline import Analyzer, ingest
from dateline.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


# What each schema version added, undone: takes a store back to an older version so that
# tests can check the migration forward keeps its data.
_UNDO = {
    6: "ALTER TABLE doc_entities DROP COLUMN described;",
    5: "DROP INDEX doc_entities_stands_for; ALTER TABLE doc_entities DROP COLUMN stands_for_key;"
       " ALTER TABLE doc_entities DROP COLUMN stands_for;",
    4: "DROP TABLE curations;",
    3: "DROP INDEX quotes_date; ALTER TABLE quotes DROP COLUMN date_end;"
       " ALTER TABLE quotes DROP COLUMN date_start; ALTER TABLE quotes DROP COLUMN date;",
}


def back_to_version(path: Path, version: int) -> None:
    """Take a store written by this Dateline back to schema `version` (2 or later)."""
    conn = sqlite3.connect(path)
    latest = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.executescript("".join(_UNDO[v] for v in range(latest, version, -1))
                       + f"PRAGMA user_version = {int(version)};")
    conn.close()


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory, analyzer) -> Path:
    """A SQLite store holding every bundled example, built once."""
    path = tmp_path_factory.mktemp("examples") / "examples.db"
    with open_store(path) as store:
        report = ingest(store, read_sources([EXAMPLES]), analyzer)
    assert not report.errors, report.errors
    return path


def shared_file(relative: str) -> Path:
    """A file from ../shared, or skip the test when the shared data is not there."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"needs {path} (the shared corpora sit beside the checkout in CI)")
    return path
