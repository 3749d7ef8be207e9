"""One place for khabar's exceptions; each renders as one line naming what went wrong and where."""
from __future__ import annotations


class KhabarError(Exception):
    """Base class: str() is a one-line message for users."""


class InputError(KhabarError):
    """An input file (or one line of it) could not be read."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path, self.problem, self.line = str(path), problem, line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


class DataFileError(KhabarError):
    """A packaged or user language/data file is malformed."""

    def __init__(self, path: str, problem: str, key: str | None = None) -> None:
        self.path, self.problem, self.key = str(path), problem, key
        super().__init__(f"{path}: {key}: {problem}" if key else f"{path}: {problem}")


class ConfigError(KhabarError):
    """The pipeline configuration is inconsistent."""


class UnknownName(KhabarError):
    """A registry lookup failed; the message lists the known names."""

    def __init__(self, kind: str, name: str, choices: list[str]) -> None:
        self.kind, self.name, self.choices = kind, name, choices
        super().__init__(f"unknown {kind} {name!r} (available: {', '.join(sorted(choices))})")
