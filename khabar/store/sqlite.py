"""The SQLite store: one transaction per document, idempotent by content hash, queried with parameters only."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .. import __version__
from ..clean.line_stats import LineStats, line_hash, source_of
from ..document import Document
from ..errors import KhabarError
from ..records import records
from .schema import migrate


class StoreError(KhabarError):
    """The store could not be opened or written."""


@dataclass
class Stored:
    """What happened to one document on ingest."""

    doc_id: str
    status: str  # "stored", "duplicate", "replaced"
    events: int = 0


#: Every text and query is folded with this language's letter table for the index: Arabic's is the widest
#: (ی/ي, ک/ك, alef and hamza forms, ة), so Persian and Arabic spellings of one name meet.
SEARCH_FOLD = "ar"


def searchable(text: str) -> tuple[str, list[int]]:
    """The form indexed and searched, and per character the index in `text` it came from: one cross-script
    folding, with ZWNJ removed so that its variants match."""
    from ..clean.script import ZWNJ, normalise

    norm, norm_map = normalise(text, SEARCH_FOLD)
    keep = [i for i, ch in enumerate(norm) if ch != ZWNJ]
    return "".join(norm[i] for i in keep), [norm_map[i] for i in keep]


def search_form(text: str) -> str:
    return searchable(text)[0]


class Store:
    """A khabar database file."""

    def __init__(self, path: str | Path = "khabar.db") -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot open store ({err})") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------------------
    def has_hash(self, content_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone() is not None

    def add(self, doc: Document) -> Stored:
        """Store a processed document and everything found in it, in one transaction."""
        if self.has_hash(doc.content_hash):
            return Stored(doc.doc_id, "duplicate")
        recs = list(records(doc))
        with self._transaction():
            prior = self.conn.execute(
                "SELECT max(version) FROM documents WHERE doc_id = ? AND source IS ?", (doc.doc_id, doc.source)
            ).fetchone()[0]
            if prior:
                self.conn.execute("UPDATE documents SET current = 0 WHERE doc_id = ? AND source IS ?", (doc.doc_id, doc.source))
            pk = self._insert_document(doc, (prior or 0) + 1)
            self._insert_found(pk, doc, recs)
            self._count_lines(doc)
        return Stored(doc.doc_id, "replaced" if prior else "stored", sum(r["kind"] == "event" for r in recs))

    def replace_found(self, pk: int, doc: Document) -> int:
        """Re-extraction: replace what was found in a stored document; returns its number of events."""
        recs = list(records(doc))
        with self._transaction():
            for table in ("sentences", "actor_mentions", "date_mentions", "events", "quotes"):
                self.conn.execute(f"DELETE FROM {table} WHERE document = ?", (pk,))  # table names are constants
            self.conn.execute(
                "UPDATE documents SET text = ?, raw_spans = ?, title = ?, lang = ?, published = ?, skipped = ?,"
                " pipeline_version = ?, steps = ? WHERE id = ?",
                (doc.text or "", json.dumps(doc.raw_spans), doc.title, doc.lang, doc.published, doc.skipped,
                 __version__, json.dumps(doc.steps), pk))
            self.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (pk,))
            self._index(pk, doc)
            self._insert_found(pk, doc, recs)
        return sum(r["kind"] == "event" for r in recs)

    def delete(self, doc_id: str) -> int:
        """Remove every version of a document and all found in it; returns how many versions went."""
        with self._transaction():
            pks = [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE doc_id = ?", (doc_id,))]
            for pk in pks:
                self.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (pk,))
                self.conn.execute("DELETE FROM documents WHERE id = ?", (pk,))
        return len(pks)

    def add_failure(self, source: str, problem: str) -> None:
        with self._transaction():
            self.conn.execute("INSERT INTO failures (source, problem) VALUES (?, ?)", (source, problem))

    def _insert_document(self, doc: Document, version: int) -> int:
        cur = self.conn.execute(
            "INSERT INTO documents (doc_id, version, content_hash, source, source_url, title, author, lang, published,"
            " raw, text, raw_spans, skipped, pipeline_version, steps) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.doc_id, version, doc.content_hash, doc.source, doc.source_url, doc.title, doc.author, doc.lang,
             doc.published, doc.raw, doc.text or "", json.dumps(doc.raw_spans), doc.skipped, __version__,
             json.dumps(doc.steps)))
        self._index(cur.lastrowid, doc)
        return cur.lastrowid

    def _index(self, pk: int, doc: Document) -> None:
        self.conn.execute("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                          (pk, search_form(doc.title or ""), search_form(doc.text or "")))

    def _insert_found(self, pk: int, doc: Document, recs: list[dict[str, Any]]) -> None:
        self.conn.executemany('INSERT INTO sentences (document, n, start, "end") VALUES (?,?,?,?)',
                              [(pk, n, s.start, s.end) for n, s in enumerate(doc.sentences)])
        for r in recs:
            kind = r["kind"]
            if kind == "actor":
                self.conn.execute(
                    'INSERT INTO actor_mentions (document, start, "end", text, name, wikidata, country, sector, by)'
                    " VALUES (?,?,?,?,?,?,?,?,?)",
                    (pk, r["start"], r["end"], r["text"], r["name"], r["wikidata"], r["country"], r["sector"], r["by"]))
            elif kind == "date":
                self.conn.execute(
                    'INSERT INTO date_mentions (document, start, "end", text, value, calendar, end_value, by)'
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (pk, r["start"], r["end"], r["text"], r["value"], r["calendar"], r["end_value"], r["by"]))
            elif kind == "event":
                self._insert_event(pk, r)
            elif kind == "quote":
                self.conn.execute(
                    'INSERT OR REPLACE INTO quotes (id, document, speaker_name, speaker_country, text, start, "end", record)'
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (r["id"], pk, r["speaker"]["name"], r["speaker"]["country"], r["text"], r["start"], r["end"],
                     json.dumps(r, ensure_ascii=False)))

    def _insert_event(self, pk: int, r: dict[str, Any]) -> None:
        def codes(role: str) -> str:
            return "," + ",".join(sorted({a["country"] or "" for a in r[role]})) + ","

        def names(role: str) -> str:
            return "; ".join(a["name"] or a["text"] for a in r[role])

        self.conn.execute(
            "INSERT OR REPLACE INTO events (id, document, event_type, mode, aux, date, lang, actor_codes, recipient_codes,"
            " actor_names, recipient_names, evidence_text, confidence, coder, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (r["id"], pk, r["event_type"], r["mode"], r["aux"], r["date"], r["lang"], codes("actor"), codes("recipient"),
             names("actor"), names("recipient"), (r["evidence"] or {}).get("text"), r["confidence"], r["coder"],
             json.dumps(r, ensure_ascii=False)))
        self.conn.execute("DELETE FROM event_actors WHERE event = ?", (r["id"],))
        self.conn.executemany(
            "INSERT INTO event_actors (event, role, country, name, wikidata, sector, text) VALUES (?,?,?,?,?,?,?)",
            [(r["id"], role, a["country"], a["name"], a["wikidata"], a["sector"], a["text"])
             for role in ("actor", "recipient") for a in r[role]])
        self.conn.execute("DELETE FROM event_pairs WHERE event = ?", (r["id"],))
        self.conn.executemany("INSERT INTO event_pairs (a, b, date, event) VALUES (?,?,?,?)",
                              [(a, b, r["date"], r["id"]) for a, b in country_pairs(r)])

    def _transaction(self):
        return _Transaction(self.conn)

    # --- line statistics for the boilerplate filter -----------------------------------------------
    def line_stats(self, min_docs: int) -> LineStats:
        """The per-source lines seen in at least `min_docs` stored documents (the only ones the filter drops)."""
        stats = LineStats()
        for source, key, n in self.conn.execute(
                "SELECT source, line_hash, documents FROM line_stats WHERE documents >= ?", (min_docs,)):
            stats.lines.setdefault(source, {})[key] = n
        return stats

    def _count_lines(self, doc: Document) -> None:
        source = source_of(doc)
        if not source:
            return
        keys = sorted({line_hash(line) for line in doc.raw.split("\n")} - {None})
        self.conn.executemany(
            "INSERT INTO line_stats (source, line_hash, documents) VALUES (?, ?, 1)"
            " ON CONFLICT (source, line_hash) DO UPDATE SET documents = documents + 1",
            [(source, k) for k in keys])

    # --- reading ----------------------------------------------------------------------------------
    def query(self, sql: str, params: tuple | dict = ()) -> Iterator[sqlite3.Row]:
        return iter(self.conn.execute(sql, params))


def country_pairs(record: dict[str, Any]) -> list[tuple[str, str]]:
    """Unordered pairs of different countries that an event links: actor with recipient, actor with actor."""
    actors = {a["country"] for a in record["actor"] if a["country"]}
    recipients = {a["country"] for a in record["recipient"] if a["country"]}
    return sorted({(min(x, y), max(x, y)) for x in actors for y in actors | recipients if x != y})


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (autocommit connection)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
