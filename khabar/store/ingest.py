"""Ingest: read, skip what is stored already, run the pipeline (in worker processes), store each document."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..document import Document
from ..errors import KhabarError
from ..parallel import bounded_map
from ..clean.boilerplate import MIN_DOCS
from ..languages import load_yaml
from ..pipeline import Pipeline, default_config, load_pipeline
from ..readers import Meta, read_paths
from .sqlite import Store

_worker_pipeline: Pipeline | None = None
BOILERPLATE = "clean.boilerplate.v1"


@dataclass
class IngestSummary:
    """Counts for the end-of-run summary, with the reasons of failures."""

    read: int = 0
    stored: int = 0
    replaced: int = 0
    duplicates: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.read} read, {self.stored} stored, {self.replaced} new versions, {self.duplicates} skipped as"
                f" duplicates, {len(self.failures)} failed, {self.events} events")


def _init_worker(config: Any) -> None:
    global _worker_pipeline
    _worker_pipeline = load_pipeline(config)


def _process(doc: Document) -> Document | KhabarError:
    assert _worker_pipeline is not None
    return next(_worker_pipeline.pipe([doc]))


def ingest(store: Store, paths: Iterable[str | Path], *, meta: str | Path | None = None, config: Any = None,
           workers: int = 1, summary: IngestSummary | None = None) -> Iterator[IngestSummary]:
    """Ingest articles; yields the running summary after each document (for progress bars)."""
    summary = summary or IngestSummary()
    seen: set[str] = set()
    config = with_line_stats(config, store)

    def fresh() -> Iterator[Document | KhabarError]:
        for item in read_paths(paths, Meta.load(meta) if meta else None):
            if isinstance(item, Document):
                summary.read += 1
                if item.content_hash in seen or store.has_hash(item.content_hash):
                    summary.duplicates += 1
                    continue
                seen.add(item.content_hash)
            yield item

    for done in bounded_map(_process_or_pass, fresh(), workers=workers, initializer=_init_worker, initargs=(config,)):
        if isinstance(done, KhabarError):
            summary.failures.append(str(done))
            store.add_failure(getattr(done, "path", getattr(done, "doc_id", "?")), str(done))
        else:
            result = store.add(done)
            summary.stored += result.status == "stored"
            summary.replaced += result.status == "replaced"
            summary.duplicates += result.status == "duplicate"
            summary.events += result.events
        yield summary


def with_line_stats(config: Any, store: Store) -> dict[str, Any]:
    """The pipeline config with the store's frequent lines handed to the boilerplate filter."""
    config = dict(default_config() if config is None else config if isinstance(config, dict) else load_yaml(Path(config)))
    options = {**(config.get("options") or {})}
    mine = dict(options.get(BOILERPLATE) or {})
    mine["line_stats"] = store.line_stats(mine.get("min_docs", MIN_DOCS))
    options[BOILERPLATE] = mine
    return {**config, "options": options}


def _process_or_pass(item: Document | KhabarError) -> Document | KhabarError:
    return item if isinstance(item, KhabarError) else _process(item)


def reextract(store: Store, *, config: Any = None, workers: int = 1) -> Iterator[tuple[str, int]]:
    """Run the current pipeline again over every stored document, replacing what was found in it."""
    config = with_line_stats(config, store)
    rows = list(store.query("SELECT id, doc_id, raw, lang, published, title, author, source, source_url FROM documents"
                            " WHERE current = 1 ORDER BY id"))
    docs = (Document(doc_id=r["doc_id"], raw=r["raw"], lang=r["lang"], published=r["published"], title=r["title"],
                     author=r["author"], source=r["source"], source_url=r["source_url"], meta={"pk": r["id"]})
            for r in rows)
    for done in bounded_map(_process, docs, workers=workers, initializer=_init_worker, initargs=(config,)):
        if isinstance(done, KhabarError):
            yield str(done), -1
            continue
        yield done.doc_id, store.replace_found(done.meta["pk"], done)

