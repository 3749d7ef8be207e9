"""Readers: every input format, and every kind of bad input yields an InputError instead of stopping a run."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.cli import main
from khabar.document import Document
from khabar.errors import InputError
from khabar.readers import read_paths
from khabar.readers.feeds import entry_date, read_feed
from khabar.readers.html import read_html, url_id
from khabar.readers.jsonl import read_jsonl
from khabar.readers.text import read_text
from khabar.readers.warc import read_warc

ARABIC = ("قال المتحدث باسم الحكومة إن الوفدين سيلتقيان مجددا في العاصمة.\n"
          "وأضاف أن جولة المحادثات المقبلة ستركز على التجارة.")
PERSIAN = "سخنگوی دولت گفت گفتگوها هفته آینده در پایتخت ادامه پیدا میکند."
ENGLISH = "The two delegations will meet again next week, a spokesman said."


def one(items) -> Document | InputError:
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- text ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, encoding", [
    (ARABIC, "utf-8"), (ARABIC, "utf-8-sig"), (PERSIAN, "utf-16"), (ENGLISH, "utf-16"),
    (ARABIC, "cp1256"), (PERSIAN.replace("ی", "ي"), "cp1256"), ("وزير", "cp1256"),
])
def test_text_decodes(tmp_path, text, encoding):
    doc = one(read_text(write(tmp_path, "a.txt", text.encode(encoding))))
    assert doc.raw == text
    assert doc.doc_id == "a" and doc.source == str(tmp_path / "a.txt")


def test_text_does_not_take_russian_for_arabic(tmp_path):
    russian = "Министр иностранных дел заявил, что переговоры продолжатся."
    assert one(read_text(write(tmp_path, "ru.txt", russian.encode("koi8_r")))).raw == russian


@pytest.mark.parametrize("data", [b"one\r\ntwo\rthree\n", "one\r\ntwo\rthree\n".encode("utf-16")])
def test_text_newlines_become_lf_in_raw(tmp_path, data):
    assert one(read_text(write(tmp_path, "a.txt", data))).raw == "one\ntwo\nthree\n"


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"), (b"  \n\t\r\n", "empty file"), (b"\xef\xbb\xbf \n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
    (bytes(range(1, 32)) * 40, "binary file, not text"),
])
def test_text_bad_input(tmp_path, data, problem):
    err = one(read_text(write(tmp_path, "bad.txt", data)))
    assert isinstance(err, InputError) and err.problem == problem
    assert str(err) == f"{tmp_path / 'bad.txt'}: {problem}"


# --- html ------------------------------------------------------------------------------------------
def page(title: str, paragraphs: list[str], *, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{head}<title>{title}</title></head><body>"
            "<nav><a href='/'>الرئيسية</a> <a href='/w'>العالم</a>"
            f"</nav><article><h1>{title}</h1>{body}</article><footer>جميع الحقوق محفوظة</footer></body></html>")


PARAGRAPHS = [ARABIC.replace("\n", " ") * 2,
              "وأشار إلى أن اللقاء تناول ملفات إقليمية عدة وسبل تعزيز التعاون الاقتصادي."]


def test_html_main_text_and_metadata(tmp_path):
    head = ("<meta property='article:published_time' content='2023-11-05T09:00:00+03:00'>"
            "<link rel='canonical' href='https://news.example/world/42'>")
    doc = one(read_html(write(tmp_path, "p.html", page("لقاء جديد", PARAGRAPHS, head=head))))
    assert doc.raw.split("\n\n") == ["لقاء جديد", *PARAGRAPHS]
    assert "الرئيسية" not in doc.raw and "الحقوق" not in doc.raw
    assert (doc.title, doc.published, doc.source_url) == ("لقاء جديد", "2023-11-05", "https://news.example/world/42")


def test_html_cp1256_by_meta_charset(tmp_path):
    head = "<meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>"
    html = page("لقاء جديد", PARAGRAPHS, head=head)
    doc = one(read_html(write(tmp_path, "p.htm", html.encode("cp1256"))))
    assert PARAGRAPHS[1] in doc.raw and doc.title == "لقاء جديد"


def test_html_truncated_still_gives_text(tmp_path):
    html = page("لقاء جديد", PARAGRAPHS)
    cut = html[: html.index(PARAGRAPHS[1]) + 20]
    doc = one(read_html(write(tmp_path, "cut.html", cut)))
    assert doc.raw.endswith(PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1][:20].strip())


@pytest.mark.parametrize("html", ["<p>قصير جدا</p>", "<html><body><p>Short.</p><p>Two</p></body></html>"])
def test_html_short_page_falls_back_to_visible_text(tmp_path, html):
    doc = one(read_html(write(tmp_path, "s.html", html)))
    assert doc.raw in ("قصير جدا", "Short.\n\nTwo")


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"), (b"<html><head><script>var x=1;</script></head><body></body></html>",
                          "no article text found in the HTML"),
    (b"\x00\x01\x02" * 100, "binary file, not HTML"),
])
def test_html_bad_input(tmp_path, data, problem):
    err = one(read_html(write(tmp_path, "bad.html", data)))
    assert isinstance(err, InputError) and err.problem == problem and str(tmp_path / "bad.html") in str(err)


# --- jsonl -----------------------------------------------------------------------------------------
def test_jsonl_bad_lines_do_not_stop_the_good_ones(tmp_path):
    lines = [
        '{"id": "a1", "text": "First article.\\r\\nSecond line.", "title": "Head", "url": "https://x.example/1",'
        ' "published": "2024-01-02", "lang": "en", "section": "world"}',
        "{not json",
        "",
        '{"title": "no text here"}',
        f'{{"text": "{PERSIAN}"}}',
        '["a", "list"]',
    ]
    items = list(read_jsonl(write(tmp_path, "batch.jsonl", "\n".join(lines))))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    first, second = docs
    assert (first.doc_id, first.raw, first.title, first.source_url, first.published, first.lang) == (
        "a1", "First article.\nSecond line.", "Head", "https://x.example/1", "2024-01-02", "en")
    assert first.meta == {"section": "world"} and first.source == f"{tmp_path / 'batch.jsonl'}#1"
    assert (second.doc_id, second.raw, second.title) == ("batch-5", PERSIAN, None)
    assert [e.line for e in errors] == [2, 4, 6]
    assert str(errors[0]).startswith(f"{tmp_path / 'batch.jsonl'}:2: invalid JSON")


@pytest.mark.parametrize("data, problem", [(b"\n \n", "empty file"), (b"\x00\x01" * 30, "binary file, not JSON lines")])
def test_jsonl_bad_file(tmp_path, data, problem):
    assert one(read_jsonl(write(tmp_path, "e.ndjson", data))).problem == problem


# --- feeds -----------------------------------------------------------------------------------------
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>أخبار</title><language>ar-EG</language>
<item><title>لقاء جديد</title><link>https://news.example/1</link>
<pubDate>الأحد، 05 نوفمبر 2023 09:00:00 +0300</pubDate>
<description>&lt;p&gt;الفقرة الأولى من الخبر.&lt;/p&gt;&lt;p&gt;الفقرة الثانية.&lt;/p&gt;</description></item>
<item><title>Talks</title><link>https://news.example/2</link><guid>urn:news:2</guid>
<pubDate>Sun, 05 Nov 2023 01:30:00 +0300</pubDate><description>The talks resumed.</description></item>
<item><title>No body</title><link>https://news.example/3</link></item>
</channel></rss>"""


