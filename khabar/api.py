"""The Python API over a store: `db = khabar.open("khabar.db"); db.events(type="CONSULT", dyad=("USA", "RUS"))`."""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Iterable

from .store import queries
from .store.ingest import IngestSummary, ingest
from .store.sqlite import Store


@dataclass(frozen=True)
class ActorRecord:
    """An actor or recipient of an event, as linked in the text."""

    text: str
    name: str | None
    wikidata: str | None
    country: str | None
    sector: str | None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class EvidenceRecord:
    """A sentence that reports the event: exact text and offsets into the cleaned article text."""

    text: str
    start: int
    end: int
    sentence: int | None = None


@dataclass(frozen=True)
class EventRecord:
    """One stored event (FORMAT.md section 2) with typed parts."""

    id: str
    doc_id: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    aux: str | None
    actor: tuple[ActorRecord, ...]
    recipient: tuple[ActorRecord, ...]
    date: str
    date_raw: str | None
    location: dict[str, Any] | None
    evidence: EvidenceRecord
    mentions: tuple[EvidenceRecord, ...]
    confidence: float
    coder: str
    lang: str | None
    published: str | None
    source_url: str | None

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> "EventRecord":
        def actor(a: dict[str, Any]) -> ActorRecord:
            return ActorRecord(**{f.name: a.get(f.name) for f in fields(ActorRecord)})

        def evidence(e: dict[str, Any]) -> EvidenceRecord:
            return EvidenceRecord(**{f.name: e.get(f.name) for f in fields(EvidenceRecord)})

        mentions = tuple(evidence(m) for m in r["mentions"])
        return cls(**{**{f.name: r.get(f.name) for f in fields(cls)}, "context": tuple(r["context"]),
                      "actor": tuple(map(actor, r["actor"])), "recipient": tuple(map(actor, r["recipient"])),
                      "evidence": evidence(r["evidence"]), "mentions": mentions})


class Database:
    """A store opened for analysis; every method has a CLI twin of the same name."""

    def __init__(self, path: str | Path) -> None:
        self.store = Store(path)

    def ingest(self, paths: Iterable[str | Path], **options: Any) -> IngestSummary:
        summary = IngestSummary()
        for summary in ingest(self.store, paths, summary=summary, **options):
            pass
        return summary

    def events(self, **filters: Any) -> list[EventRecord]:
        """Events matching `khabar events` filters: type, mode, actor, recipient, dyad, since, until, lang, aux, q."""
        return [EventRecord.from_record(r) for r in queries.events(self.store, queries.EventFilter(**filters))]

    def event(self, event_id: str) -> dict[str, Any]:
        return queries.event(self.store, event_id)

    def documents(self, **options: Any) -> list[dict[str, Any]]:
        return list(queries.documents(self.store, **options))

    def search(self, text: str, **options: Any) -> list[dict[str, Any]]:
        return list(queries.search(self.store, text, **options))

    def actors(self, **options: Any) -> list[dict[str, Any]]:
        return list(queries.actors(self.store, **options))

    def stats(self) -> dict[str, list[dict[str, Any]]]:
        return queries.stats(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open(path: str | Path = "khabar.db") -> Database:  # noqa: A001 - the public name the README documents
    """Open (or create) a khabar store."""
    return Database(path)
