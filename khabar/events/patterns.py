"""Compile lexicon patterns (words as people write them, plus inflection marks) into regexes over `doc.norm`.

Pattern syntax, shared by triggers, quotes, aux and contexts (docs/languages.md):
`a|b` alternatives; `~stem` takes the language's verb prefixes and suffixes; `stem*` takes its noun suffixes; `stem+` is any word starting with stem;
`{name}` is a verb lexeme from the file's `verbs` table; `..` skips up to `gap` words, `...` up to LONG_GAP times
as many (a relative clause between a noun and its verb: نظری که ... موافقت کرد). Every word may carry
the language's clitic prefixes. Verb prefixes are captured (`vp<n>` groups) so aux can read negation and future.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, Iterable, Iterator, TypeVar

import ahocorasick

from .. import languages
from ..document import Document
from ..errors import DataFileError

#: characters that are word material in fa/ar/en text (ZWNJ joins Persian affixes to stems)
WORD = r"[^\W_]"
BEFORE = rf"(?<!{WORD})(?<!\u200c)"
AFTER = rf"(?!{WORD})(?!\u200c{WORD})"
SPACE = r"[\s\u200c]+"
K = TypeVar("K")
#: how many `gap`s a long gap (`...`) may skip
LONG_GAP = 3
#: the tokens that skip words
GAPS = ("..", "...")
#: what a pattern needs besides its anchor: per other word, the stems one of which occurs
Needs = tuple[frozenset[str], ...]
#: compiled regex id -> (the regex, its verb-affix group numbers): see `_affix_groups`
_AFFIX_GROUPS: dict[int, tuple[re.Pattern[str], tuple[int, ...]]] = {}
#: per-thread memo tables of the document being coded (see `per_document`)
_CURRENT = threading.local()


@dataclass(frozen=True)
class Inflection:
    """A language's affixes as regex fragments, read from the `inflection` key of a data file."""

    clitics: str
    #: the clitics a verb may carry (`verb_clitics`, default `clitics`): Arabic verbs take و/ف/ل, never ب/ال
    verb_clitics: str
    verb_prefixes: str
    verb_suffixes: str
    verb_auxiliaries: str
    noun_suffixes: str
    gap: int


def normalise(text: str, lang: str) -> str:
    """Normalise data words with the function the text goes through (identity until the normaliser exists)."""
    try:
        from ..clean.script import normalise as clean_normalise
    except ImportError:
        return text
    return clean_normalise(text, lang)[0]


def _affixes(items: Iterable[str], *, before: str = "", after: str = "") -> str:
    """An optional group of affixes, longest first, with optional joiners on the stem side."""
    words = sorted({w for w in items if w}, key=len, reverse=True)
    if not words:
        return ""
    return f"(?:{before}(?:{'|'.join(re.escape(w) for w in words)}){after})?"


@lru_cache(maxsize=None)
def inflection(lang: str) -> Inflection:
    """The language's inflection table (`inflection` in triggers.yaml), normalised and compiled to fragments."""
    spec = (languages.data(lang, "triggers") or {}).get("inflection", {})
    joiner = "[" + "".join(re.escape(j) for j in spec.get("joiners", [])) + "]?" if spec.get("joiners") else ""
    words = lambda key: [normalise(w, lang) for w in spec.get(key, [])]  # noqa: E731
    return Inflection(
        clitics=_affixes(words("clitics")),
        verb_clitics=_affixes(words("verb_clitics") if "verb_clitics" in spec else words("clitics")),
        verb_prefixes=_affixes(words("verb_prefixes"), after=joiner),
        verb_suffixes=_affixes(words("verb_suffixes"), before=joiner),
        verb_auxiliaries=_affixes(words("verb_auxiliaries"), after="[\\s\u200c]+"),
        noun_suffixes=_affixes(words("noun_suffixes"), before=joiner),
        gap=int(spec.get("gap", 3)),
    )


