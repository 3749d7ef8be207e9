"""quotes.v1: direct and attributed indirect speech linked to its speaker (sentences written for the tests)."""
import pytest

from _eventdoc import make_doc
from khabar.events.quotes import extract_quotes

# (lang, actors, text, speaker country, words that must lie inside a quote)
ROWS = [
    ("fa", {"وزیر خارجه ایران": "IRN"}, "وزیر خارجه ایران روز شنبه گفت که کشورش آماده ادامه گفتگوها است.", "IRN",
     "کشورش آماده ادامه گفتگوها است"),
    ("fa", {"سخنگوی دولت ترکیه": "TUR"}, "سخنگوی دولت ترکیه افزود: «ما به هیچ فشاری تن نمی‌دهیم».", "TUR",
     "ما به هیچ فشاری تن نمی‌دهیم"),
    ("ar", {"وزير الخارجية المصري": "EGY"}, "وقال وزير الخارجية المصري إن بلاده ترفض أي تهجير للسكان.", "EGY",
     "بلاده ترفض أي تهجير للسكان"),
    ("ar", {"المتحدث باسم الحكومة الأردنية": "JOR"},
     "وأكد المتحدث باسم الحكومة الأردنية أن المعبر سيبقى مفتوحا أمام الشاحنات.", "JOR", "المعبر سيبقى مفتوحا"),
    ("en", {"The Chilean minister": "CHL"}, "The Chilean minister said the border would reopen next week.", "CHL",
     "the border would reopen next week"),
    ("en", {"a Peruvian spokesman": "PER"}, "\"We will not accept these terms,\" a Peruvian spokesman told reporters.",
     "PER", "We will not accept these terms"),
]


@pytest.mark.parametrize("lang,actors,text,country,words", ROWS)
def test_quote_found(lang, actors, text, country, words):
    doc = extract_quotes(make_doc(text, lang, actors))
    assert any(q.speaker.country == country and words in q.text for q in doc.quotes)
    assert all(doc.text[q.start:q.end] == q.text for q in doc.quotes)


def test_pronoun_speaker_refers_back():
    text = "The Chilean minister said the talks had stalled. He added that a new round was not planned this year."
    doc = extract_quotes(make_doc(text, "en", {"The Chilean minister": "CHL"}))
    assert any("new round was not planned" in q.text and q.speaker.country == "CHL" for q in doc.quotes)


def test_no_speaker_no_quote():
    doc = extract_quotes(make_doc("It was said that the weather would improve soon.", "en", {}))
    assert doc.quotes == []
