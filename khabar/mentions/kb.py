"""The actor knowledge base: states, international bodies, institutions, people with dated roles, titles and places.

Aliases are folded on load with the same normaliser the text goes through, then indexed as token sequences
in a trie per language. Files: khabar/data/kb/ (README.md lists each source) and lang/<code>/{titles,actors}.yaml.
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
from ..clean.script import fold
from ..errors import DataFileError

KB_DIR = languages.DATA / "kb"
#: one token: an initialism (U.S.), an English possessive, or a word with inner ZWNJ kept whole and its dot
#: (`جی.`, `Mr.`); hyphens separate tokens but keep them tight (Nagorno-Karabakh, روسیه-ناتو)
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|['’]s\b|\w+(?:[\u200c\u200d]\w+)*\.?")
#: folded away in token keys, so "رئیس‌جمهور" and "رئیسجمهور" and Arabic/Persian letter variants meet
KEY_TABLE = str.maketrans({"\u200c": None, "\u200d": None, "ي": "ی", "ى": "ی", "ك": "ک", "’": "'"})
FAR_FUTURE = date(9999, 12, 31)
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
class Trie:
    """Token-sequence trie: each node maps a token key to a child; `values` hold the aliases ending there."""

    children: dict[str, "Trie"] = field(default_factory=dict)
    values: list[Alias] = field(default_factory=list)

    def add(self, keys: tuple[str, ...], alias: Alias) -> None:
        """Index an alias; of two forms of one entry at the same keys the stronger form stays (name > demonym)."""
        node = self
        for k in keys:
            node = node.children.setdefault(k, Trie())
        same = [i for i, a in enumerate(node.values) if a.entry.id == alias.entry.id]
        if not same:
            node.values.append(alias)
        elif FORM_RANK.get(alias.form, 0) < FORM_RANK.get(node.values[same[0]].form, 0):
            node.values[same[0]] = alias


@dataclass
class LangRules:
    """How names attach to other words in one language (lang/<code>/actors.yaml)."""

    prefixes: dict[str, tuple[str, int]]
    conjunctions: tuple[str, ...]
    suffixes: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    people_suffixes: tuple[str, ...]
    possessive: tuple[tuple[str, ...], ...]
    genitive: tuple[tuple[str, ...], ...]
    host: tuple[tuple[str, ...], ...]
    country_first: bool
    articles: frozenset[str]
    quantifiers: frozenset[str]
    partitives: tuple[tuple[str, ...], ...]
    locatives: frozenset[str]
    locative_prefixes: tuple[str, ...]
    unknown_name: re.Pattern[str] | None
    given_names: frozenset[str]
    name_tokens: int
    name_breaks: frozenset[str]
    stop: frozenset[str]
    not_names: frozenset[str]
    coref_determiners: frozenset[str]
    coref_prefixes: tuple[str, ...]
    coref_bare: bool
    offices: dict[str, dict[str, str]]
    prefix_sizes: tuple[int, ...] = ()
    suffix_sizes: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        self.prefix_sizes = _sizes(self.prefixes)
        self.suffix_sizes = _sizes(self.suffixes)


def _sizes(words: Iterable[str]) -> tuple[int, ...]:
    """The distinct lengths of some affixes, longest first (affix lookup by slicing, not by scanning)."""
    return tuple(sorted({len(w) for w in words}, reverse=True))


@dataclass
class KB:
    """Entries by id, a trie per language for actors and one for places, and each language's rules."""

    entries: dict[str, Entry] = field(default_factory=dict)
    tries: dict[str, Trie] = field(default_factory=dict)
    places: dict[str, Trie] = field(default_factory=dict)
    rules: dict[str, LangRules] = field(default_factory=dict)

    def holder(self, body: str, office: str, on: date | None) -> Entry | None:
        """The person holding an office of a state or body on a date."""
        for entry in self.entries.values():
            if entry.kind == "person" and any(r.body == body and r.office == office and r.active(on)
                                              for r in entry.roles):
                return entry
        return None

    def lookup(self, name: str, lang: str) -> list[Entry]:
        """Entries whose alias in `lang` is exactly `name` (for `khabar actors lookup`)."""
        node = self.tries[lang]
        for k in token_keys(fold(name, lang)):
            node = node.children.get(k)
            if node is None:
                return []
        return [a.entry for a in node.values]


def key(token: str) -> str:
    """The trie key of one token of normalised text."""
    return token.translate(KEY_TABLE)


