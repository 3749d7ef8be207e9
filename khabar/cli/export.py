"""`khabar export`: write filtered events through a registered exporter."""
from __future__ import annotations

import click

from ..registry import exporters
from ..store import queries
from ..store.sqlite import Store
from . import main
from .options import db_option, event_filter, filter_options


@main.command()
@db_option
@filter_options
@click.option("--format", "fmt", required=True, help="jsonl, csv, parquet, polecat-tsv or plover-json.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The file to write.")
def export(db: str, fmt: str, output: str, **filters) -> None:
    """Export events to a file.

    Example: khabar export --format parquet --dyad USA,RUS -o events.parquet
    """
    write = exporters.get(fmt)
    with Store(db) as store:
        n = write(queries.events(store, event_filter(**filters)), output)
    click.echo(f"khabar: {n} events written to {output}", err=True)
