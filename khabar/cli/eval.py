"""`khabar eval`: score extracted events, actors, dates, quotes and boilerplate against gold files."""
from __future__ import annotations

import json
import sys

import click

from ..evaluate.report import print_report
from ..evaluate.run import evaluate
from . import main
from .options import config_option, meta_option, warn


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("source", type=click.Path(exists=True))
@meta_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of tables.")
@click.option("--errors", "list_errors", is_flag=True,
              help="Also list, per document, missed and spurious events and actors, and strict mismatches.")
def eval_(gold_dir: str, source: str, meta: str | None, config: str | None, as_json: bool,
          list_errors: bool) -> None:
    """Score events, actors, dates, quotes and boilerplate against the gold files in GOLD_DIR.

    SOURCE is a folder of articles (run through the pipeline) or a .jsonl file of saved `khabar extract`
    records. Prints a table per document and per language, then an overall line (FORMAT.md section 3).

    Example: khabar eval gold/ seeds/ --meta seeds/meta.jsonl
    """
    report = evaluate(gold_dir, source, meta=meta, config=config, errors=list_errors)
    for err in report.errors:
        warn(err)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print_report(report, sys.stdout)
        for doc in report.docs:
            for line in doc.errors:
                click.echo(f"{doc.doc_id}\t{line}")
    if all(not d.predicted for d in report.docs):
        warn("no gold document was extracted")
        sys.exit(1)
