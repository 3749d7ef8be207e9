"""The Python twin of `khabar extract`: paths or text in, Documents and records out."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from .document import Document
from .errors import KhabarError
from .pipeline import Pipeline, load_pipeline
from .readers import Meta, read_paths
from .records import records


def extract_paths(paths: Iterable[str | Path], *, meta: str | Path | None = None, config: str | Path | None = None,
                  pipeline: Pipeline | None = None) -> Iterator[list[dict[str, Any]] | KhabarError]:
    """For each article, its records (document first), or the error that stopped it."""
    pipeline = pipeline or load_pipeline(config)
    for item in pipeline.pipe(read_paths(paths, Meta.load(meta) if meta else None)):
        yield item if isinstance(item, KhabarError) else list(records(item))


def extract(text: str, *, lang: str | None = None, published: str | None = None, doc_id: str = "text",
            pipeline: Pipeline | None = None) -> Document:
    """Run the default pipeline over one text: `khabar.extract(text, lang="fa", published="2021-12-31")`."""
    doc = Document(doc_id=doc_id, raw=text, lang=lang, published=published, source="<text>")
    return (pipeline or load_pipeline())(doc)
