"""`khabar events` and `khabar show`: list events by filter, show one with its evidence."""
from __future__ import annotations

import json

import click
from rich.console import Console
from rich.text import Text

from ..store import queries
from ..store.sqlite import Store
from . import main
from .options import db_option, emit, event_filter, filter_options, format_option

COLUMNS = ["id", "date", "event_type", "mode", "actor", "recipient", "aux", "lang", "evidence"]


def _row(r: dict) -> dict:
    return {**r, "actor": ",".join(a["country"] or "?" for a in r["actor"]),
            "recipient": ",".join(a["country"] or "?" for a in r["recipient"]),
            "evidence": (r["evidence"] or {}).get("text", "")[:90]}


@main.command()
@db_option
@filter_options
@format_option
def events(db: str, fmt: str, **filters) -> None:
    """List events matching filters, oldest first.

    Example: khabar events --type THREATEN --dyad USA,CHN --since 2024-01 --format csv
    """
    with Store(db) as store:
        found = list(queries.events(store, event_filter(**filters)))
    if fmt == "table":
        emit(map(_row, found), fmt, COLUMNS, title=f"{len(found)} events")
    else:
        emit(found, fmt, COLUMNS if fmt == "csv" else None)


@main.command()
@click.argument("event_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The whole record as JSON.")
def show(event_id: str, db: str, as_json: bool) -> None:
    """Show one event: its evidence in its paragraph, coder, confidence and document.

    Example: khabar show 3f2a9c0d1e2b4a5c
    """
    with Store(db) as store:
        record = queries.event(store, event_id)
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    console = Console(width=120)
    actors = " + ".join(f"{a['name'] or a['text']} ({a['country']})" for a in record["actor"])
    recipients = " + ".join(f"{a['name'] or a['text']} ({a['country']})" for a in record["recipient"]) or "-"
    console.print(f"[bold]{record['event_type']}[/bold] {record['mode'] or ''}  {actors} -> {recipients}", markup=True)
    console.print(f"date {record['date']} ({record['date_raw'] or 'publication date'})  aux {record['aux']}  "
                  f"context {', '.join(record['context'])}", markup=False)
    console.print(f"coder {record['coder']}  confidence {record['confidence']}", markup=False)
    console.print(f"document {record['doc_id']}  {record['document']['title'] or ''}", markup=False)
    para = record["paragraph"]
    text = Text(para["text"])
    for m in record["mentions"]:
        if para["start"] <= m["start"] and m["end"] <= para["start"] + len(para["text"]):
            text.stylize("bold reverse", m["start"] - para["start"], m["end"] - para["start"])
    console.print(text)
    if len(record["mentions"]) > 1:
        console.print(f"{len(record['mentions'])} sentences report it; other events in the document: "
                      f"{', '.join(record['others']) or 'none'}", markup=False)
