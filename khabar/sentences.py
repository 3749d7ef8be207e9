"""Sentence boundaries (component `sentences.v1`): spans of `doc.text` inside paragraphs, driven by language data.

The punctuation lives in `data/sentences.yaml` plus `data/lang/<code>/sentences.yaml`, the abbreviations in
`data/lang/<code>/abbreviations.yaml`. A sentence ends after a stop (. ! ? ؟ … and the like) followed by white
space or the paragraph end, with any closing brackets and quotes kept with it, unless:
- the stop is inside a matched quotation of at most `quote_max` characters;
- the text before it since the last end has no letter ("1." starting a list item);
- the script is cased and the next word starts in lowercase ("Why?" he asked);
- the period follows an abbreviation, an initial ("J. Biden") or a dotted acronym ("U.S.") that the next
  word does not show to be final (abbreviations.yaml `never_final`, `may_end` + sentences.yaml `starters`);
- the stop is an ellipsis standing alone between spaces (an omission, "و ... را").
A semicolon (; ؛) never ends a sentence. Each line of a paragraph is its own sentence, except that in a
hard-wrapped paragraph (or before a lowercase line in a cased script) lines join, unless a list item starts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

from . import languages
from .clean.script import fold
from .document import Document, Paragraph, Span
from .errors import DataFileError
from .registry import component

#: a quotation longer than this is reported speech of several sentences, which are split as usual
QUOTE_MAX = 400
#: hard-wrapped prose has every line but the last at least this long; headlines and list items are shorter
WRAP_MIN = 40
#: ...and of nearly equal length (shortest / longest), as a fixed line width produces
WRAP_RATIO = 0.7
#: marks stripped from the start of a word before it is looked up ("(Mr." -> "Mr.")
OPENERS = "([{«“‘\"'"
#: letters separated by dots ("U.S", "ق.ظ"); digits excluded so that "1.5" stays a number
ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
LINE = re.compile(r"[^\n]+")
#: the word after a stop, past spaces and opening marks: its case and whether it starts sentences decide
NEXT_WORD = re.compile(r"\s*[" + re.escape(OPENERS) + r"]*(\w*)")
#: "1. " or "2) " opening a line marks a list item; three digits at most, so a year opening a line is not one
NUMBERED_ITEM = r"\d{1,3}[.)]\s"


@dataclass(frozen=True)
class Rules:
    """Sentence punctuation and abbreviations of one language (or of all, for text of unknown language)."""

    lang: str | None
    stops: frozenset[str]
    closers: frozenset[str]
    quotes: dict[str, str]
    quote_marks: re.Pattern[str]
    #: a run of stops and the closers after it (`."`, `؟!»`): one search finds the next candidate end
    stop_run: re.Pattern[str]
    list_item: re.Pattern[str]
    cased: bool
    starters: frozenset[str]
    never_final: frozenset[str]
    may_end: frozenset[str]


@component("sentences.v1", requires=("text", "norm", "paragraphs"), assigns=("sentences",))
def sentences_v1(*, quote_max: int = QUOTE_MAX) -> Callable[[Document], Document]:
    """Split every paragraph into sentences by stops, quotations, abbreviations and lines (lang data)."""

    def split(doc: Document) -> Document:
        doc.sentences = [span for para in doc.paragraphs
                         for span in split_paragraph(doc.text or "", para, rules_for(para.lang or doc.lang),
                                                     quote_max=quote_max)]
        return doc

    return split


def split_paragraph(text: str, para: Paragraph | Span, rules: Rules, *, quote_max: int = QUOTE_MAX) -> list[Span]:
    """The sentences of one paragraph of `text`, in order, trimmed of white space."""
    spans = []
    for start, end in _segments(text, para.start, para.end, rules):
        cuts = [start, *_ends(text, start, end, rules, quote_max), end]
        spans += [_trim(text, a, b) for a, b in zip(cuts, cuts[1:])]
    return [span for span in spans if span]


# --- lines ------------------------------------------------------------------------------------------
def _segments(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Runs of lines that belong together: lines join only in wrapped prose."""
    lines = [m.span() for m in LINE.finditer(text, start, end)]
    if not lines:
        return []
    wrapped = _hard_wrapped([len(text[a:b].strip()) for a, b in lines[:-1]])
    groups = [lines[0]]
    for a, b in lines[1:]:
        if _continues(text[a:b].lstrip(), rules, wrapped):
            groups[-1] = (groups[-1][0], b)
        else:
            groups.append((a, b))
    return groups


def _hard_wrapped(lengths: list[int]) -> bool:
    return len(lengths) >= 2 and min(lengths) >= max(WRAP_MIN, WRAP_RATIO * max(lengths))


def _continues(line: str, rules: Rules, wrapped: bool) -> bool:
    """Whether a line carries on the sentence of the line before it."""
    if not line or rules.list_item.match(line):
        return False
    return (rules.cased and line[0].islower()) or wrapped


# --- stops ------------------------------------------------------------------------------------------
def _ends(text: str, start: int, end: int, rules: Rules, quote_max: int) -> Iterator[int]:
    """Offsets just after each sentence end in text[start:end]."""
    quoted = _quoted(text, start, end, rules, quote_max)
    last = start
    for run in rules.stop_run.finditer(text, start, end):
        (i, j), k = run.span(1), run.end()
        if (k == end or text[k].isspace()) and not quoted[k - 1 - start] and _is_end(text, last, i, j, k, rules):
            yield k
            last = k


