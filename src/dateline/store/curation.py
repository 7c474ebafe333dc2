"""Entity curation in the SQLite store: merges and splits done on the stored rows, and
recorded in the `curations` table so that documents ingested later resolve the same way.

Automatic resolution puts entities of the same name key and type together. A person can
correct it two ways: fold one entity into another (a merge), or move one document's
mentions of an entity to a separate entity (a split). Both are kept as rules keyed by name
(`Rules`), not by entity id, because ids differ between stores and a rule must also hold
in a fresh store built from the same articles with an exported alias file.
"""
from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Iterator

from dateline.errors import CurationError, NotFoundError, StoreError
from dateline.store.base import Curation, CurationResult, EntityRow
from dateline.store.names import is_alias, norm_key

MERGE, SPLIT = "merge", "split"

# Every column that points at an entity; a merge or split repoints them all.
_ENTITY_COLUMNS = (("doc_entities", "entity_id"), ("quotes", "speaker_entity_id"),
                   ("events", "actor_entity_id"), ("events", "target_entity_id"))


@dataclass(frozen=True)
class Target:
    """The entity an entity of a document goes to: the one whose name keys like `name`.

    Attributes:
        type: The type to prefer among entities of that key, and to create it with; None
            (a merge from an alias file) prefers the most mentioned of any type.
        strict: Only an entity of exactly `type` will do (automatic resolution); a
            curated target takes an entity of any type when none of `type` exists.
    """

    name: str
    type: str | None
    strict: bool


class Rules:
    """The recorded curations, in the form ingest consults them.

    Args:
        curations: Rules in the order they were recorded; a later one for the same key wins.
        types: Survivor type of each merge rule, by the variant's name key.
    """

    def __init__(self, curations: Iterable[Curation], types: dict[str, str | None] | None = None):
        self.merges: dict[str, tuple[str, str | None]] = {}
        self.splits: dict[tuple[str, str], str] = {}
        for c in curations:
            if c.action == MERGE:
                key = norm_key(c.variant or "")
                self.merges[key] = (c.name, (types or {}).get(key))
            else:
                self.splits[(c.doc_id or "", norm_key(c.name))] = c.new_name or ""

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> "Rules":
        """Reads the rules recorded in a store."""
        types = {r[0]: r[1] for r in conn.execute(
            "SELECT match_key, type FROM curations WHERE action = 'merge'")}
        return cls(load_curations(conn), types)

    def survivor(self, name: str) -> tuple[str, str | None] | None:
        """The (name, type) an entity named `name` was merged into, following chains of
        merges (C into B, then B into A); None when no merge names it."""
        found, _ = self._walk(name)
        return found

    def has_cycle(self, name: str) -> bool:
        """Whether following the merges from `name` comes back to a name already passed.

        A merge onto the same key (two types of one name folded together) is no cycle.
        """
        _, seen = self._walk(name)
        end = norm_key(self.merges[seen[-1]][0]) if seen else ""
        return end in seen and end != seen[-1]

    def _walk(self, name: str) -> tuple[tuple[str, str | None] | None, list[str]]:
        key, seen, found = norm_key(name), [], None
        while key in self.merges and key not in seen:
            seen.append(key)
            found = self.merges[key]
            key = norm_key(found[0])
        return found, seen

    def target(self, name: str, type: str | None) -> Target:
        """Where an entity named `name` of `type` goes, merges applied."""
        merged = self.survivor(name)
        if merged is None:
            return Target(name, type, strict=True)
        return Target(merged[0], merged[1], strict=False)

    def resolve(self, doc_id: str, name: str, type: str) -> Target:
        """Where the entity `name` of document `doc_id` goes: a split first, then merges.

        A split rule matches the name as printed or the name it is merged into, so a split
        of "Lee Soo-jin" also catches a "Soo-jin Lee" merged into her.
        """
        merged = self.survivor(name)
        keys = {norm_key(name)} | ({norm_key(merged[0])} if merged else set())
        for (split_doc, key), new_name in self.splits.items():
            if key in keys and doc_id == split_doc:
                return self.split_target(new_name, keys, type)
        return self.target(name, type)

    def split_target(self, new_name: str, keys: set[str], type: str) -> Target:
        """Where a split sends its mentions: the entity `new_name`, merges applied, unless
        they lead back to the entity split (keys): splitting "B" off after merging B into
        A undoes that merge for the document, and the split wins."""
        target = self.target(new_name, type)
        if norm_key(target.name) in keys:
            return Target(new_name, type, strict=True)
        return target


