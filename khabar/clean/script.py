"""Script normalisation: fold letter variants, digits, marks and presentation forms, keeping a map to the input.

The rules are data (`data/normalise.yaml` plus `data/lang/<code>/normalise.yaml`), compiled once per language.
The same `normalise` serves article text, search queries and lexicon entries, so all three fold alike.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from .. import languages
from ..document import Document
from ..errors import DataFileError
from ..registry import component

ZWNJ = "\u200c"
#: a letter of any script: join rules look for letters on both sides of the space they replace
LETTER = r"[^\W\d_]"
CODE_POINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
CODE_RANGE = re.compile(r"U\+([0-9A-Fa-f]{4,6})-U\+([0-9A-Fa-f]{4,6})")
#: characters beyond the BMP: a class holding any of them is matched range by range (slow), so text without
#: them is read with the BMP part of the folding class alone, which the regex engine tests as a bitmap
ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class Folding:
    """One language's compiled rules: what each matched token becomes, and where spaces become ZWNJ;
    `chars` is the single-character part of `table` as a `str.translate` table, `sequences` matches the rest,
    and `sequence_ends` holds their last characters (a text holding none of them holds no sequence);
    `bmp_tokens` and `bmp_chars` are `tokens` and `chars` without astral characters (for text that has none)."""

    table: dict[str, str]
    tokens: re.Pattern[str]
    joins: re.Pattern[str] | None
    chars: dict[int, str]
    sequences: re.Pattern[str] | None
    sequence_ends: frozenset[str]
    bmp_tokens: re.Pattern[str]
    bmp_chars: re.Pattern[str]


def normalise(text: str, lang: str | None = None) -> tuple[str, list[int]]:
    """Return the normalised text and, per normalised character, the index in `text` it came from.

    A normalised span [s, e) came from text[norm_map[s] : norm_map[e-1] + 1] (removed marks after its last
    letter fall outside). Languages without a data folder, and lang=None, get the neutral folding only.
    """
    folding = compile_folding(lang)
    parts: list[str] = []
    norm_map: list[int] = []
    last = 0
    for match in (folding.tokens if ASTRAL.search(text) else folding.bmp_tokens).finditer(text):
        start = match.start()
        parts.append(text[last:start])
        norm_map.extend(range(last, start))
        out = folding.table[match.group()]
        parts.append(out)
        norm_map.extend([start] * len(out))
        last = match.end()
    parts.append(text[last:])
    norm_map.extend(range(last, len(text)))
    norm = "".join(parts)
    if folding.joins is not None:
        norm = folding.joins.sub(ZWNJ, norm)  # one space -> one ZWNJ: the map is unchanged
    return norm, norm_map


def fold(text: str, lang: str | None = None) -> str:
    """The normalised form alone (as `normalise` gives it, without building the map): for search queries,
    gazetteer names, lexicon entries and boilerplate lines."""
    folded, joins = fold_letters(text, lang), compile_folding(lang).joins
    return folded if joins is None else joins.sub(ZWNJ, folded)


def fold_letters(text: str, lang: str | None = None) -> str:
    """`fold` without the join rules, which only turn spaces into ZWNJ: enough where only words are read."""
    folding = compile_folding(lang)
    if folding.sequences is not None and any(c in text for c in folding.sequence_ends) \
            and folding.sequences.search(text):
        tokens = folding.tokens
    elif text.isascii() or ASTRAL.search(text):
        return text.translate(folding.chars)  # single characters only; ASCII text translates fastest
    else:
        tokens = folding.bmp_chars  # a few changed letters: cheaper than translating every character
    table = folding.table
    return tokens.sub(lambda m: table[m.group()], text)


class Translation:
    """`str.translate` with a table of a few characters, done by finding them: translate looks every character up
    in the table, which off ASCII costs ~10x more than one regex pass finding the few that change."""

    def __init__(self, table: dict[str, str]) -> None:
        """`table` maps single characters to what they become."""
        self.table = dict(table)
        self.regex = re.compile("[" + "".join(re.escape(c) for c in table) + "]") if table else None

    def __call__(self, text: str) -> str:
        table = self.table
        return self.regex.sub(lambda m: table[m.group()], text) if self.regex is not None else text


@lru_cache(maxsize=None)
def compile_folding(lang: str | None) -> Folding:
    """Build (once per language) the token table and patterns from the shared and per-language data."""
    shared_path = languages.DATA / "normalise.yaml"
    shared = languages.shared("normalise") or {}
    chars = {**digit_map(shared.get("digits", []), shared_path), **read_chars(shared.get("chars"), shared_path)}
    joins, lang_path = [], shared_path
    if lang in languages.available() and (data := languages.data(lang, "normalise")):
        lang_path = languages.LANG_DIR / lang / "normalise.yaml"
        chars.update(read_chars(data.get("chars"), lang_path))
        joins = data.get("joins") or []
    nfkc = {c for item in shared.get("nfkc", []) for c in expand(str(item), shared_path, "nfkc")}
    table = build_table(chars, nfkc)
    sequences = [re.escape(k) for k in sorted(table, key=len, reverse=True) if len(k) > 1]
    tokens = re.compile("|".join([*sequences, char_class([k for k in table if len(k) == 1])]))
    bmp = char_class([k for k in table if len(k) == 1 and not ASTRAL.match(k)])

    def fold_word(word: str) -> str:
        return tokens.sub(lambda m: table[m.group()], word)

    singles = {ord(k): v for k, v in table.items() if len(k) == 1}
    return Folding(table, tokens, compile_joins(joins, fold_word, lang_path), singles,
                   re.compile("|".join(sequences)) if sequences else None,
                   frozenset(k[-1] for k in table if len(k) > 1),
                   re.compile("|".join([*sequences, bmp])), re.compile(bmp))


def build_table(chars: dict[str, str], nfkc: set[str]) -> dict[str, str]:
    """Every token that changes -> its folded form: sequence target or NFKC form, then the char map."""
    table = {}
    for token in set(chars) | nfkc:
        if len(token) > 1:
            base = chars[token]
        else:
            base = unicodedata.normalize("NFKC", token) if token in nfkc else token
        out = "".join(chars.get(c, c) for c in base)
        if out != token:
            table[token] = out
    return table


def read_chars(entries: list[dict[str, Any]] | None, path: Path) -> dict[str, str]:
    """The `chars` entries of a data file as a from -> to map (keys are characters or sequences)."""
    out: dict[str, str] = {}
    for n, entry in enumerate(entries or []):
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        if not entry_id or not isinstance(entry.get("from"), list) or not isinstance(entry.get("to"), str):
            raise DataFileError(str(path), "needs id, a from list and a to string", f"chars[{n}]")
        for item in entry["from"]:
            out.update(dict.fromkeys(expand(str(item), path, entry_id), entry["to"]))
    return out


def digit_map(zeros: list[str], path: Path) -> dict[str, str]:
    """Each listed script's digits zero..nine -> ASCII 0-9."""
    out = {}
    for zero in zeros:
        (start,) = expand(str(zero), path, "digits")
        out.update({chr(ord(start) + i): str(i) for i in range(10)})
    return out


