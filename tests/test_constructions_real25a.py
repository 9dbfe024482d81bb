"""Constructions of real ratification and signing reports (round 25, instruments): a ratification carried by
an act of law ("adopted a bill to ratify the treaty", "signed a decree to ratify the MoU") is done with the
act, and only ahead while the act is tabled or to come; an instrument of accession deposited, like one of
ratification, ratifies the document it joins; a clause opened by "whereby" or "wherein" after a document's
name tells what it does, not what it is on; a document's noun the parser made the verb of a clause under
a verb of signing ("will sign the fisheries deal") is still the signed document."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


def statuses(find: Find, text: str) -> list[tuple[str, str]]:
    return [(i.subject, i.status) for i in find(text)]


# ------------------------------------------------------------- a ratification carried by an act of law


@pytest.mark.parametrize(("text", "expected"), [
    ("Bulgaria's parliament adopted a bill to ratify the Defence Cooperation Agreement with Turkey.",
     [("Defence Cooperation Agreement with Turkey", "ratified")]),
    ("The Senate passed a resolution to ratify the treaty on mutual legal assistance with Brazil on Tuesday.",
     [("treaty on mutual legal assistance with Brazil", "ratified")]),
    ("The president signed a decree to ratify the MoU on tourism with Egypt.",
     [("MoU on tourism with Egypt", "ratified")]),
    ("The Majlis adopted a resolution to ratify the MoU on oil with Iraq after a long debate.",
     [("MoU on oil with Iraq", "ratified")]),
    ("The National Assembly adopted on first and second reading a bill to ratify the Air Services Agreement "
     "between Chile and Peru.", [("Air Services Agreement between Chile and Peru", "ratified")]),
    ("Lawmakers approved a law to ratify the convention on double taxation with Oman.",
     [("convention on double taxation", "ratified")]),
])
def test_a_ratification_carried_by_an_act_passed_is_done(find: Find, text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act only tabled, sent or voted on later: the ratification is ahead
    ("The government submitted a bill to ratify the extradition treaty with Chile to parliament on Monday.",
     [("extradition treaty with Chile", "planned")]),
    ("The parliament will vote on a bill to ratify the agreement on air services with Qatar.",
     [("agreement on air services with Qatar", "planned")]),
    ("The lower house is expected to pass a bill to ratify the treaty on fisheries next month.",
     [("treaty on fisheries", "planned")]),
])
def test_a_ratification_carried_by_an_act_to_come_is_ahead(find: Find, text: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


# ------------------------------------------------------------------------- an instrument of accession


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya deposited its instrument of accession to the convention on plant protection on Tuesday.",
     [("convention on plant protection", "ratified")]),
    ("The minister handed over the instrument of accession to the Hague Convention on child abduction.",
     [("Hague Convention on child abduction", "ratified")]),
    ("Fiji completed its accession to the convention on cybercrime last week.",
     [("convention on cybercrime", "ratified")]),
    ("Peru deposited the instrument of ratification of the treaty on extradition with the UN.",
     [("treaty on extradition", "ratified")]),
    ("Samoa's instrument of accession to the protocol on fisheries was deposited in Suva on Monday.",
     [("protocol on fisheries", "ratified")]),
])
def test_an_accession_ratifies_what_it_joins(find: Find, text: str, expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an accession ahead or talked of keeps its stage; one to a body names no document
    ("Tonga's accession to the treaty on nuclear weapons is expected next year.",
     [("treaty on nuclear weapons", "planned")]),
    ("The two sides discussed Peru's accession to the agreement on trade in services.",
     [("agreement on trade in services", "discussed")]),
    ("Talks on Uzbekistan's accession to the WTO continued in Geneva.", []),
    ("Ghana welcomed Timor-Leste's accession to ASEAN.", []),
])
def test_an_accession_ahead_or_to_a_body_is_no_ratification(find: Find, text: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


# ----------------------------------------------------------- a clause opened by "whereby" or "wherein"


@pytest.mark.parametrize(("text", "expected"), [
    ("The two countries signed an MoU on health cooperation whereby doctors will be sent to Fiji.",
     ["MoU on health cooperation"]),
    ("Fiji and Samoa inked an agreement on labour mobility whereby Samoan workers can take seasonal jobs.",
     ["agreement on labour mobility"]),
    ("An MoU on teacher recruitment, whereby Ghana will send 300 teachers to Belize, was signed on Monday.",
     ["MoU on teacher recruitment"]),
    ("The ministers signed a protocol on water sharing wherein each side keeps half the flow.",
     ["protocol on water sharing"]),
    ("They signed MoUs on health and education whereby students will be exchanged.",
     ["health", "education"]),
])
def test_a_whereby_clause_is_not_what_a_document_is_on(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the clause tells what the subject's own noun is: it stays
    ("They signed an agreement on the terms whereby fishing licences are issued.",
     ["agreement on the terms whereby fishing licences are issued"]),
    ("They signed an agreement on trade, under which tariffs will fall by half.", ["agreement on trade"]),
])
def test_a_clause_of_the_subjects_own_noun_stays(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------- a document's noun read as the verb of a clause


@pytest.mark.parametrize(("text", "expected"), [
    ("The president will sign the fisheries deal next week.", [("agreement", "fisheries deal", "planned")]),
    ("The president signed the fisheries deal on Monday.", [("agreement", "fisheries deal", "signed")]),
    ("Ghana signed the new fisheries deal with Senegal.",
     [("agreement", "new fisheries deal with Senegal", "signed")]),
    ("Tonga signed the fisheries deal, officials said.", [("agreement", "fisheries deal", "signed")]),
    ("Chile sealed the copper deal on Monday.", [("agreement", "copper deal", "signed")]),
])
def test_a_noun_read_as_a_clause_verb_under_signing_is_a_document(
        find: Find, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected


@pytest.mark.parametrize("text", [
    "He said the ministers deal with visas every week.",
    "Officials signed off as the traders deal in gold.",
    "The envoys agreed that the customs officers deal with the cargo.",
])
def test_a_clause_verb_not_under_signing_is_no_document(find: Find, text: str) -> None:
    assert find(text) == []


# ------------------------------------------------------------- a cabinet's agreeing clears for signing


@pytest.mark.parametrize(("text", "expected"), [
    ("Cabinet has agreed to Fiji concluding an air services agreement with Qatar.",
     [("air services agreement with Qatar", "planned")]),
    ("Cabinet has agreed to Fiji acceding to the Lima Convention on the recognition of diplomas.",
     [("Lima Convention on the recognition of diplomas", "planned")]),
    ("Cabinet has agreed to the renewal of the memorandum of understanding on tourism with Samoa.",
     [("memorandum of understanding on tourism with Samoa", "planned")]),
    ("Cabinet has agreed to Fiji signing a memorandum of understanding with Japan on ocean research.",
     [("memorandum of understanding with Japan on ocean research", "planned")]),
    ("The council of ministers agreed on Monday to the signing of an agreement on fisheries with Peru.",
     [("agreement on fisheries with Peru", "planned")]),
])
def test_a_cabinets_agreement_to_a_document_clears_it(find: Find, text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the parties' own agreeing, or a legislature's, keeps its reading
    ("Fiji and Samoa agreed to an MoU on fisheries on Monday.", [("MoU on fisheries", "signed")]),
    ("The Senate approved the agreement on air services with Qatar.",
     [("agreement on air services with Qatar", "ratified")]),
])
def test_an_agreeing_not_by_a_cabinet_keeps_its_reading(find: Find, text: str,
                                                        expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


# ------------------------------------------------------------- a package that covers its own members


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Chile signed three MoUs. The three MoUs cover an MoU on energy, an MoU on solar power and an "
     "MoU on mines.", ["MoU on energy", "MoU on solar power", "MoU on mines"]),
    ("Kenya and Chile signed three MoUs. The MoUs cover an MoU on energy, an MoU on Solar, Wind and Hydro "
     "Power and an MoU on mines.", ["MoU on energy", "MoU on Solar, Wind and Hydro Power", "MoU on mines"]),
    ("Peru and Fiji inked two deals on Monday. The deals cover an agreement on fisheries and a protocol on "
     "customs.", ["agreement on fisheries", "protocol on customs"]),
    ("Ghana and Togo signed four documents. They cover a memorandum on health, a memorandum on roads, an "
     "agreement on visas and a protocol on trade.",
     ["memorandum on health", "memorandum on roads", "agreement on visas", "protocol on trade"]),
    ("Benin and Niger signed two accords in Niamey. The two accords encompass a treaty on extradition and "
     "an MoU on border posts.", ["treaty on extradition", "MoU on border posts"]),
])
def test_a_package_covering_documents_lists_its_members(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a package that covers fields keeps one document per field
    ("Kenya and Chile signed three MoUs. The MoUs cover energy, solar power and mines.",
     ["energy", "solar power", "mines"]),
    ("Peru and Fiji signed an agreement on trade. It covers goods and services.", ["agreement on trade"]),
])
def test_a_package_covering_fields_keeps_its_items(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected
