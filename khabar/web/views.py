"""Helpers for templates: text direction and evidence highlighting (segments escaped by the template)."""
from __future__ import annotations

import unicodedata


def text_direction(text: str | None) -> str:
    """`rtl` when the first strong character is right-to-left, else `ltr`."""
    for ch in text or "":
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def highlight(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Split text into (piece, highlighted) segments; overlapping spans merge."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out
