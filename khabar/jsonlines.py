"""Read JSON-lines files whose every line must parse (meta files, saved records); errors name file and line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from .errors import InputError


def json_lines(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for each non-blank line; the first bad line raises InputError."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(str(path), f"cannot read ({type(err).__name__})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(str(path), f"invalid JSON ({err.msg}: column {err.colno})", n) from None
