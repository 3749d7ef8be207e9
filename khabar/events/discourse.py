"""Recipients from the discourse: a directed act whose clause names only its actor is aimed at the actor's
counterpart in the nearest event reported around it ("the call was at Putin's request": the other party of
the call). Never invented: without such an event the recipient stays empty.
"""
from __future__ import annotations

from ..document import ActorMention, Document, Event
from .merge import Coded
from .triggers import plover

#: confidence given up by a recipient read from the discourse rather than from the clause
DISCOURSE_COST = 0.1
#: the coder suffix naming the fallback
TAG = ":recipient=discourse"
#: how many sentences after a headline may retell its act and name the other party it leaves out
LEAD_SENTENCES = 3
#: the first quad of conflict: between conflict events a borrowed recipient passes on (an exchange of threats and
#: strikes keeps one opponent), a cooperative statement may be aimed at no one
CONFLICT_QUAD = 3


def counterparts(doc: Document, coded: list[Coded]) -> None:
    """Give each directed event without a recipient its actor's counterpart from a nearby event: one in its
    own sentence first (nearest trigger), then earlier sentences of its paragraph and the sentence before it. An
    event whose own recipient was borrowed is a source only between conflict events (see CONFLICT_QUAD)."""
    order = {(s.start, s.end): i for i, s in enumerate(doc.sentences)}
    for item in coded:
        event = item.event
        if item.trigger.entry.frame != "directed" or event.recipient or not event.actor:
            continue
        here = order.get((event.evidence[0].start, event.evidence[0].end), -1)
        for source in _nearby(doc, coded, item, here, order):
            condition = event.aux == "hypothetical" and _sentence(source, order) == here
            partner = counterpart(event.actor, source.event, reply=not condition)
            if partner:
                event.recipient = partner
                event.confidence = round(max(0.05, event.confidence - DISCOURSE_COST), 2)
                event.coder += TAG
                item.borrowed = True
                break


def _sentence(item: Coded, order: dict) -> int:
    return order.get((item.event.evidence[0].start, item.event.evidence[0].end), -1)


def _hostile(item: Coded) -> bool:
    """Whether the event is verbal or material conflict (quad 3-4)."""
    return plover("types")[item.event.event_type]["quad"] >= CONFLICT_QUAD


def _nearby(doc: Document, coded: list[Coded], item: Coded, here: int, order: dict) -> list[Coded]:
    """Other events of the same sentence by distance from the trigger, then of earlier sentences in reach,
    latest first; for the headline (the first sentence), then events of its type in the lead, first first."""
    para = next((p for p in doc.paragraphs if p.start <= item.trigger.start < p.end), None)
    reach = {here - 1} | {i for i, s in enumerate(doc.sentences[:here]) if para and para.start <= s.start}
    same, before, lead = [], [], []
    for other in coded:
        at = order.get((other.event.evidence[0].start, other.event.evidence[0].end), -1)
        if other is item or (TAG in other.event.coder and not (_hostile(item) and _hostile(other))):
            continue
        if at == here:
            same.append(other)
        elif at in reach:
            before.append(other)
        elif here == 0 and 0 < at <= LEAD_SENTENCES and other.event.event_type == item.event.event_type:
            lead.append(other)  # a headline's act told again in the lead
    same.sort(key=lambda o: abs(o.trigger.start - item.trigger.start))
    before.sort(key=lambda o: -o.trigger.start)
    lead.sort(key=lambda o: o.trigger.start)
    return same + before + lead


def counterpart(actor: list[ActorMention], source: Event, reply: bool = True) -> list[ActorMention]:
    """The other side of `source` from the actor's: its recipients if the actor acted there, its actors if the
    actor was its recipient and the act may answer `source` (`reply`; a condition does not: sanctions threatened
    in case of its attack), the other participant of a joint event; none when the actor took no part or the
    other side is several states (which of them is meant is unclear)."""
    mine = {m.country for m in actor}
    if mine & {m.country for m in source.actor}:
        side = source.recipient or source.actor
    elif reply and mine & {m.country for m in source.recipient}:
        side = source.actor
    else:
        return []
    other = [m for m in side if m.country not in mine]
    return other if len({m.country for m in other}) == 1 else []
