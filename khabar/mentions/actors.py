"""Actor mentions: a longest-match gazetteer over `doc.norm`, then title + nationality + name groups
(`وزير الخارجية الإيراني سيد عباس عراقجي`, `معاون پوتین`, `the US president`) resolved against the KB on
`doc.published`. Place names are kept apart in `doc.places`: they are locations, not actors.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable

from ..document import ActorMention, Document, PlaceMention
from ..registry import component
from .kb import KB, Alias, Entry, LangRules, key, load_kb, tokens
from .matcher import Names, hits

#: what a chunk of matched tokens is, by the kind of its best alias
KIND_TYPE = {"person": "PERSON", "state": "STATE", "igo": "ORG", "inst": "ORG", "title": "TITLE",
             "honorific": "HON", "modifier": "MOD", "place": "PLACE", "feature": "FEATURE", "head": "HEAD",
             "nonactor": "NONACTOR", "abstract": "ABSTRACT", "object": "OBJECT"}
#: when one alias names several things, the more specific wins (a head noun only once it has an antecedent)
KIND_RANK = {"person": 0, "inst": 1, "igo": 2, "state": 3, "title": 4, "honorific": 5, "modifier": 6, "place": 7,
             "feature": 8, "head": 9, "nonactor": 10, "abstract": 11, "object": 12}
#: a lone demonym this many words or fewer from a non-actor noun (`لاعب التنس الصربي`) is not coded
NONACTOR_REACH = 3
#: nouns a lone demonym right next to them qualifies: ABSTRACT ones name no participant (`الشعب السوري`,
#: `Chinese history`: not coded); OBJECT ones name the state only as what an act is done to or by
#: (`Ukrainian territory`, `القرار الجزائري`: coded, for events, with `by` ending in OBJECT_MARK)
QUALIFIED = ("ABSTRACT", "OBJECT")
OBJECT_MARK = "#object"
#: the end of `by` for any other lone demonym (`the Turkish raid`): coded for events, not listed as an actor record
DEMONYM_MARK = "#demonym"
#: how many words before a `to` a motion word may stand for the capital after it to be a place (`flew on Sunday to`)
MOTION_REACH = 8
#: place names a document must give for one country before it is the home of its bare domestic bodies
HOME_MIN = 2
#: how many words (a desk, `a report by`) may stand between a relay phrase and the outlet it names
RELAY_REACH = 3
#: characters that end a sentence, for the sentence around a mention
SENTENCE_ENDS = ".!?؟\n"
#: what a head noun (`the agency`) can stand for: a body named earlier in the document
BODY_KINDS = ("state", "igo", "inst")
#: a group of chunks longer than this is not one name phrase
MAX_GROUP = 8
#: gaps between two tokens of one name: spaces (not a line break) or a hyphen (Nagorno-Karabakh)
HYPHENS = ("-", "‐", "–")
#: the environment variable naming user actor files (same shape as khabar/data/kb/people.yaml)
ACTORS_ENV = "KHABAR_ACTORS"
#: the suffix of an antecedent key for title phrases that named no country of their own
UNMARKED = "#unmarked"
#: the key suffix of the latest phrase an honorific was seen in (`معاليه` refers to it)
LATEST = "#latest"
#: quotation marks a name may stand in (`حركة "حماس"`): inside a name phrase, and taken into its span
QUOTES = "\"«»“”"
#: the mark before a social-media handle (`@AzPresident`), taken into the span of the name it starts
HANDLE = "@"
#: words long enough to tell a headline's Title Case from a sentence's capitalised names
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass
class Chunk:
    """Matched tokens [start, end) and their aliases. `lead`/`trim`: norm characters left outside the span
    (a conjunction clitic, a sentence-final dot); `prefix`: the clitic stripped; `via`: the connector before it."""

    start: int
    end: int
    aliases: list[Alias]
    lead: int = 0
    trim: int = 0
    prefix: str = ""
    via: str = ""

    @property
    def type(self) -> str:
        return KIND_TYPE[self.aliases[0].entry.kind]  # not via `entry`: read ~300 times per document

    @property
    def entry(self) -> Entry:
        return self.aliases[0].entry

    @property
    def form(self) -> str:
        return self.aliases[0].form


@dataclass
class Text:
    """The tokens of `doc.norm`; `tight[i]` says token i follows token i-1 within one name."""

    norm: str
    toks: list[tuple[int, int, str]]
    tight: list[bool] = field(default_factory=list)
    _title_lines: dict[int, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tight = [i > 0 and _tight_gap(self.norm[self.toks[i - 1][1]:s]) for i, (s, _, _) in enumerate(self.toks)]

    def title_case(self, i: int) -> bool:
        """Whether token i is on a line Written Like A Headline, where capitals do not mark names."""
        start = self.norm.rfind("\n", 0, self.toks[i][0]) + 1
        if start not in self._title_lines:
            end = self.norm.find("\n", start)
            words = _LONG_WORD.findall(self.norm, start, end if end >= 0 else len(self.norm))
            capitals = sum(w[0].isupper() for w in words)
            self._title_lines[start] = len(words) >= 4 and capitals >= 0.8 * len(words)
        return self._title_lines[start]

    @classmethod
    def of(cls, norm: str) -> Text:
        """The tokens of a normalised text."""
        return cls(norm, tokens(norm))


def _tight_gap(gap: str) -> bool:
    return gap == " " or gap in HYPHENS or (not gap.strip(" \t\u00a0\u200c" + QUOTES) and "\n" not in gap)


@dataclass(frozen=True)
class Linked:
    """What a mention resolves to (a KB entry, or a country + sector for unnamed officials) and what fired."""

    name: str | None
    wikidata: str | None
    country: str | None
    sector: str | None
    by: str
    #: for a person the KB lacks: the norm span of their name, whose text becomes the mention's name
    name_span: tuple[int, int] | None = None
    #: the states a group name stands for (the E3: GBR, FRA, DEU), one mention each
    members: tuple[str, ...] = ()
    #: the two earlier actors a pair phrase stands for (`the two leaders`), one mention each
    pair: tuple[Linked, ...] = ()


@component("actors.v1", requires=("norm", "sentences"), assigns=("actors",))
def actors(*, extra: tuple[str, ...] = ()) -> Callable[[Document], Document]:
    """Find and link actor mentions; `extra` names user YAML files shaped like people.yaml (default: the files
    listed in the KHABAR_ACTORS environment variable, separated by the path separator)."""
    kb = load_kb(*(extra or user_files()))

    def run(doc: Document) -> Document:
        if doc.lang not in kb.names:
            return doc
        text = Text.of(doc.norm if doc.norm is not None else (doc.text or ""))
        places = place_names(kb, doc.lang, text)
        found = actors_in(kb, doc.lang, text, published(doc.published), home=home_country(places), places=places)
        places = uncovered(places, [(s, e) for s, e, _ in found])
        doc.actors = [m for s, e, link in found for m in _mentions(kb, doc, s, e, link)]
        doc.places = [_place(doc, s, e, entry) for s, e, entry in places]
        return doc

    return run


def user_files() -> tuple[str, ...]:
    """The user's actor files named by KHABAR_ACTORS (`my_actors.yaml` or `a.yaml:b.yaml`)."""
    return tuple(p for p in os.environ.get(ACTORS_ENV, "").split(os.pathsep) if p)


def find_actors(kb: KB, lang: str, norm: str, on: date | None, *,
                home: str | None = None) -> list[tuple[int, int, Linked]]:
    """(norm start, norm end, link) of every actor mention in a normalised text, nested names included;
    `home` is the country a domestic body with no country of its own belongs to (`the parliament`)."""
    return actors_in(kb, lang, Text.of(norm), on, home=home)


def actors_in(kb: KB, lang: str, text: Text, on: date | None, *, home: str | None = None,
              places: list[tuple[int, int, Entry]] | None = None) -> list[tuple[int, int, Linked]]:
    """find_actors over an already tokenised text; `places` lets a sentence set its own home (`_home_at`)."""
    norm, rules = text.norm, kb.rules[lang]
    out: dict[tuple[int, int], Linked] = {}
    antecedents: dict[str, Linked | None] = {}
    written: set[str] = set()
    chunks = heads(match(text, kb.names[lang], rules), text, rules)
    blocked = [c.start for c in chunks if c.type == "NONACTOR"]
    covered = {i for c in chunks for i in range(c.start, c.end)}
    nouns = [(c, c.type) for c in chunks if c.type in QUALIFIED]
    relayed, after = -1, {c.start: c for c in chunks}
    absorbed: set[int] = set()  # chunks inside a phrase's abbreviation or portfolio
    pending: list[list[Chunk]] = []
    phrases = groups(chunks, text, rules)
    starting = {phrase[0].start: phrase for phrase in phrases}
    ending = {phrase[-1].end: phrase for phrase in phrases}
    for full in phrases:
        group = _core(full)
        if group[0].start in absorbed:
            continue
        if _relayed(text, group, rules, relayed):
            relayed = group[-1].end
            continue
        noun = _qualified(text, group, nouns)
        if noun:
            nouns.append((group[0], noun))  # a second demonym qualifies it too (`العلاقات الصينية الأمريكية`)
        if _not_actor(group, blocked) or noun == "ABSTRACT" or _title_adjective(text, group, rules, covered, out):
            continue
        if len(group) == 1 and group[0].type == "TITLE" and group[0].entry.pair:
            for *_, link in _pair(text, group[0], out, lang):
                start = _extend_left(text, group, rules, text.toks[group[0].start][0] + group[0].lead)
                out.setdefault((start, text.toks[group[0].end - 1][1] - group[0].trim), link)
            continue
        tail = _portfolio(text, group, rules)
        named = _unknown_name(text, group, rules, after, tail)
        found = (resolve(kb, lang, group, on, located=_located(text, group, rules, after))
                 or _possessed(text, group, rules, out))
        if not found and (found := _coreferent(text, full, rules, antecedents)):
            group = full  # a bare title keeps its honorific (`معالي وزير الخارجية`)
        found = (found or _recalled(kb, lang, text, group, on, written)
                 or _titled(kb, lang, text, group, after.get(group[-1].end), on))
        if not found and all(c.type in ("TITLE", "MOD", "HON") for c in group):
            if titled := (_title_after_name(text, group, rules, ending.get(group[0].start), out)
                          or _title_of_place(text, group, rules, places or [], lang)):
                out.setdefault(*titled)
                if titled[1].name_span:  # `مدير مطار عدن طارق عبده`: the name is a mention of its own too
                    out.setdefault(titled[1].name_span, titled[1])
                continue
            # the person or place the title names wins over the home country (`ناصر کنعانی سخنگوی وزارت خارجه`)
            if not (found := _domestic(text, group, home, places or [], lang)):
                pending.append(full)
        written |= _named_people(group, found)
        for first, last, link in found:
            start = text.toks[group[first].start][0] + group[first].lead
            end = text.toks[group[last - 1].end - 1][1] - group[last - 1].trim
            if first:  # a possessor inside the phrase takes its own article (`officials of the Russian government`)
                start = _extend_left(text, group[first:last], rules, start)
            if first == 0 and last == len(group):
                start = _extend_left(text, group, rules, start)
                if tail > group[-1].end:
                    end = text.toks[tail - 1][1]
                    absorbed.update(range(group[-1].end, tail))
                adjacent = tail < len(text.toks) and text.tight[tail]  # a name after a comma stays apart
                if named and link.country:
                    link = Linked(None, None, link.country, _title_sector(group), link.by, named)
                    out.setdefault(named, link)
                    end = named[1] if adjacent else end
                elif holder := _holder_after(kb, text, group, starting.get(tail), link, on):
                    link = holder
                    end = text.toks[starting[tail][-1].end - 1][1] - starting[tail][-1].trim if adjacent else end
                _remember(full, link, antecedents)
                _apposed(text, group, rules, link, out)
                _inner_named(text, group, link, out)
                if abbreviation := _abbreviation(text, group, after.get(group[-1].end)):
                    absorbed.add(abbreviation.start)
                    end = text.toks[abbreviation.end - 1][1] + 1
                end = _origin_end(text, group, rules, end)
            if noun or _lone_demonym(group) or _adjectival(text, group, rules, covered):
                link = replace(link, by=link.by + (OBJECT_MARK if noun else DEMONYM_MARK))
            out.setdefault(_quoted(norm, start - (norm[start - 1:start] == HANDLE), end), link)
    _forward(text, pending, rules, antecedents, out)
    out.update(_surnames(text, rules, out, {full[-1].end: full[0].start for full in pending}))
    return sorted((s, e, link) for (s, e), link in out.items())


def _forward(text: Text, pending: list[list[Chunk]], rules: LangRules, antecedents: dict[str, Linked | None],
             out: dict[tuple[int, int], Linked]) -> None:
    """Members of a bare body met before the phrase naming it (`مسؤول كبير في الإدارة` before `إدارة بايدن`):
    linked to the document's one antecedent once the whole text is read; a later bare title left unlinked
    (`المسؤول`) refers back to them."""
    recalled: dict[str, Linked | None] = {}
    for full in pending:
        found = _coreferent(text, full, rules, antecedents if _member_body(full) else recalled)
        if found:
            start = _extend_left(text, full, rules, text.toks[full[0].start][0] + full[0].lead)
            end = text.toks[full[-1].end - 1][1] - full[-1].trim
            _remember(full, found[0][2], recalled)
            out.setdefault((start, end), found[0][2])


def _abbreviation(text: Text, group: list[Chunk], chunk: Chunk | None) -> Chunk | None:
    """The chunk right after a phrase in brackets that names one of its entries again
    (`Director General of Military Operations (DGMO)`), else None."""
    if chunk is None or group[-1].trim:
        return None
    opening = text.norm[text.toks[chunk.start - 1][1]:text.toks[chunk.start][0]].strip()
    closing = text.norm[text.toks[chunk.end - 1][1]:text.toks[chunk.end - 1][1] + 1]
    ids = {a.entry.id for c in group for a in c.aliases}
    same = any(a.entry.id in ids for a in chunk.aliases)
    return chunk if opening == "(" and closing == ")" and same else None


def _named_people(group: list[Chunk], found: list[tuple[int, int, Linked]]) -> set[str]:
    """Ids of the people a phrase linked by a name written in it (`شي جين بينغ`, `الرئيس الصيني شي`)."""
    linked = {link.name for _, _, link in found if link.name}
    return {a.entry.id for c in group if c.type == "PERSON"
            for a in c.aliases if a.entry.kind == "person" and a.entry.name in linked}


def _recalled(kb: KB, lang: str, text: Text, group: list[Chunk], on: date | None,
              written: set[str]) -> list[tuple[int, int, Linked]]:
    """A lone everyday-word alias (`شی`, stop_aliases) of the one person it names whom the document has
    already named in full or after a title: that person; not after an article (`the Hague`)."""
    if len(group) != 1 or not group[0].aliases[0].weak:
        return []
    j = group[0].start
    if j > 0 and text.tight[j] and text.toks[j - 1][2].lower() in kb.rules[lang].articles:
        return []
    people = {a.entry.id: a.entry for a in group[0].aliases if a.entry.id in written}
    if len(people) != 1:
        return []
    person = next(iter(people.values()))
    return [(0, 1, _person_link(kb, person, on, f"actors.v1:{lang}/{person.id}#recalled"))]


def _core(group: list[Chunk]) -> list[Chunk]:
    """A title phrase starts at its title: `معالي وزير الخارجية ...` is `وزير الخارجية ...`; a modifier after a
    phrase with no title is an everyday adjective (`حق إيران الشرعي`, `Pyongyang's interim plans`)."""
    n = 0
    while n < len(group) - 1 and group[n].type == "HON":
        n += 1
    group = group[n:] if n and group[n].type == "TITLE" else group
    end = len(group)
    while end > 1 and group[end - 1].type == "MOD" and not any(c.type == "TITLE" for c in group[:end]):
        end -= 1
    return group[:end]


