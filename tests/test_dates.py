"""Date expressions in news phrasing, per language: (sentence, publication date, expression, value)."""
from datetime import date

import pytest

from khabar.clean.script import fold, normalise
from khabar.document import Document, Paragraph, Span
from khabar.mentions.dates import date_for, mentions, resolve_all
from khabar.mentions.published import detect, infer_from_weekdays
from khabar.registry import components

FA = [
    ("وزیر خارجه روز شنبه به مسکو رفت.", "2023-03-15", "روز شنبه", "2023-03-11"),
    ("نشست روز چهارشنبه برگزار شد.", "2023-03-15", "روز چهارشنبه", "2023-03-15"),
    ("هیئت ایرانی دیروز وارد وین شد.", "2022-08-04", "دیروز", "2022-08-03"),
    ("این طرح پریروز تصویب شد.", "2022-08-04", "پریروز", "2022-08-02"),
    ("مذاکرات فردا از سر گرفته میشود.", "2022-08-04", "فردا", "2022-08-05"),
    ("او امروز صبح گفت.", "2022-08-04", "امروز", "2022-08-04"),
    ("سخنگو بامداد امروز اعلام کرد.", "2022-08-04", "بامداد امروز", "2022-08-04"),
    ("وزیر هفته گذشته به پکن سفر کرد.", "2022-08-04", "هفته گذشته", "2022-07"),
    ("پارلمان ماه گذشته قانون را تصویب کرد.", "2022-08-04", "ماه گذشته", "2022-07"),
    ("انتخابات ماه آینده برگزار میشود.", "2022-12-20", "ماه آینده", "2023-01"),
    ("تورم پارسال به اوج رسید.", "2022-08-04", "پارسال", "2021"),
    ("قرارداد سال گذشته امضا شد.", "2022-08-04", "سال گذشته", "2021"),
    ("تحریمها در طول پنج سال گذشته تشدید شد.", "2022-08-04", None, None),
    ("سفیر سه روز پیش احضار شد.", "2022-08-04", "سه روز پیش", "2022-08-01"),
    ("این گزارش ۲ ماه پیش منتشر شد.", "2022-08-04", "۲ ماه پیش", "2022-06"),
    ("در ۱۲ مهر ۱۴۰۱ تظاهرات شد.", "2022-12-01", "۱۲ مهر ۱۴۰۱", "2022-10-04"),
    ("در ۲۵ آبان اعلام شد.", "2022-12-01", "۲۵ آبان", "2022-11-16"),
    ("قیمت بنزین در آبان ماه تغییر کرد.", "2022-12-01", "آبان ماه", "2022-11"),
    ("به نقل از خبرگزاری مهر گفت.", "2022-12-01", None, None),
    ("سند در ۱۴۰۱/۰۹/۱۰ امضا شد.", "2022-12-05", "۱۴۰۱/۰۹/۱۰", "2022-12-01"),
    ("بخشنامه ۱۵-۰۸-۱۴۰۱ ابلاغ شد.", "2022-12-05", "۱۵-۰۸-۱۴۰۱", "2022-11-06"),
    ("رئیس جمهور در سال ۱۳۹۸ انتخاب شد.", "2022-12-05", "سال ۱۳۹۸", "2019"),
    ("اجلاس بیستم و بیست و یکم ژوئن برگزار شد.", "2023-07-01", "بیستم و بیست و یکم ژوئن", "2023-06-20"),
    ("نشست در ۳ مارس ۲۰۲۲ برگزار شد.", "2023-07-01", "۳ مارس ۲۰۲۲", "2022-03-03"),
    ("دیدار در ۵ فوریه انجام خواهد شد.", "2023-01-20", "۵ فوریه", "2023-02-05"),
    ("حمله در ۱۰ دسامبر رخ داد.", "2023-01-20", "۱۰ دسامبر", "2022-12-10"),
    ("مهلت تا سه‌شنبه آینده است.", "2023-01-20", "سه‌شنبه آینده", "2023-01-24"),
    ("جلسه دوشنبه گذشته برگزار شد.", "2023-01-16", "دوشنبه گذشته", "2023-01-09"),
    ("طالبان روز ۱۵ اسد ۱۴۰۲ اعلام کرد.", "2023-08-20", "۱۵ اسد ۱۴۰۲", "2023-08-06"),
    ("والی در ۳ جدی گفت.", "2024-01-10", "۳ جدی", "2023-12-24"),
    ("این موضوع جدی است.", "2024-01-10", None, None),
    ("عید فطر در ۱ شوال ۱۴۴۵ بود.", "2024-05-01", "۱ شوال ۱۴۴۵", "2024-04-10"),
    ("در طی روزهای اخیر درگیری شد.", "2024-05-01", "روزهای اخیر", "2024-05"),
    ("هفته آینده نتایج اعلام میشود.", "2024-05-01", "هفته آینده", "2024-05"),
    ("آتش بس چند روز پیش برقرار شد.", "2024-05-15", "چند روز پیش", "2024-05"),
]

