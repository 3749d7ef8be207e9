"""Options and helpers shared by several verbs: --meta, --config, progress on stderr, error lines."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import KhabarError

T = TypeVar("T")
stderr = Console(stderr=True)


def meta_option(fn: Callable) -> Callable:
    return click.option("--meta", "meta", type=click.Path(exists=True, dir_okay=False),
                        help="JSONL giving doc_id, lang and published per file name (like seeds/meta.jsonl).")(fn)


def config_option(fn: Callable) -> Callable:
    return click.option("--config", type=click.Path(exists=True, dir_okay=False),
                        help="A pipeline config YAML replacing the default one.")(fn)


def warn(err: KhabarError | str) -> None:
    """One line on stderr for a problem that does not stop the run."""
    click.echo(f"khabar: {err}", err=True)


def progress(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    """Yield items while a progress bar (documents and rate) runs on stderr when it is a terminal."""
    columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[rate]}")]
    with Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal) as bar:
        task = bar.add_task(label, total=total, rate="")
        for n, item in enumerate(items, 1):
            yield item
            elapsed = bar.tasks[0].elapsed or 0
            bar.update(task, advance=1, rate=f"{n / elapsed:.1f} docs/s" if elapsed else "")


def db_option(fn: Callable) -> Callable:
    return click.option("--db", default="khabar.db", show_default=True, type=click.Path(dir_okay=False),
                        help="The SQLite store.")(fn)


def filter_options(fn: Callable) -> Callable:
    """The event filters shared by `khabar events` and `khabar export`."""
    opts = [
        click.option("--type", "type_", help="PLOVER type, e.g. CONSULT."),
        click.option("--mode", help="PLOVER mode, e.g. phone."),
        click.option("--actor", help="Actor country code or name."),
        click.option("--recipient", help="Recipient country code or name."),
        click.option("--dyad", help="Two country codes, either direction: USA,CHN."),
        click.option("--since", help="Earliest event date (YYYY[-MM[-DD]])."),
        click.option("--until", help="Latest event date (YYYY[-MM[-DD]])."),
        click.option("--lang", help="Article language: fa, ar, en."),
        click.option("--aux", type=click.Choice(["future", "historical", "negation", "hypothetical", "none"])),
        click.option("--q", help="Only events from articles matching this full-text search."),
        click.option("--limit", type=int, help="At most this many events."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def event_filter(type_=None, mode=None, actor=None, recipient=None, dyad=None, since=None, until=None, lang=None,
                 aux=None, q=None, limit=None):
    """Build an EventFilter from the shared options; a bad --dyad is a usage error."""
    from ..store.queries import EventFilter

    pair = None
    if dyad:
        parts = [p.strip() for p in dyad.split(",") if p.strip()]
        if len(parts) != 2:
            raise click.BadParameter("give two codes, e.g. USA,CHN", param_hint="--dyad")
        pair = (parts[0], parts[1])
    return EventFilter(type=type_, mode=mode, actor=actor, recipient=recipient, dyad=pair, since=since,
                       until=until, lang=lang, aux=aux, q=q, limit=limit)


def emit(rows: Iterable[dict], fmt: str, columns: list[str] | None = None, title: str | None = None) -> None:
    """Write rows to stdout as a table, JSON lines or CSV."""
    import csv
    import json
    import sys

    from rich.table import Table

    rows = list(rows)
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=title)
        for c in columns:
            table.add_column(c)
        for r in rows:
            table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
        Console(width=200).print(table)


def format_option(fn: Callable) -> Callable:
    return click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
                        show_default=True, help="Output format on stdout.")(fn)
