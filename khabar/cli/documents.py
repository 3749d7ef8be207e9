"""`khabar documents`, `search`, `stats`: what is in the store (`khabar actors` lives in actors.py)."""
from __future__ import annotations

import json

import click

from ..store import queries
from ..store.sqlite import Store
from . import main
from .options import db_option, emit, format_option


@main.command()
@db_option
@click.option("--lang")
@click.option("--limit", type=int)
@format_option
def documents(db: str, lang: str | None, limit: int | None, fmt: str) -> None:
    """List stored articles with their event counts.

    Example: khabar documents --lang fa
    """
    with Store(db) as store:
        emit(queries.documents(store, lang=lang, limit=limit), fmt,
             ["doc_id", "version", "lang", "published", "title", "events"], title="documents")


@main.command()
@click.argument("text")
@db_option
@click.option("--limit", type=int, default=20, show_default=True)
@format_option
def search(text: str, db: str, limit: int, fmt: str) -> None:
    """Full-text search over the normalised text of every article, with snippets.

    Example: khabar search "تحریم*"
    """
    with Store(db) as store:
        emit(queries.search(store, text, limit=limit), fmt, ["doc_id", "lang", "published", "snippet"], title="matches")


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats(db: str, as_json: bool) -> None:
    """Counts of documents and events by type, language and month.

    Example: khabar stats --json
    """
    with Store(db) as store:
        counts = queries.stats(store)
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    for name, rows in counts.items():
        emit(rows, "table", title=name.replace("_", " "))
