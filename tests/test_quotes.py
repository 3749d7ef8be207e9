"""quotes.v1: direct and attributed indirect speech linked to its speaker (sentences written for the tests)."""
from dataclasses import replace

import pytest
from _eventdoc import make_doc

from khabar.events.quotes import extract_quotes

# (rule, lang, actors, text, speaker country, words that must lie inside a quote of that speaker)
FOUND = [
    ("complementiser", "fa", {"وزیر خارجه ایران": "IRN"},
     "وزیر خارجه ایران روز شنبه گفت که کشورش آماده ادامه گفتگوها است.", "IRN", "کشورش آماده ادامه گفتگوها است"),
    ("complementiser", "ar", {"وزير الخارجية المصري": "EGY"},
     "وقال وزير الخارجية المصري إن بلاده ترفض أي تهجير للسكان.", "EGY", "بلاده ترفض أي تهجير للسكان"),
    ("complementiser", "ar", {"المتحدث باسم الحكومة الأردنية": "JOR"},
     "وأكد المتحدث باسم الحكومة الأردنية أن المعبر سيبقى مفتوحا أمام الشاحنات.", "JOR", "المعبر سيبقى مفتوحا"),
    ("bare complement", "en", {"The Chilean minister": "CHL"},
     "The Chilean minister said the border would reopen next week.", "CHL", "the border would reopen next week"),
    ("direct", "fa", {"سخنگوی دولت ترکیه": "TUR"},
     "سخنگوی دولت ترکیه افزود: «ما به هیچ فشاری تن نمی‌دهیم».", "TUR", "ما به هیچ فشاری تن نمی‌دهیم"),
    ("speaker after quote", "en", {"a Peruvian spokesman": "PER"},
     "\"We will not accept these terms,\" a Peruvian spokesman told reporters.", "PER",
     "We will not accept these terms"),
    ("speaker after quote", "en", {"the Kenyan ministry": "KEN"},
     "Talks with the rebels will resume in Nairobi on Friday, the Kenyan ministry said in a statement.", "KEN",
     "Talks with the rebels will resume"),
    ("speaker after quote", "fa", {"سخنگوی وزارت خارجه عراق": "IRQ"},
     "مرز مهران تا پایان ماه بسته خواهد ماند، سخنگوی وزارت خارجه عراق گفت.", "IRQ", "مرز مهران تا پایان ماه"),
    ("speaker after quote", "ar", {"المتحدث باسم الجيش اللبناني": "LBN"},
     "«لن نسمح بأي خرق للحدود الجنوبية»، قال المتحدث باسم الجيش اللبناني.", "LBN", "لن نسمح بأي خرق"),
    ("according to", "en", {"the Danish foreign ministry": "DNK"},
     "The embassy will stay closed until further notice, according to the Danish foreign ministry.", "DNK",
     "The embassy will stay closed"),
    ("according to", "fa", {"وزارت خارجه ژاپن": "JPN"},
     "به گفته وزارت خارجه ژاپن، سفیر این کشور برای مشورت به توکیو فراخوانده شده است.", "JPN",
     "سفیر این کشور برای مشورت"),
    ("according to", "ar", {"وزارة الداخلية التونسية": "TUN"},
     "تم توقيف ثلاثة أشخاص عند المعبر الحدودي، وفقا لوزارة الداخلية التونسية.", "TUN", "تم توقيف ثلاثة أشخاص"),
    ("label", "ar", {"الخارجية الليبية": "LBY"},
     "الخارجية الليبية: الاتفاق البحري الجديد لا يمس حقوق الدول المجاورة", "LBY", "الاتفاق البحري الجديد"),
    ("label", "en", {"Nigerian army": "NGA"},
     "Nigerian army: twelve soldiers were freed in the northern border region", "NGA", "twelve soldiers were freed"),
    ("label", "fa", {"وزارت خارجه ارمنستان": "ARM"},
     "وزارت خارجه ارمنستان: مذاکرات صلح هفته آینده در وین ادامه می‌یابد", "ARM", "مذاکرات صلح هفته آینده"),
    ("second verb, same speaker", "ar", {"وزير الدفاع العراقي": "IRQ", "تركيا": "TUR"},
     "وقال وزير الدفاع العراقي إن الحدود آمنة، مضيفا أن تركيا لم ترد على الرسالة حتى الآن.", "IRQ",
     "لم ترد على الرسالة"),
    ("second verb, same speaker", "en", {"The Polish president": "POL", "Germany": "DEU"},
     "The Polish president said the summit was useful, adding that Germany had promised more funds.", "POL",
     "Germany had promised more funds"),
    ("second verb, same speaker", "fa", {"رئیس جمهور قزاقستان": "KAZ", "روسیه": "RUS"},
     "رئیس جمهور قزاقستان گفت که مذاکرات مفید بود و افزود که روسیه وعده کمک بیشتری داده است.", "KAZ",
     "وعده کمک بیشتری داده است"),
    ("pronoun speaker", "en", {"The Chilean minister": "CHL"},
     "The Chilean minister said the talks had stalled. He added that a new round was not planned this year.", "CHL",
     "new round was not planned"),
    ("pronoun speaker", "fa", {"وزیر کشور اتریش": "AUT"},
     "وزیر کشور اتریش گفت که مرزها باز می‌ماند. وی افزود که کنترل‌ها در قطارها بیشتر خواهد شد.", "AUT",
     "کنترل‌ها در قطارها بیشتر خواهد شد"),
    ("pronoun speaker", "ar", {"رئيس الوزراء الماليزي": "MYS"},
     "وقال رئيس الوزراء الماليزي إن المحادثات كانت صريحة. وأضاف أن الجولة المقبلة ستعقد في كوالالمبور.", "MYS",
     "الجولة المقبلة ستعقد"),
    ("compound speaker", "fa", {"هند": "IND", "برزیل": "BRA"},
     "هند و برزیل اعلام کردند که با افزایش تعرفه‌ها مخالف هستند.", "BRA", "با افزایش تعرفه‌ها مخالف هستند"),
    ("compound speaker", "en", {"Norway": "NOR", "Iceland": "ISL"},
     "Norway and Iceland said that the fishing quotas were unfair.", "ISL", "the fishing quotas were unfair"),
    ("compound speaker", "ar", {"المغرب": "MAR", "موريتانيا": "MRT"},
     "وأعلن المغرب وموريتانيا أن الطريق التجاري سيفتح الشهر المقبل.", "MRT", "الطريق التجاري سيفتح"),
    ("colon ends the verb chain", "fa", {"سخنگوی کاخ سفید": "USA", "پوتین": "RUS"},
     "سخنگوی کاخ سفید گفت: پوتین تاکید کرد که گفتگوها ادامه خواهد یافت.", "USA", "گفتگوها ادامه خواهد یافت"),
    ("quote over several sentences", "en", {"The Greek prime minister": "GRC"},
     "The Greek prime minister said: \"We will not wait. The islands need help now.\"", "GRC",
     "The islands need help now"),
    ("label line before the quote", "en", {"spokeswoman for the Dutch Foreign Ministry": "NLD"},
     "Jane Roe, spokeswoman for the Dutch Foreign Ministry:\n\"This is a serious incident. We want an inquiry.\"",
     "NLD", "We want an inquiry"),
    ("label line before the quote", "ar", {"المتحدث باسم الخارجية القطرية": "QAT"},
     "المتحدث باسم الخارجية القطرية:\n«ندين الهجوم بأشد العبارات. ونطالب بتحقيق دولي».", "QAT", "نطالب بتحقيق دولي"),
    ("label line before the quote", "fa", {"سخنگوی وزارت خارجه ژاپن": "JPN"},
     "سخنگوی وزارت خارجه ژاپن:\n«این حادثه بسیار جدی است. ما خواستار تحقیق هستیم».", "JPN", "ما خواستار تحقیق هستیم"),
]

