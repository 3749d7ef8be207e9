"""Exporters: write event records to a file in a named format (`khabar export --format NAME`)."""
from __future__ import annotations

from typing import Any, Callable, Iterable

from ..registry import exporters

Writer = Callable[[Iterable[dict[str, Any]], str], int]


def exporter(name: str):
    """Register `write(records, path) -> count` under a format name."""

    def register(fn: Writer) -> Writer:
        exporters.add(name, fn)
        return fn

    return register


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """One event record as flat columns (lists joined by ';'), for CSV and Parquet."""
    def join(role: str, key: str) -> str:
        return ";".join(str(a.get(key) or "") for a in record[role])

    loc = record.get("location") or {}
    evidence = record.get("evidence") or {}
    return {
        "id": record["id"], "doc_id": record["doc_id"], "date": record["date"], "date_raw": record.get("date_raw"),
        "event_type": record["event_type"], "mode": record.get("mode"), "aux": record.get("aux"),
        "context": ";".join(record.get("context") or []),
        "actor_country": join("actor", "country"), "actor_name": join("actor", "name"),
        "actor_sector": join("actor", "sector"), "actor_text": join("actor", "text"),
        "actor_wikidata": join("actor", "wikidata"),
        "recipient_country": join("recipient", "country"), "recipient_name": join("recipient", "name"),
        "recipient_sector": join("recipient", "sector"), "recipient_text": join("recipient", "text"),
        "recipient_wikidata": join("recipient", "wikidata"),
        "location": loc.get("name"), "location_country": loc.get("country"), "geonameid": as_int(loc.get("geonameid")),
        "evidence": evidence.get("text"), "evidence_start": evidence.get("start"), "evidence_end": evidence.get("end"),
        "mentions": len(record.get("mentions") or []), "confidence": record.get("confidence"),
        "coder": record.get("coder"), "lang": record.get("lang"), "published": record.get("published"),
        "source_url": record.get("source_url"),
    }


def as_int(value: Any) -> int | None:
    """An id that may come as a number or a string of digits."""
    return int(value) if isinstance(value, (int, str)) and str(value).isdigit() else None
