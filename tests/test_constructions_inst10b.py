"""Instrument constructions of issue 10 (lists, packages and brackets), on sentences written for the tests."""

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


@pytest.fixture(scope="module")
def find_wire(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20), "Addis Ababa")


def _subjects(found: list) -> set[str]:
    return {i.subject for i in found}


# ------------------------------------------------ "including on A and B": each topic its own instrument

@pytest.mark.parametrize(("text", "subjects"), [
    ("Kenya and Vietnam signed four agreements, including on visa waivers and coffee trade.",
     {"visa waivers", "coffee trade"}),
    ("Peru and Chile signed several deals, including on lithium mining and port logistics, in Lima.",
     {"lithium mining", "port logistics"}),
    ("Brazil and Angola inked a raft of memoranda, including on oil exploration and vocational training.",
     {"oil exploration", "vocational training"}),
    ("Japan and India signed six pacts on Friday, such as on semiconductors and rare earths.",
     {"semiconductors", "rare earths"}),
    ("Ghana and Togo concluded five accords, including for road safety and fisheries.",
     {"road safety", "fisheries"}),
])
def test_topics_after_including_on_are_split(find: Find, text: str, subjects: set[str]) -> None:
    found = find(text)
    assert _subjects(found) == subjects
    assert all(i.status == "signed" for i in found)


@pytest.mark.parametrize("text", [
    "The ministers discussed many issues, including on trade and visas.",
    "Kenya and Vietnam signed four agreements, including on Monday in Nairobi.",
])
def test_including_on_without_documents_or_topics_gives_none(find: Find, text: str) -> None:
    assert not any(s in ("trade", "visas", "Monday", "Nairobi") for s in _subjects(find(text)))


# --------------------------------------- "two agreements, one on A and one on B": the package's members

@pytest.mark.parametrize(("text", "subjects"), [
    ("Ghana's president returned on Friday after signing two agreements with Angola, one on oil revenue "
     "management and one on fighting illegal fishing.",
     {"oil revenue management", "fighting illegal fishing"}),
    ("Peru and Chile signed three accords, the first on fisheries, the second on customs and the third "
     "on mining.",
     {"fisheries", "customs", "mining"}),
    ("Chad and Niger signed two deals, one on taxation and another on air services.",
     {"taxation", "air services"}),
    ("Norway and Kenya signed two memoranda of understanding on Tuesday: one on wind power and one on "
     "teacher training.", {"wind power", "teacher training"}),
    ("Laos and Thailand inked two treaties, the first on extradition and the second on prisoner transfers.",
     {"extradition", "prisoner transfers"}),
])
def test_one_on_a_and_one_on_b_are_members(find: Find, text: str, subjects: set[str]) -> None:
    found = find(text)
    assert _subjects(found) == subjects
    assert all(i.status == "signed" for i in found)


def test_ordinal_inside_a_subject_splits_nothing(find: Find) -> None:
    found = find("Peru and Chile signed three accords on fisheries, customs and the first phase of mining.")
    assert _subjects(found) == {"fisheries", "customs", "first phase of mining"}


def test_one_in_a_place_is_no_member(find: Find) -> None:
    found = find("Chile and Peru signed two deals, one in Lima and one in Cusco.")
    assert not {"Lima", "Cusco"} & _subjects(found)


# ----------------------------------- a package's members given by "cover / include / concern / deal with"

@pytest.mark.parametrize(("text", "subjects"), [
    ("Rwanda and Qatar signed three deals on Tuesday. The agreements signed cover visa exemption for "
     "diplomatic passport holders, agricultural cooperation and coffee trade promotion, as well as a "
     "partnership between the two chambers of commerce.",
     {"visa exemption for diplomatic passport holders", "agricultural cooperation", "coffee trade promotion",
      "partnership between the two chambers of commerce"}),
    ("Rwanda and Qatar signed three deals on Tuesday. The agreements include visa exemption and "
     "coffee trade.",
     {"visa exemption", "coffee trade"}),
    ("Senegal and Mali signed four accords in Dakar. The accords deal with road transport, livestock and "
     "border security.", {"road transport", "livestock", "border security"}),
    ("Ghana and Chile signed three instruments on Monday. The instruments are: the Protocol on Fisheries "
     "Cooperation; a Memorandum of Understanding on mining research; and a Letter of Intent on Antarctic "
     "science.", {"Protocol on Fisheries Cooperation", "Memorandum of Understanding on mining research",
                  "Letter of Intent on Antarctic science"}),
    ("Ghana and Chile signed three documents on Monday. The documents are the Protocol on Fisheries "
     "Cooperation, a Memorandum of Understanding on mining research and a Letter of Intent on Antarctic "
     "science.", {"Protocol on Fisheries Cooperation", "Memorandum of Understanding on mining research",
                  "Letter of Intent on Antarctic science"}),
])
def test_package_members_are_instruments(find: Find, text: str, subjects: set[str]) -> None:
    found = find(text)
    assert _subjects(found) == subjects
    assert all(i.status == "signed" for i in found)


