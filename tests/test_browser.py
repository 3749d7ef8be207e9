"""The web UI in a real browser (Debian's chromium through Playwright): filter, open, highlight, escape.

Screenshots go to $KHABAR_ARTIFACTS (default artifacts/screenshots); the folder is printed.
Without /usr/bin/chromium the tests skip, unless KHABAR_REQUIRE_BROWSER=1 (set by .ci/run) makes that a failure.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-quic", "--disable-sync"]
XSS = ('Iran and Iraq signed a trade agreement in Baghdad on Monday. <script>window.__xss = 1</script> '
       '"><img src=x onerror="window.__xss = 2">')

if not Path(CHROMIUM).exists():
    if os.environ.get("KHABAR_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"{CHROMIUM} is missing but KHABAR_REQUIRE_BROWSER=1")
    pytest.skip("no chromium on this machine", allow_module_level=True)


@pytest.fixture(scope="module")
def server(example_db, tmp_path_factory):
    import uvicorn

    from khabar.web.app import create_app
    from khabar.web.writes import ingest_body

    db = tmp_path_factory.mktemp("ui") / "ui.db"
    db.write_bytes(example_db.read_bytes())
    app = create_app(db)
    ingest_body(app.state.store, json.dumps({"text": XSS, "id": "xss", "lang": "en", "published": "2024-01-08"}))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots() -> Path:
    folder = Path(os.environ.get("KHABAR_ARTIFACTS", "artifacts")) / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots in {folder.resolve()}")
    return folder


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_filter_to_consult_and_open_an_event(server, browser, shots, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{server}/events")
    page.screenshot(path=str(shots / f"events-{width}.png"), full_page=True)
    page.select_option("select[name=type]", "CONSULT")
    page.wait_for_url("**type=CONSULT**")
    types = page.locator("table.events tbody tr td:first-child a").all_inner_texts()
    assert types and set(types) == {"CONSULT"}
    evidence = page.locator("table.events tbody tr td.evidence").first.inner_text()
    page.locator("table.events tbody tr td:first-child a").first.click()
    page.wait_for_url("**/events/**")
    marked = page.locator("article.text mark").first.inner_text()
    assert marked and (marked in evidence or evidence[:40] in marked)
    page.screenshot(path=str(shots / f"event-{width}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1  # nothing forces sideways scrolling
    page.close()


def test_persian_and_arabic_render_with_real_glyphs(server, browser):
    page = browser.new_page()
    page.goto(f"{server}/events?lang=fa")
    # a glyph-less font gives every letter the same box width; real Arabic-script glyphs differ
    widths = page.evaluate("""() => ['ا','م','ش','ی','ك'].map(ch => {
        const s = document.createElement('span'); s.textContent = ch; s.style.fontSize = '40px';
        document.body.appendChild(s); const w = s.getBoundingClientRect().width; s.remove(); return w; })""")
    assert len(set(round(w) for w in widths)) > 2
    assert page.locator("td.evidence[dir=rtl]").count() > 0
    page.close()


def test_article_markup_renders_as_text(server, browser, shots):
    page = browser.new_page()
    page.goto(f"{server}/documents/xss")
    assert page.evaluate("window.__xss") is None
    assert page.locator("article.text img").count() == 0
    assert "<script>window.__xss = 1</script>" in page.locator("article.text").inner_text()
    page.screenshot(path=str(shots / "escaped.png"))
    page.close()


def test_post_without_token_is_refused(server, browser):
    page = browser.new_page()
    response = page.request.post(f"{server}/api/documents", data=json.dumps({"text": "x"}))
    assert response.status == 403 and response.json()["ok"] is False
    page.close()


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_search_page_marks_matches(server, browser, shots, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{server}/search")
    page.fill("input[name=q]", "بایدن")
    page.click("button[type=submit]")
    page.wait_for_url("**/search?q=**")
    marks = page.locator("ol.hits mark").all_inner_texts()
    assert marks and all("بایدن" in m or "بايدن" in m for m in marks)
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.screenshot(path=str(shots / f"search-{width}.png"), full_page=True)
    page.close()
