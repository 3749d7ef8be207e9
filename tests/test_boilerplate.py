"""clean.boilerplate.v1: marker lines, cuts, label-only headers, repeats, per-source frequency, offsets, title."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import languages
from khabar.clean.boilerplate import guess_title
from khabar.clean.line_rules import Line, _markers, rules_for
from khabar.clean.line_stats import LineStats
from khabar.document import Document
from khabar.errors import DataFileError
from khabar.registry import components

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# two body paragraphs per language, written for these tests
BODY = {
    "fa": ("وزیر خارجه روز سه‌شنبه با همتای خود در پایتخت دیدار و گفتگو کرد.",
           "دو طرف درباره گسترش همکاری‌های اقتصادی و امنیت منطقه تبادل نظر کردند."),
    "ar": ("التقى رئيس الوزراء وفدا من رجال الأعمال في العاصمة مساء الأحد.",
           "وبحث الجانبان سبل تعزيز التعاون التجاري بين البلدين."),
    "en": ("The prime minister met a delegation of business leaders in the capital on Sunday.",
           "Both sides discussed ways to expand trade between the two countries."),
}

# (lang, line, reason): the line is dropped between two body paragraphs, and both paragraphs stay
DROPPED = [
    ("fa", "کد مطلب: ۴۵۲۳۱۰", "marker:fa/news-code#2"),
    ("fa", "شناسه خبر 77120", "marker:fa/news-code#3"),
    ("fa", "منبع: ایرنا", "marker:fa/source#1"),
    ("fa", "برچسب‌ها: ایران، دیپلماسی، اقتصاد", "marker:fa/tags#1"),
    ("fa", "تاریخ انتشار: ۱۲ مهر ۱۴۰۲ - ۱۸:۴۰", "marker:fa/published#1"),
    ("fa", "بیشتر بخوانید: سفر وزیر به چین لغو شد", "marker:fa/teaser#1"),
    ("fa", "لینک‌های قابلیت دسترسی", "marker:fa/navigation#1"),
    ("fa", "به گزارش ایرنا،", "marker:fa/attribution#1"),
    ("fa", "این پایگاه صرفا بازنشر کننده اخبار است", "marker:fa/disclaimer#2"),
    ("fa", "۱۲ مهر ۱۴۰۲ ساعت ۱۸:۴۰", "label-only"),
    ("fa", "اخبار بیشتر »»", "marker:fa/navigation#9"),
    ("ar", "المصدر: وكالات", "marker:ar/source#1"),
    ("ar", "الوسوم: السياسة، الاقتصاد", "marker:ar/tags#6"),
    ("ar", "آخر تحديث: 14 مارس 2023 - 10:15", "marker:ar/published#4"),
    ("ar", "اقرأ أيضا: وزير الخارجية يصل إلى بغداد", "marker:ar/teaser#2"),
    ("ar", "// انتهى //", "marker:ar/wire#2"),
    ("ar", "الخميس 14 مارس 2023", "label-only"),
    ("ar", "بيروت: «صحيفة المدينة»", "marker:any/quoted-byline#1"),
    ("ar", "جميع الحقوق محفوظة للموقع", "marker:ar/disclaimer#4"),
    ("ar", "عرب نيوز", "marker:ar/site-word#1"),
    ("ar", "الأنباط برس", "marker:ar/site-word#1"),
    ("en", "Tags: diplomacy, trade", "marker:en/tags#1"),
    ("en", "Updated: 14 March 2023, 10:15 GMT", "marker:en/published#3"),
    ("en", "Read more: Ministers to meet again in June", "marker:en/teaser#1"),
    ("en", "Source: Reuters", "marker:en/source#1"),
    ("en", "3 min read", "marker:en/reading-time#1"),
    ("en", "(Reporting by Jane Doe; Editing by John Roe)", "marker:en/credit#2"),
    ("en", "By Jane Doe", "marker:en/byline#1"),
    ("en", "Sara Khan Published March 14, 2023 | 09:41 AM", "marker:en/byline-published#1"),
    ("en", "Published Date: 10:30 | 14 March 2023", "marker:en/byline-published#1"),
    ("en", "Skip to main content", "marker:en/navigation#2"),
    ("en", "Monday, 14 March 2023", "label-only"),
    ("en", "Crowds gathered outside the court [AFP via Getty Images]", "marker:any/photo-credit#1"),
    ("en", "Click to follow", "marker:en/navigation#10"),
    ("en", "Text size Aa Aa", "marker:en/page-tools#1"),
    ("en", "* Jane Doe is the author of this piece.", "marker:en/credit#5"),
    ("fa", "صفحه نخست", "marker:fa/navigation#10"),
]

# (lang, marker line): the marker and every line after it are dropped
CUTS = [
    ("fa", "مطالب مرتبط", "marker:fa/related#2"),
    ("fa", "خبرهای مرتبط:", "marker:fa/related#3"),
    ("fa", "ارسال نظر", "marker:fa/comment-form#4"),
    ("ar", "مقالات ذات صلة", "marker:ar/related#6"),
    ("ar", "اقرأ أيضاً:", "marker:ar/related#1"),
    ("ar", "اترك تعليقاً", "marker:ar/comment-form#1"),
    ("en", "Related stories", "marker:en/related#3"),
    ("en", "You may also like", "marker:en/related#12"),
    ("en", "Leave a Reply", "marker:en/comment-form#1"),
    ("en", "More From This Section", "marker:en/related#18"),
    ("fa", "دیدگاه تان را بنویسید", "marker:fa/comment-form#7"),
]

# (lang, line): body lines that resemble markers but are sentences, kept
LOOKALIKES = [
    ("fa", "منابع آگاه گفتند مذاکرات هفته آینده از سر گرفته می‌شود."),
    ("fa", "به گزارش ایرنا، رئیس‌جمهور امروز به نیویورک سفر کرد."),
    ("ar", "المصدر أكد أن المحادثات ستستأنف الأسبوع المقبل."),
    ("ar", "القاهرة 3 مايو 2024 م الموافق 24 شوال 1445 هـ (وكالة الأنباء)"),
    ("en", "Sources said the talks would resume next week."),
    ("en", "The report was published in 2023."),
    ("ar", "عمّان - الأنباط برس:"),
    ("en", "2019: Talks collapse"),
    ("en", "Related talks in Geneva ended without agreement on Monday."),
]


def clean(raw: str, lang: str | None, **options) -> Document:
    return components.get("clean.boilerplate.v1").factory(**options)(Document("t", raw, lang=lang))


def page(lang: str, *middle: str) -> str:
    first, last = BODY[lang]
    return "\n\n".join((first, *middle, last)) + "\n"


@pytest.mark.parametrize("lang,line,reason", DROPPED)
def test_marker_line_is_dropped_and_body_kept(lang: str, line: str, reason: str) -> None:
    raw = page(lang, line)
    doc = clean(raw, lang)
    assert doc.text == "\n\n".join(BODY[lang])
    assert [(raw[r.start:r.end], r.reason) for r in doc.removed] == [(line, reason)]


@pytest.mark.parametrize("lang,line,reason", CUTS)
def test_cut_marker_drops_the_rest(lang: str, line: str, reason: str) -> None:
    first, last = BODY[lang]
    raw = "\n\n".join((first, line, last, "  • " + last)) + "\n"
    doc = clean(raw, lang)
    assert doc.text == first
    assert [r.reason for r in doc.removed] == [reason] + [f"after-{reason}"] * 2


@pytest.mark.parametrize("lang,line", LOOKALIKES)
def test_sentences_that_look_like_markers_are_kept(lang: str, line: str) -> None:
    doc = clean(page(lang, line), lang)
    assert line in doc.text and doc.removed == []


def test_a_run_of_short_lines_above_the_body_is_a_menu() -> None:
    first, last = BODY["fa"]
    raw = "\n".join(("صفحه اول", "فیلم", "ورزشی", "بین الملل", "", "سفر وزیر به پایتخت", "", first, last)) + "\n"
    doc = clean(raw, "fa")
    assert doc.text == "\n\n".join(("سفر وزیر به پایتخت", "\n".join((first, last))))
    assert [r.reason for r in doc.removed] == ["menu-run"] * 4


def test_short_lines_below_the_first_long_line_are_kept() -> None:
    first, last = BODY["en"]
    lines = (first, "Iran", "Iraq", "Syria", last)
    assert clean("\n".join(lines), "en").text == "\n".join(lines)


def test_share_bar_cuts_only_at_the_end_of_the_page() -> None:
    first, last = BODY["en"]
    top = clean("\n".join(("Share this article", first, last, "A closing paragraph of the story.")), "en")
    assert top.text == "\n".join((first, last, "A closing paragraph of the story."))
    bottom = clean("\n".join((first, last, "Share this article", "Another story the site promotes")), "en")
    assert bottom.text == "\n".join((first, last))
    assert [r.reason for r in bottom.removed] == ["marker:en/share#3", "after-marker:en/share#3"]


def test_two_copies_are_kept_and_a_third_is_dropped() -> None:
    headline, (first, last) = "Ministers agree to reopen border crossing", BODY["en"]
    raw = "\n".join((headline, headline, first, "Follow our live coverage", last,
                     "Follow our live coverage", "Follow our live coverage"))
    doc = clean(raw, "en")
    assert doc.text == "\n".join((headline, headline, first, "Follow our live coverage", last,
                                  "Follow our live coverage"))
    assert [r.reason for r in doc.removed] == ["repeated-in-doc"]


def frequent_stats(count: int) -> LineStats:
    stats = LineStats()
    for i in range(count):
        stats.add("example.com", f"Story number {i} about something else.\nJoin our channel for breaking updates\n")
    return stats


def test_line_frequent_in_a_source_is_dropped(tmp_path: Path) -> None:
    raw = page("en", "Join our channel for breaking updates")
    doc = Document("t", raw, lang="en", source_url="https://www.example.com/news/1")
    run = components.get("clean.boilerplate.v1").factory(line_stats=frequent_stats(5), min_docs=5)
    assert [r.reason for r in run(doc).removed] == ["source-frequent"]
    assert doc.text == "\n\n".join(BODY["en"])
    other = Document("t", raw, lang="en", source_url="https://another.org/a")
    assert run(other).removed == []
    rare = components.get("clean.boilerplate.v1").factory(line_stats=frequent_stats(4), min_docs=5)
    assert rare(Document("t", raw, lang="en", source_url="https://example.com/x")).removed == []


def test_line_stats_round_trip(tmp_path: Path) -> None:
    stats = frequent_stats(3)
    assert LineStats.from_dict(json.loads(json.dumps(stats.to_dict()))) == stats
    stats.save(tmp_path / "stats.json")
    assert LineStats.load(tmp_path / "stats.json").count("example.com", "Join our channel for breaking updates") == 3
    assert stats.count("example.com", "Story number 99 about something else.") == 3  # digits are masked
    doc = clean(page("en", "Join our channel for breaking updates"), "en",
                line_stats=str(tmp_path / "stats.json"), min_docs=3)
    assert doc.removed == []  # no source known for this document
    with pytest.raises(DataFileError, match="bad.json"):
        LineStats.load(tmp_path / "bad.json")


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_text_character_maps_to_raw(path: Path) -> None:
    meta = {m["file"]: m for m in map(json.loads, (EXAMPLES / "meta.jsonl").read_text().splitlines())}
    raw = path.read_text(encoding="utf-8")
    doc = clean(raw, meta[path.name]["lang"])
    assert doc.text and sum(n for _, _, n in doc.raw_spans) == len(doc.text)
    assert all(doc.text[i] == raw[doc.text_to_raw(i)] for i in range(len(doc.text)))
    covered = {r + k for _, r, n in doc.raw_spans for k in range(n)}
    dropped = {r.start for r in doc.removed}
    at = 0
    for line in raw.split("\n"):
        if line.strip():  # every line is either kept or listed as removed, never both
            assert (at in covered) != (at in dropped), line
        at += len(line) + 1


@pytest.mark.parametrize("text,title", [
    ("Ministers agree to reopen border crossing\n\nThe ministers met on Sunday.", "Ministers agree to reopen border crossing"),
    ("The U.S. envoy met the president on Sunday. He said talks went well.\nMore text.",
     "The U.S. envoy met the president on Sunday."),
    ("وزیر خارجه وارد مسکو شد\nاو روز دوشنبه وارد شد.", "وزیر خارجه وارد مسکو شد"),
    ("", None),
])
def test_guess_title(text: str, title: str | None) -> None:
    assert guess_title(text) == title


def test_title_comes_from_the_first_kept_line_unless_set() -> None:
    raw = "Updated: 3 May 2024 10:00\nMinisters agree to reopen border crossing\n" + "\n".join(BODY["en"])
    assert clean(raw, "en").title == "Ministers agree to reopen border crossing"
    doc = Document("t", raw, lang="en", title="Given title")
    assert components.get("clean.boilerplate.v1").factory()(doc).title == "Given title"


def test_unknown_language_uses_shared_rules_and_empty_page_is_skipped() -> None:
    doc = clean("Lorem ipsum dolor sit amet.\nhttps://example.com/page\n", None)
    assert doc.text == "Lorem ipsum dolor sit amet." and doc.removed[0].reason == "marker:any/url-only#1"
    assert clean("// end //\n\n", "en").skipped == "empty after boilerplate removal"


def test_every_language_has_rules_and_bad_data_names_the_group() -> None:
    for code in languages.available():
        assert any(m.rule_id.startswith(f"{code}/") for m in rules_for(code).markers)
    with pytest.raises(DataFileError, match="share"):
        _markers({"groups": {"share": {"action": "remove", "phrases": ["x"]}}}, "xx", Path("xx/boilerplate.yaml"))
    with pytest.raises(DataFileError, match="xx/boilerplate.yaml: xx/tags#1: bad regex"):
        _markers({"groups": {"tags": {"match": "regex", "phrases": ["(unclosed"]}}}, "xx", Path("xx/boilerplate.yaml"))


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_marker_index_finds_the_first_marker_trying_each_would(lang: str) -> None:
    """The index only narrows which markers are tried; the first match must be the one a full scan finds."""
    rules = rules_for(lang)
    lines = [line for _, line, _ in DROPPED + CUTS] + [line for _, line in LOOKALIKES] + list(BODY[lang])
    lines += [line + " " + line for line in lines] + ["اخبارمرتبط", "Related   stories!", ""]
    for text in lines:
        view = Line.of(text)
        full = next((m for m in rules.markers if m.matches(view, rules.date_words)), None)
        assert rules.first_marker(view) == full, text
