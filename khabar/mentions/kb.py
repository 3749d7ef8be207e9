"""The actor knowledge base: states, international bodies, institutions, people with dated roles, titles and places.

Aliases are folded on load with the same normaliser the text goes through, then indexed as token sequences
in one matcher per language (matcher.py). Files: khabar/data/kb/ (README.md lists each source) and lang/<code>/{titles,actors}.yaml.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from .. import languages
from ..clean.script import Translation, fold
from ..errors import DataFileError
from .matcher import Names, key_text, plain

KB_DIR = languages.DATA / "kb"
#: one token: an initialism (U.S.), an English possessive (`'s`, or a bare `'` after a plural: the States' envoy),
#: or a word with inner ZWNJ kept whole and its dot (`جی.`, `Mr.`); hyphens separate tokens but keep them tight
#: (Nagorno-Karabakh, روسیه-ناتو)
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|['’]s\b|(?<=s)['’](?=\s)|\w+(?:[\u200c\u200d]\w+)*\.?")
#: one word of a name's matcher key: as TOKEN, but an apostrophe inside a word keeps it whole (N'Djamena, People's)
NAME_WORD = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:'\w+|[\u200c\u200d]\w+)*\.?")
FAR_FUTURE = date(9999, 12, 31)
#: the head entry of institutions' names without their state (`_index_short_names`)
SHORT_NAME = "title/head-short-name"
#: words that stay lower-case in a capitalised English title (Secretary of State)
LOWER_IN_TITLES = frozenset({"of", "the", "for", "and", "to", "on"})
#: which form of an entry an alias keeps when two forms are spelt alike (کره جنوبی: name and demonym)
FORM_RANK = {"name": 0, "capital": 1, "people": 2, "people+": 3, "demonym": 4}


@dataclass(frozen=True, slots=True)
class Role:
    """An office held in a state or body between two dates (end None: still held)."""

    body: str
    office: str
    start: date | None
    end: date | None

    def active(self, on: date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start or date.min) <= on < (self.end or FAR_FUTURE)


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing an alias can name: a state, body, institution, person, title word or place."""

    id: str
    kind: str
    name: str | None = None
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    relation: bool = False
    takes_host: bool = False
    #: a title whose country is the place after a host connector (`a court in X` -> X JUD)
    located: bool = False
    #: a body every state has one of: with no country in the phrase it is the document's home country's
    domestic: bool = False
    #: people who belong to a body: they take a body's title phrase after `in`/`من` (`staff at the French embassy`)
    member: bool = False
    #: a title naming a body, not a person: a definite person title right after it starts a phrase of its own
    body: bool = False
    #: for a head noun (`the agency`, `این اتحادیه`): the codes or sectors of the bodies it can stand for
    refers: tuple[str, ...] = ()
    #: for a phrase naming two earlier actors at once (`the two leaders`, `البلدين`): `person` or `state`
    pair: str | None = None
    #: for a group of states named at once (the E3): their codes, one actor mention each
    members: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    place: tuple[Any, ...] = ()

    def role_on(self, on: date | None) -> Role | None:
        """The role held on a date (the latest one that started, when several overlap)."""
        live = [r for r in self.roles if r.active(on)]
        return max(live, key=lambda r: r.start or date.min) if live else None


@dataclass(frozen=True, slots=True)
class Alias:
    """An entry as one language names it; weak aliases count only next to a title or honorific."""

    entry: Entry
    form: str
    weak: bool = False


@dataclass
class LangRules:
    """How names attach to other words in one language (lang/<code>/actors.yaml)."""

    prefixes: dict[str, tuple[str, int]]
    #: the definite article when written attached (ar ال): a person's or a city's name never takes it
    article_prefix: str
    conjunctions: tuple[str, ...]
    suffixes: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    people_suffixes: tuple[str, ...]
    possessive: tuple[tuple[str, ...], ...]
    genitive: tuple[tuple[str, ...], ...]
    host: tuple[tuple[str, ...], ...]
    member: tuple[tuple[str, ...], ...]
    country_first: bool
    articles: frozenset[str]
    state_articles: frozenset[str]
    quantifiers: frozenset[str]
    partitives: tuple[tuple[str, ...], ...]
    locatives: frozenset[str]
    directions: frozenset[str]
    motion: tuple[str, ...]
    clause_words: frozenset[str]
    place_nouns: frozenset[str]
    locative_prefixes: tuple[str, ...]
    unknown_name: re.Pattern[str] | None
    portfolio: re.Pattern[str] | None
    title_after_name: bool
    inner_name: re.Pattern[str] | None
    given_names: frozenset[str]
    name_tokens: int
    name_breaks: frozenset[str]
    stop: frozenset[str]
    stop_places: frozenset[str]
    not_names: frozenset[str]
    coref_determiners: frozenset[str]
    possessive_determiners: frozenset[str]
    #: nouns a demonym may qualify inside a people phrase (`soldiers of Armenian origin`): the phrase runs over them
    origin_words: frozenset[str]
    coref_prefixes: tuple[str, ...]
    coref_bare: bool
    relays: tuple[tuple[str, ...], ...]
    offices: dict[str, dict[str, str]]


