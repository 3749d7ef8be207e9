"""Readable tables of records for the terminal (documents and events)."""
from __future__ import annotations

from typing import Any, TextIO

from rich.console import Console
from rich.table import Table


class RecordTable:
    """Collects records and prints one table of documents and one of events."""

    def __init__(self) -> None:
        self.docs: list[dict[str, Any]] = []
        self.counts: dict[str, dict[str, int]] = {}
        self.events: list[dict[str, Any]] = []

    def add(self, record: dict[str, Any]) -> None:
        if record["kind"] == "document":
            self.docs.append(record)
            self.counts[record["doc_id"]] = {}
        else:
            counts = self.counts.setdefault(record["doc_id"], {})
            counts[record["kind"]] = counts.get(record["kind"], 0) + 1
        if record["kind"] == "event":
            self.events.append(record)

    def print(self, out: TextIO) -> None:
        console = Console(file=out, width=160)
        docs = Table(title="documents")
        for col in ("doc_id", "lang", "published", "title", "dates", "actors", "events", "quotes"):
            docs.add_column(col)
        for d in self.docs:
            c = self.counts.get(d["doc_id"], {})
            docs.add_row(d["doc_id"], d["lang"] or "", d["published"] or "", (d["title"] or "")[:50],
                         *(str(c.get(k, 0)) for k in ("date", "actor", "event", "quote")))
        console.print(docs)
        events = Table(title="events")
        for col in ("doc_id", "type", "mode", "actor", "recipient", "date", "aux", "evidence"):
            events.add_column(col)
        for e in self.events:
            events.add_row(e["doc_id"][:12], e["event_type"], e["mode"] or "", _codes(e["actor"]),
                           _codes(e["recipient"]), e["date"] or "", e["aux"] or "", e["evidence"]["text"][:70])
        console.print(events)


def _codes(actors: list[dict[str, Any]]) -> str:
    return ",".join(a.get("country") or "?" for a in actors)