def _quoted(norm: str, start: int, end: int) -> tuple[int, int]:
    """Take the quotation marks a name stands in into its span (`"حماس"`, `حركة "حماس"`)."""
    opened = sum(norm[start:end].count(q) for q in QUOTES) % 2
    if not opened and 0 < start and end < len(norm) and norm[start - 1] in QUOTES and norm[end] in QUOTES:
        return start - 1, end + 1
    return (start, end + 1) if opened and end < len(norm) and norm[end] in QUOTES else (start, end)


def _surnames(text: Text, rules: LangRules, found: dict[tuple[int, int], Linked],
              titles: dict[int, int]) -> dict[tuple[int, int], Linked]:
    """Later mentions of a person by surname: one the KB lacks (`منيف الزهيري` ... `الزهيري`), or one it knows
    under full names only (`Foreign Minister Shah Mehmood Qureshi` ... `Qureshi`), with a bare title right before
    it (`FM Qureshi`; `titles`: token after an unlinked title phrase -> its first token)."""
    people: dict[str, tuple[int, Linked] | None] = {}
    for (start, end), link in sorted(found.items()):
        named = link.name_span and (start, end) == link.name_span
        if named or "/person/" in link.by.split("+")[-1] and "#" not in link.by and " " in text.norm[start:end]:
            last = text.norm[start:end].split()[-1]
            if len(last) > 2 and key(last) not in rules.given_names and last not in rules.stop:
                known = people.get(key(last))
                people[key(last)] = (end, link) if known is None or known[1].country == link.country else None
    out = {}
    for i, (start, end, k) in enumerate(text.toks):
        person = people.get(k)
        if person and start >= person[0] and not any(s <= start < e for s, e in found):
            link = person[1]
            span = (start, end) if link.name_span else None
            first = text.toks[titles[i]][0] if i in titles and text.tight[i] else start
            out[(first, end)] = Linked(link.name, link.wikidata, link.country, link.sector, link.by + "#surname", span)
    return out


def _definite(text: Text, chunk: Chunk, rules: LangRules) -> bool:
    """A determiner before it, or a definite prefix on its first or last word (a construct phrase whose last noun
    is definite is definite: `وزارة الخارجية`)."""
    i, prefixes = chunk.start, rules.coref_prefixes or ("\0",)
    before = i > 0 and text.tight[i] and text.toks[i - 1][2].lower() in rules.coref_determiners
    return rules.coref_bare or before or text.toks[i][2].startswith(prefixes) \
        or text.toks[chunk.end - 1][2].startswith(prefixes)


def _remember(group: list[Chunk], link: Linked, antecedents: dict[str, Linked | None]) -> None:
    """Note what a title or honorific phrase referred to; one seen with two countries is ambiguous (None).
    Phrases naming no country of their own (`وزير الخارجية عادل الجبير`, the home side's) are noted apart as well."""
    unmarked = not any(c.type == "STATE" for c in group)
    for chunk in group:
        if chunk.type in ("TITLE", "HON") and link.country:
            for ident in (chunk.entry.id, chunk.entry.id + UNMARKED) if unmarked else (chunk.entry.id,):
                known = antecedents.get(ident, link)
                antecedents[ident] = link if known and known.country == link.country else None
            if chunk.type == "HON":
                antecedents[chunk.entry.id + LATEST] = link


def _coreferent(text: Text, group: list[Chunk], rules: LangRules,
                antecedents: dict[str, Linked | None]) -> list[tuple[int, int, Linked]]:
    """A definite bare title (`the spokesman`, `الإدارة`, `مقامها`) or an honorific pronoun (`معاليه`) refers back to
    the one earlier phrase with it (or with what it `refers` to);
    after an honorific (`معالي وزير الخارجية`), when phrases of two countries had it, to the one naming no country.
    Members of a bare body (`مسؤول كبير في الإدارة`, `an official in the administration`) are that body's."""
    honoured = group[0].type == "HON"
    body = _member_body(group)
    definite = _definite(text, body, rules) or body.start > group[0].start and not body.via if body else False
    if any(c.type not in ("TITLE", "MOD", "HON") for c in group) or not (
            honoured or definite or _definite(text, group[0], rules)):
        return []
    titles = [c.entry for c in ([body] if body else group) if c.type == "TITLE"]
    link = _antecedent_of(titles[0], antecedents) if titles else None
    link = link or (antecedents.get(titles[0].id + UNMARKED) if titles and honoured else None)
    if not titles and len(group) == 1:  # an honorific pronoun (`معاليه`) refers to the latest honoured phrase
        link = next((antecedents.get(f"title/{r}{LATEST}") for r in group[0].entry.refers), None)
    if link is None:
        return []
    if body is not None:
        return [(0, len(group), Linked(None, None, link.country, _title_sector(group[:group.index(body)]),
                                       link.by + "#member"))]
    return [(0, len(group), Linked(link.name, link.wikidata, link.country, link.sector, link.by + "#coref",
                                   link.name_span))]


def _antecedent_of(title: Entry, antecedents: dict[str, Linked | None]) -> Linked | None:
    """What a bare title refers back to: its own last phrase, or for a generic title (`the ministry`) the one
    phrase among the titles it `refers` to (`the Russian Foreign Ministry`); two such phrases make it ambiguous."""
    if title.id in antecedents or not title.refers:
        return antecedents.get(title.id)
    links = [antecedents[f"title/{r}"] for r in title.refers if f"title/{r}" in antecedents]
    return links[0] if len(links) == 1 else None


def _pair(text: Text, chunk: Chunk, out: dict[tuple[int, int], Linked], lang: str) -> list[tuple[int, int, Linked]]:
    """A pair phrase (`the two leaders`, `الزعيمان`, `دو کشور`) stands for the last two actors of different
    countries named on its line or the line before: people for `person` pairs, their states for `state` pairs."""
    here = text.toks[chunk.start][0]
    floor = text.norm.rfind("\n", 0, max(text.norm.rfind("\n", 0, here), 0)) + 1
    people = chunk.entry.pair == "person"
    pair: dict[str, Linked] = {}
    for (s, e), link in sorted(out.items(), reverse=True):
        if floor <= s and e <= here and link.country and link.country not in pair and len(pair) < 2 and (
                not people or "person/" in link.by or link.name_span):
            pair[link.country] = link
    if len(pair) < 2:
        return []
    by = f"actors.v1:{lang}/{chunk.entry.id}#pair"  # a person pair's mentions keep their referents' `by`, marked
    if people:
        return [(0, 1, Linked(None, None, None, "GOV", by, pair=tuple(reversed(pair.values()))))]
    return [(0, 1, Linked(None, None, None, "GOV", by, members=tuple(reversed(pair))))]


def _member_body(group: list[Chunk]) -> Chunk | None:
    """The body title of a phrase of members (`الإدارة` in `مسؤول كبير في الإدارة`, `administration` in
    `a senior administration official`) or of a relation title's possessor (`الوزارة` in `وكيل الوزارة`), else None."""
    if len(group) > 1 and group[0].type == "TITLE" and group[0].entry.relation and group[1].type == "TITLE" \
            and not group[1].via:
        return group[1]
    member = next((c for c in group if c.type == "TITLE" and c.entry.member), None)
    if member is None:
        return None
    return next((c for c in group if c.type == "TITLE" and c is not member and not c.entry.member), None)


def _possessed(text: Text, group: list[Chunk], rules: LangRules,
               out: dict[tuple[int, int], Linked]) -> list[tuple[int, int, Linked]]:
    """A bare title after a possessive (`his military`, `its DGMO`) belongs to the nearest actor named before it
    in the same sentence (`Sharif ... praised his military` -> PAK)."""
    i = group[0].start
    if any(c.type not in ("TITLE", "MOD") for c in group) or i == 0 or not text.tight[i]:
        return []
    if text.toks[i - 1][2].lower() not in rules.possessive_determiners:
        return []
    here = text.toks[i - 1][0]
    before = [(e, link) for (s, e), link in out.items() if e <= here and link.country
              and not any(ch in SENTENCE_ENDS for ch in text.norm[e:here])]
    if not before:
        return []
    link = max(before, key=lambda pair: pair[0])[1]
    by = link.by.split("#")[0] + "+" + "+".join(c.entry.id for c in group) + "#possessor"
    return [(0, len(group), Linked(None, None, link.country, _title_sector(group), by))]


