"""Mentions of one real-world event folded into one record (FORMAT.md: "each real-world event once").

A mention joins an earlier record of its type when it refers back to it ("this call"), shares its sentence,
restates a headline or lead statement, or has a compatible dyad, aux, mode and date (`same_event`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Document, Event, Span
from .trace import Decision, note
from .triggers import Trigger, plover

#: how many leading paragraphs (headline and lead) summarise the story
SUMMARY_PARAGRAPHS = 2


#: the coder suffix of the two events of an act done each way (`traded accusations`): they are kept apart
RECIPROCAL = ":reciprocal"

@dataclass
class Coded:
    """An event with how it was found: whether its trigger refers back ("this meeting") to an earlier one,
    whether it is told as background (a pluperfect: an earlier act, not the one the story tells), and whether
    its recipient was borrowed from a nearby event (`discourse.counterparts`) rather than read from its clause."""

    event: Event
    trigger: Trigger
    backref: bool = False
    background: bool = False
    borrowed: bool = False


def merge(doc: Document, coded: list[Coded], trace: list[Decision] | None = None) -> list[Event]:
    """Fold mentions of one event into one record: back-references ("this call") and actorless mentions of a
    happening join the latest event of their type from an earlier sentence; others join a compatible one."""
    merged: list[Event] = []
    told: set[int] = set()  # id() of the records first told as background
    lone: set[int] = set()  # id() of the records whose mentions named only their actor
    for item in coded:
        event, rule = item.event, item.trigger.entry.id
        if _takes_over(doc, merged, item, told, lone):
            note(trace, doc, item.trigger.start, item.trigger.end, rule, "merged",
                 f"names both sides of {summary(event)}")
            continue
        back = item.backref or not event.actor
        same = antecedent(merged, event) if back else None
        partial = same is None and _names_one_side(item)
        same = same or (one_sided(merged, event, item.background, told, lone) if partial else None)
        partial = partial and same is not None
        back = back or partial
        same = same or next((m for m in merged if event.actor and (id(m) in told) == item.background
                             and same_event(doc, m, event)), None)
        if same is None and not event.actor:
            note(trace, doc, item.trigger.start, item.trigger.end, rule, "rejected",
                 f"no coded actor for frame={item.trigger.entry.frame}, and no earlier {event.event_type} to refer to")
            continue
        if same is None:
            merged.append(event)
            told |= {id(event)} if item.background else set()
            lone |= {id(event)} if _names_one_side(item) else set()
            note(trace, doc, item.trigger.start, item.trigger.end, rule, "coded", summary(event))
            continue
        absorb(same, event, back, dated=not partial)
        why = "refers back to" if back else "same event as"
        note(trace, doc, item.trigger.start, item.trigger.end, rule, "merged", f"{why} {summary(same)}")
    return fold(merged, told)


def fold(events: list[Event], told: set[int] = frozenset()) -> list[Event]:
    """Join records that came to share a sentence after merging (two triggers of one type, one report), unless
    they run in opposite directions (each took a mention of its own: an attack and the reply to it) or one is
    told as background (`told`: ids of such records) and the other is not."""
    out: list[Event] = []
    for event in events:
        same = next((o for o in out if _shares_sentence(o, event) and not _opposed(o, event)
                     and (id(o) in told) == (id(event) in told)), None)
        if same is None:
            out.append(event)
        else:
            absorb(same, event)
    return out


def antecedent(merged: list[Event], event: Event) -> Event | None:
    """The latest event of the same type reported before this mention's sentence (what "this call" refers to),
    the latest of the mention's own mode first ("the call" after a call and an earlier meeting: the call)."""
    here = event.evidence[0]
    earlier = [m for m in reversed(merged) if m.event_type == event.event_type
               and any(s.start < here.start for s in m.evidence)]
    return next((m for m in earlier if event.mode and m.mode == event.mode), earlier[0] if earlier else None)


def _names_one_side(item: Coded) -> bool:
    """Whether a directed mention names its actor but no recipient in its own clause ("Russia's demands")."""
    return bool(item.event.actor) and item.trigger.entry.frame == "directed" and (
        item.borrowed or not item.event.recipient)


