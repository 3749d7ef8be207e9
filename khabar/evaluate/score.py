"""Score one document's predicted records (FORMAT.md section 2) against its gold file (section 3).

Every function here is pure: gold dicts, record dicts and the raw article text in, tallies out.
Tallies add up, so per-language and overall scores are micro-averages of the per-document counts.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from .matching import max_matching, normalise, overlaps

Record = dict[str, Any]


class Tally:
    """A dataclass of counts that adds field by field."""

    def __add__(self, other: "Tally") -> "Tally":
        return type(self)(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


def ratio(part: int, whole: int) -> float | None:
    """part / whole, or None (shown as n/a) when there is nothing to divide by."""
    return part / whole if whole else None


@dataclass
class PRF(Tally):
    """Matches (`tp`) among `pred` predictions and `gold` gold entries."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.pred)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean; 0 when nothing matched but something was predicted or expected."""
        if not (self.pred or self.gold):
            return None
        return 2 * self.tp / (self.pred + self.gold)

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class EventTally(Tally):
    """Lenient and strict matches; duplicates are also counted in the false positives of both."""

    lenient: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    duplicates: int = 0
    ignored: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"lenient": self.lenient.as_dict(), "strict": self.strict.as_dict(),
                "duplicates": self.duplicates, "ignored_optional": self.ignored}


@dataclass
class DateTally(Tally):
    """Scored gold dates, those a predicted date overlaps (`found`), and those with the right value."""

    gold: int = 0
    found: int = 0
    correct: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "found": self.found, "correct": self.correct,
                "accuracy": ratio(self.correct, self.found), "recall": ratio(self.found, self.gold)}


@dataclass
class BoilerTally(Tally):
    """Gold boilerplate lines and how many were removed; body lines and how many were kept."""

    boiler: int = 0
    removed: int = 0
    body: int = 0
    kept: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"boilerplate_lines": self.boiler, "removed": self.removed, "body_lines": self.body,
                "kept": self.kept, "removed_share": ratio(self.removed, self.boiler),
                "kept_share": ratio(self.kept, self.body)}


@dataclass
class Scores(Tally):
    """Everything scored for one document, or summed over several."""

    docs: int = 0
    events: EventTally = field(default_factory=EventTally)
    actors: PRF = field(default_factory=PRF)
    dates: DateTally = field(default_factory=DateTally)
    quotes: PRF = field(default_factory=PRF)
    boilerplate: BoilerTally = field(default_factory=BoilerTally)

    def as_dict(self) -> dict[str, Any]:
        return {"docs": self.docs, **{f.name: getattr(self, f.name).as_dict() for f in fields(self)[1:]}}


# --- one document ------------------------------------------------------------------------------

def score_document(gold: dict[str, Any], records: list[Record], raw: str | None) -> Scores:
    """All fields of one document; `records` may be empty (nothing extracted), `raw` None (article unknown)."""
    document = next((r for r in records if r.get("kind") == "document"), {})
    kinds = {k: [r for r in records if r.get("kind") == k] for k in ("event", "actor", "date", "quote")}
    text, lang = document.get("text") or "", gold["lang"]
    lines = classify_lines(raw, gold.get("boilerplate", [])) if raw is not None else []
    return Scores(
        docs=1,
        events=score_events(gold["events"], kinds["event"], text, lang),
        actors=score_actors(gold["actors"], kinds["actor"], lang),
        dates=score_dates([d for d in gold["dates"] if raw is None or in_body(d["text"], raw, lines)],
                          kinds["date"], text),
        quotes=score_quotes(gold["quotes"], kinds["quote"], text, lang),
        boilerplate=score_boilerplate(raw, lines, document) if raw is not None else BoilerTally(),
    )


# --- events ------------------------------------------------------------------------------------

def score_events(gold: list[dict[str, Any]], predicted: list[Record], text: str, lang: str) -> EventTally:
    """Maximum one-to-one matchings, strict and lenient, so record order does not matter. An unmatched
    prediction fitting an optional gold event is ignored; one fitting only matched gold events is a duplicate."""
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    lenient = [[i for i, g in enumerate(required) if event_matches(p, g, text, lang)] for p in predicted]
    strict = [[i for i in lenient[k] if direction_matches(p, required[i])] for k, p in enumerate(predicted)]
    pairs = max_matching(lenient)
    unmatched = [k for k in range(len(predicted)) if k not in pairs]
    ignored = [k for k in unmatched if any(event_matches(predicted[k], g, text, lang) for g in optional)]
    scored = len(predicted) - len(ignored)
    return EventTally(
        lenient=PRF(len(pairs), scored, len(required)),
        strict=PRF(len(max_matching(strict)), scored, len(required)),
        duplicates=sum(1 for k in unmatched if lenient[k] and k not in ignored),
        ignored=len(ignored),
    )


def event_matches(pred: Record, gold: dict[str, Any], text: str, lang: str) -> bool:
    """Same type, a mention overlapping a gold evidence string, and overlapping country sets."""
    if pred.get("event_type") != gold["type"]:
        return False
    if not _shared(_countries(pred, "actor") | _countries(pred, "recipient"), {*gold["actor"], *gold["recipient"]}):
        return False
    spans = [*(pred.get("mentions") or []), *([pred["evidence"]] if pred.get("evidence") else [])]
    return any(overlaps(span_text(s, text), ev, lang) for s in spans for ev in gold["evidence"])


