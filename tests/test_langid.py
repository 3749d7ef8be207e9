"""Language ID per document and per paragraph, restricted to the languages with a data folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import languages
from khabar.clean import langid
from khabar.document import Document
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
