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
    ("fa", FA, "روسیه قطعنامه آمریکا علیه ایران را تصویب کرد.", "ACCUSE", "disapprove", None, ["RUS"], ["IRN"]),
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


def _doc_with(text, lang, actors, extra=(), places=()):
    """make_doc plus hand-placed overlapping mentions (surface, country, sector) and place mentions."""
    from khabar.document import ActorMention, PlaceMention
    doc = make_doc(text, lang, actors)
    for surface, country, sector in extra:
        i = text.index(surface)
        doc.actors.append(ActorMention(i, i + len(surface), surface, surface, None, country, sector))
    doc.actors.sort(key=lambda a: (a.start, -a.end))
    doc.places = [PlaceMention(text.index(p), text.index(p) + len(p), p, p, c, 1) for p, c in places]
    return doc


def test_nested_mention_is_dropped_before_roles():
    doc = _doc_with("The Egyptian foreign minister met Jordan's king.", "en", {"Jordan": "JOR"},
                    extra=[("The Egyptian foreign minister", "EGY", "GOV"), ("Egyptian", "EGY", "GOV")])
    assert ("CONSULT", None, None, ["EGY", "JOR"], []) in _coded(code_events(doc))


@pytest.mark.parametrize("text,places,mode,actor,recipient,location", [
    ("Egypt and Jordan held talks in Amman.", [("Amman", "JOR")], "visit", ["EGY"], ["JOR"], "Amman"),
    ("Egypt and Jordan held talks in Geneva.", [("Geneva", "CHE")], "third-party", ["EGY", "JOR"], [], "Geneva"),
    ("Egypt sent a delegation to Amman for talks.", [("Amman", "JOR")], "visit", ["EGY"], ["JOR"], "Amman"),
    ("Egypt and Jordan held talks about the war in Gaza.", [("Gaza", "PSE")], None, ["EGY", "JOR"], [], None),
])
def test_place_after_locative_sets_host_and_location(text, places, mode, actor, recipient, location):
    doc = code_events(_doc_with(text, "en", EN, places=places))
    consult = next(e for e in doc.events if e.event_type == "CONSULT")
    assert (consult.mode, [m.country for m in consult.actor], [m.country for m in consult.recipient]) == \
        (mode, actor, recipient)
    assert (consult.location or {}).get("text") == location


@pytest.mark.parametrize("text,kind,mode,aux", [
    ("Egypt threatened to cut ties with Jordan.", "THREATEN", "relations", None),
    ("Russia threatened to annex parts of Ukraine.", "THREATEN", "territory", None),
    ("Japan warned Russia of a military response.", "THREATEN", "violence", None),
    ("Russia rejected the request by Ukraine to free the prisoners.", "REJECT", "yield", None),
    ("Egypt rejected the accusations by Jordan.", "REJECT", None, None),
    ("Japan could impose sanctions on Russia.", "SANCTION", "discontinue", "hypothetical"),
    ("Japan imposed sanctions on Russia, which could hurt its economy.", "SANCTION", "discontinue", None),
])
def test_mode_and_aux_from_governed_content(text, kind, mode, aux):
    assert (kind, mode, aux) in [c[:3] for c in _coded(code_events(make_doc(text, "en", EN)))]


def test_request_noun_does_not_swallow_its_refusal():
    doc = code_events(make_doc("روسیه درخواست ترکیه برای آزادی زندانیان را نپذیرفت.", "fa", FA))
    assert [c[:2] for c in _coded(doc)] == [("REJECT", "yield")]


def test_trigger_inside_a_mention_makes_it_the_subject():
    doc = _doc_with("Indonesian protesters rallied against Japan.", "en", EN,
                    extra=[("Indonesian protesters", "IDN", "CVL")])
    assert ("PROTEST", "demo", None, ["IDN"], ["JPN"]) in _coded(code_events(doc))


@pytest.mark.parametrize("text,kind,actor,recipient", [
    ("Egypt demanded that Jordan release the detainees.", "REQUEST", ["EGY"], ["JOR"]),
    ("Chile extradited a Peru national to Japan.", "COOPERATE", ["CHL"], ["JPN"]),
])
def test_recipient_rules(text, kind, actor, recipient):
    assert any(c[0] == kind and c[3:] == (actor, recipient) for c in _coded(code_events(make_doc(text, "en", EN))))


