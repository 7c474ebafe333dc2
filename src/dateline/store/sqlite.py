"""The SQLite store: one file holding documents, cross-document entities and search indexes.

Writes go in batches, one `BEGIN IMMEDIATE ... COMMIT` per batch, so a killed process leaves
each document either complete (entities, mentions, quotes, timexes, events, index entries)
or absent, and re-running the same ingest adds what is missing. Every SQL value is a bound
parameter; the only text spliced into SQL is fixed fragments defined in this module.
"""
from __future__ import annotations

import difflib
import json
import sqlite3
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from dateline.errors import NotFoundError, StoreError
from dateline.model import Caption, Cue, Document, Entity, Event, Mention, Quote, Speaker, Timex
from dateline.store.base import (
    CoEntity, EntityProfile, EntityRow, NameCount, PeriodCount, QuoteRow, RoleCount, SearchHit,
    StoreStats, TimelineItem,
)
from dateline.store.curation import CurationMixin, Rules, Target, add_aliases
from dateline.store.dates import interval
from dateline.store.fts import fts_phrase, fts_query
from dateline.store.names import company_keys, like_pattern, norm_key, without_initials
from dateline.store.schema import migrate

_PROFILE_QUOTES = 50
_PROFILE_TIMELINE = 200
_PROFILE_CO_OCCURRING = 10
# Length of the document-date prefix each period of an entity's mention counts groups by.
_PERIODS = {"month": 7, "day": 10}

_ENTITY_SELECT = """
SELECT e.id, e.name, e.type, e.documents, e.mentions, e.quotes, e.first_seen, e.last_seen,
       (SELECT json_group_array(alias)
          FROM (SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY id)) AS aliases
FROM entities e
"""

_QUOTE_SELECT = """
SELECT q.doc_id, COALESCE(q.date, d.date), q.text, q.kind, q.speaker_name, q.speaker_entity_id,
       q.speaker_text, q.cue_text, q.start, q.end
FROM quotes q JOIN documents d ON d.id = q.doc_id
"""

# Quotes whose content contains a mention of one of the entities (json list of ids, first
# parameter) or whose text matches the name (FTS5 expression, second parameter). A quote
# split around its cue only counts mentions inside its pieces, not the cue clause between.
_QUOTE_ABOUT = """
(q.id IN (
    SELECT q2.id FROM doc_entities de
    JOIN mentions m ON m.doc_id = de.doc_id AND m.local_id = de.local_id
    JOIN quotes q2 ON q2.doc_id = m.doc_id AND q2.start <= m.start AND q2.end >= m.end
    WHERE de.entity_id IN (SELECT value FROM json_each(?))
      AND (q2.pieces_json IS NULL OR EXISTS (
          SELECT 1 FROM json_each(q2.pieces_json) p
          WHERE json_extract(p.value, '$[0]') <= m.start
            AND json_extract(p.value, '$[1]') >= m.end)))
 OR q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?))
"""

_QUOTE_MATCH = "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"

_SEARCH = """
SELECT d.id, d.date, d.title,
       snippet(documents_fts, -1, '«', '»', '…', 16) AS snippet,
       -bm25(documents_fts, 2.0, 1.0) AS score
FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
WHERE documents_fts MATCH ?
"""

_TIMELINE_EVENTS = """
SELECT e.date_start AS sort_date, e.date AS date, 'event' AS kind, e.doc_id AS doc_id,
       e.start AS start, e.text AS text,
       json_object('type', e.type, 'actor', ga.name, 'actor_entity_id', e.actor_entity_id,
                   'target', gt.name, 'target_entity_id', e.target_entity_id,
                   'date_start', e.date_start, 'date_end', e.date_end,
                   'document_date', d.date, 'start', e.start, 'end', e.end,
                   'sentence', substr(d.text, e.sent_start + 1, e.sent_end - e.sent_start))
           AS detail
FROM events e JOIN documents d ON d.id = e.doc_id
LEFT JOIN entities ga ON ga.id = e.actor_entity_id
LEFT JOIN entities gt ON gt.id = e.target_entity_id
"""

_TIMELINE_QUOTES = """
SELECT q.date_start AS sort_date, COALESCE(q.date, d.date) AS date, 'quote' AS kind, q.doc_id AS doc_id,
       q.start AS start, q.text AS text,
       json_object('kind', q.kind, 'speaker', q.speaker_name,
                   'speaker_entity_id', q.speaker_entity_id, 'speaker_text', q.speaker_text,
                   'cue', q.cue_text, 'start', q.start, 'end', q.end,
                   'date_start', q.date_start, 'date_end', q.date_end, 'document_date', d.date)
           AS detail
FROM quotes q JOIN documents d ON d.id = q.doc_id
"""

# The entities standing for a country's government in a document ("Pyongyang said").
_ACTING_FOR = "SELECT de.entity_id FROM doc_entities de WHERE de.doc_id = {doc} AND de.stands_for_key = ?"

_MATCHING_DOCUMENTS = """
e.doc_id IN (SELECT d2.id FROM documents d2 WHERE d2.seq IN (
    SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))
"""


class SQLiteStore(CurationMixin):
    """A Dateline store in one SQLite file (or `:memory:`).

    Entity merges and splits (`merge_entities`, `split_entity`, `apply_curations`) come
    from `CurationMixin` in store/curation.py.

    Args:
        path: The database file; created with the latest schema when missing, migrated
            when written by an older Dateline.

    Raises:
        StoreError: The file cannot be opened, is not a SQLite database, or was written
            by a newer Dateline.
    """

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._conn = _connect(self.path)

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the connection; further calls raise StoreError."""
        self._conn.close()

    # -- writing ------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """Returns whether a document with this id is stored."""
        return bool(self._rows("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def add_documents(self, docs: Iterable[Document], batch_size: int = 50) -> int:
        """Stores the documents not stored yet, one transaction per batch.

        Args:
            docs: Analysed documents; consumed lazily, so a generator of any length works.
            batch_size: Documents per transaction. A failure rolls back only its batch.

        Returns:
            How many documents were newly added (ids already stored are skipped).

        Raises:
            StoreError: The database refused a write; the failing batch is rolled back.
        """
        if batch_size < 1:
            raise StoreError(f"batch_size must be at least 1, not {batch_size}",
                             hint="pass a positive batch size")
        added, it = 0, iter(docs)
        while batch := list(islice(it, batch_size)):
            added += self._write_batch(batch)
        return added

    def _write_batch(self, batch: list[Document]) -> int:
        """Writes one batch in one transaction; returns how many documents were new."""
        added = 0
        with self._transaction():
            rules = Rules.load(self._conn)
            for doc in batch:
                # Checked inside the transaction: another writer may have added it meanwhile.
                if self.has_document(doc.id):
                    continue
                try:
                    self._insert_document(doc, rules)
                except sqlite3.Error as err:
                    raise StoreError(f"cannot store the document: {err}", where=doc.id,
                                     hint="check the document against the JSON contract") from err
                added += 1
        return added

    def _insert_document(self, doc: Document, rules: Rules) -> None:
        """Writes a document and everything in it, its entities resolved with the recorded
        merges and splits; the caller holds the transaction."""
        self._conn.execute(
            "INSERT INTO documents (id, seq, date, title, url, source, text, captions_json,"
            " paragraphs_json, added_at) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM documents),"
            " ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.date, doc.title, doc.url, doc.source, doc.text,
             json.dumps([asdict(c) for c in doc.captions]), json.dumps(doc.paragraphs), _now()),
        )
        ids = self._insert_entities(doc, rules)
        self._insert_quotes(doc, ids)
        self._insert_timexes(doc)
        self._insert_events(doc, ids)

    def _insert_entities(self, doc: Document, rules: Rules) -> dict[str, int]:
        """Writes the document's entities; returns local id -> global entity id."""
        ids: dict[str, int] = {}
        mentions: Counter[int] = Counter()
        for idx, entity in enumerate(doc.entities):
            target = rules.resolve(doc.id, entity.name, entity.type)
            global_id = self._target_id(target, entity.type, _bare_name_scope(doc.id, entity, target))
            ids[entity.id] = global_id
            mentions[global_id] += len(entity.mentions)
            self._conn.execute(
                "INSERT INTO doc_entities (doc_id, local_id, idx, entity_id, name, titles_json,"
                " gender, stands_for, stands_for_key, described) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, entity.id, idx, global_id, entity.name, json.dumps(entity.titles),
                 entity.gender, entity.stands_for,
                 norm_key(entity.stands_for) if entity.stands_for else None, int(entity.described)),
            )
            self._insert_mentions(doc.id, entity)
            self._add_aliases(global_id, [entity.name] + [m.text for m in entity.mentions])
        for global_id, count in mentions.items():
            self._count_seen(global_id, count, doc.date)
        return ids

    def _target_id(self, target: Target, fallback_type: str, scope: str = "") -> int:
        """Returns the global id of the entity a target names, creating it on first sight.

        A curated (non-strict) target takes a stored entity of its key whatever its type:
        of the target's type if there is one, else the most mentioned (the one a person
        naming the survivor means), else the document entity's type (`fallback_type`).
        A `scope` keeps the entity to one document (see `_bare_name_scope`).
        """
        key, type_ = norm_key(target.name) + scope, target.type or fallback_type
        if not target.strict:
            row = self._conn.execute(
                "SELECT id FROM entities WHERE norm_key = ? ORDER BY type IS ? DESC,"
                " mentions DESC, type = ? DESC, id LIMIT 1", (key, target.type, fallback_type),
            ).fetchone()
            if row:
                return row[0]
        elif type_ == "ORG" and not scope:
            row = self._same_company(key)
            if row:
                return row
        elif type_ == "PERSON" and not scope:
            row = self._same_person(key)
            if row:
                return row
        self._conn.execute(
            "INSERT OR IGNORE INTO entities (name, type, norm_key) VALUES (?, ?, ?)",
            (target.name, type_, key),
        )
        row = self._conn.execute(
            "SELECT id FROM entities WHERE norm_key = ? AND type = ?", (key, type_)
        ).fetchone()
        return row[0]

    def _same_company(self, key: str) -> int | None:
        """The stored organisation whose name differs from `key` at most by a legal form
        ("Cordillera Copper" and "Cordillera Copper Corp"): the exact key first, then the
        most mentioned."""
        keys = company_keys(key)
        marks = ", ".join("?" * len(keys))
        row = self._conn.execute(
            f"SELECT id FROM entities WHERE type = 'ORG' AND norm_key IN ({marks})"
            " ORDER BY norm_key = ? DESC, mentions DESC, id LIMIT 1", (*keys, key)).fetchone()
        return row[0] if row else None

    def _same_person(self, key: str) -> int | None:
        """The stored person whose name differs from `key` only by middle initials, when
        that is the only such person: "Thomas R. Whitcombe" and "Thomas Whitcombe". Where
        two initials are stored (George W. and George H. W. Bush), nothing joins them."""
        words = key.split()
        if len(words) < 2:
            return None
        loose = without_initials(key)
        # A range on the key's first word uses the (norm_key, type) index; LIKE would scan
        # every entity on each insert.
        rows = self._conn.execute(
            "SELECT id, norm_key FROM entities WHERE norm_key >= ? AND norm_key < ? AND +type = 'PERSON'",
            (words[0] + " ", words[0] + "!"),
        ).fetchall()
        same = {r[1]: r[0] for r in rows if without_initials(r[1]) == loose}
        if key in same:
            return same[key]
        variants = {k for k in same if k != loose}
        if key != loose:  # this name has initials: join the bare form, unless other initials exist
            return same.get(loose) if not variants else None
        return same[variants.pop()] if len(variants) == 1 else None

    def _insert_mentions(self, doc_id: str, entity: Entity) -> None:
        self._conn.executemany(
            "INSERT INTO mentions (doc_id, local_id, idx, start, end, text)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(doc_id, entity.id, i, m.start, m.end, m.text) for i, m in enumerate(entity.mentions)],
        )

    def _add_aliases(self, entity_id: int, texts: list[str]) -> None:
        add_aliases(self._conn, entity_id, texts)

    def _count_seen(self, entity_id: int, mentions: int, date: str) -> None:
        """Adds one document and its mentions to an entity's counters."""
        self._conn.execute(
            "UPDATE entities SET documents = documents + 1, mentions = mentions + ?,"
            " first_seen = min(coalesce(first_seen, ?), ?),"
            " last_seen = max(coalesce(last_seen, ?), ?) WHERE id = ?",
            (mentions, date, date, date, date, entity_id),
        )

    def _insert_quotes(self, doc: Document, ids: dict[str, int]) -> None:
        """Writes the quotes with their speakers resolved to global entity ids."""
        speakers: Counter[int] = Counter()
        for idx, quote in enumerate(doc.quotes):
            row = _quote_values(doc, idx, quote, ids)
            self._conn.execute(
                "INSERT INTO quotes (doc_id, idx, start, end, text, kind, pieces_json,"
                " cue_start, cue_end, cue_text, speaker_local_id, speaker_entity_id,"
                " speaker_name, speaker_start, speaker_end, speaker_text, date, date_start, date_end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row,
            )
            if row[11] is not None:
                speakers[row[11]] += 1
        self._conn.executemany(
            "UPDATE entities SET quotes = quotes + ? WHERE id = ?",
            [(count, entity_id) for entity_id, count in speakers.items()],
        )

    def _insert_timexes(self, doc: Document) -> None:
        self._conn.executemany(
            "INSERT INTO timexes (doc_id, idx, start, end, text, type, value)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc.id, i, t.start, t.end, t.text, t.type, t.value)
             for i, t in enumerate(doc.timexes)],
        )

    def _insert_events(self, doc: Document, ids: dict[str, int]) -> None:
        rows = []
        for i, e in enumerate(doc.events):
            first, last = interval(e.date, doc.date)
            rows.append((doc.id, i, e.start, e.end, e.text, e.type, e.actor, e.target,
                         ids.get(e.actor or ""), ids.get(e.target or ""), e.date, first, last,
                         e.sentence.get("start"), e.sentence.get("end")))
        self._conn.executemany(
            "INSERT INTO events (doc_id, idx, start, end, text, type, actor_local, target_local,"
            " actor_entity_id, target_entity_id, date, date_start, date_end, sent_start,"
            " sent_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
        )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Holds the write lock for the block; commits, or rolls back on any exception."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise StoreError(f"cannot start a write: {err}", where=self.path,
                             hint="another process may hold the store; try again") from err
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- reading a document -------------------------------------------------------------

    def get_document(self, doc_id: str) -> Document:
        """Returns the stored document, equal to the one added.

        Raises:
            NotFoundError: No document has this id.
        """
        doc_id = self._document_id(doc_id)
        row = self._rows("SELECT * FROM documents WHERE id = ?", (doc_id,))[0]
        return Document(
            id=row["id"], date=row["date"], text=row["text"], title=row["title"],
            url=row["url"], source=row["source"],
            paragraphs=json.loads(row["paragraphs_json"]),
            captions=[Caption(**c) for c in json.loads(row["captions_json"])],
            entities=self._doc_entities(doc_id), quotes=self._doc_quotes(doc_id),
            timexes=self._doc_timexes(doc_id), events=self._doc_events(doc_id),
        )

    def _document_id(self, doc_id: str) -> str:
        """The full id of the document `doc_id` names: its id, or a unique prefix of 6+
        characters (listings show shortened hash ids).

        Raises:
            NotFoundError: No document, or more than one, has this id or prefix.
        """
        if self.has_document(doc_id):
            return doc_id
        rows = []
        if len(doc_id) >= 6:
            rows = self._rows("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                              (like_pattern(doc_id, anywhere=False),))
        if len(rows) != 1:
            raise NotFoundError(f"no document with id {doc_id!r}",
                                hint="check the id (a unique prefix of 6+ characters works); "
                                     "search lists stored documents")
        return rows[0][0]

    def _doc_entities(self, doc_id: str) -> list[Entity]:
        mentions: dict[str, list[Mention]] = {}
        for m in self._rows("SELECT local_id, start, end, text FROM mentions WHERE doc_id = ?"
                            " ORDER BY local_id, idx", (doc_id,)):
            mentions.setdefault(m["local_id"], []).append(Mention(m["start"], m["end"], m["text"]))
        rows = self._rows(
            "SELECT de.local_id, de.name, e.type, de.titles_json, de.gender, de.stands_for, de.described"
            " FROM doc_entities de JOIN entities e ON e.id = de.entity_id WHERE de.doc_id = ?"
            " ORDER BY de.idx", (doc_id,),
        )
        return [Entity(r["local_id"], r["name"], r["type"], mentions.get(r["local_id"], []),
                       json.loads(r["titles_json"]), r["gender"], r["stands_for"], bool(r["described"]))
                for r in rows]

    def _doc_quotes(self, doc_id: str) -> list[Quote]:
        rows = self._rows("SELECT * FROM quotes WHERE doc_id = ? ORDER BY idx", (doc_id,))
        return [_quote_from_row(r) for r in rows]

    def _doc_timexes(self, doc_id: str) -> list[Timex]:
        rows = self._rows("SELECT start, end, text, type, value FROM timexes WHERE doc_id = ?"
                          " ORDER BY idx", (doc_id,))
        return [Timex(*r) for r in rows]

    def _doc_events(self, doc_id: str) -> list[Event]:
        rows = self._rows("SELECT * FROM events WHERE doc_id = ? ORDER BY idx", (doc_id,))
        return [_event_from_row(r) for r in rows]

    # -- queries ----------------------------------------------------------------------

    def search(self, query: str, since: str | None = None, until: str | None = None,
               limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first.

        Args:
            query: Words (all must match), "quoted phrases", `prefix*`.
            since: Earliest document date, inclusive.
            until: Latest document date, inclusive.
            limit: Maximum number of hits.

        Raises:
            StoreError: The query has no words.
        """
        conds, params = _date_range("d.date", since, until)
        sql = _SEARCH + "".join(f" AND {c}" for c in conds)
        sql += " ORDER BY bm25(documents_fts, 2.0, 1.0) LIMIT ?"
        rows = self._rows(sql, (fts_query(query), *params, limit))
        return [SearchHit(r["id"], r["date"], r["title"], r["snippet"], round(r["score"], 4))
                for r in rows]

    def quotes(self, query: str | None = None, speaker: str | None = None,
               about: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 50) -> list[QuoteRow]:
        """Quotes matching every filter given, newest document first.

        Args:
            query: Words or phrases the quote text must contain.
            speaker: A name or alias. Quotes resolved to the matching entities are found
                whatever the printed speaker ("he", "the president"); with no matching
                entity, the printed speaker or resolved name must contain the text.
            about: A name: quotes whose content mentions that entity, or contains the name.
            since: Earliest date, inclusive: of when the quote was said (`Quote.date`, a
                timex in its clause, else the document date).
            until: Latest date, inclusive, likewise.
            limit: Maximum number of quotes.
        """
        conds: list[str] = []
        params: list[Any] = []
        if query:
            conds.append(_QUOTE_MATCH)
            params.append(fts_query(query))
        if speaker:
            self._speaker_filter(speaker, conds, params)
        if about:
            conds.append(_QUOTE_ABOUT)
            params += [json.dumps(self._entity_ids(about)), fts_phrase(about)]
        dates, date_params = _overlapping("q", since, until)
        return self._select_quotes(conds + dates, params + date_params, limit)

    def _speaker_filter(self, speaker: str, conds: list[str], params: list[Any]) -> None:
        """Adds the condition selecting quotes by a speaker name."""
        ids = self._entity_ids(speaker)
        if ids:
            conds.append("q.speaker_entity_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(ids))
            return
        conds.append("(q.speaker_name LIKE ? ESCAPE '\\' OR q.speaker_text LIKE ? ESCAPE '\\')")
        params += [like_pattern(speaker)] * 2

    def _select_quotes(self, conds: list[str], params: list[Any], limit: int) -> list[QuoteRow]:
        where = " WHERE " + " AND ".join(conds) if conds else ""
        sql = _QUOTE_SELECT + where + " ORDER BY q.date_start DESC, q.doc_id, q.start LIMIT ?"
        return [QuoteRow(*r) for r in self._rows(sql, (*params, limit))]

    def entities(self, type: str | None = None, limit: int = 50) -> list[EntityRow]:
        """Entities, most mentioned first, optionally of one type ("PERSON", "ORG", ...)."""
        if type:
            sql = _ENTITY_SELECT + " WHERE e.type = ? ORDER BY e.mentions DESC, e.id LIMIT ?"
            rows = self._rows(sql, (type.upper(), limit))
        else:
            rows = self._rows(_ENTITY_SELECT + " ORDER BY e.mentions DESC, e.id LIMIT ?", (limit,))
        return [_entity_from_row(r) for r in rows]

    def find_entity(self, name: str) -> EntityRow:
        """Returns the entity whose name or alias is `name`, the most mentioned on ties.

        Raises:
            NotFoundError: No entity has this name or alias; the hint lists close names.
        """
        ids = self._entity_ids(name)
        if not ids:
            raise NotFoundError(f"no entity named {name!r}", hint=self._suggestion(name))
        return self._entity_row(ids[0])

    def _entity_row(self, entity_id: int) -> EntityRow:
        return _entity_from_row(self._rows(_ENTITY_SELECT + " WHERE e.id = ?", (entity_id,))[0])

    def _entity_ids(self, name: str) -> list[int]:
        """Ids of entities named or aliased `name`: those it is the name of first (so a
        merge can name an entity that is also another's alias), then most mentioned first."""
        rows = self._rows(
            "SELECT e.id FROM entities e WHERE e.id IN ("
            " SELECT id FROM entities WHERE norm_key = :key"
            " UNION SELECT entity_id FROM aliases WHERE norm_alias = :key)"
            " ORDER BY e.norm_key = :key DESC, e.mentions DESC, e.id", {"key": norm_key(name)},
        )
        return [r[0] for r in rows]

    def _suggestion(self, name: str) -> str:
        """A hint naming up to three known names close to `name`."""
        key = norm_key(name)
        words = sorted(key.split(), key=len, reverse=True)[:2]
        names: dict[str, str] = {}
        for word in words:
            for r in self._rows("SELECT norm_alias, alias FROM aliases WHERE norm_alias LIKE ?"
                                " ESCAPE '\\' LIMIT 200", (like_pattern(word),)):
                names.setdefault(r[0], r[1])
        if not names:
            for r in self._rows("SELECT norm_key, name FROM entities"
                                " ORDER BY mentions DESC LIMIT 500"):
                names.setdefault(r[0], r[1])
        close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.5)
        if not close:
            return "check the spelling; entities() lists the known names"
        return "did you mean " + " or ".join(repr(names[k]) for k in close) + "?"

    def entity_profile(self, name: str, by: str = "month") -> EntityProfile:
        """An entity with the quotes it said, the quotes about it, its timeline, its
        mention counts per month or day, the entities it shares most documents with, and
        the titles recorded for it.

        Args:
            name: A name or alias.
            by: "month" or "day": the period mention counts are grouped by (document date).

        Raises:
            NotFoundError: No entity has this name or alias.
            StoreError: `by` is neither "month" nor "day".
        """
        if by not in _PERIODS:
            raise StoreError(f"cannot count mentions by {by!r}", hint="use 'month' or 'day'")
        entity = self.find_entity(name)
        quotes_by = self._select_quotes(["q.speaker_entity_id = ?"], [entity.id],
                                        _PROFILE_QUOTES)
        about = [json.dumps([entity.id]), fts_phrase(entity.name)]
        quotes_about = self._select_quotes([_QUOTE_ABOUT], about, _PROFILE_QUOTES)
        timeline = self._entity_timeline(entity.id, None, None, _PROFILE_TIMELINE)
        return EntityProfile(entity, quotes_by, quotes_about, timeline, by,
                             self._mentions_by_period(entity.id, _PERIODS[by]),
                             self._co_occurring(entity.id, _PROFILE_CO_OCCURRING),
                             self._roles(entity.id), *self._standing_for(entity.id))

    def _standing_for(self, entity_id: int) -> tuple[list[NameCount], list[NameCount]]:
        """The governments this seat acted for ("Pyongyang": North Korea), and the seats
        that acted for this country ("North Korea": Pyongyang), with document counts."""
        acts_for = self._rows(
            "SELECT min(stands_for), count(DISTINCT doc_id) AS docs FROM doc_entities"
            " WHERE entity_id = ? AND stands_for IS NOT NULL GROUP BY stands_for_key"
            " ORDER BY docs DESC", (entity_id,))
        acted_for_by = self._rows(
            "SELECT e.name, count(DISTINCT de.doc_id) AS docs FROM doc_entities de"
            " JOIN entities e ON e.id = de.entity_id"
            " WHERE de.stands_for_key = (SELECT norm_key FROM entities WHERE id = ?)"
            " GROUP BY e.id ORDER BY docs DESC, e.name", (entity_id,))
        return [NameCount(*r) for r in acts_for], [NameCount(*r) for r in acted_for_by]

    def _mentions_by_period(self, entity_id: int, width: int) -> list[PeriodCount]:
        """Mentions and documents per document-date prefix of `width` characters."""
        rows = self._rows(
            "SELECT substr(d.date, 1, ?) AS period, count(m.idx), count(DISTINCT de.doc_id)"
            " FROM doc_entities de JOIN documents d ON d.id = de.doc_id"
            " LEFT JOIN mentions m ON m.doc_id = de.doc_id AND m.local_id = de.local_id"
            " WHERE de.entity_id = ? GROUP BY period ORDER BY period", (width, entity_id))
        return [PeriodCount(*r) for r in rows]

    def _co_occurring(self, entity_id: int, limit: int) -> list[CoEntity]:
        """The entities sharing the most documents with this one, most shared first."""
        rows = self._rows(
            "SELECT e.id, e.name, e.type, count(DISTINCT other.doc_id) AS shared"
            " FROM doc_entities mine JOIN doc_entities other"
            "   ON other.doc_id = mine.doc_id AND other.entity_id != mine.entity_id"
            " JOIN entities e ON e.id = other.entity_id WHERE mine.entity_id = ?"
            " GROUP BY e.id ORDER BY shared DESC, e.mentions DESC, e.id LIMIT ?",
            (entity_id, limit))
        return [CoEntity(*r) for r in rows]

    def _roles(self, entity_id: int) -> list[RoleCount]:
        """The titles recorded for the entity, case aside, with how many documents give
        each; the capitalised spelling is shown ("Trade minister" over "trade minister")."""
        rows = self._rows(
            "SELECT min(t.value), count(DISTINCT de.doc_id) AS docs"
            " FROM doc_entities de, json_each(de.titles_json) t WHERE de.entity_id = ?"
            " GROUP BY lower(t.value) ORDER BY docs DESC, lower(t.value)", (entity_id,))
        return [RoleCount(*r) for r in rows]

    def timeline(self, name_or_query: str, since: str | None = None,
                 until: str | None = None, limit: int = 200) -> list[TimelineItem]:
        """Events and quotes in date order, for an entity or a text query.

        When `name_or_query` names an entity: the events it is actor or target of and the
        quotes attributed to it. Otherwise: quotes whose text matches, and the events of
        documents that match. Events and quotes are dated and filtered by their own date
        (the calendar period it covers overlapping since..until): a timex in their clause
        ("said on Monday"), else their document's date.
        """
        ids = self._entity_ids(name_or_query)
        if ids:
            return self._entity_timeline(ids[0], since, until, limit)
        match = fts_query(name_or_query)
        return self._timeline([_MATCHING_DOCUMENTS], [match], [_QUOTE_MATCH], [match],
                              since, until, limit)

    def _entity_timeline(self, entity_id: int, since: str | None, until: str | None,
                         limit: int) -> list[TimelineItem]:
        """What the entity did, what was done to it and what it said, and what a seat of
        its government did and said for it ("Pyongyang said" on North Korea's timeline)."""
        key = self._rows("SELECT norm_key FROM entities WHERE id = ?", (entity_id,))[0][0]
        return self._timeline(
            ["(e.actor_entity_id = ? OR e.target_entity_id = ? OR e.actor_entity_id IN"
             f" ({_ACTING_FOR.format(doc='e.doc_id')}))"], [entity_id, entity_id, key],
            [f"(q.speaker_entity_id = ? OR q.speaker_entity_id IN ({_ACTING_FOR.format(doc='q.doc_id')}))"],
            [entity_id, key], since, until, limit,
        )

    def _timeline(self, event_conds: list[str], event_params: list[Any],
                  quote_conds: list[str], quote_params: list[Any],
                  since: str | None, until: str | None, limit: int) -> list[TimelineItem]:
        """Runs the events-and-quotes union under the given conditions, oldest first."""
        event_dates, event_date_params = _overlapping("e", since, until)
        event_conds, event_params = [*event_conds, *event_dates], [*event_params, *event_date_params]
        dates, date_params = _overlapping("q", since, until)
        sql = (f"SELECT date, kind, doc_id, text, detail FROM ("
               f"{_TIMELINE_EVENTS} WHERE {' AND '.join(event_conds)} UNION ALL "
               f"{_TIMELINE_QUOTES} WHERE {' AND '.join(quote_conds + dates)})"
               " ORDER BY sort_date, doc_id, start LIMIT ?")
        params = (*event_params, *quote_params, *date_params, limit)
        return [TimelineItem(r["date"], r["kind"], r["doc_id"], r["text"], json.loads(r["detail"]))
                for r in self._rows(sql, params)]

    def top_speakers(self, limit: int = 10) -> list[tuple[EntityRow, int]]:
        """Entities with the most attributed quotes, with their quote counts."""
        rows = self._rows(_ENTITY_SELECT + " WHERE e.quotes > 0"
                          " ORDER BY e.quotes DESC, e.mentions DESC, e.id LIMIT ?", (limit,))
        return [(entity, entity.quotes) for entity in map(_entity_from_row, rows)]

    def stats(self) -> StoreStats:
        """Row counts of documents, entities, quotes, timexes and events."""
        row = self._rows(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities),"
            " (SELECT count(*) FROM quotes), (SELECT count(*) FROM timexes),"
            " (SELECT count(*) FROM events)"
        )[0]
        return StoreStats(*row)

    def _rows(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Runs a query; sqlite errors become StoreError naming the store."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise StoreError(f"store query failed: {err}", where=self.path,
                             hint="if the store is closed, open it again") from err


def _connect(path: str) -> sqlite3.Connection:
    """Opens, configures and migrates the database at `path`."""
    try:
        # Autocommit mode: transactions are ours, opened with BEGIN IMMEDIATE.
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as err:
        raise _open_error(path, err) from err
    try:
        conn.row_factory = sqlite3.Row
        for pragma in ("busy_timeout = 5000", "foreign_keys = ON", "journal_mode = WAL",
                       "synchronous = NORMAL"):
            conn.execute(f"PRAGMA {pragma}")
        migrate(conn)
    except (sqlite3.Error, StoreError) as err:
        conn.close()
        if isinstance(err, StoreError):
            raise StoreError(err.message, hint=err.hint, where=path) from err
        raise _open_error(path, err) from err
    return conn


def _bare_name_scope(doc_id: str, entity: Entity, target: Target) -> str:
    """A person an article names only by one word ("Mr Kim", "Kim"), or never names
    ("uncle of Tyler Brandt"), is that article's own: across articles people merge on full
    names, never on a bare shared surname. A curated target (an alias-file or `entity
    merge` rule) still decides."""
    one_word = len(norm_key(target.name).split()) == 1
    if target.strict and entity.type == "PERSON" and (one_word or entity.described):
        return f" @{doc_id[:16]}"
    return ""


def _open_error(path: str, err: Exception) -> StoreError:
    return StoreError(f"cannot open the store: {err}", where=path,
                      hint="give the path of a Dateline SQLite file, or of a new file to create")


def _overlapping(table: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """Conditions for rows (alias `table`, with date_start/date_end columns) whose calendar
    period overlaps since..until; `table` is a fixed alias, never user input."""
    return _bounds(f"{table}.date_end", f"{table}.date_start", since, until)


def _date_range(column: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """Conditions bounding an ISO date column, inclusive; `column` is a fixed name."""
    return _bounds(column, column, since, until)


def _bounds(ends: str, starts: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    conds, params = [], []
    if since:
        conds.append(f"{ends} >= ?")
        params.append(since)
    if until:
        conds.append(f"{starts} <= ?")
        params.append(until)
    return conds, params


def _quote_values(doc: Document, idx: int, q: Quote, ids: dict[str, int]) -> tuple[Any, ...]:
    """The quotes-table row of a quote: its speaker resolved to a global entity id, and the
    calendar period of its date (the document's when it has none)."""
    cue, sp = q.cue, q.speaker
    pieces = json.dumps(q.pieces) if q.pieces is not None else None
    speaker_id = ids.get(sp.entity) if sp and sp.entity else None
    return (doc.id, idx, q.start, q.end, q.text, q.kind, pieces,
            cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
            sp.entity if sp else None, speaker_id, sp.name if sp else None,
            sp.start if sp else None, sp.end if sp else None, sp.text if sp else None,
            q.date, *interval(q.date or doc.date, doc.date))


def _quote_from_row(r: sqlite3.Row) -> Quote:
    # A cue or speaker always has a start offset, so a NULL start means there was none.
    cue = Cue(r["cue_start"], r["cue_end"], r["cue_text"]) if r["cue_start"] is not None else None
    speaker = None
    if r["speaker_start"] is not None:
        speaker = Speaker(r["speaker_local_id"], r["speaker_name"], r["speaker_start"],
                          r["speaker_end"], r["speaker_text"])
    pieces = json.loads(r["pieces_json"]) if r["pieces_json"] is not None else None
    return Quote(r["start"], r["end"], r["text"], r["kind"], cue, speaker, pieces, r["date"])


def _event_from_row(r: sqlite3.Row) -> Event:
    sentence = {k: r[c] for k, c in (("start", "sent_start"), ("end", "sent_end"))
                if r[c] is not None}
    return Event(r["start"], r["end"], r["text"], r["type"], r["actor_local"],
                 r["target_local"], r["date"], sentence)


def _entity_from_row(r: sqlite3.Row) -> EntityRow:
    return EntityRow(r["id"], r["name"], r["type"], json.loads(r["aliases"]), r["documents"],
                     r["mentions"], r["quotes"], r["first_seen"], r["last_seen"])


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

