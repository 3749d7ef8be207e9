"""`khabar serve`: the REST API and web UI over a store (read-only unless a token is set)."""
from __future__ import annotations

import sys

import click

from ..store.sqlite import Store
from . import main
from .options import db_option


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--token", envvar="KHABAR_TOKEN", help="Allow POST/DELETE for requests carrying this bearer token.")
@click.option("--get", "get_path", help="Answer one GET request (e.g. '/api/events?type=CONSULT') and exit.")
def serve(db: str, host: str, port: int, token: str | None, get_path: str | None) -> None:
    """Serve the web UI and REST API.

    Example: khabar serve --db news.db   (then open http://127.0.0.1:8000/)
    """
    from ..web.app import create_app, get

    Store(db).close()  # a bad path fails here with one line, before the server starts
    if get_path:
        status, body = get(db, get_path)
        click.echo(body)
        sys.exit(0 if status < 400 else 1)
    import uvicorn

    click.echo(f"khabar: serving {db} on http://{host}:{port}/ ({'writes need the token' if token else 'read-only'})",
               err=True)
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="warning")