def _not_actor(group: list[Chunk], blocked: list[int]) -> bool:
    """A phrase with a non-actor noun (`Japan's rugby team`), or a lone demonym near one."""
    if any(c.type == "NONACTOR" for c in group):
        return True
    return _lone_demonym(group) and any(abs(b - group[0].start) <= NONACTOR_REACH for b in blocked)


def _lone_demonym(group: list[Chunk]) -> bool:
    return len(group) == 1 and group[0].form == "demonym"


def _adjectival(text: Text, group: list[Chunk], rules: LangRules, covered: set[int]) -> bool:
    """A definite plural demonym right after a definite noun that names no actor (`العمال الأمريكيين`, American
    workers): an adjective, marked as a lone demonym is; after a conjunction (`والأمريكيين`) it is a noun."""
    return len(group) == 1 and group[0].form.startswith("people") and _attributive(text, group[0].start, rules, covered)


def _title_adjective(text: Text, group: list[Chunk], rules: LangRules, covered: set[int],
                     out: dict[tuple[int, int], Linked]) -> bool:
    """A one-word bare title read as an adjective of the noun before it (`العمليات البحرية`), that noun being no
    name found so far (`... ألباريس المبعوث`)."""
    chunk = group[0]
    if len(group) != 1 or chunk.type != "TITLE" or chunk.end - chunk.start != 1 or chunk.prefix:
        return False
    before = text.toks[chunk.start - 1][0] if chunk.start else 0
    return _attributive(text, chunk.start, rules, covered) and not any(s <= before < e for s, e in out)


def _attributive(text: Text, i: int, rules: LangRules, covered: set[int]) -> bool:
    """Whether definite token i follows a definite noun that names no actor, as an adjective does (`العمليات البحرية`:
    naval operations, not the navy)."""
    article = rules.article_prefix
    if not article or i == 0 or i - 1 in covered or not text.tight[i]:
        return False
    return text.toks[i - 1][2].startswith(article) and text.toks[i][2].startswith(article)


def _qualified(text: Text, group: list[Chunk], nouns: list[tuple[Chunk, str]]) -> str | None:
    """The type (ABSTRACT or OBJECT) of the noun a lone demonym stands right next to (`Colombian territory`,
    `الاقتصاد الصيني`), else None."""
    chunk = group[0]
    if len(group) != 1 or chunk.form != "demonym":
        return None
    for noun, kind in nouns:
        first, last = (noun, chunk) if noun.end == chunk.start else (chunk, noun)
        if first.end == last.start and not first.trim and text.tight[last.start]:
            return kind
    return None


def _relayed(text: Text, group: list[Chunk], rules: LangRules, after: int) -> bool:
    """A news outlet named as the channel of the report (`به گزارش خبرگزاری مهر`, `according to Xinhua`, up to
    RELAY_REACH words between: `به گزارش گروه سیاست خارجی خبرگزاری فارس`), or its short name right after one (`وكالة أنباء الصين الجديدة (شينخوا)`); `after`: where the last such one ended."""
    if not any(c.entry.sector == "JRN" for c in group):
        return False
    j = group[0].start
    if j == after:
        return True
    return any(e >= len(r) and all(text.tight[i] for i in range(e - len(r) + 1, j + 1))
               and tuple(k.lower() for _, _, k in text.toks[e - len(r):e]) == r
               for r in rules.relays for e in range(j, max(j - RELAY_REACH, 0) - 1, -1))


def _domestic(text: Text, group: list[Chunk], home: str | None, places: list[tuple[int, int, Entry]],
              lang: str) -> list[tuple[int, int, Linked]]:
    """A bare domestic body (`the parliament`, `المتظاهرين`, `مجلس`) with no antecedent is the home country's
    (`_home_at` its sentence)."""
    if home is None or any(c.type not in ("TITLE", "MOD", "HON") for c in group):
        return []
    if not any(c.type == "TITLE" and c.entry.domestic for c in group):
        return []
    by = f"actors.v1:{lang}/" + "+".join(c.entry.id for c in group) + "#home"
    return [(0, len(group), Linked(None, None, _home_at(text, places, group[0].start, home), _title_sector(group), by))]


def _home_at(text: Text, places: list[tuple[int, int, Entry]], i: int, home: str) -> str:
    """The country whose places the sentence of token i names when they name one only (in a report from Berlin,
    `المقاومة الشعبية تسيطر على عدن`: Yemen's), else the document's `home`."""
    start, end = text.toks[i][0], text.toks[i][1]
    first = max(text.norm.rfind(ch, 0, start) for ch in SENTENCE_ENDS) + 1
    last = min((j for j in (text.norm.find(ch, end) for ch in SENTENCE_ENDS) if j >= 0), default=len(text.norm))
    countries = {entry.country for s, _, entry in places if first <= s < last and entry.country}
    return countries.pop() if len(countries) == 1 else home


def home_country(places: list[tuple[int, int, Entry]]) -> str | None:
    """The country a document is set in: the one whose places (inside actor phrases too: `سفير في عمان`) it
    names most, the first named on a tie; a single place name is not enough to set a whole document."""
    counts: dict[str, int] = {}
    for _, _, entry in places:
        if entry.country:
            counts[entry.country] = counts.get(entry.country, 0) + 1
    best = max(counts, key=counts.__getitem__, default=None)
    return best if best is not None and counts[best] >= HOME_MIN else None


def heads(chunks: list[Chunk], text: Text, rules: LangRules) -> list[Chunk]:
    """A definite head noun (`the agency`, `این اتحادیه`, `المملكة`) stands for the latest body named before it
    whose name holds that noun, or whose code or sector the head `refers` to; with none, it is dropped."""
    out: list[Chunk] = []
    for chunk in chunks:
        head = next((a.entry for a in chunk.aliases if a.entry.kind == "head"), None)
        if head is None:
            out.append(chunk)
            continue
        rest = [a for a in chunk.aliases if a.entry.kind != "head"]
        body = _antecedent(head, chunk, out, text, rules) if _definite(text, chunk, rules) \
            and ("state" not in head.refers or _possessed_by(chunk, out, text)) else None
        if body is not None:
            start = chunk.start - _determined(text, chunk, rules)
            out.append(Chunk(start, chunk.end, [body], chunk.lead if start == chunk.start else 0, chunk.trim,
                             chunk.prefix))
        elif rest:
            chunk.aliases = rest
            out.append(chunk)
    return out


def _possessed_by(chunk: Chunk, before: list[Chunk], text: Text) -> bool:
    """Whether a title stands right before the chunk: a country head refers back only as a title's possessor
    (`سفیر این کشور`); alone (`این کشور گفت`) the event coder reads it from the discourse."""
    return bool(before) and before[-1].type == "TITLE" and before[-1].end == chunk.start and text.tight[chunk.start]


def _antecedent(head: Entry, chunk: Chunk, before: list[Chunk], text: Text, rules: LangRules) -> Alias | None:
    words = {_bare(k, rules) for _, _, k in text.toks[chunk.start:chunk.end] if k not in rules.coref_determiners}
    for prev in reversed(before):
        entry = prev.entry
        if entry.kind not in BODY_KINDS or prev.form not in ("name", "head") or entry.members:
            continue  # a group of states (the E3) is no body
        named = {_bare(k, rules) for _, _, k in text.toks[prev.start:prev.end]}
        if words <= named or {entry.country, entry.sector, entry.kind} & set(head.refers):
            return Alias(entry, "head")
    return None


def _bare(k: str, rules: LangRules) -> str:
    """A token without a definite-article prefix (`الوكالة` = `وكالة`), lower-case."""
    k = k.lower()
    cut = max((len(p) for p in rules.coref_prefixes if k.startswith(p) and len(k) - len(p) > 2), default=0)
    return k[cut:]


def _determined(text: Text, chunk: Chunk, rules: LangRules) -> int:
    """1 when a demonstrative right before a chunk belongs to it (`این اتحادیه`, `هذه المنظمة`), else 0."""
    i = chunk.start
    return int(i > 0 and text.tight[i] and text.toks[i - 1][2].lower() in rules.coref_determiners)


