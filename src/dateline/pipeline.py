"""Analysis: Articles in, Documents out, through one streamed spaCy pipeline."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .curation import apply_alias_file
from .errors import AnalysisError, DatelineError, DateError, InputError
from .ingest import content_id
from .model import Article, Document
from .nlp import DEFAULT_MODEL, build_nlp
from .nlp.component import Component
from .store.base import Store


class Analyzer:
    """Holds one loaded pipeline; analyse single texts or stream many articles."""

    def __init__(self, model: str = DEFAULT_MODEL, nlp: Language | None = None):
        self.nlp = nlp or build_nlp(model)
        self._failures: list[str] = []
        # A Dateline component that fails on one document drops that document, not the batch.
        for _, proc in self.nlp.pipeline:
            if isinstance(proc, Component):
                proc.set_error_handler(self._record_failure)

    def analyze(self, text: str, date: str, id: str | None = None, **meta: str | None) -> Document:
        """Analyse one text dated `date` (YYYY-MM-DD).

        Raises:
            AnalysisError: a pipeline component failed on this text.
        """
        return next(self.analyze_articles([Article(text=text, date=date, id=id, **meta)]))

    def analyze_articles(self, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1,
                         on_error: Callable[[AnalysisError], None] | None = None) -> Iterator[Document]:
        """Stream Documents in input order; the article date is set on each Doc first.

        An article the pipeline fails on is passed to `on_error` and the stream goes on;
        without `on_error` the AnalysisError is raised.
        """
        pending: dict[int, Article] = {}
        expected = 0
        for doc, index in self.nlp.pipe(self._feed(articles, pending), as_tuples=True,
                                        batch_size=batch_size, n_process=n_process):
            for missing in range(expected, index):
                self._fail(pending.pop(missing), on_error)
            expected = index + 1
            yield to_document(doc, pending.pop(index))
        for missing in sorted(pending):
            self._fail(pending.pop(missing), on_error)

    def _feed(self, articles: Iterable[Article], pending: dict[int, Article]) -> Iterator[tuple[Doc, int]]:
        # Contexts are indices, not the articles: they survive n_process > 1 pickling.
        for index, article in enumerate(articles):
            pending[index] = article
            yield self._make_doc(article), index

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.dct = article_date(article)
        return doc

    def _record_failure(self, name: str, proc: object, docs: list[Doc], error: Exception) -> None:
        self._failures.append(f"{name}: {type(error).__name__}: {error}")

    def _fail(self, article: Article, on_error: Callable[[AnalysisError], None] | None) -> None:
        cause = self._failures.pop(0) if self._failures else "a pipeline component failed"
        error = AnalysisError(f"analysis failed ({cause})", where=article.source or article.id,
                              hint="the other documents were analysed; please report this document as a bug")
        if on_error is None:
            raise error
        on_error(error)


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
    errors: list[DatelineError] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"read": self.read, "added": self.added, "skipped": self.skipped,
                "errors": [{"where": e.where, "message": e.message, "hint": e.hint} for e in self.errors]}


def ingest(store: Store, items: Iterable[Article | InputError], analyzer: Analyzer, *,
           batch_size: int = 32, n_process: int = 1, write_batch: int = 50,
           on_document: Callable[[Document], None] | None = None,
           aliases: str | Path | None = None) -> IngestReport:
    """Analyse new articles and store them, `write_batch` documents per transaction.

    Articles already in the store (same id, i.e. the same content hash) are skipped before
    analysis, so re-running an interrupted ingest only does the rest. Bad records are
    collected in the report, and the others are still stored. An alias file (`aliases`)
    is read first and its merges and splits recorded in the store, so the articles'
    entities and those stored already resolve by them.

    Raises:
        AliasFileError: The alias file is bad; nothing is ingested.
    """
    if aliases:
        apply_alias_file(store, aliases)
    report = IngestReport()
    fresh = _new_articles(store, items, report)
    batch: list[Document] = []
    for document in analyzer.analyze_articles(fresh, batch_size=batch_size, n_process=n_process,
                                              on_error=report.errors.append):
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
