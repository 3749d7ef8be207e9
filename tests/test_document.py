"""Document offsets map back to raw text, and Documents round-trip through dicts."""
import json

from khabar.document import ActorMention, DateMention, Document, Event, Paragraph, Quote, Removed, Span
from khabar.records import records, stable_id


def _doc() -> Document:
    raw = "HEADER LINE\nبایدن و پوتین گفتگو کردند.\nFOOTER\nدومین جمله."
    # keep lines 2 and 4: text = line2 + "\n" + line4
    l2 = raw.index("بایدن")
    l4 = raw.index("دومین")
    line2 = raw[l2:raw.index("\n", l2)]
    text = line2 + "\n" + raw[l4:]
    doc = Document(doc_id="t1", raw=raw, lang="fa", published="2021-12-31", text=text,
                   raw_spans=[(0, l2, len(line2) + 1), (len(line2) + 1, l4, len(raw) - l4)],
                   removed=[Removed(0, 11, "test")])
    doc.sentences = [Span(0, len(line2)), Span(len(line2) + 1, len(text))]
    doc.paragraphs = [Paragraph(0, len(line2), "fa")]
    biden = ActorMention(0, 5, "بایدن", "Joe Biden", "Q6279", "USA", "GOV", "test")
    putin = ActorMention(8, 13, "پوتین", "Vladimir Putin", "Q7747", "RUS", "GOV", "test")
    doc.actors = [biden, putin]
    doc.dates = [DateMention(0, 5, "بایدن", "2021-12-30", by="test")]
    doc.events = [Event("CONSULT", [biden, putin], [], [doc.sentences[0]], mode="phone", coder="test")]
    doc.quotes = [Quote(biden, 14, 19, text[14:19], "test")]
    return doc


def test_text_offsets_map_to_the_same_characters_in_raw():
    doc = _doc()
    for i, ch in enumerate(doc.text):
        assert doc.raw[doc.text_to_raw(i)] == ch
    start, end = doc.raw_span(doc.sentences[1].start, doc.sentences[1].end)
    assert doc.raw[start:end] == "دومین جمله."


def test_sentence_of_finds_the_containing_sentence():
    doc = _doc()
    assert doc.sentence_of(3) == doc.sentences[0]
    assert doc.sentence_of(len(doc.text) - 1) == doc.sentences[1]


def test_round_trip_through_json():
    doc = _doc()
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again == doc


def test_records_have_the_format_shapes_and_exact_offsets():
    doc = _doc()
    recs = list(records(doc))
    assert [r["kind"] for r in recs] == ["document", "actor", "actor", "date", "event", "quote"]
    text = recs[0]["text"]
    event = recs[4]
    assert event["event_type"] == "CONSULT" and event["mode"] == "phone"
    assert [a["country"] for a in event["actor"]] == ["USA", "RUS"]
    ev = event["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["text"] and ev["sentence"] == 0
    assert doc.raw[ev["raw_start"]:ev["raw_end"]] == ev["text"]
    assert event["date"] == "2021-12-31" and event["date_raw"] is None
    assert event["id"] == list(records(_doc()))[4]["id"]


def test_stable_ids_depend_only_on_their_parts():
    assert stable_id("a", 1) == stable_id("a", 1) != stable_id("a", 2)


def test_event_ids_are_unique_within_a_document():
    doc = _doc()
    call = doc.events[0]
    doc.events = [call, Event(**{**call.__dict__, "date": "2021-11"}), Event(**call.__dict__)]
    ids = [r["id"] for r in records(doc) if r["kind"] == "event"]
    assert len(set(ids)) == 3
    assert ids == [r["id"] for r in records(doc) if r["kind"] == "event"]
