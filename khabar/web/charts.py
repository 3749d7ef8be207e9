"""Server-side SVG pictures: event counts per type per week, and the dyad matrix. Values are escaped."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from html import escape
from typing import Any

from markupsafe import Markup

COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"]


def week_of(date: str) -> str:
    """ISO week start (Monday) of a date at any precision (a month or year counts as its first day)."""
    parts = (date + "-01-01")[:10].split("-")
    day = dt.date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def timeline(events: list[dict[str, Any]], width: int = 640, height: int = 180) -> Markup:
    """Stacked bars of events per type per week."""
    counts = Counter((week_of(e["date"]), e["event_type"]) for e in events if e.get("date"))
    if not counts:
        return Markup("<p>No dated events.</p>")
    weeks = sorted({w for w, _ in counts})
    types = sorted({t for _, t in counts})
    totals = Counter()
    for (w, _), n in counts.items():
        totals[w] += n
    top = max(totals.values())
    bar = max(4, (width - 40) // max(len(weeks), 1) - 2)
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height + 40}" role="img" aria-label="events per week">']
    for i, w in enumerate(weeks):
        y = height
        for j, t in enumerate(types):
            n = counts.get((w, t), 0)
            if n:
                h = n * (height - 10) / top
                y -= h
                parts.append(f'<rect x="{30 + i * (bar + 2)}" y="{y:.1f}" width="{bar}" height="{h:.1f}" '
                             f'fill="{COLOURS[j % len(COLOURS)]}"><title>{escape(w)} {escape(t)}: {n}</title></rect>')
    parts.append(f'<text x="30" y="{height + 15}" font-size="10">{escape(weeks[0])}</text>')
    parts.append(f'<text x="{width - 10}" y="{height + 15}" font-size="10" text-anchor="end">{escape(weeks[-1])}</text>')
    for j, t in enumerate(types):
        parts.append(f'<rect x="{30 + j * 78}" y="{height + 24}" width="10" height="10" fill="{COLOURS[j % len(COLOURS)]}"/>'
                     f'<text x="{43 + j * 78}" y="{height + 33}" font-size="10">{escape(t)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def dyad_matrix(events: list[dict[str, Any]], most: int = 10) -> dict[str, Any]:
    """Who does what to whom: rows are actor countries, columns recipient countries, cells event counts."""
    cells: Counter = Counter()
    for e in events:
        for a in {x["country"] for x in e["actor"] if x.get("country")}:
            for r in {x["country"] for x in e["recipient"] if x.get("country")} or {"—"}:
                cells[(a, r)] += 1
    actors = [c for c, _ in Counter(a for (a, _) in cells.elements()).most_common(most)]
    recipients = [c for c, _ in Counter(r for (_, r) in cells.elements()).most_common(most)]
    top = max(cells.values(), default=1)
    rows = [{"actor": a, "cells": [{"n": cells.get((a, r), 0), "shade": cells.get((a, r), 0) / top} for r in recipients]}
            for a in actors]
    return {"recipients": recipients, "rows": rows}

