"""Entry point for `spark-submit`: the same job as `khabar batch --engine spark`, the master set by spark-submit.

spark-submit --py-files khabar-0.1.0-py3-none-any.whl khabar/batch/submit.py INPUT... -o OUT_DIR
"""
from __future__ import annotations

import argparse

from khabar.batch.spark import run_spark


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="khabar-spark", description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="files or folders: local paths or any Hadoop-supported URI")
    parser.add_argument("-o", "--output", required=True, help="output folder for the Parquet datasets")
    parser.add_argument("--partitions", type=int, help="repartition the input files into this many partitions")
    parser.add_argument("--config", help="a pipeline config YAML readable on every executor")
    args = parser.parse_args(argv)
    counts = run_spark(args.inputs, args.output, config=args.config, partitions=args.partitions)
    print(", ".join(f"{n} {name}" for name, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
