"""The per-partition work: (name, bytes) inputs in, output rows out; the pipeline is built once per partition."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Iterator

from ..document import Document
from ..errors import KhabarError
from ..pipeline import load_pipeline
from ..readers import reader_for
from ..records import records

#: output datasets, one folder each: OUT/dataset=NAME/lang=L/month=YYYY-MM/
DATASETS = {"document": "documents", "event": "events", "quote": "quotes", "actor": "actors", "date": "dates"}
COLUMNS = ("dataset", "lang", "month", "id", "doc_id", "record", "document")


def rows_of(doc: Document) -> Iterator[dict[str, Any]]:
    """One output row per record; the documents row also carries the whole Document for `khabar ingest`."""
    month = (doc.published or "unknown")[:7]
    for n, r in enumerate(records(doc)):
        kind = r["kind"]
        yield {"dataset": DATASETS[kind], "lang": doc.lang or "unknown",
               "month": (r.get("date") or month)[:7] if kind == "event" else month,
               "id": r.get("id") or f"{doc.doc_id}#{kind}{n}", "doc_id": doc.doc_id,
               "record": json.dumps(r, ensure_ascii=False, sort_keys=True),
               "document": json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True) if kind == "document" else None}


def error_row(source: str, problem: str) -> dict[str, Any]:
    return {"dataset": "errors", "lang": "unknown", "month": "unknown", "id": source, "doc_id": None,
            "record": json.dumps({"source": source, "problem": problem}, ensure_ascii=False), "document": None}


def documents_of(name: str, data: bytes) -> Iterator[Document | KhabarError]:
    """Read one input through its registered reader; sources keep the input's own name."""
    path = PurePosixPath(name.split("://", 1)[-1])
    reader = reader_for(Path(path.name))
    if reader is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / path.name
        local.write_bytes(data)
        for item in reader.read(local):
            if isinstance(item, Document):
                item.source = (item.source or "").replace(str(local), name)
                yield item
            else:
                yield KhabarError(str(item).replace(str(local), name))


def run_partition(items: Iterable[tuple[str, bytes]], config: Any = None) -> Iterator[dict[str, Any]]:
    """The whole pipeline over one partition of inputs; failures become rows of the errors dataset."""
    pipeline = load_pipeline(config)
    for name, data in items:
        for item in pipeline.pipe(documents_of(name, data)):
            if isinstance(item, KhabarError):
                yield error_row(name, str(item))
            else:
                yield from rows_of(item)
