"""PETRARCH-style rule tables (tests/rules/<lang>.tsv) run through the full default pipeline.

Each row is one hand-written sentence with its expected PLOVER type, mode, aux, actor and recipient codes
(`-` = none; codes comma-separated), or type NONE when no event may be coded.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import khabar
from khabar.document import Event
from khabar.pipeline import Pipeline, load_pipeline

RULES = Path(__file__).parent / "rules"
PUBLISHED = "2024-03-15"


@dataclass(frozen=True)
class Case:
    """One table row: the sentence and the event it must yield (kind NONE: no event at all)."""

    lang: str
    row: int
    id: str
    kind: str
    mode: str | None
    aux: str | None
    actor: frozenset[str]
    recipient: frozenset[str]
    text: str

    def expected(self) -> str:
        return f"{self.kind}/{self.mode}/{self.aux} {sorted(self.actor)}->{sorted(self.recipient)}"


def _codes(cell: str) -> frozenset[str]:
    return frozenset() if cell == "-" else frozenset(cell.split(","))


def _cell(cell: str) -> str | None:
    return None if cell == "-" else cell


def load_cases(lang: str) -> list[Case]:
    """The data rows of tests/rules/<lang>.tsv, numbered from 1; a row may start with its own id column."""
    lines = (RULES / f"{lang}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    if rows and rows[0][:2] == ["id", "type"]:
        rows = rows[1:]  # a header row
    cases = []
    for i, cells in enumerate(rows, 1):
        row_id = cells.pop(0) if len(cells) == 7 else str(i)
        kind, mode, aux, actor, recipient, text = cells
        cases.append(Case(lang, i, row_id, kind, _cell(mode), _cell(aux), _codes(actor), _codes(recipient), text))
    return cases


@lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    return load_pipeline()


@lru_cache(maxsize=None)
def coded(text: str, lang: str) -> tuple[Event, ...]:
    """The events the default pipeline codes for one sentence."""
    return tuple(khabar.extract(text, lang=lang, published=PUBLISHED, pipeline=pipeline()).events)


def countries(mentions: list) -> frozenset[str]:
    return frozenset(m.country for m in mentions if m.country)


def describe(event: Event) -> str:
    return (f"{event.event_type}/{event.mode}/{event.aux} {sorted(countries(event.actor))}"
            f"->{sorted(countries(event.recipient))} [{event.coder}]")


def passes(case: Case) -> tuple[bool, str]:
    """Whether the sentence yields the expected event (or none for NONE), and what was coded."""
    events = coded(case.text, case.lang)
    got = "; ".join(describe(e) for e in events) or "no event"
    if case.kind == "NONE":
        return not events, got
    hit = any(e.event_type == case.kind and e.mode == case.mode and e.aux == case.aux
              and countries(e.actor) == case.actor and countries(e.recipient) == case.recipient for e in events)
    return hit, got


def check_row(case: Case, known_gaps: dict) -> None:
    """The row passes, or it is a known gap (keyed by id or row number) that must still fail."""
    ok, got = passes(case)
    gap = known_gaps.get(case.id, known_gaps.get(case.row))
    if gap is not None:
        assert not ok, f"row {case.id} now passes: remove it from KNOWN_GAPS ({gap})"
        return
    assert ok, f"{case.text!r}: expected {case.expected()}, got {got}"


def check_coverage(cases: list[Case], known_gaps: dict, *, per_type: int = 12, negatives: int = 40) -> None:
    """PETRARCH-style coverage: every PLOVER type has `per_type` rows, plus `negatives`; ids unique; gaps real."""
    counts: dict[str, int] = {}
    for case in cases:
        counts[case.kind] = counts.get(case.kind, 0) + 1
    assert counts.pop("NONE", 0) >= negatives
    assert len(counts) == 16 and min(counts.values()) >= per_type, counts
    assert len({c.id for c in cases}) == len(cases), "duplicate row id"
    assert set(known_gaps) <= {c.id for c in cases} | {c.row for c in cases}, "a known gap names no row"


def check_pass_rate(cases: list[Case], floor: float) -> None:
    passed = sum(passes(case)[0] for case in cases)
    assert passed / len(cases) >= floor, f"{passed}/{len(cases)} rows pass, floor {floor:.3f}"
