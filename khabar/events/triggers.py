"""Event trigger lexicons (`data/lang/<code>/triggers.yaml`) and matching them in `doc.norm`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import languages
from ..document import Document
from ..errors import DataFileError
from .patterns import Compiler, LiteralIndex, load_entries, nominal, sentence_windows, verb_affixes

#: the frames roles.py knows how to fill
FRAMES = ("directed", "joint", "visit", "host", "passive")
#: prior confidence of an entry that does not set one
DEFAULT_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what fires (regex) and what it codes."""

    id: str
    lang: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    frame: str
    regex: re.Pattern[str]
    confidence: float = DEFAULT_CONFIDENCE
    negated: str | None = None
    #: the THREATEN mode when this event is what is threatened (cutting ties -> relations)
    threat_mode: str | None = None
    #: the REQUEST/REJECT mode when this event is what is asked for or refused (a resignation -> change)
    ask_mode: str | None = None
    #: mode by the actor's sector (`{REB: militia}`), over the entry's own mode
    sector_modes: tuple[tuple[str, str], ...] = ()
    #: the function word whose mention is preferred as recipient (`to`: extradited X to Y)
    recipient: str | None = None
    #: function words marking the mention that did the act, all unmarked ones undergoing it (a summons: `by`, `to`
    #: the ministry of X); with none of them near a passive, the envoy's host state (`at`) did it
    agents: tuple[str, ...] = ()
    #: title ids of the mentions that undergo the act whatever their place (a summons: the ambassador, the envoy)
    patients: tuple[str, ...] = ()
    #: a noun trigger (a request): what it asks for is its own complement, not the rest of its clause
    noun: bool = False
    #: a threat naming only the response it promises (an economic response from Y): in what someone said, the
    #: sayer threatens, whoever would respond
    consequence: bool = False


@dataclass
class Trigger:
    """A match of an entry: text offsets of the trigger words and the verb affixes it carried."""

    entry: Entry
    start: int
    end: int
    affixes: list[str] = field(default_factory=list)
    #: a noun (`stem*`: حمله روسیه), not (a verb word: حمله کرد, attacked), or None (written-out words say neither)
    nominal: bool | None = None


def _check(raw: dict[str, Any], where: str, types: dict[str, Any], modes: dict[str, list[str]]) -> None:
    key = str(raw.get("id", "?"))
    if raw.get("type") not in types:
        raise DataFileError(where, f"unknown type {raw.get('type')!r} (choices: {', '.join(types)})", key)
    mode = raw.get("mode")
    if mode is not None and mode not in modes.get(raw["type"], []):
        raise DataFileError(where, f"unknown mode {mode!r} (choices: {', '.join(modes.get(raw['type'], []))})", key)
    threat = raw.get("threat_mode")
    if threat is not None and threat not in modes.get("THREATEN", []):
        raise DataFileError(where, f"unknown threat_mode {threat!r} (choices: {', '.join(modes['THREATEN'])})", key)
    ask = raw.get("ask_mode")
    if ask is not None and ask not in modes.get("REQUEST", []):
        raise DataFileError(where, f"unknown ask_mode {ask!r} (choices: {', '.join(modes['REQUEST'])})", key)
    for sector, sector_mode in (raw.get("sector_modes") or {}).items():
        if sector_mode not in modes.get(raw["type"], []):
            raise DataFileError(where, f"unknown mode {sector_mode!r} for sector {sector}", key)
    if raw.get("frame", "directed") not in FRAMES:
        raise DataFileError(where, f"unknown frame {raw.get('frame')!r} (choices: {', '.join(FRAMES)})", key)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> tuple[Entry, ...]:
    """The compiled trigger entries of a language; empty when it has no triggers.yaml."""
    raw_entries, compiler = load_entries(lang, "triggers")
    types, modes = plover("types"), plover("modes")
    entries = []
    for raw in raw_entries:
        _check(raw, compiler.where, types, modes)
        entries.append(Entry(
            id=raw["id"], lang=lang, type=raw["type"], mode=raw.get("mode"),
            context=tuple(raw.get("context") or ()), frame=raw.get("frame", "directed"),
            regex=compiler.compile(raw.get("patterns", []), raw["id"]),
            confidence=float(raw.get("confidence", DEFAULT_CONFIDENCE)), negated=raw.get("negated"),
            threat_mode=raw.get("threat_mode"), ask_mode=raw.get("ask_mode"),
            sector_modes=tuple((raw.get("sector_modes") or {}).items()),
            recipient=raw.get("recipient"), noun=bool(raw.get("noun")),
            agents=tuple(raw.get("agents") or ()), patients=tuple(raw.get("patients") or ()),
            consequence=bool(raw.get("consequence")),
        ))
    return tuple(entries)


