"""Direction, recipients and duplicates on hand-written sentences: recipients read from the discourse, commas
that do not coordinate, and mentions of one event folded into one record (fa, ar, en)."""
import pytest

from _eventdoc import make_doc
import khabar
from khabar.events.coder import code_events
from khabar.events.discourse import TAG

FA = {"ایران": "IRN", "عراق": "IRQ", "روسیه": "RUS", "اوکراین": "UKR"}
AR = {"مصر": "EGY", "الأردن": "JOR", "قطر": "QAT"}
EN = {"Egypt": "EGY", "Jordan": "JOR", "Russia": "RUS", "Ukraine": "UKR", "Japan": "JPN", "China": "CHN"}


def _events(text, lang, actors, kind=None):
    doc = code_events(make_doc(text, lang, actors))
    return [e for e in doc.events if kind is None or e.event_type == kind]


def _dyad(event):
    return [a.country for a in event.actor], [r.country for r in event.recipient]


@pytest.mark.parametrize("lang,actors,text,actor,recipient", [
    ("fa", FA, "ایران و عراق روز دوشنبه گفتگوی تلفنی داشتند. این تماس به درخواست ایران انجام شد.", "IRN", "IRQ"),
    ("ar", AR, "وأجرى رئيس مصر اتصالا هاتفيا مع أمير قطر. وجاء الاتصال بناء على طلب مصر.", "EGY", "QAT"),
    ("en", EN, "Egypt and Jordan held talks on Monday. Egypt later demanded guarantees.", "EGY", "JOR"),
])
def test_recipient_from_the_discourse(lang, actors, text, actor, recipient):
    request = _events(text, lang, actors, "REQUEST")[0]
    assert _dyad(request) == ([actor], [recipient])
    assert request.coder.endswith(TAG) and request.confidence < 0.95


@pytest.mark.parametrize("lang,actors,text", [
    ("en", EN, "Japan demanded guarantees."),
    ("en", EN, "Egypt and Jordan held talks on Monday.\n\nOn Friday, Japan demanded guarantees from the envoy."),
])
def test_no_recipient_is_invented_without_a_counterpart(lang, actors, text):
    request = _events(text, lang, actors, "REQUEST")[0]
    assert request.recipient == [] and TAG not in request.coder


def test_commas_alone_do_not_coordinate():
    request = _events("وحث رئيس مصر، الأردن على استئناف المحادثات.", "ar", AR, "REQUEST")[0]
    assert _dyad(request) == (["EGY"], ["JOR"])


def test_headline_statement_merges_with_its_restatement():
    text = ("Japan accuses China of hacking\n\nOfficials in Tokyo spoke on Monday.\n\n"
            "Later, Japan accused China of spying on its ministries.")
    accusations = _events(text, "en", EN, "ACCUSE")
    assert len(accusations) == 1 and len(accusations[0].evidence) == 2


def test_a_reply_in_the_other_direction_is_another_event():
    attacks = _events("Russia shelled Ukraine on Monday. Ukraine shelled Russia on Monday.", "en", EN, "ASSAULT")
    assert sorted(_dyad(a) for a in attacks) == [(["RUS"], ["UKR"]), (["UKR"], ["RUS"])]


@pytest.mark.parametrize("lang,actors,text,kind", [
    ("en", EN, "Japan condemned and criticised China.", "ACCUSE"),
    ("fa", FA, "روسیه به اوکراین حمله کرد و شهرهای اوکراین را بمباران کرد.", "ASSAULT"),
])
def test_two_triggers_of_one_type_in_one_sentence_are_one_event(lang, actors, text, kind):
    assert len(_events(text, lang, actors, kind)) == 1


def test_back_reference_points_to_an_earlier_sentence():
    text = "Egypt and Jordan held talks in Cairo on Monday. Russia and Ukraine held talks after this meeting."
    talks = {tuple(_dyad(t)[0]): len(t.evidence) for t in _events(text, "en", EN, "CONSULT")}
    assert talks == {("EGY", "JOR"): 2, ("RUS", "UKR"): 1}


@pytest.mark.parametrize("lang,actors,text,actor", [
    ("en", EN, 'Japan added: "Sadly, China refused to hold a meeting."', "CHN"),
    ("ar", AR, 'وأضاف الأردن: "للأسف، رفضت مصر عقد اجتماع".', "EGY"),
    ("fa", FA, "ایران افزود: «متاسفانه عراق برگزاری نشست را رد کرد».", "IRQ"),
])
def test_direct_speech_has_its_own_subject(lang, actors, text, actor):
    assert [_dyad(e)[0] for e in _events(text, lang, actors, "REJECT")] == [[actor]]