class CurationMixin:
    """Merge, split and alias-file methods of `SQLiteStore` (which provides the helpers)."""

    path: str
    _conn: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[None]]
    find_entity: Callable[[str], EntityRow]
    _entity_row: Callable[[int], EntityRow]
    _document_id: Callable[[str], str]
    _target_id: Callable[[Target, str], int]

    def merge_entities(self, name: str, other: str) -> CurationResult:
        """Folds entity `other` into entity `name`, both found by name or alias.

        Its aliases, document entities (with their mentions), quotes and events move to the
        survivor, whose counters are recounted; its row is deleted. The merge is recorded,
        so a document ingested later with an entity named like `other` lands on `name`.
        One transaction: on any error the store is unchanged.

        Raises:
            NotFoundError: Either name matches no entity.
            CurationError: Both names find the same entity.
        """
        with self._curating():
            survivor, folded = self.find_entity(name), self.find_entity(other)
            if survivor.id == folded.id:
                raise CurationError(
                    f"{other!r} and {name!r} are already one entity, {survivor.name!r}",
                    hint="nothing to merge; `dateline entity NAME` lists its aliases")
            rule = Curation(MERGE, survivor.name, variant=folded.name)
            _check_cycle(self._conn, rule)
            moved = fold(self._conn, survivor.id, folded.id)
            add_aliases(self._conn, survivor.id, [folded.name])
            forget_splits(self._conn, survivor.name, folded.name)
            recorded = record(self._conn, rule, survivor.type)
            return CurationResult(recorded, self._entity_row(survivor.id), moved)

    def split_entity(self, name: str, doc_id: str, new_name: str | None = None) -> CurationResult:
        """Moves the mentions of entity `name` in one document to a separate entity.

        The document's quotes and events of the entity move with them, and both entities
        are recounted (the old one is deleted when no document mentions it any more). The
        split is recorded, so the same document ingested into a store later is split too.

        Args:
            name: A name or alias of the entity.
            doc_id: The document, or a unique prefix of 6+ characters of its id.
            new_name: Name of the separate entity; default "NAME (first 8 of the doc id)".
                An existing entity of that name and type receives the mentions.

        Raises:
            NotFoundError: No such entity or document, or the entity is not in it.
            CurationError: `new_name` names the entity itself.
        """
        with self._curating():
            entity, doc_id = self.find_entity(name), self._document_id(doc_id)
            rule = Curation(SPLIT, entity.name, doc_id=doc_id,
                            new_name=new_name or f"{entity.name} ({doc_id[:8]})")
            done = self._split_off(entity.id, doc_id, rule.new_name or "")
            if done is None:
                raise NotFoundError(f"{entity.name!r} is not mentioned in document {doc_id}",
                                    hint="`dateline show ID` lists a document's entities")
            recorded = record(self._conn, rule)
            return CurationResult(recorded, self._entity_row(done[0]), done[1])

    def apply_curations(self, rules: Iterable[Curation]) -> int:
        """Records rules (read from an alias file) and applies them to the stored entities.

        Each rule is one transaction. A merge folds the entities named like its variant
        into the one named like its survivor (renaming the variant when the survivor is not
        stored yet); a split of a stored document moves that document's mentions. Rules
        already applied change nothing, so the same file can be given at every ingest.

        Returns:
            How many rules changed stored entities.

        Raises:
            CurationError: A merge would make a cycle with the recorded ones.
        """
        rules = list(rules)
        # All checked first, so a cycle late in a file leaves none of the file applied.
        _check_cycle(self._conn, *(r for r in rules if r.action == MERGE))
        changed = 0
        for rule in rules:
            with self._curating():
                if rule.action == MERGE:
                    _check_cycle(self._conn, rule)
                    record(self._conn, rule)
                    changed += self._apply_merge(rule)
                else:
                    changed += self._apply_split(rule)
        return changed

    def curations(self) -> list[Curation]:
        """The recorded merges and splits, oldest first."""
        return load_curations(self._conn)

    @contextmanager
    def _curating(self) -> Iterator[None]:
        """One curation's transaction: all of it is written, or (on any error) none."""
        with self._transaction():
            try:
                yield
            except sqlite3.Error as err:
                raise StoreError(f"the curation failed: {err}", where=self.path,
                                 hint="nothing was changed; check the store and try again") from err

    def _apply_merge(self, rule: Curation) -> int:
        """Folds the stored entities keyed like the variant into the survivor; 1 if any."""
        others = _keyed(self._conn, rule.variant or "")
        if not others:
            return 0
        # The rule is recorded: following it (and any merge after it) gives the final name.
        survivor_name = (Rules.load(self._conn).survivor(rule.variant or "") or (rule.name,))[0]
        survivors = [i for i in _keyed(self._conn, survivor_name) if i not in others]
        survivor = survivors[0] if survivors else others.pop(0)
        if not survivors:
            rename(self._conn, survivor, survivor_name)
        for other in others:
            fold(self._conn, survivor, other)
        add_aliases(self._conn, survivor, [rule.variant or ""])
        return 1

    def _apply_split(self, rule: Curation) -> int:
        """Records a split and applies it when its document is stored."""
        try:
            doc_id = self._document_id(rule.doc_id or "")
        except NotFoundError:
            # Not ingested yet: the recorded rule splits it when it is. Ingest matches whole
            # ids only ("council" must not catch "council-2"), so a prefix helps only here.
            record(self._conn, rule)
            return 0
        record(self._conn, replace(rule, doc_id=doc_id))
        key = norm_key(rule.name)
        rows = self._conn.execute(
            "SELECT DISTINCT de.entity_id, de.name, e.norm_key FROM doc_entities de"
            " JOIN entities e ON e.id = de.entity_id WHERE de.doc_id = ?", (doc_id,)).fetchall()
        ids = {r[0] for r in rows if key in (norm_key(r[1]), r[2])}
        done = [self._split_off(i, doc_id, rule.new_name or "") for i in sorted(ids)]
        return int(any(done))

    def _split_off(self, entity_id: int, doc_id: str,
                   new_name: str) -> tuple[int, dict[str, int]] | None:
        """Moves an entity's rows in one document to the entity `new_name`; None when the
        entity has none there. Returns the new entity's id and the counts moved."""
        row = self._conn.execute("SELECT name, type FROM entities WHERE id = ?",
                                 (entity_id,)).fetchone()
        texts = _texts(self._conn, entity_id, doc_id)
        if row is None or not texts:
            return None
        target = Rules.load(self._conn).split_target(new_name, {norm_key(row[0])}, row[1])
        new_id = self._target_id(target, row[1])
        if new_id == entity_id:
            raise CurationError(f"{new_name!r} names {row[0]!r} itself",
                                hint="give the separate entity a different name (--as)")
        moved = move_document(self._conn, entity_id, new_id, doc_id)
        # The old name stays the old entity's: as an alias of both, a lookup could pick either.
        add_aliases(self._conn, new_id, [new_name, *texts], skip={norm_key(row[0])})
        settle(self._conn, entity_id)
        recount(self._conn, new_id)
        return new_id, moved


