"""The ASGI app: a read-only REST API and web UI over a store; writes only with the server's token."""
from __future__ import annotations

import csv
import hmac
import io
import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import KhabarError
from ..store import queries
from ..store.sqlite import Store
from . import charts
from .openapi import OPENAPI
from .views import highlight, text_direction

PAGE = 50
FILTERS = ("type", "mode", "actor", "recipient", "since", "until", "lang", "aux", "q")


class Forbidden(KhabarError):
    status = 403


class BadRequest(KhabarError):
    status = 400


def event_filter(request: Request, *, limit: int | None = PAGE) -> queries.EventFilter:
    """The query string as an EventFilter (the same names as `khabar events` options)."""
    params = request.query_params
    values: dict[str, Any] = {k: params.get(k) or None for k in FILTERS}
    dyad = params.get("dyad")
    if dyad:
        parts = [p.strip() for p in dyad.split(",") if p.strip()]
        if len(parts) != 2:
            raise BadRequest("dyad takes two country codes, e.g. USA,CHN")
        values["dyad"] = (parts[0], parts[1])
    size = params.get("limit")
    if size is not None and not size.isdigit():
        raise BadRequest("limit must be a whole number")
    return queries.EventFilter(**values, limit=min(int(size), 1000) if size else limit, after=params.get("cursor"))


def create_app(db: str | Path, *, token: str | None = None) -> Starlette:
    """Build the app for one store file; `token` enables POST and DELETE for requests that carry it."""
    store = Store(db)
    env = Environment(loader=PackageLoader("khabar.web", "templates"), autoescape=select_autoescape(default=True))
    env.filters["dir"] = text_direction

    def page(name: str, request: Request, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(request=request, writable=bool(token), **context))

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path.endswith(".json")

    def require_token(request: Request) -> None:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not token or not hmac.compare_digest(given, token):
            raise Forbidden("this server is read-only: start it with --token and send 'Authorization: Bearer TOKEN'")

    def list_events(request: Request) -> Response:
        f = event_filter(request)
        stored = list(queries.event_json(store, f))
        last = json.loads(stored[-1]) if f.limit and len(stored) == f.limit else None
        cursor = f"{last['date']}|{last['id']}" if last else None
        if wants_json(request) and request.query_params.get("format") != "csv":
            # the stored records are already JSON: join them rather than parse and encode again
            body = '{"ok": true, "events": [' + ",".join(stored) + '], "next": ' + json.dumps(cursor) + "}"
            return Response(body, media_type="application/json")
        found = [json.loads(r) for r in stored]
        if request.query_params.get("format") == "csv":
            return Response(events_csv(found), media_type="text/csv; charset=utf-8")
        everything = queries.EventFilter(**{**f.__dict__, "limit": None, "after": None})
        counts = list(queries.events(store, everything))
        return page("events.html", request, events=found, next=cursor, params=request.query_params,
                    timeline=charts.timeline(counts), matrix=charts.dyad_matrix(counts), total=len(counts))

    def show_event(request: Request) -> Response:
        record = queries.event(store, request.path_params["event_id"])
        if wants_json(request):
            return JSONResponse({"ok": True, "event": record})
        doc = queries.document(store, record["doc_id"])
        others = [e for e in doc["events"] if e["id"] != record["id"]]
        return page("event.html", request, event=record, doc=doc, others=others,
                    segments=highlight(doc["text"], [(m["start"], m["end"]) for m in record["mentions"]]))

    def show_document(request: Request) -> Response:
        doc = queries.document(store, request.path_params["doc_id"])
        if not request.query_params.get("raw"):
            doc.pop("raw", None)
        if wants_json(request):
            return JSONResponse({"ok": True, "document": doc})
        spans = [(m["start"], m["end"]) for e in doc["events"] for m in e["mentions"]]
        return page("document.html", request, doc=doc, segments=highlight(doc["text"], spans))

    def search(request: Request) -> Response:
        q = request.query_params.get("q", "").strip()
        hits = list(queries.search(store, q)) if q else []
        if wants_json(request):
            return JSONResponse({"ok": True, "results": hits})
        return page("search.html", request, q=q, hits=hits)

    def actors(request: Request) -> Response:
        return JSONResponse({"ok": True, "actors": list(queries.actors(store, limit=500))})

    def stats(request: Request) -> Response:
        return JSONResponse({"ok": True, **queries.stats(store)})

    async def add_documents(request: Request) -> Response:
        require_token(request)
        from .writes import ingest_body

        summary = ingest_body(store, (await request.body()).decode("utf-8", errors="replace"))
        return JSONResponse({"ok": True, "stored": summary.stored, "duplicates": summary.duplicates,
                             "failed": summary.failures, "events": summary.events}, status_code=201)

    def delete_document(request: Request) -> Response:
        require_token(request)
        removed = store.delete(request.path_params["doc_id"])
        if not removed:
            raise queries.NotFound(f"no document {request.path_params['doc_id']!r}")
        return JSONResponse({"ok": True, "deleted": removed})

    async def error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", None) or getattr(exc, "status", 500)
        message = getattr(exc, "detail", None) or str(exc)
        if wants_json(request) or request.method != "GET":
            return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
        return HTMLResponse(env.get_template("error.html").render(request=request, status=status, error=message),
                            status_code=status)

    routes = [
        Route("/", lambda r: RedirectResponse("/events")),
        Route("/events", list_events), Route("/events.json", list_events), Route("/api/events", list_events),
        Route("/events/{event_id}.json", show_event), Route("/events/{event_id}", show_event),
        Route("/api/events/{event_id}", show_event),
        Route("/documents/{doc_id}.json", show_document), Route("/documents/{doc_id}", show_document),
        Route("/api/documents/{doc_id}", show_document),
        Route("/api/documents/{doc_id}", delete_document, methods=["DELETE"]),
        Route("/api/documents", add_documents, methods=["POST"]),
        Route("/search", search), Route("/search.json", search), Route("/api/search", search),
        Route("/api/actors", actors), Route("/api/stats", stats),
        Route("/openapi.json", lambda r: JSONResponse(OPENAPI)),
        Mount("/static", StaticFiles(packages=[("khabar.web", "static")]), name="static"),
    ]
    handlers = {HTTPException: error, KhabarError: error}
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.state.store = store
    return app


def events_csv(records: list[dict[str, Any]]) -> str:
    from ..exports import flat

    out = io.StringIO()
    rows = [flat(r) for r in records]
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def get(db: str | Path, path: str) -> tuple[int, str]:
    """Answer one GET request without a server (`khabar serve --get`)."""
    from starlette.testclient import TestClient

    response = TestClient(create_app(db)).get(path)
    return response.status_code, response.text

