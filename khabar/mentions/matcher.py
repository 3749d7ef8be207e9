"""The name matcher: every alias of a language in one Aho-Corasick automaton (pyahocorasick), run over the
normalised text, with token boundaries and clitics checked only where an alias occurs.

Keys are the normalised alias with its words joined by one space; in the text, ZWNJ, hyphens and other
in-name gaps count as that space, and a word written without its ZWNJ matches the joined form.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Iterable, NamedTuple, TypeVar

import ahocorasick

T = TypeVar("T")
#: characters that join two words of one name in the text, read as one space
GAPS = ("\u200c", "\u200d", "\u00a0", "\t", "-", "‐", "–")
#: characters inside one word (ZWNJ keeps `رئیس‌جمهور` one word, as TOKEN in kb.py does)
JOINERS = frozenset("\u200c\u200d")


def key_text(text: str) -> str:
    """The text as the automaton reads it: same length, in-name gaps as spaces, one apostrophe."""
    for gap in GAPS:
        if gap in text:
            text = text.replace(gap, " ")
    return text.replace("’", "'") if "’" in text else text


class Hit(NamedTuple, Generic[T]):
    """A matched alias over whole words: [start, end) of the norm text (clitic letters the data leaves outside
    fall between `word`, where the first word starts, and `start`); `dot`: a full stop follows the last word."""

    word: int
    start: int
    end: int
    values: list[T]
    prefix: str
    dot: bool
    #: where the alias itself ends (before any suffix): of two hits over the same words the longer alias wins
    matched: int


@dataclass
class Names(Generic[T]):
    """Alias key -> values, and the automaton over the keys and their clitic-rewritten forms."""

    values: dict[str, list[T]] = field(default_factory=dict)
    automaton: ahocorasick.Automaton | None = None

    def get(self, key: str) -> list[T]:
        """The values under one key (`kb.name_key` makes it from a name)."""
        return self.values.get(key, [])

    def build(self, rewrites: Iterable[str]) -> None:
        """Index every key, and each key without a rewritten clitic (`الولايات` is also found as `ولايات`)."""
        automaton = ahocorasick.Automaton()
        for key in self.values:
            automaton.add_word(key, key)
            for target in rewrites:
                if key.startswith(target) and len(key) > len(target) + 1:
                    automaton.add_word(key[len(target):], key[len(target):])
        if len(automaton):
            automaton.make_automaton()
            self.automaton = automaton


def plain(word: str) -> str:
    """A word as rule data stores it: ZWNJ dropped (`ای‌ها` = `ایها`)."""
    return word.replace("\u200c", "").replace("\u200d", "") if "\u200c" in word or "\u200d" in word else word


def hits(names: Names[T], norm: str, prefixes: dict[str, tuple[str, int]], suffixes: frozenset[str],
         skip: frozenset[str] = frozenset()) -> list[Hit[T]]:
    """Greedy left-to-right longest alias matches over whole words (a clitic before, a suffix after)."""
    if names.automaton is None:
        return []
    found = []
    for last, key in names.automaton.iter(key_text(norm)):
        hit = _hit(names.values, norm, last + 1 - len(key), last + 1, key, prefixes, suffixes, skip)
        if hit is not None:
            found.append(hit)
    if len(found) > 1:
        found.sort(key=lambda h: (h.word, -h.end, len(h.prefix), -h.matched))
    out: list[Hit[T]] = []
    for hit in found:
        if not out or hit.word >= out[-1].end:
            out.append(hit)
        elif (hit.word, hit.end) == (out[-1].word, out[-1].end) and all(getattr(v, "weak", False) for v in out[-1].values):
            # a weak reading (an everyday word: السوداني+ه) keeps the other readings of the same words
            out[-1] = out[-1]._replace(values=out[-1].values + hit.values)
    return out


def _hit(values: dict[str, list[T]], norm: str, start: int, end: int, key: str,
         prefixes: dict[str, tuple[str, int]], suffixes: frozenset[str], skip: frozenset[str]) -> Hit[T] | None:
    """The hit at [start, end) if it starts and ends at word edges, allowing for clitics and suffixes."""
    word, lead, prefix = _word_start(norm, start), 0, ""
    if word < start:
        prefix = plain(norm[word:start])
        rewrite, lead = prefixes.get(prefix, (None, 0))
        if rewrite is None:
            return None
        key = rewrite + key
    found = values.get(key)
    if not found:
        return None
    stop = _word_end(norm, end)
    if stop > end and not _suffixed(plain(norm[end:stop]), suffixes):
        return None
    if skip and plain(norm[word:_word_end(norm, word)]) in skip:
        return None
    return Hit(word, word + lead, stop, found, prefix, stop < len(norm) and norm[stop] == ".", end)


def _suffixed(rest: str, suffixes: frozenset[str]) -> bool:
    """Whether a word's ending is one suffix or two stacked ones (`روسیه‌ای‌ها`)."""
    return rest in suffixes or any(rest[:i] in suffixes and rest[i:] in suffixes for i in range(1, len(rest)))


def _word_start(norm: str, i: int) -> int:
    while i and (norm[i - 1].isalnum() or norm[i - 1] in JOINERS):
        i -= 1
    return i


def _word_end(norm: str, i: int) -> int:
    n = len(norm)
    while i < n and (norm[i].isalnum() or norm[i] in JOINERS):
        i += 1
    return i
