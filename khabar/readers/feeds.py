"""RSS and Atom feeds: one Document per entry, with title, link and publication date."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from time import struct_time
from typing import Any, Iterator

import feedparser
from babel import Locale
from babel.localedata import locale_identifiers

from .. import languages
from ..document import Document
from ..errors import InputError
from ..registry import reader
from .html import html_text, url_id
from .text import from_bytes

#: between day, month name and year in a localised date: spaces, commas (Latin and Arabic), dots, slashes, dashes
SEP = r"[\s,\u060c./-]*"
#: a year outside this range is another calendar's (1403 Solar Hijri, 1445 Hijri), not one to read as Gregorian
YEARS = range(1900, 2200)


@reader("feed", extensions=(".rss", ".atom", ".xml"))
@from_bytes
def read_feed(data: bytes, path: Path) -> Iterator[Document | InputError]:
    """Every entry of an RSS or Atom feed; an .xml file that is not a feed yields one InputError."""
    feed = feedparser.parse(data)
    if not feed.get("version"):
        yield InputError(str(path), "not an RSS or Atom feed")
        return
    if not feed.entries:
        yield InputError(str(path), "feed has no entries")
    lang = (feed.feed.get("language") or "").split("-")[0].lower()
    for n, entry in enumerate(feed.entries, 1):
        yield document_from_entry(entry, path, n, lang=lang if lang in languages.available() else None)


def document_from_entry(entry: Any, path: Path, n: int, *, lang: str | None) -> Document | InputError:
    """One feed entry: its content (or summary) as text, HTML stripped; doc_id from its id or link."""
    body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
    text = html_text(body) if body.strip() else ""
    if not text:
        return InputError(str(path), f"entry {n} has no content or summary")
    key = entry.get("id") or entry.get("link")
    # ask only for a date key the entry has: feedparser warns when it maps `updated` onto `published`
    when = "published" if "published" in entry else "updated"
    raw_date = entry.get(when)
    return Document(doc_id=url_id(key) if key else f"{path.stem}-{n}", raw=text, lang=lang,
                    title=entry.get("title"), author=entry.get("author"), source_url=entry.get("link"),
                    published=entry_date(raw_date, entry.get(f"{when}_parsed")),
                    source=f"{path}#{n}", meta={"published_raw": raw_date} if raw_date else {})


def entry_date(raw: str | None, parsed: struct_time | None) -> str | None:
    """An entry's date as YYYY-MM-DD, in the publisher's own time zone when the string gives one."""
    if not raw:
        return None
    for parse in (parsedate_to_datetime, datetime.fromisoformat):
        try:
            return parse(raw.strip()).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    if parsed is not None:
        return date(*parsed[:3]).isoformat()
    return localised_date(raw)


def localised_date(raw: str) -> str | None:
    """Day, CLDR month name and 4-digit year (`02 أبريل 2024`, `آوریل 2, 2024`); None unless all three are clear."""
    names, pattern = _month_names()
    text = _fold(raw)
    found = (re.search(rf"(?<!\d)(?P<d>\d{{1,2}}){SEP}(?P<m>{pattern}){SEP}(?P<y>\d{{4}})(?!\d)", text)
             or re.search(rf"(?P<m>{pattern}){SEP}(?P<d>\d{{1,2}}){SEP}(?P<y>\d{{4}})(?!\d)", text))
    if not found or int(found["y"]) not in YEARS:
        return None
    try:
        return date(int(found["y"]), names[found["m"]], int(found["d"])).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _month_names() -> tuple[dict[str, int], str]:
    """Gregorian month names (wide and abbreviated) of every CLDR locale of our languages, and their regex."""
    numbers: dict[str, set[int]] = {}
    codes = set(languages.available())
    for ident in (i for i in locale_identifiers() if i.split("_")[0] in codes):
        months = Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    numbers.setdefault(_fold(name), set()).add(number)
    names = {name: next(iter(n)) for name, n in numbers.items() if len(n) == 1 and len(name) > 1}
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return names, rf"(?<!\w)(?:{alternatives})(?!\w)"


def _fold(text: str) -> str:
    """Lower case without combining marks, so `أبريل`/`ابريل` and `مهٔ`/`مه` match."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))
