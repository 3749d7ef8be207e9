"""The `quotes.v1` component: direct (quotation marks) and attributed indirect speech, linked to a speaker."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .. import languages
from ..document import ActorMention, Document, Quote, Span
from ..registry import component
from .patterns import Compiler, LiteralIndex, norm_index, norm_text, per_document, sentence_windows
from .roles import Group, adjunct, groups

NAME = "quotes.v1"
#: shortest stretch of words worth reporting as a quote
MIN_WORDS = 3
#: a pronoun speaker ("he said", `وأضاف`) refers back at most this many sentences
CARRY_SENTENCES = 2
#: how many words may stand between the speech verb (or its speaker) and the complementiser
COMPLEMENT_WINDOW = 8
#: a speaker this close after the verb is its subject (`قال الوزير`, `said the minister in the cabinet`)
AFTER_WORDS = 4
#: tags (roles.py) of mentions that cannot be a speaker after the verb: addressees and partners
NOT_SPEAKER = ("to", "with", "from")
#: a speaker this close before the verb is its subject even inside an earlier clause's quote
BEFORE_WORDS = 2
#: a speaker further before the verb than this belongs to another clause
EARLIER_WORDS = 6
#: a continuation verb this close after a quote of the same speaker extends it (`..., adding that ...`)
JOIN_WORDS = 3
#: an `according to` cue names a speaker starting within this many words after it
CUE_WORDS = 4
#: an `according to` cue naming this sector cites a relay (a news agency), not a speaker
RELAYS = ("JRN",)
TRIM = " \t\n,،.:;؛\"'«»“”*-•"
COMMAS = ",،"


@dataclass(frozen=True)
class Speech:
    """A language's compiled speech cues."""

    #: the speech verbs behind their anchor prefilter
    verbs: LiteralIndex[str]
    #: look-alikes that are no speech verb (`not_verbs`: Persian گفت وگو, "talks", written apart)
    not_verbs: re.Pattern[str] | None
    complementizers: re.Pattern[str]
    according: re.Pattern[str] | None
    sources: re.Pattern[str] | None
    passive: re.Pattern[str] | None
    labels: tuple[str, ...]
    after_verb: bool
    first: bool
    prepositions: frozenset[str]
    pronouns: frozenset[str]
    prefixes: tuple[str, ...]
    deictic: frozenset[str]
    unnamed: frozenset[str]
    marks: tuple[tuple[str, str], ...]


@lru_cache(maxsize=None)
def speech(lang: str) -> Speech:
    """Compile a language's quotes.yaml."""
    spec = languages.data(lang, "quotes") or {}
    comp = Compiler(lang, spec.get("verbs_table"), str(languages.LANG_DIR / lang / "quotes.yaml"))
    passive, verbs = spec.get("passive"), spec.get("verbs", [])
    return Speech(
        verbs=LiteralIndex([comp.indexed("verbs", verbs, "verbs")]),
        not_verbs=comp.compile(spec["not_verbs"], "not_verbs") if spec.get("not_verbs") else None,
        complementizers=re.compile("|".join(re.escape(w) if not w.isalpha() else comp.compile([w], "c").pattern
                                            for w in spec.get("complementizers", []))),
        according=comp.compile(spec["according"], "according") if spec.get("according") else None,
        sources=comp.compile(spec["according"] + spec.get("sources", []), "sources") if spec.get("according") else None,
        passive=re.compile(r"(?:^|\s)(?:" + comp.compile(passive, "passive").pattern + r")\s+$") if passive else None,
        labels=tuple(spec.get("labels", [])),
        after_verb=bool(spec.get("speaker_after_verb", True)),
        first=bool(spec.get("speaker_first", False)),
        prepositions=frozenset(spec.get("prepositions", [])),
        pronouns=frozenset(w.lower() for w in spec.get("pronouns", [])),
        prefixes=tuple(spec.get("preposition_prefixes", [])),
        deictic=frozenset(w.lower() for w in spec.get("deictic", [])),
        unnamed=frozenset(w.lower() for w in spec.get("unnamed_sources", [])),
        marks=tuple((a, b) for a, b in spec.get("marks", [])),
    )


