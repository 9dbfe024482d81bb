"""Constructions of real signing reports (round 23, instruments): the fields a purpose that only furthers
relations lists ("signed three MoUs to deepen cooperation in the fields of A, B and C", "a number of MoUs to
boost ties in A and B") are what the documents are on; a comma list's closing "and" parts a cooperation of
its own or a capitalised title from an item holding a preposition ("…, Cooperation in the field of tourism
and Water Cooperation"); a town told with its state after a comma is where documents were signed, no
field ("signed three agreements in Nay Pyi Taw, Myanmar"); documents said to be expected to do something
are not named by it; programmes joined to works in general ("agreed on projects and programmes") are no
document."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# ------------------------------------------------------------------ fields of a purpose of relations


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides signed three memoranda of understanding to enhance cooperation in the fields of "
     "media, culture and higher education.", ["media", "culture", "higher education"]),
    ("The ministers signed a number of MoUs to enhance joint cooperation in media, culture and higher "
     "education.", ["media", "culture", "higher education"]),
    ("Ghana and Peru inked four agreements to deepen ties in agriculture, mining, health and tourism.",
     ["agriculture", "mining", "health", "tourism"]),
    ("Four MoUs were signed to strengthen bilateral cooperation in the areas of trade, energy and "
     "security.", ["trade", "energy", "security"]),
    ("Laos and Nepal signed two agreements on Monday to boost cooperation in the fields of aviation and "
     "forestry.", ["aviation", "forestry"]),
])
def test_the_fields_of_a_purpose_of_relations_are_the_subjects(find: Find, text: str,
                                                               expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a purpose of relations in fields untold is a package, no document
    ("The two sides signed several MoUs to boost cooperation in various sectors.", []),
    # a purpose that names acts keeps one document per act
    ("The two sides signed three MoUs to build a port, train nurses and protect forests.",
     ["build a port", "train nurses", "protect forests"]),
])
def test_a_purpose_naming_no_fields_keeps_its_reading(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------------ a comma list's closing "and"


@pytest.mark.parametrize(("text", "expected"), [
    ("The MoUs are on Child Protection, Cooperation in the field of tourism and Water Cooperation.",
     ["Child Protection", "Cooperation in the field of tourism", "Water Cooperation"]),
    ("The two sides signed MoUs on Child Protection, Cooperation in the Field of Tourism and Water "
     "Cooperation.", ["Child Protection", "Cooperation in the Field of Tourism", "Water Cooperation"]),
    ("Benin and Togo signed accords on policing, cooperation in the area of customs and border "
     "cooperation.", ["policing", "cooperation in the area of customs", "border cooperation"]),
    ("The agreements cover health, cooperation in the field of culture and Youth Exchanges.",
     ["health", "cooperation in the field of culture", "Youth Exchanges"]),
    ("The agreements signed cover Fisheries, Collaboration in the sphere of science and Defence "
     "Partnership.", ["Fisheries", "Collaboration in the sphere of science", "Defence Partnership"]),
])
def test_a_closing_and_parts_an_item_of_its_own(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one item: the "and" joins the fields of one preposition
    ("The two sides signed three MoUs on cooperation in the field of tourism and water management.",
     ["tourism", "water management"]),
    ("The two sides signed MoUs on trade, assistance related to money laundering and terrorism financing.",
     ["trade", "assistance related to money laundering and terrorism financing"]),
])
def test_an_and_inside_a_field_stays(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------------ a town and its state


@pytest.mark.parametrize("text", [
    "India and Laos on Friday signed four MoUs and two agreements in Luang Prabang, Laos to deepen their "
    "partnership.",
    "Peru and Chile signed three agreements in Puerto Natales, Chile on Monday.",
    "Kenya and Uganda signed five MoUs in Busia, Kenya, officials said.",
    "Five accords were signed in Nay Pyi Taw, Myanmar.",
    "Nepal and Bhutan signed two agreements in Phuentsholing, Bhutan during the visit.",
])
def test_a_town_and_its_state_is_no_field(find: Find, text: str) -> None:
    assert all(s not in ("Luang Prabang", "Laos", "Puerto Natales", "Chile", "Busia", "Kenya", "Nay Pyi Taw",
                         "Myanmar", "Phuentsholing", "Bhutan") for s in subjects(find, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Uganda signed MoUs in Health, Trade and Mining.", ["Health", "Trade", "Mining"]),
    ("Kenya and Uganda signed MoUs in the fields of tourism, Kenya's largest earner, and fisheries.",
     ["tourism", "fisheries"]),
])
def test_fields_after_in_stay_fields(find: Find, text: str, expected: list[str]) -> None:
    assert [s for s in subjects(find, text) if s in expected] == expected


# ------------------------------------------------------------------ what documents are expected to do


@pytest.mark.parametrize(("text", "expected"), [
    ("The visit will see the signing of two agreements in air transport and tourism. These agreements are "
     "expected to enhance connectivity and promote tourism.",
     [("agreement", "air transport", "planned"), ("agreement", "tourism", "planned")]),
    ("Fiji and Tonga signed two MoUs on fisheries and policing. The MoUs are expected to boost jobs and "
     "cut crime.", [("mou", "fisheries", "signed"), ("mou", "policing", "signed")]),
    ("Chad and Niger signed two pacts on grazing and water. The pacts are expected to ease tension and "
     "help herders.", [("agreement", "grazing", "signed"), ("agreement", "water", "signed")]),
    ("The deals are anticipated to create jobs, lift exports and raise revenue.", []),
    ("Three accords are expected to strengthen trade, tourism and health.", []),
])
def test_documents_expected_to_do_something_are_not_named_by_it(find: Find, text: str,
                                                                expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected


def test_documents_signed_to_do_something_are_named_by_it(find: Find) -> None:
    assert told(find, "Three memoranda were signed by Peru and Chile to open consulates.") == [
        ("mou", "open consulates", "signed")]


# ------------------------------------------------------------------ programmes among works in general


@pytest.mark.parametrize("text", [
    "President A and President B have agreed on projects and programs concerning socioeconomic "
    "development.",
    "The two leaders agreed on programmes and activities for the youth.",
    "The ministers reviewed schemes and programmes in health.",
    "They approved projects and programmes worth $10 million.",
    "The sides agreed on plans and projects for the border towns.",
])
def test_programmes_among_works_are_no_document(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides signed programmes and agreements on culture and sport.", ["culture", "sport"]),
    ("The two sides signed cooperation programmes on culture and sport.", ["culture", "sport"]),
])
def test_programmes_among_documents_stay(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------------ a step ahead a few sentences on


def statuses(find: Find, text: str) -> list[str]:
    return [i.status for i in find(text)]


@pytest.mark.parametrize("text", [
    "Peru and Ghana signed an expanded trade pact. Officials praised it. The expanded pact is expected to "
    "come into force in 2027.",
    "Peru and Ghana signed an expanded trade pact on Monday. Officials praised it as historic. Farmers "
    "welcomed it too. The expanded pact is expected to come into force in 2027.",
    "Bolivia and Zambia inked a revised air services treaty. Both leaders spoke. The revised treaty must "
    "still be ratified by both parliaments.",
    "Chile and Kenya signed a new fisheries agreement in Nairobi. Boats will be inspected jointly. The "
    "fisheries agreement will take effect after ratification.",
    "Nepal and Laos signed an updated visa waiver protocol on Friday. Tourism bodies cheered the step. "
    "The visa protocol is due to enter into force in March.",
])
def test_a_step_ahead_a_few_sentences_on_is_the_signed_documents(find: Find, text: str) -> None:
    assert statuses(find, text) == ["signed"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name saying more than the signed one's is another document, however near
    ("Peru and Ghana signed a maritime trade agreement on Monday. Officials praised it. The trade agreement "
     "on fisheries will be signed next year.", ["signed", "planned"]),
    # too far back to be that document's step
    ("Peru and Ghana signed a fisheries agreement on Monday. Boats will be inspected. Ports will open. "
     "Crews will train. The fisheries agreement will be signed again next year.", ["signed", "planned"]),
])
def test_a_step_of_another_or_a_far_document_keeps_its_stage(find: Find, text: str,
                                                             expected: list[str]) -> None:
    assert statuses(find, text) == expected


# ------------------------------------------------------------------ closing a meeting with an act


@pytest.mark.parametrize("text", [
    "The two sides concluded their meeting with an agreement on firming up a draft treaty.",
    "The talks ended with an agreement on reopening the border crossing.",
    "The visit closed with an agreement on setting up a joint commission.",
    "The ministers wrapped up the session with an agreement on sharing river data.",
    "The summit closed with an agreement on drafting a road map.",
])
def test_a_meeting_closing_with_an_agreement_on_an_act_gives_no_document(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides concluded an agreement on avoiding double taxation.",
     [("agreement", "agreement on avoiding double taxation", "signed")]),
    ("The meeting ended with the signing of an agreement on establishing a joint commission.",
     [("agreement", "agreement on establishing a joint commission", "signed")]),
])
def test_an_agreement_concluded_or_signed_stays(find: Find, text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected
