"""REST API and HTML pages through Starlette's test client: filters, error shape, token, escaping."""
from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from khabar.web.app import create_app

XSS = 'Iran and Iraq signed a trade deal in Baghdad on Monday. <script>alert(1)</script> "><img src=x onerror=alert(2)>'


@pytest.fixture
def db(example_db, tmp_path):
    path = tmp_path / "web.db"
    path.write_bytes(example_db.read_bytes())
    return path


def test_events_api_filters_and_pages(db):
    client = TestClient(create_app(db))
    every = client.get("/api/events?limit=1000").json()["events"]
    assert every
    kind = every[0]["event_type"]
    typed = client.get(f"/api/events?type={kind}").json()["events"]
    assert typed and {e["event_type"] for e in typed} == {kind}
    first = client.get("/api/events?limit=1").json()
    second = client.get(f"/api/events?limit=1&cursor={first['next']}").json()
    if len(every) > 1:
        assert second["events"][0]["id"] == every[1]["id"]
    csv_text = client.get("/api/events?format=csv").text
    assert csv_text.splitlines()[0].startswith("id,doc_id,date")


def test_html_and_json_twins(db):
    client = TestClient(create_app(db))
    event = client.get("/events.json").json()["events"][0]
    assert client.get(f"/events/{event['id']}.json").json()["event"]["id"] == event["id"]
    page = client.get(f"/events/{event['id']}").text
    assert "<mark>" in page and event["coder"] in page
    assert client.get(f"/api/documents/{event['doc_id']}").json()["document"]["doc_id"] == event["doc_id"]


def test_error_shape_is_the_same_everywhere(db):
    client = TestClient(create_app(db))
    for path in ("/api/events/nope", "/api/documents/nope", "/events/nope.json", "/api/events?dyad=USA"):
        r = client.get(path)
        body = r.json()
        assert body["ok"] is False and body["status"] == r.status_code and body["error"], path
    assert client.get("/api/nothing").json()["status"] == 404


def test_writes_need_the_token(db):
    body = json.dumps({"text": "Iran and Iraq signed a trade deal in Baghdad.", "id": "new1", "lang": "en"})
    assert TestClient(create_app(db)).post("/api/documents", content=body).status_code == 403
    client = TestClient(create_app(db, token="s3cret"))
    assert client.post("/api/documents", content=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    ok = client.post("/api/documents", content=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201 and ok.json()["stored"] == 1
    assert client.get("/api/documents/new1").status_code == 200
    assert client.delete("/api/documents/new1").status_code == 403
    assert client.delete("/api/documents/new1", headers={"Authorization": "Bearer s3cret"}).json()["deleted"] == 1
    assert client.get("/api/documents/new1").status_code == 404


def test_article_text_is_escaped(db):
    client = TestClient(create_app(db, token="t"))
    client.post("/api/documents", content=json.dumps({"text": XSS, "id": "xss", "lang": "en"}),
                headers={"Authorization": "Bearer t"})
    page = client.get("/documents/xss").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script>alert" not in client.get("/search?q=alert").text


def test_openapi_lists_the_endpoints(db):
    spec = TestClient(create_app(db)).get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/documents", "/api/search", "/api/actors", "/api/stats"} <= set(spec["paths"])


def test_serve_get_answers_one_request(db):
    from click.testing import CliRunner

    from khabar.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--get", "/api/stats"])
    assert result.exit_code == 0 and json.loads(result.stdout)["ok"] is True
