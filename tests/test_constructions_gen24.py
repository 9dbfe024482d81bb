"""Constructions of the gen24 set's tuning half (round 24, issue 9), proved on our own wording: a meal a host
is told to have offered ("offered a state banquet in honour of X") is an event held, no pledge; credentials
taken from envoys told by a title in the plural ("received the letters of credence of four new heads of
mission") are a ceremony; courtesy calls in the plural ("the envoys paid courtesy calls on the Prime
Minister") are talks as one call is; a guest received by someone with a long venue between the verb and its
"by" ("was received at the Palace of the Parliament by the President of the Senate") is a meeting.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nAPIA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=LEAD).meetings]


# ------------------------------------------------------------------ a meal offered is held, no pledge

@pytest.mark.parametrize("text", [
    "In the evening, President Ana Soto offered a state banquet in honour of President Li Wei.",
    "The King offered a luncheon for the visiting delegation at the palace on Tuesday.",
    "Prime Minister Li Wei offered a dinner in honour of his guest at Government House.",
    "The Emir also offered a lunch to the visiting minister and his delegation.",
    "That evening the hosts offered an official dinner at the Presidential Palace.",
])
def test_a_meal_offered_is_no_commitment(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, lead=LEAD)
    assert list(actions(found)) == []
    assert [m.kind for m in found.meetings] == ["other"]


@pytest.mark.parametrize(("text", "word"), [
    # an offer of something to give keeps its pledge
    ("Japan offered a loan of 30 billion yen to Tonga.", "loan"),
    # a meal still to come is a plan
    ("President Ana Soto will offer a state banquet in honour of President Li Wei on Friday.", "banquet"),
])
def test_other_offers_stay_commitments(extractor: RulesExtractor, text: str, word: str) -> None:
    assert any(word in action for action in actions(facts(extractor, text, lead=LEAD)))


# ------------------------------------------------------------------ credentials of envoys by a plural title

@pytest.mark.parametrize("text", [
    "King Tupou VI received the Letters of Credence of four new heads of mission at the Royal Palace on "
    "Tuesday.",
    "President Hilda Heine accepted the credentials of three new ambassadors at the Capitol on Monday.",
    "On Monday the Governor-General received the letters of credence of two heads of mission at "
    "Government House.",
    "President Ana Soto received the credentials of the new envoys of Chile and Peru.",
    "The Emir received the credentials of five new heads of mission accredited to Qatar.",
])
def test_credentials_taken_from_envoys_told_in_the_plural_are_a_ceremony(
        extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text)] == ["other"]


@pytest.mark.parametrize("text", [
    "The heads of mission have strong credentials in trade policy.",
    "President Ana Soto praised the credentials of the new heads of mission.",
])
def test_credentials_told_of_are_no_ceremony(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ courtesy calls in the plural

@pytest.mark.parametrize(("text", "host"), [
    ("After the ceremony, the four envoys paid courtesy calls on the Prime Minister, Lord Fakafanua.",
     "Fakafanua"),
    ("The new ambassadors later paid courtesy calls on Prime Minister Ana Soto.", "Ana Soto"),
    ("Ambassador Kenji Morimoto and Ambassador Li Wei paid courtesy calls on Prime Minister Ana Soto.",
     "Ana Soto"),
    ("The visiting ministers paid courtesy calls on President Hilda Heine at the Capitol on Monday.",
     "Hilda Heine"),
    ("On Tuesday the delegates made courtesy calls on Speaker Li Wei.", "Li Wei"),
])
def test_courtesy_calls_in_the_plural_are_talks(extractor: RulesExtractor, text: str, host: str) -> None:
    found = _meetings(extractor, text)
    assert [kind for kind, _ in found] == ["talks"]
    assert any(host in person for person in found[0][1])


@pytest.mark.parametrize("text", [
    "Courtesy calls on the Prime Minister are planned for next week.",
    "The envoys will pay courtesy calls on the Prime Minister, Lord Fakafanua, on Friday.",
])
def test_courtesy_calls_ahead_are_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ received at a long venue by someone

@pytest.mark.parametrize(("text", "host"), [
    ("Later that day, President Faye was received at the Palace of the Parliament by the President of the "
     "Senate, Mircea Abrudean.", "Mircea Abrudean"),
    ("The Senegalese President was received at the Palace of the Parliament by the President of the "
     "Senate, Mircea Abrudean, and the Speaker, Sorin Grindeanu.", "Mircea Abrudean"),
    ("On Friday Minister Li Wei was received at the seat of the National Assembly by Speaker Ana Soto.",
     "Ana Soto"),
    ("President Faye was also received at the seat of the Commission by Chairperson Ana Soto.", "Ana Soto"),
    ("Minister Li Wei was then received at the State House in Nairobi by President Ana Soto.", "Ana Soto"),
])
def test_a_guest_received_at_a_long_venue_is_met(extractor: RulesExtractor, text: str, host: str) -> None:
    found = _meetings(extractor, text)
    assert len(found) == 1
    assert any(host in person for person in found[0][1])


@pytest.mark.parametrize("text", [
    "The proposal was received at the last sitting of the joint committee in Apia by its members.",
    "The shipment was received at the container terminal of the port of Apia by customs officers.",
])
def test_things_received_at_a_venue_are_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text) if kind == "other"] == []


# ------------------------------------------------------------------ goods handed over in a future passive

@pytest.mark.parametrize(("text", "word", "deadline"), [
    ("Mr Morimoto said two patrol boats for the maritime force, funded under Japan's security aid, would be "
     "handed over by the end of March 2026.", "boats", "by the end of March 2026"),
    ("Mr Morimoto said two patrol boats would be handed over by the end of March 2026.", "boats",
     "by the end of March 2026"),
    ("The minister said the helicopters will be delivered by the end of June.", "helicopters",
     "by the end of June"),
    ("According to the embassy, the first batch of vaccines will be shipped before the end of July.",
     "vaccines", "before the end of July"),
    ("The ambassador said the buses would be donated to the city by September.", "buses", "by September"),
])
def test_goods_handed_over_with_a_date_are_a_commitment(extractor: RulesExtractor, text: str, word: str,
                                                       deadline: str) -> None:
    found = facts(extractor, text, lead=LEAD).commitments
    assert any(word in c.action and c.deadline_text == deadline for c in found)


@pytest.mark.parametrize("text", [
    "The boats will be used for patrols in the exclusive economic zone.",
    "The helicopters will be flown by local crews after training.",
])
def test_goods_otherwise_used_are_no_commitment(extractor: RulesExtractor, text: str) -> None:
    assert list(actions(facts(extractor, text, lead=LEAD))) == []


# ------------------------------------------------------------------ talks widened "in an expanded format"

@pytest.mark.parametrize("text", [
    "President Ana Soto and President Li Wei had a tête-à-tête meeting, followed by talks in an expanded "
    "format.",
    "The two heads of state then had a tête-à-tête meeting, followed by talks in an expanded format, with "
    "the participation of the two delegations.",
    "President Ana Soto and President Li Wei first met in a tête-à-tête, followed by talks in an enlarged "
    "format.",
    "Prime Minister Li Wei held a one-on-one meeting with President Ana Soto, followed by talks in a broader "
    "format.",
    "President Ana Soto and President Li Wei held a private meeting, followed by talks at delegation level.",
])
def test_talks_in_an_expanded_format_are_a_second_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text)] == ["talks", "talks"]


@pytest.mark.parametrize("text", [
    "President Ana Soto and President Li Wei held talks in an enlarged format on Monday.",
    "President Ana Soto and President Li Wei held talks in the presidential palace.",
    # the format told after "met" tells the same talks again
    "President Ana Soto and President Li Wei held talks in Apia on Monday. Soto, Li and Foreign Minister Tom "
    "Lee then met in an expanded format on Monday.",
])
def test_talks_of_one_format_are_one_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text)] == ["talks"]

