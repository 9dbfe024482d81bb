"""Constructions of the tuning half of eval/own/gen22 (round 22, issue 9), meetings of a visit and the
documents of a commission, proved on our own wording: "called on" a titled person the parser takes for
the verb's object; a guest "seen off at the airport by" a host, a farewell of its own beside the welcome;
a guest "received by" a host where the tagger took the guest's name for a place the article names as a
person; a call during which a visit "had been prepared"; one round of consultations, not two; a joint
commission's "Agreed Minutes"; documents counted and then listed "…, on A, on B and on C".
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nDILI, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=LEAD).meetings]


def _with(found: list[tuple[str, list[str]]], kind: str, *names: str) -> bool:
    return any(k == kind and all(any(n in p for p in people) for n in names) for k, people in found)


# ------------------------------------------------------------------ "called on" a titled person

@pytest.mark.parametrize(("text", "guest", "host"), [
    ("On Thursday morning, President William Ruto called on Prime Minister Anthony Albanese at Parliament "
     "House.", "William Ruto", "Anthony Albanese"),
    ("Foreign Minister Ana Soto called on President Peter Mutharika at State House in Lilongwe on Monday.",
     "Ana Soto", "Peter Mutharika"),
    ("Later in the day, the minister called on Prime Minister Hun Manet, who praised the new air link.",
     "minister", "Hun Manet"),
    ("Ambassador Pedro Soto called on Speaker Anita Among at Parliament on Tuesday.",
     "Pedro Soto", "Anita Among"),
    ("The visiting minister then called on King Letsie III at the Royal Palace in Maseru.",
     "minister", "Letsie III"),
])
def test_called_on_a_titled_person_is_talks(extractor: RulesExtractor, text: str, guest: str,
                                            host: str) -> None:
    found = _meetings(extractor, text)
    assert _with(found, "talks", host), found


@pytest.mark.parametrize("text", [
    # an appeal, not a call paid
    "President Peter Mutharika called on both sides to show restraint.",
    "The opposition called on Prime Minister Hun Manet to resign on Monday.",
])
def test_called_on_to_act_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ a guest seen off

@pytest.mark.parametrize(("text", "guest", "host"), [
    ("President Ferdinand Marcos was seen off at the Presidente Nicolau Lobato International Airport by "
     "Prime Minister Kay Rala Xanana Gusmão.", "Ferdinand Marcos", "Xanana Gusmão"),
    ("On Friday, Foreign Minister Ana Soto was seen off by her counterpart Musalia Mudavadi at the "
     "airport.", "Ana Soto", "Musalia Mudavadi"),
    ("Prime Minister Hun Manet was later seen off at Wattay International Airport by Deputy Prime Minister "
     "Saleumxay Kommasith before leaving for Hanoi.", "Hun Manet", "Saleumxay Kommasith"),
    ("The delegation was seen off at Entebbe by State Minister John Mulimba.", "delegation", "John Mulimba"),
    ("President William Ruto was seen off by Vice President Kithure Kindiki at the State House grounds.",
     "William Ruto", "Kithure Kindiki"),
])
def test_a_guest_seen_off_by_a_host_is_a_farewell(extractor: RulesExtractor, text: str, guest: str,
                                                 host: str) -> None:
    assert _with(_meetings(extractor, text), "other", host)


def test_a_farewell_is_no_part_of_the_welcome(extractor: RulesExtractor) -> None:
    text = ("On Wednesday, President Ferdinand Marcos was welcomed by President José Ramos-Horta at the "
            "Presidential Palace. On Thursday, President Ferdinand Marcos was seen off at the Presidente "
            "Nicolau Lobato International Airport by Prime Minister Kay Rala Xanana Gusmão.")
    others = [people for kind, people in _meetings(extractor, text) if kind == "other"]
    assert len(others) == 2


@pytest.mark.parametrize("text", [
    # nobody sees a guest off: a thing beaten off, or a rival seen off at the polls
    "The challenge from the opposition was seen off at the polls.",
    "The reform was seen off by a vote of the committee.",
])
def test_a_thing_seen_off_is_no_farewell(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ a guest the tagger took for a place

@pytest.mark.parametrize(("text", "guest", "host"), [
    ("The Vice President of Laos, Bounthong Chitmany, is in Havana. On Monday, Bounthong Chitmany was "
     "received by the Prime Minister, Manuel Marrero Cruz.", "Bounthong Chitmany", "Manuel Marrero Cruz"),
    ("The Deputy Prime Minister of Laos, Saleumxay Kommasith, arrived on Sunday. Saleumxay Kommasith was "
     "received by President Gustavo Petro at the Casa de Nariño.", "Saleumxay Kommasith", "Gustavo Petro"),
    ("Mongolia's Foreign Minister, Battsetseg Batmunkh, is in Lima. Battsetseg Batmunkh was received "
     "by President Dina Boluarte at the Government Palace.", "Battsetseg Batmunkh", "Dina Boluarte"),
    ("Vice President Bounthong Chitmany of Laos arrived on Monday. Later Bounthong Chitmany was greeted "
     "by Vice President Salvador Valdés Mesa.", "Bounthong Chitmany", "Salvador Valdés Mesa"),
    ("The Lao envoy, Khamphanh Anlavan, met officials. On Monday, Khamphanh Anlavan was welcomed by "
     "Minister Bruno Rodríguez at the ministry.", "Khamphanh Anlavan", "Bruno Rodríguez"),
])
def test_a_named_guest_received_by_a_host_met_the_host(extractor: RulesExtractor, text: str, guest: str,
                                                      host: str) -> None:
    assert any(any(host in p for p in people) for _, people in _meetings(extractor, text))


@pytest.mark.parametrize("text", [
    # what is received is no one the article names
    "The Vice President of Laos, Bounthong Chitmany, is in Havana. The Mariel proposal was received by the "
    "Prime Minister, Manuel Marrero Cruz, with interest.",
    "The Vice President of Laos, Bounthong Chitmany, is in Havana. Savannakhet Province was received by "
    "the committee as a partner.",
])
def test_a_thing_received_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text) if kind in ("other", "talks")] == []


# ------------------------------------------------------------------ a call where a plan was made

@pytest.mark.parametrize("text", [
    "The visit had been prepared during a telephone conversation between President Lula and President "
    "Ruto in February.",
    "The state visit was prepared during a phone call between President Lula and President Ruto.",
    "The agenda had been planned during a telephone conversation between Prime Minister Hun Manet and "
    "President Lula in March.",
    "The trip had been proposed during a phone call between President Ruto and President Lula last year.",
    "The talks were prepared in a telephone conversation between President Lula and President Ruto.",
])
def test_a_call_where_a_plan_was_made_took_place(extractor: RulesExtractor, text: str) -> None:
    assert "call" in [kind for kind, _ in _meetings(extractor, text)]


@pytest.mark.parametrize("text", [
    # the call itself is ahead
    "The visit will be prepared during a telephone conversation between President Lula and President Ruto.",
    "A phone call between President Lula and President Ruto is planned for next week.",
])
def test_a_call_ahead_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert "call" not in [kind for kind, _ in _meetings(extractor, text)]


# ------------------------------------------------------------------ one round of consultations

@pytest.mark.parametrize("text", [
    "The fourth round of political consultations between the Ministry of Foreign Affairs of Laos and the "
    "Ministry of Foreign Affairs of Mongolia took place in Vientiane on Tuesday.",
    "The second round of bilateral consultations between Peru and Ghana was held in Lima on Monday.",
    "Laos and Mongolia held the third round of consultations in Ulaanbaatar on Tuesday.",
    "A new round of talks between Chile and Kenya opened in Nairobi on Monday.",
    "The fifth round of political consultations between Nepal and Laos ended in Kathmandu on Friday.",
])
def test_a_round_of_consultations_is_one_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text)] == ["talks"]


def test_two_rounds_told_apart_are_two(extractor: RulesExtractor) -> None:
    text = ("The fourth round of political consultations between Laos and Mongolia took place in Vientiane "
            "on Tuesday. The third round of consultations had been held in Ulaanbaatar in 2024.")
    assert [kind for kind, _ in _meetings(extractor, text)] == ["talks", "talks"]


# ------------------------------------------------------------------ Agreed Minutes

@pytest.mark.parametrize(("text", "expected"), [
    ("At the end of the session, the two ministers signed the Agreed Minutes.", "Agreed Minutes"),
    ("The Agreed Minutes of the fifth session were signed by the two co-chairs on Friday.",
     "Agreed Minutes of the fifth session"),
    ("Peru and Ghana signed the Agreed Minutes of the Joint Commission in Accra.",
     "Agreed Minutes of the Joint Commission"),
    ("The co-chairs initialled the Agreed Minutes of the meeting.", "Agreed Minutes of the meeting"),
    ("Chile and Kenya signed the Agreed Minutes and a protocol on fisheries.", "Agreed Minutes"),
])
def test_agreed_minutes_are_a_document(find: Find, text: str, expected: str) -> None:
    assert any(t == "other" and s == expected for t, s, _ in told(find, text)), told(find, text)


@pytest.mark.parametrize("text", [
    "Peru scored after 23 minutes and Ghana replied after 40 minutes.",
    "The ministers agreed minutes later to meet again in Accra.",
])
def test_minutes_of_time_are_no_document(find: Find, text: str) -> None:
    assert subjects(find, text) == []


# ------------------------------------------------------------------ "…, on A, on B and on C"

@pytest.mark.parametrize(("text", "expected"), [
    ("The two heads of state witnessed the exchange of three memoranda of understanding, on agriculture, "
     "on higher education and on the training of seafarers.",
     ["agriculture", "higher education", "training of seafarers"]),
    ("The two sides signed three agreements, on fisheries, on culture and on visa waivers.",
     ["fisheries", "culture", "visa waivers"]),
    ("Peru and Ghana signed two MoUs, on tourism and on health.", ["tourism", "health"]),
    ("Chile and Kenya signed four protocols, on customs, on mining, on energy and on transport.",
     ["customs", "mining", "energy", "transport"]),
    ("The ministers signed memoranda of understanding, on tourism, on sport or on youth.",
     ["tourism", "sport", "youth"]),
])
def test_documents_counted_then_listed_after_a_comma(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize("text", [
    # after the comma comes when or where, told once: no subject list
    "Ghana and Peru signed two agreements, on Monday in Accra, and on Tuesday they met again.",
    "The ministers signed an agreement, on the sidelines of the summit, and on the same day met the press.",
])
def test_a_comma_before_a_setting_opens_no_list(find: Find, text: str) -> None:
    assert len(subjects(find, text)) <= 1


# ------------------------------------------------------------------ "deal with A and with B"

@pytest.mark.parametrize(("text", "expected"), [
    ("The other two documents deal with the waiver of visas for diplomats and with cooperation between the "
     "two diplomatic academies.", ["waiver of visas for diplomats",
                                   "cooperation between the two diplomatic academies"]),
    ("The other two documents deal with visa waivers and with sport.", ["visa waivers", "sport"]),
    ("The two agreements deal with air services and with the recognition of driving licences.",
     ["air services", "recognition of driving licences"]),
    ("The other documents deal with tourism and with youth exchanges.", ["tourism", "youth exchanges"]),
    ("The other two documents deal with the exemption of visas for holders of diplomatic and official "
     "passports and with training between the two academies.",
     ["exemption of visas for holders of diplomatic and official passports",
      "training between the two academies"]),
    ("The other three documents deal with fisheries, with culture and with sport.",
     ["fisheries", "culture", "sport"]),
])
def test_a_list_preposition_repeated_opens_each_item(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "with" after the list's own words names a partner, no second item
    ("The ministers signed MoUs on cooperation with Japan and with Korea.", []),
    ("The agreements concern trade with Peru and with Chile.", ["trade"]),
])
def test_with_a_partner_is_no_item(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected
