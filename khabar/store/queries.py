"""Questions analysts ask of a store: events by filter, one event with its evidence, search, counts."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

from ..errors import KhabarError
from .sqlite import Store, search_form, searchable


class NotFound(KhabarError):
    """No such event or document."""

    status = 404


@dataclass
class EventFilter:
    """Filters shared by `khabar events`, `khabar export`, the Python API and the REST API."""

    type: str | None = None
    mode: str | None = None
    actor: str | None = None
    recipient: str | None = None
    dyad: tuple[str, str] | None = None
    since: str | None = None
    until: str | None = None
    lang: str | None = None
    aux: str | None = None
    q: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    after: str | None = None  # cursor: events ordered by (date, id)

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE clause of constant SQL fragments and its parameters."""
        parts, params = ["d.current = 1"], []
        for column, value in (("e.event_type", self.type), ("e.mode", self.mode), ("e.lang", self.lang)):
            if value:
                parts.append(f"{column} = ?")
                params.append(value.upper() if column == "e.event_type" else value)
        if self.aux:
            parts.append("e.aux IS NULL" if self.aux == "none" else "e.aux = ?")
            params += [] if self.aux == "none" else [self.aux]
        for role, who in (("actor", self.actor), ("recipient", self.recipient)):
            if who:
                parts.append("EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.id AND x.role = ?"
                             " AND (x.country = ? OR x.name LIKE ? OR x.text LIKE ?))")
                params += [role, who.upper(), f"%{who}%", f"%{who}%"]
        if self.since:
            parts.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            parts.append("substr(e.date, 1, length(?)) <= ?")
            params += [self.until, self.until]
        if self.q:
            parts.append("d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            params.append(fts_query(self.q))
        if self.doc_id:
            parts.append("d.doc_id = ?")
            params.append(self.doc_id)
        if self.after:
            date, _, event_id = self.after.partition("|")
            parts.append("(p.date, p.event) > (?, ?)" if self.dyad else "(e.date, e.id) > (?, ?)")
            params += [date, event_id]
        return " AND ".join(parts), params


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: each word quoted (so no syntax leaks), `word*` kept as a prefix."""
    terms = []
    for word in search_form(text).split():
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', "")
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(terms) or '""'


def event_json(store: Store, f: EventFilter | None = None) -> Iterator[str]:
    """Matching event records as stored JSON text, oldest first; a dyad reads the pairs index in date order."""
    f = f or EventFilter()
    where, params = f.where()
    if f.dyad:
        a, b = sorted(c.upper() for c in f.dyad)
        sql = ("SELECT e.record FROM event_pairs p JOIN events e ON e.id = p.event JOIN documents d ON d.id = e.document"
               f" WHERE p.a = ? AND p.b = ? AND {where} ORDER BY p.date, p.event")
        params = [a, b, *params]
    else:
        sql = f"SELECT e.record FROM events e JOIN documents d ON d.id = e.document WHERE {where} ORDER BY e.date, e.id"
    if f.limit:
        sql += " LIMIT ?"
        params.append(f.limit)
    for row in store.query(sql, params):
        yield row["record"]


def events(store: Store, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Event records (FORMAT.md section 2) matching the filter, oldest first."""
    return map(json.loads, event_json(store, f))


def event(store: Store, event_id: str) -> dict[str, Any]:
    """One event with its document and the paragraph around its evidence."""
    row = next(store.query("SELECT e.record, d.id AS pk, d.text, d.title, d.source FROM events e"
                           " JOIN documents d ON d.id = e.document WHERE e.id = ?", (event_id,)), None)
    if row is None:
        raise NotFound(f"no event {event_id!r}")
    record = json.loads(row["record"])
    ev = record["evidence"] or {"start": 0, "end": 0}
    text = row["text"]
    start = text.rfind("\n", 0, ev["start"]) + 1
    end = text.find("\n", ev["end"])
    record["paragraph"] = {"start": start, "end": end if end >= 0 else len(text), "text": text[start:end if end >= 0 else None]}
    record["document"] = {"doc_id": record["doc_id"], "title": row["title"], "source": row["source"]}
    record["others"] = [r["id"] for r in store.query("SELECT id FROM events WHERE document = ? AND id != ? ORDER BY id",
                                                     (row["pk"], event_id))]
    return record


def documents(store: Store, *, lang: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Stored documents (current versions) with their counts of events."""
    sql = ("SELECT d.doc_id, d.version, d.lang, d.published, d.title, d.source, d.source_url, d.skipped,"
           " (SELECT count(*) FROM events e WHERE e.document = d.id) AS events FROM documents d"
           " WHERE d.current = 1 AND (? IS NULL OR d.lang = ?) ORDER BY d.published, d.doc_id LIMIT ?")
    for row in store.query(sql, (lang, lang, limit or -1)):
        yield dict(row)


def document(store: Store, doc_id: str) -> dict[str, Any]:
    row = next(store.query("SELECT * FROM documents WHERE doc_id = ? AND current = 1", (doc_id,)), None)
    if row is None:
        raise NotFound(f"no document {doc_id!r}")
    out = dict(row)
    out["raw_spans"] = json.loads(out["raw_spans"])
    out["events"] = [json.loads(r["record"]) for r in store.query("SELECT record FROM events WHERE document = ? ORDER BY id", (row["id"],))]
    return out


def search(store: Store, text: str, *, limit: int = 20) -> Iterator[dict[str, Any]]:
    """Documents whose normalised text matches, best first, with a snippet of the article's own words in which
    the matches are marked: `parts` is a list of (text, marked) and `snippet` shows marks as [brackets]."""
    sql = ("SELECT d.doc_id, d.lang, d.published, d.title, d.text FROM documents_fts"
           " JOIN documents d ON d.id = documents_fts.rowid"
           " WHERE documents_fts MATCH ? AND d.current = 1 ORDER BY rank LIMIT ?")
    for row in store.query(sql, (fts_query(text), limit)):
        hit = dict(row)
        hit["parts"] = snippet(hit.pop("text"), text)
        hit["snippet"] = "".join(f"[{piece}]" if marked else piece for piece, marked in hit["parts"])
        yield hit


def snippet(text: str, query: str, *, width: int = 90) -> list[tuple[str, bool]]:
    """The stretch of `text` around the first match of the query's words, as (piece, marked) parts."""
    form, to_text = searchable(text)
    spans = []
    for word in search_form(query).split():
        stem = re.escape(word.rstrip("*"))
        if stem:
            pattern = rf"(?<!\w){stem}\w*" if word.endswith("*") else rf"(?<!\w){stem}(?!\w)"
            spans += [(to_text[m.start()], to_text[m.end() - 1] + 1) for m in re.finditer(pattern, form, re.I)]
    if not spans:
        return [(text[:2 * width], False)]
    spans.sort()
    start = max(0, spans[0][0] - width)
    end = min(len(text), spans[0][1] + width)
    parts, pos = [("… " if start else "", False)], start
    for s, e in spans:
        if s >= pos and e <= end:
            parts += [(text[pos:s], False), (text[s:e], True)]
            pos = e
    parts.append((text[pos:end] + (" …" if end < len(text) else ""), False))
    return [p for p in parts if p[0]]


def actors(store: Store, *, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Actors in events, with counts as actor and as recipient."""
    sql = ("SELECT country, name, sum(role = 'actor') AS as_actor, sum(role = 'recipient') AS as_recipient,"
           " count(DISTINCT event) AS events FROM event_actors GROUP BY country, name ORDER BY events DESC, country LIMIT ?")
    for row in store.query(sql, (limit or -1,)):
        yield dict(row)


def stats(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Counts of events by type, language and month, and of documents by language."""
    def rows(sql: str) -> list[dict[str, Any]]:
        return [dict(r) for r in store.query(sql)]

    live = "FROM events e JOIN documents d ON d.id = e.document WHERE d.current = 1"
    return {
        "documents_by_lang": rows("SELECT lang, count(*) AS documents FROM documents WHERE current = 1 GROUP BY lang ORDER BY lang"),
        "events_by_type": rows(f"SELECT e.event_type, count(*) AS events {live} GROUP BY e.event_type ORDER BY events DESC"),
        "events_by_lang": rows(f"SELECT e.lang, count(*) AS events {live} GROUP BY e.lang ORDER BY e.lang"),
        "events_by_month": rows(f"SELECT substr(e.date, 1, 7) AS month, count(*) AS events {live} GROUP BY month ORDER BY month"),
    }
