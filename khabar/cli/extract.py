"""`khabar extract`: run the pipeline over articles and write FORMAT.md records as JSONL."""
from __future__ import annotations

import json
import sys

import click

from ..errors import KhabarError
from ..extract import extract_paths
from . import main
from .tables import RecordTable
from .options import config_option, meta_option, progress, warn


@main.command()
@click.argument("paths", nargs=-1, required=True)
@meta_option
@config_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              help="jsonl records (FORMAT.md section 2) or a readable table of documents and events.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output JSONL (default stdout).")
def extract(paths: tuple[str, ...], meta: str | None, config: str | None, fmt: str, output) -> None:
    """Read articles (files, folders or - for stdin) and write one JSON record per line.

    Example: khabar extract examples/ --meta examples/meta.jsonl -o out.jsonl
    """
    read = failed = 0
    table = RecordTable()
    for item in progress(extract_paths(paths, meta=meta, config=config), "extracting"):
        if isinstance(item, KhabarError):
            failed += 1
            warn(item)
            continue
        read += 1
        for record in item:
            if fmt == "table":
                table.add(record)
            else:
                output.write(json.dumps(record, ensure_ascii=False) + "\n")
    if fmt == "table":
        table.print(output)
    click.echo(f"khabar: {read} documents extracted, {failed} failed", err=True)
    if read == 0:
        sys.exit(1)
