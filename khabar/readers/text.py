"""Plain text files."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..document import Document
from ..errors import InputError
from ..registry import reader


def document_from_bytes(data: bytes, doc_id: str, *, source: str) -> Iterator[Document | InputError]:
    """Decode bytes as UTF-8 and wrap them in a Document."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield InputError(source, "not UTF-8 text")
        return
    if not text.strip():
        yield InputError(source, "empty file")
        return
    yield Document(doc_id=doc_id, raw=text.replace("\r\n", "\n"), source=source)


@reader("text", extensions=(".txt", ".text"))
def read_text(path: Path) -> Iterator[Document | InputError]:
    """A plain-text article; the file name (without extension) is its doc_id."""
    yield from document_from_bytes(path.read_bytes(), path.stem, source=str(path))