# (rule, lang, actors, text, country that must NOT speak the words)
NOT_FOUND = [
    ("talks written apart are no speech verb", "fa", {"وزیر خارجه ترکیه": "TUR"},
     "وزیر خارجه ترکیه با همتای مصری خود گفت وگو و تبادل نظر کرد.", "TUR", "تبادل نظر کرد"),
    ("speaker not inside the complement", "ar", {"إيران": "IRN"},
     "وأكد وزير الخارجية أن امتناع إيران عن التعاون يثير القلق.", "IRN", "عن التعاون يثير القلق"),
    ("speaker not inside quotation marks", "en", {"Serbia": "SRB"},
     "\"Serbia must withdraw its troops,\" the envoy said.", "SRB", "must withdraw its troops"),
    ("passive speech verb", "en", {"Colombia": "COL"},
     "Two people near the border with Colombia were said to be injured on Sunday.", "COL", "to be injured"),
    ("preposition object is no speaker", "fa", {"ازبکستان": "UZB", "تاجیکستان": "TJK"},
     "منابع محلی در مرز میان ازبکستان و تاجیکستان می‌گویند که گذرگاه بسته شده است.", "UZB", "گذرگاه بسته شده است"),
    ("addressee is no speaker", "ar", {"نظيره الفرنسي": "FRA"},
     "وقال لنظيره الفرنسي إن الحوار هو السبيل الوحيد للحل.", "FRA", "الحوار هو السبيل"),
    ("adjunct after the verb is no quote", "en", {"The Irish premier": "IRL"},
     "\"We are ready to talk,\" The Irish premier told a rally of supporters in Dublin.", "IRL",
     "a rally of supporters"),
    ("said this: the words are elsewhere", "ar", {"وزير الخارجية الكويتي": "KWT"},
     "وقال وزير الخارجية الكويتي ذلك في مؤتمر صحفي مساء الأحد.", "KWT", "في مؤتمر صحفي"),
    ("unnamed sources are not the previous speaker", "en", {"The Chilean minister": "CHL"},
     "The Chilean minister said the talks had stalled. Sources said the army had moved north.", "CHL",
     "the army had moved north"),
    ("unnamed sources are not the previous speaker", "fa", {"وزیر کشور اتریش": "AUT"},
     "وزیر کشور اتریش گفت که مرزها باز می‌ماند. منابع محلی گفتند که دو نفر بازداشت شدند.", "AUT",
     "دو نفر بازداشت شدند"),
    ("unnamed sources are not the previous speaker", "ar", {"رئيس الوزراء الماليزي": "MYS"},
     "وقال رئيس الوزراء الماليزي إن المحادثات كانت صريحة. وقالت مصادر مطلعة إن الوفد غادر العاصمة.", "MYS",
     "الوفد غادر العاصمة"),
    ("object of على is no speaker", "ar", {"الأردن": "JOR"},
     "وشدد المتحدث على حرص الأردن على استقرار المنطقة بأكملها.", "JOR", "استقرار المنطقة"),
]


