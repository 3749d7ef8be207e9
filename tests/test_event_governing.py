"""events.v1: what a governing trigger (a request, an agreement, a threat) takes as its content, and how far an
if-clause reaches, on hand-written sentences."""
from _eventdoc import make_doc
from khabar.events.coder import code_events

AR = {"مصر": "EGY", "إسرائيل": "ISR", "تركيا": "TUR", "سوريا": "SYR", "المجر": "HUN", "الجزائر": "DZA",
      "فرنسا": "FRA", "إيران": "IRN", "ألمانيا": "DEU", "اليمن": "YEM"}
EN = {"Egypt": "EGY", "Israel": "ISR"}


def _coded(text: str, lang: str = "ar", actors: dict[str, str] = AR) -> list[tuple]:
    doc = code_events(make_doc(text, lang, actors))
    return [(e.event_type, e.mode, e.aux, [a.country for a in e.actor], [r.country for r in e.recipient])
            for e in doc.events]


def test_coordinated_contents_are_all_asked_for():
    coded = _coded("وطالبت تركيا سوريا بأن توقف القصف وتسحب قواتها من المنطقة.")
    assert coded == [("REQUEST", "yield", None, ["TUR"], ["SYR"])]


def test_coordinated_contents_in_english():
    coded = _coded("Egypt urged Israel to halt the shelling and withdraw its troops.", "en", EN)
    assert [c[0] for c in coded] == ["REQUEST"]


def test_a_content_after_a_comma_is_an_event_of_its_own():
    coded = _coded("وطالبت تركيا سوريا بوقف القصف، وأفرجت سوريا عن معتقلين أتراك.")
    assert ("RETREAT", "release", None, ["SYR"], []) in coded or any(c[0] == "RETREAT" for c in coded)


def test_mode_cue_in_the_complement_clause():
    assert _coded("وطالبت ألمانيا المجر بأن تعدل قانون الإعلام.") == [("REQUEST", "change", None, ["DEU"], ["HUN"])]


def test_a_call_to_resign_asks_for_change():
    assert _coded("وطالبت فرنسا وزير الداخلية في الجزائر بأن يقدم استقالته.")[0][:2] == ("REQUEST", "change")


def test_an_agreement_to_extend_a_truce_is_a_concession():
    assert [c[0] for c in _coded("واتفقت مصر وإسرائيل على تمديد الهدنة يومين.")] == ["CONCEDE"]


def test_an_if_clause_beyond_a_comma_governs_nothing_before_it():
    coded = _coded("ودعت فرنسا الجزائر إلى التراجع عن قرار الطرد، محذرة من أنها سترد إذا تمسكت الجزائر بقرارها.")
    assert ("REQUEST", "yield", None, ["FRA"], ["DZA"]) in coded
    assert not any(c[0] == "THREATEN" and c[1] == "expel" for c in coded)


def test_an_if_clause_right_after_a_sanction_makes_it_a_threat():
    coded = _coded("وقالت ألمانيا إن العقوبات على إيران ستعود إذا لم تلتزم بالاتفاق.")
    assert ("THREATEN", "restrict", None, ["DEU"], ["IRN"]) in coded


def test_a_planning_word_before_a_complement_makes_its_verb_future():
    assert _coded("ومن المقرر أن يلتقي رئيس مصر رئيس تركيا في القاهرة.")[0][:3] == ("AGREE", None, None)


def test_a_hedge_before_a_complement_makes_its_verb_hypothetical():
    assert ("ASSAULT", None, "hypothetical", ["ISR"], ["IRN"]) in _coded("ومن الممكن أن تشن إسرائيل هجوما على إيران.")
