"""The local engine: the same partition function over a process pool, written as partitioned Parquet."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterator

from ..pipeline import load_pipeline
from ..readers import reader_for
from .partition import COLUMNS, run_partition


def input_files(paths: list[str]) -> list[Path]:
    """Every readable file under the inputs, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        files = sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
        out += [f for f in files if reader_for(f) and f.name != "meta.jsonl"]
    return out


def _partition_job(args: tuple[list[str], Any]) -> list[dict[str, Any]]:
    names, config = args
    return list(run_partition(((n, Path(n).read_bytes()) for n in names), config))


def run_local(paths: list[str], *, workers: int = 2, partitions: int | None = None, config: Any = None) -> Iterator[dict[str, Any]]:
    """Rows of every record, computed in `partitions` chunks by `workers` processes. The pipeline's data is
    loaded here first, so forked workers share it (copy-on-write) instead of each loading its own."""
    files = [str(f.resolve()) for f in input_files(paths)]
    n = max(1, partitions or workers * 4)
    chunks = [(files[i::n], config) for i in range(n) if files[i::n]]
    load_pipeline(config)
    with ProcessPoolExecutor(max(1, workers), mp_context=multiprocessing.get_context("fork")) as pool:
        for rows in pool.map(_partition_job, chunks):
            yield from rows


def write_parquet(rows: Iterator[dict[str, Any]], out_dir: str | Path, *, batch: int = 2000) -> dict[str, int]:
    """Write rows as OUT/dataset=/lang=/month=/ Parquet files; returns counts per dataset."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    schema = pa.schema([(c, pa.string()) for c in COLUMNS])
    counts: dict[str, int] = {}
    pending: list[dict[str, Any]] = []
    part = 0

    def flush() -> None:
        nonlocal part, pending
        if pending:
            ds.write_dataset(pa.Table.from_pylist(pending, schema), str(out_dir), format="parquet",
                             partitioning=["dataset", "lang", "month"], partitioning_flavor="hive",
                             basename_template=f"part-{part:05d}-{{i}}.parquet", existing_data_behavior="overwrite_or_ignore")
            part += 1
            pending = []

    for row in rows:
        counts[row["dataset"]] = counts.get(row["dataset"], 0) + 1
        pending.append(row)
        if len(pending) >= batch:
            flush()
    flush()
    return counts
