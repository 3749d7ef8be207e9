"""Boilerplate line rules loaded from data: marker groups per language and the label-only test.

Files: `data/boilerplate.yaml` (every language) and `data/lang/<code>/boilerplate.yaml`; the keys are
explained at the top of `data/boilerplate.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .. import languages
from ..errors import DataFileError
from .script import Translation
from .script import fold as script_fold

#: what a marker group may do with a line it names
ACTIONS = ("drop", "cut", "tail-cut")
#: how a phrase is compared with a line
MATCHES = ("line", "label", "prefix", "words", "regex")
#: characters that decorate a line without being part of it (bullets, arrows, end punctuation)
DECORATION = " \t\u00a0•·▪◦*-–—|:：،,.;؛!?؟»«›‹>\"'“”()[]"
#: letters folded together on top of the text normaliser, so that the spellings of every language and
#: sloppy typing compare equal (yeh, kaf, alef with hamza, teh marbuta); ZWNJ counts as a space
FOLD = Translation({
    "ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ة": "ه", "ۀ": "ه",
    "\u200c": " ",
})
TOKEN = re.compile(r"\d+(?::\d+)+|\d+|[^\W\d_]+")
#: a colon that ends a label, not one inside a time (10:15)
LABEL_COLON = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")
DATE_SHAPE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d:\d\d|\d{4,}")
#: a run of letters and digits (exactly the characters `str.isalnum` accepts)
ALNUM_RUN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """The form lines and phrases are compared in: the text normaliser, then letter variants of every
    language folded together (a Persian page may type Arabic yeh), ZWNJ as a space, single spaces."""
    return " ".join(FOLD(script_fold(text)).split())


def words(folded: str) -> str:
    """A folded line as lower-case words without punctuation: `المصدر: تاس` -> `المصدر تاس`."""
    return " ".join(ALNUM_RUN.findall(folded.casefold()))


@dataclass(frozen=True)
class Line:
    """A raw line in the forms rules look at."""

    folded: str
    words: str

    @classmethod
    def of(cls, raw_line: str) -> "Line":
        folded = fold(raw_line)
        return cls(folded, words(folded))


@dataclass(frozen=True)
class Marker:
    """One phrase of a marker group; `rule_id` is what doc.removed records (`fa/related#2`)."""

    rule_id: str
    action: str
    match: str
    phrase: str
    max_words: int | None
    pattern: re.Pattern[str] | None

    def matches(self, line: Line, date_words: frozenset[str]) -> bool:
        if self.max_words is not None and len(line.words.split()) > self.max_words:
            return False
        if self.match == "regex":
            return bool(self.pattern.search(line.folded))
        if self.match == "line":
            return line.words.replace(" ", "") == self.phrase.replace(" ", "")
        if self.match == "prefix":
            return (line.words + " ").startswith(self.phrase + " ")
        if self.match == "words":
            return f" {self.phrase} " in f" {line.words} "
        return _label_matches(line, self.phrase, date_words)


def _label_matches(line: Line, phrase: str, date_words: frozenset[str]) -> bool:
    """The line is the label alone, the label and a colon, or the label and a number or date."""
    if not (line.words + " ").startswith(phrase + " "):
        return False
    at = _label_end(line.folded, phrase)
    if at is None:
        return False
    rest = line.folded[at:].lstrip(" -–—")
    if not rest.strip(DECORATION) or rest[0] in ":：":
        return True
    return is_date_only(rest, date_words, max_other=0)


def _label_end(folded: str, phrase: str) -> int | None:
    """Offset in the folded line just after the label's last word."""
    lowered = folded.casefold()
    at = 0
    for word in phrase.split():
        found = lowered.find(word, at)
        if found < 0:
            return None
        at = found + len(word)
    return at


def is_date_only(folded: str, date_words: frozenset[str], *, max_other: int) -> bool:
    """A date, time or long number with at most `max_other` other words (`کد خبر 819991`, `Updated 15:20`).

    Words are counted between spaces, so `Delhi/Islamabad,` is one word and `24-Feb-2019` one number.
    """
    lowered = folded.casefold()
    numbers = other = 0
    for token in lowered.split():
        parts = TOKEN.findall(token)
        if any(p[0].isdigit() for p in parts):
            numbers += 1
        elif parts and not all(p in date_words for p in parts):
            other += 1
            if other > max_other:
                return False
    dated = bool(DATE_SHAPE.search(folded)) or any(p in date_words for p in TOKEN.findall(lowered))
    return numbers > 0 and dated and other <= max_other