def match(text: Text, names: Names[Alias], rules: LangRules) -> list[Chunk]:
    """Greedy left-to-right longest alias matches (matcher.hits) as chunks of whole tokens."""
    starts = {s: i for i, (s, _, _) in enumerate(text.toks)}
    ends = [e for _, e, _ in text.toks]
    chunks = []
    for hit in hits(names, text.norm, rules.prefixes, rules.suffixes, rules.not_names):
        first = starts.get(hit.word)
        if first is None:
            continue
        last = bisect_left(ends, hit.end)
        # a weak alias (an everyday word) yields to any other reading (السوداني: Sudanese before al-Sudani)
        aliases = sorted(hit.values, key=lambda a: (a.weak, KIND_RANK[a.entry.kind]))
        if _article(hit.prefix, rules):  # ألباريس (Albares) is no ال + باريس; السورية is Syrian, not ال + سورية
            aliases = [replace(a, form="demonym") if a.form == "name" and a.entry.kind == "state" else a
                       for a in aliases if a.form != "capital" and a.entry.kind != "person"]
            if not aliases:
                continue
        chunks.append(Chunk(first, last + 1, aliases, hit.start - hit.word, int(hit.dot), hit.prefix))
    return chunks


def _article(prefix: str, rules: LangRules) -> bool:
    """Whether a stripped clitic is or ends in the attached definite article (ال, وال, لل)."""
    article = rules.article_prefix
    return bool(article and prefix) and (prefix.endswith(article) or rules.prefixes[prefix][0].endswith(article))


def groups(chunks: list[Chunk], text: Text, rules: LangRules) -> list[list[Chunk]]:
    """Join neighbouring chunks that form one name phrase (title + country + honorific + name)."""
    out: list[list[Chunk]] = []
    for chunk in chunks:
        if out and len(out[-1]) < MAX_GROUP and _joins(out[-1], chunk, text, rules):
            out[-1].append(chunk)
        else:
            chunk.via = ""
            out.append([chunk])
    return out


def _joins(group: list[Chunk], chunk: Chunk, text: Text, rules: LangRules) -> bool:
    """Whether `chunk` continues `group`: adjacent or after a connector, in an order names take."""
    prev = group[-1]
    if prev.trim:
        return False
    if any(chunk.prefix.startswith(c) for c in rules.conjunctions):  # `أسيرة وأسيرا فلسطينيا`: one title twice
        return chunk.type == prev.type == "TITLE" and chunk.entry.id == prev.entry.id and chunk.start == prev.end
    if prev.type in QUALIFIED or chunk.type in QUALIFIED:
        return False
    if "NONACTOR" in (prev.type, chunk.type):  # joins as a title would, so the whole phrase is dropped
        return _joins(group[:-1] + [_as_title(prev)], _as_title(chunk), text, rules)
    chunk.via = _connector(text, prev.end, chunk.start, rules)
    adjacent = chunk.start == prev.end and text.tight[chunk.start]
    if chunk.via in ("host", "member") and chunk.type == "TITLE":  # `12 موظفا في السفارة`, `مسؤول كبير في الإدارة`
        return prev.type in ("TITLE", "MOD") and any(c.type == "TITLE" and c.entry.member for c in group)
    if chunk.via in ("member", "named"):
        return chunk.via == "named" and prev.type == "TITLE" and chunk.type == "STATE"  # `شركة ByteDance الصينية`
    if chunk.via == "host":
        return chunk.type in ("STATE", "ORG") and any(c.entry.takes_host or c.entry.located for c in group)
    if not adjacent and not chunk.via:
        return False
    if _two_subjects(group, chunk, text, rules):
        return False
    if prev.type in ("TITLE", "HON", "MOD"):
        return True
    if prev.type in ("STATE", "ORG"):
        if chunk.via:
            return chunk.type in ("TITLE", "MOD", "PERSON") and (chunk.via == "genitive" or chunk.type != "PERSON")
        if chunk.type == "MOD":  # `the former Soviet Union`, not a lone demonym's adjective (`الإيرانية الخاصة`)
            return prev.form != "demonym" or any(c.type == "TITLE" for c in group)
        if rules.country_first and prev.form == "capital" and chunk.type == "TITLE" and chunk.entry.takes_host:
            prev.via = "host"  # `the US Baghdad embassy`: the embassy in Baghdad, not Iraq's (`Moscow's embassy` is)
        return chunk.type == "PERSON" or (rules.country_first and chunk.type in ("TITLE", "HON"))
    if prev.type == "PERSON" and rules.country_first and len(group) == 1 and not chunk.via:
        return chunk.type == "TITLE" and chunk.entry.relation  # `the Biden administration`
    if chunk.via:
        return chunk.type in ("TITLE", "MOD")
    return chunk.type == "PERSON" and len(group) >= 2 and group[-2].entry.relation


def _two_subjects(group: list[Chunk], chunk: Chunk, text: Text, rules: LangRules) -> bool:
    """Two titles in a row that are a verb's subject and object, not one phrase: where a title comes before what it
    is of, a body then a person (`وزارت خارجه سفیر نروژ را`), or two definite ones, the first one word or a body's
    (`أعلنت الحكومة السفير`, `استدعت وزارة الخارجية السفير`); not a construct title and its apposition (`وكيل
    الوزارة السفير`, `مساعد وزير الخارجية السفير`)."""
    article, prev = rules.article_prefix, group[-1]
    if chunk.via or len(group) != 1 or prev.type != "TITLE" or chunk.type != "TITLE":
        return False
    if prev.entry.body and not chunk.entry.body and not rules.country_first:
        return True
    if not article or (prev.end - prev.start != 1 and not prev.entry.body):
        return False
    return text.toks[prev.end - 1][2].startswith(article) and text.toks[chunk.start][2].startswith(article)


def _as_title(chunk: Chunk) -> Chunk:
    """A non-actor noun's chunk read as a title's, for joining a phrase."""
    if chunk.type != "NONACTOR":
        return chunk
    title = Alias(Entry("title/nonactor", "title"), "title")
    return Chunk(chunk.start, chunk.end, [title], chunk.lead, chunk.trim, chunk.prefix, chunk.via)


def _connector(text: Text, end: int, start: int, rules: LangRules) -> str:
    """'possessive', 'genitive', 'host' or 'member' when the tokens between two chunks are exactly one connector,
    'named' when they are a name in another script (`inner_name`), else ''."""
    between = tuple(k for _, _, k in text.toks[end:start])
    if not between or not all(text.tight[j] for j in range(end, start + 1)):
        return ""
    if between in rules.possessive:
        return "possessive"
    if between in rules.genitive:
        return "genitive"
    if between in rules.host:
        return "host"
    if between in rules.member:
        return "member"
    named = rules.inner_name is not None and len(between) <= 3
    return "named" if named and all(rules.inner_name.fullmatch(k) for k in between) else ""


def resolve(kb: KB, lang: str, group: list[Chunk], on: date | None, *,
            located: bool = False) -> list[tuple[int, int, Linked]]:
    """(first chunk, end chunk, link) for the whole group, then each name inside it and the possessor of a
    head title (`إدارة الرئيس الأمريكي جو بايدن` -> the administration, Biden's title phrase, and `جو بايدن`)."""
    by = f"actors.v1:{lang}/" + "+".join(c.entry.id for c in group)
    whole = resolve_group(kb, group, on, by)
    out = [] if whole is None or (located and len(group) == 1) else [(0, len(group), whole)]
    if len(group) == 1:
        return out
    own = [n for n, c in enumerate(group) if c.via != "host"]
    for n in own:
        chunk = group[n]
        if chunk.type == "PERSON":  # a weak alias (`شی`) counts inside its phrase (`آقای شی`)
            out.append((n, n + 1, _person_link(kb, _pick_person(chunk, on), on, f"actors.v1:{lang}/{chunk.entry.id}")))
        elif chunk.type == "ORG" and chunk.form in ("name", "capital", "head"):
            single = resolve_group(kb, [chunk], on, f"actors.v1:{lang}/{chunk.entry.id}")
            out += [(n, n + 1, single)] if single else []
    genitive = next((n for n in own if group[n].via == "genitive"), 0)
    if genitive > 1:
        link = resolve_group(kb, group[:genitive], on, by)
        out += [(0, genitive, link)] if link else []
    tail = _possessor_start(group, on)
    rest = [n for n in own if n >= tail]
    if tail and len(rest) > 1:
        link = resolve_group(kb, [group[n] for n in rest], on, by)
        out += [(tail, rest[-1] + 1, link)] if link else []
    return out


