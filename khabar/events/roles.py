"""Argument frames without a parser: actor and recipient from mention positions and function words.

Each language's `roles` key in triggers.yaml names its basic word order (SOV, SVO, VSO) and the function words
that mark a mention (`with`, `to`, `from`, `by`, `at`, postposed `object`), coordinators and clause breaks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import languages
from ..document import ActorMention, Document, Span
from .patterns import Compiler, norm_index, norm_text, normalise, per_document

#: function words that tag a mention; `about` marks a topic ("talks about Ukraine"), which takes no role
MARKS = ("with", "to", "from", "by", "at", "about")
#: how far back (characters of norm) a preposition may sit before its mention
LOOKBACK = 30
#: how many words may separate a trigger from a `by`/`at` mention read as its recipient (abuses by X, coup in X)
NEAR_WORDS = 2
#: how many `modifiers` (تهاجم دیگر روسیه, الغارة الجوية التركية) may separate an event noun from its possessor
MODIFIER_WORDS = 2
#: how many words may separate an event noun (or its possessor) from its target or `by` agent after it
TARGET_WORDS = 4
#: how many words may separate a summons from the place it was made in (summoned to the foreign ministry in Tehran)
HOST_WORDS = 6
#: how far (norm characters) before and after a trigger a passive auxiliary may stand (has been criticised, محکوم شد)
PASSIVE_REACH = (12, 8)
#: how many words (the pronoun, an auxiliary, a negation) may open a relative clause before its verb
RELATIVE_WORDS = 3
#: how many words (a participle and its preposition) may separate a relative's head from the complement it follows
HEAD_WORDS = 3
#: bullets and spaces that may open a line before its source label (`* الخارجية: ...`)
LABEL_OPENERS = " \t\n*-•|"
WORD = re.compile(r"\S+")
#: an entry's `recipient` value for a trigger holding a possessive pronoun ("citing its support"): the nearest
#: earlier mention of another side than the actor is its antecedent, the recipient
ANTECEDENT = "antecedent"
#: how many words (the noun a nationality names: British sailors) may stand between a mention and its participle
PARTICIPLE_HEAD = 1
#: spaces and commas between coordinated mentions: anything else there is a coordinating word
LINK_MARKS = re.compile(r"[\s,،\u200c]")


@dataclass
class Group:
    """Coordinated mentions sharing one function word (`با آمریکا و چین`)."""

    tag: str | None
    mentions: list[ActorMention]

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end


@dataclass
class Roles:
    """Who did it, to whom, and where the meeting was hosted (for CONSULT)."""

    actor: list[ActorMention] = field(default_factory=list)
    recipient: list[ActorMention] = field(default_factory=list)
    host: list[ActorMention] = field(default_factory=list)


@dataclass(frozen=True)
class Markers:
    """A language's compiled function words."""

    order: str
    before: dict[str, re.Pattern[str]]
    object: re.Pattern[str] | None
    link: re.Pattern[str]
    coord: re.Pattern[str] | None
    breaks: re.Pattern[str] | None
    #: reporting verbs that open a complement clause with no complementiser when a mention follows them
    reporting: re.Pattern[str] | None = None
    #: noun phrases standing for the last state named before them (this country, این کشور)
    stand_ins: re.Pattern[str] | None = None
    #: `reciprocal`: words making a directed act mutual (traded accusations, رد و بدل, تبادل)
    reciprocal: re.Pattern[str] | None = None
    anaphora: re.Pattern[str] | None = None
    complement: re.Pattern[str] | None = None
    topic: re.Pattern[str] | None = None
    relative: re.Pattern[str] | None = None
    #: participles heading an adjunct of the clause's subject (citing, محذرا), at a trigger and right before one
    adjunct: re.Pattern[str] | None = None
    adjunct_tail: re.Pattern[str] | None = None
    #: words opening a clause whose subject is a pronoun (that it, أنه, که او)
    #: words making the noun after them a time or setting (before the meeting): no mode cue there
    timing: re.Pattern[str] | None = None
    pronoun: re.Pattern[str] | None = None
    topic_cue: re.Pattern[str] | None = None
    passive: re.Pattern[str] | None = None
    possessor: str | None = None
    possessive: re.Pattern[str] | None = None
    targets: re.Pattern[str] | None = None
    patient_nouns: re.Pattern[str] | None = None
    #: a coordinating word (`and`, `و`) ending the text before a trigger: a coordinated verb (accused X and vowed)
    conjunction: re.Pattern[str] | None = None
    #: adjectives that may stand between an event noun and its possessor (normalised)
    modifiers: frozenset[str] = frozenset()
    #: the `before` markers in one regex, a group named for each tag, in name order (what `tag_of` searches)
    tags: re.Pattern[str] | None = None
    #: object pronoun endings of a verb making a relative its object (الذي أبرمته: the subject follows), normalised
    resumptive: tuple[str, ...] = ()
    #: `participles`: endings of a participle and the words that may follow one modifying the noun before it
    participle_endings: tuple[str, ...] = ()
    participle_after: re.Pattern[str] | None = None
    participle_reporting: re.Pattern[str] | None = None


@lru_cache(maxsize=None)
def markers(lang: str) -> Markers:
    """Compile the `roles` key of a language's triggers.yaml."""
    spec = (languages.data(lang, "triggers") or {}).get("roles", {})
    comp = Compiler(lang, where=str(languages.LANG_DIR / lang / "triggers.yaml"))
    def tail(body: str | list[str]) -> re.Pattern[str]:
        """Words (or a regex body) ending the text before a mention or trigger."""
        body = body if isinstance(body, str) else comp.compile(body, "roles").pattern
        return re.compile(r"(?:^|[\s\u200c])(?:" + body + r")[\s\u200c]*$", re.IGNORECASE)

    bodies = {m: comp.compile(spec[m], "roles").pattern for m in MARKS if spec.get(m)}
    coord = [w for w in spec.get("coordinators", []) if w.strip()]
    words = "|".join(re.escape(w) for w in coord) or "(?!)"
    link = re.compile(r"^\s*(?:[,،]\s*(?:(?:" + words + r")\s*)?|(?:" + words + r")\s*)$")
    return Markers(
        order=spec.get("order", "SVO"),
        before={m: tail(body) for m, body in bodies.items()},
        object=comp.compile(spec["object"], "roles.object") if spec.get("object") else None,
        link=link,
        coord=comp.compile(coord, "roles.coordinators") if coord else None,
        breaks=_breaks(comp, spec.get("clause_breaks", [])),
        reporting=comp.compile(spec["reporting"], "roles.reporting") if spec.get("reporting") else None,
        stand_ins=comp.compile(spec["stand_ins"], "roles.stand_ins") if spec.get("stand_ins") else None,
        reciprocal=comp.compile(spec["reciprocal"], "roles.reciprocal") if spec.get("reciprocal") else None,
        anaphora=tail(spec["anaphora"]) if spec.get("anaphora") else None,
        complement=comp.compile(spec["complementisers"], "roles.complementisers") if spec.get("complementisers") else None,
        topic=comp.compile(spec["about"], "roles.about") if spec.get("about") else None,
        relative=comp.compile(spec["relatives"], "roles.relatives") if spec.get("relatives") else None,
        adjunct=comp.compile(spec["adjuncts"], "roles.adjuncts") if spec.get("adjuncts") else None,
        adjunct_tail=tail(spec["adjuncts"]) if spec.get("adjuncts") else None,
        pronoun=comp.compile(spec["subject_pronouns"], "roles.subject_pronouns")
        if spec.get("subject_pronouns") else None,
        timing=tail(spec["timing"]) if spec.get("timing") else None,
        topic_cue=comp.compile(spec["about"] + spec.get("topic_cues", []), "roles.topic_cues") if spec.get("about") else None,
        passive=comp.compile(spec["passive"], "roles.passive") if spec.get("passive") else None,
        possessor=spec.get("possessor"),
        possessive=re.compile(r"^(?:" + "|".join(map(re.escape, spec["possessive"])) + ")") if spec.get("possessive") else None,
        targets=tail(spec["targets"]) if spec.get("targets") else None,
        patient_nouns=comp.compile(spec["patient_nouns"], "roles.patient_nouns") if spec.get("patient_nouns") else None,
        conjunction=tail([w for w in coord if w.isalpha()]) if any(w.isalpha() for w in coord) else None,
        modifiers=frozenset(normalise(str(w), lang) for w in spec.get("modifiers") or []),
        tags=tail("|".join(f"(?P<{m}>{bodies[m]})" for m in sorted(bodies))) if bodies else None,
        resumptive=tuple(normalise(str(w), lang) for w in spec.get("resumptive") or ()),
        participle_endings=tuple(str(e) for e in (spec.get("participles") or {}).get("endings") or ()),
        participle_after=comp.compile(spec["participles"]["after"], "roles.participles")
        if (spec.get("participles") or {}).get("after") else None,
        participle_reporting=comp.compile(spec["participles"]["reporting"], "roles.participles")
        if (spec.get("participles") or {}).get("reporting") else None,
    )


def _breaks(comp: Compiler, items: list[str]) -> re.Pattern[str] | None:
    """Clause breaks: words as patterns; punctuation (`;`, `؛`, `:"` before direct speech) as literal marks,
    which may stand right after a word, with any spacing between their characters."""
    words = [w for w in items if any(ch.isalnum() for ch in w)]
    marks = [r"\s*".join(map(re.escape, w.replace(" ", ""))) for w in items if w not in words and w.strip()]
    parts = ([comp.compile(words, "roles.clause_breaks").pattern] if words else []) + marks
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def clauses(doc: Document, sent: Span) -> list[Span]:
    """The sentence cut at clause breaks (complementisers, `but`, colons), in text offsets; cut once per document."""
    cuts = per_document(doc, "clauses")
    if sent not in cuts:
        cuts[sent] = _clauses(doc, sent)
    return list(cuts[sent])


@lru_cache(maxsize=None)
def clitic_coordinators(lang: str) -> tuple[str, ...]:
    """The coordinators that are also clitics (`roles.coordinators` in `inflection.clitics`: Arabic و), normalised."""
    data = languages.data(lang, "triggers") or {}
    clitics = set((data.get("inflection") or {}).get("clitics") or ())
    return tuple(normalise(w, lang) for w in (data.get("roles") or {}).get("coordinators") or () if w in clitics)