def _check_cycle(conn: sqlite3.Connection, *merges: Curation) -> None:
    """Refuses merges that, added in order to the recorded ones, would send names round
    in a circle (A into B into A)."""
    rules = Rules.load(conn)
    for rule in merges:
        rules.merges[norm_key(rule.variant or "")] = (rule.name, None)
        if rules.has_cycle(rule.variant or ""):
            where = f"{rule.source}:{rule.line}" if rule.line else None
            raise CurationError(
                f"merging {rule.variant!r} into {rule.name!r} makes a cycle with the recorded merges",
                where=where, hint="`dateline entity curations` lists them; keep one direction")


# -- rows -----------------------------------------------------------------------------

def fold(conn: sqlite3.Connection, survivor: int, other: int) -> dict[str, int]:
    """Moves every row of entity `other` to `survivor`, deletes `other` and recounts."""
    moved = _counts(conn, other)
    conn.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, norm_alias)"
                 " SELECT ?, alias, norm_alias FROM aliases WHERE entity_id = ? ORDER BY id",
                 (survivor, other))
    for table, column in _ENTITY_COLUMNS:
        # Fixed names from _ENTITY_COLUMNS, never user input.
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (survivor, other))
    conn.execute("DELETE FROM entities WHERE id = ?", (other,))
    recount(conn, survivor)
    return moved