def resolve_group(kb: KB, group: list[Chunk], on: date | None, by: str) -> Linked | None:
    """Link one phrase: a named person, an office holder, or its country with the title's sector."""
    if len(group) == 1 and group[0].aliases[0].weak:
        return None
    head = _possessor_start(group, on) > 0
    if group[-1].type == "PERSON" and not head:
        return _person_link(kb, _pick_person(group[-1], on), on, by)
    anchor = next((c for c in group if c.type in ("STATE", "ORG", "PERSON") and c.via != "host"), None)
    if anchor is None and any(c.entry.located for c in group):
        anchor = next((c for c in group if c.type in ("STATE", "ORG") and c.via == "host"), None)
    if anchor is None:
        return None
    titles = [c.entry for c in group if c.type == "TITLE"]
    eli = any(c.type == "MOD" and c.entry.sector == "ELI" for c in group)
    holder = None if eli else _holder(kb, anchor, titles, on)  # `the former US president` is not today's
    if holder is not None:
        return _person_link(kb, holder, on, by)
    country, sector = _anchor_country(kb, anchor, on)
    if not titles:
        return Linked(anchor.entry.name, anchor.entry.wikidata, country, sector, by, members=anchor.entry.members)
    title_sector = next((t.sector for t in reversed(titles) if t.sector), None)
    name = f"{anchor.entry.name} ({titles[-1].name})"
    return Linked(name, None, country, "ELI" if eli else title_sector or sector, by)


def _possessor_start(group: list[Chunk], on: date | None) -> int:
    """Index where the possessor of a head title starts (`معاون پوتین`, `government of Colombia`), else 0."""
    for n, chunk in enumerate(group[1:], 1):
        if chunk.via == "possessive" and group[n - 1].type == "TITLE":
            return n
    first = group[0]
    if len(group) < 2 or first.type != "TITLE" or not first.entry.relation:
        return 0
    n = next((n for n, chunk in enumerate(group[1:], 1) if chunk.type != "MOD"), 0)  # past `interim`, `موقت`
    if not n or group[n].form == "demonym":  # `الحكومة اليمنية الشرعية`: an adjective, not a possessor
        return 0
    if group[n].type == "PERSON" and first.entry.office:
        holds = any(r.office == first.entry.office for r in _pick_person(group[n], on).roles)
        return 0 if holds else n
    return n


def _holder(kb: KB, anchor: Chunk, titles: list[Entry], on: date | None) -> Entry | None:
    """The person holding the office of the last title in the anchor state or body on the date (`رئيس الرابطة
    الأمريكية` is the association's head, not the US president)."""
    office = titles[-1].office if titles else None
    if office is None or anchor.type == "PERSON":
        return None
    entry = anchor.entry
    ident = entry.id.split("/", 1)[1]
    mapped = next((o[office] for o in (r.offices.get(ident) for r in kb.rules.values()) if o and office in o), None)
    if entry.kind == "inst" and mapped is None:
        return None  # the head of an institution is not its state's head (`رئيس الرابطة الأمريكية للحد من الأسلحة`)
    return kb.holder(ident if entry.kind == "igo" else entry.country, mapped or office, on)


def _anchor_country(kb: KB, anchor: Chunk, on: date | None) -> tuple[str | None, str | None]:
    if anchor.entry.kind == "person":
        return _person_link(kb, _pick_person(anchor, on), on, "").country, "GOV"
    return anchor.entry.country, anchor.entry.sector


def _pick_person(chunk: Chunk, on: date | None) -> Entry:
    """Among people sharing an alias, the one in office on the date, else the most recent one."""
    people = [a.entry for a in chunk.aliases if a.entry.kind == "person"] or [chunk.entry]
    live = [p for p in people if p.role_on(on)]
    return (live or sorted(people, key=_latest_start, reverse=True))[0]


def _latest_start(person: Entry) -> date:
    return max(((r.start or date.min) for r in person.roles), default=date.min)


def _person_link(kb: KB, person: Entry, on: date | None, by: str) -> Linked:
    """A person's country and sector on a date: their role's body then, or ELI once every role has ended."""
    if person.kind != "person":
        return Linked(person.name, person.wikidata, person.country, person.sector, by)
    role = person.role_on(on) or max(person.roles, key=lambda r: r.end or date.max)
    ended = person.role_on(on) is None and on is not None and all(r.end and r.end <= on for r in person.roles)
    igo = kb.entries.get(f"igo/{role.body}")
    return Linked(person.name, person.wikidata, igo.country if igo else role.body,
                  "ELI" if ended else person.sector, by)


def _located(text: Text, group: list[Chunk], rules: LangRules, at: dict[int, Chunk]) -> bool:
    """A lone capital after `in`/`در`/`في`, with a locative clitic (بواشنطن), or after a place noun (`the capital,
    Caracas`, `العاصمة صنعاء`, `مطار صنعاء`) names a place, not a government."""
    chunk = group[0]
    if len(group) > 1 or chunk.form != "capital":
        return False
    i = chunk.start
    before = i > 0 and text.tight[i] and text.toks[i - 1][2] in rules.locatives
    if before and text.toks[i - 1][2] in rules.directions:
        before = _moving(text, i - 1, rules)
    return before or _after_place_noun(text, i, rules, at) or any(
        chunk.prefix.endswith(p) for p in rules.locative_prefixes if chunk.prefix)


def _moving(text: Text, j: int, rules: LangRules) -> bool:
    """Whether a motion word (travelled, سفر, وصل) stands within MOTION_REACH words of the `to` at token j in its
    sentence, before it in its own clause: `flew to Moscow`, `به پکن سفر کرد` name a place; `handed prisoners to
    Yerevan`, `به پکن هشدار دادند`, `فرار کند و به پکن ... هشدار دادند` a party."""
    return _motion_in(text, range(j - 1, max(-1, j - 1 - MOTION_REACH), -1), rules, rules.clause_words) or \
        _motion_in(text, range(j + 2, min(len(text.toks), j + 2 + MOTION_REACH)), rules)


def _motion_in(text: Text, ks: range, rules: LangRules, stop: frozenset[str] = frozenset()) -> bool:
    """Whether a motion word comes among tokens `ks` (walked away from the `to`) before a sentence ends or a
    `stop` word."""
    prev = None
    for k in ks:
        a, b = sorted((k, prev)) if prev is not None else (k, k)
        if prev is not None and any(ch in SENTENCE_ENDS for ch in text.norm[text.toks[a][1] - 1:text.toks[b][0]]):
            return False
        prev, word = k, text.toks[k][2].lower()
        if word in stop:
            return False
        if any(w.startswith(rules.motion) for w in (word, *(word[len(c):] for c in rules.conjunctions
                                                              if word.startswith(c)))):
            return True
    return False


def _after_place_noun(text: Text, i: int, rules: LangRules, at: dict[int, Chunk]) -> bool:
    """Whether token i follows a place noun, with or without a demonym, that itself follows a locative (`in the
    capital, Caracas`, `in the Jordanian capital Amman`, `في العاصمة الأردنية عمان`, `بمطار صنعاء`), a comma before
    the name allowed; `seized the capital X` keeps X an actor."""
    j = _before_demonym(i - 1, at)
    if j < 0 or text.toks[j][2].lower() not in rules.place_nouns or (j < i - 1 and not text.tight[i - 1]):
        return False
    gap = text.norm[text.toks[i - 1][1]:text.toks[i][0]]
    if "\n" in gap or gap.strip(" \u00a0,،"):
        return False
    k = _before_demonym(j - 1, at)
    if k >= 0 and text.tight[k + 1] and text.toks[k][2].lower() in rules.articles:
        k -= 1
    placed = k >= 0 and all(text.tight[k + 1:j + 1]) and text.toks[k][2] in rules.locatives
    return placed or any(text.toks[j][2].startswith(p) for p in rules.locative_prefixes)


