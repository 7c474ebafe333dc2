"""Analysis: Articles in, Documents out, through one streamed spaCy pipeline."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .errors import DateError, InputError
from .ingest import content_id
from .model import Article, Document
from .nlp import DEFAULT_MODEL, build_nlp
from .store.base import Store


class Analyzer:
    """Holds one loaded pipeline; analyse single texts or stream many articles."""

    def __init__(self, model: str = DEFAULT_MODEL, nlp: Language | None = None):
        self.nlp = nlp or build_nlp(model)

    def analyze(self, text: str, date: str, id: str | None = None, **meta: str | None) -> Document:
        """Analyse one text dated `date` (YYYY-MM-DD)."""
        return next(self.analyze_articles([Article(text=text, date=date, id=id, **meta)]))

    def analyze_articles(self, articles: Iterable[Article], batch_size: int = 32,
                         n_process: int = 1) -> Iterator[Document]:
        """Stream Documents in input order; the article date is set on each Doc first."""
        pairs = ((self._make_doc(a), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                          n_process=n_process):
            yield to_document(doc, article)

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.dct = article_date(article)
        return doc


def article_date(article: Article) -> dt.date:
    """The article date as a date; never the processing date."""
    if not article.date:
        raise DateError("document has no date", where=article.source or article.id,
                        hint="give it a date: a ' date YYYY-MM-DD' header, --date, or a 'date' field")
    try:
        return dt.date.fromisoformat(article.date)
    except ValueError as err:
        raise DateError(f"invalid date {article.date!r}", where=article.source or article.id,
                        hint="use YYYY-MM-DD") from err


def to_document(doc: Doc, article: Article) -> Document:
    """The plain-data Document for an analysed Doc."""
    return Document(
        id=article.id or content_id(article.text), date=article.date, text=article.text,
        title=article.title, url=article.url, source=article.source,
        paragraphs=[list(p) for p in doc._.paragraphs or []],
        captions=list(doc._.captions or []), entities=list(doc._.entities or []),
        quotes=list(doc._.quotes or []), timexes=list(doc._.timexes or []),
        events=list(doc._.events or []))


@dataclass
class IngestReport:
    """What an ingest run did. `errors` lists the records that were not stored."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"read": self.read, "added": self.added, "skipped": self.skipped,
                "errors": [{"where": e.where, "message": e.message, "hint": e.hint} for e in self.errors]}


def ingest(store: Store, items: Iterable[Article | InputError], analyzer: Analyzer, *,
           batch_size: int = 32, n_process: int = 1, write_batch: int = 50,
           on_document: Callable[[Document], None] | None = None) -> IngestReport:
    """Analyse new articles and store them, `write_batch` documents per transaction.

    Articles already in the store (same id, i.e. the same content hash) are skipped before
    analysis, so re-running an interrupted ingest only does the rest. Bad records are
    collected in the report, and the others are still stored.
    """
    report = IngestReport()
    fresh = _new_articles(store, items, report)
    batch: list[Document] = []
    for document in analyzer.analyze_articles(fresh, batch_size=batch_size, n_process=n_process):
        batch.append(document)
        if on_document:
            on_document(document)
        if len(batch) >= write_batch:
            report.added += store.add_documents(batch)
            batch = []
    if batch:
        report.added += store.add_documents(batch)
    return report


def _new_articles(store: Store, items: Iterable[Article | InputError],
                  report: IngestReport) -> Iterator[Article]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            report.errors.append(item)
            continue
        report.read += 1
        item.id = item.id or content_id(item.text)
        try:
            article_date(item)
        except DateError as err:
            report.errors.append(err)
            continue
        if item.id in seen or store.has_document(item.id):
            report.skipped += 1
            continue
        seen.add(item.id)
        yield item
