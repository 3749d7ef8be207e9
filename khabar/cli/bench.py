"""`khabar bench`: throughput, peak memory and time per stage of the pipeline, as tables on stdout."""
from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.table import Table

from ..bench import BenchResult, run
from . import main
from .options import config_option, meta_option, progress, warn


@main.group(invoke_without_command=True)
@click.pass_context
def bench(ctx: click.Context) -> None:
    """Benchmarks: the pipeline (the default), ingest, the REST API, batch engines, dates.

    Example: khabar bench   or   khabar bench ingest --docs 10000 --workers 2
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(pipeline)


@bench.command()
@click.argument("paths", nargs=-1)
@click.option("--docs", type=click.IntRange(min=1),
              help="Documents to run: generated (default 200), or the inputs repeated or cut to this many.")
@meta_option
@config_option
@click.option("--lang", "langs", multiple=True, help="Generate documents in this language only (repeatable).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the generated corpus.")
def pipeline(paths: tuple[str, ...], docs: int | None, meta: str | None, config: str | None,
          langs: tuple[str, ...], seed: int) -> None:
    """Measure documents/s, sentences/s, peak memory and each stage's share of the time.

    Without PATHS the corpus is generated from each language's examples.txt.

    Example: khabar bench pipeline --docs 500   or   khabar bench pipeline examples/ --docs 100
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
                         ("start-up seconds (not timed below)", f"{result.startup_seconds:.2f}"),
                         ("seconds", f"{result.seconds:.3f}"), ("documents/s", f"{result.docs_per_s:.1f}"),
                         ("sentences/s", f"{result.sentences_per_s:.1f}"),
                         ("sentences per CPU second (one core)", f"{result.sentences_per_cpu_s:.1f}"),
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


def print_pairs(title: str, pairs: list[tuple[str, object]]) -> None:
    table = Table(title=title, show_header=False)
    for label, value in pairs:
        table.add_row(label, str(value))
    Console(file=sys.stdout, width=100).print(table)


@bench.command("ingest")
@click.option("--docs", type=click.IntRange(min=1), default=10_000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True)
def bench_ingest(docs: int, workers: int) -> None:
    """Ingest generated articles into a fresh store: articles/s, peak RSS, RSS along the way.

    Example: khabar bench ingest --docs 10000 --workers 2
    """
    from ..bench.ingest import run_ingest_bench

    r = run_ingest_bench(docs, workers=workers)
    pairs = [("articles", r.docs), ("workers", r.workers), ("stored", r.summary.stored),
             ("failed", len(r.summary.failures)), ("events", r.summary.events), ("seconds", f"{r.seconds:.1f}"),
             ("articles/s", f"{r.docs_per_s:.1f}"), ("peak RSS main (MB)", f"{r.peak_rss_mb:.0f}"),
             ("peak RSS per worker (MB)", f"{r.peak_worker_rss_mb:.0f}")]
    pairs += [(f"RSS main after {n} (MB)", f"{mb:.0f}") for n, mb in sorted(r.rss_mb_at.items())]
    print_pairs("khabar bench ingest", pairs)


@bench.command("serve")
@click.option("--events", type=click.IntRange(min=10), default=100_000, show_default=True)
@click.option("--requests", type=click.IntRange(min=10), default=3000, show_default=True)
@click.option("--threads", type=click.IntRange(min=1), default=4, show_default=True)
@click.option("--path", default="/api/events?dyad=USA,CHN", show_default=True)
@click.option("--db", type=click.Path(dir_okay=False), help="Reuse (or create) this generated store.")
def bench_serve(events: int, requests: int, threads: int, path: str, db: str | None) -> None:
    """Load the REST API on 127.0.0.1 (a bounded loop) against a store of generated events.

    Example: khabar bench serve --events 100000 --requests 3000
    """
    import tempfile
    from pathlib import Path

    from ..bench.serve import fill_store, run_serve_bench

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(db) if db else Path(tmp) / "serve.db"
        if not store.exists():
            fill_store(store, events)
        r = run_serve_bench(store, path=path, requests=requests, threads=threads)
    print_pairs("khabar bench serve", [
        ("path", r.path), ("events in store", r.events_in_store), ("requests", r.requests), ("errors", r.errors),
        ("threads", threads), ("requests/s", f"{r.requests_per_s:.0f}"), ("p50 (ms)", f"{r.p50_ms:.1f}"),
        ("p99 (ms)", f"{r.p99_ms:.1f}")])


@bench.command("batch")
@click.option("--docs", type=click.IntRange(min=1), default=400, show_default=True)
@click.option("--spark", is_flag=True, help="Also time Spark local[2] on the same corpus.")
def bench_batch(docs: int, spark: bool) -> None:
    """The local batch engine with 1 and 2 workers (and Spark local[2]) on one generated corpus.

    Example: khabar bench batch --docs 400 --spark
    """
    from ..bench.batch import run_batch_bench

    runs = run_batch_bench(docs, spark=spark)
    table = Table(title="khabar bench batch")
    for column in ("engine", "workers", "documents", "seconds", "docs/s", "speed-up", "peak worker RSS (MB)"):
        table.add_column(column)
    base = next(r.seconds for r in runs if r.engine == "local" and r.workers == 1)
    for r in runs:
        if not r.docs:
            table.add_row(r.engine, "", "", f"{r.seconds:.1f}", "", "", "")
            continue
        table.add_row(r.engine, str(r.workers), str(r.docs), f"{r.seconds:.1f}", f"{r.docs_per_s:.1f}",
                      f"{base / r.seconds:.2f}x", f"{r.peak_worker_rss_mb:.0f}" if r.peak_worker_rss_mb else "-")
    Console(file=sys.stdout, width=100).print(table)


@bench.command("dates")
@click.option("--expressions", type=click.IntRange(min=10), default=20_000, show_default=True)
@click.option("--filler", type=click.IntRange(min=0), help="Words of running text around each expression.")
def bench_dates(expressions: int, filler: int | None) -> None:
    """Date expressions resolved per second (CPU time), per language, on generated sentences.

    Example: khabar bench dates --expressions 20000 --filler 24
    """
    from ..mentions.dates import benchmark

    r = benchmark(expressions, filler=filler)
    table = Table(title="khabar bench dates")
    for column in ("language", "expressions", "found", "seconds", "expressions/s"):
        table.add_column(column)
    for lang, row in sorted(r["by_lang"].items()):
        table.add_row(lang, str(row["expressions"]), str(row["found"]), f"{row['seconds']:.2f}", f"{row['per_second']:,.0f}")
    table.add_row("all", str(r["expressions"]), "", f"{r['seconds']:.2f}", f"{r['per_second']:,.0f}")
    Console(file=sys.stdout, width=100).print(table)


@bench.command("actors")
@click.option("--repeat", type=click.IntRange(min=1), default=200, show_default=True)
def bench_actors(repeat: int) -> None:
    """Sentences/s (CPU time) through the knowledge-base matcher alone and through the whole actor linker.

    Example: khabar bench actors
    """
    from ..bench.actors import run_actors_bench

    r = run_actors_bench(repeat)
    print_pairs("khabar bench actors", [("sentences", r["sentences"]), ("matcher sentences/s", f"{r['matcher']:,.0f}"),
                                        ("linker sentences/s", f"{r['linker']:,.0f}")])
