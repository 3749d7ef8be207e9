"""Benchmarks behind `khabar bench`: the pipeline, ingest, the REST API and batch engines."""
from .pipeline import DEFAULT_DOCS, BenchResult, example_sentences, generate, read_corpus, run

__all__ = ["DEFAULT_DOCS", "BenchResult", "example_sentences", "generate", "read_corpus", "run"]
