"""`khabar ingest` and `khabar reextract`: fill the store, once per article."""
from __future__ import annotations

import sys

import click

from ..store.ingest import IngestSummary, ingest as run_ingest, reextract as run_reextract
from ..store.sqlite import Store
from . import main
from .options import config_option, db_option, meta_option, progress, warn


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@meta_option
@config_option
@click.option("--workers", type=int, default=1, show_default=True, help="Worker processes running the pipeline.")
def ingest(paths: tuple[str, ...], db: str, meta: str | None, config: str | None, workers: int) -> None:
    """Read articles, run the pipeline and store everything; re-runs add nothing.

    Example: khabar ingest examples/ --db news.db
    """
    summary = IngestSummary()
    reported = 0
    with Store(db) as store:
        for summary in progress(run_ingest(store, paths, meta=meta, config=config, workers=workers, summary=summary),
                                "ingesting"):
            for failure in summary.failures[reported:]:
                warn(failure)
            reported = len(summary.failures)
    click.echo(f"khabar: {summary.line()}", err=True)
    if summary.read == 0 and summary.failures:
        sys.exit(1)


@main.command()
@db_option
@config_option
@click.option("--workers", type=int, default=1, show_default=True)
def reextract(db: str, config: str | None, workers: int) -> None:
    """Run the current pipeline again over every stored article, replacing its events.

    Example: khabar reextract --db news.db
    """
    docs = events = 0
    with Store(db) as store:
        for doc_id, n in progress(run_reextract(store, config=config, workers=workers), "re-extracting"):
            if n < 0:
                warn(doc_id)
                continue
            docs, events = docs + 1, events + n
    click.echo(f"khabar: {docs} documents re-extracted, {events} events", err=True)
