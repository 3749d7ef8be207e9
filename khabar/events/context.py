"""PLOVER contexts from per-language cue lexicons (`contexts.yaml`) over the event's sentence and paragraph."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter

from .. import languages
from ..document import Document, Span
from ..errors import DataFileError
from .patterns import Compiler, LiteralIndex, norm_index, norm_text, sentence_windows
from .triggers import plover

#: a context cued only in the paragraph (not the sentence) needs this many cues to count
PARAGRAPH_HITS = 2


@lru_cache(maxsize=None)
def cues(lang: str) -> LiteralIndex[str]:
    """Each context's compiled cue regex behind a literal prefilter; names are checked against the PLOVER list."""
    spec = languages.data(lang, "contexts") or {}
    where = str(languages.LANG_DIR / lang / "contexts.yaml")
    known = plover("contexts")
    comp = Compiler(lang, where=where)
    for name in spec:
        if name not in known:
            raise DataFileError(where, f"unknown context {name!r} (choices: {', '.join(known)})", name)
    return LiteralIndex(comp.indexed(name, [str(w) for w in words], name) for name, words in spec.items())


def context_index(doc: Document) -> dict[str, list[int]]:
    """Where each context's cues start in `doc.norm`, found once per document (contexts without cues left out)."""
    index = cues(doc.lang or "")
    found: dict[str, list[int]] = {item.key: [] for item in index.items}
    for name, m in index.scan(norm_text(doc), sentence_windows(doc)):
        found[name].append(m.start())
    return {name: sorted(starts) for name, starts in found.items() if starts}


def hits(doc: Document, index: dict[str, list[int]], span: Span) -> dict[str, int]:
    """How many cues of each context start inside a text span."""
    ns, ne = norm_index(doc, span.start), norm_index(doc, span.end)
    counts = {name: bisect_left(starts, ne) - bisect_left(starts, ns) for name, starts in index.items()}
    return {name: n for name, n in counts.items() if n}


def paragraph_of(doc: Document, sent: Span) -> Span:
    """The paragraph holding a sentence, or the sentence itself when paragraphs are not set (paragraphs are in
    text order and do not overlap: only the last one starting before the sentence may hold it)."""
    i = bisect_right(doc.paragraphs, sent.start, key=attrgetter("start")) - 1
    return doc.paragraphs[i] if i >= 0 and sent.start < doc.paragraphs[i].end else sent


def contexts_for(doc: Document, index: dict[str, list[int]], sent: Span, defaults: tuple[str, ...]) -> list[str]:
    """Entry defaults, then contexts cued in the sentence, then those cued repeatedly in its paragraph."""
    found = list(defaults)
    in_sentence = hits(doc, index, sent)
    in_paragraph = hits(doc, index, paragraph_of(doc, sent))
    for name in list(in_sentence) + [n for n, c in in_paragraph.items() if c >= PARAGRAPH_HITS]:
        if name not in found:
            found.append(name)
    return found
