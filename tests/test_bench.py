"""khabar bench: counts, rates and stage names over generated and read corpora (no timing asserts)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.bench import pipeline as bench
from khabar.cli import main
from khabar.document import Document, Paragraph
from khabar.pipeline import Pipeline, default_config
from khabar.sentences import sentences_v1

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def prepare(doc: Document) -> Document:
    """Stand-in for the cleaning stages: text = norm = raw, paragraphs between blank lines."""
    doc.text = doc.norm = doc.raw
    doc.paragraphs = [Paragraph(m.start(), m.end(), doc.lang) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", doc.raw)]
    return doc


def fail(doc: Document) -> Document:
    raise ValueError("broken stage")


def make_pipeline(*extra) -> Pipeline:
    names = ["test.prepare", "sentences.v1", *(f"test.{fn.__name__}" for fn in extra)]
    return Pipeline(names, [prepare, sentences_v1(), *extra])


def test_run_generated_counts_documents_and_sentences() -> None:
    result = bench.run(docs=12, pipeline=make_pipeline())
    split = make_pipeline()
    expected = sum(len(split(doc).sentences) for doc in bench.generate(12))
    assert (result.docs, result.failed, result.skipped) == (12, 0, 0)
    assert result.sentences == expected >= 12 * 3  # a headline and at least two paragraphs each
    assert result.docs_per_s > 0 and result.sentences_per_s > result.docs_per_s
    assert 0 < result.cpu_seconds and result.sentences_per_cpu_s > 0
    assert list(result.stages) == ["test.prepare", "sentences.v1"]
    assert sum(result.shares().values()) == pytest.approx(1.0)
    assert result.peak_rss_mb > 1


def test_generation_is_seeded_and_news_shaped() -> None:
    raws = [d.raw for d in bench.generate(9, seed=3)]
    assert raws == [d.raw for d in bench.generate(9, seed=3)]
    assert raws != [d.raw for d in bench.generate(9, seed=4)]
    assert {d.lang for d in bench.generate(9)} == {"ar", "en", "fa"}
    docs = bench.generate(4, langs=["fa"])
    assert {d.lang for d in docs} == {"fa"} and len({d.doc_id for d in docs}) == 4
    headline, *paragraphs = docs[0].raw.strip().split("\n\n")
    assert len(paragraphs) >= 2 and not headline.endswith((".", "؟", "!"))


def test_paths_are_repeated_to_the_count_and_unread_ones_fail(tmp_path: Path) -> None:
    result = bench.run([EXAMPLES, tmp_path / "missing.txt"], docs=12, pipeline=make_pipeline())
    assert (result.docs, result.failed) == (12, 1)
    assert list(result.errors) == [f"{tmp_path / 'missing.txt'}: no such file or folder"]
    corpus, unread = bench.read_corpus([EXAMPLES], docs=7)
    assert len(corpus) == 7 and len({d.doc_id for d in corpus}) == 7 and not unread


def test_stage_errors_are_counted_by_message() -> None:
    result = bench.run(docs=5, pipeline=make_pipeline(fail))
    assert (result.docs, result.failed) == (0, 5)
    assert result.errors == {"test.fail: ValueError: broken stage": 5}


def test_run_with_the_default_pipeline() -> None:
    result = bench.run(docs=9)
    assert (result.docs, result.failed, result.skipped) == (9, 0, 0), result.errors
    assert list(result.stages) == default_config()["pipeline"] and result.sentences >= 9 * 3


def test_cli_prints_tables_on_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "load_pipeline", lambda config: make_pipeline())
    out = CliRunner().invoke(main, ["bench", "pipeline", "--docs", "6", "--lang", "ar"])
    assert out.exit_code == 0, out.stderr
    assert re.search(r"documents\s*│\s*6\b", out.stdout)
    assert "test.prepare" in out.stdout and "sentences.v1" in out.stdout and not out.stderr


def test_cli_lang_with_paths_is_a_usage_error() -> None:
    out = CliRunner().invoke(main, ["bench", "pipeline", str(EXAMPLES), "--lang", "fa"])
    assert out.exit_code == 2 and "--lang" in out.stderr