def _restatable(merged: list[Event], event: Event, background: bool, told: set[int]) -> list[Event]:
    """Earlier records, latest first, that a mention with the same actors could restate: same type, aux and
    telling (both background or neither), and dates that agree even where one is the publication date."""
    here = event.evidence[0].start
    mine = countries(event.actor)
    return [m for m in reversed(merged) if m.event_type == event.event_type and countries(m.actor) == mine
            and (id(m) in told) == background and any(s.start < here for s in m.evidence)
            and m.aux == event.aux and _agree(m.date or "", event.date or "")]


def one_sided(merged: list[Event], event: Event, background: bool, told: set[int], lone: set[int]) -> Event | None:
    """The latest earlier record with both sides named that a mention naming only its actor restates ("Japan
    voiced its concern" after "Japan criticised China")."""
    return next((m for m in _restatable(merged, event, background, told) if id(m) not in lone), None)


def _takes_over(doc: Document, merged: list[Event], item: Coded, told: set[int], lone: set[int]) -> bool:
    """Let a mention naming both sides take over a record from the sentence before that named only its actor
    ("Russia's demands ...; Russia asked NATO to ..."); it keeps its own participants. Whether it did."""
    event = item.event
    if item.backref or not event.actor or _names_one_side(item):
        return False
    same = next((m for m in _restatable(merged, event, item.background, told) if id(m) in lone
                 and _sentence_gap(doc, m.evidence[-1], event.evidence[0]) <= 1), None)
    if same is None:
        return False
    absorb(event, same, backref=True, dated=False)
    merged[merged.index(same)] = event
    lone.discard(id(same))
    if id(same) in told:
        told.symmetric_difference_update({id(same), id(event)})
    return True


def absorb(same: Event, event: Event, backref: bool = False, dated: bool = True) -> None:
    """Add a mention's evidence to an event; the clearer mention (more confident, else asserted rather than
    hedged) leads: its sentence comes first and its roles, mode, aux and date stand for the event. A
    back-reference ("these strikes") never leads: the event it points to keeps its participants. A date read from
    the text beats the publication date, unless the mention named only its actor (not `dated`: its date may be
    another clause's), and `historical` (or its absence) goes with the date it was read from."""
    leads = not backref and _rank(event) > _rank(same)
    for span in event.evidence:
        if span not in same.evidence:
            same.evidence.insert(0 if leads else len(same.evidence), span)
    source = dating(same, event, leads) if dated else same
    timed = source.aux
    if leads:
        same.actor, same.recipient, same.aux, same.coder = event.actor, event.recipient, event.aux, event.coder
    same.date, same.date_raw = source.date, source.date_raw
    if {same.aux, timed} <= {None, "historical"}:
        same.aux = timed
    same.mode = heavier(same.event_type, same.mode, event.mode) \
        or ((event.mode or same.mode) if leads else (same.mode or event.mode))
    if not same.recipient and countries(same.actor) & countries(event.actor):
        # one mention names the host or target the other left out; never a party of the event's own side (a
        # clash between X and Y takes no target Y from a mention saying Y attacked first)
        same.recipient = [m for m in event.recipient if m.country not in countries(same.actor)]
    same.confidence = round(min(0.95, max(same.confidence, event.confidence) + 0.05), 2)
    same.context = list(dict.fromkeys(same.context + event.context))


def dating(same: Event, event: Event, leads: bool) -> Event:
    """Which of two mentions dates the merged event: a date read from the text, the leader's if both were, unless
    the two agree and the other is more precise (a headline's "in December", the body's "on 30 December")."""
    if same.date_raw and event.date_raw and _agree(same.date or "", event.date or ""):
        return event if len(event.date or "") > len(same.date or "") else same
    return event if event.date_raw and (leads or not same.date_raw) else same


def heavier(kind: str, a: str | None, b: str | None) -> str | None:
    """Of two modes the type ranks by weight (`heavier` in types.yaml: firearms < heavy-weapons), the heavier;
    None when either is unranked."""
    order = plover("types")[kind].get("heavier") or []
    if a not in order or b not in order:
        return None
    return max(a, b, key=order.index)


def _rank(event: Event) -> tuple[float, bool]:
    return event.confidence, event.aux != "hypothetical"


def countries(mentions: list) -> set[str | None]:
    return {m.country for m in mentions}


def parties(event: Event) -> set[str | None]:
    return countries(event.actor + event.recipient)


