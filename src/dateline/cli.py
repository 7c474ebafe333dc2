"""The `dateline` command: a thin adapter over the library. Each command parses its
options, calls one library function and formats the result (rich tables, or --json)."""
from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable

import click
from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import search as queries
from .curation import write_alias_file
from .errors import DatelineError
from .ingest import read_sources
from .pipeline import Analyzer, ingest as run_ingest
from .settings import load_settings
from .store import open_store

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


def friendly(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into a clean message and exit status 1."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DatelineError as error:
            raise click.ClickException(error.full_message()) from error
    return wrapper


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", help="Store path or URL [env DATELINE_DB; default dateline.db].")(func)


def json_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)


def range_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--until", metavar="YYYY-MM-DD", help="Latest date, inclusive.")(func)
    return click.option("--since", metavar="YYYY-MM-DD", help="Earliest date, inclusive.")(func)


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--format-in", type=click.Choice(["text", "jsonl", "html"]),
                        help="Format of standard input ('-'); files go by their suffix.")(func)
    return click.option("--date", metavar="YYYY-MM-DD",
                        help="Article date for undated text; overrides dates in the input.")(func)


def _store(db: str | None):
    return open_store(load_settings({"db": db})["db"])


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
def main() -> None:
    """Dateline: dated news articles in, a searchable knowledge base of who said what,
    who did what, about whom, and when, out."""


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} articles/s" if speed else "- articles/s")


@main.command()
@click.argument("sources", nargs=-1, required=True)
@input_options
@db_option
@click.option("--model", help="spaCy model [env DATELINE_MODEL].")
@click.option("--n-process", type=int, help="Processes for the spaCy pipeline [default 1].")
@click.option("--batch-size", type=int, help="Articles per spaCy batch [default 32].")
@click.option("--aliases", metavar="PATH",
              help="Alias file (.yaml/.csv) of entity merges and splits [env DATELINE_ALIASES].")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@json_option
@friendly
def ingest(sources, date, format_in, db, model, n_process, batch_size, aliases, quiet, as_json) -> None:
    """Analyse articles and add them to the store.

    SOURCES are files (.txt with a ' date YYYY-MM-DD' header, plain text with --date,
    .jsonl, .html, any of them .gz), directories (read recursively) or '-' for stdin.
    Articles already stored are skipped; a bad file or record is reported and the rest
    are still stored. Exit status 1 when any record could not be ingested. An alias file
    (--aliases) forces entity merges and splits; they are recorded in the store.
    """
    cfg = load_settings({"db": db, "model": model, "n_process": n_process,
                         "batch_size": batch_size, "aliases": aliases})
    items = read_sources(sources, date=date, format_in=format_in)
    with open_store(cfg["db"]) as store, _progress(quiet or as_json) as progress:
        task = progress.add_task("ingest", total=None)
        report = run_ingest(store, items, Analyzer(cfg["model"]), batch_size=cfg["batch_size"],
                            n_process=cfg["n_process"], write_batch=cfg["write_batch"],
                            on_document=lambda _doc: progress.advance(task),
                            aliases=cfg["aliases"])
    if as_json:
        _print_json(report.to_dict())
    else:
        for error in report.errors:
            _print_error(error, [])
        out.print(f"{report.added} added, {report.skipped} already stored, "
                  f"{len(report.errors)} errors ({report.read} articles read) -> {cfg['db']}")
    if report.errors:
        sys.exit(1)


def _progress(disable: bool) -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.completed} articles"), RateColumn(),
                    TimeElapsedColumn(), console=err, disable=disable or not err.is_terminal,
                    transient=False)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@input_options