def move_document(conn: sqlite3.Connection, entity_id: int, new_id: int,
                  doc_id: str) -> dict[str, int]:
    """Repoints one document's rows of an entity to another; returns the counts moved."""
    moved = _counts(conn, entity_id, doc_id)
    for table, column in _ENTITY_COLUMNS:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ? AND doc_id = ?",
                     (new_id, entity_id, doc_id))
    return moved


def rename(conn: sqlite3.Connection, entity_id: int, name: str) -> None:
    """Gives an entity a new canonical name, keeping the old one as an alias."""
    old = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()[0]
    conn.execute("UPDATE entities SET name = ?, norm_key = ? WHERE id = ?",
                 (name, norm_key(name), entity_id))
    add_aliases(conn, entity_id, [old, name])


def add_aliases(conn: sqlite3.Connection, entity_id: int, texts: Iterable[str],
                skip: frozenset[str] | set[str] = frozenset()) -> None:
    """Records the texts worth keeping as aliases (see `is_alias`), but none keyed in `skip`."""
    rows = [(entity_id, t, norm_key(t)) for t in texts if is_alias(t) and norm_key(t) not in skip]
    conn.executemany(
        "INSERT OR IGNORE INTO aliases (entity_id, alias, norm_alias) VALUES (?, ?, ?)", rows)


def recount(conn: sqlite3.Connection, entity_id: int) -> None:
    """Recomputes an entity's counters and first/last seen from its rows."""
    conn.execute(
        "UPDATE entities SET"
        " documents = (SELECT count(DISTINCT doc_id) FROM doc_entities WHERE entity_id = :id),"
        " mentions = (SELECT count(*) FROM mentions m JOIN doc_entities de"
        "   ON de.doc_id = m.doc_id AND de.local_id = m.local_id WHERE de.entity_id = :id),"
        " quotes = (SELECT count(*) FROM quotes WHERE speaker_entity_id = :id),"
        " first_seen = (SELECT min(d.date) FROM doc_entities de JOIN documents d"
        "   ON d.id = de.doc_id WHERE de.entity_id = :id),"
        " last_seen = (SELECT max(d.date) FROM doc_entities de JOIN documents d"
        "   ON d.id = de.doc_id WHERE de.entity_id = :id)"
        " WHERE id = :id", {"id": entity_id})


def settle(conn: sqlite3.Connection, entity_id: int) -> None:
    """After a split: deletes an entity no document mentions any more, else recounts it
    and drops the aliases only the split-off document gave it."""
    texts = _texts(conn, entity_id)
    if not texts:
        conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
        return
    recount(conn, entity_id)
    name = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()[0]
    keep = {norm_key(t) for t in [name, *texts]}
    stale = [(r[0],) for r in conn.execute(
        "SELECT id, norm_alias FROM aliases WHERE entity_id = ?", (entity_id,)) if r[1] not in keep]
    conn.executemany("DELETE FROM aliases WHERE id = ?", stale)


