"""The Store interface and the plain result rows every store returns.

Result rows are JSON-friendly dataclasses: `to_dict()` gives what the CLI prints and the
HTTP API serves, so every front end shows the same fields.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Protocol, runtime_checkable

from dateline.model import Document


class _Row:
    """Mixin: a dataclass that serialises itself with `dataclasses.asdict`."""

    def to_dict(self) -> dict[str, Any]:
        """Returns the row as plain JSON-friendly data."""
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class SearchHit(_Row):
    """A document matching a full-text query.

    Attributes:
        snippet: Text around the matches, matched terms wrapped in « and ».
        score: Relevance, higher is better (negated BM25).
    """

    doc_id: str
    date: str
    title: str | None
    snippet: str
    score: float


@dataclass
class QuoteRow(_Row):
    """One quote, with who said it as printed and as resolved.

    Attributes:
        date: When it was said: a timex in its cue's clause, else the document date.
        speaker_name: The name the speaker mention resolves to ("Ji Seong-ho").
        speaker_entity_id: Global entity id of the speaker, None when unresolved.
        speaker_text: The speaker mention as printed ("he", "Mr Ji").
        cue: The cue word ("said"), None when the quote has no cue.
        start: Offset of the quote content in the document text.
        end: End offset of the quote content in the document text.
    """

    doc_id: str
    date: str
    text: str
    kind: str
    speaker_name: str | None
    speaker_entity_id: int | None
    speaker_text: str | None
    cue: str | None
    start: int
    end: int


@dataclass
class EntityRow(_Row):
    """A cross-document entity with its usage counts.

    Attributes:
        documents: Number of documents mentioning it.
        mentions: Number of mentions over all documents.
        quotes: Number of quotes attributed to it.
        first_seen: Date of the earliest document mentioning it.
        last_seen: Date of the latest document mentioning it.
    """

    id: int
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    documents: int = 0
    mentions: int = 0
    quotes: int = 0
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass
class TimelineItem(_Row):
    """An event or a quote placed in time.

    Attributes:
        date: The event's TIMEX3 date value ("2018-01"), or the document date of a quote.
        kind: "event" or "quote".
        detail: Kind-specific fields (event type, actor, target; quote speaker, cue).
    """

    date: str
    kind: str
    doc_id: str
    text: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class PeriodCount(_Row):
    """How often an entity is mentioned in the documents of one month or day.

    Attributes:
        period: "2019-03" by month, "2019-03-04" by day (of the document date).
        mentions: Mentions of the entity in those documents.
        documents: Documents of that period mentioning it.
    """

    period: str
    mentions: int
    documents: int


@dataclass
class CoEntity(_Row):
    """An entity seen in the same documents as another.

    Attributes:
        shared_documents: Documents mentioning both.
    """

    id: int
    name: str
    type: str
    shared_documents: int


@dataclass
class RoleCount(_Row):
    """A title recorded for an entity ("Trade minister", "Mr"), case aside.

    Attributes:
        documents: Documents recording that title for the entity.
    """

    title: str
    documents: int


@dataclass
class NameCount(_Row):
    """A name with the number of documents that give it ("North Korea", 3)."""

    name: str
    documents: int


@dataclass
class EntityProfile(_Row):
    """Everything the store knows about one entity.

    Attributes:
        by: The period of `mentions_by_period`: "month" or "day".
        mentions_by_period: Mention counts per period, oldest first.
        co_occurring: The entities sharing the most documents with it, most shared first.
        roles: The titles recorded for it, most documents first.
        acts_for: For a seat of government, the countries it acted for ("Pyongyang
            said": North Korea).
        acted_for_by: For a country, the seats that acted for it.
    """

    entity: EntityRow
    quotes_by: list[QuoteRow] = field(default_factory=list)
    quotes_about: list[QuoteRow] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
    by: str = "month"
    mentions_by_period: list[PeriodCount] = field(default_factory=list)
    co_occurring: list[CoEntity] = field(default_factory=list)
    roles: list[RoleCount] = field(default_factory=list)
    acts_for: list[NameCount] = field(default_factory=list)
    acted_for_by: list[NameCount] = field(default_factory=list)


@dataclass
class Curation(_Row):
    """A recorded correction of entity resolution, re-applied to documents ingested later.

    A merge sends every entity whose name keys like `variant` to the entity named `name`.
    A split sends the entity named `name` in document `doc_id` to the entity `new_name`.

    Attributes:
        action: "merge" or "split".
        name: Merge: the surviving entity's name. Split: the name of the entity split.
        variant: Merge: the name folded into `name`; None for a split.
        doc_id: Split: the document whose mentions are split off; None for a merge.
        new_name: Split: the name of the separate entity; None for a merge.
        source: "manual" (a merge or split command), or the alias file it was read from.
        line: The line of the alias file it was read from, when it was.
        created_at: When it was recorded (UTC, ISO 8601); None until recorded.
    """

    action: str
    name: str
    variant: str | None = None
    doc_id: str | None = None
    new_name: str | None = None
    source: str = "manual"
    line: int | None = None
    created_at: str | None = None


@dataclass
class CurationResult(_Row):
    """What a merge or split did.

    Attributes:
        curation: The rule recorded.
        entity: The entity after it: the survivor of a merge, the new entity of a split.
        moved: Rows moved to `entity`: documents, mentions, quotes, events.
    """

    curation: Curation
    entity: EntityRow
    moved: dict[str, int] = field(default_factory=dict)


@dataclass
class StoreStats(_Row):
    """Row counts of a store."""

    documents: int
    entities: int
    quotes: int
    timexes: int
    events: int


@runtime_checkable
class Store(Protocol):
    """What every Dateline store (SQLite, PostgreSQL) offers.

    Dates given to filters are ISO `YYYY-MM-DD` strings and both bounds are inclusive.
    Names are matched against canonical entity names and aliases, case-insensitively.
    """

    def has_document(self, doc_id: str) -> bool:
        """Returns whether a document with this id is stored."""
        ...

    def add_documents(self, docs: Iterable[Document], batch_size: int = 50) -> int:
        """Stores documents, one transaction per batch; returns how many were new."""
        ...

    def get_document(self, doc_id: str) -> Document:
        """Returns a stored document exactly as added; raises NotFoundError."""
        ...

    def search(self, query: str, since: str | None = None, until: str | None = None,
               limit: int = 20) -> list[SearchHit]:
        """Full-text search over document titles and texts, best first."""
        ...

    def quotes(self, query: str | None = None, speaker: str | None = None,
               about: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 50) -> list[QuoteRow]:
        """Quotes matching all the given filters, newest first."""
        ...

    def entities(self, type: str | None = None, limit: int = 50) -> list[EntityRow]:
        """Entities, most mentioned first."""
        ...

    def find_entity(self, name: str) -> EntityRow:
        """The entity with this name or alias; raises NotFoundError with suggestions."""
        ...

    def entity_profile(self, name: str, by: str = "month") -> EntityProfile:
        """An entity with its quotes (by and about it), timeline, mention counts per `by`
        ("month" or "day"), co-occurring entities and roles."""
        ...

    def merge_entities(self, name: str, other: str) -> CurationResult:
        """Folds the entity `other` into the entity `name` and records it; one transaction."""
        ...

    def split_entity(self, name: str, doc_id: str, new_name: str | None = None) -> CurationResult:
        """Moves the entity's mentions in one document to a separate entity and records it."""
        ...

    def apply_curations(self, rules: Iterable[Curation]) -> int:
        """Records rules (from an alias file) and applies them to stored entities."""
        ...

    def curations(self) -> list[Curation]:
        """The recorded merges and splits, oldest first."""
        ...

    def timeline(self, name_or_query: str, since: str | None = None,
                 until: str | None = None, limit: int = 200) -> list[TimelineItem]:
        """Events and quotes of an entity, or matching a text query, oldest first."""
        ...

    def top_speakers(self, limit: int = 10) -> list[tuple[EntityRow, int]]:
        """Entities with the most attributed quotes, with their quote counts."""
        ...

    def stats(self) -> StoreStats:
        """Row counts."""
        ...

    def close(self) -> None:
        """Releases the connection; the store cannot be used afterwards."""
        ...

    def __enter__(self) -> "Store":
        ...

    def __exit__(self, *exc: object) -> None:
        ...