@pytest.mark.parametrize("text", [
    "Chile and Peru discussed a treaty. The talks included fisheries and mining.",
    "Chile and Peru signed two deals. Their delegations include fisheries experts and miners.",
])
def test_what_talks_or_people_include_is_no_member(find: Find, text: str) -> None:
    assert not {"fisheries", "mining", "fisheries experts", "miners"} & _subjects(find(text))


# ---------------------------------------------- initials in brackets belong to the name before them

@pytest.mark.parametrize(("text", "subject"), [
    ("Indonesia and Chile signed the Indonesia-Chile Comprehensive Economic Partnership Agreement (IC-CEPA) "
     "on Monday.", "Indonesia-Chile Comprehensive Economic Partnership Agreement (IC-CEPA)"),
    ("Peru and Korea ratified the Korea-Peru Free Trade Agreement (KP-FTA) last year.",
     "Korea-Peru Free Trade Agreement (KP-FTA)"),
    ("Kenya and the UAE signed a Comprehensive Economic Partnership Agreement (KE-UAE CEPA) in Nairobi.",
     "Comprehensive Economic Partnership Agreement (KE-UAE CEPA)"),
    ("Chile and Ecuador signed the Bilateral Investment Treaty (CE-BIT) on Tuesday.",
     "Bilateral Investment Treaty (CE-BIT)"),
    ("Indonesia and Chile on Monday signed a protocol to upgrade the Indonesia-Chile Comprehensive Economic "
     "Partnership Agreement (IC-CEPA).",
     "protocol to upgrade the Indonesia-Chile Comprehensive Economic Partnership Agreement (IC-CEPA)"),
])
def test_bracketed_initials_are_part_of_the_name(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == [subject]


def test_each_document_keeps_its_own_initials(find: Find) -> None:
    found = find("Peru and Chile signed a Free Trade Agreement (FTA) and a Bilateral Investment Treaty (BIT) "
                 "on Monday.")
    assert _subjects(found) == {"Free Trade Agreement (FTA)", "Bilateral Investment Treaty (BIT)"}


def test_initials_of_a_second_document_stay_apart(find: Find) -> None:
    found = find("Peru and Chile signed the Bilateral Investment Treaty (BIT) and an MoU on mining.")
    assert _subjects(found) == {"Bilateral Investment Treaty (BIT)", "MoU on mining"}


# ------------------------------ a document changing another: one record; a year inside a name no date

@pytest.mark.parametrize(("text", "start", "day"), [
    ("Japan and Australia signed an agreement expanding their 2017 trade pact on Tuesday.",
     "agreement expanding their 2017 trade pact", "2026-11-17"),
    ("Chile and Peru signed a protocol to upgrade their 2019 free trade agreement on Monday.",
     "protocol to upgrade their 2019 free trade agreement", "2026-11-16"),
    ("Ghana and Togo on Wednesday signed an agreement updating the 2015 air services pact.",
     "agreement updating the 2015 air services pact", "2026-11-18"),
    ("Kenya and Uganda signed a protocol expanding the 2012 fisheries agreement on Thursday.",
     "protocol expanding the 2012 fisheries agreement", "2026-11-19"),
    ("Mexico and Chile signed a deal to upgrade their 2016 visa accord.",
     "deal to upgrade their 2016 visa accord", "2026-11-20"),
])
def test_changed_document_and_its_year(find: Find, text: str, start: str, day: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == [start]
    assert found[0].date == day and found[0].status == "signed"


def test_year_inside_name_does_not_date_a_second_document(find: Find) -> None:
    found = find("Japan and Australia signed an agreement expanding their 2017 trade pact on Tuesday, "
                 "as well as a separate memorandum on critical minerals.")
    assert {i.date for i in found} == {"2026-11-17"}


@pytest.mark.parametrize(("text", "day"), [
    ("Singapore welcomed the signing of the June 2026 Memorandum of Understanding on genomics.", "2026-06"),
    ("Kenya and Peru signed an agreement on tea exports in 2024.", "2024"),
])
def test_the_documents_own_date_stays(find: Find, text: str, day: str) -> None:
    found = find(text)
    assert found and found[0].date == day


# ------------------------------------------------------- the type is the head noun's, not its topic's

@pytest.mark.parametrize(("text", "typ", "words"), [
    ("Norway and Ghana signed an agreement on a new phase of the Oil for Development programme.",
     "agreement", "Oil for Development programme"),
    ("Kenya and Japan signed an agreement on the second stage of the Green Corridor Programme.",
     "agreement", "Green Corridor Programme"),
    ("Peru and Chile signed an agreement for the implementation of the Border Roadmap.",
     "agreement", "Border Roadmap"),
    ("Chile and Norway also signed a letter of intent on Antarctic research.", "other", "Antarctic research"),
    ("Ghana and Peru signed an agreement on extending the Joint Protocol on Customs Cooperation.",
     "agreement", "Joint Protocol on Customs Cooperation"),
])
def test_type_and_subject_from_the_head(find: Find, text: str, typ: str, words: str) -> None:
    found = find(text)
    assert len(found) == 1
    assert found[0].type == typ and words in found[0].subject


@pytest.mark.parametrize(("text", "typ"), [
    ("Kenya and Peru signed the 'Roadmap for Comprehensive Cooperation' agreement.", "roadmap"),
    ("Ghana and Togo signed a Memorandum of Understanding (MoU) on fisheries.", "mou"),
])
def test_a_modifier_naming_the_document_keeps_its_type(find: Find, text: str, typ: str) -> None:
    found = find(text)
    assert found and found[0].type == typ


# ------------------------------------ signed during a visit abroad: the visit's city, not the dateline's

@pytest.mark.parametrize("text", [
    "Ethiopia and Vietnam signed three memoranda of understanding on trade, tourism and health during "
    "Prime Minister Abiy Ahmed's official visit to Hanoi.",
    "Ethiopia and Vietnam signed an agreement on visa exemption during the Prime Minister's state visit "
    "to Hanoi.",
    "During a three-day visit to Hanoi, Ethiopia and Vietnam signed an agreement on coffee trade.",
    "Ethiopia and India signed a memorandum on health on the sidelines of the President's trip to Mumbai.",
    "Ethiopia and Brazil concluded a treaty on extradition during the Foreign Minister's visit to Brasilia.",
])
def test_signing_during_a_visit_abroad(find_wire: Find, text: str) -> None:
    found = find_wire(text)
    assert found
    assert all(i.place not in (None, "Addis Ababa") for i in found)
    assert all(i.date is None for i in found)  # the dateline's day is not the visit's


def test_visit_to_the_datelines_city_keeps_its_day(nlp: Language) -> None:
    found = finder(nlp, date(2026, 11, 20), "Hanoi")(
        "Ethiopia and Vietnam signed an agreement on visa exemption during the Prime Minister's visit "
        "to Hanoi.")
    assert found and found[0].place == "Hanoi" and found[0].date == "2026-11-20"


def test_a_place_told_by_in_wins_over_a_visit(find_wire: Find) -> None:
    found = find_wire("Ethiopia and Vietnam signed an agreement on coffee trade in Addis Ababa on Tuesday, "
                      "ahead of a visit to Hanoi.")
    assert found and found[0].place == "Addis Ababa" and found[0].date == "2026-11-17"


# ------------------------------- "They cover A, B and C" after a counted package: one member per item

@pytest.mark.parametrize(("text", "subjects"), [
    ("Chile and Peru signed two memoranda on Friday. They include digital trade and mining.",
     {"digital trade", "mining"}),
    ("Ghana and Togo signed four accords in Lome. They concern road safety, fisheries, customs and tourism.",
     {"road safety", "fisheries", "customs", "tourism"}),
    ("Kenya and Peru inked three MoUs on Monday. These cover tea exports, fisheries and mining.",
     {"tea exports", "fisheries", "mining"}),
    ("Chile and Peru signed three agreements in Lima. They cover visa waivers, fisheries and customs.",
     {"visa waivers", "fisheries", "customs"}),
    ("Egypt and Jordan signed two protocols on Sunday. They deal with water sharing and electricity trade.",
     {"water sharing", "electricity trade"}),
])
def test_pointed_package_members(find: Find, text: str, subjects: set[str]) -> None:
    found = find(text)
    assert _subjects(found) == subjects
    assert all(i.status == "signed" for i in found)


@pytest.mark.parametrize("text", [
    "Chile and Peru signed two memoranda on Friday. They included ministers and business leaders.",
    "Chile and Peru signed two memoranda on Friday. They cover many areas.",
])
def test_pointer_without_topics_gives_no_members(find: Find, text: str) -> None:
    assert not {"ministers", "business leaders", "many areas"} & _subjects(find(text))
