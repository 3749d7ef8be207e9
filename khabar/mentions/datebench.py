"""Benchmark texts: date expressions built (seeded) from each language's dates.yaml, set in filler words.

Each expression ends a short sentence of filler words drawn from the language's `examples.txt` (words that
are not dates themselves), so the engine scans running text, not bare expressions.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from .. import languages
from ..clean.script import fold
from .dateparse import parse

PUBLISHED = date(2024, 1, 15)
#: expressions per benchmark text (one paragraph) and filler words before each (news runs at about one
#: expression per 80 words; 12 makes a dense news sentence)
PER_TEXT, FILLER_WORDS = 10, 12
#: the years a generated date of each calendar falls in (news of recent decades)
CALENDAR_YEARS = {"gregorian": (1990, 2030), "persian": (1370, 1410), "hijri": (1410, 1450)}
WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Sample:
    """One language's benchmark texts (normalised) and how many expressions they hold."""

    lang: str
    texts: list[str]
    expressions: int


def corpus(n: int, *, seed: int = 0, filler: int = FILLER_WORDS) -> dict[str, Sample]:
    """`n` expressions in all, split evenly over the languages with date words."""
    langs = [code for code in languages.available() if languages.data(code, "dates")]
    rng = random.Random(seed)
    out = {}
    for i, lang in enumerate(langs):
        count = n // len(langs) + (1 if i < n % len(langs) else 0)
        out[lang] = _sample(lang, count, rng, filler)
    return out


def _sample(lang: str, count: int, rng: random.Random, filler_words: int) -> Sample:
    data = languages.data(lang, "dates")
    filler = _filler(lang)
    kinds = [kind for kind in KINDS if kind(data, rng) is not None]
    sentences = []
    for _ in range(count):
        expr = None
        while expr is None:
            expr = rng.choice(kinds)(data, rng)
        sentences.append(" ".join(rng.choices(filler, k=filler_words)) + f" {expr}.")
    texts = [fold(" ".join(sentences[i:i + PER_TEXT]), lang) for i in range(0, count, PER_TEXT)]
    return Sample(lang, texts, count)


def _filler(lang: str) -> list[str]:
    """The words of the language's example sentences that are not date expressions on their own."""
    path = languages.LANG_DIR / lang / "examples.txt"
    words = set(WORD.findall(path.read_text(encoding="utf-8"))) if path.exists() else set()
    return sorted(w for w in words if not parse(fold(w, lang), lang)) or ["x"]


def _months(data: dict[str, Any], calendar: str | None = None) -> list[tuple[str, str, int]]:
    """(calendar, word, n) of every month word that names a month without context."""
    return [(cal, word, int(e["n"])) for cal, entries in (data.get("months") or {}).items()
            if calendar in (None, cal) for e in entries for word in e["words"]
            if word not in (e.get("ambiguous") or [])]


def _year(data: dict[str, Any], calendar: str, rng: random.Random) -> str | None:
    """A year of `calendar`, with an era word when the language's year ranges do not imply it."""
    year = rng.randint(*CALENDAR_YEARS[calendar])
    if any(r["calendar"] == calendar and r["from"] <= year <= r["to"] for r in data.get("year_calendars") or []):
        return str(year)
    eras = (data.get("eras") or {}).get(calendar)
    return f"{year} {rng.choice(eras)}" if eras else None


def _day_month_year(data: dict[str, Any], rng: random.Random) -> str | None:
    months = _months(data)
    if not months:
        return None
    calendar, word, _ = rng.choice(months)
    year = _year(data, calendar, rng)
    day = rng.randint(1, 28)
    if year is None:
        return f"{day} {word}"
    return f"{word} {day}, {year}" if data.get("day_after_month") and rng.random() < 0.5 else f"{day} {word} {year}"


def _month_year(data: dict[str, Any], rng: random.Random) -> str | None:
    months = _months(data, "gregorian")
    return f"{rng.choice(months)[1]} {_year(data, 'gregorian', rng)}" if months else None


def _numeric(data: dict[str, Any], rng: random.Random) -> str | None:
    ranges = data.get("year_calendars") or []
    if not ranges:
        return None
    calendar = rng.choice(ranges)["calendar"]
    year, month, day = rng.randint(*CALENDAR_YEARS[calendar]), rng.randint(1, 12), rng.randint(1, 28)
    return f"{year}/{month:02d}/{day:02d}" if rng.random() < 0.5 else f"{day}-{month}-{year}"


def _weekday(data: dict[str, Any], rng: random.Random) -> str | None:
    weekdays = [w for e in data.get("weekdays") or [] for w in e["words"]]
    if not weekdays:
        return None
    prefix = rng.choice(data.get("day_prefixes") or [""])
    past = (data.get("directions") or {}).get("past") or [""]
    return f"{prefix} {rng.choice(weekdays)} {rng.choice(past) if rng.random() < 0.3 else ''}".strip()


def _relative(data: dict[str, Any], rng: random.Random) -> str | None:
    words = [w for e in data.get("relative") or [] if not e.get("anchor") for w in e["words"]]
    return rng.choice(words).replace("{n}", str(rng.randint(2, 9))) if words else None


def _prefixed_year(data: dict[str, Any], rng: random.Random) -> str | None:
    prefixes = data.get("year_prefixes") or []
    return f"{rng.choice(prefixes)} {rng.randint(*CALENDAR_YEARS['gregorian'])}" if prefixes else None


KINDS: list[Callable[[dict[str, Any], random.Random], str | None]] = [
    _day_month_year, _month_year, _numeric, _weekday, _relative, _prefixed_year]
