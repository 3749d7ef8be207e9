"""The arithmetic of `khabar eval` on hand-made gold and predictions (FORMAT.md section 3)."""
from __future__ import annotations

import json

import pytest

from khabar.errors import DataFileError
from khabar.evaluate.errors import actor_errors, event_errors
from khabar.evaluate.gold import load_gold
from khabar.evaluate.matching import max_matching, overlaps
from khabar.evaluate.score import (PRF, Scores, score_actors, score_document, score_events,
                                   score_quotes)

TEXT = ("The United States and Russia held talks in Geneva on Monday about the crisis in Ukraine.\n"
        "Russia accused the United States of spreading lies about its troop movements near the border.\n"
        "The two sides agreed to meet again on 12 January in Vienna.\n")
TALKS = "The United States and Russia held talks in Geneva"
ACCUSE = "Russia accused the United States of spreading lies"


def span(phrase: str, text: str = TEXT) -> dict:
    start = text.index(phrase)
    return {"text": phrase, "start": start, "end": start + len(phrase)}


def actor(country: str) -> dict:
    return {"text": country, "country": country}


def pred(kind: str, phrase: str, actors=(), recipients=(), mode=None, aux=None, date="2022-01-10") -> dict:
    ev = span(phrase)
    return {"kind": "event", "event_type": kind, "actor": [actor(c) for c in actors],
            "recipient": [actor(c) for c in recipients], "mode": mode, "aux": aux, "date": date,
            "evidence": ev, "mentions": [ev]}


def gold_event(kind: str, evidence: str, actors=(), recipients=(), mode=None, optional=False) -> dict:
    return {"type": kind, "actor": list(actors), "recipient": list(recipients), "mode": mode, "aux": None,
            "date": "2022-01-10", "date_ok": ["2022-01-10", "2022-01-11"], "evidence": [evidence],
            "optional": optional}


GOLD = [gold_event("CONSULT", "United States and Russia held talks in Geneva on Monday", ["USA", "RUS"], mode="meet"),
        gold_event("ACCUSE", "Russia accused the United States of spreading lies about its troop", ["RUS"], ["USA"])]
RIGHT = [pred("CONSULT", TALKS, ["USA", "RUS"], mode="meet"), pred("ACCUSE", ACCUSE, ["RUS"], ["USA"])]


def numbers(t: PRF) -> tuple:
    return t.precision, t.recall, t.f1


def test_perfect_predictions_score_one():
    s = score_events(GOLD, RIGHT, TEXT, "en")
    assert numbers(s.lenient) == (1.0, 1.0, 1.0)
    assert numbers(s.strict) == (1.0, 1.0, 1.0)
    assert s.duplicates == 0


def test_empty_predictions_have_no_precision_and_zero_recall():
    s = score_events(GOLD, [], TEXT, "en")
    assert numbers(s.lenient) == (None, 0.0, 0.0)
    assert s.as_dict()["lenient"]["precision"] is None


def test_duplicate_counts_as_false_positive():
    again = pred("CONSULT", "held talks in Geneva on Monday about the crisis", ["USA"], mode="meet")
    s = score_events(GOLD, [*RIGHT, again], TEXT, "en")
    assert s.duplicates == 1
    assert (s.lenient.tp, s.lenient.pred, s.lenient.gold) == (2, 3, 2)
    assert numbers(s.lenient) == (2 / 3, 1.0, 0.8)


def test_wrong_direction_matches_leniently_not_strictly():
    swapped = pred("ACCUSE", ACCUSE, ["USA"], ["RUS"])
    s = score_events(GOLD[1:], [swapped], TEXT, "en")
    assert numbers(s.lenient) == (1.0, 1.0, 1.0)
    assert numbers(s.strict) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize("change", [{"mode": "phone"}, {"aux": "future"}, {"date": "2021-05-01"}])
def test_strict_needs_mode_aux_and_accepted_date(change):
    s = score_events(GOLD[:1], [{**RIGHT[0], **change}], TEXT, "en")
    assert (s.lenient.tp, s.strict.tp) == (1, 0)


def test_wrong_type_or_other_text_or_other_countries_do_not_match():
    wrong = [pred("REJECT", ACCUSE, ["RUS"], ["USA"]),
             pred("ACCUSE", "The two sides agreed to meet again", ["RUS"], ["USA"]),
             pred("ACCUSE", ACCUSE, ["CHN"], ["FRA"])]
    s = score_events(GOLD, wrong, TEXT, "en")
    assert (s.lenient.tp, s.lenient.pred, s.lenient.gold, s.duplicates) == (0, 3, 2, 0)
    assert numbers(s.lenient) == (0.0, 0.0, 0.0)


def test_optional_gold_event_is_neither_required_nor_penalised():
    gold = [GOLD[0], gold_event("AGREE", "The two sides agreed to meet again", ["USA", "RUS"], optional=True)]
    found = score_events(gold, [RIGHT[0], pred("AGREE", "The two sides agreed to meet", ["USA", "RUS"])], TEXT, "en")
    missed = score_events(gold, [RIGHT[0]], TEXT, "en")
    for s in (found, missed):
        assert (s.lenient.tp, s.lenient.pred, s.lenient.gold) == (1, 1, 1)
    assert found.ignored == 1


def test_matching_is_maximal_whatever_the_order():
    assert len(max_matching([[0, 1], [0]])) == 2
    assert len(max_matching([[0], [0, 1]])) == 2
    assert len(max_matching([[0], [0]])) == 1


