"""Web archives: every HTML response in a WARC goes through the same extraction as a saved page."""
from __future__ import annotations

import gzip
import io
import zlib
from contextlib import redirect_stderr
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, TypeVar

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..document import Document
from ..errors import InputError
from ..registry import reader
from .html import document_from_html, url_id
from .text import cannot_open

T = TypeVar("T")
#: what warcio raises on a damaged archive: bad records, bad gzip members, a cut-off file, and
#: AttributeError for a garbled header that lost its URI
DAMAGE = (ArchiveLoadFailed, zlib.error, EOFError, gzip.BadGzipFile, ValueError, AttributeError)
#: enough of what follows the last record to tell padding from data warcio could not read
CHECK_TAIL_BYTES = 64


@dataclass
class Page:
    """An HTML response read from an archive, with where it lies in the file."""

    number: int
    offset: int
    url: str | None
    charset: str | None
    crawled: str | None
    body: bytes


@reader("warc", extensions=(".warc", ".warc.gz"))
def read_warc(path: Path) -> Iterator[Document | InputError]:
    """One Document per successful HTML response, doc_id a hash of its URI; damage is reported after the pages read."""
    for page in pages(path):
        if isinstance(page, InputError):
            yield page
            continue
        doc = document_from_html(page.body, url_id(page.url) if page.url else f"{path.stem}-{page.number}",
                                 source=f"{path}#{page.number}", charset=page.charset, url=page.url)
        if isinstance(doc, Document):
            doc.meta = {**doc.meta, "crawled": page.crawled, "warc_offset": page.offset}
        yield doc


def pages(path: Path) -> Iterator[Page | InputError]:
    """The archive's HTML pages, then an InputError if it is empty, has none, or is damaged."""
    try:
        stream = path.open("rb")
    except OSError as err:
        yield cannot_open(path, err)
        return
    with stream:
        yield from _pages(stream, path)


def _pages(stream: BinaryIO, path: Path) -> Iterator[Page | InputError]:
    records = ArchiveIterator(stream)
    n = found = 0
    try:
        for record in _quietly(records):
            body = record.content_stream().read()
            if record.raw_stream.limit:  # bytes the record header promised but the file lacks
                raise ArchiveLoadFailed(f"record {n + 1} is cut short")
            n += 1
            if _is_html_page(record):
                found += 1
                yield _page(record, n, body, _quiet(records.get_record_offset))
        _check_end(records, stream, n)
    except DAMAGE as err:
        yield InputError(str(path), f"damaged WARC after {n} good records ({_reason(err)})")
        return
    if not found:
        yield InputError(str(path), "empty file" if n == 0 else f"no HTML responses among {n} records")


def _quietly(records: ArchiveIterator) -> Iterator[Any]:
    """The records, with warcio's own warnings kept off stderr."""
    it = iter(records)
    while (record := _quiet(lambda: next(it, None))) is not None:
        yield record


def _quiet(call: Callable[[], T]) -> T:
    """Run a warcio call that may write warnings straight to stderr; library code never prints."""
    with redirect_stderr(io.StringIO()):
        return call()


def _check_end(records: ArchiveIterator, stream: BinaryIO, n: int) -> None:
    """Raise when warcio stopped before the end of the file or had to skip over bad record lengths."""
    if records.err_count:
        raise ArchiveLoadFailed(f"{records.err_count} records have a wrong Content-Length")
    stream.seek(records.get_record_offset() + records.get_record_length() if n else 0)
    if stream.read(CHECK_TAIL_BYTES).strip():
        raise ArchiveLoadFailed(f"unreadable data after record {n}")


def _reason(err: Exception) -> str:
    """The readable head of a warcio or zlib message (warcio appends the raw bytes of the bad line)."""
    return str(err).split(", first line")[0].splitlines()[0] if str(err) else type(err).__name__


def _is_html_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower() and record.http_headers.get_statuscode().startswith("2")


def _page(record: Any, n: int, body: bytes, offset: int) -> Page:
    charset = record.http_headers.get_header("Content-Type").lower().partition("charset=")[2].strip(" \"'") or None
    return Page(n, offset, record.rec_headers.get_header("WARC-Target-URI"), charset,
                record.rec_headers.get_header("WARC-Date"), body)
