"""events.v1 on hand-written news-style sentences: type, mode, aux, actor and recipient codes per language."""
import pytest

from _eventdoc import make_doc
from khabar.events.coder import code_events
from khabar.events.aux import historical

FA = {"ایران": "IRN", "عراق": "IRQ", "آمریکا": "USA", "روسیه": "RUS", "چین": "CHN", "ترکیه": "TUR", "پاکستان": "PAK"}
AR = {"مصر": "EGY", "الأردن": "JOR", "إسرائيل": "ISR", "قطر": "QAT", "الجزائر": "DZA", "فرنسا": "FRA", "تركيا": "TUR"}
EN = {"Egypt": "EGY", "Jordan": "JOR", "Russia": "RUS", "Ukraine": "UKR", "Japan": "JPN", "China": "CHN", "Chile": "CHL",
      "Peru": "PER"}

# (lang, actors, text, type, mode, aux, actor countries, recipient countries)
ROWS = [
    ("fa", FA, "وزیر خارجه ایران با همتای ترکیه دیدار کرد.", "CONSULT", None, None, ["IRN", "TUR"], []),
    ("fa", FA, "آمریکا تحریم‌های تازه‌ای علیه روسیه وضع کرد.", "SANCTION", "discontinue", None, ["USA"], ["RUS"]),
    ("fa", FA, "چین از پاکستان خواست که مذاکرات را از سر بگیرد.", "REQUEST", "meet", None, ["CHN"], ["PAK"]),
    ("fa", FA, "رئیسان جمهور ایران و عراق ماه آینده دیدار خواهند کرد.", "AGREE", None, None, ["IRN", "IRQ"], []),
    ("fa", FA, "ترکیه این پیشنهاد را نمی‌پذیرد.", "REJECT", None, None, ["TUR"], []),
    ("fa", FA, "پاکستان ایران را به حمایت از شورشیان متهم کرد.", "ACCUSE", "allege", None, ["PAK"], ["IRN"]),
    ("ar", AR, "وأجرى رئيس مصر اتصالا هاتفيا مع أمير قطر.", "CONSULT", "phone", None, ["EGY", "QAT"], []),
    ("ar", AR, "ورفضت الجزائر طلب فرنسا.", "REJECT", "change", None, ["DZA"], ["FRA"]),
    ("ar", AR, "وطردت الجزائر دبلوماسيين من سفارة فرنسا.", "SANCTION", "expel", None, ["DZA"], ["FRA"]),
    ("ar", AR, "وسيزور وزير خارجية الأردن مصر الشهر المقبل.", "AGREE", None, None, ["JOR"], ["EGY"]),
    ("ar", AR, "ودعت مصر إسرائيل إلى وقف إطلاق النار.", "REQUEST", "yield", None, ["EGY"], ["ISR"]),
    ("ar", AR, "وأدانت الأردن تصريحات إسرائيل الأخيرة.", "ACCUSE", "disapprove", None, ["JOR"], ["ISR"]),
    ("en", EN, "Japan imposed new sanctions on Russia.", "SANCTION", "discontinue", None, ["JPN"], ["RUS"]),
    ("en", EN, "Egypt urged Jordan to reopen talks.", "REQUEST", "meet", None, ["EGY"], ["JOR"]),
    ("en", EN, "Chile did not sign the accord with Peru.", "SUPPORT", None, "negation", ["CHL", "PER"], []),
    ("en", EN, "If Russia attacks Ukraine again, Japan will impose sanctions.", "THREATEN", "restrict", None,
     ["JPN"], []),
    ("en", EN, "If Russia attacks Ukraine again, Japan will impose sanctions.", "ASSAULT", None, "hypothetical",
     ["RUS"], ["UKR"]),
    ("en", EN, "China accused Japan of violating its airspace.", "ACCUSE", "allege", None, ["CHN"], ["JPN"]),
]


def _coded(doc):
    return [(e.event_type, e.mode, e.aux, [a.country for a in e.actor], [r.country for r in e.recipient])
            for e in doc.events]


