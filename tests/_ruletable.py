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
