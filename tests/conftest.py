"""Shared fixtures: the bundled example articles and a store ingested from them."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def example_db(tmp_path_factory) -> Path:
    """A store holding the five example articles (ingested once per test run)."""
    from khabar.api import open as open_db

    path = tmp_path_factory.mktemp("store") / "examples.db"
    with open_db(path) as db:
        db.ingest([EXAMPLES])
    return path


@pytest.fixture
def copy_of(tmp_path):
    """Copy a file into tmp_path and return the copy's path."""
    def copy(src: Path, name: str | None = None) -> Path:
        dst = tmp_path / (name or src.name)
        shutil.copy(src, dst)
        return dst
    return copy
