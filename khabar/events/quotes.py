"""The `quotes.v1` component: direct (quotation marks) and attributed indirect speech, linked to a speaker."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .. import languages
from ..document import ActorMention, Document, Quote, Span
from ..registry import component
from .patterns import Compiler, norm_index, norm_text
from .roles import arguments, groups

NAME = "quotes.v1"
#: shortest stretch of words worth reporting as a quote
MIN_WORDS = 3
#: a pronoun speaker ("he said") refers back at most this many sentences
CARRY_SENTENCES = 2
#: how many words may stand between the speech verb (or its speaker) and the complementiser
COMPLEMENT_WINDOW = 8
TRIM = " \t\n,،.:;؛\"'«»“”"


@dataclass(frozen=True)
class Speech:
    """A language's compiled speech cues."""

    verbs: re.Pattern[str]
    complementizers: re.Pattern[str]
    according: re.Pattern[str] | None
    marks: tuple[tuple[str, str], ...]


@lru_cache(maxsize=None)
def speech(lang: str) -> Speech:
    """Compile a language's quotes.yaml."""
    spec = languages.data(lang, "quotes") or {}
    comp = Compiler(lang, spec.get("verbs_table"), str(languages.LANG_DIR / lang / "quotes.yaml"))
    return Speech(
        verbs=comp.compile(spec.get("verbs", []), "verbs"),
        complementizers=re.compile("|".join(re.escape(w) if not w.isalpha() else comp.compile([w], "c").pattern
                                            for w in spec.get("complementizers", []))),
        according=comp.compile(spec["according"], "according") if spec.get("according") else None,
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
    indirect = indirect_quotes(doc)
    direct = direct_quotes(doc, indirect)
    kept = direct + [q for q in indirect if not any(q.start < d.end and d.start < q.end for d in direct)]
    doc.quotes = sorted(kept, key=lambda q: q.start)
    return doc


def speaker_near(doc: Document, sent: Span, start: int, end: int) -> ActorMention | None:
    """The subject of a speech verb at [start, end) in its sentence, by the language's word order."""
    mentions = [m for m in doc.actors if m.country and sent.start <= m.start < sent.end and not _inside_marks(doc, sent, m)]
    subject, _ = arguments(doc, groups(doc, mentions), start, end)
    return subject.mentions[0] if subject else None


def _inside_marks(doc: Document, sent: Span, m: ActorMention) -> bool:
    text = (doc.text or "")[sent.start:m.start]
    return any(text.count(a) > text.count(b) if a != b else text.count(a) % 2 == 1 for a, b in speech(doc.lang or "").marks)


def indirect_quotes(doc: Document) -> list[Quote]:
    """Speech verbs with a speaker and a complement, or a speaker after the quoted words."""
    sp, norm, text = speech(doc.lang or ""), norm_text(doc), doc.text or ""
    out: list[Quote] = []
    last: tuple[int, ActorMention] | None = None
    for i, sent in enumerate(doc.sentences):
        for m in sp.verbs.finditer(norm, norm_index(doc, sent.start), norm_index(doc, sent.end)):
            vs, ve = doc.norm_to_text(m.start(), m.end())
            speaker = speaker_near(doc, sent, vs, ve)
            if speaker is None and last and i - last[0] <= CARRY_SENTENCES:
                speaker = last[1]
            if speaker is None:
                continue
            last = (i, speaker)
            span = complement(doc, sent, max(ve, speaker.end if speaker.start >= ve else ve)) \
                or preceding(doc, sent, min(vs, speaker.start if sent.start <= speaker.start < vs else vs))
            if span:
                out.append(Quote(speaker, span.start, span.end, text[span.start:span.end], by=f"{NAME}:{doc.lang}/indirect"))
                break
    return out


def complement(doc: Document, sent: Span, after: int) -> Span | None:
    """The reported words after a speech verb: from the complementiser (if near) to the sentence end."""
    sp, norm = speech(doc.lang or ""), norm_text(doc)
    ns, ne = norm_index(doc, after), norm_index(doc, sent.end)
    m = sp.complementizers.search(norm, ns, ne)
    begin = after
    if m and len(norm[ns:m.start()].split()) <= COMPLEMENT_WINDOW:
        begin = doc.norm_to_text(m.start(), m.end())[1]
    return _trimmed(doc, begin, sent.end)


def preceding(doc: Document, sent: Span, before: int) -> Span | None:
    """Speaker-after-quote order ("..., the minister said"): the words before the speaker."""
    return _trimmed(doc, sent.start, before)


def _trimmed(doc: Document, start: int, end: int) -> Span | None:
    text = doc.text or ""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return Span(start, end) if len(text[start:end].split()) >= MIN_WORDS else None


def direct_quotes(doc: Document, indirect: list[Quote]) -> list[Quote]:
    """Words inside quotation marks, attributed to the speaker of their sentence (or the one before)."""
    text, out = doc.text or "", []
    for a, b in speech(doc.lang or "").marks:
        for m in re.finditer(re.escape(a) + r"([^" + re.escape(a + b) + r"]+)" + re.escape(b), text):
            span = _trimmed(doc, m.start(1), m.end(1))
            speaker = _speaker_of(doc, m.start(), m.end(), indirect)
            if span and speaker:
                out.append(Quote(speaker, span.start, span.end, text[span.start:span.end], by=f"{NAME}:{doc.lang}/direct"))
    return out


def _speaker_of(doc: Document, start: int, end: int, indirect: list[Quote]) -> ActorMention | None:
    """The speaker of the sentence around a quotation, else of the nearest earlier speech."""
    sents = [s for s in doc.sentences if s.start < end and start < s.end]
    near = [q for q in indirect if any(s.start <= q.start < s.end for s in sents)]
    if near:
        return near[0].speaker
    earlier = [q for q in indirect if q.start < start]
    return earlier[-1].speaker if earlier else None
