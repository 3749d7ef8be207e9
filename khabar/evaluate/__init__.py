"""`khabar eval` in Python: score extracted records against gold files (FORMAT.md section 3)."""
from __future__ import annotations

from .run import Report, evaluate

__all__ = ["Report", "evaluate"]
