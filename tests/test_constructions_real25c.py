"""Constructions of real reports (issue 9, real25c), commitments, proved on our own wording.

What the sides agreed or decided in a that-clause ("agreed that discussions will continue on X",
"decided that the working groups should meet") is their undertaking, dated or not, and theirs when the
clause's subject is no party; a document's noun the parser reads as a verb after the noun before it
("sign the fisheries deal next week") stays in the act with its date; sides that open a joint thing, or
one at a named place with the place hung on the verb, by a date plan it, as a party that opens a fair or
forum does; a commitment to a document in hand
("their commitment to the X Treaty") undertakes nothing; and a past date naming a thing ("the March 2018
commission") is no deadline.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, Dated, actions, dated, facts

# ------------------------------------------------------------------ "agreed that X will/should …"


@pytest.mark.parametrize(("text", "action"), [
    ("The two sides agreed that discussions will continue on the fisheries issue.",
     "continue discussions on the fisheries issue"),
    ("They agreed that the working groups should hold their meetings regularly.",
     "hold their meetings regularly"),
    ("The delegations agreed that the next round of talks should be held in Lima.",
     "hold the next round of talks in Lima"),
    ("Mahama and Boluarte agreed that consultations would resume in Lima.",
     "resume consultations in Lima"),
    ("The ministers decided that exchanges between their academies would continue.", "continue"),
])
def test_what_the_sides_agreed_is_undertaken(extractor: RulesExtractor, text: str, action: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == [action]


def test_the_agreers_undertake_a_clause_of_no_party(extractor: RulesExtractor) -> None:
    found = facts(extractor, "The two sides agreed that discussions will continue on the fisheries issue.",
                  lead=TALKS_LEAD)
    assert [c.actor for c in found.commitments] == ["Ghana and Peru"]


@pytest.mark.parametrize("text", [
    "Analysts agree that trade will grow.",  # onlookers, and a forecast
    "The two sides agreed that the talks had been fruitful.",  # a judgement of the past
    "Economists agreed that prices should fall next year.",  # no party
])
def test_no_agreed_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == []


# ------------------------------------------------------------------ "the fisheries deal" ("deal" a verb)


@pytest.mark.parametrize(("text", "expected"), [
    ("The president will sign the fisheries deal next week.",
     ("sign the fisheries deal", "next week", "2025-05-18")),
    ("Mahama will sign the fisheries deal next week.",
     ("sign the fisheries deal", "next week", "2025-05-18")),
    ("Peru would finalise the minerals deal by June.", ("finalise the minerals deal", "by June", "2025-06")),
    ("The ministers will review the arms deal in July.", ("review the arms deal", "in July", "2025-07")),
])
def test_a_deal_read_as_a_verb_stays_in_the_act(extractor: RulesExtractor, text: str,
                                                expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The ministry will say the firms deal fairly with workers by June.",  # a clause of its own, undated act
    "Ghana will tell the companies it deals with in March.",
])
def test_a_clause_of_dealing_stays_apart(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ opening a joint post by a date


@pytest.mark.parametrize(("text", "expected"), [
    ("The two governments will open a joint inspection point at Holili by March 2026.",
     ("open a joint inspection point at Holili", "by March 2026", "2026-03")),
    ("Ghana and Peru will open a joint border post by March 2026.",
     ("open a joint border post", "by March 2026", "2026-03")),
    ("Peru will open a checkpoint at Tumbes by June.", ("open a checkpoint at Tumbes", "by June", "2025-06")),
    ("The two countries would open a common customs desk before September.",
     ("open a common customs desk", "before September", "2025-08")),
    ("Ghana will open a bilateral trade window at Aflao by the end of the year.",
     ("open a bilateral trade window at Aflao", "by the end of the year", "2025-12")),
])
def test_a_joint_or_placed_opening_by_a_date_is_planned(extractor: RulesExtractor, text: str,
                                                         expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Ghana will open new markets by 2030.",  # no place, nothing shared: a forecast
    "Ghana will open new markets in Asia by 2030.",  # a region, no town
    "The new bridge will open a joint market by 2030.",  # a thing opens it, no party
    "Ghana and Peru will open a joint border post.",  # no date
])
def test_no_opening_planned(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ a fair or forum opened by a party


@pytest.mark.parametrize(("text", "action"), [
    ("The two leaders will open a trade fair on Friday.", "open a trade fair"),
    ("Boluarte will open the business forum in Lima.", "open the business forum in Lima"),
    ("The ministers would open the exhibition of Ghanaian crafts next week.",
     "open the exhibition of Ghanaian crafts"),
    ("Ghana and Peru will open a new round of talks in June.", "open a new round of talks"),
    ("President Mahama will open the investment conference in Accra.",
     "open the investment conference in Accra"),
])
def test_an_event_opened_by_a_party_is_undertaken(extractor: RulesExtractor, text: str, action: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == [action]


@pytest.mark.parametrize("text", [
    "The fair will open new markets for farmers.",  # a thing opens, no party
    "Ghana will open a new chapter in relations.",
    "The new route will open a forum for traders.",
])
def test_no_event_opened(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == []


# ------------------------------------------------------------------ a commitment to a document kept


@pytest.mark.parametrize("text", [
    "They also reaffirmed their commitment to the Indus Water Treaty.",
    "Ghana reiterated its commitment to the Paris Agreement.",
    "Peru renewed its commitment to the 1998 border treaty.",
    "The two leaders stressed their commitment to the Joint Protocol signed in 2019.",
    "Both ministers underlined their commitment to the existing accord.",
])
def test_a_document_kept_is_no_commitment(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == []


@pytest.mark.parametrize(("text", "action"), [
    ("Both sides expressed their commitment to a free trade agreement.", "free trade agreement"),
    ("They reaffirmed their commitment to the implementation of the treaty.", "implementation of the treaty"),
])
def test_a_document_to_make_or_an_act_on_one_is_committed(extractor: RulesExtractor, text: str,
                                                          action: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == [action]


# ------------------------------------------------------------------ a past date naming a thing


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers will assess progress in the work plans from the March 2018 commission.",
     ("assess progress in the work plans from the March 2018 commission", None, None)),
    ("The sides will review the decisions of the July 2024 joint commission by June.",
     ("review the decisions of the July 2024 joint commission", "by June", "2025-06")),
    ("The ministers will study the findings of the May 2024 working group meeting.",
     ("study the findings of the May 2024 working group meeting", None, None)),
])
def test_a_past_date_naming_a_thing_is_no_deadline(extractor: RulesExtractor, text: str,
                                                  expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The commission will meet in March 2026.", ("meet", "in March 2026", "2026-03")),
    ("The sides will implement the plan by March 2026.", ("implement the plan", "by March 2026", "2026-03")),
])
def test_a_date_ahead_stays_the_deadline(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]
