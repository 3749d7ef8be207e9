"""`khabar bench batch`: the local engine with 1 and 2 workers on one corpus, and Spark local[2]'s overhead."""
from __future__ import annotations

import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..batch.local import run_local, write_parquet
from ..pipeline import load_pipeline
from .pipeline import generate, warm_up


@dataclass
class BatchRun:
    engine: str
    workers: int
    docs: int
    seconds: float
    peak_worker_rss_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def write_folder(folder: Path, docs: int, seed: int = 0) -> Path:
    """Generated articles as text files, the way archives of crawled text arrive."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in generate(docs, seed=seed):
        (folder / f"{doc.doc_id}.txt").write_text(doc.raw, encoding="utf-8")
    return folder


def run_batch_bench(docs: int = 400, *, spark: bool = False) -> list[BatchRun]:
    """Time the same corpus through 1 and 2 local workers (and Spark local[2] when asked)."""
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_folder(Path(tmp) / "in", docs)
        began = time.perf_counter()
        warm_up(load_pipeline())  # once, here: forked workers share what it loaded, as in a real run
        runs.append(BatchRun("start-up (data loading, once per job)", 0, 0, time.perf_counter() - began, 0.0))
        for workers in (1, 2):
            began = time.perf_counter()
            write_parquet(run_local([str(corpus)], workers=workers, partitions=8), Path(tmp) / f"out{workers}")
            runs.append(BatchRun("local", workers, docs, time.perf_counter() - began,
                                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
        if spark:
            from ..batch.spark import run_spark, spark_session

            began = time.perf_counter()
            session = spark_session("local[2]")
            try:
                run_spark([str(corpus)], str(Path(tmp) / "spark"), session=session, partitions=8)
            finally:
                session.stop()
            runs.append(BatchRun("spark local[2]", 2, docs, time.perf_counter() - began, 0.0))
    return runs
