"""Exports: every registered format writes readable files; POLECAT TSV stays well-formed."""
from __future__ import annotations

import csv
import json

import duckdb
import pandas as pd
import pytest

from khabar.exports.plover import POLECAT_COLUMNS
from khabar.registry import exporters


def _record(n: int, evidence: str = "Tehran and Baghdad signed a deal.") -> dict:
    actor = {"text": "Tehran", "name": "Iran", "wikidata": "Q794", "country": "IRN", "sector": "GOV", "start": 0, "end": 6}
    recipient = {"text": "Baghdad", "name": "Iraq", "wikidata": "Q796", "country": "IRQ", "sector": "GOV",
                 "start": 11, "end": 18}
    span = {"text": evidence, "start": 0, "end": len(evidence), "sentence": 0}
    return {"kind": "event", "id": f"e{n}", "doc_id": "d1", "event_type": "COOPERATE", "mode": None,
            "context": ["economic", "diplomatic"], "aux": None, "actor": [actor], "recipient": [recipient],
            "date": "2024-05-01", "date_raw": None,
            "location": {"text": "Baghdad", "name": "Baghdad", "country": "IRQ", "geonameid": "98182"},
            "evidence": span, "mentions": [span], "confidence": 0.8, "coder": "lexicon:en:test",
            "lang": "en", "published": "2024-05-01", "source_url": None}


def test_every_documented_format_is_registered():
    assert {"jsonl", "csv", "parquet", "polecat-tsv", "plover-json"} <= set(exporters.names())


def test_parquet_is_readable_by_pandas_and_duckdb(tmp_path):
    path = str(tmp_path / "e.parquet")
    assert exporters.get("parquet")([_record(n) for n in range(3)], path) == 3
    frame = pd.read_parquet(path)
    assert list(frame["actor_country"]) == ["IRN"] * 3 and frame["geonameid"][0] == 98182
    rows = duckdb.sql(f"SELECT recipient_country, count(*) FROM '{path}' GROUP BY 1").fetchall()
    assert rows == [("IRQ", 3)]


def test_polecat_tsv_has_its_columns_and_no_stray_tabs_or_newlines(tmp_path):
    path = tmp_path / "e.tsv"
    exporters.get("polecat-tsv")([_record(1, "a\tb\nc\r\nd\u2028e"), _record(2)], str(path))
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == 4
    assert lines[0].split("\t") == POLECAT_COLUMNS
    for line in lines[1:3]:
        assert len(line.split("\t")) == len(POLECAT_COLUMNS)
    row = dict(zip(POLECAT_COLUMNS, lines[1].split("\t")))
    assert row["Event Type"] == "cooperate" and row["Actor Country"] == "IRN" and row["Quad Code"] == "2"


def test_csv_and_jsonl_and_plover_json(tmp_path):
    exporters.get("csv")([_record(1)], str(tmp_path / "e.csv"))
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        assert next(csv.DictReader(f))["context"] == "economic;diplomatic"
    exporters.get("jsonl")([_record(1)], str(tmp_path / "e.jsonl"))
    assert json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8"))["id"] == "e1"
    exporters.get("plover-json")([_record(1)], str(tmp_path / "p.jsonl"))
    p = json.loads((tmp_path / "p.jsonl").read_text(encoding="utf-8"))
    assert p["event"] == ["COOPERATE"] and p["actor"][0]["code"] == "IRN" and p["quad_code"] == 2


def test_unknown_format_names_the_choices():
    with pytest.raises(Exception, match="available: .*parquet"):
        exporters.get("xlsx")