@dataclass
class KB:
    """Entries by id, the names of actors and of places per language, and each language's rules."""

    entries: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, Names[Alias]] = field(default_factory=dict)
    places: dict[str, Names[Alias]] = field(default_factory=dict)
    rules: dict[str, LangRules] = field(default_factory=dict)
    #: (body, office) -> the people who ever held it, in entry order (built by `index_offices`)
    holders: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)

    def index_offices(self) -> None:
        """Index the people by the offices of their roles, so `holder` looks at those people only."""
        self.holders = {}
        for entry in self.entries.values():
            if entry.kind == "person":
                for body_office in dict.fromkeys((r.body, r.office) for r in entry.roles):
                    self.holders.setdefault(body_office, []).append(entry)

    def holder(self, body: str, office: str, on: date | None) -> Entry | None:
        """The person holding an office of a state or body on a date."""
        for entry in self.holders.get((body, office), ()):
            if any(r.body == body and r.office == office and r.active(on) for r in entry.roles):
                return entry
        return None

    def lookup(self, name: str, lang: str) -> list[Entry]:
        """Entries whose alias in `lang` is exactly `name` (for `khabar actors lookup`)."""
        if lang not in self.names:
            raise DataFileError(f"lang/{lang}", f"no actor data for language {lang!r} (available: {', '.join(self.names)})")
        return [a.entry for a in self.names[lang].get(name_key(fold(name, lang)))]

    def describe(self, entry: Entry, on: date | None) -> dict[str, Any]:
        """An entry as a row: a person's country, office and sector are those of the role held on the date."""
        row = {"id": entry.id, "kind": entry.kind, "name": entry.name, "wikidata": entry.wikidata,
               "country": entry.country, "sector": entry.sector, "office": entry.office}
        if entry.kind == "person" and entry.roles:
            began = [r for r in entry.roles if on is None or (r.start or date.min) <= on]
            role = entry.role_on(on) or max(began or entry.roles, key=lambda r: r.start or date.min)
            igo = self.entries.get(f"igo/{role.body}")
            current = entry.role_on(on) is not None
            row.update(country=igo.country if igo else role.body, office=f"{role.body} {role.office}",
                       sector=entry.sector if current else "ELI")
        return row


#: letter variants folded in token keys (one for one, so a whole text folds at once and keeps its offsets)
LETTER_KEYS = {"ي": "ی", "ى": "ی", "ك": "ک", "’": "'"}
FOLD_LETTERS = Translation(LETTER_KEYS)
#: folded away in token keys, so "رئیس‌جمهور" and "رئیسجمهور" and Arabic/Persian letter variants meet
KEY_TABLE = str.maketrans({"\u200c": None, "\u200d": None, **LETTER_KEYS})


def key(token: str) -> str:
    """The key of one token of normalised text (for comparing words with rule data)."""
    return token.translate(KEY_TABLE)


def token_keys(text: str) -> tuple[str, ...]:
    return tuple(key(m.group()) for m in TOKEN.finditer(text))


def name_key(text: str) -> str:
    """The matcher key of a normalised name: its words joined by one space, ZWNJ inside a word dropped."""
    return " ".join(NAME_WORD.findall(key_text(text.replace("\u200c", "").replace("\u200d", ""))))


def name_keys(text: str) -> set[str]:
    """The keys a name is found under: ZWNJ dropped (`رئیسجمهور`) and ZWNJ as a word gap (`رئیس‌جمهور`)."""
    return {name_key(text), " ".join(NAME_WORD.findall(key_text(text)))} - {""}


