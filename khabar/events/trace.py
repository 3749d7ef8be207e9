"""What the event coder decided about each trigger, and why: the record `khabar explain` prints."""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Document

#: the outcomes a trigger can have
OUTCOMES = ("coded", "merged", "governed", "rejected")


@dataclass(frozen=True)
class Decision:
    """One trigger's fate: `outcome` is one of OUTCOMES, `rule` the entry id, `reason` a short explanation."""

    sentence: int
    start: int
    end: int
    rule: str
    outcome: str
    reason: str


def sentence_index(doc: Document, offset: int) -> int:
    """The index of the sentence holding a text offset, or -1."""
    span = doc.sentence_of(offset)
    return doc.sentences.index(span) if span is not None else -1


def note(trace: list[Decision] | None, doc: Document, start: int, end: int, rule: str, outcome: str,
         reason: str) -> None:
    """Record a decision when a trace was asked for (explain); a no-op otherwise."""
    if trace is not None:
        trace.append(Decision(sentence_index(doc, start), start, end, rule, outcome, reason))