@component(NAME, requires=("actors", "sentences"), assigns=("quotes",))
def quotes_v1() -> Callable[[Document], Document]:
    """Find direct and indirect speech and link each to its speaker."""
    return extract_quotes


def extract_quotes(doc: Document) -> Document:
    """Set `doc.quotes`: direct quotes first, then indirect speech that no direct quote already covers."""
    if not doc.lang or doc.lang not in languages.available():
        return doc
    direct, indirect = quotes_of(doc)
    kept = direct + [q for q in indirect if not any(q.start < d.end and d.start < q.end for d in direct)]
    doc.quotes = sorted(kept, key=lambda q: q.start)
    return doc


def quotes_of(doc: Document) -> tuple[list[Quote], list[Quote]]:
    """The direct and the indirect quotes of a document, found once per document (the event coder reads the
    direct ones' speakers before this component runs)."""
    table = per_document(doc, "quotes")
    if "found" not in table:
        marked = _marked(doc)
        indirect = indirect_quotes(doc, marked)
        table["found"] = (direct_quotes(doc, indirect, marked), indirect)
    return table["found"]


def _marked(doc: Document) -> list[Span]:
    table = per_document(doc, "quotes")
    if "marked" not in table:
        table["marked"] = marked_spans(doc)
    return table["marked"]


def marked_spans(doc: Document) -> list[Span]:
    """The insides of quotation marks anywhere in the text (they may run over several sentences)."""
    text, out = doc.text or "", []
    for a, b in speech(doc.lang or "").marks:
        for m in re.finditer(re.escape(a) + r"([^" + re.escape(a + b) + r"]+)" + re.escape(b), text):
            out.append(Span(m.start(1), m.end(1)))
    return out


def _inside(spans: list[Span], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)


