"""LiteralIndex: many regexes behind one literal-anchor pass, matches in item order then window order; companions."""
import re
from pathlib import Path

import pytest

from khabar.bench.pipeline import example_sentences
from khabar.clean.script import normalise
from khabar.events.patterns import Compiler, Indexed, LiteralIndex
from khabar.events.triggers import trigger_index

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))

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


def test_companions_drop_windows_missing_another_word_of_the_pattern():
    index = LiteralIndex([Indexed("x", re.compile(r"\w+"), frozenset({"talk", "oslo"}),
                                  {"talk": ((frozenset({"envoy", "minister"}),),)})])
    # "talk" in the first window has no envoy beside it; "oslo" needs nothing more
    assert [m.group() for _, m in index.scan(TEXT, WINDOWS)] == ["Talks", "in", "Oslo", "The", "envoys", "met",
                                                                 "and", "talked"]
    assert [m.group() for _, m in index.scan(TEXT, WINDOWS[:1])] == ["Talks", "in", "Oslo"]
    alone = LiteralIndex([Indexed("x", re.compile(r"\w+"), frozenset({"talk"}), {"talk": ((frozenset({"envoy"}),),)})])
    assert [m.group() for _, m in alone.scan(TEXT, WINDOWS[:1])] == []


def test_companions_name_the_other_words_of_each_pattern():
    comp = Compiler("en", {"meet": ["met", "meet+"]})
    # the anchor is the word whose shortest stem is longest; one-letter stems and anchors that suffice alone are left out
    assert comp.companions(["~hold talks", "{meet} with", "a summit", "talks"], "k") == {
        "with": ((frozenset({"met", "meet"}),),)}


@pytest.mark.parametrize("lang", ["ar", "en", "fa"])
def test_trigger_companions_change_no_match(lang):
    """Every pattern word is in its matches: the index with companions finds what the anchors alone find."""
    text = " ".join(example_sentences(lang)) + " ".join(p.read_text(encoding="utf-8") for p in EXAMPLES)
    norm = normalise(text, lang)[0]
    windows = [(m.start(), m.end()) for m in re.finditer(r"[^.!?؟\n]+", norm)]
    index = trigger_index(lang)
    bare = LiteralIndex(Indexed(i.key, i.regex, i.anchors) for i in index.items)
    spans = lambda ix: [(k.id, m.span()) for k, m in ix.scan(norm, windows)]  # noqa: E731
    assert spans(index) == spans(bare) and spans(index)


def test_per_document_tables_are_never_shared_between_documents():
    from khabar.document import Document
    from khabar.events.patterns import per_document
    a, b = Document("a", "x", norm="one"), Document("b", "x", norm="one")
    per_document(a, "tags")[1] = "to"
    assert per_document(a, "tags") == {1: "to"} and per_document(a, "other") == {}
    assert per_document(b, "tags") == {}
    b.norm = "two"  # a document normalised again starts afresh
    per_document(b, "tags")[1] = "with"
    b.norm = "three"
    assert per_document(b, "tags") == {}