def _before_demonym(k: int, at: dict[int, Chunk]) -> int:
    """The token before token k when k is a one-word demonym (`Jordanian`, `الأردنية`), else k."""
    chunk = at.get(k)
    return k - 1 if chunk is not None and chunk.form == "demonym" and chunk.end == k + 1 else k


def _extend_left(text: Text, group: list[Chunk], rules: LangRules, start: int) -> int:
    """Take in quantifiers and articles before a title phrase (`یکی از مقامات`, `10 Armenian soldiers`, `the EU`),
    an article before a state's name (`the United States`), and a possessive determiner (`his military`,
    `his Iranian counterpart`; `its DGMO` before a bare title)."""
    if group[0].lead:
        return start
    if not any(c.type in ("TITLE", "ORG") or c.form == "people+" for c in group):
        j = group[0].start
        named = group[0].type == "STATE" and group[0].form == "name"
        article = named and j > 0 and text.tight[j] and text.toks[j - 1][2].lower() in rules.state_articles
        return text.toks[j - 1][0] if article else start
    j = group[0].start
    for part in rules.partitives:
        n = len(part)
        if j - n > 0 and tuple(k for _, _, k in text.toks[j - n:j]) == part and _quantity(text, j - n - 1, rules):
            j -= n
            break
    while j > 0 and text.tight[j] and _quantity(text, j - 1, rules) and group[0].start - j < 4:
        j -= 1
    bare = not any(c.type in ("STATE", "ORG", "PERSON") for c in group)  # `its DGMO`, not `its Iranian partner`
    if j > 0 and text.tight[j] and (text.toks[j - 1][2].lower() in rules.articles
                                    or text.toks[j - 1][2].lower() in rules.possessive_determiners
                                    or bare and text.toks[j - 1][2].lower() in rules.coref_determiners):
        j -= 1
    return text.toks[j][0] if j < group[0].start else start


def _origin_end(text: Text, group: list[Chunk], rules: LangRules, end: int) -> int:
    """The end of a people phrase whose demonym qualifies an origin word after it (`10 soldiers of Armenian origin`)."""
    i = group[-1].end
    if len(group) < 2 or group[-1].form != "demonym" or i >= len(text.toks) or not text.tight[i] \
            or text.toks[i][2].lower().rstrip(".") not in rules.origin_words:
        return end
    return text.toks[i][1] - text.toks[i][2].endswith(".")


def _quantity(text: Text, i: int, rules: LangRules) -> bool:
    """A quantifier word or a whole number (not the tail of `100,000`)."""
    k = text.toks[i][2].lower()
    whole = text.toks[i][0] == 0 or text.norm[text.toks[i][0] - 1] not in ",.٬٫"
    return k in rules.quantifiers or (k.isdigit() and whole)


def _unknown_name(text: Text, group: list[Chunk], rules: LangRules, matched: dict[int, Chunk],
                  i: int) -> tuple[int, int] | None:
    """The norm span of a name the KB lacks right after a title phrase with a country, or after it and one comma
    (`the Chinese embassy's press secretary Mei Ling`, `وزير الدفاع اليمني، محمود ...`), or None; it stops
    before a word of a `matched` phrase (`... ألباريس المبعوث`). `i`: the phrase's first token after its portfolio."""
    if len(group) < 2 or group[-1].type not in ("TITLE", "STATE", "ORG") or not any(c.type == "TITLE" for c in group):
        return None
    if i >= len(text.toks) or group[-1].trim or not (text.tight[i] or _after_comma(text, i) and i not in matched):
        return None
    return _name_at(text, i, rules, matched)


def _name_at(text: Text, i: int, rules: LangRules, matched: dict[int, Chunk]) -> tuple[int, int] | None:
    """The norm span of a name the KB lacks starting at token i: capitalised words by `unknown_name` where the script
    has capitals, else a given name and up to `name_tokens` words in all, or None."""
    if rules.unknown_name is not None:
        if text.toks[i][2] in rules.name_breaks or text.title_case(i):
            return None
        found = rules.unknown_name.match(text.norm, text.toks[i][0])
        return (found.start(), found.end()) if found else None
    if text.toks[i][2] not in rules.given_names:
        return None
    j = i + 1
    while (j < len(text.toks) and j - i < rules.name_tokens and text.tight[j] and j not in matched
           and not text.toks[j - 1][2].endswith(".") and _in_name(text.toks[j][2], rules)):
        j += 1
    end = text.toks[j - 1][1] - text.toks[j - 1][2].endswith(".")  # a sentence-final dot is no part of it
    return (text.toks[i][0], end) if j - i > 1 else None


def _portfolio(text: Text, group: list[Chunk], rules: LangRules) -> int:
    """The first token after a title phrase's portfolio (`Minister of State for European Affairs`,
    `وزيرة الدولة الكندية المكلفة بملف التجارة`), or the phrase's end when it names none."""
    i = group[-1].end
    if rules.portfolio is None or group[-1].trim or i >= len(text.toks) or not any(c.type == "TITLE" for c in group):
        return i
    found = rules.portfolio.match(text.norm, text.toks[i - 1][1])
    if not found:
        return i
    while i < len(text.toks) and text.toks[i][1] <= found.end():
        i += 1
    return i


def _title_after_name(text: Text, group: list[Chunk], rules: LangRules, phrase: list[Chunk] | None,
                      out: dict[tuple[int, int], Linked]) -> tuple[tuple[int, int], Linked] | None:
    """A bare title right after a known person's name, where names come first (`ناصر کنعانی سخنگوی وزارت امور
    خارجه`): the whole phrase and that person; not a relation title (an aide is someone else)."""
    if not rules.title_after_name or not phrase or any(c.type != "PERSON" for c in phrase) or phrase[-1].trim \
            or group[0].prefix or not text.tight[group[0].start] or group[0].entry.relation:
        return None
    start = text.toks[phrase[0].start][0] + phrase[0].lead
    link = out.get((start, text.toks[phrase[-1].end - 1][1]))
    if link is None:
        return None
    by = link.by + "+" + "+".join(c.entry.id for c in group) + "#apposition"
    return (start, text.toks[group[-1].end - 1][1] - group[-1].trim), replace(link, by=by)


def _title_of_place(text: Text, group: list[Chunk], rules: LangRules, places: list[tuple[int, int, Entry]],
                    lang: str) -> tuple[tuple[int, int], Linked] | None:
    """A bare title of a city (`the governor of Kandahar`, `محافظ عدن`, `شهردار مشهد`: a `located` title) or of a
    city's place noun (`مدير مطار عدن`): the phrase through the place, that place's country with the title's sector;
    one title only (`اعتقلت الشرطة مفتي X`)."""
    if sum(c.type == "TITLE" for c in group) != 1:
        return None
    j = group[-1].end
    for part in sorted(rules.possessive, key=len, reverse=True):  # `of the`, `of`
        if tuple(k.lower() for _, _, k in text.toks[j:j + len(part)]) == part:
            j += len(part)
            break
    else:  # a construct's first noun takes no article: `محافظ عدن`, not `الوزير العاصمة دمشق`
        if rules.article_prefix and text.toks[j - 1][2].startswith(rules.article_prefix):
            return None
    noun = j < len(text.toks) and text.toks[j][2].lower() in rules.place_nouns  # `مطار عدن`: the city's airport
    j += noun
    if not noun and not any(c.type == "TITLE" and c.entry.located for c in group):  # not `روزنامه دیلی`
        return None
    if group[-1].trim or j >= len(text.toks) or not all(text.tight[k] for k in range(group[-1].end, j + 1)):
        return None
    place = next((p for p in places if p[0] == text.toks[j][0] and p[2].country), None)
    if place is None:
        return None
    by = f"actors.v1:{lang}/" + "+".join(c.entry.id for c in group) + f"+place/{place[2].country}"
    start = _extend_left(text, group, rules, text.toks[group[0].start][0] + group[0].lead)
    after = next((k for k in range(j, len(text.toks)) if text.toks[k][0] >= place[1]), len(text.toks))
    named = _name_at(text, after, rules, {}) if after < len(text.toks) and text.tight[after] else None
    return (start, named[1] if named else place[1]), Linked(None, None, place[2].country, _title_sector(group), by,
                                                            named)