def _is_end(text: str, last: int, i: int, j: int, k: int, rules: Rules) -> bool:
    """Whether the stops text[i:j] (closers up to k) end the sentence begun at `last`."""
    if not any(c.isalpha() for c in text[last:i]):
        return False
    nxt = NEXT_WORD.match(text, k).group(1)
    if rules.cased and nxt[:1].islower():
        return False
    run = text[i:j]
    if run == ".":
        return _period_ends(_word_before(text, last, i), nxt, rules)
    if set(run) <= {".", "…"}:
        return not text[i - 1].isspace()
    return True


def _period_ends(word: str, nxt: str, rules: Rules) -> bool:
    """Whether a period after `word` ends the sentence, given the word `nxt` that follows."""
    form = fold(word + ".", rules.lang)
    if form in rules.never_final:
        return False
    if form in rules.may_end or ACRONYM.fullmatch(word):
        return fold(nxt, rules.lang) in rules.starters
    return not (len(word) == 1 and word.isalpha())  # an initial: "J. Biden"


def _word_before(text: str, last: int, i: int) -> str:
    s = i
    while s > last and not text[s - 1].isspace():
        s -= 1
    return text[s:i].lstrip(OPENERS)


def _quoted(text: str, start: int, end: int, rules: Rules, quote_max: int) -> bytearray:
    """Flags for text[start:end]: 1 strictly inside a matched quotation of at most `quote_max` characters."""
    flags = bytearray(end - start)
    stack: list[tuple[str, int]] = []
    for m in rules.quote_marks.finditer(text, start, end):
        mark, i = m.group(), m.start()
        if stack and mark == rules.quotes[stack[-1][0]]:
            opened = stack.pop()[1]
            if i - opened <= quote_max:
                flags[opened + 1 - start:i - start] = b"\x01" * (i - opened - 1)
        elif mark in rules.quotes and (mark != rules.quotes[mark] or i == start or text[i - 1].isspace()
                                       or text[i - 1] in OPENERS):
            stack.append((mark, i))
    return flags


def _trim(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b) if a < b else None


# --- data -------------------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def rules_for(lang: str | None) -> Rules:
    """The rules of a language; text of unknown language gets every language's marks and abbreviations."""
    known = lang in languages.available()
    codes = [lang] if known else languages.available()
    lang = lang if known else None
    settings = [_settings(code) for code in codes]
    never_final, may_end = zip(*(_abbreviations(code, lang) for code in codes))
    quotes = {o: c for s in settings for o, c in s["quotes"]}
    markers = "|".join(re.escape(m) for s in settings for m in s["list_markers"])
    stops = frozenset(".").union(*(s["terminators"] for s in settings))
    closers = frozenset().union(*(s["closers"] for s in settings))
    return Rules(
        lang=lang,
        stops=stops,
        closers=closers,
        quotes=quotes,
        quote_marks=re.compile("|".join(re.escape(m) for m in {*quotes, *quotes.values()})),
        stop_run=re.compile(f"({_any_of(stops)}+)(?:{_any_of(closers)})*"),
        list_item=re.compile(rf"(?:(?:{markers})\s|{NUMBERED_ITEM})"),
        cased=all(s["cased"] for s in settings),
        starters=frozenset(fold(w, lang) for s in settings for w in s["starters"]),
        never_final=frozenset().union(*never_final) - frozenset().union(*may_end),
        may_end=frozenset().union(*may_end),
    )


def _any_of(marks: frozenset[str]) -> str:
    """A regex matching one of the single-character `marks` (text is read a character at a time)."""
    chars = sorted(m for m in marks if len(m) == 1)
    return "[" + "".join(re.escape(c) for c in chars) + "]" if chars else "(?!)"


def _settings(code: str) -> dict[str, Any]:
    """Shared sentence punctuation with the language's additions (lists extended, scalars replaced)."""
    merged = dict(languages.shared("sentences"))
    for key, value in (languages.data(code, "sentences") or {}).items():
        merged[key] = merged.get(key, []) + value if isinstance(value, list) else value
    return merged


def _abbreviations(code: str, lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The `never_final` and `may_end` forms of a language, folded as text in `lang` is; none may be in both."""
    data = languages.data(code, "abbreviations") or {}
    path = languages.LANG_DIR / code / "abbreviations.yaml"
    never_final, may_end = (frozenset(fold(form, lang) for form in _forms(data.get(kind) or [], path, kind))
                            for kind in ("never_final", "may_end"))
    if never_final & may_end:
        raise DataFileError(str(path), f"in both never_final and may_end: {' '.join(sorted(never_final & may_end))}")
    return never_final, may_end


def _forms(groups: list[Any], path: Path, kind: str) -> Iterator[str]:
    """The forms of each group of an abbreviation list; a malformed group names its id (or its place)."""
    for n, group in enumerate(groups):
        group = group if isinstance(group, dict) else {}
        forms = group.get("forms")
        if not (isinstance(forms, list) and all(isinstance(f, str) and f.endswith(".") for f in forms)):
            raise DataFileError(str(path), "needs `forms`: a list of words ending in a period",
                                key=group.get("id", f"{kind}[{n}]"))
        yield from forms