def test_a_beneficiary_after_for_is_not_the_next_verbs_subject():
    text = "Japan voiced support for Ukraine and criticised Russia."
    assert [_dyad(e) for e in _events(text, "en", EN, "ACCUSE")] == [(["JPN"], ["RUS"])]


@pytest.mark.parametrize("lang,actors,text,kind,actor,recipient", [
    ("en", EN, "Russia has been criticised by Japan.", "ACCUSE", "JPN", "RUS"),
    ("en", EN, "Ukraine was attacked by Russia on Monday.", "ASSAULT", "RUS", "UKR"),
    ("ar", AR, "واتهمت الأردن من قبل مصر بخرق الاتفاق.", "ACCUSE", "EGY", "JOR"),
    ("fa", FA, "عراق توسط ایران بمباران شد.", "ASSAULT", "IRN", "IRQ"),
])
def test_passive_by_agent_is_the_actor(lang, actors, text, kind, actor, recipient):
    assert [_dyad(e) for e in _events(text, lang, actors, kind)] == [([actor], [recipient])]


def test_by_after_a_noun_is_not_a_passive_agent():
    doc_events = _events("Japan condemned abuses by China.", "en", EN, "ACCUSE")
    assert [_dyad(e) for e in doc_events] == [(["JPN"], ["CHN"])]


FA_NOUN = dict(FA, **{"آمریکا": "USA"})
AR_NOUN = dict(AR, **{"إسرائيل": "ISR", "الإسرائيلي": "ISR", "الروسي": "RUS", "أوكرانيا": "UKR"})


@pytest.mark.parametrize("lang,actors,text,actor,recipient", [
    ("fa", FA, "ایران تهاجم روسیه به اوکراین را محکوم کرد.", "RUS", "UKR"),
    ("fa", FA_NOUN, "ایران نگران حمله آمریکا به عراق است.", "USA", "IRQ"),
    ("ar", AR_NOUN, "وانتقدت مصر الهجوم الإسرائيلي على الأردن.", "ISR", "JOR"),
    ("ar", AR_NOUN, "وأدانت مصر الغزو الروسي لأوكرانيا.", "RUS", "UKR"),
    ("fa", FA_NOUN, "آمریکا از ترس از تهاجم دیگر روسیه به اوکراین سخن گفت.", "RUS", "UKR"),  # an adjective between
    ("ar", AR_NOUN, "وأدانت مصر الغارات الجوية الإسرائيلية على الأردن.", "ISR", "JOR"),
    ("en", EN, "Egypt responded to Russia's invasion of Ukraine.", "RUS", "UKR"),
    ("en", EN, "Japan condemned the invasion of Ukraine by Russia.", "RUS", "UKR"),
])
def test_an_event_nouns_possessor_is_its_actor(lang, actors, text, actor, recipient):
    assert [_dyad(e) for e in _events(text, lang, actors, "ASSAULT")] == [([actor], [recipient])]


def test_a_criticism_nouns_target_follows_az():
    assert [_dyad(e) for e in _events("ایران از انتقاد عراق از آمریکا استقبال کرد.", "fa", FA_NOUN, "ACCUSE")] \
        == [(["IRQ"], ["USA"])]


@pytest.mark.parametrize("lang,actors,text,kind,actor,recipient", [
    ("fa", FA_NOUN, "آمریکا تحریم روسیه را تمدید کرد.", "SANCTION", "USA", "RUS"),  # a patient noun: sanctions on Russia
    ("fa", FA, "ایران هشدار داد روسیه باید عقب نشینی کند.", "THREATEN", "IRN", "RUS"),  # a verb: the next mention is no possessor
    ("ar", AR_NOUN, "وطالبت مصر إسرائيل بوقف الهجوم.", "REQUEST", "EGY", "ISR"),
])
def test_patient_nouns_and_verbs_keep_their_subject(lang, actors, text, kind, actor, recipient):
    assert [_dyad(e) for e in _events(text, lang, actors, kind)] == [([actor], [recipient])]