AR = [
    ("وصل الوزير مساء الأحد إلى القاهرة.", "2024-06-12", "مساء الأحد", "2024-06-09"),
    ("أعلنت الوزارة اليوم الأربعاء.", "2024-06-12", "اليوم الأربعاء", "2024-06-12"),
    ("اجتمع المجلس يوم الخميس الماضي.", "2024-06-13", "يوم الخميس الماضي", "2024-06-06"),
    ("تعقد القمة يوم السبت المقبل.", "2024-06-12", "يوم السبت المقبل", "2024-06-15"),
    ("وقع الانفجار فجر أمس.", "2024-06-12", "فجر أمس", "2024-06-11"),
    ("أكد المتحدث أمس أن المحادثات مستمرة.", "2024-06-12", "أمس", "2024-06-11"),
    ("قتل جنديان أول أمس.", "2024-06-12", "أول أمس", "2024-06-10"),
    ("تصل البعثة غدا.", "2024-06-12", "غدا", "2024-06-13"),
    ("تم الاتفاق قبل يومين.", "2024-06-12", "قبل يومين", "2024-06-10"),
    ("انسحبت القوات قبل ثلاثة أيام.", "2024-06-12", "قبل ثلاثة أيام", "2024-06-09"),
    ("زار الرئيس الرياض الأسبوع الماضي.", "2024-06-12", "الأسبوع الماضي", "2024-06"),
    ("ستجرى الانتخابات الشهر المقبل.", "2024-06-12", "الشهر المقبل", "2024-07"),
    ("تراجع النمو العام الماضي.", "2024-06-12", "العام الماضي", "2023"),
    ("وقعت الهدنة في يناير من العام الماضي.", "2024-06-12", "يناير من العام الماضي", "2023-01"),
    ("بدأت الأزمة في أبريل الماضي.", "2024-06-12", "أبريل الماضي", "2024-04"),
    ("اندلعت الاحتجاجات في يوليو الماضي.", "2024-06-12", "يوليو الماضي", "2023-07"),
    ("سيزور الوزير بغداد في أكتوبر المقبل.", "2024-06-12", "أكتوبر المقبل", "2024-10"),
    ("عقد الاجتماع في 3 حزيران.", "2024-06-12", "3 حزيران", "2024-06-03"),
    ("صدر القرار في 15 تشرين الأول 2023.", "2024-06-12", "15 تشرين الأول 2023", "2023-10-15"),
    ("في الخامس من كانون الثاني أعلن الجيش.", "2024-06-12", "الخامس من كانون الثاني", "2024-01-05"),
    ("وقع في العاشر من رمضان 1445 هـ.", "2024-06-12", "العاشر من رمضان 1445 هـ", "2024-03-20"),
    ("الرياض 5 ذو الحجة 1445هـ الموافق 11 يونيو 2024م.", "2024-06-12", "5 ذو الحجة 1445هـ", "2024-06-11"),
    ("بتاريخ 1445/12/05 هـ صدر الأمر.", "2024-06-12", "1445/12/05 هـ", "2024-06-11"),
    ("مارس الضغط على الحكومة.", "2024-06-12", None, None),
    ("قتل 1500 شخص في القصف.", "2024-06-12", None, None),
    ("منذ مطلع الشهر الجاري تصاعد القتال.", "2024-06-12", "الشهر الجاري", "2024-06"),
    ("تحسنت الأوضاع خلال الأيام الماضية.", "2024-06-12", "الأيام الماضية", "2024-06"),
    ("اعتقل في 12-05-2024 في عمان.", "2024-06-12", "12-05-2024", "2024-05-12"),
    ("في عام 2019 انسحبت واشنطن.", "2024-06-12", "عام 2019", "2019"),
    ("انعقد المؤتمر في 9 و10 مايو.", "2024-06-12", "9 و10 مايو", "2024-05-09"),
]

