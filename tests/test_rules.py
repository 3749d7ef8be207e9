"""PETRARCH-style rule tables (tests/rules/<lang>.tsv) through the full default pipeline, one row per test.

Each language's known gaps and pass floor live in tests/rules/gaps_<lang>.py.
"""
from __future__ import annotations

import importlib

import pytest

from _ruletable import Case, check_coverage, check_pass_rate, check_row, load_cases

LANGS = ("ar", "en", "fa")
GAPS = {lang: importlib.import_module(f"rules.gaps_{lang}") for lang in LANGS}
CASES = {lang: load_cases(lang) for lang in LANGS}


@pytest.mark.parametrize("case", [c for lang in LANGS for c in CASES[lang]], ids=lambda c: f"{c.lang}-{c.id}")
def test_rule_row(case: Case) -> None:
    check_row(case, GAPS[case.lang].KNOWN_GAPS)


@pytest.mark.parametrize("lang", LANGS)
def test_coverage(lang: str) -> None:
    check_coverage(CASES[lang], GAPS[lang].KNOWN_GAPS)


@pytest.mark.parametrize("lang", LANGS)
def test_pass_rate(lang: str) -> None:
    check_pass_rate(CASES[lang], GAPS[lang].PASS_FLOOR)