@pytest.mark.parametrize("lang,actors,text", [
    ("en", EN, "Japan accused China of spying and threatened sanctions."),
    ("fa", dict(FA, **{"چین": "CHN", "ژاپن": "JPN"}), "ژاپن چین را به جاسوسی متهم کرد و به تحریم تهدید کرد."),
    ("ar", dict(AR, **{"الصين": "CHN", "اليابان": "JPN"}), "واتهمت اليابان الصين بالتجسس و هددت بفرض عقوبات."),
])
def test_a_coordinated_verb_keeps_the_first_subject(lang, actors, text):
    assert [_dyad(e) for e in _events(text, lang, actors, "THREATEN")] == [(["JPN"], ["CHN"])]


@pytest.mark.parametrize("lang,actors,text", [
    ("fa", FA_NOUN, "آمریکا گفت در صورت تهاجم روسیه تحریم اعمال خواهد کرد."),
    ("ar", dict(AR, **{"اليابان": "JPN", "روسيا": "RUS", "الروسي": "RUS"}),
     "وقالت اليابان إنها ستفرض عقوبات على روسيا في حال الغزو الروسي."),
    ("en", EN, "Japan said it would impose sanctions on Russia in case of a Russian invasion."),
])
def test_a_condition_is_not_aimed_at_whoever_threatens_it(lang, actors, text):
    attack = _events(text, lang, actors, "ASSAULT")[0]
    assert attack.aux == "hypothetical" and _dyad(attack) == (["RUS"], []) and TAG not in attack.coder


@pytest.mark.parametrize("lang,actors,text", [
    ("fa", {"ایران": "IRN", "دو شهروند عراقی": "IRQ", "روسیه": "RUS"}, "ایران بازداشت دو شهروند عراقی در روسیه را محکوم کرد."),
    ("ar", dict(AR, **{"ثلاثة مواطنين عراقيين": "IRQ", "روسيا": "RUS"}), "وأدانت مصر اعتقال ثلاثة مواطنين عراقيين في روسيا."),
    ("en", dict(EN, **{"three Iraqi citizens": "IRQ"}), "Egypt condemned the detention of three Iraqi citizens in Russia."),
])
def test_the_state_where_a_patient_was_arrested_acted(lang, actors, text):
    assert [_dyad(e) for e in _events(text, lang, actors, "COERCE")] == [(["RUS"], ["IRQ"])]


def _sectored(text, lang, actors, sectors):
    """A document whose named mentions carry a sector other than GOV (protesters are civilians)."""
    doc = make_doc(text, lang, actors)
    for m in doc.actors:
        m.sector = sectors.get(m.text, m.sector)
    return code_events(doc)


@pytest.mark.parametrize("lang,actors,crowd,text", [
    ("fa", {"صدها عراقی": "IRQ", "تهران": "IRN", "روسیه": "RUS"}, "صدها عراقی",
     "صدها عراقی در شهر تهران علیه روسیه تظاهرات کردند."),
    ("ar", {"متظاهرون": "IRQ", "عمان": "JOR", "روسيا": "RUS"}, "متظاهرون",
     "تظاهر متظاهرون في العاصمة الأردنية عمان ضد روسيا."),
    ("en", {"Iraqis": "IRQ", "Amman": "JOR", "Russia": "RUS"}, "Iraqis",
     "Hundreds of Iraqis demonstrated in the Jordanian capital Amman against Russia."),
])
def test_a_city_after_a_place_head_is_a_venue_not_a_target(lang, actors, crowd, text):
    doc = _sectored(text, lang, actors, {crowd: "CVL"})
    assert [_dyad(e) for e in doc.events if e.event_type == "PROTEST"] == [(["IRQ"], ["RUS"])]


@pytest.mark.parametrize("lang,actors,text,kind,actor,recipient", [
    ("fa", FA, "عراق گفت که آغازگر این درگیری ها ایران بود.", "ACCUSE", "IRQ", "IRN"),
    ("ar", AR, "وقالت مصر إن الأردن سيواجه ردا حازما.", "THREATEN", "EGY", "JOR"),
    ("en", EN, "Japan said that China had crossed a red line.", "THREATEN", "JPN", "CHN"),
])
def test_a_verbal_act_named_by_a_noun_in_what_was_said_is_the_sayers(lang, actors, text, kind, actor, recipient):
    assert [_dyad(e) for e in _events(text, lang, actors, kind)] == [([actor], [recipient])]