@pytest.mark.parametrize("text", [
    "Japan's national team attacked relentlessly against Chile in the World Cup.",
    "Egypt released a statement on Jordan.",
    "Russia's troops crossed into Ukraine without warning.",
])
def test_stop_phrases_and_blockers(text):
    kinds = [e.event_type for e in code_events(make_doc(text, "en", EN)).events]
    assert "THREATEN" not in kinds and "RETREAT" not in kinds and not (kinds and "national team" in text)


def test_militia_mode_from_actor_sector():
    doc = _doc_with("Hezbollah deployed fighters along the border with Egypt.", "en", EN, extra=[("Hezbollah", "LBN", "REB")])
    assert "militia" in [e.mode for e in code_events(doc).events if e.event_type == "MOBILIZE"]


def test_longest_marker_and_pattern_win():
    from khabar.events.patterns import Compiler
    assert Compiler("en").compile(["talks", "peace talks"], "t").match("peace talks").group() == "peace talks"
    doc = make_doc("دانشجویان ایران در حمایت از ترکیه تجمع کردند.", "fa", FA)
    from khabar.events.roles import tag_of
    turkey = next(a for a in doc.actors if a.country == "TUR")
    assert tag_of(doc, turkey) == "about"


def test_verb_stem_inside_a_name_fires_nothing():
    """بايدن holds the stem of أيد (support) behind ب: a verb never takes ب, so no SUPPORT."""
    doc = code_events(make_doc("وصل بايدن إلى مصر صباح اليوم.", "ar", {**AR, "بايدن": "USA"}))
    assert "SUPPORT" not in [e.event_type for e in doc.events]


def test_cooperation_as_a_topic_is_no_cooperation():
    doc = code_events(make_doc("Egypt and Jordan held talks on cooperation in energy.", "en", EN))
    assert [e.event_type for e in doc.events] == ["CONSULT"]


def test_a_promise_not_made_is_negated_agree():
    doc = code_events(make_doc("Japan never promised China to halt the drills.", "en", EN))
    assert ("AGREE", None, "negation", ["JPN"], ["CHN"]) in _coded(doc)


def test_a_visit_announced_for_later_is_dated_when_announced():
    doc = code_events(make_doc("Egypt said its minister will visit Jordan in May 2024.", "en", EN, "2024-03-10"))
    assert [(e.event_type, e.date) for e in doc.events] == [("AGREE", "2024-03-10")]


def test_relative_clause_takes_its_antecedent_not_the_main_subject():
    doc = code_events(make_doc("Egypt condemned the cyber attacks which threaten the power grid.", "en", EN))
    assert "THREATEN" not in [e.event_type for e in doc.events]


def test_the_agent_of_a_warned_attack_is_the_recipient_of_the_warning():
    doc = code_events(make_doc("وزیر خارجه آمریکا گفت که گفتگو ادامه دارد، اما نسبت به اقدام در صورت حمله روسیه هشدار داد.",
                               "fa", FA))
    assert ("THREATEN", None, None, ["USA"], ["RUS"]) in [(k, None, a, ac, r) for k, _, a, ac, r in _coded(doc)]


@pytest.mark.parametrize("lang,actors,text,mode", [
    ("fa", FA, "پاکستان از ایران خواست که به حملات مرزی پایان دهد و نیروهایش را عقب بکشد.", "yield"),
    ("fa", FA, "روسیه از آمریکا خواسته است که هرگز موشک‌های خود را در ترکیه مستقر نکند.", "change"),
    ("en", EN, "Egypt demanded that Jordan withdraw its troops and release the prisoners.", "yield"),
])
def test_what_a_request_asks_for_is_not_an_act(lang, actors, text, mode):
    assert [c[:2] for c in _coded(code_events(make_doc(text, lang, actors)))] == [("REQUEST", mode)]


def test_a_warning_takes_only_a_threatenable_act_as_content():
    doc = code_events(make_doc("ترکیه به روسیه هشدار داد و ابراز امیدواری کرد که تنش‌ها کاهش یابد.", "fa", FA))
    assert {"THREATEN", "AGREE"} <= {e.event_type for e in doc.events}


