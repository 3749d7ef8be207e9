"""Find date expressions in normalised text and parse each into an `Expr` (what the words say, unresolved)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .calendars import convert
from .datelex import Lexicon, Relative, key, lexicon

#: what may separate a weekday from the date it names ("جمعه، ۳۰ خرداد", "Monday, May 11")
WEEKDAY_JOIN = re.compile(r"[\s,،\-]*")
PREVIOUS_WORD = re.compile(r"([^\W_]+)[\s\u200c]*$")


@dataclass
class Expr:
    """One date expression in norm offsets, as written: absolute parts, weekday, relative shift."""

    start: int
    end: int
    rule: str
    calendar: str = "gregorian"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_day: int | None = None
    weekday: int | None = None
    direction: int = 0
    year_shift: int | None = None
    relative: Relative | None = None
    count: int | None = None
    anchor: bool = False
    precision: str | None = None


def parse(norm: str, lang: str) -> list[Expr]:
    """Every date expression of a normalised text, in text order, without overlaps (longest wins)."""
    lex = lexicon(lang)
    found: list[Expr] = []
    for kind, build in BUILDERS.items():
        for match in lex.patterns[kind].finditer(norm):
            expr = build(match, lex, norm)
            if expr is not None:
                found.append(expr)
    chosen: list[Expr] = []
    for expr in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        if all(expr.end <= c.start or c.end <= expr.start for c in chosen):
            chosen.append(expr)
    return _merge_weekdays(sorted(chosen, key=lambda e: e.start), norm)


def _start(match: re.Match[str]) -> int:
    return match.end("cl") if match.group("cl") else match.start()


def _number(text: str | None, lex: Lexicon) -> int | None:
    if text is None:
        return None
    return int(text) if text.isdigit() else lex.ordinals.get(key(text), lex.cardinals.get(key(text)))


def _day(text: str | None, lex: Lexicon) -> int | None:
    if text is None:
        return None
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else lex.ordinals.get(key(text))


def _previous_word(norm: str, start: int) -> str:
    found = PREVIOUS_WORD.search(norm, max(0, start - 40), start)
    return key(found.group(1)) if found else ""


def _date(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
    """Day and/or month name and/or year: `15 نوامبر`, `نوفمبر 2023`, `في مارس الماضي`, `May 11`."""
    month = lex.months[key(match["mon"])]
    day = _day(match["d1"] or match.groupdict().get("d3"), lex)
    end_day = _day(match["d2"] or match.groupdict().get("d4"), lex)
    year = int(match["year"]) if match["year"] else None
    direction = lex.directions.get(key(match["dir"] or match["dir0"] or ""), 0)
    shift = _relative_of(match["rely"], lex) if match["rely"] else None
    before = _previous_word(norm, _start(match))
    strong = (day or year or match["pre"] or match["alt"] or match["suf"] or direction or shift
              or before in lex.month_context)
    if not (strong or (before in lex.weak_month_context and not month.ambiguous)):
        return None
    if year is not None and convert(month.calendar, year, month.n, day or 1) is None:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return Expr(_start(match), match.end(), f"date:{month.id}", month.calendar, year, month.n, day, end_day,
                direction=direction, year_shift=shift.amount if shift else None)


def _relative_of(text: str, lex: Lexicon) -> Relative | None:
    return next((r for r in lex.relatives if r.pattern.fullmatch(text)), None)


def _numeric(order: str):
    """A builder for all-digit dates in one order (`۱۰-۱۰-۱۴۰۰` d-m-y, `2024/03/25` y/m/d)."""

    def build(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        calendar = _calendar(year, match["era"], lex, bare=True)
        if calendar is None or convert(calendar, year, month, day) is None:
            return None
        return Expr(match.start(), match.end(), f"numeric:{order}", calendar, year, month, day)

    return build


def _calendar(year: int, era: str | None, lex: Lexicon, *, bare: bool) -> str | None:
    """The calendar of a year: its era word, else the language's year ranges."""
    if era:
        return lex.eras.get(key(era))
    for entry in lex.year_calendars:
        if entry["from"] <= year <= entry["to"] and (bare or entry.get("bare")):
            return entry["calendar"]
    return None


def _year(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
    """A year alone: `سال 2014`, `2024`, `1436 هـ`."""
    year = int(match["y"])
    calendar = _calendar(year, match["era"], lex, bare=bool(match["pre"]))
    if calendar is None or convert(calendar, year, 1, 1) is None:
        return None
    return Expr(match.start(), match.end(), "year", calendar, year, precision="year")


def _weekday(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
    """A weekday, with its part of day, direction or day word: `صباح يوم الجمعة الماضي`, `امروز دوشنبه`."""
    weekday, weekday_id = lex.weekdays[key(match["wd"])]
    relative = _relative_of(match["rel"], lex) if match["rel"] else None
    direction = lex.directions.get(key(match["dir"] or match["dir0"] or ""), 0)
    rule = f"weekday:{relative.id}+{weekday_id}" if relative else f"weekday:{weekday_id}"
    return Expr(_start(match), match.end(), rule, weekday=weekday, direction=direction, relative=relative,
                count=1 if relative else None)


def _relative(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
    """A relative word: `yesterday`, `العام الماضي`, `قبل يومين`, `۳ روز پیش`, `earlier in the day`."""
    relative = _relative_of(match["rel"], lex)
    if relative is None:
        return None
    counted = next((g for g in relative.pattern.fullmatch(match["rel"]).groups() if g), None)
    before = _previous_word(norm, _start(match))
    if counted is None and (before.isdigit() or before in lex.cardinals):
        return None  # "هشت سال گذشته": the past eight years, a duration
    count = _number(counted, lex) if counted else 1
    return Expr(_start(match), match.end(), f"relative:{relative.id}", relative=relative, count=count,
                anchor=relative.anchor, precision=relative.precision)


def _clock(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
    """A clock time (`5:00 p.m. IST`): the day of the date that governs it."""
    return Expr(match.start(), match.end(), "clock", anchor=True, precision="day")


BUILDERS = {"date": _date, "dmy": _numeric("dmy"), "ymd": _numeric("ymd"), "year": _year,
            "weekday": _weekday, "relative": _relative, "clock": _clock}


def _merge_weekdays(exprs: list[Expr], norm: str) -> list[Expr]:
    """Join a weekday and the day-month date right after it into one expression (the date decides)."""
    out: list[Expr] = []
    for expr in exprs:
        prev = out[-1] if out else None
        if (prev is not None and prev.weekday is not None and prev.month is None and expr.day is not None
                and expr.weekday is None and WEEKDAY_JOIN.fullmatch(norm, prev.end, expr.start)):
            out[-1] = replace(expr, start=prev.start, weekday=prev.weekday, rule=f"{expr.rule}+weekday")
            continue
        out.append(expr)
    return out
