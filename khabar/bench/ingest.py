"""`khabar bench ingest`: articles/s into a fresh store, peak memory, and memory along the way (flat or not)."""
from __future__ import annotations

import json
import resource
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..store.ingest import IngestSummary, ingest
from ..store.sqlite import Store
from .pipeline import generate


@dataclass
class IngestBench:
    """Throughput and memory of one ingest run."""

    docs: int
    workers: int
    seconds: float
    summary: IngestSummary
    peak_rss_mb: float
    peak_worker_rss_mb: float
    rss_mb_at: dict[int, float] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def current_rss_mb() -> float:
    """Resident memory of this process now (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def write_corpus(folder: Path, docs: int, seed: int = 0) -> Path:
    """`docs` generated articles as one JSONL file, written line by line."""
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for doc in generate(docs, seed=seed):
            out.write(json.dumps({"id": doc.doc_id, "text": doc.raw, "lang": doc.lang, "published": doc.published},
                                 ensure_ascii=False) + "\n")
    return path


def run_ingest_bench(docs: int = 10_000, *, workers: int = 2, seed: int = 0, checkpoints: int = 4) -> IngestBench:
    """Generate `docs` articles, ingest them into a new store with `workers` processes, and measure."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp), docs, seed)
        marks = {max(1, docs * k // checkpoints) for k in range(1, checkpoints + 1)}
        rss: dict[int, float] = {}
        summary = IngestSummary()
        began = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            for summary in ingest(store, [corpus], workers=workers, summary=summary):
                done = summary.stored + summary.duplicates + len(summary.failures)
                if done in marks:
                    rss[done] = current_rss_mb()
        seconds = time.perf_counter() - began
    return IngestBench(docs, workers, seconds, summary,
                       resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                       resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, rss)