def test_a_meeting_dated_after_publication_is_planned():
    doc = code_events(make_doc("Egypt and Jordan hold talks in Cairo on 20 May 2024.", "en", EN, "2024-03-10"))
    assert [(e.event_type, e.date) for e in doc.events] == [("AGREE", "2024-03-10")]


def test_a_clause_after_the_consequence_is_not_conditional():
    text = ("در صورت حمله روسیه، آمریکا تحریم‌های سختی اعمال خواهد کرد که شدیدتر از تحریم‌هایی است "
            "که پس از تصرف کریمه توسط روسیه اعلام شد.")
    assert {"THREATEN", "COERCE"} <= {e.event_type for e in code_events(make_doc(text, "fa", FA)).events}


def test_a_back_reference_to_no_earlier_event_codes_none():
    text = "سفیر ترکیه به وزارت خارجه ایران احضار شد. در این دیدار، اعتراض ایران به سفیر ترکیه ابلاغ شد."
    assert "CONSULT" not in {e.event_type for e in code_events(make_doc(text, "fa", FA)).events}


def test_what_an_agreement_agrees_to_is_not_an_act():
    text = "ترکیه موافقت کرد که در ماه‌های پیش رو با عراق و ایران برای مهار سیلاب‌های فصلی و مدیریت منابع آب مشترک همکاری کند."
    assert [e.event_type for e in code_events(make_doc(text, "fa", FA)).events] == ["AGREE"]


def test_a_persian_date_dates_the_verb_after_it():
    text = "پاکستان در ۲ مارس سفیر ایران را احضار کرد و در ۹ مارس، روسیه و چین تلفنی گفتگو کردند."
    coded = {e.event_type: e.date for e in code_events(make_doc(text, "fa", FA)).events}
    assert coded == {"ACCUSE": "2024-03-02", "CONSULT": "2024-03-09"}


@pytest.mark.parametrize("text", ["وأدانت مصر بشدة الهجوم على السفارة الإسرائيلية في الأردن.",
                                  "وأعربت قطر عن قلقها من اعتقال الصحفيين في الجزائر."])
def test_what_is_criticised_is_no_act_of_the_critic(text: str) -> None:
    assert [e.event_type for e in code_events(make_doc(text, "ar", AR)).events] == ["ACCUSE"]


def test_a_criticism_and_a_new_act_after_a_coordinator_are_two_events() -> None:
    text = "وانتقدت قطر مصر، وطردت الجزائر السفير الفرنسي."
    assert {e.event_type for e in code_events(make_doc(text, "ar", AR)).events} == {"ACCUSE", "SANCTION"}


def test_the_date_of_what_is_criticised_does_not_date_the_criticism() -> None:
    text = "وأدانت الأردن الهجوم على السفارة يوم 3 يناير."
    events = code_events(make_doc(text, "ar", AR, published="2024-03-15")).events
    assert [(e.event_type, e.aux) for e in events] == [("ACCUSE", None)]


def test_a_merged_mention_lends_no_recipient_from_the_events_own_side():
    from khabar.document import ActorMention, Event, Span
    from khabar.events.merge import absorb
    afg, pak = (ActorMention(0, 3, "X", country=c, sector="GOV") for c in ("AFG", "PAK"))
    clash = Event("ASSAULT", [afg, pak], [], [Span(0, 5)], confidence=0.9)
    absorb(clash, Event("ASSAULT", [pak], [afg], [Span(6, 9)], confidence=0.5))
    assert [m.country for m in clash.recipient] == []


@pytest.mark.parametrize("first,second,expected", [
    ("firearms", "heavy-weapons", "heavy-weapons"), ("heavy-weapons", "firearms", "heavy-weapons"),
    ("firearms", "aerial", "firearms"),  # aerial is not ranked by weight: the leader's mode stands
])
def test_a_merged_assault_takes_the_heavier_weapon(first, second, expected):
    from khabar.document import Event, Span
    from khabar.events.merge import absorb
    clash = Event("ASSAULT", [], [], [Span(0, 5)], mode=first, confidence=0.9)
    absorb(clash, Event("ASSAULT", [], [], [Span(6, 9)], mode=second, confidence=0.5))
    assert clash.mode == expected