class MarkerIndex:
    """Which markers could match a line, found by lookups instead of trying each: a `line` marker by the
    line without spaces, `prefix` and `label` ones by the line's first word, `words` ones by any word of it;
    `regex` ones are always tried (one alternation of them all searched slower than each on its own)."""

    def __init__(self, markers: tuple[Marker, ...]) -> None:
        self.whole: dict[str, list[int]] = {}
        self.first: dict[str, list[int]] = {}
        self.anywhere: dict[str, list[int]] = {}
        self.regex: list[int] = []
        for i, marker in enumerate(markers):
            if marker.match == "regex":
                self.regex.append(i)
                continue
            table, key = self._slot(marker)
            table.setdefault(key, []).append(i)

    def _slot(self, marker: Marker) -> tuple[dict[str, list[int]], str]:
        if marker.match == "line":
            return self.whole, marker.phrase.replace(" ", "")
        head = marker.phrase.split(" ", 1)[0]
        return (self.anywhere if marker.match == "words" else self.first), head

    def candidates(self, line: Line) -> list[int]:
        """Indices, in order, of the markers that may match `line` (a superset of those that do)."""
        tokens = line.words.split(" ")
        found = set(self.regex)
        found.update(self.whole.get(line.words.replace(" ", ""), ()))
        found.update(self.first.get(tokens[0], ()))
        for token in self.anywhere.keys() & set(tokens):
            found.update(self.anywhere[token])
        return sorted(found)


@dataclass(frozen=True)
class RuleSet:
    """The markers of one language (language-neutral ones after) and the words that make a date."""

    markers: tuple[Marker, ...]
    date_words: frozenset[str]
    max_label_words: int

    @cached_property
    def index(self) -> MarkerIndex:
        return MarkerIndex(self.markers)

    def first_marker(self, line: Line) -> Marker | None:
        markers = self.markers
        return next((markers[i] for i in self.index.candidates(line) if markers[i].matches(line, self.date_words)),
                    None)

    def label_only(self, line: Line) -> bool:
        """A header of a few words and a date; after a label colon only the date may follow, so a dated
        list item (`2019: talks collapse`) stays."""
        parts = LABEL_COLON.split(line.folded, maxsplit=1)
        if len(parts) == 2 and parts[1].strip() and not is_date_only(parts[1], self.date_words, max_other=0):
            return False
        return is_date_only(line.folded, self.date_words, max_other=self.max_label_words)


@lru_cache(maxsize=None)
def rules_for(lang: str | None) -> RuleSet:
    """Rules of a language (None or a language without data: the language-neutral ones only)."""
    shared = languages.shared("boilerplate") or {}
    own = languages.data(lang, "boilerplate") if lang in languages.available() else None
    markers = (_markers(own or {}, lang or "", languages.LANG_DIR / str(lang) / "boilerplate.yaml")
               + _markers(shared, "any", languages.DATA / "boilerplate.yaml"))
    date_words = frozenset(
        token for code in languages.available()
        for w in (languages.data(code, "boilerplate") or {}).get("date_words", [])
        for token in words(fold(str(w))).split())
    return RuleSet(markers, date_words, int(shared.get("max_label_words", 2)))


def _markers(data: dict[str, Any], prefix: str, path: Path) -> tuple[Marker, ...]:
    """One Marker per phrase of each group; ids are `<prefix>/<group>#<n>`."""
    found: list[Marker] = []
    for name, group in (data.get("groups") or {}).items():
        action, match = group.get("action", "drop"), group.get("match", "line")
        if action not in ACTIONS or match not in MATCHES:
            raise DataFileError(str(path), f"action must be one of {ACTIONS}, match one of {MATCHES}", name)
        for i, phrase in enumerate(group.get("phrases") or [], start=1):
            found.append(_marker(f"{prefix}/{name}#{i}", action, match, str(phrase), group.get("max_words"), path))
    return tuple(found)


def _marker(rule_id: str, action: str, match: str, phrase: str, max_words: int | None, path: Path) -> Marker:
    if match != "regex":
        return Marker(rule_id, action, match, words(fold(phrase)), max_words, None)
    try:
        pattern = re.compile(fold(phrase), re.IGNORECASE)
    except re.error as err:
        raise DataFileError(str(path), f"bad regex ({err})", rule_id) from None
    return Marker(rule_id, action, match, phrase, max_words, pattern)
