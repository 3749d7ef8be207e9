"""The Python twin of `khabar explain`: run the pipeline on one article with the event coder tracing its
decisions, and render per sentence the mentions, triggers and frames that fired or were rejected."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from ..document import Document
from ..errors import InputError
from ..pipeline import default_config, load_pipeline
from ..readers import Meta, read_paths
from .coder import code_events
from .trace import Decision

#: the component whose work is redone with a trace
EVENTS = "events.v1"
#: longest sentence excerpt printed
EXCERPT = 160


def find_article(doc_id_or_path: str, meta: Meta | None) -> Document:
    """The article at a path, or the file a meta line names for a doc_id (looked up beside the meta file)."""
    path = Path(doc_id_or_path)
    if not path.is_file() and meta is not None and meta.path is not None:
        entry = next((name for name, e in meta.by_file.items() if e.get("doc_id") == doc_id_or_path), None)
        path = meta.path.parent / (entry or f"{doc_id_or_path}.txt")
    if not path.is_file():
        raise InputError(doc_id_or_path, "no such file (give a path, or a doc_id with --meta)")
    doc = next(iter(read_paths([path], meta)))
    if isinstance(doc, InputError):
        raise doc
    return doc


def explain(doc: Document, config: dict[str, Any] | None = None) -> tuple[Document, list[Decision]]:
    """Run the stages before events.v1, then the coder with a trace, then the stages after it."""
    config = config or default_config()
    names = list(config.get("pipeline", []))
    if EVENTS in names and names.index(EVENTS) > 0:
        doc = load_pipeline(config, until=names[names.index(EVENTS) - 1])(doc)
    trace: list[Decision] = []
    doc = code_events(doc, trace)
    doc.steps.append(EVENTS)
    return load_pipeline(config)(doc), trace


def render(doc: Document, trace: list[Decision]) -> Iterator[str]:
    """Readable lines: per sentence its text, actor and date mentions, and each trigger's decision."""
    text = doc.text or ""
    yield f"{doc.doc_id} lang={doc.lang} published={doc.published} sentences={len(doc.sentences)} events={len(doc.events)}"
    for i, sent in enumerate(doc.sentences):
        decisions = [d for d in trace if d.sentence == i]
        if not decisions:
            continue
        yield ""
        yield f"[{i}] {_excerpt(text[sent.start:sent.end])}"
        for m in doc.actors:
            if sent.start <= m.start < sent.end:
                yield f"    actor  {text[m.start:m.end]!r} -> {m.country or '?'}/{m.sector or '-'} ({m.name or 'unlinked'})"
        for d in doc.dates:
            if sent.start <= d.start < sent.end:
                yield f"    date   {text[d.start:d.end]!r} -> {d.value} ({d.calendar})"
        for d in decisions:
            yield f"    {d.outcome:<8} {d.rule} {text[d.start:d.end]!r}: {d.reason}"
    yield ""
    for n, e in enumerate(doc.events):
        yield (f"event {n}: {e.event_type}/{e.mode or '-'}/{e.aux or '-'} "
               f"{[m.country for m in e.actor]} -> {[m.country for m in e.recipient]} date={e.date} "
               f"conf={e.confidence} mentions={len(e.evidence)} coder={e.coder}")


def _excerpt(sentence: str) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1] + "…"
