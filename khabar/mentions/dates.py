"""Resolve date expressions against the publication date; the `dates.v1` component and `date_for`.

Rules: a bare weekday is the latest such day on or before publication unless a future marker or cue says
otherwise; a day or month without a year takes its nearest past occurrence, or the next one when a future
marker, a future cue before it in the clause, or closeness (next month) says so; relative words shift from
the publication date; anaphoric words (`earlier in the day`, `چند روز بعد`) and clock times take the date
of the expression before them.
"""
from __future__ import annotations

import re
import time
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from .. import languages
from ..document import DateMention, Document
from ..registry import calendars, component
from .calendars import convert
from .datebench import FILLER_WORDS, PUBLISHED, corpus
from .dateparse import Expr, parse
from .datelex import lexicon

NAME = "dates.v1"
#: a future cue counts only this close to publication (days) and a month only this many months ahead
FUTURE_REACH_DAYS, FUTURE_REACH_MONTHS = 120, 4
#: without a cue, a day-month goes forward only when the next occurrence is this near and much nearer
NEAR_FUTURE_DAYS, NEAR_FUTURE_RATIO = 45, 6
CLAUSE_END = re.compile(r"[.!?؟\n،,;:؛]")
#: what separates the clauses of a sentence (for the date governing an event)
CLAUSE_MARK = re.compile(r"[،,;؛:]")
#: a future cue is looked for this far (chars) back from an expression, within its clause
CLAUSE_REACH = 300


@dataclass
class Resolved:
    """An expression with its value (ISO at its precision) and, for ranges, the value of the last day."""

    expr: Expr
    value: str
    end_value: str | None = None


@dataclass
class Context:
    """What resolution needs beyond the expression: publication date, future cue, the previous date."""

    published: date | None
    future: bool = False
    last: str | None = None


def resolve_all(norm: str, lang: str, published: date | None) -> list[Resolved]:
    """Parse and resolve every expression of a normalised text, in order; unresolvable ones are dropped."""
    ctx = Context(published)
    cues = lexicon(lang).future_cues
    out: list[Resolved] = []
    exprs = parse(norm, lang)
    clause_ends = [m.end() for m in CLAUSE_END.finditer(norm)] if exprs and cues else []
    for expr in exprs:
        if cues:
            before = bisect_right(clause_ends, expr.start)
            clause_start = max(clause_ends[before - 1] if before else 0, expr.start - CLAUSE_REACH)
            ctx.future = bool(cues.search(norm, clause_start, expr.start))
        resolved = resolve(expr, ctx)
        if resolved is not None:
            out.append(resolved)
            ctx.last = resolved.value
    return out


def resolve(expr: Expr, ctx: Context) -> Resolved | None:
    """The value of one expression in its context, or None when it needs a publication date it lacks."""
    if expr.anchor:
        return _anchored(expr, ctx)
    if expr.relative is not None and expr.weekday is None:
        return _shifted(expr, ctx.published, expr)
    if expr.month is not None:
        return _calendar_date(expr, ctx)
    if expr.weekday is not None:
        return _weekday(expr, ctx)
    return Resolved(expr, _year_value(expr.calendar, expr.year)) if expr.year else None


def _iso(day: date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]


def _year_value(calendar: str, year: int) -> str:
    """A year of any calendar as the Gregorian year holding most of it."""
    middle = convert(calendar, year, 6, 15)
    return str(middle.year if middle else year)


def _anchored(expr: Expr, ctx: Context) -> Resolved | None:
    """Anaphoric words and clock times: shift from the previous expression's date (else publication)."""
    base = ctx.last if ctx.last and len(ctx.last) == 10 else None
    if base is None and expr.precision == "month" and ctx.last:
        return Resolved(expr, ctx.last[:7])
    anchor = date.fromisoformat(base) if base else ctx.published
    return _shifted(expr, anchor, expr) if anchor else None


