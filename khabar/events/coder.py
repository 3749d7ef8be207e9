"""The `events.v1` component: triggers -> frames -> aux -> PLOVER Event records, mentions of one event merged."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable

from .. import languages
from ..document import DateMention, Document, Event, PlaceMention, Span
from ..mentions.dates import date_for
from ..registry import component
from .aux import CLAUSE_COMMA, FUTURE_TYPES, aux_markers, bounding, conditional, cued, historical, marked, resolve
from .context import context_index, contexts_for
from .discourse import counterparts
from .merge import RECIPROCAL, Coded, merge
from .patterns import norm_index, norm_text, normalise
from .places import host_roles, location, place_owners
from .quotes import quoted_speaker
from .roles import Roles, clauses, clitic_coordinators, has_possessor, in_topic, markers, roles_for, tag_of
from .trace import Decision, note
from .triggers import Trigger, cue_table, find_triggers, plover

#: types whose trigger takes another event as its content ("asked X to meet", "threatened sanctions")
GOVERNORS = {"REQUEST", "REJECT", "THREATEN", "AGREE"}
#: ACCUSE modes whose trigger takes the conflict right after it (material conflict, quad 4) as its object
#: ("condemned the attack", "concern over the arrests"): what is criticised is no act of the critic, so it codes
#: no event of its own (an allegation keeps its content: "accused X of plotting an attack" is a hypothetical attack)
CRITIC_MODES = {"disapprove"}
#: how many words may separate a governing trigger from the event it governs
GOVERN_WORDS = 10
#: how many words may separate two triggers of one type that name one governed act ("host new peace talks")
SAME_ACT_WORDS = 3
#: REQUEST / REJECT mode from the type of the event asked for or refused (PLOVER §2.3)
ASK_MODES = {"CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield", "AID": "assist",
             "COOPERATE": "assist", "SUPPORT": "assist"}
#: a request about attacks asks to stop them; a denied attack is a refusal with no mode
REQUEST_MODES = {**ASK_MODES, "ASSAULT": "yield"}
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
#: acts against a third party that an agreement decides: "ministers agreed on new sanctions" codes the sanction only
AGREED_ACTS = {"SANCTION"}
#: how many words may stand between a request and the complementiser opening what it asks for (خواسته است که)
COMPLEMENT_WORDS = 2
#: how many words after a conditional marker surely lie in its if-clause (در صورت حمله روسیه, if Russia attacks)
IF_WORDS = 1


@component("events.v1", requires=("actors", "dates", "sentences"), assigns=("events",))
def events_v1() -> Callable[[Document], Document]:
    """Code PLOVER events from lexicon triggers, argument frames, aux markers and context cues."""
    return code_events


def code_events(doc: Document, trace: list[Decision] | None = None) -> Document:
    """Set `doc.events`: one Event per real-world event the document reports; decisions go to `trace` if given."""
    triggers = find_triggers(doc)
    governed = govern(doc, triggers)
    governor = {g: k for k, g in governed.items()}
    asked = requested(doc, triggers)
    governor.update({c: governor[j] for j, c in companions(doc, triggers, governed)})
    coded, index, parts = [], context_index(doc), {}
    moded: dict[str, list[Span]] = {}  # per type, the triggers naming their own mode (عبر الهاتف)
    for t in triggers:
        if t.entry.mode:
            moded.setdefault(t.entry.type, []).append(Span(t.start, t.end))
    owners, places = date_owners(doc, triggers), place_owners(doc, triggers)
    for i, trigger in enumerate(triggers):
        rule = trigger.entry.id
        if i in governor and not criticised_with_actor(doc, triggers[governor[i]], trigger):
            note(trace, doc, trigger.start, trigger.end, rule, "governed",
                 f"content of {triggers[governor[i]].entry.id} (codes its mode)")
            continue
        if trigger.entry.type == "AGREE" and i not in governed and decides_act(doc, triggers, i):
            note(trace, doc, trigger.start, trigger.end, rule, "rejected",
                 "agrees on a sanction: the sanction is the event, not the agreement of those imposing it")
            continue
        if i in asked:
            note(trace, doc, trigger.start, trigger.end, rule, "governed",
                 f"inside what {triggers[asked[i]].entry.id} asks for, not an act")
            continue
        chain = contents(triggers, governed, i)
        inherits = i in governed and trigger.entry.type in GOVERNORS  # what is criticised keeps its date to itself
        dates = [doc.dates[k] for k, j in owners.items() if j == i or (inherits and j == governed[i])]
        place = places.get(i) or (places.get(governed[i]) if i in governed else None)
        found = code_trigger(doc, trigger, chain, index, parts, dates, place, moded)
        if isinstance(found, str) or (found.backref and not any(c.event.event_type == found.event.event_type
                                                                and c.event.actor for c in coded)):
            why = found if isinstance(found, str) else f"refers back (this ...) to no earlier {found.event.event_type}"
            note(trace, doc, trigger.start, trigger.end, rule, "rejected", why)
            continue
        coded.append(found)
        coded += mutual(doc, found, parts)
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


def content_span(doc: Document, trigger: Trigger, tail: bool = True) -> Span:
    """What a request asks for: in an SOV language the rest of its clause (unless the trigger is a `noun`), and
    a complement clause opening right after it (`roles.complementisers`: asked that ..., خواسته است که ...)."""
    mk, sent = markers(doc.lang or ""), sentence_for(doc, trigger.start)
    parts = clauses(doc, sent)
    k = next((k for k, c in enumerate(parts) if c.start <= trigger.start < c.end), len(parts) - 1)
    end = max(parts[k].end, trigger.end) if tail and mk.order == "SOV" and not trigger.entry.noun else trigger.end
    after = parts[k + 1] if k + 1 < len(parts) else None
    if after and opens_complement(doc, after) and _words(doc, trigger.end, after.start) <= COMPLEMENT_WORDS:
        end = after.end
    return Span(trigger.end, end)


def requested(doc: Document, triggers: list[Trigger]) -> dict[int, int]:
    """Index of each event trigger inside what a REQUEST asks for, or an AGREE's که/that complement agrees to,
    -> that trigger's index ("urged X to stop the attacks", "agreed that they would cooperate": content, not
    acts); governing triggers keep their own events."""
    asked: dict[int, int] = {}
    for i, t in enumerate(triggers):
        if t.entry.type not in ("REQUEST", "AGREE"):
            continue
        region = content_span(doc, t, tail=t.entry.type == "REQUEST")
        for j, u in enumerate(triggers):
            if region.start <= u.start < region.end and u.entry.type not in GOVERNORS:
                asked.setdefault(j, i)
    return asked


def decides_act(doc: Document, triggers: list[Trigger], i: int) -> bool:
    """Whether an AGREE trigger agrees on a sanction (AGREED_ACTS) at most GOVERN_WORDS words away in its clause
    ("ministers agreed on new sanctions against X", بر سر اعمال تحریم‌ها به توافق رسیدند)."""
    gov, clause = triggers[i], _clause(doc, triggers[i])
    near = lambda t: _words(doc, *((t.end, gov.start) if t.end <= gov.start else (gov.end, t.start)))  # noqa: E731
    return any(t.entry.type in AGREED_ACTS and clause.start <= t.start < clause.end and near(t) <= GOVERN_WORDS
               for t in triggers)


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
    its content and may be the content of a refusal (as may an offer: rejected an offer of talks)."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    sov = markers(doc.lang or "").order == "SOV"
    kinds = [kind_of(doc, t) if t.entry.type in GOVERNORS else t.entry.type for t in triggers]
    for i, gov in enumerate(triggers):
        critic = kinds[i] == "ACCUSE" and gov.entry.mode in CRITIC_MODES
        if not (kinds[i] in GOVERNORS or critic) or (i in taken and kinds[i] not in ("REQUEST", "AGREE")):
            continue
        sent = sentence_for(doc, gov.start)
        best = None
        for j, t in enumerate(triggers):
            if j == i or not (sent.start <= t.start < sent.end) or kinds[j] in (kinds[i], "REJECT") or j in taken \
                    or (j in pairs and not (kinds[i] == "REJECT" and kinds[j] == "REQUEST")) \
                    or (kinds[i] == "THREATEN" and threat_mode(t) is None) \
                    or (critic and not _criticised(doc, gov, t, kinds[j])) or timed(doc, norm_index(doc, t.start)):
                continue
            reach = GOVERN_WORDS if kinds[j] == "REQUEST" else GOVERN_WORDS // 2  # the refused request is the object
            ahead = GOVERN_WORDS // 2 if gov.entry.noun else GOVERN_WORDS  # a noun's content is its complement
            after = t.start >= gov.end and _words(doc, gov.end, t.start) <= ahead \
                and not (_finite(doc, t) and _coordinated(doc, gov.end, t.start))  # rejected X and called for Y
            before = sov and t.end <= gov.start and _words(doc, t.end, gov.start) <= reach \
                and not _coordinated(doc, t.end, gov.start)
            if (after or before) and (best is None or abs(t.start - gov.start) < abs(triggers[best].start - gov.start)):
                best = j
        if best is not None and not (kinds[i] == "AGREE" and kinds[best] not in ASK_MODES):
            pairs[i] = best
            taken.add(best)
    return pairs


def criticised_with_actor(doc: Document, critic: Trigger, t: Trigger) -> bool:
    """Whether a criticised act names its own actor (condemned Russia's invasion): then it is an event of its own;
    without one (condemned the attack) it is only what is criticised, lest it take the critic as actor."""
    return kind_of(doc, critic) == "ACCUSE" and critic.entry.mode in CRITIC_MODES \
        and has_possessor(doc, sentence_for(doc, t.start), t.start, t.end, t.nominal)


def _criticised(doc: Document, critic: Trigger, t: Trigger, kind: str) -> bool:
    """Whether a trigger is the object of a criticism before it: a material conflict at most GOVERN_WORDS
    words after it, with no comma or coordinator between (`condemned X, and Y arrested ...` is a new act)."""
    if plover("types")[kind]["quad"] != 4 or t.start < critic.end or _words(doc, critic.end, t.start) > GOVERN_WORDS:
        return False
    between = CLAUSE_COMMA.search(norm_text(doc), norm_index(doc, critic.end), norm_index(doc, t.start))
    return not (between or _coordinated(doc, critic.end, t.start) or _fused(doc, critic.end, t.start))


def companions(doc: Document, triggers: list[Trigger], governed: dict[int, int]) -> list[tuple[int, int]]:
    """(content, companion) pairs: a trigger coordinated with a governed content, or naming the same act right
    after it, in its clause and with no subject of its own, is content too ("demanded that Ankara stop its attacks
    and withdraw its forces", "offered to host talks")."""
    pairs = []
    for j in sorted(governed.values()):
        last = j
        for k in range(j + 1, len(triggers)):
            if triggers[k].entry.type in GOVERNORS or k in governed or k in governed.values() \
                    or not _joined(doc, triggers[last], triggers[k]):
                break
            pairs.append((j, k))
            last = k
    return pairs


def _joined(doc: Document, a: Trigger, b: Trigger) -> bool:
    """Whether trigger b follows a in one clause, within GOVERN_WORDS, after a coordinator with no mention between,
    and is no finite verb (`finite_endings`: "rejected the criticism and accused ..." is a new predicate)."""
    if _words(doc, a.end, b.start) > GOVERN_WORDS or _clause(doc, a) != _clause(doc, b) or _finite(doc, b) \
            or CLAUSE_COMMA.search(norm_text(doc), norm_index(doc, a.end), norm_index(doc, b.start)):
        return False  # after a comma a new verb may open its own clause with its own subject (VSO)
    coord = markers(doc.lang or "").coord
    hits = list(coord.finditer(norm_text(doc), norm_index(doc, a.end), norm_index(doc, b.start))) if coord else []
    if hits:
        after = doc.norm_to_text(hits[-1].end(), hits[-1].end())[0]
    elif _fused(doc, a.end, b.start):
        after = b.start
    elif a.entry.type == b.entry.type and _words(doc, a.end, b.start) <= SAME_ACT_WORDS:
        after = a.end  # one act named twice: "offered to host new peace talks"
    else:
        return False
    return not any(after <= m.start < b.start for m in doc.actors)


def _fused(doc: Document, end: int, start: int) -> bool:
    """Whether a coordinator fused to a word (Arabic و: والسماح بإدخال) joins two triggers at most CONJUNCT_WORDS
    apart: it opens the second trigger or the word right before it."""
    norm, words = norm_text(doc), clitic_coordinators(doc.lang or "")
    a, b = norm_index(doc, end), norm_index(doc, start)
    gap = norm[a:b].split()
    return bool(words) and len(gap) <= CONJUNCT_WORDS and (norm.startswith(words, b) or bool(gap and gap[-1].startswith(words)))


def _finite(doc: Document, trigger: Trigger) -> bool:
    """Whether the trigger's first word ends like a finite verb (`finite_endings`), or like a present-tense one
    (`finite_present`) with an object right after it: a mention or a determiner ("and accuses Israel")."""
    words = (doc.text or "")[trigger.start:trigger.end].split()
    endings, present, determiners = finite_endings(doc.lang or "")
    if not words:
        return False
    first = words[0].lower()
    if endings and first.endswith(endings):
        return True
    if not (present and first.endswith(present)):
        return False
    text = doc.text or ""
    if any(m.start >= trigger.end and not text[trigger.end:m.start].strip() for m in doc.actors):
        return True
    nxt = text[trigger.end:trigger.end + 40].split()[:1]
    return bool(nxt) and nxt[0].lower() in determiners


@lru_cache(maxsize=None)
def finite_endings(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """Word endings of a finite verb (triggers.yaml `finite_endings`, e.g. English `ed`), of a present-tense one
    and the determiners that may open its object (`finite_present`); empty when unset."""
    data = languages.data(lang, "triggers") or {}
    present = data.get("finite_present") or {}
    return (tuple(str(e) for e in data.get("finite_endings") or ()), tuple(str(e) for e in present.get("endings") or ()),
            frozenset(str(w).lower() for w in present.get("before") or ()))


def _words(doc: Document, start: int, end: int) -> int:
    return len((doc.text or "")[start:end].split())


def _coordinated(doc: Document, start: int, end: int) -> bool:
    coord = markers(doc.lang or "").coord
    return coord is not None and coord.search(norm_text(doc), norm_index(doc, start), norm_index(doc, end)) is not None


def mode_for(doc: Document, trigger: Trigger, kind: str, chain: list[Trigger], clause: Span,
             moded: dict[str, list[Span]] | None = None) -> str | None:
    """The entry's mode (for its own type), else the governed event's, else the first mode cue in the clause,
    else in the rest of the sentence (`warned that any attack would ...`); a cue inside another trigger of the same
    type that names its own mode (`moded`, per type: spoke by phone in July, met in Bali in November) is that
    trigger's, not this one's."""
    if kind == trigger.entry.type and trigger.entry.mode:
        return trigger.entry.mode
    if chain and chain[0].entry.type == "AGREE" and len(chain) > 1:
        chain = chain[1:]  # an offer of talks refused: the mode is what was offered
    if chain:
        inner = chain[0].entry.type
        if kind == "REJECT" and inner == "REQUEST":
            return mode_for(doc, chain[0], inner, chain[1:], clause) or "change"  # demands are for change unless said
        if kind == "REQUEST":
            return chain[0].entry.ask_mode or REQUEST_MODES.get(inner, "change")
        if kind == "REJECT":
            return chain[0].entry.ask_mode or ASK_MODES.get(inner)
        if kind == "THREATEN" and not if_clause(doc, chain[0].start, clause) and (mode := threat_mode(chain[0])):
            return mode  # warned of action in case of an attack: the attack is the condition, not the threat
    if kind in ("REQUEST", "THREATEN"):  # what is asked or threatened may follow in a complement (warned that ...)
        clause = Span(clause.start, max(clause.end, content_span(doc, trigger).end))
    if kind in GOVERNORS and markers(doc.lang or "").order != "SOV":
        # what is asked, refused or threatened follows the verb; a refusal may hold the refused request ("rejected
        # the request"), a request's own words never say what it asks
        clause = Span(max(clause.start, trigger.end if kind == "REQUEST" else trigger.start), clause.end)
    others = [s for s in (moded or {}).get(kind, []) if (s.start, s.end) != (trigger.start, trigger.end)]
    return near_cue_mode(doc, kind, trigger, clause, others)


def near_cue_mode(doc: Document, kind: str, trigger: Trigger, clause: Span, others: list[Span] = ()) -> str | None:
    """The first mode cue in the trigger's clause, else in the rest of its sentence, outside the `others` spans."""
    sent = sentence_for(doc, trigger.start)
    return cue_mode(doc, kind, clause, others) or cue_mode(doc, kind, Span(trigger.end, max(trigger.end, sent.end)), others)


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
    """Two adjacent clauses as one span when the second opens with a complementiser."""
    if head is None or tail is None or not opens_complement(doc, tail):
        return None
    return Span(head.start, tail.end)


def opens_complement(doc: Document, clause: Span) -> bool:
    """Whether a clause opens with a complementiser (`roles.complementisers`: that, که, أن)."""
    regex = markers(doc.lang or "").complement
    return regex is not None and regex.match(norm_text(doc), norm_index(doc, clause.start)) is not None


def threat_mode(content: Trigger) -> str | None:
    """What a threat threatens: the content entry's `threat_mode`, else its type's default."""
    entry = content.entry
    return entry.threat_mode or ("expel" if entry.mode == "expel" else THREAT_MODES.get(entry.type))


def sector_mode(trigger: Trigger, roles: Roles, mode: str | None) -> str | None:
    """The entry's `sector_modes` mode for its actor's sector (a militia mobilising), else `mode`."""
    table = dict(trigger.entry.sector_modes)
    return next((table[m.sector] for m in roles.actor if m.sector in table), mode)


def cue_mode(doc: Document, kind: str, clause: Span, others: list[Span] = ()) -> str | None:
    """The mode whose cue (`mode_cues` in triggers.yaml) comes first in the clause, skipping cues that name a
    time or setting (`roles.timing`: before the meeting) and cues inside the `others` spans (norm offsets of text
    spans: other triggers' own words)."""
    table = cue_table(doc.lang or "", "triggers", "mode_cues").get(kind, {})
    norm = norm_text(doc)
    span = (norm_index(doc, clause.start), norm_index(doc, clause.end))
    hits = [(m.start(), mode) for mode, regex in table.items() for m in regex.finditer(norm, *span)
            if not timed(doc, m.start()) and not any(norm_index(doc, o.start) <= m.start() < norm_index(doc, o.end)
                                                     for o in others)]
    return min((h for h in hits if not _in_if_clause(doc, h[0], span[0])), default=(0, None))[1]


def timed(doc: Document, at: int) -> bool:
    """Whether a timing word (`roles.timing`: before the, پیش از, قبل) ends right before norm offset `at`: what
    stands there is a time or setting, not the content of a request, refusal or threat."""
    timing = markers(doc.lang or "").timing
    return timing is not None and timing.search(norm_text(doc), max(0, at - 40), at) is not None


def if_clause(doc: Document, offset: int, clause: Span) -> bool:
    """Whether a text offset lies in an if-clause opened in `clause` (`در صورت حمله`, "if Russia attacks"): what
    stands there is a condition, not the content of a threat or request."""
    return _in_if_clause(doc, norm_index(doc, offset), norm_index(doc, clause.start))


def _in_if_clause(doc: Document, at: int, floor: int) -> bool:
    """Whether a conditional marker (aux.yaml `hypothetical`) stands at most IF_WORDS words before norm offset
    `at`, after `floor`, with no comma between."""
    regex = aux_markers(doc.lang or "").before.get("hypothetical")
    norm = norm_text(doc)
    marks = list(regex.finditer(norm, floor, at)) if regex is not None and at > floor else []
    return bool(marks) and len(norm[marks[-1].end():at].split()) <= IF_WORDS \
        and not CLAUSE_COMMA.search(norm, marks[-1].end(), at)


def code_trigger(doc: Document, trigger: Trigger, chain: list[Trigger], index: dict[str, list[int]],
                 parts: dict[Span, list[Span]], dates: list[DateMention], place: PlaceMention | None = None,
                 moded: dict[str, list[Span]] | None = None) -> Coded | str:
    """One event for one trigger, or the reason none was coded."""
    entry = trigger.entry
    sent = sentence_for(doc, trigger.start)
    if sent not in parts:
        parts[sent] = clauses(doc, sent)
    clause = next((c for c in parts[sent] if c.start <= trigger.start < c.end), sent)
    if entry.type in TOPIC_TYPES and in_topic(doc, clause, trigger.start, TOPIC_WORDS) \
            or after_topic_word(doc, clause, trigger.start):
        return "a topic (after a topic word), not an act"
    roles = roles_for(doc, entry.frame, sent, trigger.start, trigger.end, parts[sent], prefer=entry.recipient,
                      agents=entry.agents, patients=entry.patients, content=[Span(t.start, t.end) for t in chain],
                      nominal=trigger.nominal,
                      statement=plover("types")[entry.type]["merge"] == "statement", consequence=entry.consequence,
                      speaker=quoted_speaker(doc, sent.start, trigger.start, trigger.end))
    if not roles.actor and plover("types")[entry.type]["merge"] != "event":
        return f"no coded actor for frame={entry.frame} in the sentence"
    when = event_date(doc, trigger, clause, sent, dates)
    scope = governing_clause(doc, parts[sent], clause)
    aux = "negation" if marked(doc, trigger, clause, "negation") else "future" if marked(doc, trigger, scope, "future") \
        or planned(entry.type, when, clause, doc.published) else None
    base = agreed_type(entry.type, chain)
    kind = entry.negated if aux == "negation" and entry.negated else base
    mode = sector_mode(trigger, roles, mode_for(doc, trigger, kind, chain, with_complement(doc, parts[sent], clause), moded))
    hedged = entry.type != "THREATEN" and marked(doc, trigger, scope, "modal")  # "any attack would be war" is a threat made
    condition = conditional(doc, trigger, sent) or ("inside" if hedged else None)
    if chain and chain[0].end <= trigger.start and conditional(doc, chain[0], sent) == "inside":
        condition = None  # warned of action in case of an attack: the condition is the content's, the warning is made
    kind, mode, aux = resolve(base, mode, aux, negated_type=entry.negated, condition=condition,
                              threat=threat_mode(trigger))
    if aux in ("future", "hypothetical") and when and historical(when.value, doc.published):
        when = None  # a possible or planned act is not dated by a past date near it (the 2014 sanctions)
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
    return Coded(event, trigger, refers_back(doc, trigger), cued(doc, scope, "clause"))


#: how many words from its trigger a `reciprocal` marker may stand (رد و بدل after هشدارها را, each other)
RECIPROCAL_WORDS = 5


def mutual(doc: Document, found: Coded, parts: dict[Span, list[Span]]) -> list[Coded]:
    """A statement two parties make to each other (`traded accusations`, `هشدارها را رد و بدل کردند`, `تبادلا
    الاتهامات`: roles `reciprocal` next to the trigger): one event each way, the second returned. A physical
    exchange (fire, prisoners, information) stays one event of both (PLOVER: compound actors)."""
    event, regex = found.event, markers(found.trigger.entry.lang).reciprocal
    sides = list(dict.fromkeys(a.country for a in event.actor))
    if regex is None or event.recipient or len(sides) != 2 or found.trigger.entry.frame != "directed" \
            or plover("types")[event.event_type]["merge"] != "statement":
        return []
    sent = sentence_for(doc, found.trigger.start)
    clause = next((c for c in parts.get(sent, [sent]) if c.start <= found.trigger.start < c.end), sent)
    start, end = norm_index(doc, found.trigger.start), norm_index(doc, found.trigger.end)
    if not any(_next_to(doc, m.start(), m.end(), start, end)
               for m in regex.finditer(norm_text(doc), norm_index(doc, clause.start), norm_index(doc, clause.end))):
        return []
    first, second = ([a for a in event.actor if a.country == side] for side in sides)
    event.actor, event.recipient, event.coder = first, second, event.coder + RECIPROCAL
    return [replace(found, event=replace(event, actor=second, recipient=first, evidence=list(event.evidence),
                                         context=list(event.context)))]


def _next_to(doc: Document, a: int, b: int, start: int, end: int) -> bool:
    """Whether norm span [a, b) stands within RECIPROCAL_WORDS words of [start, end) with no coordinator between
    (`اتهامات را رد و بدل و از میانجی استقبال کردند`: the exchange is of accusations, not of the welcome)."""
    gap = norm_text(doc)[b:start] if b <= start else norm_text(doc)[end:a] if a >= end else ""
    coord = markers(doc.lang or "").coord
    return len(gap.split()) <= RECIPROCAL_WORDS and not (coord and any(coord.fullmatch(w) for w in gap.split()))


def after_topic_word(doc: Document, clause: Span, start: int) -> bool:
    """Whether a topic word (`roles.about`) ends right before `start`: "the issue of cyber attacks" (قضايا الهجمات)
    names a subject discussed, of any type, not an act."""
    regex = markers(doc.lang or "").topic
    if regex is None:
        return False
    text = doc.text or ""
    begin = max(clause.start, text.rfind(" ", clause.start, max(start - 1, clause.start)))
    return regex.search(norm_text(doc), norm_index(doc, begin), norm_index(doc, start)) is not None


def planned(event_type: str, when: DateMention | None, clause: Span, published: str | None) -> bool:
    """Whether a meeting is dated, in its own clause, after publication: planned, not held (PLOVER F2)."""
    return bool(event_type == "CONSULT" and when and published and clause.start <= when.start < clause.end
                and when.value[:len(published)] > published)


def agreed_type(kind: str, chain: list[Trigger]) -> str:
    """An agreement to retreat or to concede (extend a truce, exchange prisoners) is a CONCEDE, as an announced
    retreat or a future concession is (PLOVER §4.1 F4, F5); any other agreement stays AGREE."""
    if kind == "AGREE" and chain and FUTURE_TYPES.get(chain[0].entry.type) == "CONCEDE":
        return "CONCEDE"
    return kind


def date_owners(doc: Document, triggers: list[Trigger]) -> dict[int, int]:
    """Index of each date expression -> index of its trigger, the nearest in its sentence (a date dates one event);
    a date bounding a period (`historical.since`: "first talks since November") dates none, unless it modifies
    the trigger right after it ("since last month's fighting")."""
    owners = {}
    for k, d in enumerate(doc.dates):
        sent = sentence_for(doc, d.start)
        if bounding(doc, d) and not any(0 <= t.start - d.end <= MODIFIER_REACH for t in triggers):
            continue
        near = [(_gap(doc, d, t), i) for i, t in enumerate(triggers) if sent.start <= t.start < sent.end]
        if near:
            owners[k] = min(near)[1]
    return owners


#: how many characters may separate a date from the trigger noun it modifies ("last month's fighting")
MODIFIER_REACH = 3
#: how much farther a trigger before a date counts when the date is an adverbial (after `at`: در ۹ مارس) of an
#: SOV language, which stands before its verb; a bare date after a noun (تحریم‌های ۲۰۱۴) dates that noun
SOV_BEFORE = 4
#: how much farther still a trigger counts when only a coordinator separates it from the date before it
COORDINATED = 8
#: how much farther a trigger after a date counts in a verb-first or verb-second language, where a date adverbial
#: follows its verb phrase ("held talks with Xi on Tuesday to address concerns": the talks, not the concerns)
VO_AFTER = 4


def _gap(doc: Document, d: DateMention, t: Trigger) -> int:
    sov = markers(doc.lang or "").order == "SOV"
    if d.end <= t.start:
        gap = (t.start - d.end) * (1 if sov else VO_AFTER)
        return gap * COORDINATED if _conjoined(doc, d.end, t.start) else gap
    adverbial = sov and tag_of(doc, d) == "at"
    return max(0, d.start - t.end) * (SOV_BEFORE if adverbial else 1)


def _conjoined(doc: Document, end: int, start: int) -> bool:
    """Whether only a coordinating word (`and`, `و`, also fused: `وعقدا`) stands between a date and the trigger
    after it: the date closes the verb phrase before (met in Bali in 2022 and held a summit ...)."""
    norm, a, b, lang = norm_text(doc), norm_index(doc, end), norm_index(doc, start), doc.lang or ""
    between = norm[a:b].strip().lower()
    return between in coordinator_words(lang) or (not between and norm.startswith(clitic_coordinators(lang), b))


@lru_cache(maxsize=None)
def coordinator_words(lang: str) -> frozenset[str]:
    """The coordinating words of `roles.coordinators` (not the commas), normalised and lower-cased."""
    words = ((languages.data(lang, "triggers") or {}).get("roles") or {}).get("coordinators") or ()
    return frozenset(normalise(str(w), lang).lower() for w in words if str(w).isalpha())


def event_date(doc: Document, trigger: Trigger, clause: Span, sent: Span, owned: list[DateMention]) -> DateMention | None:
    """The trigger's own date: the nearest it owns, in its clause first; None (publication date) when its
    sentence's dates all belong to other events; else the time an anaphoric cue refers to (`reference`), else the
    date governing the sentence or paragraph. A date bounding a period ("since November") dates nothing."""
    if owned:
        inside = [d for d in owned if clause.start <= d.start and d.end <= clause.end] or owned
        return min(inside, key=lambda d: _gap(doc, d, trigger))
    if any(sent.start <= d.start < sent.end for d in doc.dates):
        return None
    found = referred(doc, sent) or date_for(doc, trigger.start, trigger.end)
    return None if found is None or bounding(doc, found) else found


def referred(doc: Document, sent: Span) -> DateMention | None:
    """The time an anaphoric cue in the sentence refers to: the last date before it in the article ("at the end
    of that war", "در آن زمان"); after `later` cues ("after this meeting") that date's month, when it is background
    (after a recent date, the act is dated as any undated act is)."""
    later = cued(doc, sent, "later")
    if not (later or cued(doc, sent, "reference")):
        return None
    before = [d for d in doc.dates if d.end <= sent.start and not bounding(doc, d)]
    last = max(before, key=lambda d: d.start, default=None)
    if last is None or not later:
        return last
    return replace(last, value=last.value[:7]) if historical(last.value, doc.published) else None


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
