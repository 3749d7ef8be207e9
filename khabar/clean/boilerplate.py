"""Component clean.boilerplate.v1: decide keep/drop for each raw line; `doc.text` is the kept lines as written.

Rules are data (see `line_rules.py`); dropped lines go to `doc.removed` with the rule that named them, so a
later stage can still read, say, the publication date from a dropped header line.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..document import Document, Removed
from ..registry import component
from .line_rules import Line, RuleSet, rules_for
from .line_stats import LineStats, source_of

#: pages print the headline twice (page title, article title) and readers count both as the article;
#: a third copy of a line is page furniture (menus, share bars)
KEEP_COPIES = 2
#: a tail-cut marker (share bar, comment count) cuts the rest only from this share of the page on,
#: because the same bars also sit above the article
TAIL_START = 0.5
#: a line in at least this many documents of the same source is dropped as source-frequent
MIN_DOCS = 5
#: a first line this short without a final stop is taken whole as the title
HEADLINE_WORDS = 30
#: a run of at least MENU_LINES lines in a row of at most MENU_WORDS words each, above the page's first line of more
#: than BODY_WORDS words, is a site menu (`Home / Video / Sport / World`)
MENU_LINES, MENU_WORDS, BODY_WORDS = 3, 3, 8
#: a sentence end: a stop after two letters (so `U.S.` does not end one), then space or line end
SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})[.!?؟۔…](?=\s|$)")
STOPS = ".!?؟۔…"


@dataclass(frozen=True)
class RawLine:
    """A line of doc.raw: [start, end) without its newline."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not any(c.isalnum() for c in self.text)


def split_lines(raw: str) -> list[RawLine]:
    """Every line of the raw text with its offsets."""
    lines, start = [], 0
    for text in raw.split("\n"):
        lines.append(RawLine(start, start + len(text), text))
        start += len(text) + 1
    return lines


def decide(lines: list[RawLine], rules: RuleSet, *, page_end: int,
           frequent: Callable[[str], bool], keep_copies: int = KEEP_COPIES) -> list[str | None]:
    """For each line the reason it is dropped, or None to keep it (blank lines: None)."""
    reasons: list[str | None] = []
    cut_by: str | None = None
    copies: Counter[str] = Counter()
    for line in lines:
        if line.blank or cut_by:
            reasons.append(None if line.blank else f"after-marker:{cut_by}")
            continue
        view = Line.of(line.text)
        marker = rules.first_marker(view)
        if marker and _cuts(marker.action, line.start, page_end):
            cut_by = marker.rule_id
        reason = f"marker:{marker.rule_id}" if marker else _plain_reason(view, line.text, rules, frequent)
        if reason is None and copies[view.words] >= keep_copies:
            reason = "repeated-in-doc"
        copies[view.words] += 1
        reasons.append(reason)
    _menus(lines, reasons)
    return reasons


def _menus(lines: list[RawLine], reasons: list[str | None]) -> None:
    """Mark each menu run above the page's first long line (`MENU_LINES`) as `menu-run`."""
    run: list[int] = []
    for i, line in enumerate(lines + [RawLine(0, 0, "")]):
        words = len(line.text.split())
        if words > BODY_WORDS:
            break
        short = not line.blank and reasons[i] is None and words <= MENU_WORDS and line.text.strip()[-1] not in STOPS
        if short:
            run.append(i)
            continue
        if len(run) >= MENU_LINES:
            for j in run:
                reasons[j] = "menu-run"
        run = []


def _cuts(action: str, start: int, page_end: int) -> bool:
    return action == "cut" or (action == "tail-cut" and start >= TAIL_START * page_end)


def _plain_reason(view: Line, text: str, rules: RuleSet, frequent: Callable[[str], bool]) -> str | None:
    if rules.label_only(view):
        return "label-only"
    return "source-frequent" if frequent(text) else None


def assemble(raw: str, lines: list[RawLine], reasons: list[str | None]) -> list[tuple[int, int]]:
    """Raw ranges of the text: kept lines with their newlines, one blank line where raw had a paragraph break."""
    ranges: list[tuple[int, int]] = []
    pending_break: int | None = None
    for line, reason in zip(lines, reasons):
        if line.blank:
            if ranges and pending_break is None and line.end < len(raw):
                pending_break = line.end
            continue
        if reason is not None:
            continue
        if pending_break is not None:
            ranges.append((pending_break, pending_break + 1))
            pending_break = None
        ranges.append((line.start, min(line.end + 1, len(raw))))
    if ranges and raw[ranges[-1][1] - 1] == "\n":
        ranges[-1] = (ranges[-1][0], ranges[-1][1] - 1)
    return [r for r in ranges if r[1] > r[0]]


def raw_spans(ranges: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(text_start, raw_start, length) segments, adjacent raw ranges merged."""
    spans: list[tuple[int, int, int]] = []
    at = 0
    for start, end in ranges:
        if spans and spans[-1][1] + spans[-1][2] == start:
            t, r, n = spans[-1]
            spans[-1] = (t, r, n + end - start)
        else:
            spans.append((at, start, end - start))
        at += end - start
    return spans


def guess_title(text: str) -> str | None:
    """The first line if it reads as a headline (short, no final stop), else its first sentence."""
    first = next((ln.strip() for ln in text.split("\n") if ln.strip()), None)
    if first is None or (len(first.split()) <= HEADLINE_WORDS and first[-1] not in STOPS):
        return first
    end = SENTENCE_END.search(first)
    return first[: end.end()] if end else first


def clean_document(doc: Document, rules: RuleSet, frequent: Callable[[str], bool], keep_copies: int) -> Document:
    """Set text, raw_spans, removed and (when unset) title; skip a document left empty."""
    lines = split_lines(doc.raw)
    reasons = decide(lines, rules, page_end=len(doc.raw.rstrip()), frequent=frequent, keep_copies=keep_copies)
    ranges = assemble(doc.raw, lines, reasons)
    doc.text = "".join(doc.raw[s:e] for s, e in ranges)
    doc.raw_spans = raw_spans(ranges)
    doc.removed = [Removed(ln.start, ln.end, r) for ln, r in zip(lines, reasons) if r is not None]
    if doc.title is None:
        doc.title = guess_title(doc.text)
    if not doc.text.strip():
        doc.skipped = "empty after boilerplate removal"
    return doc


@component("clean.boilerplate.v1", requires=("raw", "lang"), assigns=("text", "raw_spans", "removed", "title"))
def boilerplate(*, line_stats: LineStats | str | Path | None = None, min_docs: int = MIN_DOCS,
                keep_copies: int = KEEP_COPIES) -> Callable[[Document], Document]:
    """Drop page furniture line by line: marker lines (and all after a cut marker), label-only lines,
    third copies of a line, and lines seen in `min_docs`+ documents of the source (given `line_stats`)."""
    stats = LineStats.load(line_stats) if isinstance(line_stats, (str, Path)) else line_stats

    def clean(doc: Document) -> Document:
        source = source_of(doc) if stats else None

        def frequent(text: str) -> bool:
            return source is not None and stats.count(source, text) >= min_docs

        return clean_document(doc, rules_for(doc.lang), frequent, keep_copies)

    return clean
