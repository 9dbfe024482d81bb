"""Constructions of real reports (issue 9, ppl25), people and relevance, proved on our own wording.

A counterpart named bare ("met her counterpart, X") and titled in their own words elsewhere in the
article ("Minister for Mines X said …") keeps their own title, not the other's. A person written without
a state acts for the state "on behalf of" names right after the name ("signed by A on behalf of Peru and
by B on behalf of Chile"), however many states the article marks. One state giving another money or aid
with "give", "commit", "offer" or "contribute" ("will give US$2 million to Tonga") is a report on
relations, as "donate" and "pledge" are; the same verbs in sport's idioms are not. "T&T" names Trinidad
and Tobago.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.extract.rules import RulesExtractor, relevance
from accord.normalize.countries import gazetteer
from tests.extract_support import facts
from tests.test_constructions_lead16c import LOGISTICS, nlp

__all__ = ["nlp"]  # the fixture of tests/test_constructions_lead16c.py, shared

DAY = date(2031, 5, 12)


def people(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.country) for p in facts(extractor, text, published=DAY).people]


# ------------------------------------------------------------------ a counterpart's own title


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Peru's Minister of Foreign Trade and Tourism Ana Ruiz met her counterpart, Kofi Mensah, in Lima. "
     "Minister for Trade Kofi Mensah said exports would grow.", "Kofi Mensah", "Minister for Trade"),
    ("Chile's Deputy Foreign Minister Luis Rocha held talks with his counterpart, Tomas Novak, on Monday. "
     "Later, Secretary of State Tomas Novak toured the port.", "Tomas Novak", "Secretary of State"),
    ("Minister of Agriculture, Livestock and Fisheries Juma Said received his Ghanaian counterpart, "
     "Ama Owusu, in Dodoma. Food Minister Ama Owusu thanked her host.", "Ama Owusu", "Food Minister"),
    ("Foreign Minister Lena Berg welcomed her counterpart Pedro Alves to Oslo on Friday.\n\n"
     "Minister of External Relations Pedro Alves said the visit was his first.", "Pedro Alves",
     "Minister of External Relations"),
    ("Kenya's Cabinet Secretary for Trade Moses Otieno called his counterpart, Raul Diaz, on Tuesday. "
     "Economy Minister Raul Diaz said the call went well.", "Raul Diaz", "Economy Minister"),
])
def test_a_counterpart_titled_elsewhere_keeps_their_own_title(extractor: RulesExtractor, text: str, name: str,
                                                              role: str) -> None:
    assert (name, role) in [(n, r) for n, r, _ in people(extractor, text)]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Peru's Trade Minister Ana Ruiz met her counterpart, Kofi Mensah, in Lima. Mensah said exports would "
     "grow.", "Kofi Mensah", "Trade Minister"),
    ("Chile's Foreign Minister Luis Rocha held talks with his Czech counterpart, Tomas Novak, on Monday.",
     "Tomas Novak", "Foreign Minister"),
])
def test_a_counterpart_titled_nowhere_else_takes_the_others_title(extractor: RulesExtractor, text: str,
                                                                  name: str, role: str) -> None:
    assert (name, role) in [(n, r) for n, r, _ in people(extractor, text)]


# ------------------------------------------------------------------ "on behalf of" a state


@pytest.mark.parametrize(("text", "expected"), [
    ("The accord was signed by Minister Ali Hassan on behalf of Qatar and by Minister Juan Perez on behalf "
     "of Chile.", [("Ali Hassan", "Qatar"), ("Juan Perez", "Chile")]),
    ("The memorandum was signed by Foreign Minister Ali Hassan, on behalf of the State of Qatar, and "
     "Foreign Minister Juan Perez, on behalf of the Government of Chile.",
     [("Ali Hassan", "Qatar"), ("Juan Perez", "Chile")]),
    ("Minister Sara Lind signed on behalf of Sweden, while Minister Omar Diallo signed for Senegal.",
     [("Sara Lind", "Sweden"), ("Omar Diallo", "Senegal")]),
    ("Peru and Ghana signed three deals in Accra. Ambassador Rosa Quispe, on behalf of Peru, and Deputy "
     "Minister Kwame Boateng, on behalf of Ghana, put their names to the texts.",
     [("Rosa Quispe", "Peru"), ("Kwame Boateng", "Ghana")]),
    ("Two loans were signed on Monday: Finance Secretary Jan Kowalski on behalf of Poland, and Director "
     "General Amina Yusuf on behalf of the Republic of Kenya.",
     [("Jan Kowalski", "Poland"), ("Amina Yusuf", "Kenya")]),
])
def test_the_state_a_person_acts_for_is_theirs(extractor: RulesExtractor, text: str,
                                               expected: list[tuple[str, str]]) -> None:
    found = [(name, country) for name, _, country in people(extractor, text)]
    assert all(e in found for e in expected)


@pytest.mark.parametrize(("text", "name"), [
    ("Qatar and Chile signed a deal. Ambassador Ali Hassan signed it on behalf of the President, and "
     "Minister Juan Perez looked on.", "Ali Hassan"),
    ("Qatar and Chile signed a deal. Minister Juan Perez, who spoke on behalf of the delegation, thanked "
     "his hosts.", "Juan Perez"),
])
def test_acting_for_a_person_or_body_tells_no_state(extractor: RulesExtractor, text: str, name: str) -> None:
    assert (name, None) in [(n, c) for n, _, c in people(extractor, text)]


# ------------------------------------------------------------------ giving money or aid


@pytest.mark.parametrize("lead", [
    "Trinidad and Tobago will give US$1 million to Haiti to help families left homeless by the storm.",
    "T&T will give US$2 million to Dominica for the repair of its roads and bridges.",
    "Norway has committed 50 million dollars to Malawi for school meals over the next three years.",
    "Qatar offered a grant of $20 million to Sudan on Sunday for the rebuilding of clinics.",
    "Japan will contribute 3 million dollars to Tonga towards the repair of its undersea cable.",
    "Australia gave Fiji 10 million dollars in emergency cash after the cyclone, the statement said.",
])
def test_one_state_giving_another_money_is_about_relations(nlp: Language, lead: str) -> None:
    assert relevance.about_relations(nlp(lead + LOGISTICS))


@pytest.mark.parametrize("lead", [
    "Brazil gave Chile a scare in the first half before two goals settled the match in Santiago.",
    "Peru offered Bolivia a draw after an hour of rain and mud at the stadium on Sunday night.",
    "Chile committed twenty fouls against Peru in a bad-tempered match at the stadium on Sunday.",
])
def test_sport_idioms_with_the_same_verbs_are_not(nlp: Language, lead: str) -> None:
    assert not relevance.about_relations(nlp(lead + LOGISTICS))


def test_t_and_t_names_trinidad_and_tobago() -> None:
    places = gazetteer()
    assert [places.resolve(x) and places.resolve(x).name for x in ("T&T", "Trinidad & Tobago")] == [
        "Trinidad and Tobago", "Trinidad and Tobago"]
    assert {c.name for c in places.named_in("AT&T shares fell")} == set()


# ------------------------------------------------------------------ whom one goes with, by title alone


@pytest.mark.parametrize(("text", "name", "state"), [
    ("President William Ruto of Kenya arrived in Lima on Monday. Trade Minister Rebecca Miano, who "
     "accompanied the President, said exports of tea would grow.", "Rebecca Miano", "Kenya"),
    ("Prime Minister Sitiveni Rabuka of Fiji arrived in Wellington on Monday. Minister Lynda Tabuya, who "
     "accompanied the Prime Minister, met students.", "Lynda Tabuya", "Fiji"),
    ("Ghana's President John Mahama flew to Lisbon on Sunday. Foreign Minister Samuel Ablakwa accompanied "
     "the President and met the press.", "Samuel Ablakwa", "Ghana"),
    ("King Tupou VI of Tonga landed in Tokyo on Friday. Deputy Minister Sione Vuna, accompanying the King, "
     "visited a school.", "Sione Vuna", "Tonga"),
    ("Chile's President Gabriel Boric arrived in Hanoi on Monday. Mining Minister Aurora Vidal, who was "
     "accompanying the President, toured a copper plant.", "Aurora Vidal", "Chile"),
])
def test_one_who_goes_with_a_titled_leader_is_of_the_leaders_state(extractor: RulesExtractor, text: str,
                                                                   name: str, state: str) -> None:
    assert (name, state) in [(n, c) for n, _, c in people(extractor, text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Minister Rebecca Miano, accompanying the President on his visit, said exports would grow. President "
     "William Ruto of Kenya met President Dina Boluarte of Peru in Lima.", "Rebecca Miano"),
    ("Prime Minister Ana Costa of Portugal arrived in Luanda. Minister Rui Lopes, who accompanied the "
     "delegation, toured the port.", "Rui Lopes"),
])
def test_a_title_two_states_hold_or_no_title_tells_no_state(extractor: RulesExtractor, text: str,
                                                            name: str) -> None:
    assert (name, None) in [(n, c) for n, _, c in people(extractor, text)]


# ------------------------------------------------------------------ told from home of a visit abroad


@pytest.mark.parametrize(("text", "name", "state"), [
    ("ACCRA, March 2 - Ghana's President John Mahama flew to Hanoi on Monday for an official visit to "
     "Vietnam.\n\nDuring the visit Prime Minister Pham Minh Chinh will host a banquet in his honour, and the "
     "two leaders will hold talks on cocoa and rice.\n", "Pham Minh Chinh", "Vietnam"),
    ("DAKAR, May 4 - Senegalese President Bassirou Faye arrived in Budapest on Sunday for a two-day official "
     "visit to Hungary, his office said.\n\nPrime Minister Viktor Orban will host a dinner for the "
     "Senegalese leader, and the two men will hold talks on trade and water.\n", "Viktor Orban", "Hungary"),
    ("SUVA, June 3 - Fiji's Prime Minister Sitiveni Rabuka is in Tokyo this week on an official visit to "
     "Japan.\n\nOn Tuesday he held talks with Prime Minister Shigeru Ishiba on fisheries and climate "
     "finance, and Foreign Minister Takeshi Iwaya gave a lunch for the Fijian delegation.\n",
     "Takeshi Iwaya", "Japan"),
    ("WINDHOEK, July 1 - Namibia's President Netumbo Nandi-Ndaitwah has arrived in Havana for a state "
     "visit to Cuba.\n\nPresident Miguel Diaz-Canel welcomed her at the Palace of the Revolution, where the "
     "two leaders held talks on health and education.\n", "Miguel Diaz-Canel", "Cuba"),
    ("HARARE, June 9 - Zimbabwe's President Emmerson Mnangagwa arrived in Minsk on Sunday for an official "
     "visit to Belarus.\n\nPresident Aleksandr Lukashenko will host a dinner for the guest, and the two "
     "leaders will hold talks on tractors and mining.\n", "Aleksandr Lukashenko", "Belarus"),
])
def test_the_hosts_of_ones_own_leader_abroad_are_of_the_host_state(extractor: RulesExtractor, text: str,
                                                                   name: str, state: str) -> None:
    assert (name, state) in [(n, c) for n, _, c in people(extractor, text)]


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("BUENOS AIRES, May 4 - Argentine President Javier Milei met business leaders on Monday.\n\nForeign "
     "Minister Gerardo Werthein will visit Seoul next week for talks with South Korea's Foreign Minister "
     "Cho Tae-yul on trade.\n", "Gerardo Werthein", "South Korea"),
    ("LIMA, May 4 - Peruvian President Dina Boluarte chaired a cabinet meeting on Monday.\n\nTrade Minister "
     "Ursula Leon said exports to Kenya rose by a fifth. Kenya's President William Ruto will visit Peru in "
     "June.\n", "Ursula Leon", "Kenya"),
])
def test_ones_own_minister_going_abroad_or_a_visit_home_gives_no_host_state(
        extractor: RulesExtractor, text: str, name: str, wrong: str) -> None:
    assert (name, wrong) not in [(n, c) for n, _, c in people(extractor, text)]
