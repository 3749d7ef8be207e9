"""Language data folders: `data/lang/<code>/` holds plain data files, loaded and cached by name."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError, UnknownName

DATA = Path(str(files("khabar") / "data"))
LANG_DIR = DATA / "lang"


def available() -> list[str]:
    """Codes of the languages that have a data folder."""
    return list(_folders())


@lru_cache(maxsize=1)
def _folders() -> tuple[str, ...]:
    """The language folders, scanned once: stages ask per document, and the package data does not change."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if (p / "language.yaml").exists()))


@lru_cache(maxsize=None)
def language(code: str) -> dict[str, Any]:
    """The `language.yaml` facts of a language (name, direction, calendar, ...)."""
    if code not in available():
        raise UnknownName("language", code, available())
    return load_yaml(LANG_DIR / code / "language.yaml")


@lru_cache(maxsize=None)
def data(code: str, kind: str) -> Any:
    """A language's data file of one kind (`boilerplate`, `months`, ...); None when it has none."""
    language(code)
    path = LANG_DIR / code / f"{kind}.yaml"
    return load_yaml(path) if path.exists() else None


@lru_cache(maxsize=None)
def shared(kind: str) -> Any:
    """A data file shared by every language (`data/<kind>.yaml`)."""
    return load_yaml(DATA / f"{kind}.yaml")


def load_yaml(path: Path) -> Any:
    """Parse a YAML data file; errors name the file."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise DataFileError(str(path), f"cannot load ({str(err).splitlines()[0]})") from None
