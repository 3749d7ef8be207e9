"""The `events.v1` component: triggers -> frames -> aux -> PLOVER Event records, mentions of one event merged."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .. import languages
from ..document import DateMention, Document, Event, PlaceMention, Span
from ..mentions.dates import date_for
from ..registry import component
from .aux import FUTURE_TYPES, conditional, historical, marked, resolve
from .context import context_index, contexts_for
from .patterns import norm_index, norm_text, normalise
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
#: REQUEST / REJECT mode from the mode of the event asked for, over its type: a call to resign is for change
ASK_BY_MODE = {"resign": "change"}
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
#: how many words may separate two coordinated contents of one governing trigger
CONJUNCT_WORDS = 4
#: how far (norm characters) before a trigger a demonstrative makes it a back-reference ("this call")
ANAPHORA_REACH = 12


@dataclass
class Coded:
    """An event with how it was found: whether its trigger refers back ("this meeting") to an earlier one."""

    event: Event
    trigger: Trigger
    backref: bool = False


@component("events.v1", requires=("actors", "dates", "sentences"), assigns=("events",))
def events_v1() -> Callable[[Document], Document]:
    """Code PLOVER events from lexicon triggers, argument frames, aux markers and context cues."""
    return code_events


def code_events(doc: Document, trace: list[Decision] | None = None) -> Document:
    """Set `doc.events`: one Event per real-world event the document reports; decisions go to `trace` if given."""
    triggers = find_triggers(doc)
    governed = govern(doc, triggers)
    governor = {g: k for k, g in governed.items()} | conjuncts(doc, triggers, governed)
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


def conjuncts(doc: Document, triggers: list[Trigger], governed: dict[int, int]) -> dict[int, int]:
    """Index of each later content coordinated with a governed one -> its governor: "demanded that Turkey stop
    the shelling and withdraw its troops" asks for both; neither is an event of its own."""
    out: dict[int, int] = {}
    taken = set(governed) | set(governed.values())
    for gov, first in governed.items():
        last = first
        for j in range(first + 1, len(triggers)):
            t = triggers[j]
            if j in taken or t.entry.type in GOVERNORS or t.entry.type == "REJECT" \
                    or not _conjoined(doc, triggers[last].end, t.start):
                break
            out[j], last = gov, j
            taken.add(j)
    return out


def _conjoined(doc: Document, end: int, start: int) -> bool:
    """Whether the words between two triggers (at most CONJUNCT_WORDS, no comma or clause break) join them with a
    coordinator, standing alone or fused to the next word (Arabic و: والسماح بإدخال)."""
    mk, norm = markers(doc.lang or ""), norm_text(doc)
    a, b = norm_index(doc, end), norm_index(doc, start)
    gap = norm[a:b].split()
    if len(gap) > CONJUNCT_WORDS or "," in norm[a:b] or "،" in norm[a:b] \
            or (mk.breaks is not None and mk.breaks.search(norm, a, b)):
        return False
    words = coordinators(doc.lang or "")
    return (mk.coord is not None and mk.coord.search(norm, a, b) is not None) or norm.startswith(words, b) \
        or bool(gap and gap[-1].startswith(words))


@lru_cache(maxsize=None)
def coordinators(lang: str) -> tuple[str, ...]:
    """The language's coordinating words (`roles.coordinators`), normalised, without punctuation."""
    spec = ((languages.data(lang, "triggers") or {}).get("roles") or {}).get("coordinators") or []
    return tuple(normalise(w, lang) for w in spec if w.strip(",، "))


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
            asked = ASK_BY_MODE.get(chain[0].entry.mode or "")
            return asked or ASK_MODES.get(inner, "change" if kind == "REQUEST" else None)
        if kind == "THREATEN" and (mode := threat_mode(chain[0])):
            return mode
    if kind in GOVERNORS and markers(doc.lang or "").order != "SOV":
        # what is asked, refused or threatened follows the verb; a refusal may hold the refused request ("rejected
        # the request"), a request's own words never say what it asks
        clause = Span(max(clause.start, trigger.end if kind == "REQUEST" else trigger.start), clause.end)
    return cue_mode(doc, kind, clause)


def governing_clause(doc: Document, parts: list[Span], clause: Span) -> Span:
    """A complement clause with the clause before it, whose planning or hedging words ("is scheduled to", "could")
    govern the complement's verb; any other clause alone."""
    before = next((p for p in parts if p.end == clause.start), None)
    return _with_complement(doc, before, clause) or clause


def with_complement(doc: Document, parts: list[Span], clause: Span) -> Span:
    """The clause and the complement clause right after it ("demanded that Hungary amend the law"), where the
    cue of what is asked, refused or threatened stands."""
    after = next((p for p in parts if p.start == clause.end), None)
    return _with_complement(doc, clause, after) or clause


