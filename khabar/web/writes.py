"""Writes through the API (token only): ingest one article (a JSON object) or a JSONL batch."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from ..store.ingest import IngestSummary, ingest
from ..store.sqlite import Store


def ingest_body(store: Store, body: str) -> IngestSummary:
    """Store the articles of a request body through the normal JSONL reader and pipeline."""
    try:
        one = json.loads(body)
        lines = [json.dumps(one, ensure_ascii=False)] if isinstance(one, dict) else body.splitlines()
    except json.JSONDecodeError:
        lines = body.splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "request.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        summary = IngestSummary()
        for summary in ingest(store, [path], summary=summary):
            pass
    return summary
