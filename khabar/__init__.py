"""khabar: news articles in Persian, Arabic and English to PLOVER 2.0 event data, offline."""
from __future__ import annotations

from .document import Document
from .extract import extract, extract_paths
from .pipeline import Pipeline, load_pipeline

__version__ = "0.1.0"
__all__ = ["Document", "Pipeline", "extract", "extract_paths", "load_pipeline", "__version__"]
