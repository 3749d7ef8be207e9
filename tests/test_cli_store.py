"""Every store verb, through the CLI, on the ingested examples."""
from __future__ import annotations

import json

from click.testing import CliRunner

from khabar.cli import main


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_events_as_jsonl_and_csv(example_db):
    lines = run("events", "--db", str(example_db), "--format", "jsonl").stdout.splitlines()
    records = [json.loads(x) for x in lines]
    assert records and all(r["kind"] == "event" for r in records)
    kind = records[0]["event_type"]
    only = [json.loads(x) for x in run("events", "--db", str(example_db), "--type", kind, "--format", "jsonl").stdout.splitlines()]
    assert {r["event_type"] for r in only} == {kind}
    header = run("events", "--db", str(example_db), "--format", "csv").stdout.splitlines()[0]
    assert header.startswith("id,date,event_type")


def test_show_prints_the_evidence(example_db):
    first = json.loads(run("events", "--db", str(example_db), "--format", "jsonl", "--limit", "1").stdout)
    out = run("show", first["id"], "--db", str(example_db)).stdout
    assert first["evidence"]["text"][:20] in out and first["coder"] in out
    assert json.loads(run("show", first["id"], "--db", str(example_db), "--json").stdout)["id"] == first["id"]


def test_show_unknown_event_is_one_line_error(example_db):
    result = CliRunner().invoke(main, ["show", "nope", "--db", str(example_db)])
    assert result.exit_code == 1 and result.output.strip() == "khabar: no event 'nope'"


def test_documents_search_actors_stats(example_db):
    docs = [json.loads(x) for x in run("documents", "--db", str(example_db), "--format", "jsonl").stdout.splitlines()]
    assert len(docs) == 5 and {d["lang"] for d in docs} == {"fa", "ar"}
    hits = [json.loads(x) for x in run("search", "بايدن", "--db", str(example_db), "--format", "jsonl").stdout.splitlines()]
    assert hits and all("[" in h["snippet"] for h in hits)
    assert run("actors", "--db", str(example_db), "--format", "jsonl").stdout.strip()
    stats = json.loads(run("stats", "--db", str(example_db), "--json").stdout)
    assert sum(r["documents"] for r in stats["documents_by_lang"]) == 5


def test_export_writes_a_file(example_db, tmp_path):
    out = tmp_path / "e.tsv"
    result = run("export", "--db", str(example_db), "--format", "polecat-tsv", "-o", str(out))
    assert out.read_text(encoding="utf-8").startswith("Event ID\t")
    assert "events written" in result.stderr