EN = [
    ("The minister arrived on Tuesday.", "2024-06-12", "Tuesday", "2024-06-11"),
    ("Talks ended on Wednesday night.", "2024-06-12", "Wednesday night", "2024-06-12"),
    ("Officials said last Friday that the deal was off.", "2024-06-12", "last Friday", "2024-06-07"),
    ("The envoy will travel to Cairo on Friday.", "2024-06-12", "Friday", "2024-06-14"),
    ("The vote is set for next Monday.", "2024-06-12", "next Monday", "2024-06-17"),
    ("Two soldiers were killed yesterday.", "2024-06-12", "yesterday", "2024-06-11"),
    ("Rebels attacked the town overnight.", "2024-06-12", "overnight", "2024-06-11"),
    ("He told reporters this morning.", "2024-06-12", "this morning", "2024-06-12"),
    ("The ceasefire collapsed three days ago.", "2024-06-12", "three days ago", "2024-06-09"),
    ("Troops withdrew 10 days ago.", "2024-06-12", "10 days ago", "2024-06-02"),
    ("The summit took place last week.", "2024-06-12", "last week", "2024-06"),
    ("Elections are due next month.", "2024-06-12", "next month", "2024-07"),
    ("Inflation peaked last year.", "2024-06-12", "last year", "2023"),
    ("The pact was signed on March 3.", "2024-06-12", "March 3", "2024-03-03"),
    ("The pact was signed on 3 March 2021.", "2024-06-12", "3 March 2021", "2021-03-03"),
    ("Protests began in September 2022.", "2024-06-12", "September 2022", "2022-09"),
    ("Relations soured in November.", "2024-06-12", "November", "2023-11"),
    ("Talks resume in July.", "2024-06-12", "July", "2024-07"),
    ("The talks, held June 9-10, ended.", "2024-06-12", "June 9-10", "2024-06-09"),
    ("Fighting broke out on 9-10 January.", "2024-06-12", "9-10 January", "2024-01-09"),
    ("The strike hit 100,000 homes.", "2024-06-12", None, None),
    ("An F/A-18 jet crashed.", "2024-06-12", None, None),
    ("The talks lasted for an hour and 45 minutes.", "2024-06-12", None, None),
    ("Officials may 12 weeks from now decide.", "2024-06-12", None, None),
    ("The war ended in 1991.", "2024-06-12", "1991", "1991"),
    ("Posted 2024-06-11 by staff.", "2024-06-12", "2024-06-11", "2024-06-11"),
    ("He said earlier this month that aid was blocked.", "2024-06-12", "earlier this month", "2024-06"),
]


def _resolve(text: str, lang: str, published: str) -> dict[str, str]:
    norm = fold(text, lang)
    return {norm[r.expr.start:r.expr.end]: r.value for r in resolve_all(norm, lang, date.fromisoformat(published))}


@pytest.mark.parametrize(("lang", "text", "published", "expression", "value"),
                         [("fa", *row) for row in FA] + [("ar", *row) for row in AR] + [("en", *row) for row in EN])
def test_expression_resolves(lang, text, published, expression, value):
    found = _resolve(text, lang, published)
    if expression is None:
        assert found == {}
    else:
        assert found.get(fold(expression, lang)) == value, found


def test_anaphoric_words_take_the_previous_date():
    found = _resolve("The deal was agreed on May 3. Earlier in the day, at 5 p.m. GMT, troops left. "
                     "A few days later the talks resumed.", "en", "2024-06-12")
    assert found == {"May 3": "2024-05-03", "Earlier in the day": "2024-05-03", "5 p.m. GMT": "2024-05-03",
                     "A few days later": "2024-05"}


def test_without_publication_date_only_absolute_dates_resolve():
    norm = fold("دیروز و ۱۰-۱۰-۱۴۰۰ و روز جمعه", "fa")
    assert [r.value for r in resolve_all(norm, "fa", None)] == ["2021-12-31"]


