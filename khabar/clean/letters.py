"""Language from letters alone, before lingua: the `letters` key of each `data/lang/<code>/language.yaml`.

A text whose letters only one language's alphabet holds is that language; among languages sharing an alphabet,
the one whose own letters and common words appear decides (in texts of SURE_LETTERS letters or more), unless a
common word of another of them appears too. Anything else
is left to lingua (None).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import languages
from ..errors import DataFileError
from .script import expand, fold, fold_letters

WORD = re.compile(r"[^\W\d_]+")
#: languages sharing an alphabet are told apart by letters alone in texts this long; on shorter ones lingua is
#: often unsure, and the caller's fallback (the document's language) stands, so letters may only confirm it
SURE_LETTERS = 48


@dataclass(frozen=True)
class Letters:
    """One language's letter evidence: its alphabet, the letters only it writes among languages of the same
    alphabet, and common words (folded as the language folds them) that the others do not write."""

    code: str
    alphabet: frozenset[str]
    own: frozenset[str]
    words: frozenset[str]

    def has_words(self, text: str) -> bool:
        """Whether a common word of the language occurs (join rules only turn spaces into ZWNJ: no word changes)."""
        return not self.words.isdisjoint(WORD.findall(fold_letters(text, self.code)))


def by_letters(text: str, codes: tuple[str, ...], fallback: str | None = None) -> str | None:
    """The language of `text` when its letters decide among `codes`, else None; a text under SURE_LETTERS
    letters in an alphabet several of `codes` share is decided only for `fallback`."""
    letters = {c for c in set(text) if c.isalpha()}
    candidates = [rules for rules in letter_rules(codes) if letters <= rules.alphabet]
    if len(candidates) == 1:
        return candidates[0].code
    marked = [rules for rules in candidates if not rules.own.isdisjoint(letters)]
    if len(marked) != 1 or (marked[0].code != fallback and sum(map(str.isalpha, text)) < SURE_LETTERS):
        return None
    if not marked[0].has_words(text) or any(r.has_words(text) for r in candidates if r is not marked[0]):
        return None
    return marked[0].code


@lru_cache(maxsize=None)
def letter_rules(codes: tuple[str, ...]) -> tuple[Letters, ...]:
    """The letter evidence of the languages `codes` that give a `letters` key."""
    return tuple(rules for code in codes if (rules := read_letters(code)) is not None)


def read_letters(code: str) -> Letters | None:
    """The `letters` key of a language.yaml: `alphabet` (characters or U+ ranges), `own` letters, `words`."""
    data = languages.language(code).get("letters")
    if data is None:
        return None
    path = str(languages.LANG_DIR / code / "language.yaml")
    if not isinstance(data, dict) or not data.get("alphabet"):
        raise DataFileError(path, "letters needs an alphabet list (characters or U+ ranges)", "letters")
    alphabet = frozenset(c for item in data["alphabet"] for c in expand(str(item), path, "letters.alphabet"))
    own = frozenset(str(c) for c in data.get("own") or [])
    if not own <= alphabet:
        raise DataFileError(path, "letters.own must be letters of its alphabet", "letters.own")
    return Letters(code, alphabet, own, frozenset(fold(str(w), code) for w in data.get("words") or []))
