"""Alias files: forced entity merges and splits, kept beside the articles and applied at
ingest (setting `aliases`, `dateline ingest --aliases FILE`).

YAML (`.yaml`, `.yml`)::

    merge:                                  # the first name survives
      - [Sarah Whitfield, S. Whitfield, Sally Whitfield]
    split:                                  # `as` defaults to "NAME (first 8 of DOC)"
      - {name: Lee Soo-jin, doc: 3f2a9c01d4e5, as: Lee Soo-jin (union)}

CSV (`.csv`), an optional header `action,name,other,as`, one rule a row::

    merge,Sarah Whitfield,S. Whitfield
    split,Lee Soo-jin,3f2a9c01d4e5,Lee Soo-jin (union)

`dateline entity curations --export FILE` writes the rules a store recorded in either form,
so a fresh store built from the same articles resolves their entities the same way.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from .errors import AliasFileError
from .store.base import Curation, Store
from .store.curation import MERGE, SPLIT, Rules
from .store.names import norm_key

_YAML = (".yaml", ".yml")
_CSV = (".csv",)
_SPLIT_KEYS = ("name", "doc", "as")
_HEADER = ["action", "name", "other", "as"]
_COMMENT = "# Dateline alias file: forced entity merges and splits, applied at ingest.\n"


def read_alias_file(path: str | Path) -> list[Curation]:
    """Reads and checks the merges and splits of an alias file, YAML or CSV by extension.

    Returns:
        The rules in file order, each with its file (`source`) and line.

    Raises:
        AliasFileError: The file cannot be read, or a rule is malformed or contradicts
            another; `where` names the file and line.
    """
    path = Path(path)
    text = _read_text(path)
    is_yaml = path.suffix.lower() in _YAML
    rules = list(_yaml_rules(text, path) if is_yaml else _csv_rules(text, path))
    _check(rules)
    return rules


def write_alias_file(path: str | Path, curations: Iterable[Curation]) -> int:
    """Writes rules as an alias file, YAML or CSV by the extension of `path`.

    Returns:
        How many rules were written.

    Raises:
        AliasFileError: The extension is not .yaml, .yml or .csv, or the file cannot be written.
    """
    path, rules = Path(path), list(curations)
    _kind(path)
    text = _to_yaml(rules) if path.suffix.lower() in _YAML else _to_csv(rules)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise AliasFileError(f"cannot write the alias file: {err}", where=str(path),
                             hint="choose a path in a writable directory") from err
    return len(rules)


def apply_alias_file(store: Store, path: str | Path) -> int:
    """Reads an alias file and records and applies its rules in the store.

    Returns:
        How many rules changed stored entities (rules already applied change nothing).

    Raises:
        AliasFileError: The file is bad; nothing of it is applied.
        CurationError: A merge makes a cycle with those the store recorded.
    """
    return store.apply_curations(read_alias_file(path))


# -- reading --------------------------------------------------------------------------

def _kind(path: Path) -> None:
    if path.suffix.lower() not in _YAML + _CSV:
        suffix = path.suffix or "no extension"
        raise AliasFileError(f"an alias file must be .yaml, .yml or .csv, not {suffix!r}",
                             where=str(path), hint="rename it, or write it in one of those forms")


def _read_text(path: Path) -> str:
    _kind(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise AliasFileError(
            "alias file not found", where=str(path),
            hint="check the path (setting `aliases`, env DATELINE_ALIASES, --aliases)") from err
    except (OSError, UnicodeDecodeError) as err:
        raise AliasFileError(f"cannot read the alias file: {err}", where=str(path),
                             hint="give a UTF-8 text file") from err


def _yaml_rules(text: str, path: Path) -> Iterator[Curation]:
    """Rules of a YAML alias file. Scalars are taken as written, never typed, so a name
    like `No` or a doc id like `123456` stays the string it looks like."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise AliasFileError(f"not valid YAML: {err.problem}", where=_where(path, mark),
                             hint="fix the YAML syntax") from err
    if root is None:
        return
    _expect(root, yaml.MappingNode, path, "the file to be a mapping with `merge` and `split`")
    for key, value in root.value:
        if _scalar(key, path) not in (MERGE, SPLIT):
            raise _error(path, key, f"unknown section {key.value!r}", "use `merge:` and `split:`")
        if _is_null(value):
            continue
        _expect(value, yaml.SequenceNode, path, f"`{key.value}` to be a list")
        for item in value.value:
            yield from (_yaml_merge(item, path) if key.value == MERGE else [_yaml_split(item, path)])


def _yaml_merge(node: yaml.Node, path: Path) -> Iterator[Curation]:
    _expect(node, yaml.SequenceNode, path, "a merge to be a list of names, the survivor first")
    names = [_scalar(n, path) for n in node.value]
    if len(names) < 2:
        raise _error(path, node, "a merge needs two names or more",
                     "write [Canonical Name, Other Name, ...]")
    for variant in names[1:]:
        yield Curation(MERGE, names[0], variant=variant, source=str(path), line=_line(node))


