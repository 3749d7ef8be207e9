"""Batch runs: the local engine and Spark (local[2]) give identical records; failures become error rows."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from khabar.batch.local import run_local, write_parquet


def _corpus(examples: Path, folder: Path, n: int) -> Path:
    """n articles made from the examples (each made unique by a numbered first line), plus one bad file."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    for i in range(n):
        (folder / f"art{i:04}.txt").write_text(f"{i}\n\n{texts[i % len(texts)]}", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    return folder


def _records(out: Path) -> dict[str, list[dict]]:
    table = ds.dataset(str(out), format="parquet", partitioning="hive").to_table(columns=["dataset", "record"])
    found: dict[str, list[dict]] = {}
    for dataset, record in zip(table.column("dataset").to_pylist(), table.column("record").to_pylist()):
        found.setdefault(dataset, []).append(json.loads(record))
    return {k: sorted(v, key=lambda r: json.dumps(r, sort_keys=True)) for k, v in found.items()}


def test_local_engine_writes_partitioned_datasets_and_errors(examples, tmp_path):
    corpus = _corpus(examples, tmp_path / "in", 10)
    counts = write_parquet(run_local([str(corpus)], workers=2), tmp_path / "out")
    assert counts["documents"] == 10 and counts["errors"] == 1
    assert any(p.name.startswith("lang=fa") for p in (tmp_path / "out" / "dataset=documents").iterdir())
    errors = _records(tmp_path / "out")["errors"]
    assert "broken.txt" in errors[0]["source"]


def test_one_and_two_workers_agree(examples, tmp_path):
    corpus = _corpus(examples, tmp_path / "in", 8)
    write_parquet(run_local([str(corpus)], workers=1), tmp_path / "one")
    write_parquet(run_local([str(corpus)], workers=2), tmp_path / "two")
    assert _records(tmp_path / "one") == _records(tmp_path / "two")


def test_batch_output_ingests_into_the_store_idempotently(examples, tmp_path):
    from khabar.api import open as open_db

    corpus = _corpus(examples, tmp_path / "in", 6)
    write_parquet(run_local([str(corpus)], workers=1), tmp_path / "out")
    with open_db(tmp_path / "s.db") as db:
        first = db.ingest([tmp_path / "out"])
        again = db.ingest([tmp_path / "out"])
        assert first.stored == 6 and again.duplicates == 6
        assert len(db.documents()) == 6


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime")
def test_spark_local_engine_matches_the_local_engine(examples, tmp_path):
    pytest.importorskip("pyspark")
    from khabar.batch.spark import run_spark, spark_session

    corpus = _corpus(examples, tmp_path / "in", 200)
    write_parquet(run_local([str(corpus)], workers=2), tmp_path / "local")
    spark = spark_session("local[2]")
    try:
        counts = run_spark([str(corpus)], str(tmp_path / "spark"), session=spark, partitions=4)
    finally:
        spark.stop()
    assert counts["documents"] == 200
    assert _records(tmp_path / "spark") == _records(tmp_path / "local")


def test_batch_verb_reports_what_it_wrote(examples, tmp_path):
    from click.testing import CliRunner

    from khabar.cli import main

    corpus = _corpus(examples, tmp_path / "in", 3)
    result = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.stderr and "1 errors" in result.stderr
    assert _records(tmp_path / "out")["documents"][0]["kind"] == "document"