def _with_complement(doc: Document, head: Span | None, tail: Span | None) -> Span | None:
    """Two adjacent clauses as one span when the second opens with a complementiser (`roles.complementisers`)."""
    regex = markers(doc.lang or "").complement
    if regex is None or head is None or tail is None or not regex.match(norm_text(doc), norm_index(doc, tail.start)):
        return None
    return Span(head.start, tail.end)


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
                      content=[Span(t.start, t.end) for t in chain])
    if not roles.actor and plover("types")[entry.type]["merge"] != "event":
        return f"no coded actor for frame={entry.frame} in the sentence"
    scope = governing_clause(doc, parts[sent], clause)
    aux = "negation" if marked(doc, trigger, clause, "negation") \
        else "future" if marked(doc, trigger, scope, "future") else None
    base = agreed_type(entry.type, chain)
    kind = entry.negated if aux == "negation" and entry.negated else base
    mode = sector_mode(trigger, roles, mode_for(doc, trigger, kind, chain, with_complement(doc, parts[sent], clause)))
    condition = conditional(doc, trigger, sent) or ("inside" if marked(doc, trigger, scope, "modal") else None)
    if chain and chain[0].end <= trigger.start and conditional(doc, chain[0], sent) == "inside":
        condition = None  # warned of action in case of an attack: the condition is the content's, the warning is made
    kind, mode, aux = resolve(base, mode, aux, negated_type=entry.negated, condition=condition,
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


def agreed_type(kind: str, chain: list[Trigger]) -> str:
    """An agreement to retreat or to concede (extend a truce, exchange prisoners) is a CONCEDE, as an announced
    retreat or a future concession is (PLOVER §4.1 F4, F5); any other agreement stays AGREE."""
    if kind == "AGREE" and chain and FUTURE_TYPES.get(chain[0].entry.type) == "CONCEDE":
        return "CONCEDE"
    return kind


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


def merge(doc: Document, coded: list[Coded], trace: list[Decision] | None = None) -> list[Event]:
    """Fold mentions of one event into one record: back-references ("this call") and actorless mentions of a
    happening join the latest event of their type; others join one of the same type, dyad and date."""
    merged: list[Event] = []
    for item in coded:
        event, rule = item.event, item.trigger.entry.id
        same = _antecedent(merged, event) if item.backref or not event.actor else None
        same = same or next((m for m in merged if event.actor and _same_event(doc, m, event)), None)
        if same is None and not event.actor:
            note(trace, doc, item.trigger.start, item.trigger.end, rule, "rejected",
                 f"no coded actor for frame={item.trigger.entry.frame}, and no earlier {event.event_type} to refer to")
            continue
        if same is None:
            merged.append(event)
            note(trace, doc, item.trigger.start, item.trigger.end, rule, "coded", _summary(event))
            continue
        _absorb(same, event)
        why = "refers back to" if item.backref or not event.actor else "same event as"
        note(trace, doc, item.trigger.start, item.trigger.end, rule, "merged", f"{why} {_summary(same)}")
    return merged


def _antecedent(merged: list[Event], event: Event) -> Event | None:
    """The latest earlier event of the same type (what "this call" refers to)."""
    return next((m for m in reversed(merged) if m.event_type == event.event_type), None)


def _absorb(same: Event, event: Event) -> None:
    """Add a mention's evidence to an event; the clearer (more confident) mention leads."""
    leads = event.confidence > same.confidence
    if event.evidence[0] not in same.evidence:
        same.evidence.insert(0 if leads else len(same.evidence), event.evidence[0])
    same.mode = (event.mode or same.mode) if leads else (same.mode or event.mode)
    if not same.recipient and event.recipient and _countries(same.actor) & _countries(event.actor):
        same.recipient = event.recipient  # one mention names the host or target the other left out
    same.confidence = round(min(0.95, max(same.confidence, event.confidence) + 0.05), 2)
    same.context = list(dict.fromkeys(same.context + event.context))


def _countries(mentions: list) -> set[str | None]:
    return {m.country for m in mentions}


def _summary(event: Event) -> str:
    who = lambda ms: ",".join(dict.fromkeys(m.country or "?" for m in ms))  # noqa: E731
    return (f"{event.event_type}/{event.mode or '-'}/{event.aux or '-'} {who(event.actor)}->{who(event.recipient)} "
            f"date={event.date} conf={event.confidence}")


def _same_event(doc: Document, a: Event, b: Event) -> bool:
    if a.event_type != b.event_type:
        return False
    countries = lambda e: {m.country for m in e.actor + e.recipient}  # noqa: E731
    if b.evidence[0] in a.evidence and {m.country for m in a.actor} & {m.country for m in b.actor}:
        return True  # two triggers of one type and actor in one sentence report one act
    if not _same_aux(a, b) or (a.mode and b.mode and a.mode != b.mode) or not countries(a) & countries(b):
        return False
    if a.date_raw and b.date_raw and not (a.date or "").startswith(b.date or "") and not (b.date or "").startswith(a.date or ""):
        return False
    if plover("types")[a.event_type]["merge"] == "statement":
        return _sentence_gap(doc, a.evidence[-1], b.evidence[0]) <= 1 and a.actor[0].country == b.actor[0].country
    return True


def _same_aux(a: Event, b: Event) -> bool:
    """Equal aux; `historical` read off one mention's date also fits an undated mention of the same event."""
    return a.aux == b.aux or ({a.aux, b.aux} == {None, "historical"} and not (a.date_raw and b.date_raw))


def _sentence_gap(doc: Document, a: Span, b: Span) -> int:
    index = {(s.start, s.end): i for i, s in enumerate(doc.sentences)}
    return abs(index.get((b.start, b.end), 0) - index.get((a.start, a.end), 0))
