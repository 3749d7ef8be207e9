"""Read the publication date printed in a page header when no metadata gives one (`published.v1`).

Header lines (the first few of doc.raw, boilerplate or not) are ranked: a line with a publication marker
(`تاریخ انتشار`, `نشر في`, `Updated`) first, then a dateline (a full date with at most a few other words:
place, agency, clock time). Lines with a crawl/update marker (`به روز شده در`) never count. A candidate
must agree with the weekdays the body names (`امروز دوشنبه`, `جمعه، ۳۰ خرداد`); when every header date
disagrees, the latest weekday-confirmed day-month of the body before it is taken, else nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from .. import languages
from ..clean.script import fold
from ..document import Document
from ..registry import calendars, component
from .calendars import convert
from .dateparse import Expr, parse
from .datelex import lexicon
from .dates import mentions, resolve_all, stated_weekday_agrees

NAME = "published.v1"
HEADER_LINES = 8
#: a dateline holds its date(s) and at most this many other words
DATELINE_WORDS = 4
#: how far back (years) a weekday-confirmed day-month may lie before the rejected header date
WEEKDAY_YEARS_BACK = 30
#: weekday-confirmed body dates further apart than this (days) do not give one publication day
WEEKDAY_SPREAD_DAYS = 31
NOT_WORDS = re.compile(r"[\d\W_]+")


@dataclass(frozen=True)
class Found:
    """A publication date and the rule that found it."""

    day: date
    by: str


def detect(raw: str, body_norm: str, lang: str) -> Found | None:
    """The publication date printed in the header of `raw`, checked against the body's weekdays."""
    rejected: list[date] = []
    for rank, day, rule in sorted(_header_candidates(raw, lang), key=lambda c: c[0]):
        if _agrees(body_norm, lang, day):
            return Found(day, f"{NAME}:{lang}/{rule}")
        rejected.append(day)
    if rejected:
        inferred = infer_from_weekdays(body_norm, lang, max(rejected))
        return Found(inferred, f"{NAME}:{lang}/body-weekday") if inferred else None
    return None


def header_lines(raw: str) -> list[str]:
    """The first non-empty lines of a page."""
    return [line for line in raw.splitlines() if line.strip()][:HEADER_LINES]


def _header_candidates(raw: str, lang: str) -> list[tuple[int, date, str]]:
    """(rank, day, rule) for each header line printing a full date: 0 = marked, 1 = dateline."""
    lex = lexicon(lang)
    out = []
    for line in header_lines(raw):
        norm = fold(line, lang)
        if lex.not_published_markers and lex.not_published_markers.search(norm):
            continue
        days = [r for r in resolve_all(norm, lang, None) if len(r.value) == 10]
        if not days:
            continue
        if lex.published_markers and lex.published_markers.search(norm):
            out.append((0, date.fromisoformat(days[0].value), "marker"))
        elif _is_dateline(norm, parse(norm, lang)):
            out.append((1, date.fromisoformat(days[0].value), "dateline"))
    return out


def _is_dateline(norm: str, exprs: list[Expr]) -> bool:
    """A line that is mostly dates: few words remain once dates, digits and punctuation are removed."""
    rest, last = [], 0
    for expr in exprs:
        rest.append(norm[last:expr.start])
        last = expr.end
    rest.append(norm[last:])
    return len(NOT_WORDS.sub(" ", " ".join(rest)).split()) <= DATELINE_WORDS


def _agrees(body_norm: str, lang: str, published: date) -> bool:
    return all(stated_weekday_agrees(item) for item in resolve_all(body_norm, lang, published))


def infer_from_weekdays(body_norm: str, lang: str, bound: date) -> date | None:
    """The latest day on or before `bound` that a weekday + day-month without year (`جمعه، ۳۰ خرداد`) allows."""
    days = [d for e in parse(body_norm, lang) if e.weekday is not None and e.day and e.month and e.year is None
            if (d := _latest_matching(e, bound)) is not None]
    if not days or (max(days) - min(days)).days > WEEKDAY_SPREAD_DAYS:
        return None
    return max(days)


def _latest_matching(expr: Expr, bound: date) -> date | None:
    top = calendars.get(expr.calendar).from_gregorian(bound)[0]
    for year in range(top, top - WEEKDAY_YEARS_BACK, -1):
        day = convert(expr.calendar, year, expr.month, expr.day)
        if day is not None and day <= bound and day.weekday() == expr.weekday:
            return day
    return None


@component(NAME, requires=("dates",), assigns=("published",))
def published_component() -> Callable[[Document], Document]:
    """When doc.published is None, read it from the page header, then re-resolve doc.dates against it."""

    def run(doc: Document) -> Document:
        if doc.published is None and doc.lang in lexicon_languages():
            found = detect(doc.raw, doc.norm or "", doc.lang)
            if found is not None:
                doc.published = found.day.isoformat()
                doc.meta["published_by"] = found.by
                doc.dates = mentions(doc)
        return doc

    return run


def lexicon_languages() -> list[str]:
    """Languages with date words."""
    return [code for code in languages.available() if languages.data(code, "dates")]