def test_rss_entries_with_arabic_pubdate(tmp_path):
    first, second, third = read_feed(write(tmp_path, "feed.rss", RSS))
    assert first.raw == "الفقرة الأولى من الخبر.\n\nالفقرة الثانية."
    assert (first.title, first.source_url, first.lang) == ("لقاء جديد", "https://news.example/1", "ar")
    assert first.published == "2023-11-05" and first.meta["published_raw"].startswith("الأحد")
    assert first.doc_id == url_id("https://news.example/1") and first.source == f"{tmp_path / 'feed.rss'}#1"
    assert second.published == "2023-11-05"  # the publisher's day, not the UTC one (2023-11-04)
    assert second.doc_id == url_id("urn:news:2")
    assert isinstance(third, InputError) and "entry 3" in str(third)


def test_atom_content(tmp_path):
    atom = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>"
            "<entry><title>A</title><link href='https://e.example/a'/><id>urn:a</id>"
            "<published>2022-03-01T23:30:00-05:00</published><summary>short</summary>"
            "<content type='html'>&lt;p&gt;Full body.&lt;/p&gt;</content></entry></feed>")
    doc = one(read_feed(write(tmp_path, "f.atom", atom)))
    assert (doc.raw, doc.published, doc.source_url) == ("Full body.", "2022-03-01", "https://e.example/a")


@pytest.mark.parametrize("raw, expected", [
    ("الثلاثاء ١٤ كانون الثاني ٢٠٢٥", "2025-01-14"),
    ("۳ آوریل ۲۰۲۴ ساعت ۱۰", "2024-04-03"),
    ("ابريل 3, 2024", "2024-04-03"),
    ("سه‌شنبه ۱۴ فروردین ۱۴۰۳", None),  # Solar Hijri: left for the date layer
    ("31 فبراير 2024", None),
    ("قبل ساعتين", None),
])
def test_localised_feed_dates(raw, expected):
    assert entry_date(raw, None) == expected


