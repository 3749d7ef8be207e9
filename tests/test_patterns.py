"""LiteralIndex: many regexes behind one literal-anchor pass, matches in item order then window order."""
import re

from khabar.events.patterns import Indexed, LiteralIndex

TEXT = "Talks in Oslo. The envoys met and talked. Nothing here."
WINDOWS = [(0, 14), (15, 41), (42, 55)]


def _index() -> LiteralIndex[str]:
    return LiteralIndex([
        Indexed("talk", re.compile(r"\btalk\w*", re.IGNORECASE), frozenset({"talk"})),
        Indexed("met", re.compile(r"\bmet\b"), frozenset({"met", "meet"})),
        Indexed("any", re.compile(r"\bhere\b"), frozenset({""})),
        Indexed("none", re.compile(r"\bOslo\b"), frozenset()),
    ])


def test_scan_yields_per_item_then_per_window():
    found = [(key, m.group()) for key, m in _index().scan(TEXT, WINDOWS)]
    assert found == [("talk", "Talks"), ("talk", "talked"), ("met", "met"), ("any", "here")]


def test_regex_runs_only_in_windows_holding_an_anchor():
    index = LiteralIndex([Indexed("x", re.compile(r"\w+"), frozenset({"envoy"}))])
    assert [m.group() for _, m in index.scan(TEXT, WINDOWS)] == ["The", "envoys", "met", "and", "talked"]


def test_text_changing_length_when_lowered_runs_every_window():
    text = "İstanbul talks."
    index = LiteralIndex([Indexed("x", re.compile(r"talks"), frozenset({"zzz"}))])
    assert [m.group() for _, m in index.scan(text, [(0, len(text))])] == ["talks"]