@click.option("--model", help="spaCy model [env DATELINE_MODEL].")
@click.option("--pretty", is_flag=True, help="Indent the JSON.")
@friendly
def analyze(sources, date, format_in, model, pretty) -> None:
    """Print the analysed-document JSON (one object per line) for each input document.

    Takes the same SOURCES as ingest; nothing is stored. Exit status 1 when any input
    could not be read (the others are still printed).
    """
    analyzer = Analyzer(load_settings({"model": model})["model"])
    failures: list[DatelineError] = []
    articles = _report_errors(read_sources(sources, date=date, format_in=format_in), failures)
    for document in analyzer.analyze_articles(articles, on_error=lambda e: _print_error(e, failures)):
        click.echo(json.dumps(document.to_dict(), ensure_ascii=False, indent=2 if pretty else None))
    if failures:
        sys.exit(1)


def _report_errors(items, failures: list[DatelineError]):
    """Pass articles on (streamed through one nlp.pipe); print and collect the errors."""
    for item in items:
        if isinstance(item, DatelineError):
            _print_error(item, failures)
        else:
            yield item


def _print_error(error: DatelineError, failures: list[DatelineError]) -> None:
    err.print(f"[red]error[/red] {error.full_message()}")
    failures.append(error)


@main.command("search")
@click.argument("query")
@range_options
@click.option("--limit", default=20, show_default=True, help="Maximum hits.")
@db_option
@json_option
@friendly
def search_cmd(query, since, until, limit, db, as_json) -> None:
    """Full-text search over articles: words, "phrases", prefix*."""
    with _store(db) as store:
        hits = queries.search(store, query, since=since, until=until, limit=limit)
    if as_json:
        return _print_json([h.to_dict() for h in hits])
    table = _table("date", "document", "title", "snippet")
    for hit in hits:
        table.add_row(hit.date, hit.doc_id[:12], hit.title or "", hit.snippet)
    out.print(table)


@main.command()
@click.argument("query", required=False)
@click.option("--speaker", metavar="NAME", help="Who said it (any name or alias).")
@click.option("--about", metavar="NAME", help="Whom the quote mentions.")
@range_options
@click.option("--limit", default=50, show_default=True, help="Maximum quotes.")
@db_option
@json_option
@friendly
def quotes(query, speaker, about, since, until, limit, db, as_json) -> None:
    """Quotes, newest first, optionally matching QUERY words, a speaker, a subject."""
    with _store(db) as store:
        rows = queries.quotes(store, query, speaker=speaker, about=about, since=since,
                              until=until, limit=limit)
    if as_json:
        return _print_json([r.to_dict() for r in rows])
    table = _table("date", "speaker", "kind", "quote")
    for row in rows:
        table.add_row(row.date, _speaker(row), row.kind, row.text)
    out.print(table)


def _speaker(row) -> str:
    name = row.speaker_name or "?"
    if row.speaker_text and row.speaker_text != name:
        return f"{name} ({row.speaker_text})"
    return name


@main.command()
@click.option("--type", "type_", metavar="TYPE", help="PERSON, ORG, GPE, ...")
@click.option("--limit", default=50, show_default=True, help="Maximum entities.")
@db_option
@json_option
@friendly
def entities(type_, limit, db, as_json) -> None:
    """Entities across the archive, most mentioned first."""
    with _store(db) as store:
        rows = queries.entities(store, type=type_, limit=limit)
    if as_json:
        return _print_json([r.to_dict() for r in rows])
    _print_entities(rows)


def _print_entities(rows) -> None:
    table = _table("name", "type", "docs", "mentions", "quotes", "first", "last")
    for row in rows:
        table.add_row(row.name, row.type, str(row.documents), str(row.mentions), str(row.quotes),
                      row.first_seen or "", row.last_seen or "")
    out.print(table)


@main.command()
@click.option("--limit", default=10, show_default=True, help="Maximum speakers.")
@db_option
@json_option
@friendly
def speakers(limit, db, as_json) -> None:
    """The most quoted speakers."""
    with _store(db) as store:
        rows = queries.top_speakers(store, limit=limit)
    if as_json:
        return _print_json([{**e.to_dict(), "quoted": n} for e, n in rows])
    table = _table("speaker", "type", "quotes", "documents")
    for entity, count in rows:
        table.add_row(entity.name, entity.type, str(count), str(entity.documents))
    out.print(table)


