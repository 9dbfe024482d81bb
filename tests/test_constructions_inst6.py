"""Instrument constructions for unseen text (issue 9, round inst6), proved on our own wording:
documents listed as members of a package, a document's other name beside the verb, deals with
a body of many states, and a signing recalled later with no day of its own.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# --------------------------------------------------------------------------- members of a package


@pytest.mark.parametrize(("text", "types"), [
    ("Peru and Ghana signed six agreements on Tuesday. Among the deals was an agreement to open Ghana's "
     "market to Peruvian grapes, a memorandum on cocoa research between two universities, and a protocol "
     "on quarantine rules for fruit exports.", ["agreement", "mou", "protocol"]),
    ("Chile and Kenya signed several accords in Nairobi. The agreements included a treaty on extradition "
     "and a memorandum on wildlife protection.", ["treaty", "mou"]),
    ("Norway and Togo concluded four documents. Among the agreements were a protocol on port fees and an "
     "accord on seafarers' training.", ["protocol", "agreement"]),
    ("Nepal and Fiji inked five cooperation documents. The documents comprise a memorandum on disaster "
     "relief, "
     "a convention on double taxation and a protocol on civil aviation.", ["mou", "convention", "protocol"]),
    ("Among the agreements signed by Oman and Chile on Sunday was a memorandum on desalination research.",
     ["mou"]),
])
def test_documents_listed_among_a_package_are_its_instruments(
        extractor: RulesExtractor, text: str, types: list[str]) -> None:
    found = facts(extractor, text).instruments
    assert sorted(i.type for i in found if i.status == "signed") == sorted(types), found


@pytest.mark.parametrize("text", [
    "Among the issues was an agreement to disagree on fishing quotas.",
    "The proposals included a memorandum on water sharing.",
])
def test_a_list_under_no_documents_gives_no_signed_members(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert all(i.status != "signed" for i in found), found


# --------------------------------------------------------------------------- another name beside the verb


@pytest.mark.parametrize(("text", "status"), [
    ("Kenya and Norway discussed the Kenya-Norway Fisheries Agreement henceforth referred to as the Blue "
     "Pact, which was ratified in May 2024.", "ratified"),
    ("Ministers reviewed the Peru-Ghana Air Services Agreement henceforth referred to as the Open Skies "
     "Deal, which entered into force in 2023.", "in_force"),
    ("Both sides praised the Chile-Oman Economic Partnership Agreement henceforth known as the Desert "
     "Accord, which was signed in 2022.", "signed"),
    ("The leaders discussed the Togo-Fiji Maritime Agreement referred to as the Ocean Pact.", "discussed"),
    ("Officials examined the Nepal-Chile Tourism Agreement henceforth referred to as the Mountain Accord, "
     "which took effect last year.", "in_force"),
])
def test_a_documents_other_name_is_the_same_instrument(
        extractor: RulesExtractor, text: str, status: str) -> None:
    found = facts(extractor, text).instruments
    assert len(found) == 1 and found[0].status == status, found


@pytest.mark.parametrize("text", [
    "Kenya and Norway signed the Fisheries Agreement and the Blue Pact on shipping.",
    "The ministers discussed the Fisheries Agreement, and they signed the Blue Pact on ports.",
])
def test_two_documents_named_apart_stay_two(extractor: RulesExtractor, text: str) -> None:
    assert len(facts(extractor, text).instruments) == 2


# --------------------------------------------------------------------------- bodies of many states


@pytest.mark.parametrize("text", [
    "Kenya signed a $500 million loan agreement with the World Bank on Tuesday.",
    "The Asian Development Bank and Vietnam signed a loan agreement for a metro line.",
    "A grant agreement was signed by Ghana and the United Nations Development Programme.",
    "Ghana inked a financing deal with the International Fund for Agricultural Development.",
    "Chile signed a memorandum with the World Health Organization on vaccines.",
])
def test_a_deal_with_a_body_of_many_states_is_no_bilateral_instrument(
        extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).instruments == []


@pytest.mark.parametrize("text", [
    "Kenya and Norway signed a fisheries agreement with the support of the World Bank.",
    "Kenya signed a trade agreement with Norway on Tuesday, the World Bank said.",
])
def test_a_body_named_beside_a_deal_between_two_countries_keeps_it(
        extractor: RulesExtractor, text: str) -> None:
    assert len(facts(extractor, text).instruments) == 1


# --------------------------------------------------------------------------- a signing recalled later


@pytest.mark.parametrize("text", [
    "The fisheries memorandum signed during President Mahama's visit has yet to be implemented.",
    "The health agreement signed during the summit still awaits funding.",
    "The transport accord signed at the forum has not been ratified by either parliament.",
    "The customs protocol signed during the state visit has still not been applied.",
    "The energy memorandum signed by the two ministers has never been put into practice.",
])
def test_a_signing_recalled_with_no_day_of_its_own_has_no_date(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert found and all(i.status == "signed" and i.date is None for i in found), found


@pytest.mark.parametrize(("text", "day"), [
    ("The transport protocol signed in March 2024 has yet to take effect.", "2024-03"),
    ("Ghana and Chile signed a memorandum on fisheries on Monday.", "2025-05-05"),
    ("The fisheries memorandum signed during the visit was hailed by both ministers.", "2025-05-06"),
])
def test_a_signing_with_a_day_or_told_as_news_keeps_its_date(
        extractor: RulesExtractor, text: str, day: str) -> None:
    found = facts(extractor, text).instruments
    assert found and found[0].date == day, found
