"""Persian PETRARCH-style rule table (tests/rules/fa.tsv) run through the full default pipeline.

Each row is one hand-written news-style sentence with its expected PLOVER type, mode, aux, actor and recipient
codes, or type NONE when no event may be coded. Rows the pipeline still gets wrong are listed in KNOWN_GAPS with
the reason; they must keep failing (so the list stays honest), and the pass rate over all rows must not drop
below PASS_FLOOR.
"""
from __future__ import annotations

import pytest

from _ruletable import Case, check_coverage, check_pass_rate, check_row, load_cases

CASES = load_cases("fa")
#: the pass rate reached (249/264 = 0.943), minus two points
PASS_FLOOR = 0.923

NESTED = "actors.v1 also emits the state inside a title mention (وزیر خارجه X + X); the nested copy fills the object slot"
PLACE = "the place is not attached to the trigger (another trigger is nearer, or it is not in doc.meta places)"
DEMONYM = "a demonym adjective after a noun (اسیر ارمنی, شرکت‌های آمریکایی) is not linked as an actor"
LONG_GAP = "the trigger noun and its light verb are more than `gap` (6) words apart"

#: row number (1-based, data rows only) -> why the pipeline still misses it
KNOWN_GAPS: dict[int, str] = {
    7: PLACE, 14: DEMONYM, 16: PLACE, 42: NESTED,
    60: LONG_GAP, 83: PLACE, 89: LONG_GAP,
    103: NESTED, 121: PLACE,
    122: "the requested exchange of prisoners (تبادل اسرا) is neither a trigger nor a yield cue",
    142: "the threatened region's state follows در inside the object (منطقه X در گویان), so no recipient",
    183: "حزب‌الله لبنان is two mentions, so لبنان fills the object slot",
    196: PLACE, 206: LONG_GAP,
    261: "THREATEN mode cues are read only in the trigger's clause, not its که-complement",
}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_rule_row(case: Case) -> None:
    check_row(case, KNOWN_GAPS)


def test_coverage() -> None:
    check_coverage(CASES, KNOWN_GAPS)


def test_pass_rate() -> None:
    check_pass_rate(CASES, PASS_FLOOR)
