"""Load gold files (FORMAT.md section 1) and check the keys scoring relies on; errors name the file and key."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import DataFileError, InputError

#: list keys of a gold file, and for each the keys every entry must carry
ENTRY_KEYS = {
    "actors": ("country", "surface"),
    "dates": ("text", "value"),
    "events": ("type", "actor", "recipient", "evidence"),
    "quotes": ("text", "speaker_country"),
}


def load_gold_dir(folder: str | Path) -> dict[str, dict[str, Any]]:
    """Every `*.json` gold file in a folder, keyed by doc_id."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder of gold files")
    golds: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        gold = load_gold(path)
        if gold["doc_id"] in golds:
            raise DataFileError(str(path), f"doc_id {gold['doc_id']!r} is also in another gold file", "doc_id")
        golds[gold["doc_id"]] = gold
    if not golds:
        raise InputError(str(folder), "no gold files (*.json)")
    return golds


def load_gold(path: str | Path) -> dict[str, Any]:
    """One gold file, checked; a missing list counts as empty."""
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror})") from None
    except json.JSONDecodeError as err:
        raise InputError(str(path), f"invalid JSON ({err.msg}: column {err.colno})", err.lineno) from None
    if not isinstance(gold, dict):
        raise DataFileError(str(path), "a gold file holds one JSON object")
    validate(gold, str(path))
    return gold


def validate(gold: dict[str, Any], where: str) -> None:
    """Check the keys scoring uses (lists, strings, codes); `where` names the file in errors."""
    for key in ("doc_id", "lang"):
        if not isinstance(gold.get(key), str) or not gold[key]:
            raise DataFileError(where, "missing or not a string", key)
    _strings(gold.get("boilerplate", []), where, "boilerplate")
    for key, needed in ENTRY_KEYS.items():
        entries = gold.setdefault(key, [])
        if not isinstance(entries, list):
            raise DataFileError(where, "must be a list", key)
        for i, entry in enumerate(entries):
            _entry(entry, needed, where, f"{key}[{i}]")


def _entry(entry: Any, needed: tuple[str, ...], where: str, key: str) -> None:
    if not isinstance(entry, dict):
        raise DataFileError(where, "must be an object", key)
    for name in needed:
        if name not in entry:
            raise DataFileError(where, f"missing {name!r}", key)
    for name in ("surface", "actor", "recipient", "date_ok"):
        if name in entry:
            _strings(entry[name], where, f"{key}.{name}")
    if "evidence" in entry:
        _strings(entry["evidence"], where, f"{key}.evidence", empty=False)


def _strings(value: Any, where: str, key: str, *, empty: bool = True) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(where, "must be a list of non-empty strings", key)
    if not empty and not value:
        raise DataFileError(where, "must not be empty", key)
