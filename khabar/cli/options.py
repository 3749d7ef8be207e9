"""Options and helpers shared by several verbs: --meta, --config, progress on stderr, error lines."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import KhabarError

T = TypeVar("T")
stderr = Console(stderr=True)


def meta_option(fn: Callable) -> Callable:
    return click.option("--meta", "meta", type=click.Path(exists=True, dir_okay=False),
                        help="JSONL giving doc_id, lang and published per file name (like seeds/meta.jsonl).")(fn)


def config_option(fn: Callable) -> Callable:
    return click.option("--config", type=click.Path(exists=True, dir_okay=False),
                        help="A pipeline config YAML replacing the default one.")(fn)


def warn(err: KhabarError | str) -> None:
    """One line on stderr for a problem that does not stop the run."""
    click.echo(f"khabar: {err}", err=True)


def progress(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    """Yield items while a progress bar (documents and rate) runs on stderr when it is a terminal."""
    columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[rate]}")]
    with Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal) as bar:
        task = bar.add_task(label, total=total, rate="")
        for n, item in enumerate(items, 1):
            yield item
            elapsed = bar.tasks[0].elapsed or 0
            bar.update(task, advance=1, rate=f"{n / elapsed:.1f} docs/s" if elapsed else "")
