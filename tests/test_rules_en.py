"""English PETRARCH-style rule table (tests/rules/en.tsv) run through the full default pipeline.

Each row is one hand-written sentence with its expected PLOVER type, mode, aux, actor and recipient codes, or
type NONE when no event may be coded. Rows the coder still gets wrong are listed in KNOWN_GAPS with the reason;
they must keep failing (so the list stays honest) and the pass rate over all rows must not drop below PASS_FLOOR.
"""
from __future__ import annotations

import pytest

from _ruletable import Case, check_coverage, check_pass_rate, check_row, load_cases

#: the pass rate reached (256/270 = 0.948), minus two points for noise from other components
PASS_FLOOR = 0.928

# Why rows still fail; the first four are actors.v1 gaps, the rest events.v1 (roles/coder) gaps.
DEMONYM = "actors: a demonym before a common noun (Armenian villages, Egyptian workers) is no mention"
PLACE = "actors: a city or region after a preposition is a place, not an actor mention"
FALSE_STATE = "actors: a state name inside another name (South China Sea, Japan's rugby team) is coded"
BY_AT = "roles: a recipient marked by `by`/`in` (abuses by X, coup in X, garrison in X) is not considered"
TRADE = "lexicon: a signed trade deal is SUPPORT; COOPERATE needs the deal's content (import, buy)"

#: row id -> why the coder still misses it
KNOWN_GAPS: dict[str, str] = {
    "agree-06": PLACE, "agree-07": FALSE_STATE, "concede-01": PLACE, "cooperate-12": TRADE, "aid-04": DEMONYM,
    "accuse-05": BY_AT, "accuse-10": BY_AT, "accuse-13": DEMONYM, "reject-03": DEMONYM, "threaten-04": DEMONYM,
    "sanction-05": PLACE, "assault-01": PLACE,
}


CASES = load_cases("en")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_rule_row(case: Case) -> None:
    check_row(case, KNOWN_GAPS)


def test_coverage() -> None:
    check_coverage(CASES, KNOWN_GAPS)


def test_pass_rate() -> None:
    check_pass_rate(CASES, PASS_FLOOR)
