"""Build the component list from config and run it over Documents."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import registry
from .document import Document
from .errors import ConfigError, KhabarError
from .languages import DATA, load_yaml

#: what a Document has before any component runs
GIVEN = ("raw",)


class StageError(KhabarError):
    """A component failed on one document."""

    def __init__(self, doc_id: str, stage: str, problem: str) -> None:
        self.doc_id, self.stage, self.problem = doc_id, stage, problem
        super().__init__(f"{doc_id}: {stage}: {problem}")


@dataclass
class Pipeline:
    """Named components run in order; `timings` accumulates seconds per component."""

    names: list[str]
    stages: list[Callable[[Document], Document]]
    timings: dict[str, float] = field(default_factory=dict)

    def __call__(self, doc: Document) -> Document:
        for name, stage in zip(self.names, self.stages):
            if doc.skipped:
                break
            if name in doc.steps:  # already run (a stored or batch-processed document): nothing to redo
                continue
            began = time.perf_counter()
            try:
                doc = stage(doc)
            except KhabarError:
                raise
            except Exception as err:  # a bug in a stage must not kill a batch; report it per document
                raise StageError(doc.doc_id, name, f"{type(err).__name__}: {err}") from err
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - began
            doc.steps.append(name)
        return doc

    def pipe(self, docs: Iterable[Document | KhabarError]) -> Iterator[Document | KhabarError]:
        """Run over many documents; errors (from reading or a stage) pass through and the run goes on."""
        for doc in docs:
            if isinstance(doc, KhabarError):
                yield doc
                continue
            try:
                yield self(doc)
            except KhabarError as err:
                yield err


def default_config() -> dict[str, Any]:
    """The pipeline config shipped in the package."""
    return load_yaml(DATA / "pipeline.yaml")


def load_pipeline(config: dict[str, Any] | str | Path | None = None, *, until: str | None = None) -> Pipeline:
    """Build a Pipeline from a config (dict or YAML path); stop after component `until` if given."""
    if config is None:
        config = default_config()
    elif not isinstance(config, dict):
        config = load_yaml(Path(config))
    names: list[str] = list(config.get("pipeline", []))
    if until is not None:
        if until not in names:
            raise ConfigError(f"--until {until!r} is not in the pipeline ({', '.join(names)})")
        names = names[: names.index(until) + 1]
    options: dict[str, dict[str, Any]] = config.get("options", {}) or {}
    check_order(names)
    stages = [registry.components.get(n).factory(**options.get(n, {})) for n in names]
    return Pipeline(names, stages)


def check_order(names: list[str]) -> None:
    """Fail at build time when a component needs a field that no earlier one sets."""
    have = set(GIVEN)
    for name in names:
        comp = registry.components.get(name)
        missing = [r for r in comp.requires if r not in have]
        if missing:
            raise ConfigError(f"component {name!r} requires {', '.join(missing)}, which no earlier component sets")
        have.update(comp.assigns)
