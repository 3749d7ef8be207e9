"""Auxiliary modes (negation, future, hypothetical, historical) and PLOVER's rules that turn them into types."""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .. import languages
from ..document import Document, Span
from .patterns import Compiler, normalise
from .patterns import norm_index, norm_text
from .roles import markers
from .triggers import Trigger

#: PLOVER §3/§4.1: a future CONSULT, SUPPORT, COOPERATE or AID is an AGREE now; an announced RETREAT is a CONCEDE;
#: an AGREE is itself a commitment, so "would be ready to" is a present AGREE
FUTURE_TYPES = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                "RETREAT": "CONCEDE", "CONCEDE": "CONCEDE", "AGREE": "AGREE"}
#: PLOVER §3: a conditional (threatened) sanction, coercion or assault is a THREATEN; its mode is the threat's content
THREAT_MODES = {"SANCTION": "restrict", "COERCE": "arrest", "ASSAULT": "violence"}
#: §FORMAT: background is "more than a month before publication"
HISTORICAL_AFTER = timedelta(days=31)
#: a comma ends a conditional clause ("if X attacks, sanctions will follow")
CLAUSE_COMMA = re.compile(r"[,،]")
#: quotation marks: a marker on one side of one never governs a trigger on the other
QUOTE_MARKS = frozenset('"“”«»')
#: norm characters after that comma where a clause break still opens the consequence ("، فإن", ", then")
CONSEQUENCE_SLACK = 8
#: norm characters before a date within which a `since` cue is looked for
SINCE_REACH = 20


@dataclass(frozen=True)
class AuxMarkers:
    """A language's compiled aux markers: verb prefixes (set) and preceding words (regex) per aux."""

    prefixes: dict[str, frozenset[str]]
    before: dict[str, re.Pattern[str]]
    window: dict[str, int]
    #: words opening the consequence of an if-clause where the language marks it (`hypothetical.consequence`)
    consequence: re.Pattern[str] | None = None


@lru_cache(maxsize=None)
def aux_markers(lang: str) -> AuxMarkers:
    """Compile a language's aux.yaml."""
    spec = languages.data(lang, "aux") or {}
    comp = Compiler(lang, where=str(languages.LANG_DIR / lang / "aux.yaml"))
    then = (spec.get("hypothetical") or {}).get("consequence")
    return AuxMarkers(
        prefixes={k: frozenset(normalise(w, lang) for w in v.get("prefixes", [])) for k, v in spec.items()},
        before={k: comp.compile(v["before"], f"{k}.before") for k, v in spec.items() if v.get("before")},
        window={k: int(v.get("window", 4)) for k, v in spec.items()},
        consequence=comp.compile(then, "hypothetical.consequence") if then else None,
    )


@dataclass(frozen=True)
class Background:
    """A language's cues of narrative time (aux.yaml `historical`), compiled; a key left out is None.

    `clause`: tense/aspect anywhere in a trigger's clause (pluperfect, "had already"): an earlier act, kept apart
    from the story's own acts.
    `reference`: anaphoric time ("at the time", "در آن زمان"): the act takes the time of the last date before it;
    `later`: the same, after that time ("after this meeting"): its month. `since`: a date right after these words
    bounds a period ("first talks since November") and dates no act.
    """

    clause: re.Pattern[str] | None
    reference: re.Pattern[str] | None
    later: re.Pattern[str] | None
    since: re.Pattern[str] | None


@lru_cache(maxsize=None)
def background_cues(lang: str) -> Background:
    """Compile the `historical` entry of a language's aux.yaml."""
    spec = (languages.data(lang, "aux") or {}).get("historical") or {}
    comp = Compiler(lang, where=str(languages.LANG_DIR / lang / "aux.yaml"))
    cues = {k: comp.compile(spec[k], f"historical.{k}") if spec.get(k) else None
            for k in ("clause", "reference", "later", "since")}
    return Background(**cues)


def cued(doc: Document, span: Span, key: str) -> bool:
    """Whether a `historical.<key>` cue stands in a text span."""
    regex = getattr(background_cues(doc.lang or ""), key)
    start, end = norm_index(doc, span.start), norm_index(doc, span.end)
    return regex is not None and regex.search(norm_text(doc), start, end) is not None


def bounding(doc: Document, mention: Span) -> bool:
    """Whether a `historical.since` cue opens a date expression or ends right before it ("since November")."""
    regex = background_cues(doc.lang or "").since
    if regex is None:
        return False
    norm, start = norm_text(doc), norm_index(doc, mention.start)
    found = regex.finditer(norm, max(0, start - SINCE_REACH), norm_index(doc, mention.end))
    return any(not norm[m.end():start].strip() for m in found)


def _words_before(doc: Document, start: int, limit: int, words: int) -> tuple[int, int]:
    """The norm span of at most `words` words before text offset `start`, not crossing `limit`."""
    norm, end, floor = norm_text(doc), norm_index(doc, start), norm_index(doc, limit)
    begin = end
    for _ in range(words):
        prev = norm.rfind(" ", floor, max(begin - 1, 0))
        begin = floor if prev < 0 else prev
        if prev < 0:
            break
    return begin, end