def _yaml_split(node: yaml.Node, path: Path) -> Curation:
    _expect(node, yaml.MappingNode, path, "a split to be a mapping {name, doc, as}")
    fields = {}
    for key, value in node.value:
        if _scalar(key, path) not in _SPLIT_KEYS:
            raise _error(path, key, f"unknown split field {key.value!r}", "use name, doc and as")
        fields[key.value] = _scalar(value, path)
    missing = [k for k in ("name", "doc") if k not in fields]
    if missing:
        raise _error(path, node, f"a split needs {' and '.join(missing)}",
                     "write {name: NAME, doc: DOC_ID, as: NEW_NAME}")
    return _split(fields["name"], fields["doc"], fields.get("as"), str(path), _line(node))


def _csv_rules(text: str, path: Path) -> Iterator[Curation]:
    reader = csv.reader(io.StringIO(text))
    for row in reader:
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#") or cells[0].lower() == "action":
            continue
        yield _csv_rule(cells, str(path), reader.line_num)


def _csv_rule(cells: list[str], source: str, line: int) -> Curation:
    """One CSV row: merge,CANONICAL,VARIANT or split,NAME,DOC_ID[,NEW_NAME]."""
    action = cells[0].lower()
    name, other, new_name, *extra = cells[1:] + ["", "", ""]
    where = f"{source}:{line}"
    hint = "write merge,Canonical Name,Other Name or split,Name,DOC_ID[,New Name]"
    if action not in (MERGE, SPLIT):
        raise AliasFileError(f"unknown action {cells[0]!r}", where=where, hint=hint)
    if not name or not other:
        raise AliasFileError(f"a {action} row needs a name and an other", where=where, hint=hint)
    if any(extra) or (action == MERGE and new_name):
        raise AliasFileError(f"too many columns for a {action} row", where=where, hint=hint)
    if action == MERGE:
        return Curation(MERGE, name, variant=other, source=source, line=line)
    return _split(name, other, new_name or None, source, line)


def _split(name: str, doc: str, new_name: str | None, source: str, line: int) -> Curation:
    return Curation(SPLIT, name, doc_id=doc,
                    new_name=new_name or f"{name} ({doc[:8]})", source=source, line=line)


def _check(rules: list[Curation]) -> None:
    """Rejects rules that cannot hold together: a name merged into itself, one name merged
    into two, a cycle of merges, a split onto its own name or twice for one document."""
    seen: dict[tuple[str, str, str], Curation] = {}
    for rule in rules:
        where = f"{rule.source}:{rule.line}"
        other = rule.variant if rule.action == MERGE else rule.new_name
        if not norm_key(rule.name) or not norm_key(other or ""):
            raise AliasFileError("a name has no letters or digits", where=where,
                                 hint="give names as printed, e.g. Sarah Whitfield")
        if norm_key(rule.name) == norm_key(other or ""):
            raise AliasFileError(f"{other!r} is the same name as {rule.name!r}", where=where,
                                 hint="a merge or split needs two different names")
        key = (rule.action, rule.doc_id or "", norm_key(rule.variant or rule.name))
        if key in seen:
            raise AliasFileError(
                f"{rule.variant or rule.name!r} has a rule already, at line {seen[key].line}",
                where=where, hint="keep one rule per name (and document)")
        seen[key] = rule
    so_far = Rules([])
    for rule in (r for r in rules if r.action == MERGE):
        # Added one by one, so the error names the line that closes the cycle.
        so_far.merges[norm_key(rule.variant or "")] = (rule.name, None)
        if so_far.has_cycle(rule.variant or ""):
            raise AliasFileError(f"merging {rule.variant!r} into {rule.name!r} makes a cycle",
                                 where=f"{rule.source}:{rule.line}", hint="keep one direction")


def _expect(node: yaml.Node, kind: type, path: Path, what: str) -> None:
    if not isinstance(node, kind):
        raise _error(path, node, f"expected {what}", "see the alias file form in the README")


def _scalar(node: yaml.Node, path: Path) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise _error(path, node, "expected a name or id here", "write a plain value")
    return str(node.value).strip()


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _where(path: Path, mark: yaml.Mark | None) -> str:
    return f"{path}:{mark.line + 1}" if mark else str(path)


def _error(path: Path, node: yaml.Node, message: str, hint: str) -> AliasFileError:
    return AliasFileError(message, where=f"{path}:{_line(node)}", hint=hint)


# -- writing --------------------------------------------------------------------------

def _to_yaml(rules: list[Curation]) -> str:
    groups: dict[str, list[str]] = {}
    for rule in rules:
        if rule.action == MERGE:
            groups.setdefault(rule.name, [rule.name]).append(rule.variant or "")
    splits = [{"name": r.name, "doc": r.doc_id, "as": r.new_name} for r in rules if r.action == SPLIT]
    data = {MERGE: list(groups.values()), SPLIT: splits}
    # Flow style for the leaves: one rule a line, `- [A, B]` and `- {name: ..., doc: ...}`.
    return _COMMENT + yaml.safe_dump(data, sort_keys=False, allow_unicode=True,
                                     default_flow_style=None, width=1000)


def _to_csv(rules: list[Curation]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_HEADER)
    for r in rules:
        writer.writerow([MERGE, r.name, r.variant, ""] if r.action == MERGE
                        else [SPLIT, r.name, r.doc_id, r.new_name])
    return buffer.getvalue()