def indirect_quotes(doc: Document, marked: list[Span]) -> list[Quote]:
    """Per sentence: a label (`X: ...`), an `according to X` cue, or speech verbs with their speakers."""
    out: list[Quote] = []
    last: tuple[int, ActorMention] | None = None
    verbs, actors = speech_verbs(doc), sorted(doc.actors, key=lambda m: m.start)
    starts = [m.start for m in actors]
    for i, sent in enumerate(doc.sentences):
        if i not in verbs and not _cued(doc, sent):
            continue  # no speech verb, label or `according to` cue: nothing said here, the speaker carries on
        ms = [m for m in actors[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
              if m.country and not _inside(marked, m.start, m.end)]
        gs = groups(doc, ms)
        carry = last[1] if last and i - last[0] <= CARRY_SENTENCES else None
        found = label_quote(doc, sent, gs) or according_quotes(doc, sent, gs)
        after = found[-1].speaker if found else carry
        if not found:
            uncited = _uncited(doc, sent, ms)
            found, after = verb_quotes(doc, sent, verbs.get(i, []), gs if len(uncited) == len(ms) else groups(doc, uncited),
                                       marked, carry)
        out += found
        if after is not carry:
            last = (i, after) if after else None
    return out


def _cued(doc: Document, sent: Span) -> bool:
    """Whether a sentence holds a label mark or an `according to` cue."""
    sp, text = speech(doc.lang or ""), doc.text or ""
    if any(mark in text[sent.start:sent.end] for mark in sp.labels):
        return True
    return sp.according is not None and sp.according.search(
        norm_text(doc), norm_index(doc, sent.start), norm_index(doc, sent.end)) is not None


def speech_verbs(doc: Document) -> dict[int, list[re.Match[str]]]:
    """The speech verb matches of each sentence (by index), found in one prefiltered pass over the document."""
    windows = sentence_windows(doc)
    starts = [ns for ns, _ in windows]
    out: dict[int, list[re.Match[str]]] = {}
    cues, norm = speech(doc.lang or ""), norm_text(doc)
    for _, m in cues.verbs.scan(norm, windows):
        if cues.not_verbs is None or not cues.not_verbs.match(norm, m.start()):
            out.setdefault(bisect_right(starts, m.start()) - 1, []).append(m)
    return out


def label_quote(doc: Document, sent: Span, gs: list[Group]) -> list[Quote]:
    """A headline-style line opening with its speaker and a label mark: `Ministry: the raid was hostile`."""
    text, labels = doc.text or "", speech(doc.lang or "").labels
    if not gs or text[sent.start:gs[0].start].strip(TRIM):
        return []
    rest = text[gs[0].end:sent.end]
    if not any(rest.lstrip().startswith(mark) for mark in labels):
        return []
    span = _trimmed(doc, gs[0].end, sent.end)
    return _quotes(doc, _speakers(gs[0]), span, "label")


def according_quotes(doc: Document, sent: Span, gs: list[Group]) -> list[Quote]:
    """`..., according to X` or `according to X, ...`: the rest of the sentence, said by X."""
    sp, norm, text = speech(doc.lang or ""), norm_text(doc), doc.text or ""
    if sp.according is None:
        return []
    for m in sp.according.finditer(norm, norm_index(doc, sent.start), norm_index(doc, sent.end)):
        cs, ce = doc.norm_to_text(m.start(), m.end())
        near = [g for g in gs if g.start >= ce and len(text[ce:g.start].split()) <= CUE_WORDS]
        if not near or any(s.sector in RELAYS for s in near[0].mentions):
            continue
        span = _trimmed(doc, sent.start, cs) or _trimmed(doc, near[0].end, sent.end)
        return _quotes(doc, _speakers(near[0]), span, "according")
    return []


def _uncited(doc: Document, sent: Span, ms: list[ActorMention]) -> list[ActorMention]:
    """The mentions that are not named by a source cue (`به گزارش ایسنا`, `according to X`): those do not speak
    the sentence's verbs."""
    sp, norm, text = speech(doc.lang or ""), norm_text(doc), doc.text or ""
    if sp.sources is None:
        return ms
    ends = [doc.norm_to_text(m.start(), m.end())[1]
            for m in sp.sources.finditer(norm, norm_index(doc, sent.start), norm_index(doc, sent.end))]
    cited = [next((m for m in ms if m.start >= e), None) for e in ends]
    return [m for m in ms if not any(m is c and len(text[e:m.start].split()) <= CUE_WORDS
                                     and not set(text[e:m.start]) & set(COMMAS) for e, c in zip(ends, cited))]


def verb_quotes(doc: Document, sent: Span, found: list[re.Match[str]], gs: list[Group], marked: list[Span],
                carry: ActorMention | None) -> tuple[list[Quote], ActorMention | None]:
    """Each speech verb (`found` in the sentence) outside quotation marks reports the words up to the next verb;
    a verb without a known speaker (`he added that`, `وأضاف أن`, `the official said`) keeps the previous one.
    Returns the quotes and the speaker to carry on."""
    sp = speech(doc.lang or "")
    verbs = [doc.norm_to_text(m.start(), m.end()) for m in found if not _passive(doc, m.start())]
    verbs = [(vs, ve) for vs, ve in verbs if not _inside(marked, vs, ve)]
    out: list[Quote] = []
    floor = sent.start
    for k, (vs, ve) in enumerate(verbs):
        bound = verbs[k + 1][0] if k + 1 < len(verbs) else sent.end
        opener = _complementizer(doc, ve, bound)
        labelled = opener is not None and (doc.text or "")[opener - 1] in sp.labels
        bound = sent.end if labelled else bound
        group = None if _pronoun_subject(doc, vs) else \
            speaker_group(doc, [g for g in gs if g.end <= bound], vs, ve, floor, opener or bound)
        if group is None and _unnamed_source(doc, vs, ve):
            carry = None  # `sources said`, `the agency reported`: someone new, not the previous speaker
        speakers = _speakers(group) if group else ([carry] if carry else [])
        if not speakers:
            continue
        after = max(ve, group.end) if group and group.start >= ve else ve
        first = min(vs, group.start) if group and group.start < vs else vs
        span = _reported(doc, floor, first, after, opener, bound)
        if span:
            _add(doc, out, speakers, span, joins=group is None and bool(out) and out[-1].speaker is carry)
        carry = speakers[-1]
        floor = span.end if span and span.start >= ve else floor
        if labelled:
            break
    return out, carry


def _add(doc: Document, out: list[Quote], speakers: list[ActorMention], span: Span, *, joins: bool) -> None:
    """Append the quote, or extend the previous one when a continuation verb follows it closely
    (`..., adding that ...`, `، مضيفا أن`)."""
    last = out[-1] if out else None
    if joins and last and last.end <= span.start \
            and len(re.findall(r"\w+", (doc.text or "")[last.end:span.start])) <= JOIN_WORDS:
        out[-1:] = _quotes(doc, speakers, Span(last.start, span.end), "indirect")
    else:
        out += _quotes(doc, speakers, span, "indirect")


def _unnamed_source(doc: Document, vs: int, ve: int) -> bool:
    """An unnamed new source next to the verb (`sources said`, `قالت مصادر`, `منابع گفتند`)."""
    text, sp = doc.text or "", speech(doc.lang or "")
    near = text[:vs].rsplit(None, BEFORE_WORDS)[-BEFORE_WORDS:] + text[ve:].split(None, AFTER_WORDS)[:AFTER_WORDS]
    return any(w.strip(TRIM).lower() in sp.unnamed for w in near)


def _pronoun_subject(doc: Document, vs: int) -> bool:
    """A pronoun right before the verb (`he said`, `وی گفت`): the speaker is the previous one."""
    before = (doc.text or "")[:vs].rsplit(None, 1)[-1:]  # the last word only: no split of the whole text
    return bool(before) and before[0].strip(TRIM).lower() in speech(doc.lang or "").pronouns


def _passive(doc: Document, norm_start: int) -> bool:
    """`was said to`, `it is said`: a passive speech verb has no speaker."""
    regex = speech(doc.lang or "").passive
    return bool(regex and regex.search(norm_text(doc), max(0, norm_start - 20), norm_start))


def _complementizer(doc: Document, after: int, bound: int) -> int | None:
    """The text offset just past a complementiser near `after` (`that`, `که`, `أن`), if any."""
    norm = norm_text(doc)
    ns, ne = norm_index(doc, after), norm_index(doc, bound)
    m = speech(doc.lang or "").complementizers.search(norm, ns, ne)
    if m and len(norm[ns:m.start()].split()) <= COMPLEMENT_WINDOW:
        return doc.norm_to_text(m.start(), m.end())[1]
    return None


def speaker_group(doc: Document, gs: list[Group], vs: int, ve: int, floor: int, limit: int) -> Group | None:
    """The verb's subject: a bare mention right before it, else right after it (before the reported words),
    else a bare mention before it that is not inside the previous quote: the clause's first where subjects
    open the clause (`speaker_first`), else the nearest one; never the object of a preposition."""
    text, sp = doc.text or "", speech(doc.lang or "")
    gs = [g for g in gs if text[:g.start].rsplit(None, 1)[-1:] not in ([p] for p in sp.prepositions)
          and not g.mentions[0].text.startswith(sp.prefixes or ("\0",))]
    bare = [g for g in gs if g.tag is None]
    pre = [g for g in bare if g.end <= vs]
    close = [g for g in pre if len(text[g.end:vs].split()) <= BEFORE_WORDS and not set(text[g.end:vs]) & set(COMMAS)]
    post = [g for g in gs if g.tag not in NOT_SPEAKER and ve <= g.start and g.end < limit
            and len(text[ve:g.start].split()) <= AFTER_WORDS]
    post = post if sp.after_verb else []
    earlier = [g for g in pre if g.start >= floor and (sp.first or len(text[g.end:vs].split()) <= EARLIER_WORDS
               and not set(text[g.end:vs]) & set(COMMAS)
               and not sp.complementizers.search(norm_text(doc), norm_index(doc, g.end), norm_index(doc, vs)))]
    return (close or [None])[-1] or (post or [None])[0] or (earlier or [None])[0 if sp.first else -1]


def _reported(doc: Document, floor: int, first: int, after: int, opener: int | None, bound: int) -> Span | None:
    """The reported words: after the complementiser; before the speaker when the sentence opens with them
    (`"...," X said`, `..., X said`); else the bare complement up to the next verb."""
    text = doc.text or ""
    if opener is not None:
        return _trimmed(doc, opener, bound)
    before, rest = _trimmed(doc, floor, first), _trimmed(doc, after, bound)
    if rest and text[rest.start:rest.end].split()[0].lower() in speech(doc.lang or "").deictic:
        rest = None  # `said this in a call`: the words are elsewhere
    head = text[floor:first].rstrip()
    closing = {b for _, b in speech(doc.lang or "").marks}
    longer = not rest or (before is not None and _words(doc, before) > _words(doc, rest))
    if before and head and (head[-1] in closing or (head[-1] in COMMAS and longer)):
        return before
    return rest


def _words(doc: Document, span: Span) -> int:
    return len((doc.text or "")[span.start:span.end].split())


def _speakers(group: Group) -> list[ActorMention]:
    """One speaker per country of a coordinated subject (`Russia and China said`)."""
    seen: dict[str, ActorMention] = {}
    for m in group.mentions:
        seen.setdefault(m.country or "", m)
    return list(seen.values())


def _quotes(doc: Document, speakers: list[ActorMention], span: Span | None, kind: str) -> list[Quote]:
    if span is None:
        return []
    text = (doc.text or "")[span.start:span.end]
    return [Quote(s, span.start, span.end, text, by=f"{NAME}:{doc.lang}/{kind}") for s in speakers]


def _label_line(doc: Document, start: int) -> list[ActorMention]:
    """The first actor on a line that ends in a label mark right before a quotation (`Jane Roe, spokeswoman for
    the Dutch Foreign Ministry:` and the quote on the next line)."""
    sp = speech(doc.lang or "")
    before = (doc.text or "")[:start].rstrip("".join(a for a, _ in sp.marks) + " \n\t")
    if not before or before[-1] not in sp.labels:
        return []
    line = before.rfind("\n") + 1
    return [a for a in doc.actors if line <= a.start and a.end <= len(before) and a.country][:1]


def _trimmed(doc: Document, start: int, end: int) -> Span | None:
    text = doc.text or ""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return Span(start, end) if len(text[start:end].split()) >= MIN_WORDS else None


def direct_quotes(doc: Document, indirect: list[Quote], marked: list[Span]) -> list[Quote]:
    """Words inside quotation marks, attributed to the speaker of their sentence (or the one before)."""
    out: list[Quote] = []
    for m in marked:
        span = _trimmed(doc, m.start, m.end)
        speakers = _speakers_of(doc, m.start, m.end, indirect)
        if span and speakers:
            out += _quotes(doc, speakers, span, "direct")
    return out


def _speakers_of(doc: Document, start: int, end: int, indirect: list[Quote]) -> list[ActorMention]:
    """The speakers of the sentence around a quotation, else of a label line right before it, else of the nearest
    earlier speech."""
    sents = [s for s in doc.sentences if s.start < end and start < s.end]
    near = [q for q in indirect if any(s.start <= q.start < s.end for s in sents)]
    if near:
        return [q.speaker for q in near if (q.start, q.end) == (near[0].start, near[0].end)]
    if labelled := _label_line(doc, start):
        return labelled
    earlier = [q for q in indirect if q.start < start]
    return [earlier[-1].speaker] if earlier else []


def quoted_speaker(doc: Document, floor: int, start: int, end: int) -> ActorMention | None:
    """The speaker of the direct quotation holding [start, end) when no mention stands inside it before that
    point (after `floor`, the sentence start): a verb with no subject of its own in the quote is the speaker's
    act ("Warmly welcome X's decision," Y wrote; X must "leave within 24 hours," he added). So is an adjunct
    participle right after the quote's attribution ("...," he added, before accusing X of ...)."""
    if not _marked(doc):
        return None
    direct = quotes_of(doc)[0]
    quote = next((q for q in direct if q.start <= start and end <= q.end), None)
    if quote is None and adjunct(doc, start):
        quote = next((q for q in reversed(direct) if floor <= q.start and q.end <= start), None)
        floor = quote.end if quote else floor
    if quote is None or any(max(quote.start, floor) <= m.start and m.end <= start for m in doc.actors if m.country):
        return None
    return quote.speaker