def _shifted(expr: Expr, base: date | None, source: Expr) -> Resolved | None:
    """Apply a relative shift (days, weeks, months, years) to a base date."""
    rel = source.relative
    if base is None:
        return None
    if rel is None:  # a clock time
        return Resolved(expr, base.isoformat())
    amount = rel.amount * (source.count if source.count else 1)
    few = source.count == 0
    if rel.unit in ("days", "weeks"):
        moved = base + timedelta(days=amount * (7 if rel.unit == "weeks" else 1))
        default = "day" if rel.unit == "days" and not few else "month"
        return Resolved(expr, _iso(moved, expr.precision or default))
    if rel.unit == "months":
        index = base.year * 12 + base.month - 1 + amount
        return Resolved(expr, f"{index // 12:04d}-{index % 12 + 1:02d}")
    return Resolved(expr, str(base.year + amount))


def _calendar_date(expr: Expr, ctx: Context) -> Resolved | None:
    """A day and/or month of some calendar, with its year given, shifted or chosen near publication."""
    year = expr.year
    if year is None:
        if ctx.published is None:
            return None
        py, pm, pd = calendars.get(expr.calendar).from_gregorian(ctx.published)
        year = py + expr.year_shift if expr.year_shift is not None else _pick_year(expr, ctx, (py, pm, pd))
    if expr.day is None:
        middle = convert(expr.calendar, year, expr.month, 15)
        return Resolved(expr, middle.isoformat()[:7]) if middle else None
    day = convert(expr.calendar, year, expr.month, expr.day)
    if day is None:
        return None
    last = convert(expr.calendar, year, expr.month, expr.end_day) if expr.end_day else None
    return Resolved(expr, day.isoformat(), last.isoformat() if last and last > day else None)


def _pick_year(expr: Expr, ctx: Context, pub: tuple[int, int, int]) -> int:
    """The year of a day-month or month without a year: nearest past occurrence unless the future fits."""
    py, pm, pd = pub
    target = (expr.month, expr.day or 0)
    now = (pm, pd if expr.day else 0)
    strict_past = py if target < now else py - 1
    past = py if target <= now else py - 1
    future = py if target > now else py + 1
    if expr.direction < 0:
        return strict_past
    if expr.direction > 0:
        return future
    return future if _future_fits(expr, ctx, pm, past, future) else past


def _future_fits(expr: Expr, ctx: Context, pub_month: int, past: int, future: int) -> bool:
    """Whether the next occurrence is meant: a future cue within reach, or much nearer than the last one."""
    assert ctx.published is not None
    if expr.day is None:
        months_ahead = (expr.month - pub_month) % 12 or 12
        return months_ahead == 1 or (ctx.future and months_ahead <= FUTURE_REACH_MONTHS)
    next_day = convert(expr.calendar, future, expr.month, expr.day)
    last_day = convert(expr.calendar, past, expr.month, expr.day)
    if next_day is None or last_day is None:
        return last_day is None and next_day is not None
    ahead, behind = (next_day - ctx.published).days, (ctx.published - last_day).days
    return (ctx.future and ahead <= FUTURE_REACH_DAYS) or (ahead <= NEAR_FUTURE_DAYS and ahead * NEAR_FUTURE_RATIO < behind)


def _weekday(expr: Expr, ctx: Context) -> Resolved | None:
    """A weekday: a day word fixes it (`امروز دوشنبه`); else the latest one on or before publication."""
    pub = ctx.published
    if pub is None:
        return None
    if expr.relative is not None:
        return _shifted(expr, pub, expr)
    back = (pub.weekday() - expr.weekday) % 7
    ahead = (expr.weekday - pub.weekday()) % 7
    if expr.direction < 0:
        return Resolved(expr, (pub - timedelta(days=back or 7)).isoformat())
    if expr.direction > 0:
        return Resolved(expr, (pub + timedelta(days=ahead or 7)).isoformat())
    day = pub + timedelta(days=ahead) if ctx.future else pub - timedelta(days=back)
    return Resolved(expr, day.isoformat())


