"""Actor mentions: a longest-match gazetteer over `doc.norm`, then title + nationality + name groups
(`وزير الخارجية الإيراني سيد عباس عراقجي`, `معاون پوتین`, `the US president`) resolved against the KB on
`doc.published`. Place names are kept apart in `doc.meta["places"]`: they are locations, not actors.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from ..document import ActorMention, Document
from ..registry import component
from .kb import KB, Alias, Entry, LangRules, Trie, load_kb, tokens

#: what a chunk of matched tokens is, by the kind of its best alias
KIND_TYPE = {"person": "PERSON", "state": "STATE", "igo": "ORG", "inst": "ORG",
             "title": "TITLE", "honorific": "HON", "modifier": "MOD", "place": "PLACE"}
#: when one alias names several things, the more specific wins
KIND_RANK = {"person": 0, "inst": 1, "igo": 2, "state": 3, "title": 4, "honorific": 5, "modifier": 6, "place": 7}
#: a group of chunks longer than this is not one name phrase
MAX_GROUP = 8


@dataclass
class Chunk:
    """Matched tokens [start, end) with the aliases found there; `via` is the connector that joined it."""

    start: int
    end: int
    aliases: list[Alias]
    via: str = ""

    @property
    def type(self) -> str:
        return KIND_TYPE[self.aliases[0].entry.kind]

    @property
    def entry(self) -> Entry:
        return self.aliases[0].entry


@dataclass
class Text:
    """The tokens of `doc.norm` and whether each follows the previous one across whitespace only."""

    norm: str
    toks: list[tuple[int, int, str]]
    tight: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tight = [i > 0 and not self.norm[self.toks[i - 1][1]:s].strip() for i, (s, _, _) in enumerate(self.toks)]


@component("actors.v1", requires=("norm", "sentences"), assigns=("actors",))
def actors(*, extra: tuple[str, ...] = ()) -> Callable[[Document], Document]:
    """Find and link actor mentions; `extra` names user YAML files shaped like people.yaml or institutions.yaml."""
    kb = load_kb(*extra)

    def run(doc: Document) -> Document:
        if doc.lang not in kb.tries:
            return doc
        norm = doc.norm if doc.norm is not None else (doc.text or "")
        found = find_actors(kb, doc.lang, norm, published(doc.published))
        doc.actors = [_mention(doc, s, e, entry) for s, e, entry in found]
        covered = [(s, e) for s, e, _ in found]
        doc.meta["places"] = [_place(doc, s, e, entry) for s, e, entry in find_places(kb, doc.lang, norm, covered)]
        return doc

    return run


@dataclass(frozen=True)
class Linked:
    """What a mention resolves to (a KB entry, or a country + sector for unnamed officials) and what fired."""

    name: str | None
    wikidata: str | None
    country: str | None
    sector: str | None
    by: str


def find_actors(kb: KB, lang: str, norm: str, on: date | None) -> list[tuple[int, int, Linked]]:
    """(norm start, norm end, link) of every actor mention in a normalised text."""
    text = Text(norm, tokens(norm))
    rules = kb.rules[lang]
    chunks = match(text, kb.tries[lang], rules)
    out = []
    for group in groups(chunks, text, rules):
        resolved = resolve(kb, lang, group, on)
        if resolved is None:
            continue
        start, end = text.toks[group[0].start][0], text.toks[group[-1].end - 1][1]
        start = _with_article(text, group, rules, start)
        end = _with_unknown_name(text, norm, end, resolved, group, rules)
        out.append((start, end, resolved))
    return out


def match(text: Text, trie: Trie, rules: LangRules) -> list[Chunk]:
    """Greedy left-to-right longest matches over the token keys, clitics stripped as the data allows."""
    chunks, i = [], 0
    while i < len(text.toks):
        end, aliases = longest_at(text, i, trie, rules)
        if aliases:
            chunks.append(Chunk(i, end, sorted(aliases, key=lambda a: KIND_RANK[a.entry.kind])))
            i = end
        else:
            i += 1
    return chunks


def longest_at(text: Text, i: int, trie: Trie, rules: LangRules) -> tuple[int, list[Alias]]:
    """The longest alias starting at token i: (end token, aliases), or (i, [])."""
    best: tuple[int, list[Alias]] = (i, [])
    for first in _prefix_variants(text.toks[i][2], rules):
        node, j, k = trie, i, first
        while True:
            for last in (k, *_suffix_variants(k, rules)):
                child = node.children.get(last)
                if child is not None and child.values and j + 1 > best[0]:
                    best = (j + 1, child.values)
            node = node.children.get(k)
            j += 1
            if node is None or j >= len(text.toks) or not text.tight[j]:
                break
            k = text.toks[j][2]
    return best


def _prefix_variants(k: str, rules: LangRules) -> list[str]:
    out = [k]
    out += [k[len(p):] for p in rules.prefixes if k.startswith(p) and len(k) - len(p) >= 2]
    out += [r + k[len(p):] for p, r in rules.rewrites.items() if k.startswith(p) and len(k) - len(p) >= 2]
    return out


def _suffix_variants(k: str, rules: LangRules) -> list[str]:
    return [k[:-len(s)] for s in rules.suffixes if k.endswith(s) and len(k) - len(s) >= 2]


def groups(chunks: list[Chunk], text: Text, rules: LangRules) -> list[list[Chunk]]:
    """Join neighbouring chunks that form one name phrase (title + country + honorific + name)."""
    out: list[list[Chunk]] = []
    for chunk in chunks:
        current = out[-1] if out else None
        if current and len(current) < MAX_GROUP and _joins(current, chunk, text, rules):
            current.append(chunk)
        else:
            out.append([chunk])
    return out


def _joins(group: list[Chunk], chunk: Chunk, text: Text, rules: LangRules) -> bool:
    """Whether `chunk` continues `group`: adjacent, or after a connector, and in an order names take."""
    prev = group[-1]
    chunk.via = _connector(text, prev.end, chunk.start, rules)
    adjacent = chunk.start == prev.end and text.tight[chunk.start]
    if not adjacent and not chunk.via:
        return False
    if prev.type in ("TITLE", "HON", "MOD"):
        return adjacent or chunk.type != "PERSON"
    if prev.type in ("STATE", "ORG"):
        return chunk.type in ("TITLE", "HON", "MOD", "PERSON") if adjacent else chunk.type in ("STATE", "ORG", "TITLE")
    if chunk.via == "possessive":
        return chunk.type in ("TITLE", "MOD")
    return adjacent and chunk.type == "PERSON" and len(group) >= 2 and group[-2].entry.relation


def _connector(text: Text, end: int, start: int, rules: LangRules) -> str:
    """'possessive' or 'host' when the tokens between two chunks are exactly one connector, else ''."""
    between = tuple(k for _, _, k in text.toks[end:start])
    if not between or not all(text.tight[j] for j in range(end, start + 1)):
        return ""
    if between in rules.possessive:
        return "possessive"
    return "host" if between in rules.host else ""


def resolve(kb: KB, lang: str, group: list[Chunk], on: date | None) -> Linked | None:
    """Link a group: a named person, an office holder, or the group's country with the title's sector."""
    ids = "+".join(c.entry.id for c in group)
    by = f"actors.v1:{lang}/{ids}"
    if len(group) == 1 and group[0].aliases[0].weak:
        return None
    last = group[-1]
    if last.type == "PERSON" and not _possessor(group, on):
        return _person_link(kb, _pick_person(last, on), on, by)
    anchor = next((c for c in group if c.type in ("STATE", "ORG", "PERSON") and c.via != "host"), None)
    if anchor is None:
        return None
    titles = [c.entry for c in group if c.type == "TITLE"]
    holder = _holder(kb, lang, anchor, titles, on)
    if holder is not None:
        return _person_link(kb, holder, on, by)
    country, sector = _anchor_country(kb, anchor, on)
    if not titles:
        return Linked(anchor.entry.name, anchor.entry.wikidata, country, sector, by)
    eli = any(c.type == "MOD" and c.entry.sector == "ELI" for c in group)
    title_sector = next((t.sector for t in reversed(titles) if t.sector), None)
    name = f"{anchor.entry.name} ({titles[-1].name})"
    return Linked(name, None, country, "ELI" if eli else title_sector or sector, by)


def _possessor(group: list[Chunk], on: date | None) -> bool:
    """`معاون پوتین`: a relational title right before the last name makes that name the possessor."""
    if len(group) < 2 or group[-2].type != "TITLE" or not group[-2].entry.relation or group[-1].via:
        return False
    office = group[-2].entry.office
    person = _pick_person(group[-1], on)
    return not (office and any(r.office == office for r in person.roles))


def _holder(kb: KB, lang: str, anchor: Chunk, titles: list[Entry], on: date | None) -> Entry | None:
    office = next((t.office for t in reversed(titles) if t.office), None)
    if office is None or anchor.type == "PERSON":
        return None
    entry = anchor.entry
    office = kb.rules[lang].offices.get(entry.id.split("/", 1)[1], {}).get(office, office)
    body = entry.id.split("/", 1)[1] if entry.kind == "igo" else entry.country
    return kb.holder(body, office, on)


def _anchor_country(kb: KB, anchor: Chunk, on: date | None) -> tuple[str | None, str | None]:
    entry = anchor.entry
    if entry.kind == "person":
        person = _person_link(kb, _pick_person(anchor, on), on, "")
        return person.country, "GOV"
    return entry.country, entry.sector


def _pick_person(chunk: Chunk, on: date | None) -> Entry:
    """Among people sharing an alias, the one in office on the date, else the most recent one."""
    people = [a.entry for a in chunk.aliases if a.entry.kind == "person"] or [chunk.entry]
    live = [p for p in people if p.role_on(on)]
    return (live or sorted(people, key=lambda p: max((r.start or date.min) for r in p.roles) if p.roles
                           else date.min, reverse=True))[0]


def _person_link(kb: KB, person: Entry, on: date | None, by: str) -> Linked:
    """A person's country and sector on a date: their role's body then, or ELI once every role has ended."""
    if person.kind != "person":
        return Linked(person.name, person.wikidata, person.country, person.sector, by)
    role = person.role_on(on)
    latest = role or max(person.roles, key=lambda r: r.end or date.max)
    ended = role is None and on is not None and all(r.end and r.end <= on for r in person.roles)
    igo = kb.entries.get(f"igo/{latest.body}")
    country = igo.country if igo else latest.body
    return Linked(person.name, person.wikidata, country, "ELI" if ended else person.sector, by)


def _with_article(text: Text, group: list[Chunk], rules: LangRules, start: int) -> int:
    i = group[0].start
    if i > 0 and text.tight[i] and text.toks[i - 1][2] in rules.articles and any(
            c.type in ("TITLE", "ORG") for c in group):
        return text.toks[i - 1][0]
    return start


def _with_unknown_name(text: Text, norm: str, end: int, link: Linked, group: list[Chunk], rules: LangRules) -> int:
    """Extend `the Chinese embassy's press secretary Liu Pengyu` over a name the KB lacks."""
    if rules.unknown_name is None or group[-1].type != "TITLE" or len(group) < 2:
        return end
    gap = len(norm[end:]) - len(norm[end:].lstrip(" "))
    found = rules.unknown_name.match(norm, end + gap) if gap == 1 else None
    return found.end() if found else end


def find_places(kb: KB, lang: str, norm: str, covered: list[tuple[int, int]]) -> list[tuple[int, int, Entry]]:
    """Place-name matches that do not overlap an actor mention."""
    text = Text(norm, tokens(norm))
    out = []
    for chunk in match(text, kb.places[lang], kb.rules[lang]):
        start, end = text.toks[chunk.start][0], text.toks[chunk.end - 1][1]
        if not any(s < end and start < e for s, e in covered):
            out.append((start, end, chunk.entry))
    return out


def published(value: str | None) -> date | None:
    """The publication date as a date (None when missing or unreadable)."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _mention(doc: Document, start: int, end: int, link: Linked) -> ActorMention:
    s, e = _to_text(doc, start, end)
    return ActorMention(s, e, doc.text[s:e] if doc.text else "", link.name, link.wikidata, link.country,
                        link.sector, link.by)


def _place(doc: Document, start: int, end: int, entry: Entry) -> dict:
    s, e = _to_text(doc, start, end)
    geonameid, lat, lon = entry.place
    return {"start": s, "end": e, "text": doc.text[s:e] if doc.text else "", "name": entry.name,
            "country": entry.country, "geonameid": geonameid, "lat": lat, "lon": lon}


def _to_text(doc: Document, start: int, end: int) -> tuple[int, int]:
    return doc.norm_to_text(start, end) if doc.norm is not None else (start, end)