class Compiler:
    """Turns pattern strings of one language (and one data file's `verbs`) into compiled regexes."""

    def __init__(self, lang: str, verbs: dict[str, list[str]] | None = None, where: str = "") -> None:
        self.lang, self.verbs, self.where = lang, verbs or {}, where
        self.inf = inflection(lang)
        self._groups = 0

    def compile(self, patterns: list[str], key: str) -> re.Pattern[str]:
        """One regex matching any of the patterns; `key` names the entry in error messages."""
        if not patterns:
            raise DataFileError(self.where, "no patterns", key)
        # the regex tries alternatives in order: longer patterns first, so `دیدار {kardan}` beats `دیدار*`
        ordered = sorted(patterns, key=lambda p: -len([t for t in p.split() if t not in GAPS]))
        body = "|".join(f"(?:{self._pattern(p, key)})" for p in ordered)
        return re.compile(f"{BEFORE}(?:{body})", re.IGNORECASE)

    def anchors(self, patterns: list[str], key: str) -> frozenset[str]:
        """Lower-cased literal stems one of which every match must contain (each pattern's rarest word)."""
        return frozenset(word for pattern in patterns for word in _anchor(self._options(pattern, key)))

    def companions(self, patterns: list[str], key: str) -> dict[str, tuple[Needs, ...]]:
        """For each anchor, what else the patterns it anchors need: per pattern, one set of lower-cased stems per
        other word, one stem of each set occurring too. An anchor that one pattern needs nothing more for (or only
        one-letter stems, found anywhere) is left out: it suffices alone."""
        needs: dict[str, list[Needs]] = {}
        alone: set[str] = set()
        for pattern in patterns:
            options = self._options(pattern, key)
            anchor = _anchor(options)
            rest = tuple(o for o in options if o is not anchor and min(map(len, o), default=0) > 1)
            for word in anchor:
                if rest:
                    needs.setdefault(word, []).append(rest)
                else:
                    alone.add(word)
        return {word: tuple(rests) for word, rests in needs.items() if word not in alone}

    def indexed(self, item: K, patterns: list[str], key: str, regex: re.Pattern[str] | None = None) -> Indexed[K]:
        """`item` for a LiteralIndex: the patterns' regex (compiled unless given), anchors and companions."""
        regex = regex or self.compile(patterns, key)
        return Indexed(item, regex, self.anchors(patterns, key), self.companions(patterns, key))

    def _options(self, pattern: str, key: str) -> list[frozenset[str]]:
        """The literal stems of each word of a pattern (a match holds one stem of every word)."""
        return [frozenset(self._literals(t, key)) for t in pattern.split() if t not in GAPS]

    def _literals(self, token: str, key: str) -> set[str]:
        words: set[str] = set()
        for alt in token.split("|"):
            if alt.startswith("{") and alt.endswith("}") and alt[1:-1] in self.verbs:
                words |= set().union(*(self._literals(t, key) for t in self.verbs[alt[1:-1]]))
            else:
                words.add(normalise(alt.strip("~+*") if alt not in "~+*" else alt, self.lang).lower())
        return words

    def _pattern(self, pattern: str, key: str) -> str:
        parts: list[str] = []
        gap = 0
        for token in pattern.split():
            if token in GAPS:
                gap = self.inf.gap * (LONG_GAP if token == "..." else 1)
                continue
            if parts:
                parts.append(SPACE + (f"(?:\\S+{SPACE}){{0,{gap}}}?" if gap else ""))
            parts.append(self._token(token, key))
            gap = 0
        return "".join(parts) + AFTER

    def _token(self, token: str, key: str) -> str:
        return "(?:" + "|".join(self._alternative(a, key) for a in token.split("|")) + ")"

    def _alternative(self, word: str, key: str) -> str:
        if not (word.startswith("{") and word.endswith("}")):
            return self._word(word)
        name = word[1:-1]
        if name not in self.verbs:
            raise DataFileError(self.where, f"unknown verb lexeme {name!r}", key)
        return "(?:" + "|".join(self._token(t, key) for t in self.verbs[name]) + ")"

    def _word(self, word: str) -> str:
        inf = self.inf
        if word.startswith("~"):
            self._groups += 1
            stem = re.escape(normalise(word[1:], self.lang))
            n = self._groups
            auxiliary = f"(?P<va{n}>{inf.verb_auxiliaries})" if inf.verb_auxiliaries else ""
            return f"{auxiliary}{inf.verb_clitics}(?P<vp{n}>{inf.verb_prefixes}){stem}{inf.verb_suffixes}"
        if word.endswith("+"):
            return inf.clitics + re.escape(normalise(word[:-1], self.lang)) + r"[^\W_]*"
        if word.endswith("*"):
            self._groups += 1
            return inf.clitics + re.escape(normalise(word[:-1], self.lang)) + f"(?P<ns{self._groups}>{inf.noun_suffixes})"
        return inf.clitics + re.escape(normalise(word, self.lang))


