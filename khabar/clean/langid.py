"""Language identification with lingua, restricted to the languages that have a data folder."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from .. import languages
from ..document import Document
from ..registry import component

#: URLs and e-mail addresses are Latin whatever the article's language, so they are left out of detection
NOT_LANGUAGE = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+\.\S+")


@lru_cache(maxsize=1)
def detector() -> LanguageDetector | None:
    """The lingua detector over the supported languages; None when fewer than two are supported.

    Models load lazily on first use (about 40 ms per script; preloading ar, en, fa took 0.6 s). The
    high-accuracy mode is kept: on short lines the low-accuracy mode read Persian as Arabic.
    """
    codes = supported()
    if len(codes) < 2:
        return None
    return LanguageDetectorBuilder.from_iso_codes_639_1(*(IsoCode639_1.from_str(c) for c in codes)).build()


@lru_cache(maxsize=1)
def supported() -> tuple[str, ...]:
    """Codes that have a data folder and that lingua knows."""
    known = {language.iso_code_639_1.name.lower() for language in Language.all()}
    return tuple(code for code in languages.available() if code in known)


def detect(text: str, *, min_letters: int = 1, min_confidence: float = 0.0) -> str | None:
    """The language code of `text`, or None when it has under `min_letters` letters or no language is sure enough."""
    text = NOT_LANGUAGE.sub(" ", text)
    if sum(c.isalpha() for c in text) < max(min_letters, 1):
        return None
    det = detector()
    if det is None:
        return next(iter(supported()), None)
    best = det.compute_language_confidence_values(text)[0]
    if best.value <= 0.0 or best.value < min_confidence:
        return None
    return best.language.iso_code_639_1.name.lower()


@component("clean.langid.v1", requires=("raw",), assigns=("lang",))
def identify_language(*, sample_chars: int = 4000) -> Callable[[Document], Document]:
    """Set doc.lang from the first `sample_chars` of doc.raw unless the input gave it; skip if none fits."""

    def run(doc: Document) -> Document:
        if doc.lang is None:
            doc.lang = detect(doc.raw[:sample_chars])
        if doc.lang is None:
            doc.skipped = f"language not detected (supported: {', '.join(supported())})"
        return doc

    return run