def _after_comma(text: Text, i: int) -> bool:
    """Whether token i follows the token before it after one comma, on the same line."""
    gap = text.norm[text.toks[i - 1][1]:text.toks[i][0]]
    return gap.strip() in (",", "،") and "\n" not in gap


def _holder_after(kb: KB, text: Text, group: list[Chunk], phrase: list[Chunk] | None, link: Linked,
                  on: date | None) -> Linked | None:
    """The known person of a title phrase's country named alone after one comma or after its portfolio (`Israel's
    defence minister, Israel Katz`, `Minister for European Affairs Jean Roe`): the person the phrase names."""
    if not phrase or any(c.type != "PERSON" for c in phrase) or not any(c.type == "TITLE" for c in group):
        return None
    i = phrase[0].start
    if not (_after_comma(text, i) or i > group[-1].end and text.tight[i]):
        return None
    if link.name and link.by.endswith("#apposition"):  # `_titled` linked the bare title to this person already
        return link
    person = _person_link(kb, _pick_person(phrase[-1], on), on, f"{link.by}+{phrase[-1].entry.id}#apposition")
    return person if person.country == link.country else None


def _apposed(text: Text, group: list[Chunk], rules: LangRules, link: Linked,
             out: dict[tuple[int, int], Linked]) -> None:
    """A name the KB lacks just before a comma and a title phrase with a country (`عدنان حزام، المتحدث باسم ...`,
    `Jane Roe, the Norwegian envoy,`): that person, with the title's country and sector."""
    if not link.country or not any(c.type == "TITLE" for c in group):
        return
    i = group[0].start
    while i > 0 and text.toks[i - 1][2].lower() in rules.articles and text.tight[i]:
        i -= 1
    if i == 0 or text.norm[text.toks[i - 1][1]:text.toks[i][0]].strip() not in (",", "،"):
        return
    span = _name_before(text, i - 1, rules)
    if span and not any(s < span[1] and span[0] < e for s, e in out):
        out[span] = Linked(None, None, link.country, _title_sector(group), link.by + "#apposition", span)


def _titled(kb: KB, lang: str, text: Text, group: list[Chunk], chunk: Chunk | None,
            on: date | None) -> list[tuple[int, int, Linked]]:
    """A bare title with a known person's name after a comma (`با سفیر، کین گانگ،`, `the ambassador, Qin Gang,`)
    names that person."""
    if chunk is None or chunk.type != "PERSON" or any(c.type not in ("TITLE", "MOD", "HON") for c in group):
        return []
    if not _after_comma(text, chunk.start):
        return []
    by = f"actors.v1:{lang}/" + "+".join(c.entry.id for c in group) + f"+{chunk.entry.id}#apposition"
    return [(0, len(group), _person_link(kb, _pick_person(chunk, on), on, by))]


def _inner_named(text: Text, group: list[Chunk], link: Linked, out: dict[tuple[int, int], Linked]) -> None:
    """A name written in another script between a title and its country (`شركة ByteDance الصينية`): that body."""
    for prev, chunk in zip(group, group[1:]):
        if chunk.via == "named" and link.country:
            span = (text.toks[prev.end][0], text.toks[chunk.start - 1][1])
            out.setdefault(span, Linked(None, None, link.country, link.sector, link.by + "#named", span))


def _name_before(text: Text, last: int, rules: LangRules) -> tuple[int, int] | None:
    """The norm span of a person's name ending with token `last`: capitalised words (two or more) where the
    script has capitals, else words starting at a given name, up to `name_tokens` words."""
    first = None
    j = last
    while j >= 0 and last - j < max(rules.name_tokens, 4) and (j == last or text.tight[j + 1]):
        k = text.toks[j][2]
        if j < last and k.endswith(".") and len(k) > 2:  # a sentence ends here (not an initial: `J.`)
            break
        if rules.unknown_name is not None:
            if not k[:1].isupper() or k in rules.name_breaks or text.title_case(j):
                break
            first = j if last > j else None
        elif not _in_name(k, rules):
            break
        elif k in rules.given_names:
            first = j
        j -= 1
    return (text.toks[first][0], text.toks[last][1]) if first is not None else None


def _in_name(k: str, rules: LangRules) -> bool:
    """Whether a word can continue a person's name: not a break word, not glued to a conjunction (وسلمته)."""
    glued = any(k.startswith(c) for c in rules.conjunctions) and k not in rules.given_names
    return k not in rules.name_breaks and not glued


def _title_sector(group: list[Chunk]) -> str | None:
    return next((c.entry.sector for c in reversed(group) if c.type == "TITLE" and c.entry.sector), "GOV")


def find_places(kb: KB, lang: str, norm: str, covered: list[tuple[int, int]]) -> list[tuple[int, int, Entry]]:
    """Place-name matches that do not overlap an actor mention."""
    return uncovered(place_names(kb, lang, Text.of(norm)), covered)


def place_names(kb: KB, lang: str, text: Text) -> list[tuple[int, int, Entry]]:
    """(norm start, norm end, entry) of every place-name match in a tokenised text."""
    out = []
    for chunk in match(text, kb.places[lang], kb.rules[lang]):
        out.append((text.toks[chunk.start][0] + chunk.lead, text.toks[chunk.end - 1][1] - chunk.trim, chunk.entry))
    return out


def uncovered(places: list[tuple[int, int, Entry]], covered: list[tuple[int, int]]) -> list[tuple[int, int, Entry]]:
    """The places that do not overlap any of the `covered` spans (actor mentions)."""
    return [(start, end, entry) for start, end, entry in places if not any(s < end and start < e for s, e in covered)]


def published(value: str | None) -> date | None:
    """The publication date as a date (None when missing or unreadable)."""
    if not value:
        return None
    day = value[:10] + "-01" * ((10 - len(value[:10])) // 3)  # "2021-12" -> 2021-12-01, "2021" -> 2021-01-01
    try:
        return date.fromisoformat(day)
    except ValueError:
        return None


def _mentions(kb: KB, doc: Document, start: int, end: int, link: Linked) -> list[ActorMention]:
    """The mention of one link; a group of states named at once (the E3) is one mention per state, same span."""
    if link.pair:
        return [_mention(doc, start, end, replace(p, by=f"{p.by}#pair", name=_name(doc, p), name_span=None))
                for p in link.pair]
    if not link.members:
        return [_mention(doc, start, end, link)]
    states = [kb.entries[f"state/{code}"] for code in link.members]
    return [_mention(doc, start, end, Linked(s.name, s.wikidata, s.country, s.sector, f"{link.by}#{s.country}"
                                             + ("#pair" if link.by.endswith("#pair") else "")))
            for s in states]


def _mention(doc: Document, start: int, end: int, link: Linked) -> ActorMention:
    s, e = _to_text(doc, start, end)
    return ActorMention(s, e, (doc.text or "")[s:e], _name(doc, link), link.wikidata, link.country, link.sector,
                        link.by)


def _name(doc: Document, link: Linked) -> str | None:
    """The KB name, or for a person the KB lacks the words of their name in the text."""
    if not link.name_span:
        return link.name
    start, end = _to_text(doc, *link.name_span)
    return (doc.text or "")[start:end]


def _place(doc: Document, start: int, end: int, entry: Entry) -> PlaceMention:
    s, e = _to_text(doc, start, end)
    geonameid, lat, lon = entry.place
    return PlaceMention(s, e, doc.text[s:e] if doc.text else "", entry.name, entry.country, geonameid, lat, lon,
                        f"actors.v1:place/{entry.id}")


def _to_text(doc: Document, start: int, end: int) -> tuple[int, int]:
    return doc.norm_to_text(start, end) if doc.norm is not None else (start, end)
