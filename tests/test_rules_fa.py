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
#: the pass rate reached when the table was written (204/264 = 0.773), minus two points
PASS_FLOOR = 0.753

NESTED = "actors.v1 also emits the state inside a title mention (وزیر خارجه X + X); the nested copy fills the object slot"
PLACE = "the destination or host is a place mention (doc.meta places), which the visit/host frames do not read"
DEMONYM = "a demonym adjective after a noun (اسیر ارمنی, شرکت‌های آمریکایی) is not linked as an actor"
COUNTERPART = "همتای <demonym> (counterpart) is not linked to its state"
COURT = "دادگاهی در X (a court in X) is not linked as X JUD"
GOVERNOR = "the noun درخواست governs the verb نپذیرفت as its content, so the REJECT is swallowed"
THREAT_MODE = "THREATEN mode comes from the content's type (SANCTION->restrict, COERCE->arrest), not its mode"
LONG_GAP = "the trigger noun and its light verb are more than `gap` (6) words apart"
SPORT = "no sports/fiction blocker, and teams or athletes are linked to their state"

#: row number (1-based, data rows only) -> why the pipeline still misses it
KNOWN_GAPS: dict[int, str] = {
    1: PLACE, 6: PLACE, 7: PLACE, 8: NESTED, 10: PLACE, 14: DEMONYM, 16: PLACE, 21: NESTED,
    31: NESTED, 34: NESTED, 37: NESTED, 39: NESTED, 42: NESTED, 43: NESTED, 48: COURT,
    57: "the KB links چین inside the sea name دریای چین جنوبی", 60: LONG_GAP, 81: DEMONYM, 83: PLACE,
    89: LONG_GAP, 93: NESTED, 96: NESTED, 97: NESTED, 100: NESTED, 103: NESTED, 105: COUNTERPART,
    111: NESTED, 118: NESTED, 121: PLACE, 122: GOVERNOR,
    123: "REJECT of a non-event content (an accusation) defaults to mode change", 127: GOVERNOR,
    135: THREAT_MODE, 142: THREAT_MODE, 145: THREAT_MODE,
    153: "roles try `from` (از) before the longer `about` marker در حمایت از", 154: DEMONYM, 156: DEMONYM,
    159: DEMONYM, 164: COURT, 177: NESTED, 179: NESTED,
    183: "militia mode needs the actor's sector; " + NESTED, 187: DEMONYM, 188: DEMONYM, 190: NESTED, 191: DEMONYM,
    195: NESTED, 196: PLACE, 199: DEMONYM, 203: "reciprocal به سوی یکدیگر is not read as a joint frame",
    206: LONG_GAP, 208: NESTED, 209: "طالبان پاکستان (Pakistani Taliban) is linked as AFG with PAK recipient",
    210: NESTED, 213: SPORT, 226: SPORT, 241: SPORT, 254: SPORT,
    261: "THREATEN mode cues are read only in the trigger's clause, not its که-complement",
}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_rule_row(case: Case) -> None:
    check_row(case, KNOWN_GAPS)


def test_coverage() -> None:
    check_coverage(CASES, KNOWN_GAPS)


def test_pass_rate() -> None:
    check_pass_rate(CASES, PASS_FLOOR)