def add_alias(names: Names[Alias], name: str, alias: Alias) -> None:
    """Index an alias; of two forms of one entry under one key the stronger form stays (name > demonym)."""
    values = names.values.setdefault(name, [])
    same = [i for i, a in enumerate(values) if a.entry.id == alias.entry.id]
    if not same:
        values.append(alias)
    elif FORM_RANK.get(alias.form, 0) < FORM_RANK.get(values[same[0]].form, 0):
        values[same[0]] = alias


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every token of a normalised text; a final dot stays in the key. The letters are
    folded once for the whole text (token spans do not change), joiners per token."""
    return [(*m.span(), plain(m.group())) for m in TOKEN.finditer(FOLD_LETTERS(text))]


@lru_cache(maxsize=None)
def load_kb(*extra: str) -> KB:
    """The packaged KB plus any user files (same shape as people.yaml / institutions.yaml / igos.yaml)."""
    kb = KB()
    for entry in _entries(extra):
        kb.entries[entry.id] = entry
    kb.index_offices()
    for lang in languages.available():
        kb.rules[lang] = _rules(lang)
        kb.names[lang] = Names()
        kb.places[lang] = Names()
    for lang, entry, form, words in _aliases(kb, extra):
        _index(kb, lang, entry, form, words)
    for lang in kb.names:
        _index_short_names(kb, lang)
    for lang, rules in kb.rules.items():
        rewrites = {r for r, _ in rules.prefixes.values() if r}
        kb.names[lang].build(rewrites)
        kb.places[lang].build(rewrites)
    return kb


def _index_short_names(kb: KB, lang: str) -> None:
    """An institution's name without its state's name or demonym (`وزارت خزانه‌داری` of `وزارت خزانه‌داری آمریکا`)
    is a head noun that refers back to it once named; only names of two words or more that name nothing else."""
    names, article = kb.names[lang], kb.rules[lang].article_prefix
    connectors = sorted(kb.rules[lang].possessive, key=len, reverse=True)
    states: dict[str, set[str]] = {}
    for name, aliases in names.values.items():
        for alias in aliases:
            if alias.entry.kind == "state":
                states.setdefault(alias.entry.country or "", set()).add(name)
    short = set()
    for name, aliases in list(names.values.items()):
        for alias in aliases:
            own = states.get(alias.entry.country or "", set()) if alias.entry.kind == "inst" else set()
            for state in own:
                words, cut = name.split(), len(state.split())
                ends = (words[:-cut], words[-cut:]), (words[cut:], words[:cut])
                for rest, edge in ends:
                    tail = next((len(c) for c in connectors if c and tuple(rest[-len(c):]) == c), 0)
                    rest = rest[:len(rest) - tail]  # `Security Service of` Ukraine
                    bare = " ".join(w[len(article):] if article and w.startswith(article) else w for w in edge)
                    if len(rest) >= 2 and state in (" ".join(edge), bare) and " ".join(rest) not in names.values:
                        short.add(" ".join(rest))
    head = kb.entries[SHORT_NAME]
    for name in short:
        add_alias(names, name, Alias(head, "head"))


def _index(kb: KB, lang: str, entry: Entry, form: str, words: Iterable[str]) -> None:
    """Add each word and its written variants to the language's trie."""
    if lang not in kb.names:
        return
    rules, names = kb.rules[lang], (kb.places if entry.kind == "place" else kb.names)[lang]
    for word in words:
        for variant in _variants(str(word), form, rules):
            for name in name_keys(fold(variant, lang)):
                add_alias(names, name, Alias(entry, form, weak=word in rules.stop))


def _variants(word: str, form: str, rules: LangRules) -> set[str]:
    """Spellings one listed word stands for: ZWNJ as space, demonym inflections, capitalised titles."""
    out = {word, word.replace("\u200c", " ")}
    if word.startswith("@"):  # a handle is read in any case (`@AzPresident`, `@azpresident`)
        out.add(word.lower())
    if form == "demonym":
        out = {w + s for w in out for s in rules.demonym_suffixes}
    if form == "people+":
        out = {v for w in out for s in rules.people_suffixes for v in (w + s, (w + s).replace("\u200c", " "))}
    if form == "title" and word[:1].islower():
        out |= {word[0].upper() + word[1:], " ".join(w if w in LOWER_IN_TITLES else w[0].upper() + w[1:]
                                                      for w in word.split())}
    return out