def token_keys(text: str) -> tuple[str, ...]:
    return tuple(key(m.group()) for m in TOKEN.finditer(text))


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every token of a normalised text; a final dot stays in the key."""
    return [(m.start(), m.end(), key(m.group())) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=None)
def load_kb(*extra: str) -> KB:
    """The packaged KB plus any user files (same shape as people.yaml / institutions.yaml / igos.yaml)."""
    kb = KB()
    for entry in _entries(extra):
        kb.entries[entry.id] = entry
    for lang in languages.available():
        kb.rules[lang] = _rules(lang)
        kb.tries[lang] = Trie()
        kb.places[lang] = Trie()
    for lang, entry, form, words in _aliases(kb, extra):
        _index(kb, lang, entry, form, words)
    return kb


def _index(kb: KB, lang: str, entry: Entry, form: str, words: Iterable[str]) -> None:
    """Add each word and its written variants to the language's trie."""
    if lang not in kb.tries:
        return
    rules, trie = kb.rules[lang], (kb.places if entry.kind == "place" else kb.tries)[lang]
    for word in words:
        for variant in _variants(str(word), form, rules):
            keys = token_keys(fold(variant, lang))
            if keys:
                trie.add(keys, Alias(entry, form, weak=word in rules.stop))


def _variants(word: str, form: str, rules: LangRules) -> set[str]:
    """Spellings one listed word stands for: ZWNJ as space, demonym inflections, capitalised titles."""
    out = {word, word.replace("\u200c", " ")}
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
        yield Entry(f"igo/{code}", "igo", (item.get("en") or [code])[0], item.get("qid"), item["code"], item.get("sector"))
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
                        takes_host=bool(item.get("host")))
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
    for path in (KB_DIR / "people.yaml", *map(Path, extra)):
        data = _yaml(path)
        items = data.items() if isinstance(data, dict) else [(p["id"], p) for p in data]
        named.append(("person", [(i, p) for i, p in items if "roles" in p]))
        named.append(("inst", [(i, p) for i, p in items if "roles" not in p]))
    for kind, items in named:
        for ident, item in items:
            for lang in kb.tries:
                yield lang, kb.entries[f"{kind}/{ident}"], "name", item.get(lang) or []
    for lang in kb.tries:
        for item in (languages.data(lang, "titles") or {}).get("titles", []):
            yield lang, kb.entries[f"title/{item['id']}"], "title", item["words"]
    for row in _tsv("places.tsv"):
        entry = kb.entries[f"place/{row['geonameid']}"]
        yield "en", entry, "place", [row["en"]]
        for lang in ("fa", "ar"):
            yield lang, entry, "place", [w for w in row[lang].split("|") if w]


def _rules(lang: str) -> LangRules:
    data = languages.data(lang, "actors") or {}
    titles = languages.data(lang, "titles") or {}
    connectors = data.get("connectors") or {}
    pattern = data.get("unknown_name")
    prefixes = {key(fold(p, lang)): ("", int(n)) for p, n in (data.get("prefixes") or {}).items()}
    prefixes.update({key(fold(p, lang)): (key(fold(r, lang)), int(n))
                     for p, (r, n) in (data.get("prefix_rewrites") or {}).items()})
    return LangRules(
        prefixes=prefixes,
        conjunctions=tuple(key(fold(c, lang)) for c in data.get("conjunctions", [])),
        suffixes=frozenset(key(fold(s, lang)) for s in data.get("suffixes", [])),
        demonym_suffixes=tuple(data.get("demonym_suffixes", [""])),
        people_suffixes=tuple(data.get("people_suffixes", [])),
        possessive=tuple(token_keys(fold(c, lang)) for c in connectors.get("possessive", [])),
        genitive=tuple(token_keys(fold(c, lang)) for c in connectors.get("genitive", [])),
        host=tuple(token_keys(fold(c, lang)) for c in connectors.get("host", [])),
        country_first=bool(data.get("country_before_title")),
        articles=frozenset(key(a).lower() for a in data.get("articles", [])),
        quantifiers=frozenset(key(fold(q, lang)).lower() for q in data.get("quantifiers", [])),
        partitives=tuple(token_keys(fold(c, lang)) for c in data.get("partitives", [])),
        locatives=frozenset(key(fold(w, lang)) for w in data.get("locatives", [])),
        locative_prefixes=tuple(key(fold(p, lang)) for p in data.get("locative_prefixes", [])),
        unknown_name=re.compile(pattern) if pattern else None,
        given_names=frozenset(key(fold(w, lang)) for w in data.get("given_names", [])),
        name_tokens=int(data.get("name_tokens", 0)),
        name_breaks=frozenset(key(fold(w, lang)) for w in data.get("name_breaks", [])),
        stop=frozenset(data.get("stop_aliases", [])),
        not_names=frozenset(key(fold(w, lang)) for w in data.get("not_names", [])),
        coref_determiners=frozenset(key(fold(w, lang)).lower() for w in data.get("coref_determiners", [])),
        coref_prefixes=tuple(key(fold(w, lang)) for w in data.get("coref_prefixes", [])),
        coref_bare=bool(data.get("coref_bare")),
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
