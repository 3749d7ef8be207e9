"""Date expressions in news phrasing, per language: (sentence, publication date, expression, value)."""
import json
from datetime import date
from pathlib import Path

import pytest

from khabar.clean.script import fold, normalise
from khabar.document import Document, Paragraph, Span
from khabar.mentions import dateparse
from khabar.mentions.dates import benchmark, date_for, mentions, resolve_all
from khabar.mentions.published import detect, infer_from_weekdays
from khabar.registry import components

DATA = Path(__file__).parent / "data"
LANGS = ("fa", "ar", "en")


def _table(lang: str) -> list[tuple[str, str, str | None, str | None]]:
    """(sentence, published, expression, value) rows of tests/data/dates_<lang>.tsv; `-` means none."""
    lines = (DATA / f"dates_{lang}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [(text, published, None if expr == "-" else expr, None if value == "-" else value)
            for published, text, expr, value in rows]


TABLES = {lang: _table(lang) for lang in LANGS}


def test_each_language_has_sixty_expressions_and_some_negatives():
    for lang, rows in TABLES.items():
        assert sum(1 for row in rows if row[2]) >= 60, lang
        assert sum(1 for row in rows if row[2] is None) >= 5, lang


def _resolve(text: str, lang: str, published: str) -> dict[str, str]:
    norm = fold(text, lang)
    return {norm[r.expr.start:r.expr.end]: r.value for r in resolve_all(norm, lang, date.fromisoformat(published))}


@pytest.mark.parametrize(("lang", "text", "published", "expression", "value"),
                         [(lang, *row) for lang in LANGS for row in TABLES[lang]])
def test_expression_resolves(lang, text, published, expression, value):
    found = _resolve(text, lang, published)
    if expression is None:
        assert found == {}
    else:
        assert found.get(fold(expression, lang)) == value, found


def test_anaphoric_words_take_the_previous_date():
    found = _resolve("The deal was agreed on May 3. Earlier in the day, at 5 p.m. GMT, troops left. "
                     "A few days later the talks resumed.", "en", "2024-06-12")
    assert found == {"May 3": "2024-05-03", "Earlier in the day": "2024-05-03", "5 p.m. GMT": "2024-05-03",
                     "A few days later": "2024-05"}


def test_without_publication_date_only_absolute_dates_resolve():
    norm = fold("دیروز و ۱۰-۱۰-۱۴۰۰ و روز جمعه", "fa")
    assert [r.value for r in resolve_all(norm, "fa", None)] == ["2021-12-31"]


def _doc(text: str, lang: str, published: str | None, raw: str | None = None) -> Document:
    doc = Document(doc_id="t", raw=raw or text, lang=lang, published=published, text=text)
    doc.norm, doc.norm_map = normalise(text, lang)
    doc.sentences = [Span(0, len(text))]
    doc.paragraphs = [Paragraph(0, len(text), lang)]
    return doc


def test_component_maps_spans_to_text_and_records_the_rule():
    text = "جمعه ۱۰-۱۰-۱۴۰۰ سفیر احضار شد و دیروز بیانیه داد."
    doc = _doc(text, "fa", "2021-12-31")
    found = mentions(doc)
    assert [(m.text, m.value, m.calendar, m.by) for m in found] == [
        ("جمعه ۱۰-۱۰-۱۴۰۰", "2021-12-31", "persian", "dates.v1:fa/numeric:dmy+weekday"),
        ("دیروز", "2021-12-30", "gregorian", "dates.v1:fa/relative:yesterday")]


def _date_doc(text: str, lang: str, sentences: list[tuple[int, int]], paragraphs: list[tuple[int, int]]) -> Document:
    doc = _doc(text, lang, "2024-06-12")
    doc.sentences = [Span(a, b) for a, b in sentences]
    doc.paragraphs = [Paragraph(a, b, lang) for a, b in paragraphs]
    doc.dates = mentions(doc)
    return doc


def _governing(doc: Document, word: str) -> str | None:
    start = doc.text.index(word)
    found = date_for(doc, start, start + len(word))
    return found.text if found else None


def test_date_for_prefers_its_clause_then_sentence_then_paragraph():
    text = "On Monday, troops left. The envoy met rebels. Talks began on Friday, and prisoners were freed on Sunday."
    s1, s2 = text.index("The envoy"), text.index("Talks")
    doc = _date_doc(text, "en", [(0, s1 - 1), (s1, s2 - 1), (s2, len(text))], [(0, len(text))])
    assert _governing(doc, "troops") == "Monday"  # its sentence, across the comma
    assert _governing(doc, "envoy") == "Monday"  # no date in its sentence: the last one before it
    assert _governing(doc, "Talks") == "Friday"  # its own clause
    assert _governing(doc, "prisoners") == "Sunday"  # its own clause, though Friday is nearer
    doc = _date_doc(text, "en", [(0, s1 - 1), (s1, s2 - 1), (s2, len(text))], [(0, s1 - 1), (s1, len(text))])
    assert _governing(doc, "envoy") is None  # the paragraph holds no earlier date: the caller uses publication


