"""The Document that flows through every stage, and the annotations stages add to it.

Offsets: every annotation is a (start, end) into `doc.text`, the cleaned text. `doc.raw_spans` maps
`text` back to `doc.raw`; `doc.norm_map` maps the normalised `doc.norm` (what matchers see) to `text`.
"""
from __future__ import annotations

import hashlib
import unicodedata
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of `doc.text`: [start, end)."""

    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Paragraph(Span):
    """A block of text between blank lines, with its own detected language."""

    lang: str | None = None


@dataclass
class Removed:
    """A raw line the cleaner dropped, and why (`marker:fa#3`, `repeated`, `after-marker`)."""

    start: int
    end: int
    reason: str


@dataclass
class ActorMention:
    """A span linked to an actor: a person, organisation or state."""

    start: int
    end: int
    text: str
    name: str | None = None
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    by: str = ""


@dataclass
class PlaceMention:
    """A place linked to GeoNames: where an event may have happened, never an actor."""

    start: int
    end: int
    text: str
    name: str | None = None
    country: str | None = None
    geonameid: int | str | None = None
    lat: float | None = None
    lon: float | None = None
    by: str = ""


@dataclass
class DateMention:
    """A resolved date expression; `value` is ISO at the precision the text gives."""

    start: int
    end: int
    text: str
    value: str
    calendar: str = "gregorian"
    end_value: str | None = None
    by: str = ""


@dataclass
class Event:
    """One PLOVER event with its evidence spans; the record keys follow FORMAT.md section 2."""

    event_type: str
    actor: list[ActorMention]
    recipient: list[ActorMention]
    evidence: list[Span]
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    aux: str | None = None
    date: str | None = None
    date_raw: str | None = None
    location: dict[str, Any] | None = None
    confidence: float = 0.5
    coder: str = ""


@dataclass
class Quote:
    """Attributed speech: who said it and the span of the words."""

    speaker: ActorMention
    start: int
    end: int
    text: str
    by: str = ""


@dataclass
class Document:
    """One article, from raw bytes to events. Stages add fields; none rebuilds an earlier one."""

    doc_id: str
    raw: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    author: str | None = None
    source: str | None = None
    source_url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    text: str | None = None
    raw_spans: list[tuple[int, int, int]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    norm: str | None = None
    norm_map: list[int] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    skipped: str | None = None
    steps: list[str] = field(default_factory=list)

    # --- offsets -------------------------------------------------------------------------------
    def text_to_raw(self, offset: int) -> int:
        """Map an offset in `text` to the same character in `raw` (end offsets map to span ends)."""
        if not self.raw_spans:
            return offset
        starts = [s for s, _, _ in self.raw_spans]
        i = max(bisect_right(starts, offset) - 1, 0)
        t_start, r_start, length = self.raw_spans[i]
        if offset > t_start + length and i + 1 < len(self.raw_spans):
            return self.raw_spans[i + 1][1]
        return r_start + min(offset - t_start, length)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw-file offsets of the text span [start, end)."""
        return self.text_to_raw(start), self.text_to_raw(end - 1) + 1 if end > start else self.text_to_raw(start)

    def norm_to_text(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `norm` to the span of `text` it came from, with the marks normalising dropped from its last
        letter (`فلسطينياً`, not `فلسطينيا`)."""
        if not self.norm_map:
            return start, end
        if end <= start:
            return self.norm_map[start], self.norm_map[start]
        text_end = self.norm_map[end - 1] + 1
        limit = self.norm_map[end] if end < len(self.norm_map) else len(self.text or "")
        while text_end < limit and unicodedata.category((self.text or "")[text_end]) == "Mn":
            text_end += 1
        return self.norm_map[start], text_end

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence containing a text offset."""
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i]

    def sentence_index(self, offset: int) -> int | None:
        """The number of the sentence containing a text offset."""
        i = bisect_right(self.sentences, offset, key=attrgetter("start")) - 1  # no list of starts built per call
        return i if i >= 0 and offset < self.sentences[i].end else None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.raw.encode("utf-8")).hexdigest()

    # --- serialisation -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Every field as plain JSON-able data."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """Rebuild a Document from `to_dict()` output."""
        d = dict(data)
        d["removed"] = [Removed(**r) for r in d.get("removed", [])]
        d["paragraphs"] = [Paragraph(**p) for p in d.get("paragraphs", [])]
        d["sentences"] = [Span(**s) for s in d.get("sentences", [])]
        d["raw_spans"] = [tuple(s) for s in d.get("raw_spans", [])]
        d["actors"] = [ActorMention(**a) for a in d.get("actors", [])]
        d["places"] = [PlaceMention(**p) for p in d.get("places", [])]
        d["dates"] = [DateMention(**m) for m in d.get("dates", [])]
        d["events"] = [_event_from_dict(e) for e in d.get("events", [])]
        d["quotes"] = [Quote(**{**q, "speaker": ActorMention(**q["speaker"])}) for q in d.get("quotes", [])]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


def _event_from_dict(e: dict[str, Any]) -> Event:
    return Event(**{
        **e,
        "actor": [ActorMention(**a) for a in e["actor"]],
        "recipient": [ActorMention(**a) for a in e["recipient"]],
        "evidence": [Span(**s) for s in e["evidence"]],
    })