def direction_matches(pred: Record, gold: dict[str, Any]) -> bool:
    """The strict extras: actor vs actor and recipient vs recipient, mode, aux, and an accepted date."""
    return (_shared(_countries(pred, "actor"), set(gold["actor"]))
            and _shared(_countries(pred, "recipient"), set(gold["recipient"]))
            and pred.get("mode") == gold.get("mode") and pred.get("aux") == gold.get("aux")
            and pred.get("date") in {gold.get("date"), *(gold.get("date_ok") or [])})


def _countries(pred: Record, role: str) -> set[str]:
    return {a["country"] for a in pred.get(role) or [] if a.get("country")}


def _shared(a: set[str], b: set[str]) -> bool:
    """Sets overlap, or both are empty (nobody identified on either side)."""
    return bool(a & b) or not (a or b)


def span_text(span: Record, text: str) -> str:
    """The document text at a span's offsets (its `text` field when offsets are missing)."""
    start, end = span.get("start"), span.get("end")
    if isinstance(start, int) and isinstance(end, int) and end <= len(text):
        return text[start:end]
    return span.get("text") or ""


# --- actors, quotes, dates ---------------------------------------------------------------------

def score_actors(gold: list[dict[str, Any]], predicted: list[Record], lang: str) -> PRF:
    """Distinct (surface, country) pairs, surfaces compared after normalisation."""
    want = {(normalise(s, lang), a["country"]) for a in gold for s in a["surface"]}
    got = {(normalise(r.get("text") or "", lang), r.get("country")) for r in predicted}
    return PRF(len(want & got), len(got), len(want))


def score_quotes(gold: list[dict[str, Any]], predicted: list[Record], text: str, lang: str) -> PRF:
    """One-to-one matches: overlapping text and the same speaker country."""
    edges = [[i for i, g in enumerate(gold)
              if (p.get("speaker") or {}).get("country") == g["speaker_country"]
              and overlaps(span_text(p, text), g["text"], lang)] for p in predicted]
    return PRF(len(max_matching(edges)), len(predicted), len(gold))


def score_dates(gold: list[dict[str, Any]], predicted: list[Record], text: str) -> DateTally:
    """A gold date is found when a predicted date overlaps one of its occurrences in the cleaned text,
    and correct when one of those predictions has its value."""
    tally = DateTally(gold=len(gold))
    for g in gold:
        spans = [(o, o + len(g["text"])) for o in occurrences(g["text"], text)]
        hits = [p for p in predicted if any(p.get("start", -1) < e and s < p.get("end", -1) for s, e in spans)]
        tally.found += bool(hits)
        tally.correct += any(p.get("value") == g["value"] for p in hits)
    return tally


def occurrences(needle: str, haystack: str) -> list[int]:
    """Start offsets of every occurrence of `needle`."""
    found, at = [], haystack.find(needle)
    while at >= 0:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


# --- boilerplate -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    """A non-empty raw line [start, end) and whether a gold boilerplate entry names it."""

    start: int
    end: int
    boilerplate: bool


def classify_lines(raw: str, entries: list[str]) -> list[Line]:
    """Non-empty lines of the raw article; a gold entry names a line exactly, or as a prefix of 20+ chars."""
    wanted = [e.strip() for e in entries]
    lines, start = [], 0
    for line in raw.split("\n"):
        body = line.strip()
        if body:
            named = any(body == e or (len(e) >= 20 and body.startswith(e)) for e in wanted)
            lines.append(Line(start, start + len(line), named))
        start += len(line) + 1
    return lines


def in_body(needle: str, raw: str, lines: list[Line]) -> bool:
    """Whether some occurrence of `needle` in the raw text lies outside every gold boilerplate line."""
    boiler = [ln for ln in lines if ln.boilerplate]
    return any(not any(ln.start <= o and o + len(needle) <= ln.end for ln in boiler)
               for o in occurrences(needle, raw))


def score_boilerplate(raw: str, lines: list[Line], document: Record) -> BoilerTally:
    """A line counts as kept when at least half of its non-space characters reach the cleaned text."""
    covered = coverage(raw, document)
    tally = BoilerTally()
    for ln in lines:
        chars = [i for i in range(ln.start, ln.end) if not raw[i].isspace()]
        kept = 2 * sum(covered[i] for i in chars) >= len(chars)
        if ln.boilerplate:
            tally.boiler += 1
            tally.removed += not kept
        else:
            tally.body += 1
            tally.kept += kept
    return tally


def coverage(raw: str, document: Record) -> bytearray:
    """1 for each raw character that `raw_spans` maps into the cleaned text (identity when no spans)."""
    covered = bytearray(len(raw))
    spans = document.get("raw_spans") or ([(0, 0, len(document["text"]))] if document.get("text") else [])
    for _, raw_start, length in spans:
        covered[raw_start:raw_start + length] = b"\x01" * len(covered[raw_start:raw_start + length])
    return covered
