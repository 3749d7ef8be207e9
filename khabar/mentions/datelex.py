"""A language's date words (`data/lang/<code>/dates.yaml`), normalised and compiled into patterns once.

Keys of dates.yaml: `months` (per calendar: id, n, words, ambiguous), `weekdays` (id, n 0=Monday, words),
`ordinals` and `cardinals` (number -> words; cardinal 0 means "a few"), `relative` (id, words with an
optional `{n}`, one of days/weeks/months/years, optional `anchor: previous`, `precision`, `day_word`),
`parts_of_day`, `directions` (past/future), `eras` (calendar -> words), `year_calendars` (year ranges),
word lists `clitics`, `month_prefixes`, `month_suffixes`, `month_context` (words before a bare month
name that make it a date; `weak_month_context` only for names that are not `ambiguous`), `of_words`, `year_prefixes`,
`day_prefixes`, `day_suffixes`, `range_joiners`, `future_cues`, `clock_markers`, `published_markers`,
`not_published_markers`, and the flags `day_after_month` ("May 11") and `months_case_sensitive`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import languages
from ..clean.script import fold
from ..errors import DataFileError

UNITS = ("days", "weeks", "months", "years")
GAP = r"[\s\u200c]*"
SPACE = re.compile(r"[\s\u200c]+")


@dataclass(frozen=True)
class Month:
    calendar: str
    n: int
    id: str
    ambiguous: bool


@dataclass(frozen=True)
class Relative:
    id: str
    unit: str
    amount: int
    anchor: bool
    precision: str | None
    day_word: bool
    pattern: re.Pattern[str]


@dataclass
class Lexicon:
    """Compiled date patterns and word tables of one language."""

    lang: str
    months: dict[str, Month] = field(default_factory=dict)
    weekdays: dict[str, tuple[int, str]] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    eras: dict[str, str] = field(default_factory=dict)
    directions: dict[str, int] = field(default_factory=dict)
    relatives: list[Relative] = field(default_factory=list)
    year_calendars: list[dict[str, Any]] = field(default_factory=list)
    month_context: frozenset[str] = frozenset()
    weak_month_context: frozenset[str] = frozenset()
    future_cues: re.Pattern[str] | None = None
    published_markers: re.Pattern[str] | None = None
    not_published_markers: re.Pattern[str] | None = None
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)


def key(text: str) -> str:
    """The lookup form of a matched word: spaces and ZWNJ removed, lower case."""
    return SPACE.sub("", text).lower()


def words_pattern(words: list[str], lang: str) -> str:
    """An alternation of normalised words, longest first; a space inside a word matches any gap."""
    forms = sorted({fold(str(w), lang) for w in words}, key=len, reverse=True)
    return "|".join(GAP.join(re.escape(part) for part in SPACE.split(f.strip())) for f in forms if f.strip())


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The compiled date lexicon of a language; a language without dates.yaml gets an empty one."""
    data = languages.data(lang, "dates") or {}
    path = str(languages.LANG_DIR / lang / "dates.yaml")
    lex = Lexicon(lang)
    _tables(lex, data, path)
    lex.relatives = [_relative(entry, data, lang, path) for entry in data.get("relative") or []]
    lex.year_calendars = list(data.get("year_calendars") or [])
    lex.month_context = frozenset(key(fold(w, lang)) for w in data.get("month_context") or [])
    lex.weak_month_context = frozenset(key(fold(w, lang)) for w in data.get("weak_month_context") or [])
    for name in ("future_cues", "published_markers", "not_published_markers"):
        if data.get(name):
            setattr(lex, name, re.compile(rf"(?<!\w)(?:{words_pattern(data[name], lang)})(?!\w)", re.I))
    lex.patterns = _patterns(data, lang, lex)
    return lex


def _tables(lex: Lexicon, data: dict[str, Any], path: str) -> None:
    lang = lex.lang
    for calendar, entries in (data.get("months") or {}).items():
        for entry in entries:
            ambiguous = {key(fold(w, lang)) for w in entry.get("ambiguous") or []}
            for word in entry["words"]:
                k = key(fold(word, lang))
                if k in lex.months and lex.months[k].calendar != calendar:
                    raise DataFileError(path, f"month word {word!r} is in two calendars", f"months.{calendar}")
                lex.months[k] = Month(calendar, int(entry["n"]), entry["id"], k in ambiguous)
    for entry in data.get("weekdays") or []:
        lex.weekdays.update({key(fold(w, lang)): (int(entry["n"]), entry["id"]) for w in entry["words"]})
    for table, name in ((lex.ordinals, "ordinals"), (lex.cardinals, "cardinals")):
        for number, words in (data.get(name) or {}).items():
            table.update({key(fold(w, lang)): int(number) for w in words})
    for calendar, words in (data.get("eras") or {}).items():
        lex.eras.update({key(fold(w, lang)): calendar for w in words})
    for sign, name in ((-1, "past"), (1, "future")):
        lex.directions.update({key(fold(w, lang)): sign for w in (data.get("directions") or {}).get(name) or []})


def _relative(entry: dict[str, Any], data: dict[str, Any], lang: str, path: str) -> Relative:
    units = [u for u in UNITS if u in entry]
    if len(units) != 1 or not entry.get("id") or not entry.get("words"):
        raise DataFileError(path, "needs id, words and exactly one of days/weeks/months/years", "relative")
    number = rf"(\d{{1,3}}|{words_pattern(list(_cardinal_words(data)), lang)})"
    forms = [words_pattern([w], lang).replace(re.escape("{n}"), number) for w in entry["words"]]
    return Relative(entry["id"], units[0], int(entry[units[0]]), entry.get("anchor") == "previous",
                    entry.get("precision"), bool(entry.get("day_word")), re.compile("|".join(forms), re.I))