def stated_weekday_agrees(item: Resolved) -> bool:
    """False when the text names a weekday that the resolved day is not (`Friday, 30 Khordad` on a Wednesday)."""
    if item.expr.weekday is None or len(item.value) != 10:
        return True
    return date.fromisoformat(item.value).weekday() == item.expr.weekday


def mentions(doc: Document, published: date | None = None) -> list[DateMention]:
    """The DateMentions of a document's normalised text, offsets mapped back to doc.text."""
    norm, lang = doc.norm or "", doc.lang or ""
    if not norm or lang not in languages.available():
        return []
    if published is None and doc.published:
        published = date.fromisoformat(doc.published[:10])
    out = []
    for item in resolve_all(norm, lang, published):
        start, end = doc.norm_to_text(item.expr.start, item.expr.end)
        calendar = item.expr.calendar if item.expr.month or item.expr.year else "gregorian"
        out.append(DateMention(start, end, (doc.text or "")[start:end], item.value, calendar, item.end_value,
                               by=f"{NAME}:{lang}/{item.expr.rule}"))
    return out


def date_for(doc: Document, start: int, end: int) -> DateMention | None:
    """The date governing a text span: the nearest expression in its own clause, else in its sentence,
    else the last one before it in its paragraph, else None (the caller falls back to the publication date)."""
    sentence = doc.sentence_of(start)
    if sentence is not None:
        inside = [d for d in doc.dates if sentence.start <= d.start and d.end <= sentence.end]
        if inside:
            first, last = _clause(doc.text or "", sentence.start, sentence.end, start, end)
            own = [d for d in inside if first <= d.start and d.end <= last]
            return min(own or inside, key=lambda d: _distance(d, start, end))
    paragraph = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
    if paragraph is None:
        return None
    before = [d for d in doc.dates if paragraph.start <= d.start and d.end <= start]
    return max(before, key=lambda d: d.start) if before else None


def _clause(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause holding [start, end): between the clause marks around it in its sentence."""
    marks = [m.start() for m in CLAUSE_MARK.finditer(text, sentence_start, sentence_end)]
    first = max((m + 1 for m in marks if m < start), default=sentence_start)
    last = min((m for m in marks if m >= end), default=sentence_end)
    return first, last


def _distance(mention: DateMention, start: int, end: int) -> int:
    if mention.end <= start:
        return start - mention.end
    return max(0, mention.start - end)


@component(NAME, requires=("norm", "sentences"), assigns=("dates",))
def dates_component() -> Callable[[Document], Document]:
    """Find and resolve date expressions in doc.norm against doc.published (absolute ones only without it)."""

    def run(doc: Document) -> Document:
        doc.dates = mentions(doc)
        return doc

    return run


def benchmark(n: int = 20000, *, seed: int = 0, repeat: int = 3, filler: int | None = None) -> dict[str, Any]:
    """Resolve `n` generated expressions (seeded, from each language's data), each in a sentence of `filler`
    words. Seconds are the CPU time of the best of `repeat` runs per language (other processes barely count)."""
    by_lang: dict[str, dict[str, float]] = {}
    for lang, sample in corpus(n, seed=seed, filler=FILLER_WORDS if filler is None else filler).items():
        best, found = float("inf"), 0
        for _ in range(repeat):
            began = time.process_time()
            found = sum(len(resolve_all(text, lang, PUBLISHED)) for text in sample.texts)
            best = min(best, time.process_time() - began)
        by_lang[lang] = {"expressions": sample.expressions, "found": found, "seconds": best,
                         "per_second": sample.expressions / best if best else 0.0}
    seconds = sum(r["seconds"] for r in by_lang.values())
    return {"expressions": n, "seconds": seconds, "per_second": n / seconds if seconds else 0.0, "by_lang": by_lang}
