"""Plain text files, and the byte decoding every reader shares (BOMs, UTF-8, Windows-1256, detection)."""
from __future__ import annotations

import codecs
import functools
import unicodedata
from pathlib import Path
from typing import Callable, Iterator

import charset_normalizer

from ..document import Document
from ..errors import InputError
from ..registry import reader

BytesReader = Callable[[bytes, Path], Iterator[Document | InputError]]
PathReader = Callable[[Path], Iterator[Document | InputError]]
#: longest first: the UTF-32 LE mark starts with the UTF-16 LE one
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: the legacy code page of Arabic and Persian sites; detectors often confuse it with other single-byte pages
ARABIC_CODEPAGE = "cp1256"
#: share of letters that must be Arabic-script before undeclared non-UTF-8 bytes may be read as cp1256
ARABIC_LETTER_SHARE = 0.5
#: share of control or replacement characters above which decoded bytes are not text
MAX_NOISE_SHARE = 0.02
CONTROL_OK = frozenset("\n\r\t\f\v")


class NotText(ValueError):
    """Bytes that no encoding turns into text."""


def decode(data: bytes, *, declared: str | None = None) -> str:
    """Bytes to text with newlines as LF: BOM, then UTF-8, the declared charset, cp1256, detection.

    Raises NotText for binary data.
    """
    bom = next((encoding for mark, encoding in BOMS if data.startswith(mark)), None)
    if bom:
        text = data.decode(bom, errors="replace")
    elif b"\x00" in data:
        raise NotText("NUL bytes")
    else:
        text = _first_decoding(data, declared)
    if text is None or _noise_share(text) > MAX_NOISE_SHARE:
        raise NotText("no text encoding fits")
    return normalise_newlines(text)


def _first_decoding(data: bytes, declared: str | None) -> str | None:
    for encoding in ("utf-8", declared):
        if encoding and _known(encoding):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass
    return _detected(data)


def _detected(data: bytes) -> str | None:
    """charset-normalizer's guess, except that cp1256 wins a tie when it reads as Arabic script.

    Detectors read short Arabic as CJK (`وزير` as big5); KOI8-R Russian also decodes to Arabic
    letters under cp1256, but with more chaos than KOI8-R, so the fit comparison keeps it Russian.
    """
    best = charset_normalizer.from_bytes(data).best()
    arabic = charset_normalizer.from_bytes(data, cp_isolation=[ARABIC_CODEPAGE]).best()
    if arabic is not None and _arabic_letter_share(str(arabic)) >= ARABIC_LETTER_SHARE:
        if best is None or (-arabic.chaos, arabic.coherence) >= (-best.chaos, best.coherence):
            return str(arabic)
    return str(best) if best is not None else None


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except (LookupError, ValueError):  # unknown name, or garbage such as an embedded NUL
        return False
    return True


def _arabic_letter_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if unicodedata.name(c, "").startswith("ARABIC"))
    return arabic / len(letters) if letters else 0.0


def _noise_share(text: str) -> float:
    noise = sum(1 for c in text if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in CONTROL_OK))
    return noise / len(text) if text else 0.0


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR to LF, once, at read time: the result is `raw`, which offsets index."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def cannot_open(path: Path, err: OSError) -> InputError:
    return InputError(str(path), f"cannot open ({err.strerror or type(err).__name__})")


def from_bytes(read: BytesReader) -> PathReader:
    """Make a reader of a file's bytes into a reader of its path; unopenable and empty files are InputErrors."""

    @functools.wraps(read)
    def read_path(path: Path) -> Iterator[Document | InputError]:
        try:
            data = path.read_bytes()
        except OSError as err:
            yield cannot_open(path, err)
            return
        if not data.strip():
            yield InputError(str(path), "empty file")
            return
        yield from read(data, path)

    return read_path


def document_from_bytes(data: bytes, doc_id: str, *, source: str) -> Iterator[Document | InputError]:
    """Decode bytes into a Document, or yield why they are not an article."""
    try:
        text = decode(data)
    except NotText:
        yield InputError(source, "binary file, not text")
        return
    if not text.strip():
        yield InputError(source, "empty file")
        return
    yield Document(doc_id=doc_id, raw=text, source=source)


@reader("text", extensions=(".txt", ".text"))
@from_bytes
def read_text(data: bytes, path: Path) -> Iterator[Document | InputError]:
    """A plain-text article; the file name (without extension) is its doc_id."""
    yield from document_from_bytes(data, path.stem, source=str(path))
