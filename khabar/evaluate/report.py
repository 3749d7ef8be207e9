"""Render an evaluation Report: per-document and per-language tables, and a one-line overall summary."""
from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from .run import Report
from .score import PRF, Scores, ratio

COLUMNS = ("events P/R/F1", "strict P/R/F1", "dup", "actors P/R/F1", "dates acc/rec", "quotes P/R/F1",
           "boiler removed", "body kept")


def num(value: float | None) -> str:
    """Two decimals, or n/a when undefined (nothing predicted, or nothing in gold)."""
    return "n/a" if value is None else f"{value:.2f}"


def prf(t: PRF) -> str:
    return "/".join(num(v) for v in (t.precision, t.recall, t.f1))


def cells(s: Scores) -> list[str]:
    """The table cells shared by the document and language tables."""
    b, d = s.boilerplate, s.dates
    return [prf(s.events.lenient), prf(s.events.strict), str(s.events.duplicates), prf(s.actors),
            f"{num(ratio(d.correct, d.found))}/{num(ratio(d.found, d.gold))}", prf(s.quotes),
            f"{num(ratio(b.removed, b.boiler))} ({b.removed}/{b.boiler})",
            f"{num(ratio(b.kept, b.body))} ({b.kept}/{b.body})"]


def summary(s: Scores) -> str:
    """The overall line: F1s, date accuracy and recall, boilerplate shares."""
    e, d, b = s.events, s.dates, s.boilerplate
    return (f"overall: {s.docs} docs | events F1 {num(e.lenient.f1)} strict {num(e.strict.f1)}"
            f" ({e.lenient.tp}/{e.lenient.gold} found, {e.duplicates} duplicates)"
            f" | actors F1 {num(s.actors.f1)} | dates acc {num(ratio(d.correct, d.found))}"
            f" rec {num(ratio(d.found, d.gold))} | quotes F1 {num(s.quotes.f1)}"
            f" | boilerplate removed {num(ratio(b.removed, b.boiler))} body kept {num(ratio(b.kept, b.body))}")


def table(title: str, first: tuple[str, str], rows: list[tuple[str, str, Scores]]) -> Table:
    t = Table(title=title)
    for col in (*first, *COLUMNS):
        t.add_column(col, no_wrap=True)
    for a, b, s in rows:
        t.add_row(a, b, *cells(s))
    return t


def print_report(report: Report, out: TextIO) -> None:
    """Both tables, notes on missing documents, then the overall line last."""
    console = Console(file=out, width=200)
    docs = [(d.doc_id if d.predicted else f"{d.doc_id} (missing)", d.lang, d.scores) for d in report.docs]
    console.print(table("documents", ("doc_id", "lang"), docs))
    langs = [(lang, str(s.docs), s) for lang, s in report.by_lang().items()]
    console.print(table("languages", ("lang", "docs"), langs))
    if report.unscored:
        console.print(f"no gold file for: {', '.join(report.unscored)}", markup=False, highlight=False)
    console.print(summary(report.overall()), markup=False, highlight=False, soft_wrap=True)
