"""Language ID per document and per paragraph, restricted to the languages with a data folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import languages
from khabar.clean import langid, letters
from khabar.document import Document
from khabar.errors import DataFileError
from khabar.pipeline import load_pipeline
from khabar.registry import components

EXAMPLES = Path(__file__).parent.parent / "examples"
META = [json.loads(line) for line in (EXAMPLES / "meta.jsonl").read_text(encoding="utf-8").splitlines() if line]

ENGLISH = "The foreign ministers met in Geneva on Monday and agreed to resume talks on a prisoner exchange."

MIXED = """وزیر امور خارجه روز دوشنبه در سفر به دمشق با همتای سوری خود دیدار و گفتگو کرد.

او در این دیدار درباره همکاری‌های اقتصادی و وضعیت مرزهای دو کشور سخن گفت.
  وزير الخارجية السوري قال: "نرحب بهذه الزيارة ونأمل أن تفتح صفحة جديدة من التعاون بين بلدينا".

The minister told reporters that the talks had been very productive.
منبع: https://example.com/news/2023/05/story-about-the-visit
نقل قول
"""


def paragraphs(text: str, lang: str | None) -> list[tuple[str, str | None]]:
    run = components.get("clean.paragraphs.v1").factory()
    doc = run(Document(doc_id="t", raw=text, text=text, lang=lang))
    return [(text[p.start : p.end], p.lang) for p in doc.paragraphs]


@pytest.mark.parametrize("meta", META, ids=lambda m: m["doc_id"][:3])
def test_document_language_of_examples(meta: dict) -> None:
    pipeline = load_pipeline({"pipeline": ["clean.langid.v1"]})
    doc = pipeline(Document(doc_id=meta["doc_id"], raw=(EXAMPLES / meta["file"]).read_text(encoding="utf-8")))
    assert doc.lang == meta["lang"]


def test_english_text() -> None:
    assert langid.detect(ENGLISH) == "en"


def test_given_language_is_kept() -> None:
    run = components.get("clean.langid.v1").factory()
    assert run(Document(doc_id="t", raw=ENGLISH, lang="fa")).lang == "fa"


def test_text_without_letters_is_skipped() -> None:
    run = components.get("clean.langid.v1").factory()
    doc = run(Document(doc_id="t", raw="۱۴۰۲/۰۳/۱۵ - 12:30"))
    assert doc.lang is None
    assert doc.skipped and "language not detected" in doc.skipped


def test_paragraph_languages_in_a_mixed_article() -> None:
    assert [lang for _, lang in paragraphs(MIXED, "fa")] == ["fa", "fa", "ar", "en", "fa", "fa"]


def test_paragraph_spans_exclude_surrounding_whitespace() -> None:
    blocks = [text for text, _ in paragraphs(MIXED, "fa")]
    assert blocks[2].startswith("وزير") and blocks[2].endswith('".')
    assert blocks[-1] == "نقل قول"
    assert all(block == block.strip() and "\n" not in block for block in blocks)


def test_short_paragraphs_inherit_document_language() -> None:
    assert paragraphs("قال الوزير\n\nTOPLINE\n", "fa") == [("قال الوزير", "fa"), ("TOPLINE", "fa")]


def test_detection_is_restricted_to_available_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    assert set(langid.supported()) == set(languages.available())
    assert langid.detect("Ceci est un texte français sur les négociations entre les deux pays.") in languages.available()
    monkeypatch.setattr(languages, "available", lambda: ["ar", "fa"])
    langid.supported.cache_clear()
    langid.detector.cache_clear()
    try:
        assert langid.detect(ENGLISH) in ("ar", "fa", None)
        assert langid.detect("وزیر امور خارجه با همتای خود دیدار کرد") == "fa"
    finally:
        langid.supported.cache_clear()
        langid.detector.cache_clear()


# (text, fallback, decided by letters alone, or None: left to lingua)
LETTER_CASES = [
    (ENGLISH, None, "en"),
    ("وزیر امور خارجه روز دوشنبه در سفر به دمشق با همتای سوری خود دیدار و گفتگو کرد.", None, "fa"),
    ("وقال وزير الخارجية إن المحادثات في العاصمة كانت مثمرة وإن الجولة المقبلة ستعقد قريبا.", None, "ar"),
    # Persian typed with Arabic yeh and kaf: Arabic letters, but Persian words, so lingua decides
    ("وزير امور خارجه ايران روز دوشنبه در سفري دو روزه وارد مسكو شد و با همتاي خود ديدار كرد.", None, None),
    # Arabic typed on a Persian keyboard: Persian letters without Persian words, so lingua decides
    ("وقال وزیر الخارجیة إن المحادثات فی العاصمة کانت مثمرة وإن الجولة المقبلة ستعقد قریبا.", None, None),
    # short lines: letters only confirm the fallback, as lingua is often unsure there
    ("بانک مرکزی نرخ تورم را اعلام کرد", "fa", "fa"),
    ("بانک مرکزی نرخ تورم را اعلام کرد", "ar", None),
    ("Talks resume in Geneva on Monday", "fa", "en"),
    # mixed scripts: lingua decides
    ("وزیر امور خارجه در گفتگو با شبکه CNN از مذاکرات هسته‌ای سخن گفت و آن را مثبت خواند.", None, None),
]


@pytest.mark.parametrize("text,fallback,expected", LETTER_CASES)
def test_letters_decide_only_clear_cases(text: str, fallback: str | None, expected: str | None) -> None:
    assert letters.by_letters(text, langid.supported(), fallback) == expected


@pytest.mark.parametrize("text,fallback,expected", LETTER_CASES)
def test_letters_agree_with_lingua(text: str, fallback: str | None, expected: str | None) -> None:
    letters_first = langid.detect(text, min_letters=20, min_confidence=0.9, default=fallback)
    best = langid.detector().compute_language_confidence_values(text)[0]
    lingua_alone = best.language.iso_code_639_1.name.lower() if best.value >= 0.9 else fallback
    assert letters_first == lingua_alone


def test_letters_data_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(languages, "language", lambda code: {"letters": {"alphabet": ["a", "b"], "own": ["é"]}})
    with pytest.raises(DataFileError, match="letters.own"):
        letters.read_letters("xx")
