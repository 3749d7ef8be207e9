"""Trigger lexicons load, validate and match inflected forms (table-driven, sentences written for the tests)."""
import pytest

from khabar.document import Document
from khabar.clean.script import normalise
from khabar.events.triggers import find_triggers, lexicon, plover

ROWS = [
    ("fa", "دو وزیر در ژنو دیدار می‌کنند.", "consult.meet", ["می"]),
    ("fa", "آنها فردا گفتگو خواهند کرد.", "consult.meet", ["خواهند"]),
    ("fa", "دو وزیر امروز با هم دیدار نمی‌کنند.", "consult.meet", ["نمی"]),
    ("fa", "پارلمان تحریم‌های تازه‌ای را تصویب و اعمال کرد.", "sanction.sanctions", []),
    ("fa", "دو رئیس جمهور تماس تلفنی برقرار کردند.", "consult.phone", []),
    ("ar", "ورفضت الحكومة العرض.", "reject.refuse", []),
    ("ar", "وسيلتقي الوزيران غدا.", "consult.meet", ["سي"]),
    ("ar", "أجرى الرئيسان مكالمة هاتفية مطولة.", "consult.phone", []),
    ("ar", "واتهمت الوزارة الجماعة بالتخطيط للهجوم.", "accuse.allege", []),
    ("en", "The ministers met in Oslo.", "consult.meet", []),
    ("en", "Officials accused the rebels of shelling the town.", "accuse.allege", []),
    ("en", "The government expelled two diplomats.", "sanction.expel", []),
]


@pytest.mark.parametrize("lang,text,entry_id,affixes", ROWS)
def test_trigger_fires(lang, text, entry_id, affixes):
    norm, norm_map = normalise(text, lang)
    doc = Document(doc_id="t", raw=text, lang=lang, text=text, norm=norm, norm_map=norm_map)
    found = {t.entry.id: t for t in find_triggers(doc)}
    assert entry_id in found
    assert found[entry_id].affixes == affixes


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_lexicon_covers_every_type(lang):
    assert {e.type for e in lexicon(lang)} == set(plover("types"))


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_entry_ids_unique(lang):
    ids = [e.id for e in lexicon(lang)]
    assert len(ids) == len(set(ids))


def test_overlaps_keep_the_longer_match():
    text = "The talks were held by phone call on Monday."
    doc = Document(doc_id="t", raw=text, lang="en", text=text)
    ids = [t.entry.id for t in find_triggers(doc)]
    assert "consult.phone" in ids and ids.count("consult.meet") == 1


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_literal_prefilter_loses_no_match(lang):
    """The anchor index finds exactly what running every entry's regex over every sentence finds."""
    from pathlib import Path
    from khabar.events.patterns import sentence_windows
    from khabar.events.triggers import trigger_index
    from _eventdoc import make_doc
    texts = [p.read_text() for p in sorted(Path("examples").glob("*.txt"))]
    texts += [line for line in Path(f"khabar/data/lang/{lang}/examples.txt").read_text().splitlines() if line.strip()]
    index = trigger_index(lang)
    for text in texts:
        doc = make_doc(text, lang, {})
        windows = sentence_windows(doc)
        full = {(e.id, m.span()) for e in lexicon(lang) for w in windows for m in e.regex.finditer(doc.norm, *w)}
        assert {(e.id, m.span()) for e, m in index.scan(doc.norm, windows)} == full
