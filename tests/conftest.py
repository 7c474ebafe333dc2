"""Shared fixtures: one loaded pipeline per session, and a store of the bundled examples."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import read_sources
from dateline.pipeline import Analyzer, ingest
from dateline.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


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
