"""Event dates and the historical aux on hand-written fa, ar and en texts: which date an event takes, and when
its date or its telling makes it background."""
import pytest

from _eventdoc import make_doc
from khabar.document import Event, Span
from khabar.events.aux import historical
from khabar.events.coder import code_events
from khabar.events.merge import absorb

FA = {"ایران": "IRN", "عراق": "IRQ", "ترکیه": "TUR", "پاکستان": "PAK", "چین": "CHN"}
AR = {"مصر": "EGY", "قطر": "QAT", "إسرائيل": "ISR"}
EN = {"Egypt": "EGY", "Jordan": "JOR", "Japan": "JPN", "China": "CHN", "Russia": "RUS", "Ukraine": "UKR"}


def dated(text: str, lang: str, actors: dict[str, str]) -> list[tuple[str, str | None, str | None]]:
    """(type, date, aux) of each event coded from the text, published 2024-03-10."""
    return [(e.event_type, e.date, e.aux) for e in code_events(make_doc(text, lang, actors)).events]


@pytest.mark.parametrize("lang,actors,text,expected", [
    # an anaphoric time ("at the end of that war") takes the last date before it, across paragraphs
    ("en", EN, "Japan and China fought a short war in 2019.\n\n"
               "At the end of that war, Japan signed an accord with China.",
     ("SUPPORT", "2019", "historical")),
    ("fa", FA, "ایران و عراق در سال ۲۰۱۵ جنگیدند.\n\nدر آن زمان، ایران با عراق دیدار کرد.",
     ("CONSULT", "2015", "historical")),
    ("ar", AR, "واندلعت حرب بين مصر وإسرائيل عام 2015.\n\nوفي نهاية تلك الحرب، وقعت مصر اتفاقا مع إسرائيل.",
     ("SUPPORT", "2015", "historical")),
    # after that time ("after this meeting"): the month of the date it refers to
    ("fa", FA, "رئیسان جمهور ایران و عراق در ۱۵ نوامبر ۲۰۲۳ دیدار کردند.\n\n"
               "پس از این نشست، ایران عراق را به حمایت از شورشیان متهم کرد.", ("ACCUSE", "2023-11", "historical")),
    ("en", EN, "Egypt and Jordan met in May 2023.\n\nAfter that meeting, Egypt accused Jordan of lying.",
     ("ACCUSE", "2023-05", "historical")),
    ("en", EN, "Egypt and Jordan met on Monday.\n\nAfter that meeting, Egypt accused Jordan of lying.",
     ("ACCUSE", "2024-03-10", None)),
])
def test_anaphoric_time_dates_the_event(lang, actors, text, expected):
    assert expected in dated(text, lang, actors)


@pytest.mark.parametrize("lang,actors,text", [
    ("ar", AR, "وأجرى رئيس مصر اتصالا هاتفيا مع أمير قطر، وهو أول اتصال بينهما منذ نوفمبر."),
    ("en", EN, "Japan held its first talks with China since November."),
])
def test_a_since_date_dates_nothing(lang, actors, text):
    assert dated(text, lang, actors) == [("CONSULT", "2024-03-10", None)]


def test_a_since_date_still_dates_the_act_it_modifies():
    assert dated("Tensions eased since last month's fighting between Japan and China.", "en", EN) == [
        ("ASSAULT", "2024-02", None)]


def test_each_act_takes_its_own_date_of_two():
    text = "وزیر خارجه ایران در ۲ فوریه به ترکیه رفته بود و در ۱۷ فوریه، پاکستان با چین دیدار کرد."
    assert [d for _, d, _ in dated(text, "fa", FA)] == ["2024-02-02", "2024-02-17"]


def test_a_date_after_the_verb_phrase_dates_the_verb_not_what_follows():
    got = dated("Japan held talks with China on Monday to address concerns about Russia.", "en", EN)
    assert ("CONSULT", "2024-03-04", None) in got and ("ACCUSE", "2024-03-10", None) in got


@pytest.mark.parametrize("lang,actors,text", [
    ("fa", FA, "وزیر خارجه ایران در ۲ فوریه ۲۰۲۳ به ترکیه سفر کرده بود.\n\nوزیر خارجه ایران به ترکیه سفر کرد."),
    ("ar", AR, "وكانت مصر قد طردت دبلوماسيين من سفارة قطر في مارس 2020.\n\nوطردت مصر دبلوماسيين من سفارة قطر."),
])
def test_a_pluperfect_mention_is_an_earlier_act(lang, actors, text):
    got = dated(text, lang, actors)
    assert len(got) == 2 and got[0][2] == "historical" and got[1][1:] == ("2024-03-10", None)


def test_a_possible_act_is_not_dated_by_an_old_date_near_it():
    assert dated("Japan said Russia could attack Ukraine with the weapons it bought in 2014.", "en", EN) == [
        ("ASSAULT", "2024-03-10", "hypothetical")]


@pytest.mark.parametrize("value,published,expected", [
    ("2021-11", "2021-12-19", True), ("2021-11", "2021-12-02", False), ("2023", "2023-12-31", False),
    ("2023", "2024-03-10", True), ("2024-02-05", "2024-03-10", True), ("2024-02-12", "2024-03-10", False)])
def test_a_period_is_background_by_its_middle(value, published, expected):
    assert historical(value, published) is expected


def test_historical_goes_with_the_date_kept():
    undated = Event("ASSAULT", [], [], [Span(0, 5)], date="2024-03-10", confidence=0.9)
    old = Event("ASSAULT", [], [], [Span(6, 9)], aux="historical", date="2023-11", date_raw="last November",
                confidence=0.5)
    absorb(undated, old)
    assert (undated.date, undated.aux) == ("2023-11", "historical")


@pytest.mark.parametrize("first,second,expected", [
    (("2024-02", "in February"), ("2024-02-27", "on 27 February"), "2024-02-27"),  # the body names the day
    (("2024-02-27", "on 27 February"), ("2024-02", "last month"), "2024-02-27"),
    (("2024-02-27", "on 27 February"), ("2024-01-15", "on 15 January"), "2024-02-27"),  # disagree: the leader's
])
def test_a_merged_event_takes_the_most_precise_compatible_date(first, second, expected):
    lead = Event("CONSULT", [], [], [Span(0, 5)], date=first[0], date_raw=first[1], confidence=0.9)
    absorb(lead, Event("CONSULT", [], [], [Span(6, 9)], date=second[0], date_raw=second[1], confidence=0.5))
    assert lead.date == expected


def test_a_month_and_its_day_in_two_sentences_make_one_dated_event():
    text = ("Egypt and Jordan held talks in February.\n\n"
            "The talks between Egypt and Jordan took place on 27 February in Amman.")
    assert dated(text, "en", EN) == [("CONSULT", "2024-02-27", None)]