def _doc(text: str, lang: str, published: str | None, raw: str | None = None) -> Document:
    doc = Document(doc_id="t", raw=raw or text, lang=lang, published=published, text=text)
    doc.norm, doc.norm_map = normalise(text, lang)
    doc.sentences = [Span(0, len(text))]
    doc.paragraphs = [Paragraph(0, len(text), lang)]
    return doc


def test_component_maps_spans_to_text_and_records_the_rule():
    text = "جمعه ۱۰-۱۰-۱۴۰۰ سفیر احضار شد و دیروز بیانیه داد."
    doc = _doc(text, "fa", "2021-12-31")
    found = mentions(doc)
    assert [(m.text, m.value, m.calendar, m.by) for m in found] == [
        ("جمعه ۱۰-۱۰-۱۴۰۰", "2021-12-31", "persian", "dates.v1:fa/numeric:dmy+weekday"),
        ("دیروز", "2021-12-30", "gregorian", "dates.v1:fa/relative:yesterday")]


def test_date_for_prefers_its_sentence_then_the_paragraph():
    text = "On Monday, troops left. The envoy met rebels. Next, on Friday, talks began."
    doc = _doc(text, "en", "2024-06-12")
    doc.sentences = [Span(0, 23), Span(24, 45), Span(46, len(text))]
    doc.dates = mentions(doc)
    assert date_for(doc, text.index("envoy"), text.index("envoy") + 5).text == "Monday"
    assert date_for(doc, text.index("talks"), text.index("talks") + 5).text == "Friday"
    doc.paragraphs = [Paragraph(24, len(text), "en")]
    assert date_for(doc, text.index("envoy"), text.index("envoy") + 5) is None


PAGE_FA = "۳۱ شهريور ۱۴۰۳\nبه روز شده در: ۳۱ شهريور ۱۴۰۳\nتاریخ انتشار: ۱۰:۲۶ - ۱۰-۱۰-۱۴۰۰\n\nمتن خبر درباره نشست."
PAGE_CRAWL = "جمعه ۱۸ آبان ۱۴۰۳ تهران ۲۲:۱۶\n\nشورا روز جمعه، ۳۰ خردادماه، قطعنامه را تصویب کرد."


@pytest.mark.parametrize(("raw", "lang", "expected"), [
    (PAGE_FA, "fa", "2021-12-31"),  # the marked line wins over the crawl date printed alone
    (PAGE_CRAWL, "fa", "2020-06-19"),  # the header date contradicts "Friday, 30 Khordad": inferred from the body
    ("  • انتشار: ۲۲ اسد ۱۴۰۳\n\nدرگیری امروز دوشنبه رخ داد.", "fa", "2024-08-12"),
    ("عنوان\n الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nنص الخبر.", "ar", "2015-08-10"),
    ("Headline\nUpdated 15:20, 24-Feb-2019\nMaduro spoke on Saturday.", "en", "2019-02-24"),
    ("Headline\nNew Delhi, May 11:\nThe army said Saturday.", "en", None),  # no year: better none than wrong
    ("کد خبر ۸۱۹۹۹۱\nمتن خبر بدون تاریخ.", "fa", None),
])
def test_publication_date_from_page_header(raw, lang, expected):
    found = detect(raw, fold(raw, lang), lang)
    assert (found.day.isoformat() if found else None) == expected


def test_weekday_inference_needs_agreeing_dates():
    body = fold("روز جمعه، ۳۰ خرداد و روز شنبه، ۱۰ آبان", "fa")
    assert infer_from_weekdays(body, "fa", date(2024, 11, 8)) is None


def test_published_component_sets_date_and_reresolves():
    raw = "تاریخ انتشار: ۱۰-۱۰-۱۴۰۰\nپوتین دیروز گفت."
    text = "پوتین دیروز گفت."
    doc = _doc(text, "fa", None, raw=raw)
    doc = components.get("dates.v1").factory()(doc)
    assert doc.dates == []
    doc = components.get("published.v1").factory()(doc)
    assert doc.published == "2021-12-31" and doc.meta["published_by"] == "published.v1:fa/marker"
    assert [(d.text, d.value) for d in doc.dates] == [("دیروز", "2021-12-30")]
