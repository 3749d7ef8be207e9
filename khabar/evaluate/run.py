"""The Python twin of `khabar eval`: extract articles (or read saved records), pair them with gold, score."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, KhabarError
from ..extract import extract_paths
from ..jsonlines import json_lines
from ..pipeline import Pipeline
from .errors import actor_errors, event_errors
from .gold import load_gold_dir
from .score import Record, Scores, score_document


@dataclass
class DocResult:
    """One gold document's scores; `predicted` is False when nothing was extracted for it."""

    doc_id: str
    lang: str
    scores: Scores
    predicted: bool = True
    errors: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Per-document results, plus what could not be scored and why."""

    docs: list[DocResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)

    def by_lang(self) -> dict[str, Scores]:
        """Scores summed per gold language."""
        totals: dict[str, Scores] = {}
        for d in self.docs:
            totals[d.lang] = totals.get(d.lang, Scores()) + d.scores
        return dict(sorted(totals.items()))

    def overall(self) -> Scores:
        return sum((d.scores for d in self.docs), Scores())

    def as_dict(self) -> dict[str, Any]:
        return {"documents": [{"doc_id": d.doc_id, "lang": d.lang, "predicted": d.predicted, **d.scores.as_dict(),
                               **({"errors": d.errors} if d.errors else {})}
                              for d in self.docs],
                "languages": {lang: s.as_dict() for lang, s in self.by_lang().items()},
                "overall": self.overall().as_dict(),
                "missing": [d.doc_id for d in self.docs if not d.predicted],
                "unscored": self.unscored, "errors": self.errors}


def evaluate(gold_dir: str | Path, source: str | Path, *, meta: str | Path | None = None,
             config: str | Path | None = None, pipeline: Pipeline | None = None, errors: bool = False) -> Report:
    """Score the articles in folder `source` (run through the pipeline), or the records in a `.jsonl` file;
    `errors` also lists each document's event and actor errors."""
    golds = load_gold_dir(gold_dir)
    source = Path(source)
    report = Report()
    if source.suffix == ".jsonl":
        predicted = read_records(source)
    else:
        predicted = run_pipeline(source, meta, config, pipeline, report.errors)
    for doc_id, gold in golds.items():
        records = predicted.get(doc_id, [])
        raw = read_raw(records, source, doc_id)
        listed = event_errors(gold, records) + actor_errors(gold, records) if errors else []
        report.docs.append(DocResult(doc_id, gold["lang"], score_document(gold, records, raw), bool(records), listed))
    report.unscored = sorted(set(predicted) - set(golds))
    return report


def run_pipeline(folder: Path, meta: str | Path | None, config: str | Path | None, pipeline: Pipeline | None,
                 errors: list[str]) -> dict[str, list[Record]]:
    """Records per doc_id from extracting every article in the folder; failures go to `errors`."""
    predicted: dict[str, list[Record]] = {}
    for item in extract_paths([folder], meta=meta, config=config, pipeline=pipeline):
        if isinstance(item, KhabarError):
            errors.append(str(item))
        else:
            predicted[item[0]["doc_id"]] = item
    return predicted


def read_records(path: Path) -> dict[str, list[Record]]:
    """Saved `khabar extract` output, grouped by doc_id (document record first, as written)."""
    predicted: dict[str, list[Record]] = {}
    for n, record in json_lines(path):
        if not isinstance(record, dict) or not {"kind", "doc_id"} <= record.keys():
            raise InputError(str(path), "a record needs 'kind' and 'doc_id'", n)
        predicted.setdefault(record["doc_id"], []).append(record)
    return predicted


def read_raw(records: list[Record], source: Path, doc_id: str) -> str | None:
    """The article file as the text reader sees it: from the document record's `source`, else `<doc_id>.txt`
    next to the inputs; None when neither exists."""
    named = [r.get("source") for r in records if r.get("kind") == "document"]
    folder = source if source.is_dir() else source.parent
    for path in [*(Path(p) for p in named if p), folder / f"{doc_id}.txt"]:
        if path.is_file():
            return path.read_bytes().decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
    return None
