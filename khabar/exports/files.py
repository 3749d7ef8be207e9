"""JSONL, CSV and Parquet exports of event records."""
from __future__ import annotations

import csv
import json
from typing import Any, Iterable

from . import exporter, flat


@exporter("jsonl")
def write_jsonl(records: Iterable[dict[str, Any]], path: str) -> int:
    """One FORMAT.md event record per line."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for n, r in enumerate(records, 1):
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return n


@exporter("csv")
def write_csv(records: Iterable[dict[str, Any]], path: str) -> int:
    """Flat columns, UTF-8 with a header row."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer: csv.DictWriter | None = None
        for n, r in enumerate(records, 1):
            row = flat(r)
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
    return n


@exporter("parquet")
def write_parquet(records: Iterable[dict[str, Any]], path: str, *, batch: int = 5000) -> int:
    """Flat columns in zstd Parquet, written in batches so memory stays flat."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    n, rows, writer = 0, [], None
    schema = pa.schema([(k, pa.float64() if k == "confidence" else pa.int64() if k in _INTS else pa.string())
                        for k in flat(_EMPTY)])
    try:
        for r in records:
            rows.append(flat(r))
            n += 1
            if len(rows) >= batch:
                writer = writer or pq.ParquetWriter(path, schema, compression="zstd")
                writer.write_table(pa.Table.from_pylist(rows, schema))
                rows = []
        writer = writer or pq.ParquetWriter(path, schema, compression="zstd")
        writer.write_table(pa.Table.from_pylist(rows, schema))
    finally:
        if writer:
            writer.close()
    return n


_INTS = {"evidence_start", "evidence_end", "mentions", "geonameid"}
_EMPTY: dict[str, Any] = {"id": "", "doc_id": "", "date": "", "event_type": "", "actor": [], "recipient": []}