@pytest.mark.parametrize("lang,actors,text,kind,actor,recipient", [
    ("ar", AR, "وقال رئيس مصر في كلمة أمام وزير خارجية الأردن إنه يجب على قطر وقف الهجوم.", "REQUEST", ["EGY"], ["QAT"]),
    ("en", EN, "Egypt said that it had attacked Jordan.", "ASSAULT", ["EGY"], ["JOR"]),
    ("fa", FA, "وزیر خارجه ایران گفت که او با عراق دیدار کرد.", "CONSULT", ["IRN", "IRQ"], []),
])
def test_a_subject_pronoun_stands_for_the_earlier_clauses_subject(lang, actors, text, kind, actor, recipient):
    found = [_dyad(e) for e in _events(text, lang, actors, kind)]
    assert [(sorted(a), r) for a, r in found] == [(actor, recipient)]


@pytest.mark.parametrize("lang,actors,text,kind,recipient", [
    ("ar", AR, "استقبل رئيس مصر وزير الأردن، محذرا قطر.", "THREATEN", "QAT"),  # a participle's object, no possessor
    ("en", EN, "Egypt expelled the envoy of Jordan, accusing it of spying.", "ACCUSE", "JOR"),
])
def test_a_participle_adjunct_shares_its_clause_subject(lang, actors, text, kind, recipient):
    assert [_dyad(e) for e in _events(text, lang, actors, kind)] == [(["EGY"], [recipient])]


SUMMONS_FA = {"سفیر ترکیه": "TUR", "سفیر اتریش": "AUT", "وزارت خارجه عراق": "IRQ", "یونان": "GRC"}
SUMMONS_AR = {"السفير التركي": "TUR", "القائم بالأعمال الهولندي": "NLD", "الخارجية الليبية": "LBY",
              "الخارجية المغربية": "MAR"}
SUMMONS_EN = {"Dutch envoy": "NLD", "Austrian ambassador": "AUT", "the Hungarian Foreign Ministry": "HUN",
              "Serbia": "SRB", "Chile": "CHL"}


@pytest.mark.parametrize("lang,actors,text,actor,recipient", [
    ("fa", SUMMONS_FA, "سفیر اتریش روز چهارشنبه به وزارت خارجه عراق احضار شد.", "IRQ", "AUT"),
    ("fa", SUMMONS_FA, "سفیر ترکیه به دنبال این حادثه توسط یونان احضار شد.", "GRC", "TUR"),
    ("ar", SUMMONS_AR, "تم استدعاء القائم بالأعمال الهولندي إلى الخارجية الليبية صباح اليوم.", "LBY", "NLD"),
    ("ar", SUMMONS_AR, "استدعت الخارجية المغربية السفير التركي للاحتجاج.", "MAR", "TUR"),
    ("en", SUMMONS_EN, "The Austrian ambassador was summoned to the Hungarian Foreign Ministry on Monday.", "HUN", "AUT"),
    ("en", SUMMONS_EN, "The Dutch envoy was summoned by Serbia after the protest.", "SRB", "NLD"),
    ("en", SUMMONS_EN, "Chile summoned the Austrian ambassador over the remarks.", "CHL", "AUT"),
    ("en", SUMMONS_EN, "Chile said the Austrian ambassador had been summoned over the remarks.", "CHL", "AUT"),
    ("ar", SUMMONS_AR, "أعلنت الخارجية المغربية استدعاء السفير التركي.", "MAR", "TUR"),
])
def test_a_summons_is_the_summoning_ministrys_act_on_the_envoy(lang, actors, text, actor, recipient):
    summons = _events(text, lang, actors, "ACCUSE")[0]
    assert _dyad(summons) == ([actor], [recipient]) and summons.mode == "disapprove"


@pytest.mark.parametrize("lang,actors,text", [
    ("en", SUMMONS_EN, "The Austrian ambassador was summoned on Monday."),
    ("fa", SUMMONS_FA, "سفیر اتریش روز چهارشنبه احضار شد."),
])
def test_an_agentless_summons_does_not_make_the_envoy_its_actor(lang, actors, text):
    assert all(["AUT"] != _dyad(e)[0] for e in _events(text, lang, actors, "ACCUSE"))