@pytest.mark.parametrize("lang,actors,text,kind,mode,aux,actor,recipient", ROWS)
def test_event_coded(lang, actors, text, kind, mode, aux, actor, recipient):
    doc = code_events(make_doc(text, lang, actors))
    assert (kind, mode, aux, actor, recipient) in _coded(doc)


NEGATIVES = [
    ("en", EN, "The striker scored twice as Chile beat Peru in the qualifier."),
    ("en", EN, "Shares in the carmaker rose after a strong quarter."),
    ("fa", FA, "قیمت طلا در بازار امروز کاهش یافت."),
    ("ar", AR, "ارتفعت أسعار النفط في الأسواق العالمية اليوم."),
]


@pytest.mark.parametrize("lang,actors,text", NEGATIVES)
def test_no_event_without_political_trigger(lang, actors, text):
    assert code_events(make_doc(text, lang, actors)).events == []


def test_mentions_of_one_event_merge():
    text = "Egypt and Jordan held talks in Cairo on Monday. The talks focused on trade. Jordan later met Egypt again."
    doc = code_events(make_doc(text, "en", EN))
    consults = [e for e in doc.events if e.event_type == "CONSULT"]
    assert len(consults) == 1 and len(consults[0].evidence) >= 2


def test_event_without_actor_is_not_coded():
    doc = code_events(make_doc("Unknown gunmen attacked a checkpoint overnight.", "en", EN))
    assert doc.events == []


@pytest.mark.parametrize("value,published,expected", [
    ("2023-11", "2024-05-02", True), ("2024-04", "2024-04-02", False), ("2024-03-30", "2024-04-02", False),
    ("2021", "2024-01-01", True)])
def test_historical(value, published, expected):
    assert historical(value, published) is expected


def test_explains_itself():
    doc = code_events(make_doc("Japan imposed new sanctions on Russia.", "en", EN))
    event = doc.events[0]
    assert event.coder == "lexicon:en:sanction.sanctions:frame=directed"
    assert 0 < event.confidence <= 1 and "economic" in event.context
    assert doc.text[event.evidence[0].start:event.evidence[0].end].startswith("Japan imposed")


def test_actorless_mention_refers_back_to_the_event():
    text = "Egypt and Jordan held talks in Cairo on Monday. The talks lasted five hours."
    trace = []
    doc = code_events(make_doc(text, "en", EN), trace)
    assert len(doc.events) == 1 and len(doc.events[0].evidence) == 2
    assert [d.outcome for d in trace] == ["coded", "merged"] and "refers back" in trace[1].reason


def test_self_loop_recipient_is_dropped():
    doc = code_events(make_doc("Japan accused the Japanese government of lying.", "en",
                               {"Japan": "JPN", "the Japanese government": "JPN"}))
    assert [(e.event_type, [r.country for r in e.recipient]) for e in doc.events] == [("ACCUSE", [])]


def test_each_date_dates_its_nearest_event():
    text = "Japan imposed sanctions on Russia on Monday after Russia attacked Ukraine in 2022."
    coded = {e.event_type: (e.date, e.aux) for e in code_events(make_doc(text, "en", EN)).events}
    assert coded == {"SANCTION": ("2024-03-04", None), "ASSAULT": ("2022", "historical")}


def test_trace_names_rejected_triggers():
    trace = []
    code_events(make_doc("Officials urged restraint.", "en", EN), trace)
    assert trace and trace[0].outcome == "rejected" and "no coded actor" in trace[0].reason


def test_explain_cli_prints_decisions_per_sentence():
    from click.testing import CliRunner
    from khabar.cli import main
    result = CliRunner().invoke(main, ["explain", "002_05048e11740625ed", "--meta", "examples/meta.jsonl"])
    assert result.exit_code == 0, result.output
    assert "coded    consult.phone" in result.output and "event 0: CONSULT/phone" in result.output


def test_explain_cli_unknown_article():
    from click.testing import CliRunner
    from khabar.cli import main
    result = CliRunner().invoke(main, ["explain", "no_such_doc"])
    assert result.exit_code == 1 and "no_such_doc" in result.output
