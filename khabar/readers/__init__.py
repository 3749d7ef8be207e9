"""Read documents from files, folders and stdin through the `readers` registry; apply `--meta`."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .. import registry
from ..document import Document
from ..errors import InputError
from ..jsonlines import json_lines

META_NAME = "meta.jsonl"


@dataclass
class Meta:
    """Per-file overrides (doc_id, lang, published, source_url), keyed by file name."""

    by_file: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: Path | None = None

    @classmethod
    def load(cls, path: str | Path) -> "Meta":
        path = Path(path)
        by_file: dict[str, dict[str, Any]] = {}
        for n, entry in json_lines(path):
            key = _meta_key(entry)
            if not key:
                raise InputError(str(path), "a meta line needs 'file' or 'doc_id'", n)
            by_file[Path(key).name] = entry
        return cls(by_file, path.resolve())

    def apply(self, doc: Document, file_name: str) -> Document:
        entry = self.by_file.get(file_name)
        if not entry:
            return doc
        doc.meta = {**doc.meta, **entry}
        if "#" not in (doc.source or ""):  # a doc_id names one article, not every record of a JSONL/WARC/feed
            doc.doc_id = entry.get("doc_id") or doc.doc_id
        doc.lang = entry.get("lang") or doc.lang
        doc.published = entry.get("published") or doc.published
        url = entry.get("source_url") or entry.get("url") or entry.get("source")
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            doc.source_url = url
        return doc


def _meta_key(entry: object) -> str | None:
    """The file name a meta line describes: its `file`, else `<doc_id>.txt`."""
    if not isinstance(entry, dict):
        return None
    return entry.get("file") or (f"{entry['doc_id']}.txt" if entry.get("doc_id") else None)


def reader_for(path: Path) -> registry.Reader | None:
    """The reader whose longest registered ending matches the file name."""
    name = path.name.lower()
    best: tuple[int, registry.Reader | None] = (0, None)
    for _, r in registry.readers.items():
        for ext in r.extensions:
            if name.endswith(ext) and len(ext) > best[0]:
                best = (len(ext), r)
    return best[1]


def expand(paths: Iterable[str | Path], meta: Meta | None) -> Iterator[Path | InputError]:
    """Files named, and files inside folders (recursively, by known endings); never the meta file."""
    skip = {meta.path} if meta and meta.path else set()
    for p in map(Path, paths):
        if str(p) == "-":
            yield p
        elif p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")):
                if f.resolve() not in skip and f.name != META_NAME and reader_for(f):
                    yield f
        elif p.is_file():
            if p.resolve() not in skip:
                yield p
        else:
            yield InputError(str(p), "no such file or folder")


def folder_meta(paths: Iterable[str | Path]) -> Meta | None:
    """A `meta.jsonl` lying in a folder given as input, used when no --meta is given."""
    for p in map(Path, paths):
        if p.is_dir() and (p / META_NAME).is_file():
            return Meta.load(p / META_NAME)
    return None


def read_paths(paths: Iterable[str | Path], meta: Meta | None = None) -> Iterator[Document | InputError]:
    """Every document in the inputs, or an InputError for what could not be read; never stops early."""
    paths = list(paths)
    meta = meta or folder_meta(paths)
    for item in expand(paths, meta):
        if isinstance(item, InputError):
            yield item
            continue
        if str(item) == "-":
            yield from _read_stdin()
            continue
        r = reader_for(item) or registry.readers.get("text")
        try:
            for doc in r.read(item):
                if isinstance(doc, Document) and meta:
                    meta.apply(doc, item.name)
                yield doc
        except InputError as err:
            yield err
        except Exception as err:  # a reader bug on one file must not stop the rest
            yield InputError(str(item), f"cannot read ({type(err).__name__}: {err})")


def _read_stdin() -> Iterator[Document | InputError]:
    from .text import document_from_bytes

    yield from document_from_bytes(sys.stdin.buffer.read(), "stdin", source="-")
