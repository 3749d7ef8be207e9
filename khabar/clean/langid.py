"""Language identification with lingua, restricted to the languages that have a data folder."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from .. import languages
from ..document import Document
from ..registry import component
from .letters import by_letters

#: URLs and e-mail addresses are Latin whatever the article's language, so they are left out of detection
NOT_LANGUAGE = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+\.\S+")
#: what each NOT_LANGUAGE branch must contain: text without them is left as it is, without running the pattern
NOT_LANGUAGE_NEEDS = ("://", "www.", "@")


@lru_cache(maxsize=1)
def detector() -> LanguageDetector | None:
    """The lingua detector over the supported languages; None when fewer than two are supported.

    Models are preloaded so that start-up pays for them, not the first document. Letters decide short lines
    (clean/letters.py), so lingua only sees long or mixed text, where its low-accuracy mode agrees with the
    high-accuracy one (1,629 of 1,629 paragraphs of the gold and bench articles) at 100 MB less per process.
    """
    codes = supported()
    if len(codes) < 2:
        return None
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*(IsoCode639_1.from_str(c) for c in codes))
    return builder.with_preloaded_language_models().with_low_accuracy_mode().build()


@lru_cache(maxsize=1)
def supported() -> tuple[str, ...]:
    """Codes that have a data folder and that lingua knows."""
    known = {language.iso_code_639_1.name.lower() for language in Language.all()}
    return tuple(code for code in languages.available() if code in known)


def detect(text: str, *, min_letters: int = 1, min_confidence: float = 0.0,
           default: str | None = None) -> str | None:
    """The language code of `text`, or `default` when it has under `min_letters` letters or no language is sure
    enough. Letters decide first where they can (`letters.py`); lingua reads the rest."""
    if any(needed in text for needed in NOT_LANGUAGE_NEEDS):
        text = NOT_LANGUAGE.sub(" ", text)
    if sum(map(str.isalpha, text)) < max(min_letters, 1):
        return default
    if decided := by_letters(text, supported(), default):
        return decided
    det = detector()
    if det is None:
        return next(iter(supported()), default)
    best = det.compute_language_confidence_values(text)[0]
    if best.value <= 0.0 or best.value < min_confidence:
        return default
    return best.language.iso_code_639_1.name.lower()


@component("clean.langid.v1", requires=("raw",), assigns=("lang",))
def identify_language(*, sample_chars: int = 4000) -> Callable[[Document], Document]:
    """Set doc.lang from the first `sample_chars` of doc.raw unless the input gave it; skip if none fits."""
    detector()  # load lingua's models now, not on the first document that needs them

    def run(doc: Document) -> Document:
        if doc.lang is None:
            doc.lang = detect(doc.raw[:sample_chars])
        if doc.lang is None:
            doc.skipped = f"language not detected (supported: {', '.join(supported())})"
        return doc

    return run
