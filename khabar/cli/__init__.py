"""The `khabar` command: one module per verb in this package, found and registered on import."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from ..errors import KhabarError


class Group(click.Group):
    """A click group that turns KhabarError into one line on stderr, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KhabarError as err:
            if ctx.params.get("debug"):
                raise
            click.echo(f"khabar: {err}", err=True)
            sys.exit(1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(package_name="khabar")
def main(debug: bool) -> None:
    """khabar: news articles in Persian, Arabic and English to PLOVER event data.

    Example: khabar extract examples/ -o events.jsonl
    """


for _info in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_info.name}")