def _entries(extra: tuple[str, ...]) -> Iterator[Entry]:
    for row in _tsv("states.tsv"):
        yield Entry(f"state/{row['code']}", "state", row["name"], row["qid"] or None, row["code"], "GOV")
    for code, item in _yaml(KB_DIR / "igos.yaml").items():
        yield Entry(f"igo/{code}", "igo", (item.get("en") or [code])[0], item.get("qid"), item["code"], item.get("sector"),
                    members=tuple(item.get("members", ())))
    for path in (KB_DIR / "institutions.yaml", *map(Path, extra)):
        data = _yaml(path)
        items = data.items() if isinstance(data, dict) else ((p["id"], p) for p in data if "roles" not in p)
        for ident, item in items:
            yield Entry(f"inst/{ident}", "inst", (item.get("en") or [ident])[0], item.get("qid"), item["country"],
                        item.get("sector", "GOV"), extra=tuple(item.get("extra", ())))
    for path in (KB_DIR / "people.yaml", *map(Path, extra)):
        data = _yaml(path)
        for item in data if isinstance(data, list) else []:
            if "roles" in item:
                yield _person(item, path)
    for lang in languages.available():
        for item in (languages.data(lang, "titles") or {}).get("titles", []):
            yield Entry(f"title/{item['id']}", item.get("kind", "title"), item["id"], sector=item.get("sector"),
                        office=item.get("office"), relation=bool(item.get("relation")),
                        takes_host=bool(item.get("host")), located=bool(item.get("located")),
                        domestic=bool(item.get("domestic")), member=bool(item.get("member")),
                        body=bool(item.get("body")), refers=tuple(item.get("refers", ())), pair=item.get("pair"))
    yield Entry(SHORT_NAME, "head", "institution named without its state")
    for ident, item in _yaml(KB_DIR / "features.yaml").items():
        yield Entry(f"feature/{ident}", "feature", (item.get("en") or [ident])[0])
    for row in _tsv("places.tsv"):
        yield Entry(f"place/{row['geonameid']}", "place", row["en"], country=row["country"],
                    place=(int(row["geonameid"]), float(row["lat"]), float(row["lon"])))


def _person(item: dict[str, Any], path: Path) -> Entry:
    try:
        roles = tuple(Role(str(b), str(o), _date(s), _date(e)) for b, o, s, e in item["roles"])
    except (TypeError, ValueError) as err:
        raise DataFileError(str(path), f"bad roles ({err})", item.get("id")) from None
    return Entry(f"person/{item['id']}", "person", item.get("name"), item.get("qid"), None,
                 item.get("sector", "GOV"), roles=roles)


def _aliases(kb: KB, extra: tuple[str, ...]) -> Iterator[tuple[str, Entry, str, list[str]]]:
    """(lang, entry, form, words) for every alias source."""
    for row in _tsv("state_aliases.tsv"):
        yield row["lang"], kb.entries[f"state/{row['code']}"], row["form"], [row["alias"]]
        if row["form"] == "demonym":
            yield row["lang"], kb.entries[f"state/{row['code']}"], "people+", [row["alias"]]
    named = [("igo", _yaml(KB_DIR / "igos.yaml").items())]
    named.append(("inst", _yaml(KB_DIR / "institutions.yaml").items()))
    named.append(("feature", _yaml(KB_DIR / "features.yaml").items()))
    for path in (KB_DIR / "people.yaml", *map(Path, extra)):
        data = _yaml(path)
        items = data.items() if isinstance(data, dict) else [(p["id"], p) for p in data]
        named.append(("person", [(i, p) for i, p in items if "roles" in p]))
        named.append(("inst", [(i, p) for i, p in items if "roles" not in p]))
    for kind, items in named:
        for ident, item in items:
            for lang in kb.names:
                yield lang, kb.entries[f"{kind}/{ident}"], "name", item.get(lang) or []
                yield lang, kb.entries[f"{kind}/{ident}"], "demonym", (item.get("adjectives") or {}).get(lang) or []
    for lang in kb.names:
        for item in (languages.data(lang, "titles") or {}).get("titles", []):
            yield lang, kb.entries[f"title/{item['id']}"], "title", item["words"]
    for row in _tsv("places.tsv"):
        entry = kb.entries[f"place/{row['geonameid']}"]
        for lang in ("en", "fa", "ar"):
            stop = kb.rules[lang].stop_places if lang in kb.rules else frozenset()
            yield lang, entry, "place", [w for w in row[lang].split("|") if w and fold(w, lang) not in stop]


