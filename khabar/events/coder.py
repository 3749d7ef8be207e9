"""The `events.v1` component: triggers -> frames -> aux -> PLOVER Event records, mentions of one event merged."""
from __future__ import annotations

from typing import Any, Callable

from ..document import Document, Event, Span
from ..mentions.dates import date_for
from ..registry import component
from .aux import conditional, historical, marked, resolve
from .context import context_index, contexts_for
from .roles import Roles, clauses, markers, norm_index, norm_text, roles_for, tag_of
from .triggers import Trigger, cue_table, find_triggers, plover

#: types whose trigger takes another event as its content ("asked X to meet", "threatened sanctions")
GOVERNORS = {"REQUEST", "REJECT", "THREATEN", "AGREE"}
#: how many words may separate a governing trigger from the event it governs
GOVERN_WORDS = 10
#: REQUEST / REJECT mode from the type of the event asked for or refused (PLOVER §2.3)
ASK_MODES = {"CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield", "AID": "assist",
             "COOPERATE": "assist", "SUPPORT": "assist"}
#: THREATEN mode from the threatened event (PLOVER §2.3: the mode is the threat's content)
THREAT_MODES = {"SANCTION": "restrict", "ASSAULT": "violence", "COERCE": "arrest", "MOBILIZE": "violence"}
#: COERCE modes that add the context of the same name (PLOVER §4.8)
MODE_CONTEXTS = ("cyber", "misinformation")


@component("events.v1", requires=("actors", "dates", "sentences"), assigns=("events",))
def events_v1() -> Callable[[Document], Document]:
    """Code PLOVER events from lexicon triggers, argument frames, aux markers and context cues."""
    return code_events


def code_events(doc: Document) -> Document:
    """Set `doc.events`: one Event per real-world event the document reports."""
    triggers = find_triggers(doc)
    governed = govern(doc, triggers)
    events, index = [], context_index(doc)
    for i, trigger in enumerate(triggers):
        if i in governed.values():
            continue
        content = next((triggers[g] for k, g in governed.items() if k == i), None)
        event = code_trigger(doc, trigger, content, index)
        if event is not None:
            events.append(event)
    doc.events = merge(doc, events)
    return doc


def sentence_for(doc: Document, offset: int) -> Span:
    return doc.sentence_of(offset) or Span(0, len(doc.text or ""))