def _anchor(options: list[frozenset[str]]) -> frozenset[str]:
    """The stems of a pattern's rarest word: the one whose shortest stem is longest."""
    return max(options, key=lambda words: min(map(len, words), default=0))


def norm_text(doc: Document) -> str:
    return doc.norm if doc.norm is not None else (doc.text or "")


def norm_index(doc: Document, offset: int) -> int:
    """The `doc.norm` index of a `doc.text` offset."""
    return bisect_left(doc.norm_map, offset) if doc.norm_map else offset


def per_document(doc: Document, name: str) -> dict[Any, Any]:
    """A memo table `name` for lookups on one document: emptied when another document (or a new `doc.norm`)
    comes, so nothing is ever shared between documents."""
    if getattr(_CURRENT, "doc", None) is not doc or _CURRENT.norm is not doc.norm:
        _CURRENT.doc, _CURRENT.norm, _CURRENT.tables = doc, doc.norm, {}
    return _CURRENT.tables.setdefault(name, {})


def sentence_windows(doc: Document) -> list[tuple[int, int]]:
    """The sentences as sorted `doc.norm` ranges (the whole text when sentences are not set)."""
    if not doc.sentences:
        return [(0, len(norm_text(doc)))]
    return [(norm_index(doc, s.start), norm_index(doc, s.end)) for s in doc.sentences]


def nominal(match: re.Match[str]) -> bool | None:
    """Whether a match is a noun: False when it went through a verb word (`~stem`, `{verb}`), True when through a
    noun word (`stem*`) only, None when its words were written out (`invasion`, طالبت) and say neither."""
    took = {k[:2] for k, v in match.groupdict().items() if v is not None}
    return False if took & {"vp", "va"} else True if "ns" in took else None


def verb_affixes(match: re.Match[str]) -> list[str]:
    """The verb prefixes and auxiliaries a match carried (`نمی`, `س`, `خواهد`), without joiners."""
    groups = match.groups()
    return [v.strip("\u200c \t\n") for i in _affix_groups(match.re) if (v := groups[i - 1])]


def _affix_groups(regex: re.Pattern[str]) -> tuple[int, ...]:
    """The numbers of a regex's verb prefix and auxiliary groups (`vp<n>`, `va<n>`), in the order they are named;
    kept by the regex's id (hashing a compiled regex hashes its whole program), with the regex itself."""
    found = _AFFIX_GROUPS.get(id(regex))
    if found is None or found[0] is not regex:
        numbers = tuple(i for name, i in regex.groupindex.items() if name[:2] in ("vp", "va"))
        found = _AFFIX_GROUPS[id(regex)] = (regex, numbers)
    return found[1]


def find_all(regex: re.Pattern[str], norm: str) -> list[re.Match[str]]:
    """Every non-overlapping match in a normalised text."""
    return list(regex.finditer(norm))


