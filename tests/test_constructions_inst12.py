"""Instrument constructions of round 12 (a signing only in a condition, a participle with two objects,
a list line's own stage date, general plurals, "brought into force", lapsed documents, a worth and a
purpose), on our own sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20))  # a Friday


def told(find: Find, text: str) -> list[tuple[str, str, str | None]]:
    return [(i.subject, i.status, i.date) for i in find(text)]


# --------------------------- "if the agreement is signed …": a signing in a condition is none

@pytest.mark.parametrize(("text", "subject", "status"), [
    ("Kenya and the UAE could sign an agreement on the Lamu port concession as early as next week, "
     "officials said. Dockworkers threatened to strike if the agreement is signed without consultations "
     "with the union.",
     "agreement on the Lamu port concession", "planned"),
    ("Ghana and Togo may sign a border treaty next month. Chiefs said they would block the road if the "
     "treaty was signed before the census.", "border treaty", "planned"),
    ("Peru and Chile have discussed a fisheries memorandum. Unions will strike if the memorandum is signed "
     "without a quota review.", "fisheries memorandum", "discussed"),
    ("Nepal and India are expected to sign a power trade deal in Kathmandu. The opposition warned it would "
     "challenge it in court if the deal were signed before the elections.", "power trade deal",
     "planned"),
    ("Laos and Vietnam plan to sign a hydropower agreement in December. Villagers asked whether the "
     "agreement would be signed without their consent.", "hydropower agreement", "planned"),
])
def test_a_signing_in_a_condition_does_not_sign_the_document(find: Find, text: str, subject: str,
                                                              status: str) -> None:
    assert [(s, st) for s, st, _ in told(find, text)] == [(subject, status)]


@pytest.mark.parametrize(("text", "subject", "status"), [
    ("If signed, the Peru-Chile fisheries treaty would be the first of its kind in the Pacific.",
     "Peru-Chile fisheries treaty", "planned"),
    ("Norway and Iceland will sign the Agreement on Arctic Fisheries if the talks succeed.",
     "Agreement on Arctic Fisheries", "planned"),
    ("Uganda and Kenya will sign an agreement on the oil pipeline unless the talks collapse.",
     "agreement on the oil pipeline", "planned"),
    ("Unless signed by March, the Peru-Chile fisheries memorandum will be renegotiated.",
     "Peru-Chile fisheries memorandum", "planned"),
    ("Kenya and Uganda will sign the Agreement on Lake Victoria Fisheries unless Tanzania objects.",
     "Agreement on Lake Victoria Fisheries", "planned"),
    ("If ratified by both parliaments, the Chile-Argentina energy treaty would link the two grids.",
     "Chile-Argentina energy treaty", "planned"),
])
def test_a_condition_ends_the_name_and_keeps_the_document_planned(find: Find, text: str, subject: str,
                                                                  status: str) -> None:
    assert [(s, st) for s, st, _ in told(find, text)] == [(subject, status)]


@pytest.mark.parametrize(("text", "subject", "status"), [
    # negatives: a done signing outside any condition, and a condition on something else
    ("Peru and Chile signed a fisheries treaty on Monday. If the quotas rise, fishermen will benefit.",
     "fisheries treaty", "signed"),
    ("Ghana and Togo signed a border treaty on Tuesday, even if the census is not finished.",
     "border treaty", "signed"),
])
def test_a_condition_elsewhere_leaves_the_signing(find: Find, text: str, subject: str, status: str) -> None:
    assert [(s, st) for s, st, _ in told(find, text)] == [(subject, status)]


# --------------------------- "giving an operator a 30-year concession to run …": what is given

@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and the UAE could sign an agreement as early as next week giving an Emirati operator a 30-year "
     "concession to run a container terminal at Lamu port.",
     "30-year concession to run a container terminal at Lamu port"),
    ("Ghana and Turkey are expected to sign a deal next month granting a Turkish firm a 20-year licence to "
     "operate the Tema railway line.", "20-year licence to operate the Tema railway line"),
    ("Qatar and Kenya signed an agreement last Thursday giving the national carrier 14 weekly flights "
     "between the two capitals.", "14 weekly flights between the two capitals"),
    ("Chad and Niger will sign a memorandum on Monday offering each other's traders a duty-free corridor.",
     "duty-free corridor"),
    ("Oman and India signed an agreement on Sunday awarding an Indian consortium the contract to expand the "
     "port of Duqm.", "contract to expand the port of Duqm"),
    ("Zambia and Malawi signed a memorandum on Wednesday handing a joint authority the right to manage the "
     "border market.", "right to manage the border market"),
])
def test_a_participle_with_two_objects_names_what_it_gives(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    # negatives: a participle with one object keeps its act
    ("Brazil and Angola signed a memorandum on Tuesday extending the debt relief.",
     "extending the debt relief"),
    ("Chile and Peru signed an agreement on water sharing on Monday.", "agreement on water sharing"),
])
def test_a_participle_with_one_object_keeps_its_act(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


# --------------------------- a list line's own date; the date of the stage the document reached

GAZETTE = ("The following bilateral treaties were ratified during the year:\n"
           "(a) Agreement between Mauritius and India on Maritime Security, signed at Port Louis on "
           "12 March 2025 - ratified on 28 May 2025.\n"
           "(b) Treaty between Mauritius and Singapore on Extradition, signed at Singapore on "
           "19 February 2025 - ratified on 9 September 2025.\n")


@pytest.mark.parametrize(("text", "dates"), [
    (GAZETTE, ["2025-05-28", "2025-09-09"]),
    ("Treaties ratified in 2025:\n(a) Treaty between Chile and Peru on Extradition, signed 4 April 2025; "
     "ratified 2 June 2025\n(b) Agreement between Chile and Bolivia on Transit, signed 12 January 2025; "
     "ratified 30 June 2025\n", ["2025-06-02", "2025-06-30"]),
    ("The agreement between Fiji and Tonga on labour mobility, signed in Suva on 3 March 2025, was ratified "
     "by parliament on 14 July 2025.", ["2025-07-14"]),
    ("The following agreements entered into force:\n- Agreement between Japan and Vietnam on Social "
     "Security, signed on 5 May 2024; entered into force on 1 October 2025\n", ["2025-10-01"]),
    ("The investment treaty between Kenya and Qatar was signed on 2 February 2025 and ratified on "
     "11 August 2025.", ["2025-08-11"]),
    ("Treaties in force:\n(a) Treaty between Chile and Peru on Extradition, signed 4 April 2025; entered "
     "into force 2 June 2025\n(b) Agreement between Chile and Bolivia on Transit, signed 3 March 2024; "
     "entered into force 1 May 2025\n", ["2025-06-02", "2025-05-01"]),
    ("Treaties brought into force:\n(i) Treaty between Ghana and Togo on Extradition, signed 1 June 2023 - "
     "entered into force 12 October 2025\n", ["2025-10-12"]),
])
def test_a_later_stage_is_dated_by_its_own_day(find: Find, text: str, dates: list[str]) -> None:
    assert [i.date for i in find(text)] == dates


@pytest.mark.parametrize(("text", "dates"), [
    # negatives: a signing is dated by the signing, and a ratification with no day of its own takes none
    ("Chile and Peru signed an extradition treaty on 4 April 2025, and parliament will ratify it in June.",
     ["2025-04-04"]),
    ("Mauritius and India signed an agreement on maritime security at Port Louis on 12 March 2025.",
     ["2025-03-12"]),
])
def test_a_signing_keeps_its_signing_day(find: Find, text: str, dates: list[str]) -> None:
    assert [i.date for i in find(text)] == dates


# --------------------------- general plurals "… shall be notified in a subsequent notice": none

@pytest.mark.parametrize("text", [
    "Bilateral agreements signed in 2025 which remain subject to ratification shall be notified in a "
    "subsequent notice.",
    "Agreements signed this year will be published in the official gazette.",
    "Treaties concluded by the ministry are recorded in a public register.",
    "Memoranda signed since January shall be listed in the annual report.",
    "Accords reached with neighbouring states are kept in the national archive.",
    "Agreements signed by the ministry will be posted in the online registry.",
    "Bilateral treaties ratified by parliament are printed in the official journal.",
])
def test_documents_in_general_filed_somewhere_are_none(find: Find, text: str) -> None:
    assert [i.subject for i in find(text)] == []


@pytest.mark.parametrize(("text", "subjects"), [
    # negatives: plurals signed in named fields are documents
    ("Agreements were signed in the fields of health, tourism and energy.", ["health", "tourism", "energy"]),
    ("Three MoUs were signed on agriculture, fisheries and trade.", ["agriculture", "fisheries", "trade"]),
])
def test_documents_signed_in_fields_are_listed(find: Find, text: str, subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


# --------------------------- "brought their treaty into force": in force

@pytest.mark.parametrize(("text", "subject", "status", "day"), [
    ("Australia and Fiji brought their policing treaty into force through an exchange of diplomatic notes on "
     "Monday.", "policing treaty", "in_force", "2026-11-16"),
    ("Japan and Vietnam brought the social security agreement into force on 1 October.",
     "social security agreement", "in_force", "2026-10-01"),
    ("The governments of Chile and Peru put the fisheries protocol into effect last week.",
     "fisheries protocol", "in_force", "2026-11"),
    ("Ghana and Togo brought into force the border demarcation treaty on Tuesday.",
     "border demarcation treaty", "in_force", "2026-11-17"),
    ("Kenya and Ethiopia will bring the power trade agreement into force next year.",
     "power trade agreement", "planned", None),
])
def test_brought_into_force(find: Find, text: str, subject: str, status: str, day: str | None) -> None:
    assert told(find, text) == [(subject, status, day)]


@pytest.mark.parametrize("text", [
    # negatives: brought something else somewhere, put an idea forward
    "Ghana and Togo brought the trade dispute into the open at the summit.",
    "Kenya and Ethiopia put a proposal into writing.",
])
def test_brought_elsewhere_is_no_stage(find: Find, text: str) -> None:
    assert told(find, text) == []


# --------------------------- "the memorandum signed in 2019 lapsed last week": dated by its signing

@pytest.mark.parametrize(("text", "subject", "day"), [
    ("The memorandum on labour signed by Indonesia and Malaysia in 2019 lapsed last week.",
     "memorandum on labour", "2019"),
    ("Chile and Bolivia's border trade memorandum lapsed in March, the foreign ministry confirmed in a "
     "statement on Thursday.", "border trade memorandum", None),
    ("The agreement on fisheries signed by Senegal and Gambia in 2016 expired on Sunday.",
     "agreement on fisheries", "2016"),
    ("The protocol on border trade signed by Nepal and China in 2017 lapsed in October.",
     "protocol on border trade", "2017"),
    ("The memorandum on seasonal workers signed by Fiji and Samoa in May 2021 expired this week.",
     "memorandum on seasonal workers", "2021-05"),
])
def test_a_lapsed_document_keeps_its_signing_day(find: Find, text: str, subject: str,
                                                day: str | None) -> None:
    found = find(text)
    assert [(i.subject.split("'s ")[-1], i.date) for i in found] == [(subject, day)]


@pytest.mark.parametrize(("text", "day"), [
    # negatives: an expiry day is not the signing's; a signing day stays
    ("The memorandum between Fiji and Samoa expired on 30 June.", None),
    ("Fiji and Samoa signed a memorandum on seasonal workers on 3 May 2021.", "2021-05-03"),
])
def test_an_expiry_day_is_no_signing_day(find: Find, text: str, day: str | None) -> None:
    assert [i.date for i in find(text)] == [day]


# --------------------------- "a credit agreement valued at $300 million to upgrade Da Nang port"

@pytest.mark.parametrize(("text", "subject", "place"), [
    ("Vietnam and South Korea signed a credit agreement valued at $300 million to upgrade Da Nang port.",
     "credit agreement valued at $300 million to upgrade Da Nang port", None),
    ("Japan and the Philippines signed a loan agreement amounting to 20 billion yen to build a commuter "
     "railway in Manila.", "loan agreement amounting to 20 billion yen to build a commuter railway in Manila",
     None),
    ("Kuwait and Jordan signed a grant agreement valued at 15 million dinars to equip rural clinics.",
     "grant agreement valued at 15 million dinars to equip rural clinics", None),
    ("China and Laos signed a loan agreement totalling $90 million to extend the Vientiane water network.",
     "loan agreement totalling $90 million to extend the Vientiane water network", None),
    ("Mongolia and South Korea signed a loan agreement valued at $70 million to modernise the Ulaanbaatar "
     "heating grid.", "loan agreement valued at $70 million to modernise the Ulaanbaatar heating grid", None),
    ("Egypt and Sudan signed a credit agreement worth $40 million to rebuild the Wadi Halfa ferry terminal.",
     "credit agreement worth $40 million to rebuild the Wadi Halfa ferry terminal", None),
])
def test_a_worth_keeps_the_purpose(find: Find, text: str, subject: str, place: str | None) -> None:
    assert [(i.subject, i.place) for i in find(text)] == [(subject, place)]


@pytest.mark.parametrize(("text", "subject", "place"), [
    # negatives: a purpose after a worth is kept only when it is one; the signing city stays the place
    ("Japan and the Philippines signed a loan agreement worth 20 billion yen in Manila on Monday.",
     "loan agreement worth 20 billion yen", "Manila"),
    ("India and Nepal signed a grant agreement valued at $10 million for school buildings.",
     "grant agreement valued at $10 million for school buildings", None),
])
def test_a_worth_without_purpose(find: Find, text: str, subject: str, place: str | None) -> None:
    assert [(i.subject, i.place) for i in find(text)] == [(subject, place)]


# --------------------------- a lead's document told again by a closer name: one document

@pytest.mark.parametrize(("text", "subject"), [
    ("Uganda and Tanzania have signed a new agreement on the East African Crude Oil Pipeline. President "
     "Museveni hosted President Hassan at State House. Then the two energy ministers signed a supplementary "
     "agreement on the pipeline's tariff.", "supplementary agreement on the pipeline's tariff"),
    ("Kenya and Ethiopia signed a deal on the Lamu corridor on Monday. At a ceremony in Nairobi, the "
     "transport ministers signed an agreement on the corridor's financing.",
     "agreement on the corridor's financing"),
    ("Senegal and Mauritania have signed an accord on the Greater Tortue gas field. In Dakar, the energy "
     "ministers signed the accord on the field's revenue sharing.", "accord on the field's revenue sharing"),
    ("Brazil and Paraguay signed a new treaty on the Itaipu dam. The foreign ministers signed a revised "
     "treaty on the dam's power tariff at the border.", "revised treaty on the dam's power tariff"),
    ("India and Bhutan signed a memorandum on the Sankosh hydropower project. Officials said the ministers "
     "signed a memorandum on the project's financing.", "memorandum on the project's financing"),
])
def test_a_lead_told_again_by_a_closer_name_is_one_document(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize("text", [
    # negatives: a document set apart ("also", "a second") is another one
    "Ghana and Togo signed an agreement on the Lome-Accra railway on Tuesday. They also signed a separate "
    "agreement on the railway's rolling stock.",
    "Vietnam and Laos signed an agreement on the Mekong bridge. They signed a second agreement on the "
    "bridge's toll.",
])
def test_a_document_set_apart_stays_another(find: Find, text: str) -> None:
    assert len(find(text)) == 2


# --------------------------- "…, bringing it into force": the act's result is the document's stage

@pytest.mark.parametrize(("text", "subject"), [
    ("Chile and Peru exchanged the instruments of ratification of their extradition treaty on Monday, "
     "bringing the treaty into force.", "extradition treaty"),
    ("Japan and India exchanged diplomatic notes on the social security agreement on Tuesday, bringing the "
     "agreement into force.", "social security agreement"),
    ("The parliaments of Ghana and Togo ratified the border treaty last week, bringing it into force.",
     "border treaty"),
    ("Kenya and Qatar exchanged letters on the air services agreement in Doha on 3 November, putting the "
     "agreement into effect.", "air services agreement"),
    ("Fiji and Tonga exchanged the ratification instruments of the labour mobility treaty on Wednesday, "
     "bringing the treaty into force.", "labour mobility treaty"),
])
def test_a_result_participle_brings_the_document_into_force(find: Find, text: str, subject: str) -> None:
    assert [(i.subject, i.status) for i in find(text)] == [(subject, "in_force")]


@pytest.mark.parametrize(("text", "status"), [
    # negatives: a result still ahead, and a result that is no stage
    ("Kenya and Ethiopia will exchange notes on the power trade agreement next week, bringing it into force.",
     "planned"),
    ("Chile and Peru signed the extradition treaty on Monday, bringing years of talks to an end.", "signed"),
])
def test_a_result_participle_without_a_done_stage(find: Find, text: str, status: str) -> None:
    assert [i.status for i in find(text)] == [status]


# --------------------------- "let their memorandum lapse": a signed document, ended, no signing day

@pytest.mark.parametrize(("text", "subject", "day"), [
    ("Indonesia and Malaysia allowed their rice memorandum to lapse in March.", "rice memorandum", None),
    ("Indonesia and Malaysia let the memorandum on rice trade lapse last year.", "memorandum on rice trade",
     None),
    ("Fiji and Samoa allowed the labour mobility memorandum to expire at the end of 2024, officials said on "
     "Monday.", "labour mobility memorandum", None),
    ("Kenya and Uganda have let the 2015 memorandum on fisheries lapse.", "2015 memorandum on fisheries",
     "2015"),
    ("Chile and Bolivia quietly let the memorandum on lithium research lapse in September.",
     "memorandum on lithium research", None),
])
def test_a_document_let_lapse_is_signed_and_ended(find: Find, text: str, subject: str,
                                                 day: str | None) -> None:
    assert told(find, text) == [(subject, "signed", day)]


@pytest.mark.parametrize(("text", "expected"), [
    # negatives: letting someone sign, or letting a document guide, tells no end
    ("Kenya and Uganda allowed officials to sign a memorandum on fisheries.",
     [("memorandum on fisheries", "signed", "2026-11-20")]),
    ("Kenya and Uganda let the memorandum on fisheries guide their cooperation.", []),
])
def test_letting_without_an_end(find: Find, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert told(find, text) == expected