def marked(doc: Document, trigger: Trigger, clause: Span, aux: str) -> bool:
    """Whether the trigger carries `aux` by its verb affix or a marker word just before it in its clause."""
    mk = aux_markers(doc.lang or "")
    if set(trigger.affixes) & mk.prefixes.get(aux, frozenset()):
        return True
    regex = mk.before.get(aux)
    if regex is None:
        return False
    begin, end = _words_before(doc, trigger.start, clause.start, mk.window.get(aux, 4))
    norm = norm_text(doc)
    first = norm.find(" ", end, norm_index(doc, trigger.end)) if aux == "future" else -1
    end = first if first > end else end  # a future marker opening the trigger's words (`will free`) counts; a
    # negation there is part of what the trigger means (`لن تسمح`: refuses)
    begin = max(begin, 1 + max(norm.rfind(q, begin, end) for q in QUOTE_MARKS))  # "... will," he added, before
    return regex.search(norm, begin, end) is not None


def conditional(doc: Document, trigger: Trigger, sent: Span) -> str | None:
    """`inside` when the trigger is in an if-clause, `consequence` when an if-clause governs it: one before it
    and closed by a comma ("if X, Y"), or one right after it in the same clause ("Y if X"; not across a comma or
    a clause break such as "that"). Only conditionals (`hypothetical`) count; modals are read before the trigger."""
    mk = aux_markers(doc.lang or "")
    regex = mk.before.get("hypothetical")
    if regex is None:
        return None
    norm = norm_text(doc)
    ns, ts, te = norm_index(doc, sent.start), norm_index(doc, trigger.start), norm_index(doc, trigger.end)
    before = list(regex.finditer(norm, ns, ts))
    if before:
        opens = _consequence_start(doc, before[-1].end(), ts, te)
        if opens is None:
            return "inside" if marked(doc, trigger, sent, "hypothetical") else None
        return None if _beyond(doc, opens, ts) else "consequence"
    after = regex.search(norm, te, norm_index(doc, sent.end))
    return "consequence" if after and not _broken(doc, te, after.start()) else None


def _consequence_start(doc: Document, start: int, ts: int, te: int) -> int | None:
    """Where the consequence of an if-clause opening at norm `start` begins, for a trigger at norm[ts:te]: after
    its comma (and a clause break right after it, "، فإن"), else after a consequence word (`hypothetical.consequence`:
    Arabic فإن, or فلن opening the trigger itself); None when the trigger is inside the if-clause."""
    norm = norm_text(doc)
    comma = CLAUSE_COMMA.search(norm, start, ts)
    if comma:
        return comma.end() + CONSEQUENCE_SLACK
    regex = aux_markers(doc.lang or "").consequence
    word = regex.search(norm, start, te) if regex is not None else None
    return min(word.end(), ts) if word else None


def _broken(doc: Document, start: int, end: int) -> bool:
    """Whether a comma or a clause break (`roles.clause_breaks`) stands between two norm offsets."""
    return bool(CLAUSE_COMMA.search(norm_text(doc), start, end)) or _beyond(doc, start, end)


def _beyond(doc: Document, start: int, end: int) -> bool:
    """Whether a clause break (`roles.clause_breaks`) in norm[start:end] ends the consequence before the trigger
    ("if X attacks, Y will impose the sanctions that Z announced": Z's act is no consequence)."""
    breaks = markers(doc.lang or "").breaks
    return breaks is not None and start < end and breaks.search(norm_text(doc), start, end) is not None


def period(value: str) -> tuple[date, date] | None:
    """The first and last day of an ISO date at any precision (`2023`, `2023-11`, `2023-11-06`)."""
    parts = value.split("-")
    try:
        y = int(parts[0])
        if len(parts) > 2:
            day = date(y, int(parts[1]), int(parts[2][:2]))
            return day, day
        first, last = (int(parts[1]),) * 2 if len(parts) > 1 else (1, 12)
        return date(y, first, 1), date(y, last, monthrange(y, last)[1])
    except (ValueError, IndexError):
        return None


def historical(value: str | None, published: str | None) -> bool:
    """Whether an event dated `value` lies more than a month before publication: a period (a month, a year) by its
    middle ("captured last month" on 19 December is background), never one that reaches publication."""
    span, pub = period(value or ""), period(published or "")
    if not span or not pub:
        return False
    first, last = span
    return last < pub[1] and first + (last - first) / 2 < pub[1] - HISTORICAL_AFTER


def resolve(event_type: str, mode: str | None, aux: str | None, *, negated_type: str | None,
            condition: str | None, threat: str | None = None) -> tuple[str, str | None, str | None]:
    """Apply PLOVER's aux rules: future X is AGREE/CONCEDE, conditional sanction is THREATEN (its mode `threat`,
    what it threatens), refusal is REJECT (`mode` is then already the refusal's)."""
    if aux == "negation" and negated_type:
        return negated_type, mode, None
    if event_type == "THREATEN" and condition != "inside":
        return event_type, mode, None if aux == "future" else aux  # a threat's future or condition is its content
    if condition == "consequence" and event_type in THREAT_MODES:
        return "THREATEN", threat or THREAT_MODES[event_type], None
    if condition == "consequence" and event_type in FUTURE_TYPES and aux != "negation":
        return event_type if event_type == "AGREE" else FUTURE_TYPES[event_type], None, None
    if aux == "future" and event_type in FUTURE_TYPES:
        return FUTURE_TYPES[event_type], None, None
    if aux == "future" and event_type == "THREATEN":
        aux = None  # a threat is made now, whatever tense names what it threatens ("will respond with force")
    if condition == "inside":
        return event_type, mode, "hypothetical"
    return event_type, mode, aux
