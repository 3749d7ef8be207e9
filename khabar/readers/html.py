"""Web pages: trafilatura keeps the article's main text and reads title, author, date and URL."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterator

import lxml.html
import trafilatura
from lxml.etree import ParserError

from ..document import Document
from ..errors import InputError
from ..registry import reader
from .text import NotText, decode, from_bytes

#: a charset declared in <meta charset=...> or <meta http-equiv content="...; charset=...">, found in the head
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
CHARSET_SNIFF_BYTES = 4096
#: lxml refuses str input that carries an encoding declaration
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
#: elements whose end is a paragraph break when a page is flattened without trafilatura
BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "article", "section",
              "pre", "table", "ul", "ol", "dd", "dt")
#: never article text, even when trafilatura gave up on the page
DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "head")


def declared_charset(data: bytes) -> str | None:
    """The charset a page names for itself in its first few kilobytes."""
    found = META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    return found.group(1).decode("ascii") if found else None


def url_id(url: str) -> str:
    """A stable short doc_id for a page known by its URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def document_from_html(data: bytes, doc_id: str, *, source: str, charset: str | None = None,
                       url: str | None = None) -> Document | InputError:
    """One page's main text, paragraphs separated by blank lines, with its metadata; or why there is none."""
    try:
        html = decode(data, declared=charset or declared_charset(data))
    except NotText:
        return InputError(source, "binary file, not HTML")
    page = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    text = _paragraphs(page.text) if page is not None and page.text else html_text(html)
    if not text:
        return InputError(source, "no article text found in the HTML")
    doc = Document(doc_id=doc_id, raw=text, source=source, source_url=url)
    if page is not None:
        doc.title, doc.author, doc.published = page.title, page.author, page.date
        doc.source_url = url or page.url
    return doc


def html_text(html: str) -> str:
    """Visible text of a page or fragment, one paragraph per block element, for what trafilatura rejects."""
    try:
        root = lxml.html.fromstring(XML_DECLARATION.sub("", html, count=1))
    except (ParserError, ValueError):
        return ""
    for el in list(root.iter(*DROP_TAGS)):
        if el is not root:
            el.drop_tree()
    for el in root.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    """Lines with collapsed spaces, one blank line between them."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


@reader("html", extensions=(".html", ".htm", ".xhtml"))
@from_bytes
def read_html(data: bytes, path: Path) -> Iterator[Document | InputError]:
    """A saved web page; the file name (without extension) is its doc_id."""
    yield document_from_html(data, path.stem, source=str(path))