def summary(event: Event) -> str:
    who = lambda ms: ",".join(dict.fromkeys(m.country or "?" for m in ms))  # noqa: E731
    return (f"{event.event_type}/{event.mode or '-'}/{event.aux or '-'} {who(event.actor)}->{who(event.recipient)} "
            f"date={event.date} conf={event.confidence}")


def same_event(doc: Document, a: Event, b: Event) -> bool:
    """Whether mention `b` reports the event recorded in `a`: same type and parties, and either one sentence,
    a restated headline or lead statement, or compatible aux, mode and date (statements only when adjacent)."""
    if a.event_type != b.event_type or not parties(a) & parties(b):
        return False
    if _shares_sentence(a, b) and not (_opposed(a, b) and RECIPROCAL in a.coder and RECIPROCAL in b.coder):
        return True  # two triggers of one type in one sentence report one act (not the two ways of a mutual one)
    if _opposed(a, b) or not _same_date(a, b) or not _same_aux(a, b):
        return False
    statement = plover("types")[a.event_type]["merge"] == "statement"
    if statement and _restates(doc, a, b):
        return True
    if not _same_mode(a, b):
        return False
    if statement:
        return _sentence_gap(doc, a.evidence[-1], b.evidence[0]) <= 1 and a.actor[0].country == b.actor[0].country
    return True


def _shares_sentence(a: Event, b: Event) -> bool:
    """Same type and parties, a sentence in common, and no two dates read from the text that disagree."""
    return (a.event_type == b.event_type and bool(parties(a) & parties(b)) and _same_date(a, b)
            and any(s in a.evidence for s in b.evidence))


def _opposed(a: Event, b: Event) -> bool:
    """Whether the two run in opposite directions (X against Y, then Y against X): a reply, not a restatement."""
    ax, ay, bx, by = countries(a.actor), countries(a.recipient), countries(b.actor), countries(b.recipient)
    return bool(ax & by) and bool(ay & bx) and not ax & bx


def _same_date(a: Event, b: Event) -> bool:
    """Dates read from the text (not both defaulted) must agree at the coarser precision."""
    if not (a.date_raw and b.date_raw):
        return True
    return _agree(a.date or "", b.date or "")


def _agree(x: str, y: str) -> bool:
    """Two dates agree at the coarser precision."""
    return x.startswith(y) or y.startswith(x)


def _same_mode(a: Event, b: Event) -> bool:
    """Equal modes, or one unset; a happening with the very same dyad and day may be named two ways
    (an air raid and a drone strike)."""
    if not (a.mode and b.mode) or a.mode == b.mode:
        return True
    return plover("types")[a.event_type]["merge"] == "event" and _dyad(a) == _dyad(b) and a.date == b.date


def _dyad(event: Event) -> tuple[frozenset, frozenset]:
    return frozenset(countries(event.actor)), frozenset(countries(event.recipient))


def _restates(doc: Document, a: Event, b: Event) -> bool:
    """Whether `b`, in a later sentence, restates a statement so far reported only in the headline or lead with
    the same dyad: a news story opens with its main event and then tells it again, often in other words."""
    lead = _summary_end(doc)
    if any(s.start >= lead or s.start >= b.evidence[0].start for s in a.evidence):
        return False
    return bool(a.recipient) and _dyad(a) == _dyad(b)


def _summary_end(doc: Document) -> int:
    """Where the headline and lead paragraphs end (text offset); a paragraph repeating an earlier one (a headline
    printed twice, as title and heading) is not counted."""
    seen: set[str] = set()
    end = 0
    for para in doc.paragraphs:
        words = " ".join(doc.text[para.start:para.end].split())
        if words not in seen:
            seen.add(words)
            end = para.end
        if len(seen) == SUMMARY_PARAGRAPHS:
            break
    return end


def _same_aux(a: Event, b: Event) -> bool:
    """Equal aux; `historical` read off one mention's date also fits an undated mention of the same event."""
    return a.aux == b.aux or ({a.aux, b.aux} == {None, "historical"} and not (a.date_raw and b.date_raw))


def _sentence_gap(doc: Document, a: Span, b: Span) -> int:
    """How many sentences apart two evidence sentences stand."""
    return abs((doc.sentence_index(b.start) or 0) - (doc.sentence_index(a.start) or 0))