def _cardinal_words(data: dict[str, Any]) -> list[str]:
    return [w for words in (data.get("cardinals") or {}).values() for w in words]


def _alt(data: dict[str, Any], name: str, lang: str) -> str:
    words = data.get(name) or []
    return words_pattern(words, lang) if words else "(?!)"


def _patterns(data: dict[str, Any], lang: str, lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """The regular expressions of every expression kind, built from the word lists."""
    w = {name: _alt(data, name, lang) for name in (
        "clitics", "month_prefixes", "month_suffixes", "of_words", "year_prefixes", "day_prefixes",
        "day_suffixes", "range_joiners", "clock_markers")}
    month_words = [m for c in (data.get("months") or {}).values() for e in c for m in e["words"]]
    months = words_pattern(month_words, lang) or "(?!)"
    if data.get("months_case_sensitive"):
        months = f"(?-i:{months})"
    ordinals = words_pattern([x for ws in (data.get("ordinals") or {}).values() for x in ws], lang) or "(?!)"
    weekdays = words_pattern([x for e in data.get("weekdays") or [] for x in e["words"]], lang) or "(?!)"
    parts = words_pattern([x for e in data.get("parts_of_day") or [] for x in e["words"]], lang) or "(?!)"
    eras = words_pattern([x for ws in (data.get("eras") or {}).values() for x in ws], lang) or "(?!)"
    dirs = words_pattern([x for ws in (data.get("directions") or {}).values() for x in ws], lang) or "(?!)"
    rel_years = words_pattern([x for e in data.get("relative") or [] if "years" in e and "{n}" not in str(e["words"])
                               for x in e["words"]], lang) or "(?!)"
    day_words = words_pattern([x for e in data.get("relative") or [] if e.get("day_word") for x in e["words"]],
                              lang) or "(?!)"
    all_rel = "|".join(r.pattern.pattern for r in lex.relatives) or "(?!)"
    start = rf"(?<!\w)(?P<cl>{w['clitics']})??"
    day = rf"(?:\d{{1,2}}(?:{w['day_suffixes']})?(?!\d)|{ordinals})"
    era = rf"(?:\s*(?P<era>{eras})(?!\w))?"
    after = (rf"(?:\s+(?P<d3>\d{{1,2}})(?:{w['day_suffixes']})?(?:\s*(?:{w['range_joiners']})\s*(?P<d4>\d{{1,2}}))?"
             rf"(?!\d|:\d))?") if data.get("day_after_month") else ""
    date = (rf"{start}(?:(?P<pre>{w['month_prefixes']})\s+|(?P<dir0>{dirs})\s+)?"
            rf"(?:(?P<d1>{day})(?:\s*(?:{w['range_joiners']})\s*(?P<d2>{day}))?[\s\-/.,]*(?:(?:{w['of_words']})\s+)?)?"
            rf"(?P<mon>{months})(?P<suf>{GAP}(?:{w['month_suffixes']}))?(?!\w)"
            rf"(?:\s*(?:/|\(|\s)\s*(?P<alt>{months})(?!\w)(?:\s*\))?)?{after}"
            rf"(?:[\s,\-/.]*(?:(?:{w['year_prefixes']})\s+)?(?P<year>\d{{4}})(?!\d){era}(?!\w)"
            rf"|\s+(?:(?:{w['of_words']})\s+)?(?P<rely>{rel_years})(?:\s+(?P<era2>{eras}))?(?!\w)"
            rf"|\s+(?P<dir>{dirs})(?!\w))?")
    guard_l, guard_r = r"(?<![\w/.\-,:])", r"(?![\w/\-%]|[.,:]\d)"
    return {
        "date": re.compile(date, re.I),
        "dmy": re.compile(rf"{guard_l}(?P<d>\d{{1,2}})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<y>\d{{4}}){era}{guard_r}"),
        "ymd": re.compile(rf"{guard_l}(?P<y>\d{{4}})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}}){era}{guard_r}"),
        "year": re.compile(rf"{guard_l}(?:(?P<pre>{w['year_prefixes']})\s+)?(?P<y>\d{{4}}){era}{guard_r}", re.I),
        "weekday": re.compile(
            rf"{start}(?:(?P<part>{parts})\s+)?(?:(?P<dir0>{dirs})\s+)?(?:(?:{w['day_prefixes']})\s+)?"
            rf"(?:(?P<rel>{day_words})\s+(?:(?:{w['day_prefixes']})\s+)?)?(?P<wd>{weekdays})(?!\w)"
            rf"(?:\s+(?P<dir>{dirs})(?!\w))?(?:\s+(?P<part2>{parts})(?!\w))?", re.I),
        "relative": re.compile(rf"{start}(?:(?P<part>{parts})\s+)?(?:(?:{w['day_prefixes']})\s+)?(?P<rel>{all_rel})"
                               rf"(?!\w)(?:\s+(?P<era>{eras})(?!\w))?", re.I),
        "clock": re.compile(rf"(?<![\w:.])\d{{1,2}}(?::\d{{2}})?\s*(?:{w['clock_markers']})(?!\w)"
                            r"(?:\s+(?:(?-i:[A-Z]{2,4})\b|local time))?", re.I),
    }
