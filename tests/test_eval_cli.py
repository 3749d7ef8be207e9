"""`khabar eval` end to end with click's CliRunner, on a tiny gold folder and article folder."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from khabar.cli import main

ARTICLE = ("Daily Wire Service - all the news\n"
           "\n"
           "The United States and Russia held talks in Geneva on 10 January 2022.\n"
           "Russia accused the United States of spreading lies about troop movements.\n"
           "Read more: other stories you may like\n")
HEADER = "Daily Wire Service - all the news"
TALKS = "The United States and Russia held talks in Geneva"
GOLD = {"doc_id": "a1", "lang": "en", "published": "2022-01-11", "title": "",
        "boilerplate": [HEADER, "Read more: other stories you"],
        "actors": [{"name": "Russia", "country": "RUS", "surface": ["Russia"]},
                   {"name": "United States", "country": "USA", "surface": ["The United States", "United States"]}],
        "dates": [{"text": "10 January 2022", "value": "2022-01-10", "calendar": "gregorian"}],
        "events": [{"type": "CONSULT", "mode": "meet", "actor": ["USA", "RUS"], "recipient": [],
                    "date": "2022-01-10", "date_ok": ["2022-01-10"], "aux": None,
                    "evidence": ["United States and Russia held talks in Geneva"]},
                   {"type": "ACCUSE", "mode": None, "actor": ["RUS"], "recipient": ["USA"],
                    "date": "2022-01-11", "date_ok": ["2022-01-11"], "aux": None,
                    "evidence": ["Russia accused the United States of spreading lies"]}],
        "quotes": [{"speaker": "Russia", "speaker_country": "RUS", "text": "spreading lies about troop movements"}]}


@pytest.fixture
def dirs(tmp_path):
    gold, text = tmp_path / "gold", tmp_path / "text"
    gold.mkdir(), text.mkdir()
    (gold / "a1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (text / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (text / "meta.jsonl").write_text(json.dumps({"file": "a1.txt", "lang": "en", "published": "2022-01-11"}) + "\n")
    config = tmp_path / "pipeline.yaml"
    config.write_text("pipeline: []\n", encoding="utf-8")
    return gold, text, config


def saved_records(text_dir) -> list[dict]:
    """What a pipeline might have written: header dropped, one event (twice), one actor, one date."""
    body_start = ARTICLE.index("The United")
    body_end = ARTICLE.index("Read more")
    clean = ARTICLE[body_start:body_end]
    talks = {"text": TALKS, "start": 0, "end": len(TALKS)}
    event = {"kind": "event", "doc_id": "a1", "event_type": "CONSULT", "mode": "meet", "aux": None,
             "actor": [{"country": "USA"}, {"country": "RUS"}], "recipient": [], "date": "2022-01-10",
             "evidence": talks, "mentions": [talks]}
    date_at = clean.index("10 January 2022")
    return [{"kind": "document", "doc_id": "a1", "text": clean, "source": str(text_dir / "a1.txt"),
             "raw_spans": [[0, body_start, len(clean)]]},
            event, {**event, "mode": "phone"},
            {"kind": "actor", "doc_id": "a1", "text": "Russia", "country": "RUS", "start": 4, "end": 10},
            {"kind": "date", "doc_id": "a1", "text": "10 January 2022", "start": date_at, "end": date_at + 15,
             "value": "2022-01-10"}]


def test_eval_over_articles_prints_tables_and_overall_line_last(dirs):
    gold, text, config = dirs
    result = CliRunner().invoke(main, ["eval", str(gold), str(text), "--config", str(config)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert "documents" in lines[0] and any(line.strip().startswith("languages") for line in lines)
    assert any("a1" in line and "1.00 (2/2)" in line and "0.00 (0/2)" in line for line in lines)
    assert lines[-1].startswith("overall: 1 docs | events F1 0.00")


def test_eval_saved_records_as_json(dirs, tmp_path):
    gold, text, _ = dirs
    saved = tmp_path / "pred.jsonl"
    saved.write_text("".join(json.dumps(r) + "\n" for r in saved_records(text)), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), str(saved), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)["overall"]
    events = overall["events"]
    assert (events["lenient"]["tp"], events["lenient"]["pred"], events["lenient"]["gold"]) == (1, 2, 2)
    assert events["duplicates"] == 1 and events["strict"]["tp"] == 1
    assert events["lenient"]["f1"] == 0.5
    assert (overall["actors"]["precision"], overall["actors"]["recall"]) == (1.0, 1 / 3)
    assert (overall["dates"]["accuracy"], overall["dates"]["recall"]) == (1.0, 1.0)
    assert (overall["quotes"]["precision"], overall["quotes"]["recall"]) == (None, 0.0)
    assert (overall["boilerplate"]["removed_share"], overall["boilerplate"]["kept_share"]) == (1.0, 1.0)


def test_eval_bad_gold_names_the_file(dirs):
    gold, text, config = dirs
    (gold / "a1.json").write_text(json.dumps({**GOLD, "quotes": [{"text": "x"}]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), str(text), "--config", str(config)])
    assert result.exit_code == 1
    assert "a1.json: quotes[0]: missing 'speaker_country'" in result.stderr