@lru_cache(maxsize=None)
def trigger_index(lang: str) -> LiteralIndex[Entry]:
    """The language's entries behind one literal-stem prefilter, built once."""
    raw_entries, compiler = load_entries(lang, "triggers")
    patterns = {raw["id"]: raw.get("patterns", []) for raw in raw_entries}
    return LiteralIndex(compiler.indexed(e, patterns[e.id], e.id, regex=e.regex) for e in lexicon(lang))


@lru_cache(maxsize=None)
def plover(kind: str) -> Any:
    """A PLOVER codebook file: `types`, `modes` or `contexts` (data/plover/<kind>.yaml)."""
    return languages.load_yaml(languages.DATA / "plover" / f"{kind}.yaml")


@lru_cache(maxsize=None)
def cue_table(lang: str, kind: str, key: str) -> dict[str, dict[str, re.Pattern[str]]]:
    """A `{group: {label: regex}}` table from a data file key (e.g. triggers.yaml `mode_cues`)."""
    spec = (languages.data(lang, kind) or {}).get(key) or {}
    compiler = Compiler(lang, (languages.data(lang, kind) or {}).get("verbs"), str(languages.LANG_DIR / lang / f"{kind}.yaml"))
    return {group: {label: compiler.compile(list(words), f"{key}.{group}.{label}") for label, words in table.items()}
            for group, table in spec.items()}


@lru_cache(maxsize=None)
def stop_index(lang: str) -> LiteralIndex[str]:
    """The `stops` of a language's triggers.yaml: phrases ("released a statement") that no trigger may overlap."""
    spec = languages.data(lang, "triggers") or {}
    compiler = Compiler(lang, spec.get("verbs"), str(languages.LANG_DIR / lang / "triggers.yaml"))
    stops = spec.get("stops") or []
    return LiteralIndex(compiler.indexed(s["id"], s["patterns"], s["id"]) for s in stops)


@lru_cache(maxsize=None)
def blockers(lang: str) -> LiteralIndex[str]:
    """The `blockers` of a language's triggers.yaml: sport and fiction cue words that void a sentence's triggers."""
    spec = languages.data(lang, "triggers") or {}
    words = [str(w) for w in spec.get("blockers") or []]
    if not words:
        return LiteralIndex(())
    compiler = Compiler(lang, spec.get("verbs"), str(languages.LANG_DIR / lang / "triggers.yaml"))
    return LiteralIndex([compiler.indexed("blockers", words, "blockers")])


def find_triggers(doc: Document) -> list[Trigger]:
    """Every trigger in the document, overlaps resolved in favour of the longer match; none overlapping a stop
    phrase, none in a sentence holding a blocker word."""
    norm = doc.norm if doc.norm is not None else (doc.text or "")
    lang, windows = doc.lang or "", sentence_windows(doc)
    voids = [m.span() for _, m in stop_index(lang).scan(norm, windows)]
    blocked = {i for _, m in blockers(lang).scan(norm, windows)
               for i, (a, b) in enumerate(windows) if a <= m.start() < b}
    voids += [windows[i] for i in blocked]
    found: list[Trigger] = []
    for entry, m in trigger_index(lang).scan(norm, windows):
        if any(m.start() < b and a < m.end() for a, b in voids):
            continue
        start, end = doc.norm_to_text(m.start(), m.end())
        found.append(Trigger(entry, start, end, verb_affixes(m), nominal(m)))
    return _longest_first(found)


def _longest_first(found: list[Trigger]) -> list[Trigger]:
    kept: list[Trigger] = []
    for t in sorted(found, key=lambda t: (-(t.end - t.start), t.start)):
        if not any(t.start < k.end and k.start < t.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)
