"""`khabar bench actors`: sentences/s through the actor matcher alone and through the whole actor linker."""
from __future__ import annotations

import re
import time
from typing import Any, Callable

from ..clean.script import normalise
from ..languages import available
from ..mentions.actors import find_actors
from ..mentions.kb import load_kb
from ..mentions.matcher import hits
from .pipeline import example_sentences


def sentences(repeat: int) -> list[tuple[str, str]]:
    """Every language's example sentences, normalised, `repeat` times over."""
    out = []
    for lang in available():
        for line in example_sentences(lang):
            out += [(lang, s) for s in re.split(r"[.!?؟]+", normalise(line, lang)[0]) if s.strip()]
    return out * repeat


def rate(batch: list[tuple[str, str]], fn: Callable[[str, str], Any]) -> float:
    """Sentences per CPU second."""
    began = time.process_time()
    for lang, text in batch:
        fn(lang, text)
    spent = time.process_time() - began
    return len(batch) / spent if spent else 0.0


def run_actors_bench(repeat: int = 200) -> dict[str, float]:
    kb, batch = load_kb(), sentences(repeat)

    def matcher(lang: str, text: str) -> Any:
        rules = kb.rules[lang]
        return hits(kb.names[lang], text, rules.prefixes, rules.suffixes, rules.not_names)

    return {"sentences": len(batch), "matcher": rate(batch, matcher),
            "linker": rate(batch, lambda lang, text: find_actors(kb, lang, text, None))}
