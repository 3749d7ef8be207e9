"""Find date expressions in normalised text and parse each into an `Expr` (what the words say, unresolved)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .calendars import convert
from .datelex import Lexicon, Relative, key, lexicon

#: what may separate a weekday from the date it names ("جمعه، ۳۰ خرداد", "Monday, May 11")
WEEKDAY_JOIN = re.compile(r"[\s,،\-]*")
#: what may separate an expression from the word before it (`mid-March`)
GAP_CHARS = " \t\n\u200c-"
#: how far (chars) an expression may reach before its first and after its last anchor (digit, month,
#: weekday or relative word): `صباح يوم` before `الثلاثاء`, `بیستم و` before `بیست و یکم ژوئن`, `هـ` after a year
REACH_BEFORE, REACH_AFTER = 64, 48
WHITESPACE = re.compile(r"\s")


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
    spans = windows(norm, lex)
    for kind, build in BUILDERS.items():
        pattern = lex.patterns[kind]
        for start, end in spans.get(ANCHOR_OF[kind], ()):
            for match in pattern.finditer(norm, start, end):
                expr = build(match, lex, norm)
                if expr is not None:
                    found.append(expr)
    chosen: list[Expr] = []
    for expr in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        if all(expr.end <= c.start or c.end <= expr.start for c in chosen):
            chosen.append(expr)
    return _merge_weekdays(sorted(chosen, key=lambda e: e.start), norm)


def windows(norm: str, lex: Lexicon) -> dict[str, list[tuple[int, int]]]:
    """Per anchor kind, the stretches of text around its anchors, merged, each ending at whitespace or at the
    end of the text (a lookahead at a cut end would see the end of the text)."""
    spans: dict[str, list[list[int]]] = {}
    for anchor in lex.anchors.finditer(norm):
        start, end = max(0, anchor.start() - REACH_BEFORE), anchor.end() + REACH_AFTER
        kind = spans.setdefault(_anchor_kind(anchor.group(), lex), [])
        if kind and start <= kind[-1][1]:
            kind[-1][1] = end
        else:
            kind.append([start, end])
    return {kind: [(start, _word_end(norm, end)) for start, end in found] for kind, found in spans.items()}


def _anchor_kind(text: str, lex: Lexicon) -> str:
    if text[0].isdigit():
        return "number"
    return lex.anchor_kinds.get(text) or lex.anchor_kinds.get(key(text), "relative")


def _word_end(norm: str, end: int) -> int:
    space = WHITESPACE.search(norm, end) if end < len(norm) else None
    return space.start() if space else len(norm)


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
    """The lookup form of the word just before `start` ("" after punctuation)."""
    tail = norm[max(0, start - 40):start].rstrip(GAP_CHARS)
    begin = len(tail)
    while begin and tail[begin - 1].isalnum():
        begin -= 1
    return key(tail[begin:])


def _date(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
    """Day and/or month name and/or year: `15 نوامبر`, `نوفمبر 2023`, `في مارس الماضي`, `May 11`."""
    month = lex.months[key(match["mon"])]
    day = _day(match["d1"] or match.groupdict().get("d3"), lex)
    end_day = _day(match["d2"] or match.groupdict().get("d4"), lex)
    year = int(match["year"]) if match["year"] else None
    direction = lex.directions.get(key(match["dir"] or match["dir0"] or ""), 0)
    shift = _relative_of(match["rely"], lex) if match["rely"] else None
    strong = day or year or match["pre"] or match["alt"] or match["suf"] or direction or shift
    if not strong:
        before = _previous_word(norm, _start(match))
        if not (before in lex.month_context or (before in lex.weak_month_context and not month.ambiguous)):
            return None
    if year is not None and convert(month.calendar, year, month.n, day or 1) is None:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return Expr(_start(match), match.end(), f"date:{month.id}", month.calendar, year, month.n, day, end_day,
                direction=direction, year_shift=shift.amount if shift else None)


def _relative_of(text: str, lex: Lexicon) -> Relative | None:
    found = lex.relative_words.get(key(text))
    return found or next((r for r in lex.relatives if r.pattern.fullmatch(text)), None)


def _year_last(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
    """An all-digit date ending in its year (`۱۰-۱۰-۱۴۰۰`, `5/13/2025`): day and month in the first of the
    language's `numeric_orders` (dmy, mdy) that gives a real day."""
    year = int(match["y"])
    calendar = _calendar(year, match["era"], lex, bare=True)
    first, second = int(match["first"]), int(match["second"])
    for order in lex.numeric_orders if calendar else ():
        day, month = (first, second) if order == "dmy" else (second, first)
        if convert(calendar, year, month, day) is not None:
            return Expr(match.start(), match.end(), f"numeric:{order}", calendar, year, month, day)
    return None


def _year_first(match: re.Match[str], lex: Lexicon, norm: str) -> Expr | None:
    """An all-digit date starting with its year (`2024/03/25`, `۱۴۰۱/۰۹/۱۰`)."""
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    calendar = _calendar(year, match["era"], lex, bare=True)
    if calendar is None or convert(calendar, year, month, day) is None:
        return None
    return Expr(match.start(), match.end(), "numeric:ymd", calendar, year, month, day)


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


#: the anchor each expression kind contains
ANCHOR_OF = {"date": "month", "dmy": "number", "ymd": "number", "year": "number", "weekday": "weekday",
             "relative": "relative", "clock": "number"}
BUILDERS = {"date": _date, "dmy": _year_last, "ymd": _year_first, "year": _year,
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