class EntityGroup(click.Group):
    """`dateline entity NAME` is `dateline entity show NAME`: an argument that names no
    subcommand is a name to show (a person called "merge" needs `entity show merge`)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["show", *args]
        return super().parse_args(ctx, args)


@main.group(cls=EntityGroup, subcommand_metavar="NAME | COMMAND [ARGS]...")
def entity() -> None:
    """One entity's page (`dateline entity NAME`), and curation: merge, split, curations."""


@entity.command("show", short_help="One entity's page (also `dateline entity NAME`).")
@click.argument("name")
@click.option("--by", type=click.Choice(["month", "day"]), default="month", show_default=True,
              help="Period of the mention counts.")
@db_option
@json_option
@friendly
def entity_show(name, by, db, as_json) -> None:
    """One entity: aliases, counts, first/last seen, mentions per month (or day),
    co-occurring entities, roles, the government a seat acts for (or the seats acting for
    a country), quotes by and about it, timeline."""
    with _store(db) as store:
        profile = queries.entity_profile(store, name, by=by)
    if as_json:
        return _print_json(profile.to_dict())
    row = profile.entity
    out.print(f"[bold]{row.name}[/bold] ({row.type}) - {row.mentions} mentions in "
              f"{row.documents} documents, {row.first_seen} to {row.last_seen}")
    out.print("aliases: " + ", ".join(row.aliases))
    _print_entity_page(profile)
    for title, rows in (("quotes by", profile.quotes_by), ("quotes about", profile.quotes_about)):
        table = _table("date", "speaker", "quote", title=f"{title} {row.name} ({len(rows)})")
        for q in rows[:10]:
            table.add_row(q.date, _speaker(q), q.text)
        out.print(table)
    _print_timeline(profile.timeline[:20], f"timeline ({len(profile.timeline)})")


def _print_entity_page(profile) -> None:
    """The mention counts per period, co-occurring entities and roles of a profile."""
    by = profile.by
    _print_rows(f"mentions by {by}", (by, "mentions", "documents"),
                [(p.period, p.mentions, p.documents) for p in profile.mentions_by_period])
    _print_rows("seen with", ("entity", "type", "shared documents"),
                [(c.name, c.type, c.shared_documents) for c in profile.co_occurring])
    # A title is recorded only where the text gives one ("the harbour master"): often none.
    _print_rows("roles", ("title", "documents"), [(r.title, r.documents) for r in profile.roles])
    # "Pyongyang said": a seat of government acting for its country, shown only when seen.
    for title, rows in (("acts for the government of", profile.acts_for),
                        ("its government acted as", profile.acted_for_by)):
        if rows:
            _print_rows(title, ("name", "documents"), [(r.name, r.documents) for r in rows])


