"""How much of 2000-2026 khabar/data/kb/people.yaml covers for the offices issue 5 asks about (heads of state and
government, foreign and defence ministers of the G20, the Security Council's permanent members, and every Middle
Eastern and Central Asian state; the UN Secretary-General). Run: python scripts/kb_coverage.py [--gaps]."""
from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

import yaml

PEOPLE = Path(__file__).resolve().parent.parent / "khabar" / "data" / "kb" / "people.yaml"
SPAN = (date(2000, 1, 1), date(2026, 1, 1))
G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN", "KOR", "MEX", "RUS",
       "SAU", "TUR", "USA", "ZAF")
MIDDLE_EAST = ("ARE", "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR",
               "TUR", "YEM")
CENTRAL_ASIA = ("AFG", "KAZ", "KGZ", "TJK", "TKM", "UZB")
STATES = tuple(sorted(set(G20 + MIDDLE_EAST + CENTRAL_ASIA)))
#: the offices that count for each duty (a state has its own mix: president, king, emir, supreme leader ...)
DUTIES = {
    "head": ("president", "king", "emperor", "emir", "sultan", "supreme_leader", "scaf_chairman", "leader"),
    "government": ("prime_minister", "chancellor", "president", "king", "emir", "sultan", "leader"),
    "foreign": ("foreign_minister",),
    "defence": ("defence_minister",),
}


def coverage(people: list[dict], body: str, offices: tuple[str, ...]) -> tuple[float, list[tuple[date, date]]]:
    """The share of SPAN in which someone holds one of `offices` of `body`, and the uncovered stretches."""
    spans = sorted((_day(s) or SPAN[0], _day(e) or SPAN[1]) for p in people for b, o, s, e in p["roles"]
                   if b == body and o in offices)
    gaps, cursor = [], SPAN[0]
    for start, end in spans:
        if start > cursor:
            gaps.append((cursor, min(start, SPAN[1])))
        cursor = max(cursor, end)
    if cursor < SPAN[1]:
        gaps.append((cursor, SPAN[1]))
    gaps = [(s, e) for s, e in gaps if s < e and (e - s) > timedelta(days=31)]
    missing = sum((e - s).days for s, e in gaps)
    return 1 - missing / (SPAN[1] - SPAN[0]).days, gaps


def report(people: list[dict]) -> dict[str, dict[str, float]]:
    """Coverage per state and duty, plus the UN Secretary-General."""
    out = {state: {duty: coverage(people, state, offices)[0] for duty, offices in DUTIES.items()}
           for state in STATES}
    out["UN"] = {"head": coverage(people, "UN", ("secretary_general",))[0]}
    return out


def _day(value) -> date | None:
    return value if isinstance(value, date) or value is None else date.fromisoformat(str(value))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gaps", action="store_true", help="list the uncovered stretches")
    args = parser.parse_args(argv)
    people = yaml.safe_load(PEOPLE.read_text(encoding="utf-8"))
    table = report(people)
    for state, duties in table.items():
        print(state, "  ".join(f"{d} {v:.0%}" for d, v in duties.items()))
        if args.gaps:
            for duty, offices in DUTIES.items():
                for s, e in coverage(people, state, offices)[1] if state != "UN" else []:
                    print(f"    {duty}: {s} .. {e}")
    for duty in DUTIES:
        values = [d[duty] for d in table.values() if duty in d]
        print(f"mean {duty}: {sum(values) / len(values):.0%} over {len(values)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