@pytest.mark.parametrize("lang,actors,text", [
    ("en", {"Qatari emir": "QAT", "Chile": "CHL"}, "The Qatari emir received a phone call from Chile on Sunday."),
    ("en", {"Qatari emir": "QAT", "Chile": "CHL"}, "The Qatari emir and Chile spoke on the phone about trade."),
    ("ar", {"أمير قطر": "QAT", "الرئيس التشيلي": "CHL"}, "تلقى أمير قطر اتصالا هاتفيا من الرئيس التشيلي."),
    ("ar", {"أمير قطر": "QAT", "الرئيس التشيلي": "CHL"}, "جرت محادثة هاتفية بين أمير قطر والرئيس التشيلي."),
    ("fa", {"امیر قطر": "QAT", "رئیس‌جمهور شیلی": "CHL"}, "امیر قطر و رئیس‌جمهور شیلی گفت‌وگوی تلفنی انجام دادند."),
])
def test_a_call_is_a_phone_consultation_between_both_parties(lang, actors, text):
    call = _events(text, lang, actors, "CONSULT")[0]
    assert call.mode == "phone" and sorted(a.country for a in call.actor) == ["CHL", "QAT"]


@pytest.mark.parametrize("lang,actors,text", [
    ("en", EN, ("Japan accuses China\n\nJapan accuses China\n\nJapan accused China of hacking on Monday.\n\n"
                "Officials met in Tokyo.\n\nLater, Japan accused China of spying on its ministries.")),
    ("fa", FA, ("ایران روسیه را متهم کرد\n\nایران روسیه را متهم کرد\n\nایران روز دوشنبه روسیه را متهم کرد.\n\n"
                "مقامات در تهران دیدار کردند.\n\nسپس ایران بار دیگر روسیه را متهم کرد.")),
    ("ar", AR, ("مصر تتهم قطر\n\nمصر تتهم قطر\n\nواتهمت مصر قطر يوم الاثنين.\n\n"
                "وعقد المسؤولون اجتماعا في القاهرة.\n\nوفي وقت لاحق اتهمت مصر قطر مرة أخرى.")),
])
def test_a_headline_printed_twice_leaves_the_lead_in_the_summary(lang, actors, text):
    accusations = _events(text, lang, actors, "ACCUSE")
    assert len(accusations) == 1 and len(accusations[0].evidence) >= 3


ONE_SIDED = {
    "en": ("Trade talks end\n\nOfficials met in Tokyo.\n\nJapan criticised China over its trade policy. The talks "
           "lasted two hours. Officials said the meeting was useful. {when}Japan also criticised the plan."),
    "fa": ("پایان گفتگوها\n\nمقامات در تهران دیدار کردند.\n\nایران از عراق انتقاد کرد. این گفتگو دو ساعت طول کشید. "
           "مقامات گفتند دیدار مفید بود. {when}ایران همچنین از این طرح انتقاد کرد."),
    "ar": ("انتهاء المحادثات\n\nعقد المسؤولون اجتماعا في القاهرة.\n\nوانتقدت مصر قطر بسبب سياستها. واستمرت المحادثات "
           "ساعتين. وقال المسؤولون إن الاجتماع كان مفيدا. {when}كما انتقدت مصر الخطة."),
}


@pytest.mark.parametrize("lang,actors", [("en", EN), ("fa", FA), ("ar", AR)])
def test_a_later_mention_naming_only_the_actor_restates_the_earlier_act(lang, actors):
    accusations = _events(ONE_SIDED[lang].format(when=""), lang, actors, "ACCUSE")
    assert [(_dyad(a), len(a.evidence)) for a in accusations] == [(_dyad(accusations[0]), 2)]
    assert accusations[0].recipient and TAG not in accusations[0].coder


def test_a_one_sided_mention_with_another_date_is_another_act():
    accusations = _events(ONE_SIDED["en"].format(when="In March 2019, "), "en", EN, "ACCUSE")
    assert len(accusations) == 2


@pytest.mark.parametrize("lang,actors,text,actor,recipient", [
    ("en", EN, ("Trade talks end\n\nOfficials met in Tokyo.\n\nThe envoy answered Japan's call for a meeting next "
                "month. Japan asked China to release the sailors."), "JPN", "CHN"),
    ("fa", FA, ("پایان گفتگوها\n\nمقامات در تهران دیدار کردند.\n\nسفیر به درخواست ایران برای دیدار در ماه آینده "
                "پاسخ داد. ایران از عراق خواست که ملوانان را آزاد کند."), "IRN", "IRQ"),
    ("ar", AR, ("انتهاء المحادثات\n\nعقد المسؤولون اجتماعا في القاهرة.\n\nورد السفير على طلب مصر عقد اجتماع الشهر "
                "المقبل. وطالبت مصر قطر بالإفراج عن البحارة."), "EGY", "QAT"),
])
def test_a_statement_naming_both_sides_takes_over_the_noun_before_it(lang, actors, text, actor, recipient):
    requests = _events(text, lang, actors, "REQUEST")
    assert [(_dyad(r), len(r.evidence)) for r in requests] == [(([actor], [recipient]), 2)]