def _print_rows(title: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """A titled table, or one line saying there is nothing to show."""
    if not rows:
        out.print(f"{title}: none")
        return
    table = _table(*columns, title=title)
    for row in rows:
        table.add_row(*(str(v) for v in row))
    out.print(table)


@entity.command("merge", short_help="Fold entity OTHER into entity NAME.")
@click.argument("name")
@click.argument("other")
@db_option
@json_option
@friendly
def entity_merge(name, other, db, as_json) -> None:
    """Fold entity OTHER into entity NAME (each a name or alias); later ingests follow."""
    with _store(db) as store:
        result = queries.merge_entities(store, name, other)
    if as_json:
        return _print_json(result.to_dict())
    out.print(f"merged {result.curation.variant!r} into {result.entity.name!r}: {_moved(result)}")
    _print_entities([result.entity])


@entity.command("split", short_help="Make NAME's mentions in one document a separate entity.")
@click.argument("name")
@click.option("--doc", "doc_id", required=True, metavar="DOC_ID",
              help="The document (a unique id prefix of 6+ characters works).")
@click.option("--as", "new_name", metavar="NEW_NAME",
              help='Name of the separate entity [default "NAME (DOC_ID[:8])"].')
@db_option
@json_option
@friendly
def entity_split(name, doc_id, new_name, db, as_json) -> None:
    """Make the mentions of NAME in one document a separate entity; later ingests follow."""
    with _store(db) as store:
        result = queries.split_entity(store, name, doc_id, new_name)
    if as_json:
        return _print_json(result.to_dict())
    out.print(f"split {result.curation.name!r} in {(result.curation.doc_id or '')[:12]} off as "
              f"{result.entity.name!r}: {_moved(result)}")
    _print_entities([result.entity])


def _moved(result) -> str:
    # "1 event", "2 events": the keys are plural nouns.
    counts = [f"{n} {what if n != 1 else what[:-1]}" for what, n in result.moved.items()]
    return "moved " + ", ".join(counts)


@entity.command("curations", short_help="The recorded merges and splits; --export writes them.")
@click.option("--export", "export", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write them as an alias file (.yaml or .csv) for `ingest --aliases`.")
@db_option
@json_option
@friendly
def entity_curations(export, db, as_json) -> None:
    """The recorded merges and splits, oldest first; --export writes an alias file."""
    with _store(db) as store:
        rows = queries.curations(store)
    if export:
        count = write_alias_file(export, rows)
        if as_json:
            return _print_json({"exported": count, "file": export})
        return out.print(f"{count} curations -> {export}")
    if as_json:
        return _print_json([r.to_dict() for r in rows])
    table = _table("action", "name", "merged in / document", "split off as", "source")
    for r in rows:
        origin = f"{r.source}:{r.line}" if r.line else r.source
        # Shortened like the other listings; `entity split --doc` takes the prefix back.
        table.add_row(r.action, r.name, r.variant or (r.doc_id or "")[:12], r.new_name or "", origin)
    out.print(table)


@main.command()
@click.argument("name_or_query")
@range_options
@click.option("--limit", default=200, show_default=True, help="Maximum items.")
@db_option
@json_option
@friendly
def timeline(name_or_query, since, until, limit, db, as_json) -> None:
    """Dated events and quotes of an entity (or matching a query), oldest first."""
    with _store(db) as store:
        items = queries.timeline(store, name_or_query, since=since, until=until, limit=limit)
    if as_json:
        return _print_json([i.to_dict() for i in items])
    _print_timeline(items, f"timeline: {name_or_query}")


def _print_timeline(items, title: str) -> None:
    table = _table("date", "kind", "what", title=title)
    for item in items:
        table.add_row(item.date, item.kind, _timeline_text(item))
    out.print(table)


def _timeline_text(item) -> str:
    d = item.detail
    if item.kind == "event":
        parts = [d.get("actor"), item.text, d.get("target")]
        return " ".join(str(p) for p in parts if p)
    return f"{d.get('speaker') or '?'}: {item.text}"


@main.command()
@click.argument("doc_id")
@db_option
@json_option
@friendly
def show(doc_id, db, as_json) -> None:
    """One stored article with its annotations (DOC_ID may be a unique prefix)."""
    with _store(db) as store:
        document = store.get_document(doc_id)
    if as_json:
        return _print_json(document.to_dict())
    out.print(f"[bold]{document.title or document.id}[/bold]  {document.date}  ({document.id})")
    out.print(document.text)
    table = _table("entity", "type", "mentions")
    for e in document.entities:
        table.add_row(e.name, e.type, ", ".join(sorted({m.text for m in e.mentions})))
    out.print(table)
    table = _table("speaker", "kind", "quote")
    for q in document.quotes:
        table.add_row(q.speaker.name if q.speaker else "?", q.kind, q.text)
    out.print(table)
    table = _table("timex", "type", "value")
    for t in document.timexes:
        table.add_row(t.text, t.type, t.value)
    out.print(table)


@main.command()
@db_option
@json_option
@friendly
def stats(db, as_json) -> None:
    """Counts of what the store holds."""
    with _store(db) as store:
        numbers = store.stats()
    if as_json:
        return _print_json(numbers.to_dict())
    for key, value in numbers.to_dict().items():
        out.print(f"{key:>10}: {value:,}")


def _table(*columns: str, title: str | None = None) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table
