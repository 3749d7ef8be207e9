"""The SQLite schema as numbered migrations; `migrate` brings any older store up to date."""
from __future__ import annotations

import sqlite3

# Each entry upgrades the schema by one version. Never edit a shipped migration: append a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        current INTEGER NOT NULL DEFAULT 1,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT, source_url TEXT, title TEXT, author TEXT,
        lang TEXT, published TEXT,
        raw TEXT NOT NULL, text TEXT NOT NULL,
        raw_spans TEXT NOT NULL,
        skipped TEXT,
        pipeline_version TEXT NOT NULL,
        steps TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX documents_doc_id ON documents(doc_id);
    CREATE INDEX documents_published ON documents(published);
    CREATE TABLE sentences (
        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        n INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (document, n)
    );
    CREATE TABLE actor_mentions (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        name TEXT, wikidata TEXT, country TEXT, sector TEXT, by TEXT
    );
    CREATE INDEX actor_mentions_document ON actor_mentions(document);
    CREATE INDEX actor_mentions_country ON actor_mentions(country);
    CREATE TABLE date_mentions (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        value TEXT NOT NULL, calendar TEXT, end_value TEXT, by TEXT
    );
    CREATE INDEX date_mentions_document ON date_mentions(document);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        event_type TEXT NOT NULL, mode TEXT, aux TEXT,
        date TEXT, lang TEXT,
        actor_codes TEXT NOT NULL, recipient_codes TEXT NOT NULL,
        actor_names TEXT NOT NULL, recipient_names TEXT NOT NULL,
        evidence_text TEXT, confidence REAL, coder TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX events_document ON events(document);
    CREATE INDEX events_type_date ON events(event_type, date);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_actors (
        event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        role TEXT NOT NULL, country TEXT, name TEXT, wikidata TEXT, sector TEXT, text TEXT
    );
    CREATE INDEX event_actors_country ON event_actors(country, role);
    CREATE INDEX event_actors_event ON event_actors(event);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        speaker_name TEXT, speaker_country TEXT, text TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, record TEXT NOT NULL
    );
    CREATE INDEX quotes_document ON quotes(document);
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL, problem TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE line_stats (
        source TEXT NOT NULL, line_hash TEXT NOT NULL, documents INTEGER NOT NULL,
        PRIMARY KEY (source, line_hash)
    ) WITHOUT ROWID;
    """,
    # FTS over the normalised text (rowid = documents.id); ZWNJ is a word character, not a separator.
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, body,"
    " tokenize='unicode61 remove_diacritics 2 tokenchars ''\u200c''');",
    # Unordered country pairs of each event (actor-recipient and actor-actor): a dyad query reads an index range.
    """
    CREATE TABLE event_pairs (
        a TEXT NOT NULL, b TEXT NOT NULL, date TEXT,
        event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE
    );
    CREATE INDEX event_pairs_dyad ON event_pairs(a, b, date, event);
    CREATE INDEX event_pairs_event ON event_pairs(event);
    INSERT INTO event_pairs (a, b, date, event)
        SELECT DISTINCT min(x.country, y.country), max(x.country, y.country), e.date, e.id
        FROM event_actors x JOIN event_actors y ON x.event = y.event AND x.country < y.country
        JOIN events e ON e.id = x.event
        WHERE NOT (x.role = 'recipient' AND y.role = 'recipient');
    """,
]


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this store lacks, each in its own transaction; return the new version."""
    current = version(conn)
    for n, sql in enumerate(MIGRATIONS[current:], start=current + 1):
        with conn:
            conn.executescript(f"BEGIN; {sql}; PRAGMA user_version = {n}; COMMIT;")
    return version(conn)
