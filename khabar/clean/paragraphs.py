"""Paragraphs: the non-empty lines of doc.text, each with its own language when it is long enough to tell."""
from __future__ import annotations

import re
from typing import Callable

from ..document import Document, Paragraph
from ..registry import component
from .langid import detect, detector

#: a line's text without its surrounding whitespace (news text puts one paragraph per line)
BLOCK = re.compile(r"[^\s](?:[^\n]*[^\s])?")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every non-empty line of `text`, surrounding whitespace excluded."""
    return [match.span() for match in BLOCK.finditer(text)]


@component("clean.paragraphs.v1", requires=("text", "lang"), assigns=("paragraphs",))
def split_into_paragraphs(*, min_letters: int = 20, min_confidence: float = 0.9) -> Callable[[Document], Document]:
    """Set doc.paragraphs; a block with under `min_letters` letters, or no sure language, inherits doc.lang."""
    detector()  # load lingua's models now, not on the first paragraph that needs them

    def run(doc: Document) -> Document:
        text = doc.text or ""
        doc.paragraphs = [
            Paragraph(start, end, detect(text[start:end], min_letters=min_letters, min_confidence=min_confidence,
                                         default=doc.lang))
            for start, end in split_paragraphs(text)
        ]
        return doc

    return run
