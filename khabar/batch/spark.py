"""The Spark engine: binary files in, the unchanged partition function in mapPartitions, Parquet out."""
from __future__ import annotations

from typing import Any


def spark_session(master: str | None = None, app_name: str = "khabar"):
    """A SparkSession; `local[2]` by default when no master is given or configured."""
    import os
    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run the interpreter khabar is installed in
    builder = SparkSession.builder.appName(app_name).config("spark.ui.enabled", "false")
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def run_spark(paths: list[str], out_dir: str, *, master: str | None = None, config: Any = None,
              partitions: int | None = None, session=None) -> dict[str, int]:
    """Run the pipeline over every input file on Spark and write the partitioned Parquet datasets."""
    from pyspark.sql.types import StringType, StructField, StructType

    from ..readers import reader_for
    from .partition import COLUMNS, run_partition

    spark = session or spark_session(master)
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(paths)
             .select("path", "content").rdd)
    if partitions:
        files = files.repartition(partitions)

    def job(rows):
        from pathlib import Path

        items = ((local_name(r.path), bytes(r.content)) for r in rows
                 if reader_for(Path(r.path.rsplit("/", 1)[-1])) and not r.path.endswith("/meta.jsonl"))
        for row in run_partition(items, config):
            yield tuple(row[c] for c in COLUMNS)

    schema = StructType([StructField(c, StringType()) for c in COLUMNS])
    frame = spark.createDataFrame(files.mapPartitions(job), schema).cache()
    frame.write.mode("overwrite").partitionBy("dataset", "lang", "month").parquet(out_dir)
    counts = {r["dataset"]: r["count"] for r in frame.groupBy("dataset").count().collect()}
    frame.unpersist()
    return counts


def local_name(uri: str) -> str:
    """`file:/a/b.txt` as `/a/b.txt`, so local and Spark runs name their sources alike; other URIs unchanged."""
    for prefix in ("file://", "file:"):
        if uri.startswith(prefix):
            return uri[len(prefix):]
    return uri
