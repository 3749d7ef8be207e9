"""`khabar batch`: the pipeline over a large archive, locally on all cores or on Apache Spark."""
from __future__ import annotations

import click

from . import main
from .options import config_option


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", required=True, help="Output folder (Parquet, partitioned by dataset, lang, month).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--workers", type=int, default=2, show_default=True, help="Processes for the local engine.")
@click.option("--spark-master", help="Spark master URL (default: spark-submit's, else local[*]).")
@click.option("--partitions", type=int, help="How many partitions to split the input into.")
@config_option
def batch(inputs: tuple[str, ...], out_dir: str, engine: str, workers: int, spark_master: str | None,
          partitions: int | None, config: str | None) -> None:
    """Run the pipeline over archives (JSONL, WARC, folders of text/HTML) and write Parquet datasets.

    Example: khabar batch archive/ -o out/ --engine spark --spark-master local[2]
    """
    if engine == "spark":
        from ..batch.spark import run_spark

        counts = run_spark(list(inputs), out_dir, master=spark_master, config=config, partitions=partitions)
    else:
        from ..batch.local import run_local, write_parquet

        counts = write_parquet(run_local(list(inputs), workers=workers, partitions=partitions, config=config), out_dir)
    summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))
    click.echo(f"khabar: wrote {summary or 'nothing'} to {out_dir}", err=True)
