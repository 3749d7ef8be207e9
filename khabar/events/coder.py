"""The `events.v1` component: triggers -> frames -> aux -> PLOVER Event records, mentions of one event merged."""
from __future__ import annotations

from typing import Callable

from ..document import DateMention, Document, Event, PlaceMention, Span
from ..mentions.dates import date_for
from ..registry import component
from .aux import conditional, historical, marked, resolve
from .context import context_index, contexts_for
from .discourse import counterparts
from .merge import Coded, merge
from .patterns import norm_index, norm_text
from .places import host_roles, location, place_owners
from .roles import Roles, clauses, in_topic, markers, roles_for
from .trace import Decision, note
from .triggers import Trigger, cue_table, find_triggers, plover

#: types whose trigger takes another event as its content ("asked X to meet", "threatened sanctions")
GOVERNORS = {"REQUEST", "REJECT", "THREATEN", "AGREE"}
#: how many words may separate a governing trigger from the event it governs
GOVERN_WORDS = 10
#: REQUEST / REJECT mode from the type of the event asked for or refused (PLOVER §2.3)
ASK_MODES = {"CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield", "AID": "assist",
             "COOPERATE": "assist", "SUPPORT": "assist"}
#: THREATEN mode from the threatened event's type when its entry names no `threat_mode` (PLOVER §2.3)
THREAT_MODES = {"SANCTION": "restrict", "ASSAULT": "violence", "COERCE": "arrest", "MOBILIZE": "violence"}
#: confidence lost by a trigger that is only part of its actor's name ("protesters" in "Indonesian protesters")
NAMED_TRIGGER = 0.1
#: COERCE modes that add the context of the same name (PLOVER §4.8)
MODE_CONTEXTS = ("cyber", "misinformation")
#: types whose trigger noun after a topic word is a subject discussed ("talks on cooperation"), not an act
TOPIC_TYPES = {"COOPERATE", "AID"}
#: how many words before such a trigger a topic word may stand
TOPIC_WORDS = 5
#: how far (norm characters) before a trigger a demonstrative makes it a back-reference ("this call")
ANAPHORA_REACH = 12


@component("events.v1", requires=("actors", "dates", "sentences"), assigns=("events",))
def events_v1() -> Callable[[Document], Document]:
    """Code PLOVER events from lexicon triggers, argument frames, aux markers and context cues."""
    return code_events


def code_events(doc: Document, trace: list[Decision] | None = None) -> Document:
    """Set `doc.events`: one Event per real-world event the document reports; decisions go to `trace` if given."""
    triggers = find_triggers(doc)
    governed = govern(doc, triggers)
    governor = {g: k for k, g in governed.items()}
    coded, index, parts = [], context_index(doc), {}
    owners, places = date_owners(doc, triggers), place_owners(doc, triggers)
    for i, trigger in enumerate(triggers):
        rule = trigger.entry.id
        if i in governor:
            note(trace, doc, trigger.start, trigger.end, rule, "governed",
                 f"content of {triggers[governor[i]].entry.id} (codes its mode)")
            continue
        chain = contents(triggers, governed, i)
        dates = [doc.dates[k] for k, j in owners.items() if j == i or (i in governed and j == governed[i])]
        place = places.get(i) or (places.get(governed[i]) if i in governed else None)
        found = code_trigger(doc, trigger, chain, index, parts, dates, place)
        if isinstance(found, str):
            note(trace, doc, trigger.start, trigger.end, rule, "rejected", found)
            continue
        coded.append(found)
    counterparts(doc, coded)
    doc.events = merge(doc, coded, trace)
    return doc


def sentence_for(doc: Document, offset: int) -> Span:
    return doc.sentence_of(offset) or Span(0, len(doc.text or ""))


def contents(triggers: list[Trigger], governed: dict[int, int], i: int) -> list[Trigger]:
    """The chain of contents below a governing trigger: REJECT -> REQUEST -> what was requested."""
    chain: list[Trigger] = []
    while i in governed and len(chain) < len(triggers):
        i = governed[i]
        chain.append(triggers[i])
    return chain


def kind_of(doc: Document, trigger: Trigger) -> str:
    """The type a trigger codes as before aux rules: its entry's `negated` type when negated (did not accept)."""
    entry = trigger.entry
    if entry.negated and marked(doc, trigger, _clause(doc, trigger), "negation"):
        return entry.negated
    return entry.type


def _clause(doc: Document, trigger: Trigger) -> Span:
    sent = sentence_for(doc, trigger.start)
    return next((c for c in clauses(doc, sent) if c.start <= trigger.start < c.end), sent)


