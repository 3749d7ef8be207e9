"""events.v1 rules added for Persian that the engine holds for every language: long gaps in patterns, an attack in
an if-clause as a threat's condition, agreements on sanctions; on hand-written sentences."""
from _eventdoc import make_doc
from khabar.events.coder import code_events
from khabar.events.patterns import Compiler

EN = {"Germany": "DEU", "Russia": "RUS", "Lithuania": "LTU", "EU": "EUR", "Belarus": "BLR"}
FA = {"آلمان": "DEU", "روسیه": "RUS", "لیتوانی": "LTU", "اتحادیه اروپا": "EUR", "بلاروس": "BLR"}


def _coded(text: str, lang: str, actors: dict[str, str]) -> list[tuple]:
    doc = code_events(make_doc(text, lang, actors))
    return [(e.event_type, e.mode, e.aux) for e in doc.events]


def test_long_gap_skips_a_relative_clause_that_a_short_gap_cannot():
    text = "با این نظر که کشورهای منطقه باید برای امنیت مرزهای مشترک خود با هم گفتگو کنند، موافقت کرد"
    short = Compiler("fa").compile(["با .. نظر .. موافقت"], "t")
    long = Compiler("fa").compile(["با .. نظر ... موافقت"], "t")
    assert short.search(text) is None
    assert long.search(text).group().endswith("موافقت")


def test_an_attack_in_an_if_clause_is_the_condition_not_the_threat():
    assert ("THREATEN", None, None) in _coded("Germany warned of consequences if Russia attacks Lithuania.", "en", EN)
    assert ("THREATEN", None, None) in _coded("آلمان نسبت به پاسخ در صورت حمله روسیه به لیتوانی هشدار داد.", "fa", FA)


def test_agreeing_on_sanctions_codes_the_sanction_only():
    coded = _coded("وزرای خارجه اتحادیه اروپا بر سر اعمال تحریم‌های جدید علیه بلاروس به توافق رسیدند.", "fa", FA)
    assert coded == [("SANCTION", "discontinue", None)]
