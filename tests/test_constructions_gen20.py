"""Constructions of the round-20 own set (eval/own/gen20, tuning half), proved on our own wording: list
items that are each an act on a thing of its own ("the avoidance of double taxation and the establishment
of a joint commission"), a bare field before such an item ("tourism and the setting up of a council for
cooperation"), a body's initials in brackets after the last item, a bracket the list's scan cut before it
closed; "Cooperation in <city>" ending a ministry's name, no subject; documents told inked by their signers
("were inked at the ministry by X and Y"); a guest the tagger took for a body, a title in apposition after
the name ("received Murat Nurtleu, Deputy Prime Minister of …"); a visit to a state told by its style
("who is visiting the Sultanate of Oman").
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.test_constructions_real16a import find, nlp, subjects
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text).meetings]


# ----------------------------- list items that are each an act on a thing of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad and Niger signed three agreements covering trade, the avoidance of double taxation and the "
     "establishment of a joint commission.",
     ["trade", "avoidance of double taxation", "establishment of a joint commission"]),
    ("Peru and Bolivia signed memoranda on the protection of migrant workers and the recognition of "
     "diplomas.", ["protection of migrant workers", "recognition of diplomas"]),
    ("The accords cover the prevention of forest fires and the management of river basins, officials said "
     "after Laos and Thailand signed them.", ["prevention of forest fires", "management of river basins"]),
    ("Fiji and Tonga will sign agreements on the promotion of tourism and the exchange of police "
     "officers.", ["promotion of tourism", "exchange of police officers"]),
    ("Mali and Guinea signed two protocols, covering the development of rail links and the construction "
     "of a dry port.", ["development of rail links", "construction of a dry port"]),
])
def test_acts_on_things_of_their_own_are_two_subjects(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one act on one thing, named once
    ("Togo and Benin signed two agreements on the promotion and protection of investments.",
     ["promotion and protection of investments"]),
    # one act on two things: the right side is no act of its own
    ("Chile and Peru signed agreements covering trade and the supply of vaccines and medicines.",
     ["trade", "supply of vaccines and medicines"]),
])
def test_one_act_or_one_field_stays_one_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed three agreements covering mining, tourism and the setting up of a Joint "
     "Council for Cooperation.", ["mining", "tourism", "setting up of a Joint Council for Cooperation"]),
    ("Kenya and Oman signed MoUs covering health and the creation of a forum for business cooperation.",
     ["health", "creation of a forum for business cooperation"]),
])
def test_a_field_before_an_act_ending_in_cooperation_is_two(find: Find, text: str,
                                                            expected: list[str]) -> None:
    assert subjects(find, text) == expected


def test_a_field_shared_by_two_words_stays_one(find: Find) -> None:
    text = "Kenya and Peru signed agreements covering trade and investment cooperation."
    assert subjects(find, text) == ["trade and investment cooperation"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Benin and Togo signed two accords covering fisheries and the creation of a Joint Border Commission "
     "(JBC).", ["fisheries", "creation of a Joint Border Commission"]),
    ("Ghana and Botswana on Wednesday signed four cooperation agreements covering mining, tourism, the "
     "avoidance of double taxation and the establishment of a Joint Permanent Commission for Cooperation "
     "(JPCC).",  # the list's scan ends before the bracket closes: the bracket is cut, the name kept
     ["mining", "tourism", "avoidance of double taxation",
      "establishment of a Joint Permanent Commission for Cooperation"]),
])
def test_initials_after_the_last_item_do_not_join_it_to_the_one_before(find: Find, text: str,
                                                                        expected: list[str]) -> None:
    assert subjects(find, text) == expected


def test_initials_of_a_name_with_and_keep_it_whole(find: Find) -> None:
    text = "Kenya and Peru signed MoUs on Information Technology and Communications (ITC) and tourism."
    assert subjects(find, text) == ["Information Technology and Communications (ITC)", "tourism"]


# ----------------------------- "Cooperation in <city>" ending a ministry's name is no subject


@pytest.mark.parametrize("text", [
    "The MoUs were inked at the Ministry of Foreign Affairs and International Cooperation in Phnom Penh "
    "by Herath and Sokha.",
    "The agreements were signed at the Ministry of Foreign Affairs and International Cooperation in "
    "Nairobi on Friday.",
    "The memoranda were signed at the Ministry of Economy and Regional Cooperation in Accra.",
    "The accords were signed at the Agency for Development Cooperation in Lima.",
    "The two MoUs were exchanged at the Ministry of International Cooperation in Cairo.",
])
def test_cooperation_in_a_city_names_no_subject(find: Find, text: str) -> None:
    assert subjects(find, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Peru signed MoUs covering cooperation in tourism and mining.", ["tourism", "mining"]),
    ("Chile and Peru signed agreements on cooperation in fisheries and forestry.", ["fisheries", "forestry"]),
])
def test_cooperation_in_fields_still_lists_them(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ----------------------------- documents told inked by their signers


@pytest.mark.parametrize(("text", "signer"), [
    ("The MoUs were inked at the Ministry of Foreign Affairs in Phnom Penh by Vijitha Herath and Sok "
     "Chenda Sokha.", "Sok Chenda Sokha"),
    ("The two agreements were inked on Tuesday by Samuel Ablakwa and Phenyo Butale.", "Phenyo Butale"),
    ("The deal was inked in Lima by Gustavo Meza and Elena Rojas.", "Elena Rojas"),
    ("The memorandum was inked yesterday in Suva by Ratu Tui Cakau and Losa Moala.", "Losa Moala"),
    ("Three protocols were inked at the State House by Amina Diallo and Ousmane Keita, officials said.",
     "Ousmane Keita"),
])
def test_documents_inked_by_their_signers_are_a_signing(extractor: RulesExtractor, text: str,
                                                        signer: str) -> None:
    ceremonies = [people for kind, people in _meetings(extractor, text) if kind == "signing_ceremony"]
    assert ceremonies and signer in ceremonies[0]


@pytest.mark.parametrize("text", [
    "The MoUs will be inked by Vijitha Herath and Sok Chenda Sokha next week.",  # a plan
    "The two agreements were inked in 2019.",  # no signer, no venue: a date in a document's story
])
def test_documents_inked_with_no_signer_or_ahead_are_no_signing(extractor: RulesExtractor, text: str) -> None:
    assert not any(kind == "signing_ceremony" for kind, _ in _meetings(extractor, text))


# ----------------------------- a guest with a title in apposition, the tagger taking the name for a body


@pytest.mark.parametrize(("text", "guest"), [
    ("Foreign Minister Badr Al Busaidi received Murat Nurtleu, Deputy Prime Minister of Kazakhstan, at "
     "the Ministry today.", "Murat Nurtleu"),
    ("Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, received at the Ministry's General "
     "Diwan today Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan.",
     "Murat Nurtleu"),
    ("President Tokayev hosted Murat Nurtleu, Minister of Foreign Affairs, at the Akorda.", "Murat Nurtleu"),
])
def test_a_guest_with_a_title_after_the_name_is_met(extractor: RulesExtractor, text: str, guest: str) -> None:
    assert any(kind == "talks" and guest in people for kind, people in _meetings(extractor, text))


@pytest.mark.parametrize("text", [
    "The ministry received the report of the Joint Commission on Monday.",
    "The committee received Kazakh Airways' bid for the route, officials said.",
])
def test_a_thing_received_is_no_guest(extractor: RulesExtractor, text: str) -> None:
    assert not any(kind == "talks" for kind, _ in _meetings(extractor, text))


# ----------------------------- a visit to a state told by its style


@pytest.mark.parametrize("text", [
    "Murat Nurtleu, who is visiting the Sultanate of Oman, held talks with his counterpart.",
    "The minister, who is currently visiting the Kingdom of Cambodia, met Prime Minister Hun Manet.",
    "Jeyhun Bayramov, who is visiting the Republic of Iraq, met Fuad Hussein in Baghdad.",
    "Vijitha Herath, who is visiting the Kingdom of Cambodia this week, laid a wreath.",
    "Mr Nurtleu, who is on a tour of the region and is visiting the Sultanate of Oman, met the Sultan.",
])
def test_visiting_a_state_told_by_its_style_is_a_visit(extractor: RulesExtractor, text: str) -> None:
    assert any(kind == "visit" for kind, _ in _meetings(extractor, text))


@pytest.mark.parametrize("text", [
    "The minister praised officials visiting the Bank of Ghana.",  # a body, no state
    "Murat Nurtleu will be visiting the Sultanate of Oman next month.",  # a plan
])
def test_visiting_a_body_or_ahead_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert not any(kind == "visit" for kind, _ in _meetings(extractor, text))
