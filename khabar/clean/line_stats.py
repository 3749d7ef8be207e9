"""Per-source counts of line hashes: a line printed on many pages of one site is page furniture."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlparse

from ..errors import DataFileError
from .line_rules import fold, words

#: digit runs are masked so that `news code 81991` and `news code 81992` count as one line
DIGITS = re.compile(r"\d+")
#: hex characters kept of each line hash: 64 bits, collisions are negligible per source
HASH_CHARS = 16


def line_hash(raw_line: str) -> str | None:
    """The key a line is counted under (folded words, digits masked); None for a line without words."""
    key = DIGITS.sub("0", words(fold(raw_line)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:HASH_CHARS] if key else None


def source_of(doc: Any) -> str | None:
    """The site a document came from: the host of its URL, else a publisher named in its meta."""
    for value in (doc.source_url, doc.meta.get("source_url"), doc.meta.get("source"), doc.source):
        host = urlparse(value).hostname if isinstance(value, str) and "://" in value else None
        if host:
            return host.removeprefix("www.")
    publisher = doc.meta.get("publisher")
    return str(publisher) if publisher else None


@dataclass
class LineStats:
    """How many documents of each source contain each line (by hash)."""

    docs: dict[str, int] = field(default_factory=dict)
    lines: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, source: str, raw: str) -> None:
        """Count one document's distinct lines for its source."""
        self.docs[source] = self.docs.get(source, 0) + 1
        counts = self.lines.setdefault(source, {})
        for key in {line_hash(line) for line in raw.split("\n")} - {None}:
            counts[key] = counts.get(key, 0) + 1

    def add_all(self, docs: Iterable[Any]) -> "LineStats":
        """Count every document that has a source; returns self."""
        for doc in docs:
            source = source_of(doc)
            if source:
                self.add(source, doc.raw)
        return self

    def count(self, source: str, raw_line: str) -> int:
        """In how many documents of `source` this line occurs."""
        key = line_hash(raw_line)
        return self.lines.get(source, {}).get(key, 0) if key else 0

    def to_dict(self) -> dict[str, Any]:
        return {"docs": dict(self.docs), "lines": {s: dict(c) for s, c in self.lines.items()}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LineStats":
        return cls(dict(data.get("docs", {})), {s: dict(c) for s, c in data.get("lines", {}).items()})

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "LineStats":
        """Read stats written by `save`; errors name the file."""
        try:
            return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError, AttributeError) as err:
            raise DataFileError(str(path), f"cannot load line stats ({err})") from None
