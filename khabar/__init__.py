"""khabar: news articles in Persian, Arabic and English to PLOVER 2.0 event data, offline."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import Database, EventRecord, open  # noqa: E402
from .document import Document  # noqa: E402
from .extract import extract, extract_paths  # noqa: E402
from .pipeline import Pipeline, load_pipeline  # noqa: E402

__all__ = ["Database", "Document", "EventRecord", "Pipeline", "extract", "extract_paths", "load_pipeline", "open",
           "__version__"]
