"""Text overlap after normalisation, and one-to-one matching of predictions to gold entries."""
from __future__ import annotations

import re
from functools import lru_cache

from ..clean.script import ZWNJ, fold

#: a shared stretch this long always counts as overlap (FORMAT.md section 3)
MIN_SHARED = 20

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalise(text: str, lang: str | None = None) -> str:
    """The form texts are compared in: the pipeline's folding, then no ZWNJ, single spaces, lower case."""
    return _SPACE.sub(" ", fold(text, lang).replace(ZWNJ, "")).strip().lower()


@lru_cache(maxsize=65536)
def _grams(text: str, k: int) -> frozenset[str]:
    return frozenset(text[i:i + k] for i in range(len(text) - k + 1))


def overlaps(a: str, b: str, lang: str | None = None) -> bool:
    """True when the normalised texts share a stretch of MIN_SHARED chars, or of half the shorter text."""
    na, nb = normalise(a, lang), normalise(b, lang)
    shorter = min(len(na), len(nb))
    if shorter == 0:
        return False
    k = min(MIN_SHARED, (shorter + 1) // 2)
    return not _grams(na, k).isdisjoint(_grams(nb, k))


def max_matching(edges: list[list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn): `edges[p]` lists the gold entries prediction p may match.

    Returns prediction index -> gold index; the size does not depend on the order of predictions.
    """
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g not in seen:
                seen.add(g)
                if g not in owner or augment(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in range(len(edges)):
        augment(p, set())
    return {p: g for g, p in owner.items()}