def _clauses(doc: Document, sent: Span) -> list[Span]:
    mk = markers(doc.lang or "")
    norm, cuts = norm_text(doc), [sent.start]
    ns, ne = norm_index(doc, sent.start), norm_index(doc, sent.end)
    if mk.breaks is not None:
        for m in mk.breaks.finditer(norm, ns, ne):
            cuts.append(doc.norm_to_text(m.start(), m.end())[0])
    cuts += _reported(doc, mk.reporting, ns, ne) if mk.reporting is not None else []
    cuts = sorted(set(cuts)) + [sent.end]
    return [Span(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _reported(doc: Document, regex: re.Pattern[str], ns: int, ne: int) -> list[int]:
    """Cuts before reporting verbs (`roles.reporting`: X اعلام کرد Y ...) that a mention follows with only a space
    between: it opens a complement clause with no complementiser, whose subject that mention is."""
    text, cuts = doc.text or "", []
    for m in regex.finditer(norm_text(doc), ns, ne):
        start, end = doc.norm_to_text(m.start(), m.end())
        if any(a.start >= end and not text[end:a.start].strip() for a in doc.actors):
            cuts.append(start)
    return cuts


def tag_of(doc: Document, mention: ActorMention | Span) -> str | None:
    """The function word governing a mention: `with`, `to`, `from`, `by`, `at`, `object`, or None (bare);
    asked ~2.5 times per mention, so found once per document."""
    tags, key = per_document(doc, "tags"), (mention.start, mention.end)
    if key not in tags:
        tags[key] = _tag_at(doc, *key)
    return tags[key]


def _tag_at(doc: Document, start: int, end: int) -> str | None:
    mk, norm = markers(doc.lang or ""), norm_text(doc)
    ns, ne = norm_index(doc, start), norm_index(doc, end)
    # one search for every marker: the leftmost (the longest: در حمایت از, topic, over its tail از, from), and at
    # one place the first tag by name, as the minimum of one search per tag was
    found = mk.tags.search(norm[max(0, ns - LOOKBACK):ns]) if mk.tags is not None else None
    if found:
        return found.lastgroup
    if mk.object is not None and mk.object.match(norm, ne + 1, ne + 6) and norm[ne:ne + 1].isspace():
        return "object"
    return None


def groups(doc: Document, mentions: list[ActorMention]) -> list[Group]:
    """Mentions in order, coordinated ones folded into one group with the first one's tag. Commas alone do not
    coordinate: a run with no coordinating word (`A, B` rather than `A, B and C`) is a source and a
    subject or an apposition, so it stays apart."""
    mk, out, worded = markers(doc.lang or ""), [], []
    for m in sorted(mentions, key=lambda m: m.start):
        between = (doc.text or "")[out[-1].end:m.start] if out else None
        if out and (m.start, m.end) == (out[-1].mentions[-1].start, out[-1].end):  # the states of one name (E3)
            out[-1].mentions.append(m)
            worded[-1] = True
        elif out and between is not None and mk.link.match(between):
            out[-1].mentions.append(m)
            worded[-1] = worded[-1] or bool(LINK_MARKS.sub("", between))
        else:
            out.append(Group(tag_of(doc, m), [m]))
            worded.append(False)
    return [part for g, w in zip(out, worded)
            for part in ([g] if w or len(g.mentions) == 1 else [Group(tag_of(doc, m), [m]) for m in g.mentions])]


def arguments(doc: Document, gs: list[Group], start: int, end: int,
              own: ActorMention | None = None, verb: bool = False) -> tuple[Group | None, Group | None]:
    """Subject and object groups around a trigger at [start, end), by the language's word order; a mention
    holding the trigger (`Indonesian protesters`) is its subject."""
    order = markers(doc.lang or "").order
    pre = [g for g in gs if g.end <= start and g.tag is None]
    post = [g for g in gs if g.start >= start and g.tag is None]
    obj_marked = [g for g in gs if g.tag == "object"]
    if own is not None:
        rest = obj_marked + post + pre[::-1]
        return Group(None, [own]), rest[0] if rest else None
    if order == "SOV":
        # no subject is inside a verb-final trigger's own words (به دنبال کاهش حضور X است) or in a clause coordinated
        # after it (... است و X نیز گفت)
        subject = pre[0] if pre else next((g for g in post if g.end > end and not _joined_after(doc, end, g.start)), None)
        rest = [g for g in pre[1:]] + [g for g in post if g is not subject]
        return subject, obj_marked[0] if obj_marked else (rest[0] if rest else None)
    if pre:  # a coordinated verb (X accused Y and vowed ...) shares its clause's first subject, not the last object
        near = [g for g in post if not _comma_between(doc, end, g.start)]  # after a comma: an adjunct's mention
        if verb and near and order == "VSO" and _fused_coordinator(doc, start) and not _earlier_party(near[0], pre[1:]):
            return near[0], (near[1] if len(near) > 1 else None)  # قصفت إسرائيل غزة وحذرت مصر: Egypt warned
        return (pre[0] if _coordinated_verb(doc, start) else pre[-1]), near[0] if near else None
    return (post[0] if post else None), (post[1] if len(post) > 1 else None)


def _comma_between(doc: Document, start: int, end: int) -> bool:
    """Whether a comma stands between two text offsets ("handed X to Y on Monday, following Z-mediated talks")."""
    return any(c in (doc.text or "")[start:end] for c in ",،")


def _joined_after(doc: Document, end: int, start: int) -> bool:
    """Whether a coordinator (`roles.coordinators`: و, a comma) stands between two text offsets."""
    coord = markers(doc.lang or "").coord
    return coord is not None and coord.search(norm_text(doc), norm_index(doc, end), norm_index(doc, start)) is not None


def _coordinated_verb(doc: Document, start: int) -> bool:
    """Whether a coordinating word (`and`, a fused و) stands right before the trigger, or it is an adjunct
    participle: either way it shares its clause's first subject."""
    regex, ns = markers(doc.lang or "").conjunction, norm_index(doc, start)
    before = norm_text(doc)[max(0, ns - LOOKBACK):ns]
    return adjunct(doc, start) or regex is not None and regex.search(before) is not None or _fused_coordinator(doc, start)


def _fused_coordinator(doc: Document, start: int) -> bool:
    """Whether the trigger word carries a coordinator as a clitic (Arabic وحذرت: `and warned`)."""
    words = clitic_coordinators(doc.lang or "")
    return bool(words) and norm_text(doc).startswith(words, norm_index(doc, start))


def _earlier_party(group: Group, others: list[Group]) -> bool:
    """Whether a mention after a coordinated verb-first verb names a party the clause already named besides its
    subject (قصفت إسرائيل قواعد سورية وحذرت دمشق: Syria, the verb's object) rather than a new subject."""
    seen = {m.country for g in others for m in g.mentions}
    return {m.country for m in group.mentions} <= seen


def adjunct(doc: Document, start: int) -> bool:
    """Whether a participle heading an adjunct (`roles.adjuncts`: citing, محذرا) opens or precedes the trigger;
    what follows it is its object, not a possessor (محذرا قطر)."""
    mk, norm, ns = markers(doc.lang or ""), norm_text(doc), norm_index(doc, start)
    if mk.adjunct is None or mk.adjunct_tail is None:
        return False
    return bool(mk.adjunct.match(norm, ns) or mk.adjunct_tail.search(norm[max(0, ns - LOOKBACK):ns]))


def assign(doc: Document, frame: str, gs: list[Group], start: int, end: int, *, own: ActorMention | None = None,
           prefer: str | None = None, nominal: bool | None = None, agents: tuple[str, ...] = (),
           patients: tuple[str, ...] = ()) -> Roles:
    """Fill actor, recipient and host for one trigger from the groups of its clause; `prefer` names the tag
    whose mentions win the recipient slot (`to`: extradited a member of X to Y); `agents` the tags marking its
    actor (see `summoned`); an event noun takes its possessor as actor (`nominal`: True a noun, False a verb,
    None unknown)."""
    summons = summoned(doc, gs, start, end, agents, patients, nominal) if agents and own is None else None
    if summons is not None:
        return summons
    reduced = reduced_passive(doc, gs, start, end) if frame == "directed" and own is None and nominal is not True else None
    if reduced is not None:  # freed soldiers captured last month: the soldiers underwent the capture
        return reduced
    agent = passive_agent(doc, gs, start, end) if frame == "directed" and own is None else None
    if agent is not None:  # was criticised by X: X acted, the subject underwent it
        subject, _ = arguments(doc, [g for g in gs if g is not agent], start, end)
        return Roles(list(agent.mentions), list(subject.mentions) if subject else [], [])
    scene = territorial(doc, gs, start, end) if frame == "directed" and nominal is not False and own is None else None
    if scene is not None:
        return scene
    owner = possessor(doc, gs, start, end, nominal) if frame in ("directed", "visit") and own is None \
        and not adjunct(doc, start) else None
    regular = _frame_roles(doc, frame, gs, start, end, own, prefer, nominal)
    if owner is None:
        return regular
    # Russia's invasion of Ukraine, تهاجم روسیه به اوکراین: the possessor acted, a target word marks whom at
    after = owner.end if owner.start >= end and owner.tag != "by" else end
    aim = target(doc, [g for g in gs if g is not owner], after)
    recipient = list(aim.mentions) if aim else [m for m in regular.recipient if m not in owner.mentions]
    return Roles(list(owner.mentions), recipient, [])


def _frame_roles(doc: Document, frame: str, gs: list[Group], start: int, end: int, own: ActorMention | None,
                 prefer: str | None, nominal: bool | None = None) -> Roles:
    """Roles by the frame from the subject and object the word order gives, and the function words."""
    subject, obj = arguments(doc, gs, start, end, own, verb=nominal is False)
    tagged = lambda *tags: [m for g in gs if g.tag in tags for m in g.mentions]  # noqa: E731
    mentions = lambda g: list(g.mentions) if g else []  # noqa: E731
    if frame == "joint":  # a `from` mention next to it is a party too (received a call from X)
        caller = [m for g in gs if g.tag == "from" and _gap_words(doc, gs, g, start, end) <= 1 for m in g.mentions]
        return Roles(mentions(subject) + mentions(obj) + tagged("with") + caller, [], tagged("at"))
    if frame == "host":
        return Roles(mentions(obj) + tagged("with"), mentions(subject), [])
    if frame == "visit":
        return Roles(mentions(subject), mentions(obj) + tagged("to", "at", "with"), [])
    if frame == "passive":
        return Roles(tagged("by") or tagged("at"), mentions(subject), [])
    actor = mentions(subject)
    other = [g for g in gs if not all(any(_same_side(m, a) for a in actor) for m in g.mentions)]  # not the actor again
    obj = obj if obj in other else next((g for g in other if g.tag is None and g is not subject and g.start >= end
                                         and not (subject and _comma_between(doc, end, g.start))), None)
    if obj is not None and start <= obj.start and obj.end <= end and tagged("to"):
        obj = None  # between the trigger's own words (`قطعنامه آمریکا علیه ایران`): its noun's author, not the target
    # a `to`/`from` mention inside the trigger's own words is the addressee its pattern names (از X خواست)
    within = [m for g in other if g.tag in ("to", "from") and start <= g.start and g.end <= end for m in g.mentions]
    recipient = (tagged(prefer) if prefer else []) or within or mentions(obj) \
        or _nearest(other, start, end, ("to", "from", "with")) \
        or _nearest([g for g in other if g.start >= end and _words(doc, end, g.start) <= NEAR_WORDS], start, end, ("by", "at"))
    return Roles(actor, recipient, [])


def possessor(doc: Document, gs: list[Group], start: int, end: int, nominal: bool | None) -> Group | None:
    """Who did what an event noun names: its possessor (`roles.possessor`: `after` the noun in ezafe, idafa or
    with a nisba adjective, تهاجم روسیه, الغزو الروسي; `before` it, bare or with a `possessive` mark, Russia's
    invasion, the Russian invasion), else a `by` mention after it (the invasion of X by Y). Where the possessor
    follows, only a sure noun has one (after a verb the next mention may be a subject: طالبت مصر); `patient_nouns`
    (تحریم روسیه, Russia sanctions) have one only when a target follows (تحریمهای آمریکا علیه روسیه)."""
    mk, text = markers(doc.lang or ""), doc.text or ""
    if mk.possessor is None:
        return None
    if mk.possessor == "after":
        head = start + len(text[start:end].split()[0]) if text[start:end].strip() else end  # the noun itself
        found = next((g for g in gs if nominal and g.tag in (None, "object") and g.start >= end
                      and _modifiers(doc, text[head:g.start])), None)
    else:
        found = next((g for g in reversed(gs) if g.end <= start and _possessive(doc, text[g.end:start], nominal)), None)
    if found is not None and _patient(doc, start) and target(doc, [g for g in gs if g is not found], max(end, found.end)) is None:
        found = None  # sanctions on Russia (تحریم روسیه) unless a target follows (US sanctions on Russia)
    if found is None and nominal is not False:
        found = next((g for g in gs if g.tag == "by" and g.start >= end and _gap_words(doc, gs, g, start, end) <= TARGET_WORDS), None)
    return found


def territorial(doc: Document, gs: list[Group], start: int, end: int) -> Roles | None:
    """A `patient_nouns` act with no possessor whose patient is placed in another state (the arrest of
    three Algerians in France, بازداشت دو شهروند ایرانی در ترکیه): that state acted on the patient."""
    if not _patient(doc, start):
        return None
    patient = next((g for g in gs if g.start >= end and g.tag in (None, "object")), None)
    if patient is None or _words(doc, end, patient.start) > TARGET_WORDS:
        return None
    scene = next((g for g in gs if g.start >= patient.end), None)
    if scene is None or scene.tag != "at" or _words(doc, patient.end, scene.start) > 1 \
            or any(_same_country(m, patient.mentions) for m in scene.mentions):
        return None
    return Roles(list(scene.mentions), list(patient.mentions), [])


def _same_country(mention: ActorMention, others: list[ActorMention]) -> bool:
    return any(mention.country == o.country for o in others)


def _modifiers(doc: Document, gap: str) -> bool:
    """Whether the words between an event noun and a mention are at most MODIFIER_WORDS of the language's
    `roles.modifiers` (تهاجم دیگر روسیه, الغارة الجوية التركية, the Russian military invasion)."""
    words = normalise(gap, doc.lang or "").split()
    return len(words) <= MODIFIER_WORDS and all(w in markers(doc.lang or "").modifiers for w in words)


def _possessive(doc: Document, gap: str, nominal: bool | None) -> bool:
    """Whether the text between a mention and the noun after it makes the mention its possessor: a `possessive`
    mark and at most NEAR_WORDS words (Russia's full-scale invasion), or modifiers only (the Russian invasion)."""
    regex = markers(doc.lang or "").possessive
    mark = regex.match(gap) if regex is not None else None
    if mark is not None:
        return len(gap[mark.end():].split()) <= NEAR_WORDS
    return nominal is not False and _modifiers(doc, gap)


def _patient(doc: Document, start: int) -> bool:
    """Whether the trigger is a noun whose possessor undergoes the act (`roles.patient_nouns`: sanctions on X)."""
    regex = markers(doc.lang or "").patient_nouns
    return regex is not None and regex.match(norm_text(doc), norm_index(doc, start)) is not None


def target(doc: Document, gs: list[Group], after: int) -> Group | None:
    """The first group after `after` with a `roles.targets` word before it (به, لـ, على, of, against) and at
    most TARGET_WORDS other words between: whom an event noun's act was aimed at."""
    regex, norm = markers(doc.lang or "").targets, norm_text(doc)
    for g in gs:
        if g.start < after or regex is None:
            continue
        if _words(doc, after, g.start) - 1 > TARGET_WORDS:
            return None
        ns = norm_index(doc, g.start)
        if regex.search(norm[max(0, ns - LOOKBACK):ns]):
            return g
    return None


def passive_agent(doc: Document, gs: list[Group], start: int, end: int) -> Group | None:
    """The `by` group right next to a passive trigger (criticised by X, توسط X محکوم شد, من قبل X), with only its
    marker and mentions between, after the trigger (before it in SOV languages); passive when the language lists no
    `passive` auxiliaries (its `by` words mark only passives) or one stands at the trigger."""
    mk = markers(doc.lang or "")
    near = [g for g in gs if g.tag == "by" and (g.start >= end or mk.order == "SOV")
            and _gap_words(doc, gs, g, start, end) == 0]
    if not near:
        return None
    if mk.passive is not None and not _passive(doc, start, end):
        return None
    return min(near, key=lambda g: min(abs(g.start - end), abs(start - g.end)))


def reduced_passive(doc: Document, gs: list[Group], start: int, end: int) -> Roles | None:
    """A participle (`roles.participles`: an ending, then one of its `after` words or a mark) right after a bare
    mention that follows its clause's subject, with no passive auxiliary: a reduced relative ("freed soldiers
    captured last month", "sailors seized by Iran in the Gulf"). The mention underwent the act; a `by` mention right
    after it did it, else the clause's subject when that is another state ("X freed soldiers captured ...")."""
    mk, text = markers(doc.lang or ""), doc.text or ""
    words = text[start:end].split()
    if not (mk.participle_endings and mk.participle_after and words) or not words[0].lower().endswith(mk.participle_endings):
        return None
    bare = [g for g in gs if g.tag is None and g.end <= start]
    headline = len(bare) == 1 and _in_headline(doc, start)  # `Norway's envoy expelled over ...`: headlines drop `was`
    if len(words) > 1 or (len(bare) < 2 and not headline) or len(text[bare[-1].end:start].split()) > PARTICIPLE_HEAD \
            or any(c in text[bare[-1].end:start] for c in ",;") or _passive(doc, start, end):
        return None
    if not headline and _reports_between(doc, bare[-2].end, bare[-1].start):
        return None  # X said Y attacked in the night: Y is the subject of what X said
    ne = norm_index(doc, end)
    rest = norm_text(doc)[ne:].lstrip()
    if not (rest[:1] in ",.;" or mk.participle_after.match(norm_text(doc), len(norm_text(doc)) - len(rest))):
        return None
    patient = list(bare[-1].mentions)
    agent = next((g for g in gs if g.tag == "by" and g.start >= end and _gap_words(doc, gs, g, start, end) == 0), None)
    actor = list(agent.mentions) if agent else [m for m in bare[0].mentions if not any(_same_side(m, p) for p in patient)]
    return Roles(actor, patient, [])


def _in_headline(doc: Document, start: int) -> bool:
    """Whether offset `start` lies in the document's headline: its first sentence, written without a final stop."""
    if not doc.sentences or not doc.sentences[0].start <= start < doc.sentences[0].end:
        return False
    return (doc.text or "")[doc.sentences[0].start:doc.sentences[0].end].rstrip()[-1:] not in ".!?؟"

def _reports_between(doc: Document, start: int, end: int) -> bool:
    """Whether the last verb between two offsets (a word with a participle ending or a `participles.reporting`
    word) is a reporting verb: what follows is the subject of what was reported."""
    mk, norm = markers(doc.lang or ""), norm_text(doc)
    if mk.participle_reporting is None:
        return False
    last = None
    for word in WORD.finditer(norm, norm_index(doc, start), norm_index(doc, end)):
        if mk.participle_reporting.fullmatch(word.group()):
            last = True
        elif word.group().lower().endswith(mk.participle_endings):
            last = False
    return bool(last)


def _passive(doc: Document, start: int, end: int) -> bool:
    """Whether a passive auxiliary (`roles.passive`) stands within PASSIVE_REACH of the trigger."""
    regex, ns, ne = markers(doc.lang or "").passive, norm_index(doc, start), norm_index(doc, end)
    reach = (max(0, ns - PASSIVE_REACH[0]), ne + PASSIVE_REACH[1])
    return regex is not None and regex.search(norm_text(doc), *reach) is not None


def summoned(doc: Document, gs: list[Group], start: int, end: int, agents: tuple[str, ...],
             patients: tuple[str, ...] = (), nominal: bool | None = None) -> Roles | None:
    """A summons: the ministry the envoy was summoned to or by (the first `agents` tag with a group at most
    NEAR_WORDS unnamed words away, nearest: to the Russian foreign ministry, به وزارت خارجه ایران) acted on the
    unmarked mentions (the envoy); with none, a passive (was summoned, احضار شد), a noun (احضار سفیر X) or a clause
    whose only parties are `patients` (Norway's ambassador summoned over ...) was done by another party of its
    clause or the state the envoy serves in (`at`, see `_posted`); None: the active frame applies."""
    bare = [g for g in gs if g.tag in (None, "object")]
    for tag in agents:
        found = [g for g in gs if g.tag == tag and _gap_words(doc, gs, g, start, end) <= NEAR_WORDS]
        if found:
            agent = min(found, key=lambda g: min(abs(g.start - end), abs(start - g.end)))
            return Roles(list(agent.mentions), [m for g in bare for m in g.mentions], [])
    undergo = bool(bare) and all(_titled_as(m, patients) for g in bare for m in g.mentions)
    if not (_passive(doc, start, end) or nominal or undergo):
        return None
    # the envoy is the bare group nearest before the trigger, else the first after it (right after a noun: the
    # summons of X); any other bare or `at` group is the summoner (X said the envoy was summoned)
    after = next((g for g in bare if g.start >= end), None)
    before = next((g for g in reversed(bare) if g.end <= start), None)
    envoy = (after or before) if nominal else (before or after)
    held = list(envoy.mentions) if envoy else []
    own = {m.country for m in held}  # the envoy's own state does not summon its envoy (remarks by this country's X)
    others = [m for g in gs if g is not envoy and g.tag in (None, "object", "at") for m in g.mentions
              if m.country not in own]
    return Roles(others or _posted(doc, held, end), held, [])


def _titled_as(mention: ActorMention, titles: tuple[str, ...]) -> bool:
    """Whether the mention's phrase holds one of these titles (its `by` names `title/<id>`)."""
    parts = mention.by.split(":", 1)[-1].split("#")[0].split("+")
    return any(part.endswith(f"title/{t}") for part in parts for t in titles)


def _posted(doc: Document, envoys: list[ActorMention], end: int) -> list[ActorMention]:
    """The states of the `at` places an envoy serves in or is summoned in: right after the envoy (the ambassador in
    London) or at most HOST_WORDS words after the trigger (summoned to the foreign ministry in Tehran)."""
    from .places import host_mention  # places reads roles: imported here, not at the top
    return [host_mention(p) for p in doc.places if p.country and tag_of(doc, Span(p.start, p.end)) == "at"
            and (any(e.end <= p.start and _words(doc, e.end, p.start) <= 1 for e in envoys)
                 or p.start >= end and _words(doc, end, p.start) <= HOST_WORDS)]


def _gap_words(doc: Document, gs: list[Group], g: Group, start: int, end: int) -> int:
    """Words between a trigger and a group that belong to no mention and are not the group's own marker (after it)."""
    text, after = doc.text or "", g.start >= end
    a, b = (end, g.start) if after else (g.end, start)
    inside = sum(len(text[m.start:m.end].split()) for h in gs for m in h.mentions if a <= m.start and m.end <= b)
    ns = norm_index(doc, g.start)
    regex = markers(doc.lang or "").before.get(g.tag or "") if after else None
    marker = regex.search(norm_text(doc)[max(0, ns - LOOKBACK):ns]) if regex is not None else None
    return len(text[a:b].split()) - inside - (len(marker.group().split()) if marker else 0)


def argument_groups(doc: Document, mentions: list[ActorMention]) -> list[Group]:
    """The groups that may fill a role: topics (`about`) take none."""
    return [g for g in groups(doc, mentions) if g.tag != "about"]


def _words(doc: Document, start: int, end: int) -> int:
    return len((doc.text or "")[start:end].split())


def _nearest(gs: list[Group], start: int, end: int, tags: tuple[str, ...]) -> list[ActorMention]:
    found = [g for g in gs if g.tag in tags]
    if not found:
        return []
    return list(min(found, key=lambda g: min(abs(g.start - end), abs(start - g.end))).mentions)


def outermost(mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions not nested inside a longer one (`وزیر خارجه ایران` keeps, its `ایران` goes)."""
    return [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end
                                           and o.end - o.start > m.end - m.start for o in mentions)]


def has_possessor(doc: Document, sent: Span, start: int, end: int, nominal: bool | None) -> bool:
    """Whether an event noun names its own actor among the mentions of its clause: its possessor (Russia's invasion,
    الغزو الروسي) or the state where its patient was held (the detention of Iraqis in Russia)."""
    parts = clauses(doc, sent)
    clause = next((c for c in parts if c.start <= start < c.end), sent)
    coded = outermost([m for m in doc.actors if m.country and clause.start <= m.start and m.end <= clause.end])
    gs = argument_groups(doc, [m for m in coded if not (m.start <= start and end <= m.end)])
    return possessor(doc, gs, start, end, nominal) is not None or territorial(doc, gs, start, end) is not None


def roles_for(doc: Document, frame: str, sent: Span, start: int, end: int, parts: list[Span] | None = None,
              prefer: str | None = None, content: list[Span] | None = None, nominal: bool | None = None,
              statement: bool = False, agents: tuple[str, ...] = (), speaker: ActorMention | None = None,
              consequence: bool = False, patients: tuple[str, ...] = ()) -> Roles:
    """Roles of a trigger: from its own clause, falling back to earlier clauses for a missing actor and to
    the subject of a following complement clause for a missing addressee ("demanded that X ..."). A mention
    right after an earlier `content` trigger is that noun's own argument (حمله روسیه, Russia's attack): never the
    actor, and the recipient only when no other is found. A `statement` (a verbal act) named by a noun in what
    someone said is the sayer's (see `said`), as is a threat naming only the `consequence` it promises; any other
    act (a happening) takes no part from a source label. A verb with no subject in a direct quote is its
    `speaker`'s."""
    coded = outermost([m for m in doc.actors if m.country and sent.start <= m.start and m.end <= sent.end])
    if not statement:  # `Foreign Ministry: the raid killed ...`: the label is the source, not the raider
        coded = [m for m in coded if m not in source_label(doc, sent, coded)]
    coded = sorted(coded + stand_ins(doc, sent, coded), key=lambda m: m.start)
    own = next((m for m in coded if m.start <= start and end <= m.end), None)
    coded = [m for m in coded if m is not own]
    parts = parts or clauses(doc, sent)
    here = next((i for i, c in enumerate(parts) if c.start <= start < c.end), 0)
    clause = parts[here]
    first = min((m for m in coded if clause.start <= m.start < clause.end), key=lambda m: m.start, default=None)
    owned = [first] if first and _genitive(doc, first, content or [], start) else []  # it would be the subject
    coded = [m for m in coded if m not in owned]
    gs = argument_groups(doc, [m for m in coded if clause.start <= m.start < clause.end])
    gs = [g for g in gs if not _content_object(g, gs, content or [], start, end)]
    pronoun = _pronoun_subject(doc, parts[:here], clause, coded) if own is None and nominal is not True else []
    if own is None and not pronoun and _relative(doc, clause) and _resumes(doc, clause, start):
        pronoun = _main_subject(doc, parts[:here], coded)  # X condemned the raids which ..., and burned Y's flag
    relative = own is None and nominal is not True and not pronoun and _subject_relative(doc, clause, coded, start)
    head = _antecedent(doc, clause, coded) if relative else []
    if head:  # the minister who visited X, the envoy who was summoned to Y: the head stands before the verb
        gs = [Group(None, head)] + gs
    named = gs or argument_groups(doc, [m for m in coded if m.start >= end])  # or in the clause it opens
    if not pronoun and not head and speaker is not None and _voiced(doc, named, speaker, own, nominal, frame):
        pronoun = [speaker]  # "Warmly welcome X's move," Y wrote: Y welcomes, X is the object
        gs = [g for g in gs if speaker not in g.mentions]
    roles = assign(doc, frame, gs, start, end, own=own or (pronoun[0] if pronoun else None), prefer=prefer,
                   nominal=nominal, agents=agents, patients=patients)
    if pronoun:  # said that it would visit X: the pronoun stands for the earlier clause's subject, X is the object
        roles.actor = pronoun + roles.actor[1:]
    if prefer == ANTECEDENT and roles.actor:  # cut ties with X, citing its support for ...: X is meant by `its`
        earlier = [m for m in coded if m.end <= start and not any(_same_side(m, a) for a in roles.actor)]
        roles.recipient = [max(earlier, key=lambda m: m.end)] if earlier else roles.recipient
    sayer = said(doc, parts[:here], clause, coded, gs, start, end) \
        if statement and nominal and frame == "directed" and not roles.recipient else []
    if sayer:  # said the instigators were Pakistani forces: the sayer accuses them
        return tidy(Roles(sayer, roles.actor, []))
    threatener = _sayer(doc, parts[:here], clause, coded) if consequence else []
    if threatener:  # stressed that an attack would bring a response from Y: the speaker threatens, Y would respond
        return tidy(Roles(threatener, [m for m in owned or roles.recipient if m not in roles.actor], []))
    if frame == "directed" and not roles.recipient and here + 1 < len(parts):
        roles.recipient = _addressee(doc, parts[here + 1], [m for m in coded if parts[here + 1].start <= m.start])
    if frame == "directed" and not roles.recipient and here and _consequence(doc, clause):
        # if X attacks, Tehran will respond: the condition's subject is whom the act answers
        roles.recipient = clause_subject(doc, [m for m in coded if parts[here - 1].start <= m.start < clause.start])
    if not roles.actor and _relative(doc, clause):
        roles.actor = _antecedent(doc, clause, coded)
        return tidy(roles)
    for earlier in reversed(parts[:here]):
        if roles.actor:
            break
        if not _relative(doc, earlier):  # a relative clause describes a noun: its subject carries on nowhere
            roles.actor = clause_subject(doc, [m for m in coded if earlier.start <= m.start < earlier.end])
    if frame == "directed" and not roles.recipient:
        roles.recipient = owned  # warned of Russia's attack: Russia is the one warned
    return tidy(roles)


def source_label(doc: Document, sent: Span, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions of a headline or bullet label opening the sentence and ending in a label mark (quotes.yaml
    `labels`: `* الخارجية: ...`, `Foreign Ministry: ...`): the source of what the line reports."""
    text, marks = doc.text or "", label_marks(doc.lang or "")
    if not any(mark in text[sent.start:sent.end] for mark in marks):
        return []
    gs = groups(doc, mentions)
    if not gs or text[sent.start:gs[0].start].strip(LABEL_OPENERS):
        return []
    rest = text[gs[0].end:sent.end].lstrip()
    return list(gs[0].mentions) if any(rest.startswith(mark) for mark in marks) else []


@lru_cache(maxsize=None)
def label_marks(lang: str) -> tuple[str, ...]:
    """The marks ending a headline speaker (quotes.yaml `labels`)."""
    return tuple(str(m) for m in (languages.data(lang, "quotes") or {}).get("labels") or ())


def _voiced(doc: Document, gs: list[Group], speaker: ActorMention, own: ActorMention | None, nominal: bool | None,
            frame: str) -> bool:
    """Whether a quoted verb with no subject before it is its speaker's: a verb (not a noun or passive) in a
    language whose subject precedes its verb (after a VSO verb the subject may follow), with someone else named
    in its clause or the complement it opens ("thank you!" alone names nobody it could be aimed at)."""
    return own is None and nominal is not True and frame != "passive" and markers(doc.lang or "").order != "VSO" \
        and any(speaker not in g.mentions for g in gs)


def _content_object(group: Group, gs: list[Group], content: list[Span], start: int, end: int) -> bool:
    """Whether an object-marked group is the object of a content trigger the trigger governs, whose own subject
    stands between them (تاکید کرد X باید Y را تحریم کند: X is asked, Y is not); with no such subject the object
    is the trigger's target (تهدید کرد Y را تحریم می‌کند)."""
    if group.tag != "object" or not any(end <= group.start and group.end <= c.start for c in content):
        return False
    return any(g.tag is None and start <= g.start and g.end <= group.start for g in gs)


def stand_ins(doc: Document, sent: Span, coded: list[ActorMention]) -> list[ActorMention]:
    """Mentions for the noun phrases of a sentence that stand for a state (`roles.stand_ins`: این کشور, this
    country): the country of the last mention before it in its sentence, else of the previous sentence's subject."""
    regex = markers(doc.lang or "").stand_ins
    if regex is None:
        return []
    out = []
    for m in regex.finditer(norm_text(doc), norm_index(doc, sent.start), norm_index(doc, sent.end)):
        start, end = doc.norm_to_text(m.start(), m.end())
        if any(c.start < end and start < c.end for c in coded):
            continue
        last = max((c for c in coded if c.end <= start), key=lambda c: c.end, default=None)
        state = last.country if last else _previous_subject(doc, sent)
        if state:
            out.append(ActorMention(start, end, (doc.text or "")[start:end], None, None, state, "GOV",
                                    "events.roles.stand_ins"))
    return out


def _previous_subject(doc: Document, sent: Span) -> str | None:
    """The country of the subject of the sentence before `sent`, if any."""
    i = doc.sentence_index(sent.start)
    if not i:
        return None
    before = doc.sentences[i - 1]
    mentions = outermost([m for m in doc.actors if m.country and before.start <= m.start and m.end <= before.end])
    subject = clause_subject(doc, mentions)
    return subject[0].country if subject else None


def said(doc: Document, earlier: list[Span], clause: Span, coded: list[ActorMention], gs: list[Group],
         start: int, end: int) -> list[ActorMention]:
    """The sayer of a verbal act named by a noun with no possessor and no target (the instigators were X, X will
    pay a heavy price) in a complement clause (`roles.complementisers`): the subject of the clause governing it;
    none in the consequence of a condition (if X attacks, فإن Y will respond), which no speech verb governs."""
    if _consequence(doc, clause) or possessor(doc, gs, start, end, True) is not None:
        return []
    return _sayer(doc, earlier, clause, coded)


def _sayer(doc: Document, earlier: list[Span], clause: Span, coded: list[ActorMention]) -> list[ActorMention]:
    """The subject of the clause right before a complement clause (`roles.complementisers`: X said that ...)."""
    regex = markers(doc.lang or "").complement
    if not earlier or regex is None or not regex.match(norm_text(doc), norm_index(doc, clause.start)):
        return []
    return clause_subject(doc, [m for m in coded if earlier[-1].start <= m.start < earlier[-1].end])


def _consequence(doc: Document, clause: Span) -> bool:
    """Whether the clause opens the consequence of a condition (aux.yaml `hypothetical.consequence`: فإن, فلن):
    it is no complement of a speech verb, so its act is not the subject's before it."""
    from .aux import aux_markers  # aux reads roles: imported here, not at the top
    regex = aux_markers(doc.lang or "").consequence
    return regex is not None and regex.match(norm_text(doc), norm_index(doc, clause.start)) is not None


def _pronoun_subject(doc: Document, earlier: list[Span], clause: Span, coded: list[ActorMention]) -> list[ActorMention]:
    """The subject an earlier clause lends a clause opening with a subject pronoun (`roles.subject_pronouns`:
    that it, أنه, که او): the first earlier clause's own subject, nearest first."""
    regex = markers(doc.lang or "").pronoun
    if regex is None or not regex.match(norm_text(doc), norm_index(doc, clause.start)):
        return []
    found = (clause_subject(doc, [m for m in coded if c.start <= m.start < c.end]) for c in reversed(earlier)
             if not _relative(doc, c))
    return next((subject for subject in found if subject), [])


def clause_subject(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """The subject of a whole clause, as a later clause falls back to it: its first unmarked group in any
    word order (X said to Y that, قال X في مؤتمر عقده مع Y إن), not the last one before its end (an object)."""
    return next((list(g.mentions) for g in argument_groups(doc, mentions) if g.tag is None), [])


def in_topic(doc: Document, clause: Span, start: int, words: int) -> bool:
    """Whether a topic word (`about`, `topic_cues`: talks on, في إطار) stands at most `words` words before
    `start` in its clause: what follows is a subject discussed, not an act."""
    regex = markers(doc.lang or "").topic_cue
    if regex is None:
        return False
    text = doc.text or ""
    begin = start
    for _ in range(words):
        begin = max(clause.start, text.rfind(" ", clause.start, max(begin - 1, clause.start)))
    return regex.search(norm_text(doc), norm_index(doc, begin), norm_index(doc, start)) is not None


def _relative(doc: Document, clause: Span) -> bool:
    """Whether the clause opens with a relative pronoun (`roles.relatives`: الذي, التي, which)."""
    regex = markers(doc.lang or "").relative
    return regex is not None and regex.match(norm_text(doc), norm_index(doc, clause.start)) is not None


def _resumes(doc: Document, clause: Span, start: int) -> bool:
    """Whether the trigger opens a verb coordinated after a comma inside a relative clause (`..., which happened
    on Friday, and burned`, `التي حصلت مؤخرا، وقاموا بحرق`): the relative clause ended at the comma."""
    norm, ns = norm_text(doc), norm_index(doc, start)
    before = norm[norm_index(doc, clause.start):ns]
    comma = max(before.rfind(","), before.rfind("،"))
    rest = before[comma + 1:].strip() if comma >= 0 else None
    coord = markers(doc.lang or "").coord
    return rest is not None and (bool(rest) and coord is not None and coord.fullmatch(rest) is not None
                                 or not rest and norm.startswith(clitic_coordinators(doc.lang or "") or ("\0",), ns))


def _main_subject(doc: Document, earlier: list[Span], mentions: list[ActorMention]) -> list[ActorMention]:
    """The subject of the nearest earlier clause that is no relative clause."""
    found = (clause_subject(doc, [m for m in mentions if c.start <= m.start < c.end]) for c in reversed(earlier)
             if not _relative(doc, c))
    return next((subject for subject in found if subject), [])


def _subject_relative(doc: Document, clause: Span, mentions: list[ActorMention], start: int) -> bool:
    """Whether the trigger is the verb of a relative clause whose pronoun is its subject: at most RELATIVE_WORDS
    words after the pronoun, no mention between (the minister who visited X, التي تعترف ببكين), and no resumptive
    object pronoun on it (`roles.resumptive`: الاتفاق الذي أبرمته إيران, whose subject follows)."""
    text = doc.text or ""
    if not _relative(doc, clause) or any(clause.start <= m.start < start for m in mentions) \
            or len(text[clause.start:start].split()) > RELATIVE_WORDS:
        return False
    word = normalise(text[start:].split()[0] if text[start:].strip() else "", doc.lang or "")
    return not word.endswith(markers(doc.lang or "").resumptive or ("\0",))


def _antecedent(doc: Document, clause: Span, mentions: list[ActorMention]) -> list[ActorMention]:
    """The subject of a relative clause: the mention its pronoun follows (`the minister who`), or the one before a
    participle whose complement that mention is (`the Houthis, backed by Iran, who seized`, جماعة الحوثي المدعومة
    من إيران التي); none when the pronoun follows a thing (`attacks which threaten`)."""
    text = doc.text or ""
    found = [m for m in mentions if m.end <= clause.start and not text[m.end:clause.start].strip(" ,،")]
    if not found or tag_of(doc, found[0]) in (None, "object"):
        return found
    head = [m for m in mentions if m.end <= found[0].start and len(text[m.end:found[0].start].split()) <= HEAD_WORDS]
    return head[-1:] or found


def _genitive(doc: Document, mention: ActorMention, content: list[Span], start: int) -> bool:
    """Whether the mention follows a content trigger with nothing but a space between, before the governor."""
    text = doc.text or ""
    return mention.end <= start and any(c.end <= mention.start and not text[c.end:mention.start].strip()
                                        for c in content)


def _addressee(doc: Document, clause: Span, mentions: list[ActorMention]) -> list[ActorMention]:
    """The subject of a complement clause (`that X ...`, `که X ...`), which a request or warning addresses."""
    regex = markers(doc.lang or "").complement
    if regex is None or not regex.match(norm_text(doc), norm_index(doc, clause.start)):
        return []
    gs = [g for g in argument_groups(doc, [m for m in mentions if m.start < clause.end]) if g.tag is None]
    return list(gs[0].mentions) if gs else []


def tidy(roles: Roles) -> Roles:
    """One mention per entity in each list; a recipient that is also an actor, or the same state in the
    same sector (a self-loop such as USA GOV -> USA GOV), is dropped."""
    actor = _unique(roles.actor)
    recipient = [m for m in _unique(roles.recipient) if not any(_same_side(m, a) for a in actor)]
    return Roles(actor, recipient, _unique(roles.host))


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    if (a.country, a.name) == (b.country, b.name):
        return True
    return a.country == b.country and (a.sector == b.sector or not a.sector or not b.sector)


def _unique(mentions: list[ActorMention]) -> list[ActorMention]:
    out, seen = [], set()
    for m in mentions:
        key = (m.country, m.name or m.text)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
