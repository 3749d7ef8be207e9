"""sentences.v1: table-driven boundaries per language, and span invariants on the bundled articles."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from khabar import languages, sentences
from khabar.document import Document, Paragraph
from khabar.errors import DataFileError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
split = sentences.sentences_v1()


def make_doc(text: str, lang: str | None) -> Document:
    """A Document as the cleaning stages would leave it: paragraphs between blank lines, norm = text."""
    paras = [Paragraph(m.start(), m.end(), lang) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)]
    return Document("t", raw=text, lang=lang, text=text, norm=text, paragraphs=paras)


def sentence_texts(text: str, lang: str | None) -> list[str]:
    doc = split(make_doc(text, lang))
    return [doc.text[s.start:s.end] for s in doc.sentences]


CASES = [
    # English: abbreviations, initials, acronyms, decimals, quotes, ellipsis, lowercase continuations
    ("en", "Mr. Lee met Dr. Ortiz on Jan. 5. They spoke for an hour.",
     ["Mr. Lee met Dr. Ortiz on Jan. 5.", "They spoke for an hour."]),
    ("en", "Growth slowed to 1.5 percent in the U.S. The euro area grew 2.1 percent.",
     ["Growth slowed to 1.5 percent in the U.S.", "The euro area grew 2.1 percent."]),
    ("en", "U.S. President Joe Biden and J. K. Rowling attended. So did U.N. staff.",
     ["U.S. President Joe Biden and J. K. Rowling attended.", "So did U.N. staff."]),
    ("en", '"We are ready. The offer stands," the envoy said. Talks resume Monday.',
     ['"We are ready. The offer stands," the envoy said.', "Talks resume Monday."]),
    ("en", "He paused... Then he left. Is it over? Yes!", ["He paused...", "Then he left.", "Is it over?", "Yes!"]),
    ("en", "Version 2.0.1 shipped on 10.10.2023 for 1,000 users. See www.example.com/a.html today.",
     ["Version 2.0.1 shipped on 10.10.2023 for 1,000 users.", "See www.example.com/a.html today."]),
    ("en", "Write to press@example.org. Replies come within a day; most come sooner.",
     ["Write to press@example.org.", "Replies come within a day; most come sooner."]),
    ("en", "Acme Inc. reported a loss. Acme Inc. The firm denied it.",
     ["Acme Inc. reported a loss.", "Acme Inc.", "The firm denied it."]),
    ("en", "Storm hits coast\nThousands were evacuated on Friday.",
     ["Storm hits coast", "Thousands were evacuated on Friday."]),
    ("en", "1. Cut the rates\n2. Raise the wages", ["1. Cut the rates", "2. Raise the wages"]),
    # Persian: ؟, Persian digits and decimals, quotations spanning sentences, dotted abbreviations, ellipsis
    ("fa", "رئیس مجلس گفت: «طرح آماده است. رأی‌گیری فردا انجام می‌شود.» سپس جلسه پایان یافت.",
     ["رئیس مجلس گفت: «طرح آماده است. رأی‌گیری فردا انجام می‌شود.»", "سپس جلسه پایان یافت."]),
    ("fa", "نرخ رشد به ۲.۵ درصد رسید. آیا این روند ادامه دارد؟ کارشناسان تردید دارند.",
     ["نرخ رشد به ۲.۵ درصد رسید.", "آیا این روند ادامه دارد؟", "کارشناسان تردید دارند."]),
    ("fa", "جلسه ساعت ۱۰ ق.ظ. روز ۱۲.۰۳.۱۴۰۲ برگزار شد. او حضور نداشت.",
     ["جلسه ساعت ۱۰ ق.ظ. روز ۱۲.۰۳.۱۴۰۲ برگزار شد.", "او حضور نداشت."]),
    ("fa", "این بنا در سال ۱۳۰۵ ه.ش. ساخته شد و در سال ۱۳۸۰ ه.ش. وی آن را خرید.",
     ["این بنا در سال ۱۳۰۵ ه.ش. ساخته شد و در سال ۱۳۸۰ ه.ش.", "وی آن را خرید."]),
    ("fa", "سلاح، مهمات و ... را تحویل دادند؛ سپس بازگشتند. جرج دبلیو. بوش سخنرانی کرد.",
     ["سلاح، مهمات و ... را تحویل دادند؛ سپس بازگشتند.", "جرج دبلیو. بوش سخنرانی کرد."]),
    ("fa", "افزایش قیمت بنزین\n• اعتراض در چند شهر\n• بازداشت ده‌ها نفر",
     ["افزایش قیمت بنزین", "• اعتراض در چند شهر", "• بازداشت ده‌ها نفر"]),
    # Arabic: ؟, era abbreviations, quotes, Eastern Arabic digits, ellipsis
    ("ar", "هل انتهت الأزمة؟ قال المحلل: \"لا أظن ذلك. المفاوضات متعثرة.\" وأضاف أن الحل بعيد.",
     ["هل انتهت الأزمة؟", "قال المحلل: \"لا أظن ذلك. المفاوضات متعثرة.\"", "وأضاف أن الحل بعيد."]),
    ("ar", "تأسست المدينة عام 1250 م. وكانت عاصمة للإقليم. وقد زارها د. أحمد أمس.",
     ["تأسست المدينة عام 1250 م.", "وكانت عاصمة للإقليم.", "وقد زارها د. أحمد أمس."]),
    ("ar", "بلغ النمو ٣.٢ بالمئة في الربع الأول. وانتظر الجميع... ثم صدر القرار.",
     ["بلغ النمو ٣.٢ بالمئة في الربع الأول.", "وانتظر الجميع...", "ثم صدر القرار."]),
    ("ar", "سافر الوفد إلى القاهرة يوم 5 م. أ. وعاد في المساء.",
     ["سافر الوفد إلى القاهرة يوم 5 م. أ. وعاد في المساء."]),
    # unknown language: every language's marks apply, no case rule
    (None, "Talks ended. هل انتهت؟ نعم.", ["Talks ended.", "هل انتهت؟", "نعم."]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_boundaries(lang: str | None, text: str, expected: list[str]) -> None:
    assert sentence_texts(text, lang) == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "The first paragraph has no stop\n\nthe second starts in lowercase."
    assert sentence_texts(text, "en") == ["The first paragraph has no stop", "the second starts in lowercase."]


def test_hard_wrapped_lines_join() -> None:
    text = ("The minister said on Monday that the new border rules would take\n"
            "effect next month, and that travellers would need a visa from the\n"
            "embassy. Critics called the plan rushed.")
    assert len(sentence_texts(text, "fa")) == 2


def test_long_quotation_splits_inside() -> None:
    text = 'She said: "' + " ".join(["Prices will rise."] * 30) + '" Nobody answered.'
    assert len(sentence_texts(text, "en")) == 31
    doc = sentences.sentences_v1(quote_max=10_000)(make_doc(text, "en"))
    assert len(doc.sentences) == 2


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_example_spans_are_well_formed(path: Path) -> None:
    meta = {json.loads(line)["file"]: json.loads(line) for line in (EXAMPLES / "meta.jsonl").read_text().splitlines()}
    doc = split(make_doc(path.read_text(encoding="utf-8"), meta[path.name]["lang"]))
    assert len(doc.sentences) > len(doc.paragraphs) > 0
    words = 0
    for prev, sent in zip([None, *doc.sentences], doc.sentences):
        text = doc.text[sent.start:sent.end]
        assert text and text == text.strip()
        assert prev is None or prev.end <= sent.start
        assert any(p.start <= sent.start and sent.end <= p.end for p in doc.paragraphs)
        words += len(text.split())
    assert words == sum(len(doc.text[p.start:p.end].split()) for p in doc.paragraphs)


@pytest.mark.parametrize("lang", languages.available())
def test_language_examples_are_one_sentence_per_line(lang: str) -> None:
    lines = (languages.LANG_DIR / lang / "examples.txt").read_text(encoding="utf-8").splitlines()
    text = " ".join(lines)
    assert len(sentence_texts(text, lang)) >= len(lines) >= 5


def test_form_in_both_abbreviation_lists_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    clash = {"never_final": [{"id": "x/a", "forms": ["No."]}], "may_end": [{"id": "x/b", "forms": ["No."]}]}
    monkeypatch.setattr(languages, "data", lambda code, kind: clash)
    with pytest.raises(DataFileError, match="abbreviations.yaml: in both never_final and may_end: No."):
        sentences._abbreviations("en", "en")


def test_abbreviation_group_without_forms_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(languages, "data", lambda code, kind: {"may_end": [{"id": "x/c", "forms": ["Inc"]}]})
    with pytest.raises(DataFileError, match="abbreviations.yaml: x/c: needs `forms`"):
        sentences._abbreviations("en", "en")
