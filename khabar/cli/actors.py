"""`khabar actors`: actors in the store's events, and `khabar actors lookup` in the knowledge base."""
from __future__ import annotations

import click

from ..clean.script import fold
from ..mentions.actors import find_actors, published, user_files
from ..mentions.kb import load_kb
from ..store import queries
from ..store.sqlite import Store
from . import main
from .options import db_option, emit, format_option

ACTOR_FILES = click.option("--actors", "files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                           help="A user actors YAML (shape of khabar/data/kb/people.yaml); default $KHABAR_ACTORS.")


@main.group(invoke_without_command=True)
@db_option
@click.option("--limit", type=int)
@format_option
@click.pass_context
def actors(ctx: click.Context, db: str, limit: int | None, fmt: str) -> None:
    """Actors in events, with counts as actor and as recipient.

    Example: khabar actors --limit 20   or   khabar actors lookup "کاخ سفید" --lang fa
    """
    if ctx.invoked_subcommand is not None:
        return
    with Store(db) as store:
        emit(queries.actors(store, limit=limit), fmt, ["country", "name", "as_actor", "as_recipient", "events"],
             title="actors")


@actors.command()
@click.argument("name")
@click.option("--lang", default="en", show_default=True, help="The language the name is written in: fa, ar, en.")
@click.option("--date", "on", help="Resolve offices and roles on this date (YYYY-MM-DD); default today's holders.")
@ACTOR_FILES
@format_option
def lookup(name: str, lang: str, on: str | None, files: tuple[str, ...], fmt: str) -> None:
    """What a name links to: KB entries with that alias, else the mentions found in it (`the US president`).

    Example: khabar actors lookup "وزير الخارجية الإيراني" --lang ar --date 2021-06-01
    """
    kb, day = load_kb(*(files or user_files())), published(on)
    rows = [kb.describe(entry, day) for entry in kb.lookup(name, lang)]
    if not rows:
        rows = [{"id": link.by, "kind": "mention", "name": link.name, "wikidata": link.wikidata,
                 "country": link.country, "sector": link.sector, "office": None}
                for _, _, link in find_actors(kb, lang, fold(name, lang), day)]
    emit(rows, fmt, ["id", "kind", "name", "wikidata", "country", "sector", "office"], title=name)
