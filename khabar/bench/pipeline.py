"""The Python twin of `khabar bench`: documents/s, sentences/s, peak memory and time per stage of a pipeline.

The corpus is either the articles at the paths given or documents generated, with a seeded shuffle, from each
language's `data/lang/<code>/examples.txt`. `run(None, docs=500)` and `khabar bench --docs 500` are the same.
"""
from __future__ import annotations

import random
import re
import resource
import time
from dataclasses import dataclass, field
from itertools import cycle, islice
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar

from .. import languages
from ..document import Document
from ..errors import DataFileError, KhabarError
from ..pipeline import Pipeline, StageError, load_pipeline
from ..readers import Meta, read_paths

T = TypeVar("T")
Progress = Callable[[Iterable[T], int], Iterable[T]]

#: generated documents when neither paths nor a count are given: enough for stable rates in a few seconds
DEFAULT_DOCS = 200
#: paragraphs per generated document and sentences per paragraph: the shape of a short news item
DOC_PARAGRAPHS = (2, 6)
PARAGRAPH_SENTENCES = (1, 4)
#: generated documents need a publication date, as the date stages resolve relative dates against it
PUBLISHED = "2024-01-15"
#: final punctuation dropped from a sentence to make it a headline
FINAL_MARKS = re.compile(r"[^\w)]+$")
#: ru_maxrss is in kilobytes on Linux
KB_PER_MB = 1024


@dataclass
class BenchResult:
    """What one bench run measured: `stages` holds seconds per component name, in pipeline order, and
    `errors` how many documents failed with each message; `peak_rss_mb` is the whole process's peak."""

    docs: int = 0
    failed: int = 0
    skipped: int = 0
    sentences: int = 0
    seconds: float = 0.0
    #: CPU time of this process over the same span: what one core spent, whatever else the machine ran
    cpu_seconds: float = 0.0
    startup_seconds: float = 0.0
    peak_rss_mb: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def sentences_per_s(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    @property
    def sentences_per_cpu_s(self) -> float:
        return self.sentences / self.cpu_seconds if self.cpu_seconds else 0.0

    def count_error(self, err: KhabarError) -> None:
        """Count a failed document under its message (a stage error without the document id)."""
        self.failed += 1
        message = f"{err.stage}: {err.problem}" if isinstance(err, StageError) else str(err)
        self.errors[message] = self.errors.get(message, 0) + 1

    def shares(self) -> dict[str, float]:
        """Each stage's share of the time spent in stages (0..1)."""
        total = sum(self.stages.values())
        return {name: (t / total if total else 0.0) for name, t in self.stages.items()}


def run(paths: Iterable[str | Path] | None = None, *, docs: int | None = None, meta: str | Path | None = None,
        config: dict[str, Any] | str | Path | None = None, pipeline: Pipeline | None = None,
        langs: Sequence[str] | None = None, seed: int = 0, progress: Progress | None = None) -> BenchResult:
    """Run a pipeline over the articles at `paths` (cut or repeated to `docs`), or over `docs` generated ones."""
    if paths:
        corpus, unread = read_corpus(paths, meta=meta, docs=docs)
    else:
        corpus, unread = generate(docs or DEFAULT_DOCS, langs=langs, seed=seed), []
    began = time.perf_counter()
    pipeline = pipeline or load_pipeline(config)
    warm_up(pipeline, langs)
    startup = time.perf_counter() - began
    before = dict(pipeline.timings)
    result = BenchResult(startup_seconds=startup)
    for err in unread:
        result.count_error(err)
    items = pipeline.pipe(corpus)
    began, cpu = time.perf_counter(), time.process_time()
    for item in progress(items, len(corpus)) if progress else items:
        if isinstance(item, KhabarError):
            result.count_error(item)
            continue
        result.docs += 1
        result.skipped += bool(item.skipped)
        result.sentences += len(item.sentences)
    result.seconds, result.cpu_seconds = time.perf_counter() - began, time.process_time() - cpu
    result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KB_PER_MB
    result.stages = {name: pipeline.timings.get(name, 0.0) - before.get(name, 0.0) for name in pipeline.names}
    return result


def warm_up(pipeline: Pipeline, langs: Sequence[str] | None = None) -> None:
    """Run one generated document per language first, so lexicons and the knowledge base load before timing."""
    for doc in generate(len(langs or languages.available()), langs=langs, seed=-1):
        list(pipeline.pipe([doc]))


def read_corpus(paths: Iterable[str | Path], *, meta: str | Path | None = None,
                docs: int | None = None) -> tuple[list[Document], list[KhabarError]]:
    """The documents at `paths` (repeated as fresh copies or cut to `docs`), and the errors of unread ones."""
    read = list(read_paths(paths, Meta.load(meta) if meta else None))
    found = [d for d in read if isinstance(d, Document)]
    unread = [e for e in read if not isinstance(e, Document)]
    if docs is None or not found:
        return found, unread
    copies = [Document.from_dict({**d.to_dict(), "doc_id": f"{d.doc_id}#{n // len(found)}"})
              for n, d in enumerate(islice(cycle(found), docs))]
    return copies, unread


def generate(n: int, *, langs: Sequence[str] | None = None, seed: int = 0) -> list[Document]:
    """`n` news-like documents (a headline and paragraphs) shuffled from the languages' example sentences."""
    rng = random.Random(seed)
    codes = sorted(langs or languages.available())
    pools = {code: example_sentences(code) for code in codes}
    return [_generated_doc(f"bench-{i:05d}-{code}", code, pools[code], rng)
            for i, code in enumerate(islice(cycle(codes), n))]


def _generated_doc(doc_id: str, lang: str, pool: list[str], rng: random.Random) -> Document:
    headline = FINAL_MARKS.sub("", rng.choice(pool))
    paragraphs = [" ".join(rng.sample(pool, min(len(pool), rng.randint(*PARAGRAPH_SENTENCES))))
                  for _ in range(rng.randint(*DOC_PARAGRAPHS))]
    raw = "\n\n".join([headline, *paragraphs]) + "\n"
    return Document(doc_id=doc_id, raw=raw, lang=lang, published=PUBLISHED, source="<bench>")


def example_sentences(code: str) -> list[str]:
    """The example sentences of a language, one per line of `data/lang/<code>/examples.txt`."""
    languages.language(code)
    path = languages.LANG_DIR / code / "examples.txt"
    if not path.is_file():
        raise DataFileError(str(path), "missing: bench and the smoke test need example sentences")
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line]
