"""events.v1 mode and content rules: cues past the trigger's clause, `ask_mode`, coordinated contents of a
request, refused offers and future pledges, on hand-written English sentences."""
import pytest

from _eventdoc import make_doc
from khabar.events.coder import code_events

EN = {"Iraq": "IRQ", "Turkey": "TUR", "Britain": "GBR", "Iran": "IRN", "Tunisia": "TUN", "Seoul": "KOR",
      "Pyongyang": "PRK", "Tehran": "IRN", "Washington": "USA", "Egypt": "EGY"}


def _coded(text: str) -> list[tuple]:
    doc = code_events(make_doc(text, "en", EN))
    return [(e.event_type, e.mode, e.aux) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # the threat's content stands in the complement clause after "warned that"
    ("Seoul warned Pyongyang that further provocations would meet a strong military response.",
     ("THREATEN", "violence", None)),
    # a demanded resignation asks for change, not for a concession (retreat.resign `ask_mode`)
    ("Tunisia's opposition demanded the resignation of the prime minister.", ("REQUEST", "change", None)),
    # a request to end fighting reads its mode from the cue words, not the type of the content
    ("Egypt called for an end to the fighting and the release of all detainees.", ("REQUEST", "yield", None)),
    # a refused offer is coded by what was offered
    ("Tehran spurned Washington's offer of direct negotiations.", ("REJECT", "meet", None)),
    # a pledge is already an intention: no `future` aux on an AGREE
    ("Iran said it would be ready to resume nuclear talks.", ("AGREE", None, None)),
])
def test_mode_and_aux(text, expected):
    assert expected in _coded(text)


def test_coordinated_contents_of_a_demand_are_not_events():
    coded = _coded("Iraq demanded that Turkey halt its air strikes and withdraw its troops from the border.")
    assert coded == [("REQUEST", "yield", None)]


def test_a_new_subject_after_the_coordinator_codes_its_own_event():
    coded = _coded("Iran demanded a halt to the raids, and Britain withdrew its warships from the strait.")
    assert ("RETREAT", "withdraw", None) in coded


def test_a_finite_verb_after_the_coordinator_is_a_new_act():
    coded = _coded("Turkey rejected the criticism and accused Iraq of sheltering militants.")
    assert ("ACCUSE", "allege", None) in coded


def test_support_cited_as_a_grievance_is_the_allegation():
    coded = _coded("Iraq cut ties with Turkey, citing its support for the rebels.")
    assert [c[0] for c in coded] == ["SANCTION", "ACCUSE"]


def test_an_offered_meeting_named_twice_is_one_content():
    coded = _coded("Turkey offered to host new peace talks between Iran and Egypt.")
    assert [c[0] for c in coded] == ["AGREE"]


def test_a_finite_verb_after_the_coordinator_is_no_content_of_the_refusal():
    coded = _coded("Egypt rejected the proposal and called for talks with Iran.")
    assert ("REQUEST", "meet", None) in coded


def test_a_hedge_word_does_not_make_a_threat_hypothetical():
    coded = _coded("Iran said any attack on Iraq would be considered a declaration of war.")
    assert ("THREATEN", "violence", None) in coded