def govern(doc: Document, triggers: list[Trigger]) -> dict[int, int]:
    """Map each governing trigger to the event trigger it takes as content (nearest one in its sentence); a
    refusal is never content (the request noun does not swallow `did not accept`), and a REQUEST both governs
    its content and may be the content of a refusal."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    sov = markers(doc.lang or "").order == "SOV"
    kinds = [kind_of(doc, t) if t.entry.type in GOVERNORS else t.entry.type for t in triggers]
    for i, gov in enumerate(triggers):
        if kinds[i] not in GOVERNORS or (i in taken and kinds[i] != "REQUEST"):
            continue
        sent = sentence_for(doc, gov.start)
        best = None
        for j, t in enumerate(triggers):
            if j == i or not (sent.start <= t.start < sent.end) or kinds[j] in (kinds[i], "REJECT") or j in taken \
                    or (j in pairs and not (kinds[i] == "REJECT" and kinds[j] == "REQUEST")):
                continue
            reach = GOVERN_WORDS if kinds[j] == "REQUEST" else GOVERN_WORDS // 2  # the refused request is the object
            after = t.start >= gov.end and _words(doc, gov.end, t.start) <= GOVERN_WORDS
            before = sov and t.end <= gov.start and _words(doc, t.end, gov.start) <= reach \
                and not _coordinated(doc, t.end, gov.start)
            if (after or before) and (best is None or abs(t.start - gov.start) < abs(triggers[best].start - gov.start)):
                best = j
        if best is not None and not (kinds[i] == "AGREE" and kinds[best] not in ASK_MODES):
            pairs[i] = best
            taken.add(best)
    return pairs


def _words(doc: Document, start: int, end: int) -> int:
    return len((doc.text or "")[start:end].split())


def _coordinated(doc: Document, start: int, end: int) -> bool:
    coord = markers(doc.lang or "").coord
    return coord is not None and coord.search(norm_text(doc), norm_index(doc, start), norm_index(doc, end)) is not None


def mode_for(doc: Document, trigger: Trigger, kind: str, chain: list[Trigger], clause: Span) -> str | None:
    """The entry's mode (for its own type), else the governed event's, else the first mode cue in the clause."""
    if kind == trigger.entry.type and trigger.entry.mode:
        return trigger.entry.mode
    if chain:
        inner = chain[0].entry.type
        if kind == "REJECT" and inner == "REQUEST":
            return mode_for(doc, chain[0], inner, chain[1:], clause) or "change"  # demands are for change unless said
        if kind in ("REQUEST", "REJECT"):
            return ASK_MODES.get(inner, "change" if kind == "REQUEST" else None)
        if kind == "THREATEN" and (mode := threat_mode(chain[0])):
            return mode
    return cue_mode(doc, kind, clause)


def threat_mode(content: Trigger) -> str | None:
    """What a threat threatens: the content entry's `threat_mode`, else its type's default."""
    entry = content.entry
    return entry.threat_mode or ("expel" if entry.mode == "expel" else THREAT_MODES.get(entry.type))


def sector_mode(trigger: Trigger, roles: Roles, mode: str | None) -> str | None:
    """The entry's `sector_modes` mode for its actor's sector (a militia mobilising), else `mode`."""
    table = dict(trigger.entry.sector_modes)
    return next((table[m.sector] for m in roles.actor if m.sector in table), mode)


def cue_mode(doc: Document, kind: str, clause: Span) -> str | None:
    """The mode whose cue (`mode_cues` in triggers.yaml) comes first in the clause."""
    table = cue_table(doc.lang or "", "triggers", "mode_cues").get(kind, {})
    norm = norm_text(doc)
    span = (norm_index(doc, clause.start), norm_index(doc, clause.end))
    hits = [(m.start(), mode) for mode, regex in table.items() if (m := regex.search(norm, *span))]
    return min(hits)[1] if hits else None


def code_trigger(doc: Document, trigger: Trigger, chain: list[Trigger], index: dict[str, list[int]],
                 parts: dict[Span, list[Span]], dates: list[DateMention], place: PlaceMention | None = None) -> Coded | str:
    """One event for one trigger, or the reason none was coded."""
    entry = trigger.entry
    sent = sentence_for(doc, trigger.start)
    if sent not in parts:
        parts[sent] = clauses(doc, sent)
    clause = next((c for c in parts[sent] if c.start <= trigger.start < c.end), sent)
    if entry.type in TOPIC_TYPES and in_topic(doc, clause, trigger.start, TOPIC_WORDS):
        return "a topic (after a topic word), not an act"
    roles = roles_for(doc, entry.frame, sent, trigger.start, trigger.end, parts[sent], prefer=entry.recipient,
                      content=[Span(t.start, t.end) for t in chain], nominal=trigger.nominal)
    if not roles.actor and plover("types")[entry.type]["merge"] != "event":
        return f"no coded actor for frame={entry.frame} in the sentence"
    aux = "negation" if marked(doc, trigger, clause, "negation") else "future" if marked(doc, trigger, clause, "future") else None
    kind = entry.negated if aux == "negation" and entry.negated else entry.type
    mode = sector_mode(trigger, roles, mode_for(doc, trigger, kind, chain, clause))
    condition = conditional(doc, trigger, sent) or ("inside" if marked(doc, trigger, clause, "modal") else None)
    if chain and chain[0].end <= trigger.start and conditional(doc, chain[0], sent) == "inside":
        condition = None  # warned of action in case of an attack: the condition is the content's, the warning is made
    kind, mode, aux = resolve(entry.type, mode, aux, negated_type=entry.negated, condition=condition,
                              threat=threat_mode(trigger))
    when = event_date(doc, trigger, clause, sent, dates)
    value = when.value if when else doc.published
    if aux != "future" and doc.published and value and value[:len(doc.published)] > doc.published:
        value = doc.published  # a present act about a later date (a visit planned for May) is dated when announced
    if aux is None and historical(value, doc.published):
        aux = "historical"
    if kind == "CONSULT":
        roles, mode = host_roles(roles, mode, place)
    context = contexts_for(doc, index, sent, entry.context) + [c for c in MODE_CONTEXTS if c == mode]
    own = any(clause.start <= m.start < clause.end for m in roles.actor)
    named = any(m.start <= trigger.start and trigger.end <= m.end for m in roles.actor)
    event = Event(event_type=kind, actor=roles.actor, recipient=roles.recipient, evidence=[sent], mode=mode,
                  context=list(dict.fromkeys(context)), aux=aux, date=value, date_raw=when.text if when else None,
                  location=location(place),
                  confidence=confidence(entry.confidence - (NAMED_TRIGGER if named else 0.0), kind, roles, own),
                  coder=f"lexicon:{entry.lang}:{entry.id}:frame={entry.frame}")
    return Coded(event, trigger, refers_back(doc, trigger))


def date_owners(doc: Document, triggers: list[Trigger]) -> dict[int, int]:
    """Index of each date expression -> index of its trigger, the nearest in its sentence (a date dates one event)."""
    owners = {}
    for k, d in enumerate(doc.dates):
        sent = sentence_for(doc, d.start)
        near = [(_gap(d, t), i) for i, t in enumerate(triggers) if sent.start <= t.start < sent.end]
        if near:
            owners[k] = min(near)[1]
    return owners


def _gap(d: DateMention, t: Trigger) -> int:
    return t.start - d.end if d.end <= t.start else max(0, d.start - t.end)


def event_date(doc: Document, trigger: Trigger, clause: Span, sent: Span, owned: list[DateMention]) -> DateMention | None:
    """The trigger's own date: the nearest it owns, in its clause first; None (publication date) when its
    sentence's dates all belong to other events; else the date governing the sentence or paragraph."""
    if owned:
        inside = [d for d in owned if clause.start <= d.start and d.end <= clause.end] or owned
        return min(inside, key=lambda d: _gap(d, trigger))
    if any(sent.start <= d.start < sent.end for d in doc.dates):
        return None
    return date_for(doc, trigger.start, trigger.end)


def refers_back(doc: Document, trigger: Trigger) -> bool:
    """Whether a demonstrative (`roles.anaphora`: "this", "این", "هذه") stands right before the trigger."""
    regex = markers(doc.lang or "").anaphora
    if regex is None:
        return False
    ns = norm_index(doc, trigger.start)
    return regex.search(norm_text(doc)[max(0, ns - ANAPHORA_REACH):ns]) is not None


def confidence(prior: float, kind: str, roles: Roles, own_clause: bool = True) -> float:
    """The entry's prior, higher when the actor sits in the trigger's clause and a recipient is linked,
    lower when the actor was borrowed from an earlier clause or a required recipient is missing."""
    score = prior + (0.1 if own_clause else -0.1) + (0.15 if roles.recipient else 0.0)
    if plover("types")[kind]["recipient_required"] and not roles.recipient:
        score -= 0.2
    return round(min(max(score, 0.05), 0.95), 2)
