"""The OpenAPI description of the REST API (served at /openapi.json)."""
from __future__ import annotations

from typing import Any

_FILTERS = [
    ("type", "PLOVER type, e.g. CONSULT"), ("mode", "PLOVER mode"), ("actor", "actor country code or name"),
    ("recipient", "recipient country code or name"), ("dyad", "two country codes, either direction: USA,CHN"),
    ("since", "earliest date YYYY[-MM[-DD]]"), ("until", "latest date"), ("lang", "fa, ar or en"),
    ("aux", "future, historical, negation, hypothetical or none"), ("q", "full-text search over articles"),
    ("limit", "page size (default 50, at most 1000)"), ("cursor", "the `next` value of the previous page"),
    ("format", "json (default) or csv"),
]
_ERROR = {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _get(summary: str, params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": params or [], "responses": {"200": {"description": "ok"},
                                                                                     "404": _ERROR}}}


def _path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


OPENAPI: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "khabar", "version": "1", "description": "PLOVER events from fa/ar/en news, with evidence."},
    "paths": {
        "/api/events": _get("Events matching filters, oldest first, paged with a cursor",
                            [{"name": n, "in": "query", "description": d, "schema": {"type": "string"}} for n, d in _FILTERS]),
        "/api/events/{event_id}": _get("One event with its paragraph and document", [_path_param("event_id")]),
        "/api/documents/{doc_id}": {
            **_get("One document with its events", [_path_param("doc_id")]),
            "delete": {"summary": "Delete a document (needs the server token)", "parameters": [_path_param("doc_id")],
                       "security": [{"token": []}], "responses": {"200": {"description": "deleted"}, "403": _ERROR}},
        },
        "/api/documents": {"post": {
            "summary": "Ingest one article (JSON object) or a JSONL batch (needs the server token)",
            "security": [{"token": []}],
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["text"]}}}},
            "responses": {"201": {"description": "stored"}, "403": _ERROR}}},
        "/api/search": _get("Full-text search with snippets",
                            [{"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}]),
        "/api/actors": _get("Actors with event counts"),
        "/api/stats": _get("Counts by type, language and month"),
    },
    "components": {
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        "schemas": {"Error": {"type": "object", "properties": {
            "ok": {"type": "boolean"}, "error": {"type": "string"}, "status": {"type": "integer"}}}},
    },
}
