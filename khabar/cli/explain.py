"""`khabar explain`: show, per sentence, the mentions, triggers and frames the event coder used or rejected."""
from __future__ import annotations

import click

from ..events.explain import explain as run_explain, find_article, render
from pathlib import Path

from ..languages import load_yaml
from ..readers import Meta
from . import main
from .options import config_option, meta_option


@main.command()
@click.argument("article")
@meta_option
@config_option
def explain(article: str, meta: str | None, config: str | None) -> None:
    """Explain how one article (a path, or a doc_id with --meta) was coded into events.

    Example: khabar explain 002_05048e11740625ed --meta examples/meta.jsonl
    """
    doc = find_article(article, Meta.load(meta) if meta else None)
    doc, trace = run_explain(doc, load_yaml(Path(config)) if config else None)
    for line in render(doc, trace):
        click.echo(line)
