"""Turn a Document into the JSONL records of FORMAT.md section 2 (`kind`: document, actor, date, event, quote)."""
from __future__ import annotations

import hashlib
from typing import Any, Iterator

from .document import ActorMention, Document, Event, Quote, Span


def stable_id(*parts: object) -> str:
    """A short id that depends only on its parts, so the same input gives the same id on every run."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


#: `by` endings of lone demonyms (`the Turkish raid`, `Ukrainian territory`): an adjective, not a name of its state,
#: so events and quotes carry it and the actor records do not list it
LONE_DEMONYM = ("#demonym", "#object")
#: a pair phrase (`the two leaders`, `البلدين`) refers back to two actors already listed: events and quotes carry
#: it, the actor records do not repeat it
PAIR_MARK = "#pair"


def records(doc: Document) -> Iterator[dict[str, Any]]:
    """The document record first, then actor, date, event and quote records."""
    yield document_record(doc)
    for a in doc.actors:
        if PAIR_MARK not in a.by and not a.by.endswith(LONE_DEMONYM):
            yield {"kind": "actor", "doc_id": doc.doc_id, **actor_object(doc, a)}
    for d in doc.dates:
        yield {"kind": "date", "doc_id": doc.doc_id, "text": d.text, "start": d.start, "end": d.end,
               **_raw(doc, d.start, d.end), "value": d.value, "calendar": d.calendar, "end_value": d.end_value,
               "by": d.by}
    seen: dict[str, int] = {}
    for e in doc.events:
        record = event_record(doc, e)
        n = seen[record["id"]] = seen.get(record["id"], -1) + 1
        if n:  # two events alike in every field the id hashes still get ids of their own
            record["id"] = stable_id(record["id"], n)
        yield record
    for q in doc.quotes:
        yield quote_record(doc, q)


def document_record(doc: Document) -> dict[str, Any]:
    return {"kind": "document", "doc_id": doc.doc_id, "lang": doc.lang, "published": doc.published,
            "title": doc.title, "source_url": doc.source_url, "source": doc.source, "author": doc.author,
            "text": doc.text or "", "raw_spans": [list(s) for s in doc.raw_spans],
            "skipped": doc.skipped, "steps": doc.steps}


def actor_object(doc: Document, a: ActorMention) -> dict[str, Any]:
    return {"text": a.text, "name": a.name, "wikidata": a.wikidata, "country": a.country, "sector": a.sector,
            "start": a.start, "end": a.end, **_raw(doc, a.start, a.end), "by": a.by}


def span_object(doc: Document, span: Span) -> dict[str, Any]:
    """An evidence span: its exact text, offsets in cleaned and raw text, and its sentence number."""
    sentence = next((i for i, s in enumerate(doc.sentences) if s.start <= span.start < s.end), None)
    return {"text": (doc.text or "")[span.start:span.end], "start": span.start, "end": span.end,
            **_raw(doc, span.start, span.end), "sentence": sentence}


def event_id(doc: Document, e: Event) -> str:
    first = e.evidence[0] if e.evidence else Span(0, 0)
    dyad = ",".join(sorted(a.country or "" for a in e.actor)) + ">" + ",".join(sorted(a.country or "" for a in e.recipient))
    return stable_id(doc.doc_id, e.event_type, e.mode, first.start, first.end, dyad, e.date, e.aux)


def event_record(doc: Document, e: Event) -> dict[str, Any]:
    mentions = [span_object(doc, s) for s in e.evidence]
    return {"kind": "event", "id": event_id(doc, e), "doc_id": doc.doc_id, "event_type": e.event_type,
            "mode": e.mode, "context": list(e.context), "aux": e.aux,
            "actor": [actor_object(doc, a) for a in e.actor],
            "recipient": [actor_object(doc, a) for a in e.recipient],
            "date": e.date or doc.published, "date_raw": e.date_raw, "location": e.location,
            "evidence": mentions[0] if mentions else None, "mentions": mentions,
            "confidence": e.confidence, "coder": e.coder,
            "lang": doc.lang, "published": doc.published, "source_url": doc.source_url}


def quote_record(doc: Document, q: Quote) -> dict[str, Any]:
    return {"kind": "quote", "id": stable_id(doc.doc_id, "quote", q.start, q.end), "doc_id": doc.doc_id,
            "speaker": actor_object(doc, q.speaker), "text": q.text, "start": q.start, "end": q.end,
            **_raw(doc, q.start, q.end), "by": q.by}


def _raw(doc: Document, start: int, end: int) -> dict[str, int]:
    raw_start, raw_end = doc.raw_span(start, end)
    return {"raw_start": raw_start, "raw_end": raw_end}