def test_overlap_needs_twenty_chars_or_half_the_shorter_text():
    assert overlaps("xx the united states and russia yy", "zz the united states and  Russia")
    assert not overlaps("a long sentence about talks in Geneva", "another long text about talks, elsewhere")
    assert overlaps("12 January", "on 12 Jan")
    assert overlaps("تحریم‌های آمريكا", "تحریمهای آمریکا علیه")   # ZWNJ, Arabic yeh and kaf folded


def test_actors_pairs_after_normalisation():
    gold = [{"country": "USA", "surface": ["آمریکا", "واشنگتن"]}, {"country": "RUS", "surface": ["روسیه"]}]
    got = [{"text": "آمريكا", "country": "USA"}, {"text": "روسیه", "country": "UKR"},
           {"text": "آمریکا", "country": "USA"}]
    s = score_actors(gold, got, "fa")
    assert (s.tp, s.pred, s.gold) == (1, 2, 3)
    assert numbers(s) == (0.5, 1 / 3, 0.4)


def test_quotes_need_overlap_and_speaker_country():
    gold = [{"text": "spreading lies about its troop movements", "speaker_country": "RUS"},
            {"text": "agreed to meet again on 12 January", "speaker_country": "USA"}]
    got = [{**span("spreading lies about its troop movements near"), "speaker": {"country": "RUS"}},
           {**span("agreed to meet again on 12 January in Vienna"), "speaker": {"country": "FRA"}}]
    s = score_quotes(gold, got, TEXT, "en")
    assert numbers(s) == (0.5, 0.5, 0.5)


RAW = ("World News Network - breaking stories\n"
       "Published 10 January 2022\n"
       "\n"
       "Talks began on 10 January 2022 in Geneva.\n"
       "The delegations will meet again on 12 January.\n"
       "Officials said progress was slow.\n"
       "Related: more stories from the region and beyond\n")
GOLD_DOC = {"doc_id": "d1", "lang": "en", "events": [], "actors": [], "quotes": [],
            "boilerplate": ["World News Network - breaking stories", "Published 10 January 2022",
                            "Related: more stories from the"],
            "dates": [{"text": "10 January 2022", "value": "2022-01-10"},
                      {"text": "12 January", "value": "2022-01-12"},
                      {"text": "Published 10 January", "value": "2022-01-10"}]}


def document(lines: list[int]) -> list[dict]:
    """A document record keeping the given raw lines (0-based), with raw_spans as a cleaner would set."""
    raw_lines, text, spans, at = RAW.split("\n"), "", [], 0
    for i, line in enumerate(raw_lines):
        if i in lines:
            spans.append((len(text), at, len(line) + 1))
            text += line + "\n"
        at += len(line) + 1
    return [{"kind": "document", "doc_id": "d1", "text": text, "raw_spans": spans}], text


def test_boilerplate_shares_from_raw_spans():
    records, _ = document([0, 3, 4])           # keeps the site header, drops one body line
    b = score_document(GOLD_DOC, records, RAW).boilerplate
    assert (b.boiler, b.removed, b.body, b.kept) == (3, 2, 3, 2)
    assert b.as_dict()["removed_share"] == 2 / 3 and b.as_dict()["kept_share"] == 2 / 3


def test_dates_accuracy_and_recall_skip_boilerplate_only_dates():
    records, text = document([3, 4, 5])
    first, second = span("10 January 2022", text), span("12 January", text)
    records += [{"kind": "date", **first, "value": "2022-01-10"},
                {"kind": "date", **{**second, "end": second["end"] - 3}, "value": "2022-12"}]
    d = score_document(GOLD_DOC, records, RAW).dates
    assert (d.gold, d.found, d.correct) == (2, 2, 1)      # "Published 10 January" is only in the header
    assert d.as_dict()["accuracy"] == 0.5 and d.as_dict()["recall"] == 1.0


def test_scores_add_up_as_micro_averages():
    a = Scores(docs=1, actors=PRF(1, 1, 4))
    b = Scores(docs=1, actors=PRF(3, 3, 4))
    total = a + b
    assert total.docs == 2 and numbers(total.actors) == (1.0, 0.5, 2 / 3)


def test_gold_errors_name_file_and_key(tmp_path):
    path = tmp_path / "d1.json"
    path.write_text(json.dumps({**GOLD_DOC, "events": [{"type": "AGREE", "actor": [], "recipient": [],
                                                        "evidence": []}]}), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"d1\.json: events\[0\]\.evidence: must not be empty"):
        load_gold(path)


def test_error_lists_name_misses_spurious_events_and_strict_differences():
    gold = {"lang": "en", "events": GOLD, "actors": [{"country": "RUS", "surface": ["Russia"]}]}
    doc = {"kind": "document", "text": TEXT}
    wrong_way = pred("ACCUSE", ACCUSE, ["USA"], ["RUS"])
    spurious = pred("THREATEN", "The two sides agreed to meet again", ["RUS"])
    lines = event_errors(gold, [doc, wrong_way, spurious])
    assert lines[0].startswith("miss  CONSULT/meet ['USA', 'RUS']")
    assert any(ln.startswith("loose ACCUSE") and "actor ['USA']!=['RUS']" in ln for ln in lines)
    assert any(ln.startswith("fp    THREATEN") for ln in lines)
    assert actor_errors(gold, [{"kind": "actor", "text": "Moscow", "country": "RUS"}]) == [
        "actor miss  russia RUS", "actor fp    moscow RUS"]