def _texts(conn: sqlite3.Connection, entity_id: int, doc_id: str | None = None) -> list[str]:
    """The names and mention texts an entity has in one document (or all of them)."""
    where, params = "de.entity_id = ?", [entity_id]
    if doc_id is not None:
        where, params = where + " AND de.doc_id = ?", params + [doc_id]
    rows = conn.execute(
        f"SELECT de.name FROM doc_entities de WHERE {where} UNION ALL"
        f" SELECT m.text FROM doc_entities de JOIN mentions m"
        f" ON m.doc_id = de.doc_id AND m.local_id = de.local_id WHERE {where}", params * 2)
    return [r[0] for r in rows]


def _counts(conn: sqlite3.Connection, entity_id: int, doc_id: str | None = None) -> dict[str, int]:
    """How many documents, mentions, quotes and events an entity has (in one document)."""
    doc = "" if doc_id is None else " AND doc_id = :doc"
    params: dict[str, Any] = {"id": entity_id, "doc": doc_id}
    row = conn.execute(
        f"SELECT (SELECT count(DISTINCT doc_id) FROM doc_entities WHERE entity_id = :id{doc}),"
        f" (SELECT count(*) FROM mentions WHERE (doc_id, local_id) IN (SELECT doc_id, local_id"
        f"   FROM doc_entities WHERE entity_id = :id{doc})),"
        f" (SELECT count(*) FROM quotes WHERE speaker_entity_id = :id{doc}),"
        f" (SELECT count(*) FROM events WHERE (actor_entity_id = :id OR target_entity_id = :id){doc})",
        params).fetchone()
    return dict(zip(("documents", "mentions", "quotes", "events"), row))


def _keyed(conn: sqlite3.Connection, name: str) -> list[int]:
    """Ids of the entities whose name keys like `name` (any type), most mentioned first."""
    rows = conn.execute("SELECT id FROM entities WHERE norm_key = ? ORDER BY mentions DESC, id",
                        (norm_key(name),))
    return [r[0] for r in rows]


# -- the curations table --------------------------------------------------------------

def record(conn: sqlite3.Connection, rule: Curation, type: str | None = None) -> Curation:
    """Records a rule, replacing one for the same key; returns it as recorded.

    The same rule again (an alias file given at every ingest) keeps its first record.
    """
    key = norm_key(rule.variant or "") if rule.action == MERGE else norm_key(rule.name)
    conn.execute(
        "INSERT INTO curations (action, name, variant, doc_id, new_name, match_key, type, source,"
        " line, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (action, doc_id, match_key) DO UPDATE SET name = excluded.name,"
        " variant = excluded.variant, new_name = excluded.new_name, type = excluded.type,"
        " source = excluded.source, line = excluded.line, created_at = excluded.created_at"
        " WHERE curations.name IS NOT excluded.name OR curations.new_name IS NOT excluded.new_name",
        (rule.action, rule.name, rule.variant, rule.doc_id or "", rule.new_name, key, type,
         rule.source, rule.line, _now()))
    row = conn.execute(_CURATION_SELECT + " WHERE action = ? AND doc_id = ? AND match_key = ?",
                       (rule.action, rule.doc_id or "", key)).fetchone()
    return _curation(row)


def forget_splits(conn: sqlite3.Connection, name: str, new_name: str) -> None:
    """Deletes the splits of `name` into `new_name`: merging them back undoes them, and a
    split rule left behind would split them again at the next ingest."""
    rows = conn.execute("SELECT id, new_name FROM curations WHERE action = 'split'"
                        " AND match_key = ?", (norm_key(name),)).fetchall()
    conn.executemany("DELETE FROM curations WHERE id = ?",
                     [(r[0],) for r in rows if norm_key(r[1] or "") == norm_key(new_name)])


_CURATION_SELECT = ("SELECT action, name, variant, doc_id, new_name, source, line, created_at"
                    " FROM curations")


def load_curations(conn: sqlite3.Connection) -> list[Curation]:
    """Every recorded rule, oldest first."""
    return [_curation(r) for r in conn.execute(_CURATION_SELECT + " ORDER BY id")]


def _curation(r: sqlite3.Row | tuple[Any, ...]) -> Curation:
    action, name, variant, doc_id, new_name, source, line, created = tuple(r)
    return Curation(action, name, variant, doc_id or None, new_name, source, line, created)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
