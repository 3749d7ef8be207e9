"""The ingest, serve, batch and dates benchmarks run on small inputs and report what they measured."""
from __future__ import annotations

import re

from click.testing import CliRunner

from khabar.cli import main


def run(*args: str) -> str:
    result = CliRunner().invoke(main, ["bench", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def value(out: str, label: str) -> str:
    found = re.search(rf"{re.escape(label)}\s*│\s*([^│]+?)\s*│", out)
    assert found, f"{label!r} not in {out}"
    return found.group(1)


def test_bench_ingest_counts_every_article():
    out = run("ingest", "--docs", "12", "--workers", "1")
    assert value(out, "stored") == "12" and value(out, "failed") == "0"
    assert float(value(out, "articles/s")) > 0


def test_bench_serve_answers_every_request(tmp_path):
    out = run("serve", "--events", "200", "--requests", "40", "--threads", "2", "--db", str(tmp_path / "s.db"))
    assert value(out, "events in store") == "200" and value(out, "errors") == "0"
    assert value(out, "requests") == "40" and float(value(out, "p99 (ms)")) > 0


def test_bench_batch_times_one_and_two_workers():
    out = run("batch", "--docs", "6")
    assert re.search(r"local\s*│\s*1\s*│\s*6\b", out) and re.search(r"local\s*│\s*2\s*│\s*6\b", out)


def test_bench_dates_finds_the_expressions():
    out = run("dates", "--expressions", "300")
    row = re.search(r"all\s*│\s*300\s*│", out)
    assert row and re.search(r"fa\s*│\s*100\s*│\s*\d+", out)


def test_bench_actors_reports_both_rates():
    out = run("actors", "--repeat", "2")
    assert int(value(out, "sentences")) > 0
    assert float(value(out, "matcher sentences/s").replace(",", "")) > 0