def test_date_for_in_persian_and_arabic_clauses():
    fa = "وزیر خارجه روز دوشنبه وارد مسکو شد، و دیروز با لاوروف دیدار کرد."
    doc = _date_doc(fa, "fa", [(0, len(fa))], [(0, len(fa))])
    assert _governing(doc, "مسکو") == "روز دوشنبه" and _governing(doc, "لاوروف") == "دیروز"
    ar = "وصل الوزير إلى بغداد صباح الثلاثاء، والتقى الرئيس أمس."
    doc = _date_doc(ar, "ar", [(0, len(ar))], [(0, len(ar))])
    assert _governing(doc, "بغداد") == "صباح الثلاثاء" and _governing(doc, "الرئيس") == "أمس"


PAGE_FA = "۳۱ شهريور ۱۴۰۳\nبه روز شده در: ۳۱ شهريور ۱۴۰۳\nتاریخ انتشار: ۱۰:۲۶ - ۱۰-۱۰-۱۴۰۰\n\nمتن خبر درباره نشست."
PAGE_CRAWL = "جمعه ۱۸ آبان ۱۴۰۳ تهران ۲۲:۱۶\n\nشورا روز جمعه، ۳۰ خردادماه، قطعنامه را تصویب کرد."


@pytest.mark.parametrize(("raw", "lang", "expected"), [
    (PAGE_FA, "fa", "2021-12-31"),  # the marked line wins over the crawl date printed alone
    (PAGE_CRAWL, "fa", "2020-06-19"),  # the header date contradicts "Friday, 30 Khordad": inferred from the body
    ("  • انتشار: ۲۲ اسد ۱۴۰۳\n\nدرگیری امروز دوشنبه رخ داد.", "fa", "2024-08-12"),
    ("عنوان\n الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nنص الخبر.", "ar", "2015-08-10"),
    ("Headline\nUpdated 15:20, 24-Feb-2019\nMaduro spoke on Saturday.", "en", "2019-02-24"),
    ("Headline\nNew Delhi, May 11:\nThe army said Saturday.", "en", None),  # no year: better none than wrong
    ("کد خبر ۸۱۹۹۹۱\nمتن خبر بدون تاریخ.", "fa", None),
])
def test_publication_date_from_page_header(raw, lang, expected):
    found = detect(raw, fold(raw, lang), lang)
    assert (found.day.isoformat() if found else None) == expected


def test_weekday_inference_needs_agreeing_dates():
    body = fold("روز جمعه، ۳۰ خرداد و روز شنبه، ۱۰ آبان", "fa")
    assert infer_from_weekdays(body, "fa", date(2024, 11, 8)) is None


def test_published_component_sets_date_and_reresolves():
    raw = "تاریخ انتشار: ۱۰-۱۰-۱۴۰۰\nپوتین دیروز گفت."
    text = "پوتین دیروز گفت."
    doc = _doc(text, "fa", None, raw=raw)
    doc = components.get("dates.v1").factory()(doc)
    assert doc.dates == []
    doc = components.get("published.v1").factory()(doc)
    assert doc.published == "2021-12-31" and doc.meta["published_by"] == "published.v1:fa/marker"
    assert [(d.text, d.value) for d in doc.dates] == [("دیروز", "2021-12-30")]


EXAMPLES = Path(__file__).parent.parent / "examples"


def _example_texts() -> list[tuple[str, str]]:
    meta = [json.loads(line) for line in (EXAMPLES / "meta.jsonl").read_text(encoding="utf-8").splitlines() if line]
    texts = [(m["lang"], (EXAMPLES / m["file"]).read_text(encoding="utf-8")) for m in meta]
    return texts + [(lang, "\n".join(row[0] for row in TABLES[lang])) for lang in LANGS]


def test_anchor_windows_find_what_a_full_scan_finds(monkeypatch):
    texts = [(lang, fold(text, lang)) for lang, text in _example_texts()]
    windowed = [dateparse.parse(norm, lang) for lang, norm in texts]
    kinds = set(dateparse.ANCHOR_OF.values())
    monkeypatch.setattr(dateparse, "windows", lambda norm, lex: {kind: [(0, len(norm))] for kind in kinds})
    assert windowed == [dateparse.parse(norm, lang) for lang, norm in texts]
    assert sum(map(len, windowed)) > 250


def test_benchmark_reports_rates_per_language():
    report = benchmark(30, repeat=1)
    assert report["expressions"] == 30 and set(report["by_lang"]) == set(LANGS)
    for lang, row in report["by_lang"].items():
        assert row["expressions"] == 10 and row["found"] >= 9, lang
        assert row["per_second"] > 0