@pytest.mark.parametrize("lang,actors,text", [
    ("en", EN, "Japan rejected the proposal before the meeting in Tokyo."),
    ("fa", FA, "ایران پیش از نشست وزرا این پیشنهاد را رد کرد."),
    ("ar", AR, "ورفضت مصر الاقتراح قبل الاجتماع في القاهرة."),
])
def test_a_meeting_named_as_a_time_is_not_what_was_refused(lang, actors, text):
    assert [r.mode for r in _events(text, lang, actors, "REJECT")] == [None]


def test_a_refused_meeting_still_gives_the_mode():
    assert [r.mode for r in _events("Japan refused to hold a meeting with China.", "en", EN, "REJECT")] == ["meet"]


@pytest.mark.parametrize("text,kind,recipient", [
    # a threat whose recipient was borrowed lends it on to a strike by the same side in the next paragraph
    ("Russia called on Ukraine to halt its raids. Russia also warned that it would respond firmly.\n\n"
     "Hours later, Russia launched a missile strike.", "ASSAULT", ["UKR"]),
    # a cooperative statement with a borrowed recipient lends nothing: a commitment may be aimed at no one
    ("China urged Japan to resume military talks. China also praised the proposal.\n\n"
     "China pledged to keep the region free of nuclear weapons.", "AGREE", []),
])
def test_borrowed_recipients_pass_on_between_conflict_events(text, kind, recipient):
    event = _events(text, "en", EN, kind)[0]
    assert [r.country for r in event.recipient] == recipient


@pytest.mark.parametrize("lang,actors,text,actor,recipient", [
    # a byline between: the headline is no adjacent restatement, so only its borrowed recipient joins it to the lead
    ("en", EN, "Japan accuses envoy of spying\n\nBy staff writers in Tokyo\n\nJapan accused the ambassador of China of "
     "spying on Monday.", "JPN", "CHN"),
    ("ar", AR, "مصر تتهم السفير بالتجسس\n\nكتب محرر الشؤون الدولية\n\nاتهمت مصر سفير الأردن بالتجسس يوم الاثنين.", "EGY", "JOR"),
    ("fa", FA, "ایران سفیر را به جاسوسی متهم کرد\n\nگزارش از دبیر سرویس بین الملل\n\nایران روز دوشنبه سفیر عراق را به جاسوسی متهم کرد.",
     "IRN", "IRQ"),
])
def test_headline_takes_its_other_party_from_the_lead(lang, actors, text, actor, recipient):
    events = _events(text, lang, actors)
    assert len(events) == 1 and _dyad(events[0]) == ([actor], [recipient]) and len(events[0].evidence) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Norway's ambassador summoned over parliament speaker's remarks"),
    ("fa", "احضار سفیر نروژ به وزارت خارجه در پی اظهارات رئیس پارلمان این کشور"),
    ("ar", "استدعاء السفير النرويجي بعد تصريحات رئيس البرلمان"),
])
def test_a_headline_summons_never_makes_the_envoy_or_its_state_the_summoner(lang, text):
    events = [e for e in khabar.extract(text, lang=lang, published="2022-09-25").events if e.event_type == "ACCUSE"]
    assert all("NOR" not in [a.country for a in e.actor] for e in events)


def test_a_headline_participle_is_a_passive_but_a_sentence_keeps_its_subject():
    headline = "Iranian diplomats expelled over spying claims\n\nAzerbaijan expelled two Iranian diplomats on Thursday."
    coded = [_dyad(e) for e in khabar.extract(headline, lang="en", published="2023-04-06").events]
    assert coded == [(["AZE"], ["IRN"])]
    sentence = "Haiti's prime minister resigned on Monday."
    assert [_dyad(e) for e in khabar.extract(sentence, lang="en", published="2023-04-06").events] == [(["HTI"], [])]