@pytest.mark.parametrize("rule,lang,actors,text,country,words", FOUND, ids=[f"{r[1]}:{r[0]}" for r in FOUND])
def test_quote_found(rule, lang, actors, text, country, words):
    doc = extract_quotes(make_doc(text, lang, actors))
    assert any(q.speaker.country == country and words in q.text for q in doc.quotes), rule
    assert all(doc.text[q.start:q.end] == q.text for q in doc.quotes)


@pytest.mark.parametrize("rule,lang,actors,text,country,words", NOT_FOUND,
                         ids=[f"{r[1]}:{r[0]}" for r in NOT_FOUND])
def test_quote_not_found(rule, lang, actors, text, country, words):
    doc = extract_quotes(make_doc(text, lang, actors))
    assert not any(q.speaker.country == country and words in q.text for q in doc.quotes), rule


@pytest.mark.parametrize("lang,text,agency,speaker", [
    ("en", "The ceasefire collapsed overnight near the river, according to Reuters.", "Reuters", None),
    ("fa", "به گزارش خبرگزاری آناتولی، وزیر خارجه ترکیه گفت که آتش‌بس شب گذشته نقض شد.", "خبرگزاری آناتولی",
     "وزیر خارجه ترکیه"),
    ("ar", "ونقلا عن وكالة الأنباء الأردنية قال وزير الداخلية الأردني إن الهدنة انهارت ليلا.", "وكالة الأنباء الأردنية",
     "وزير الداخلية الأردني"),
])
def test_cited_news_agency_is_no_speaker(lang, text, agency, speaker):
    doc = make_doc(text, lang, {agency: "XXX", **({speaker: "YYY"} if speaker else {})})
    doc.actors = [replace(a, sector="JRN") if a.text == agency else a for a in doc.actors]
    countries = [q.speaker.country for q in extract_quotes(doc).quotes]
    assert "XXX" not in countries and ("YYY" in countries) == bool(speaker)


def test_colon_keeps_one_quote():
    text = "سخنگوی کاخ سفید گفت: پوتین تاکید کرد که گفتگوها ادامه خواهد یافت."
    doc = extract_quotes(make_doc(text, "fa", {"سخنگوی کاخ سفید": "USA", "پوتین": "RUS"}))
    assert [q.speaker.country for q in doc.quotes] == ["USA"]


def test_no_speaker_no_quote():
    doc = extract_quotes(make_doc("It was said that the weather would improve soon.", "en", {}))
    assert doc.quotes == []
