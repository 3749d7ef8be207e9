"""`khabar bench`: throughput, peak memory and time per stage of the pipeline, as tables on stdout."""
from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.table import Table

from ..bench import BenchResult, run
from . import main
from .options import config_option, meta_option, progress, warn


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--docs", type=click.IntRange(min=1),
              help="Documents to run: generated (default 200), or the inputs repeated or cut to this many.")
@meta_option
@config_option
@click.option("--lang", "langs", multiple=True, help="Generate documents in this language only (repeatable).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the generated corpus.")
def bench(paths: tuple[str, ...], docs: int | None, meta: str | None, config: str | None,
          langs: tuple[str, ...], seed: int) -> None:
    """Measure documents/s, sentences/s, peak memory and each stage's share of the time.

    Without PATHS the corpus is generated from each language's examples.txt.

    Example: khabar bench --docs 500   or   khabar bench examples/ --docs 100
    """
    if paths and langs:
        raise click.UsageError("--lang chooses languages of the generated corpus; it cannot be used with PATHS")
    result = run(paths or None, docs=docs, meta=meta, config=config, langs=langs or None, seed=seed,
                 progress=lambda items, total: progress(items, "benchmarking", total))
    for message, count in result.errors.items():
        warn(f"{count} documents failed: {message}")
    print_result(result, Console(file=sys.stdout, width=100))


def print_result(result: BenchResult, console: Console) -> None:
    """A summary table and a per-stage table."""
    summary = Table(title="khabar bench", show_header=False)
    for label, value in (("documents", f"{result.docs}"), ("failed", f"{result.failed}"),
                         ("skipped", f"{result.skipped}"), ("sentences", f"{result.sentences}"),
                         ("seconds", f"{result.seconds:.3f}"), ("documents/s", f"{result.docs_per_s:.1f}"),
                         ("sentences/s", f"{result.sentences_per_s:.1f}"),
                         ("peak RSS (MB)", f"{result.peak_rss_mb:.1f}")):
        summary.add_row(label, value)
    console.print(summary)
    stages = Table(title="time per stage")
    for column in ("stage", "seconds", "share", "ms/doc"):
        stages.add_column(column, justify="left" if column == "stage" else "right")
    shares = result.shares()
    for name, seconds in result.stages.items():
        per_doc = 1000 * seconds / result.docs if result.docs else 0.0
        stages.add_row(name, f"{seconds:.3f}", f"{shares[name]:.1%}", f"{per_doc:.2f}")
    console.print(stages)