def _rules(lang: str) -> LangRules:
    data = languages.data(lang, "actors") or {}
    titles = languages.data(lang, "titles") or {}
    connectors = data.get("connectors") or {}
    pattern = data.get("unknown_name")
    prefixes = {plain(fold(p, lang)): ("", int(n)) for p, n in (data.get("prefixes") or {}).items()}
    prefixes.update({plain(fold(p, lang)): (plain(fold(r, lang)), int(n))
                     for p, (r, n) in (data.get("prefix_rewrites") or {}).items()})
    return LangRules(
        prefixes=prefixes,
        article_prefix=plain(fold(data.get("article_prefix") or "", lang)),
        conjunctions=tuple(key(fold(c, lang)) for c in data.get("conjunctions", [])),
        suffixes=frozenset(plain(fold(s, lang)) for s in data.get("suffixes", [])),
        demonym_suffixes=tuple(data.get("demonym_suffixes", [""])),
        people_suffixes=tuple(data.get("people_suffixes", [])),
        possessive=tuple(token_keys(fold(c, lang)) for c in connectors.get("possessive", [])),
        genitive=tuple(token_keys(fold(c, lang)) or (key(c),) for c in connectors.get("genitive", [])),
        host=tuple(token_keys(fold(c, lang)) for c in connectors.get("host", [])),
        member=tuple(token_keys(fold(c, lang)) for c in connectors.get("member", [])),
        country_first=bool(data.get("country_before_title")),
        articles=frozenset(key(fold(a, lang)).lower() for a in data.get("articles", [])),
        state_articles=frozenset(key(fold(a, lang)).lower() for a in data.get("state_articles", [])),
        quantifiers=frozenset(key(fold(q, lang)).lower() for q in data.get("quantifiers", [])),
        partitives=tuple(token_keys(fold(c, lang)) for c in data.get("partitives", [])),
        locatives=frozenset(key(fold(w, lang)) for w in data.get("locatives", [])),
        directions=frozenset(key(fold(w, lang)) for w in data.get("directions", [])),
        motion=tuple(key(fold(w, lang)).lower() for w in data.get("motion_words", [])),
        clause_words=frozenset(key(fold(w, lang)).lower() for w in data.get("clause_words", [])),
        place_nouns=frozenset(key(fold(w, lang)).lower() for w in data.get("place_nouns", [])),
        locative_prefixes=tuple(key(fold(p, lang)) for p in data.get("locative_prefixes", [])),
        unknown_name=re.compile(pattern) if pattern else None,
        title_after_name=bool(data.get("title_after_name")),
        portfolio=re.compile(fold(data["portfolio"], lang)) if data.get("portfolio") else None,
        inner_name=re.compile(data["inner_name"]) if data.get("inner_name") else None,
        given_names=frozenset(key(fold(w, lang)) for w in data.get("given_names", [])),
        name_tokens=int(data.get("name_tokens", 0)),
        name_breaks=frozenset(key(fold(w, lang)) for w in data.get("name_breaks", [])),
        stop=frozenset(data.get("stop_aliases", [])),
        stop_places=frozenset(fold(w, lang) for w in data.get("stop_places", [])),
        not_names=frozenset(plain(fold(w, lang)) for w in data.get("not_names", [])),
        coref_determiners=frozenset(key(fold(w, lang)).lower() for w in data.get("coref_determiners", [])),
        origin_words=frozenset(key(fold(w, lang)).lower() for w in data.get("origin_words", [])),
        possessive_determiners=frozenset(key(fold(w, lang)).lower() for w in data.get("possessive_determiners", [])),
        coref_prefixes=tuple(key(fold(w, lang)) for w in data.get("coref_prefixes", [])),
        coref_bare=bool(data.get("coref_bare")),
        relays=tuple(token_keys(fold(c, lang)) for c in data.get("relays", [])),
        offices=titles.get("offices") or {},
    )


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _yaml(path: Path) -> Any:
    data = languages.load_yaml(path)
    if data is None:
        raise DataFileError(str(path), "empty file")
    return data


def _tsv(name: str) -> list[dict[str, str]]:
    with open(KB_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
