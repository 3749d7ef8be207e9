"""English PETRARCH-style rule table (tests/rules/en.tsv) run through the full default pipeline.

Each row is one hand-written sentence with its expected PLOVER type, mode, aux, actor and recipient codes, or
type NONE when no event may be coded. Rows the coder still gets wrong are listed in KNOWN_GAPS with the reason;
they must keep failing (so the list stays honest) and the pass rate over all rows must not drop below PASS_FLOOR.
"""
from __future__ import annotations

import pytest

from _ruletable import Case, check_coverage, check_pass_rate, check_row, load_cases

#: the pass rate reached (217/270 = 0.804), minus two points for noise from other components
PASS_FLOOR = 0.784

# Why rows still fail; the first four are actors.v1 gaps, the rest events.v1 (roles/coder) gaps.
DEMONYM = "actors: a demonym before a common noun (Armenian villages, Egyptian workers) is no mention"
PLACE = "actors: a city or region after a preposition is a place, not an actor mention"
NESTED = "actors: overlapping mentions (title+name and name) split the coordinated group"
FALSE_STATE = "actors: a state name inside another name (South China Sea, Japan's rugby team) is coded"
HOST_PLACE = "roles: the CONSULT host is read from actor mentions only, not from doc.meta places"
BY_AT = "roles: a recipient marked by `by`/`in` (abuses by X, coup in X, garrison in X) is not considered"
THAT = "roles: the clause break `that` cuts the addressee off a request (demanded that X ...)"
OBJ_FIRST = "roles: the first bare object wins over the `to` goal (extradited a member of X to Y)"
THREAT_MODE = "coder: THREATEN mode comes from the governed type only (annex=COERCE->arrest, cut ties->restrict)"
THREAT_NONE = "coder: a governed event with no threat mapping gives mode None instead of falling back to cues"
ASK_OF_ASK = "coder: REJECT of a REQUEST takes `change` instead of the request's own content"
IN_MENTION = "coder: a trigger inside an actor mention (Indonesian protesters) gets neither subject nor object"
TRADE = "lexicon: a signed trade deal is SUPPORT; COOPERATE needs the deal's content (import, buy)"

#: row id -> why the coder still misses it
KNOWN_GAPS: dict[str, str] = {
    "agree-06": PLACE, "agree-07": FALSE_STATE, "consult-07": DEMONYM, "consult-08": HOST_PLACE, "consult-09": NESTED,
    "consult-11": DEMONYM, "consult-13": HOST_PLACE, "consult-14": HOST_PLACE, "consult-15": HOST_PLACE,
    "concede-01": PLACE, "concede-04": DEMONYM, "concede-09": DEMONYM, "cooperate-09": PLACE,
    "cooperate-11": OBJ_FIRST, "cooperate-12": TRADE, "aid-04": DEMONYM, "aid-08": BY_AT, "request-04": THAT,
    "accuse-05": BY_AT, "accuse-10": BY_AT, "accuse-13": DEMONYM, "reject-01": ASK_OF_ASK,
    "reject-03": DEMONYM, "threaten-02": THREAT_NONE, "threaten-04": DEMONYM, "threaten-05": THREAT_MODE,
    "threaten-08": THREAT_MODE, "threaten-12": DEMONYM, "threaten-13": THREAT_NONE, "protest-05": DEMONYM,
    "protest-06": DEMONYM, "protest-07": DEMONYM, "protest-08": DEMONYM, "protest-11": DEMONYM,
    "protest-12": IN_MENTION, "protest-13": DEMONYM, "sanction-02": DEMONYM, "sanction-05": PLACE,
    "sanction-07": DEMONYM, "sanction-09": DEMONYM, "sanction-14": DEMONYM, "mobilize-12": BY_AT,
    "mobilize-13": DEMONYM, "coerce-02": FALSE_STATE, "coerce-04": DEMONYM, "coerce-13": DEMONYM,
    "coerce-14": DEMONYM, "assault-01": PLACE, "assault-02": DEMONYM, "assault-03": DEMONYM,
    "assault-09": DEMONYM, "assault-11": DEMONYM, "none-08": FALSE_STATE,
}


CASES = load_cases("en")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_rule_row(case: Case) -> None:
    check_row(case, KNOWN_GAPS)


def test_coverage() -> None:
    check_coverage(CASES, KNOWN_GAPS)


def test_pass_rate() -> None:
    check_pass_rate(CASES, PASS_FLOOR)