def load_entries(lang: str, kind: str) -> tuple[list[dict[str, Any]], Compiler]:
    """A data file's `entries` and a Compiler bound to its `verbs` table."""
    spec = languages.data(lang, kind) or {}
    where = str(languages.LANG_DIR / lang / f"{kind}.yaml")
    return list(spec.get("entries", [])), Compiler(lang, spec.get("verbs"), where)


@dataclass(frozen=True)
class Indexed(Generic[K]):
    """A compiled regex with the literal stems that must occur wherever it matches; `companions` (from
    `Compiler.companions`) narrows the windows of an anchor to those also holding what its patterns need."""

    key: K
    regex: re.Pattern[str]
    anchors: frozenset[str]
    companions: dict[str, tuple[Needs, ...]] = field(default_factory=dict)


class LiteralIndex(Generic[K]):
    """Runs many regexes over a text, each only in the windows (sentences) holding one of its anchors."""

    def __init__(self, items: Iterable[Indexed[K]]) -> None:
        self.items = tuple(items)
        #: anchor -> positions of the items that have it, so one pass over the text finds every item's windows
        self.owners: dict[str, list[int]] = {}
        for n, item in enumerate(self.items):
            for word in item.anchors:
                self.owners.setdefault(word, []).append(n)
        self.automaton = _automaton(w for w in self.owners if w)

    def scan(self, norm: str, windows: list[tuple[int, int]] | None = None) -> Iterator[tuple[K, re.Match[str]]]:
        """Every match of every regex, per item in window order; `windows` are sorted norm ranges."""
        windows = windows or [(0, len(norm))]
        lowered = _lowered(norm)
        aligned = len(lowered) == len(norm)  # else every anchor counts as found in every window
        where = self._windows_of(lowered, windows) if aligned else {w: set(range(len(windows))) for w in self.owners}
        hit: dict[int, set[int]] = {}
        texts: dict[int, str] = {}  # lower-cased windows, sliced once
        for word, found in where.items():
            for n in self.owners[word]:
                have = hit.setdefault(n, set())
                rests = self.items[n].companions.get(word) if aligned else None
                if rests is None:
                    have |= found
                    continue
                for i in found - have:
                    if i not in texts:
                        texts[i] = lowered[windows[i][0]:windows[i][1]]
                    if _needs_met(rests, texts[i]):
                        have.add(i)
        for n in sorted(hit):
            item = self.items[n]
            for i in sorted(hit[n]):
                yield from ((item.key, m) for m in item.regex.finditer(norm, *windows[i]))

    def _windows_of(self, lowered: str, windows: list[tuple[int, int]]) -> dict[str, set[int]]:
        """The windows in which each anchor occurs (starts), in one Aho-Corasick pass over the lower-cased text."""
        out: dict[str, set[int]] = {"": set(range(len(windows)))} if "" in self.owners else {}
        if self.automaton is None:
            return out
        starts = [w[0] for w in windows]
        for last, word in self.automaton.iter(lowered):
            at = last + 1 - len(word)
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < windows[i][1]:
                out.setdefault(word, set()).add(i)
        return out


def _lowered(norm: str) -> str:
    """`norm.lower()`, kept for the last text seen: one document's scans all read the same text."""
    last = getattr(_CURRENT, "lowered", None)
    if last is None or last[0] is not norm:
        last = _CURRENT.lowered = (norm, norm.lower())
    return last[1]


def _needs_met(rests: tuple[Needs, ...], lowered: str) -> bool:
    """Whether one of the patterns behind an anchor finds a stem of each of its other words in the window
    (loops, not nested generators: this runs per anchor and window)."""
    for needs in rests:
        for stems in needs:
            if not _any_in(stems, lowered):
                break
        else:
            return True
    return False


def _any_in(stems: frozenset[str], lowered: str) -> bool:
    for stem in stems:
        if stem in lowered:
            return True
    return False


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton over the words (each word its own value); None when there are none."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton
