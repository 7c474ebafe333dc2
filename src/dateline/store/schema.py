"""SQLite schema of the Dateline store and its migrations.

The schema version lives in `PRAGMA user_version`: version N means `MIGRATIONS[:N]` have been
applied. A migration is either SQL text (several statements) or a callable taking the
connection; each runs in its own transaction together with the version bump, so a crash
during a migration leaves the previous version intact.
"""
from __future__ import annotations

import sqlite3
from typing import Callable, Union

from dateline.errors import StoreError

Migration = Union[str, Callable[[sqlite3.Connection], None]]

# Tokenizer shared by both full-text indexes: stemmed, so "invite" finds "invited", and
# diacritic-blind, so "Pyeongchang" finds "Pyeongchāng".
_TOKENIZE = "porter unicode61 remove_diacritics 2"

SCHEMA_V1 = f"""
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    -- Stable integer key for the full-text index: VACUUM may renumber implicit rowids.
    seq INTEGER NOT NULL UNIQUE,
    date TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    text TEXT NOT NULL,
    captions_json TEXT NOT NULL DEFAULT '[]',
    added_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    norm_key TEXT NOT NULL,
    -- Counters kept up to date on insert so listing entities never scans all mentions.
    documents INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT,
    UNIQUE (norm_key, type)
);
CREATE INDEX entities_mentions ON entities(mentions DESC);
CREATE INDEX entities_type_mentions ON entities(type, mentions DESC);
CREATE INDEX entities_quotes ON entities(quotes DESC);

CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    norm_alias TEXT NOT NULL,
    UNIQUE (entity_id, norm_alias)
);
CREATE INDEX aliases_norm ON aliases(norm_alias);

CREATE TABLE doc_entities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    titles_json TEXT NOT NULL DEFAULT '[]',
    gender TEXT,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);

CREATE TABLE mentions (
    doc_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (doc_id, local_id, idx),
    FOREIGN KEY (doc_id, local_id) REFERENCES doc_entities(doc_id, local_id) ON DELETE CASCADE
);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    pieces_json TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    speaker_local_id TEXT,
    speaker_entity_id INTEGER REFERENCES entities(id),
    speaker_name TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_text TEXT,
    UNIQUE (doc_id, idx)
);
CREATE INDEX quotes_doc_span ON quotes(doc_id, start);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE timexes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE events (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    actor_local TEXT,
    target_local TEXT,
    actor_entity_id INTEGER REFERENCES entities(id),
    target_entity_id INTEGER REFERENCES entities(id),
    date TEXT NOT NULL,
    -- The calendar interval `date` denotes ("2018-01" -> 2018-01-01..2018-01-31), so
    -- timelines sort and filter by day whatever the TIMEX3 granularity.
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    sent_start INTEGER,
    sent_end INTEGER,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX events_actor ON events(actor_entity_id);
CREATE INDEX events_target ON events(target_entity_id);
CREATE INDEX events_date ON events(date_start);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='seq', tokenize='{_TOKENIZE}'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='id', tokenize='{_TOKENIZE}'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
"""

# Append only: never edit or reorder a released migration, databases in the field have it.
# Version 2: paragraph boundaries of each document, as JSON [[start, end], ...].
SCHEMA_V2 = """
ALTER TABLE documents ADD COLUMN paragraphs_json TEXT NOT NULL DEFAULT '[]';
"""

# Version 3: when each quote was said (a timex in its cue's clause, else the article date)
# and the calendar period that date covers; quotes stored before take their article's date.
SCHEMA_V3 = """
ALTER TABLE quotes ADD COLUMN date TEXT;
ALTER TABLE quotes ADD COLUMN date_start TEXT;
ALTER TABLE quotes ADD COLUMN date_end TEXT;
UPDATE quotes SET date = (SELECT d.date FROM documents d WHERE d.id = quotes.doc_id);
UPDATE quotes SET date_start = date, date_end = date;
CREATE INDEX quotes_date ON quotes(date_start);
"""

# Version 4: entity curations (merges and splits) recorded so that documents ingested
# later resolve the way a person corrected them; see store/curation.py.
SCHEMA_V4 = """
CREATE TABLE curations (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    -- merge: the surviving entity's name; split: the name of the entity split
    name TEXT NOT NULL,
    variant TEXT,
    -- A split's document; '' for a merge, so the UNIQUE constraint below holds for merges too.
    doc_id TEXT NOT NULL DEFAULT '',
    new_name TEXT,
    -- The name key ingest looks up: the variant's for a merge, the split entity's for a split.
    match_key TEXT NOT NULL,
    -- A merge done in the store keeps its survivor's type; one from an alias file has none.
    type TEXT,
    source TEXT NOT NULL,
    line INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (action, doc_id, match_key)
);
"""

# Version 5: the country whose government a seat acting in a document stands for
# ("Pyongyang said": North Korea), keyed like entities.norm_key so that North Korea's
# timeline takes in what Pyongyang said and did.
SCHEMA_V5 = """
ALTER TABLE doc_entities ADD COLUMN stands_for TEXT;
ALTER TABLE doc_entities ADD COLUMN stands_for_key TEXT;
CREATE INDEX doc_entities_stands_for ON doc_entities(stands_for_key);
"""

# Version 6: whether a document's entity is known only by description ("uncle of Tyler
# Brandt"), a person the article never names and who stays that article's own.
SCHEMA_V6 = """
ALTER TABLE doc_entities ADD COLUMN described INTEGER NOT NULL DEFAULT 0;
"""

MIGRATIONS: list[Migration] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6]


def schema_version(conn: sqlite3.Connection) -> int:
    """Returns the schema version recorded in the database."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Brings the database up to the latest schema version.

    Args:
        conn: A connection in autocommit mode (`isolation_level=None`).

    Returns:
        The schema version after migrating.

    Raises:
        StoreError: The database was written by a newer Dateline, or a migration failed.
    """
    target = len(MIGRATIONS)
    current = schema_version(conn)
    if current > target:
        raise StoreError(
            f"store schema version {current} is newer than this Dateline supports ({target})",
            hint="upgrade Dateline to open this store",
        )
    for version in range(current + 1, target + 1):
        _apply(conn, version, MIGRATIONS[version - 1])
    return target


def _apply(conn: sqlite3.Connection, version: int, migration: Migration) -> None:
    """Runs one migration and records its version, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the write lock.
        if schema_version(conn) < version:
            _run(conn, migration)
            # PRAGMA takes no bound parameters; `version` is our own int, never user input.
            conn.execute(f"PRAGMA user_version = {int(version)}")
        conn.execute("COMMIT")
    except Exception as err:
        conn.execute("ROLLBACK")
        if isinstance(err, StoreError):
            raise
        raise StoreError(
            f"migrating the store to schema version {version} failed: {err}",
            hint="restore the store from a backup or report this as a bug",
        ) from err


def _run(conn: sqlite3.Connection, migration: Migration) -> None:
    """Executes a migration inside the caller's transaction."""
    if callable(migration):
        migration(conn)
        return
    for statement in split_statements(migration):
        conn.execute(statement)


def split_statements(sql: str) -> list[str]:
    """Splits SQL text into statements, keeping trigger bodies whole.

    `executescript` would commit the open transaction first, so statements are run one by
    one; `sqlite3.complete_statement` knows that `;` inside BEGIN ... END does not end one.
    """
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