def expand(item: str, path: Path, entry_id: str) -> list[str]:
    """A `from` item as keys: a literal, `U+0640`, a range `U+064B-U+065F` or a sequence `U+0627 U+0653`."""
    if item.startswith("U+"):
        if span := CODE_RANGE.fullmatch(item):
            return [chr(c) for c in range(int(span[1], 16), int(span[2], 16) + 1)]
        codes = item.split()
        if not all(CODE_POINT.fullmatch(c) for c in codes):
            raise DataFileError(str(path), f"bad code point {item!r}", entry_id)
        return ["".join(chr(int(c[2:], 16)) for c in codes)]
    return [item]


def char_class(chars: list[str]) -> str:
    """A regex class matching exactly `chars`, written as ranges to keep the pattern short."""
    if not chars:
        return "(?!)"
    codes = sorted(ord(c) for c in chars)
    ranges = [[codes[0], codes[0]]]
    for code in codes[1:]:
        if code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(f"\\U{a:08x}-\\U{b:08x}" if b > a else f"\\U{a:08x}" for a, b in ranges) + "]"


def compile_joins(entries: list[dict[str, Any]], fold_word: Callable[[str], str], path: Path) -> re.Pattern[str] | None:
    """One pattern matching each space that a join rule turns into ZWNJ."""
    alternatives = [join_alternative(entry, fold_word, path) for entry in entries]
    return re.compile(" (?:" + "|".join(alternatives) + ")") if alternatives else None


def join_alternative(entry: dict[str, Any], fold_word: Callable[[str], str], path: Path) -> str:
    """The lookarounds, around a matched space, of one join rule."""
    words = sorted((fold_word(str(w)) for w in entry.get("words") or []), key=len, reverse=True)
    if not entry.get("id") or not words or entry.get("attach") not in ("prefix", "suffix"):
        raise DataFileError(str(path), "a join needs id, words and attach: prefix|suffix", str(entry.get("id", "joins")))
    if entry["attach"] == "prefix":
        behind = "|".join(f"(?<=(?<!{LETTER}){re.escape(w)} )" for w in words)
        return f"(?:{behind})(?={LETTER})"
    end = re.escape(fold_word(str(entry.get("stem_end", ""))))
    stem = LETTER * (max(int(entry.get("min_stem", 1)), 1) - (1 if end else 0)) + end
    alternation = "|".join(re.escape(w) for w in words)
    return f"(?<={stem} )(?=(?:{alternation})(?!{LETTER}))"


@component("clean.normalise.v1", requires=("text", "lang"), assigns=("norm",))
def normalise_text() -> Callable[[Document], Document]:
    """Set doc.norm (text folded for matching) and doc.norm_map (norm index -> doc.text index)."""

    def run(doc: Document) -> Document:
        doc.norm, doc.norm_map = normalise(doc.text or "", doc.lang)
        return doc

    return run
