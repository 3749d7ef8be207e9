"""JSON Lines: one article per line, `text` required; `title`, `url`, `published`, `lang`, `id` optional."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from ..document import Document
from ..errors import InputError
from ..registry import reader
from .text import NotText, decode, from_bytes, normalise_newlines

#: keys that become Document fields; every other key of a line is kept in doc.meta
FIELDS = ("id", "text", "title", "url", "source_url", "published", "lang", "author")


@reader("jsonl", extensions=(".jsonl", ".ndjson"))
@from_bytes
def read_jsonl(data: bytes, path: Path) -> Iterator[Document | InputError]:
    """One Document per line; a bad line yields an InputError naming its line and the rest still read."""
    try:
        lines = decode(data).split("\n")
    except NotText:
        yield InputError(str(path), "binary file, not JSON lines")
        return
    for n, line in enumerate(lines, 1):
        if line.strip():
            yield document_from_line(line, path, n)


def document_from_line(line: str, path: Path, n: int) -> Document | InputError:
    """The article on line `n`; its doc_id is its `id` or `<file stem>-<n>`."""
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(str(path), f"invalid JSON ({err.msg}: column {err.colno})", n)
    if not isinstance(entry, dict):
        return InputError(str(path), f"expected a JSON object, got {type(entry).__name__}", n)
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(str(path), "no 'text' (a non-empty string is required)", n)
    return Document(doc_id=str(entry.get("id") or f"{path.stem}-{n}"), raw=normalise_newlines(text),
                    title=_string(entry, "title"), source_url=_string(entry, "url") or _string(entry, "source_url"),
                    published=_string(entry, "published"), lang=_string(entry, "lang"),
                    author=_string(entry, "author"), source=f"{path}#{n}",
                    meta={k: v for k, v in entry.items() if k not in FIELDS})


def _string(entry: dict[str, Any], key: str) -> str | None:
    value = entry.get(key)
    return str(value) if value not in (None, "") else None