def govern(doc: Document, triggers: list[Trigger]) -> dict[int, int]:
    """Map each governing trigger to the event trigger it takes as content (nearest one in its sentence)."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    sov = markers(doc.lang or "").order == "SOV"
    for i, gov in enumerate(triggers):
        if gov.entry.type not in GOVERNORS or i in taken:
            continue
        sent = sentence_for(doc, gov.start)
        best = None
        for j, t in enumerate(triggers):
            if j == i or j in pairs or not (sent.start <= t.start < sent.end) or t.entry.type == gov.entry.type:
                continue
            after = t.start >= gov.end and _words(doc, gov.end, t.start) <= GOVERN_WORDS
            before = sov and t.end <= gov.start and _words(doc, t.end, gov.start) <= GOVERN_WORDS // 2 \
                and not _coordinated(doc, t.end, gov.start)
            if (after or before) and (best is None or abs(t.start - gov.start) < abs(triggers[best].start - gov.start)):
                best = j
        if best is not None and not (gov.entry.type == "AGREE" and triggers[best].entry.type not in ASK_MODES):
            pairs[i] = best
            taken.add(best)
    return pairs


def _words(doc: Document, start: int, end: int) -> int:
    return len((doc.text or "")[start:end].split())


def _coordinated(doc: Document, start: int, end: int) -> bool:
    coord = markers(doc.lang or "").coord
    return coord is not None and coord.search(norm_text(doc), norm_index(doc, start), norm_index(doc, end)) is not None


def mode_for(doc: Document, trigger: Trigger, content: Trigger | None, clause: Span) -> str | None:
    """The entry's mode, else the governed event's, else the first mode cue in the clause."""
    kind = trigger.entry.type
    if trigger.entry.mode:
        return trigger.entry.mode
    if content is not None:
        inner = content.entry.type
        if kind in ("REQUEST", "REJECT"):
            return ASK_MODES.get(inner, "change")
        if kind == "THREATEN":
            return "expel" if content.entry.mode == "expel" else THREAT_MODES.get(inner)
    table = cue_table(doc.lang or "", "triggers", "mode_cues").get(kind, {})
    norm = norm_text(doc)
    span = (norm_index(doc, clause.start), norm_index(doc, clause.end))
    hits = [(m.start(), mode) for mode, regex in table.items() if (m := regex.search(norm, *span))]
    return min(hits)[1] if hits else None


def code_trigger(doc: Document, trigger: Trigger, content: Trigger | None,
                 index: dict[str, list[int]]) -> Event | None:
    """One Event for one trigger, or None when no coded actor is found."""
    entry = trigger.entry
    sent = sentence_for(doc, trigger.start)
    clause = next((c for c in clauses(doc, sent) if c.start <= trigger.start < c.end), sent)
    roles = roles_for(doc, entry.frame, sent, trigger.start, trigger.end)
    if not roles.actor:
        return None
    aux = "negation" if marked(doc, trigger, clause, "negation") else "future" if marked(doc, trigger, clause, "future") else None
    kind, mode, aux = resolve(entry.type, mode_for(doc, trigger, content, clause), aux,
                              negated_type=entry.negated, condition=conditional(doc, trigger, sent))
    when = date_for(doc, trigger.start, trigger.end)
    value = when.value if when else doc.published
    if aux is None and historical(value, doc.published):
        aux = "historical"
    if kind == "CONSULT":
        roles, mode = host_roles(roles, mode)
    context = contexts_for(doc, index, sent, entry.context) + [c for c in MODE_CONTEXTS if c == mode]
    return Event(event_type=kind, actor=roles.actor, recipient=roles.recipient, evidence=[sent], mode=mode,
                 context=list(dict.fromkeys(context)), aux=aux, date=value, date_raw=when.text if when else None,
                 location=location(doc, sent, trigger), confidence=confidence(entry.confidence, kind, roles),
                 coder=f"lexicon:{entry.lang}:{entry.id}:frame={entry.frame}")


def host_roles(roles: Roles, mode: str | None) -> tuple[Roles, str | None]:
    """PLOVER §4.6: with a known host among the parties, the visitor is actor and the host recipient."""
    hosts = {m.country for m in roles.host}
    if not hosts:
        return roles, mode
    visitors = [m for m in roles.actor if m.country not in hosts]
    hosting = [m for m in roles.actor + roles.recipient if m.country in hosts]
    if visitors and hosting:
        return Roles(visitors, hosting, roles.host), "visit" if mode in (None, "visit", "third-party") else mode
    return roles, mode or "third-party"


def confidence(prior: float, kind: str, roles: Roles) -> float:
    """Higher when both arguments are linked; lower when a required recipient is missing."""
    score = prior + (0.15 if roles.recipient else 0.0)
    if plover("types")[kind]["recipient_required"] and not roles.recipient:
        score -= 0.2
    return round(min(max(score, 0.05), 0.95), 2)


def location(doc: Document, sent: Span, trigger: Trigger) -> dict[str, Any] | None:
    """A place mention (doc.meta["places"]) in the trigger's sentence that a locative word attaches to it."""
    for place in doc.meta.get("places", []):
        span = Span(place["start"], place["end"])
        if sent.start <= span.start < sent.end and tag_of(doc, span) == "at":
            return {k: place.get(k) for k in ("text", "name", "country", "geonameid")}
    return None


def merge(doc: Document, events: list[Event]) -> list[Event]:
    """Fold mentions of one event (same type, overlapping dyad, compatible date and mode) into one record."""
    merged: list[Event] = []
    for event in events:
        same = next((m for m in merged if _same_event(doc, m, event)), None)
        if same is None:
            merged.append(event)
            continue
        if event.confidence > same.confidence:
            same.evidence.insert(0, event.evidence[0])
            same.confidence = event.confidence
        elif event.evidence[0] not in same.evidence:
            same.evidence.append(event.evidence[0])
        same.mode = same.mode or event.mode
        same.context = list(dict.fromkeys(same.context + event.context))
    return merged


def _same_event(doc: Document, a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.aux != b.aux or (a.mode and b.mode and a.mode != b.mode):
        return False
    countries = lambda e: {m.country for m in e.actor + e.recipient}  # noqa: E731
    if not countries(a) & countries(b):
        return False
    if a.date_raw and b.date_raw and not (a.date or "").startswith(b.date or "") and not (b.date or "").startswith(a.date or ""):
        return False
    if plover("types")[a.event_type]["merge"] == "statement":
        return _sentence_gap(doc, a.evidence[-1], b.evidence[0]) <= 1 and a.actor[0].country == b.actor[0].country
    return True


def _sentence_gap(doc: Document, a: Span, b: Span) -> int:
    index = {(s.start, s.end): i for i, s in enumerate(doc.sentences)}
    return abs(index.get((b.start, b.end), 0) - index.get((a.start, a.end), 0))