@pytest.mark.parametrize("data, problem", [
    (b"<?xml version='1.0'?><urlset><url><loc>https://x</loc></url></urlset>", "not an RSS or Atom feed"),
    (b"", "empty file"),
    (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>", "feed has no entries"),
])
def test_feed_bad_input(tmp_path, data, problem):
    err = one(read_feed(write(tmp_path, "sitemap.xml", data)))
    assert isinstance(err, InputError) and err.problem == problem


# --- warc ------------------------------------------------------------------------------------------
def write_warc(path: Path, responses: list[tuple[str, bytes, str]]) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        for url, body, content_type in responses:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path


RESPONSES = [
    ("https://news.example/a", page("الخبر الأول", PARAGRAPHS).encode("utf-8"), "text/html; charset=utf-8"),
    ("https://news.example/style.css", b"body { color: red }", "text/css"),
    ("https://news.example/b", page("الخبر الثاني", PARAGRAPHS).encode("cp1256"), "text/html; charset=windows-1256"),
]


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_round_trip(tmp_path, name):
    path = write_warc(tmp_path / name, RESPONSES)
    first, second = read_warc(path)
    assert (first.title, second.title) == ("الخبر الأول", "الخبر الثاني")
    assert PARAGRAPHS[1] in first.raw and PARAGRAPHS[1] in second.raw
    assert (first.source_url, first.doc_id) == ("https://news.example/a", url_id("https://news.example/a"))
    assert second.source == f"{path}#3" and second.meta["warc_offset"] > 0
    assert [d.doc_id for d in read_warc(path)] == [first.doc_id, second.doc_id]  # stable across reads


def test_corrupt_warc_yields_what_was_read_then_an_error(tmp_path):
    first = write_warc(tmp_path / "first.warc.gz", RESPONSES[:1]).read_bytes()
    rest = write_warc(tmp_path / "rest.warc.gz", RESPONSES[1:]).read_bytes()  # gzip WARCs concatenate
    cut = write(tmp_path / "cut", "cut.warc.gz", first + rest[:40])
    garbled = write(tmp_path / "bad", "bad.warc.gz", first + b"\x1f\x8b not a gzip member\n" * 8 + rest)
    for path in (cut, garbled):
        doc, err = read_warc(path)
        assert doc.title == "الخبر الأول"
        assert isinstance(err, InputError) and str(err).startswith(f"{path}: damaged WARC after 1 good records")


def test_warc_without_pages(tmp_path):
    path = write_warc(tmp_path / "css.warc.gz", RESPONSES[1:2])
    assert one(read_warc(path)).problem == "no HTML responses among 1 records"
    assert one(read_warc(write(tmp_path, "empty.warc", b""))).problem == "empty file"


# --- dispatch: folders, meta, CLI ----------------------------------------------------------------------
def mixed_folder(root: Path) -> Path:
    write(root, "top.txt", ENGLISH)
    write(root, "deep/er/page.html", page("لقاء جديد", PARAGRAPHS))
    write(root, "deep/batch.jsonl", f'{{"text": "{PERSIAN}"}}\n')
    write(root, "deep/notes.md", "# not an input format")
    write(root, "deep/.hidden.txt", ENGLISH)
    write_warc(root / "deep/er/crawl.warc.gz", RESPONSES[:1])
    write(root, "feed.xml", RSS)
    return root


def test_folder_is_read_recursively_by_extension(tmp_path):
    items = list(read_paths([mixed_folder(tmp_path)]))
    sources = sorted(Path(i.source.split("#")[0]).name for i in items if isinstance(i, Document))
    assert sources == ["batch.jsonl", "crawl.warc.gz", "feed.xml", "feed.xml", "page.html", "top.txt"]
    # the one error: the feed entry without a body
    assert [e.path for e in items if isinstance(e, InputError)] == [str(tmp_path / "feed.xml")]


def test_examples_meta_is_applied(examples):
    docs = {d.doc_id: d for d in read_paths([examples])}
    assert len(docs) == 5
    assert (docs["002_05048e11740625ed"].lang, docs["002_05048e11740625ed"].published) == ("fa", "2021-12-31")
    assert docs["001_d741255356b90bed"].source_url.startswith("https://www.forbes.com/")
    assert all(d.raw.strip() and "\r" not in d.raw for d in docs.values())


@pytest.fixture
def empty_pipeline(tmp_path) -> Path:
    return write(tmp_path, "config/empty.yaml", "pipeline: []\n")


def test_cli_extract_reports_a_bad_file_and_goes_on(tmp_path, examples, empty_pipeline):
    folder = tmp_path / "in"
    shutil.copytree(examples, folder)
    write(folder, "broken.txt", b"\x00\x01binary\x00" * 50)
    result = CliRunner().invoke(main, ["extract", str(folder), "--config", str(empty_pipeline)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count('"kind": "document"') == 5
    error_lines = [line for line in result.stderr.splitlines() if "broken.txt" in line]
    assert error_lines == [f"khabar: {folder / 'broken.txt'}: binary file, not text"]
    assert "Traceback" not in result.output


def test_cli_extract_fails_when_nothing_is_readable(tmp_path, empty_pipeline):
    write(tmp_path, "in/empty.txt", "")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "--config", str(empty_pipeline)])
    assert result.exit_code == 1 and "empty.txt: empty file" in result.stderr


@pytest.mark.parametrize("read, name", [(read_text, "a.txt"), (read_warc, "a.warc"), (read_feed, "a.rss")])
def test_unopenable_file_is_an_input_error(tmp_path, read, name):
    (tmp_path / name).mkdir()  # opening a folder fails even for root
    err = one(read(tmp_path / name))
    assert isinstance(err, InputError) and str(err) == f"{tmp_path / name}: cannot open (Is a directory)"
