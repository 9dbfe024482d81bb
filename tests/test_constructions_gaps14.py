"""Known gaps of round 13 (issue 9, gaps14), proved on our own wording.

Meetings: a visit that talks were about is no visit made. Commitments: a plan overturned in its own
sentence ("was scheduled for May but has been postponed") is the setback alone; a deal's own
ratification in an "if" clause is procedure, not a hedge. Figures: a second sum of the same size in
one sentence is another item; a sum "worth"/"valued at" is the value of the thing it is said of.
People: two one-word names on the two sides of a meeting are two people; "party chief To Lam"; one
title and one name before "and" and another title are two people. States: a pair glued in one word
("U.S.-Jordanian") counts, a hyphened pair's strife ("the Israeli-Palestinian conflict") does not.
Sentences: a list item with no full stop ends at its line.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def found(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text)


# --------------------------------------------------------------------------- a visit talked about


@pytest.mark.parametrize("text", [
    "DOHA, May 2 — Kenyan President William Ruto held talks on the visit of the Emir of Qatar to Nairobi "
    "with Qatari Foreign Minister Mohammed Al Thani in Doha on Thursday.",
    "SEOUL, May 5 — Officials of both countries held talks in Seoul about the visit of the Indonesian "
    "president, the ministry said.",
    "ROME, May 5 — The Italian and Tunisian ministers held talks in Rome on the visit of President Kais "
    "Saied to Italy.",
    "OSLO, May 5 — Norwegian and Kenyan diplomats held consultations in Oslo on the state visit of King "
    "Harald to Nairobi.",
    "CAIRO, May 5 — Egyptian Foreign Minister Badr Abdelatty held talks with his Ugandan counterpart in "
    "Cairo regarding the visit of President Museveni.",
])
def test_a_visit_talked_about_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    kinds = [m.kind for m in found(extractor, text).meetings]
    assert "visit" not in kinds
    assert "talks" in kinds


@pytest.mark.parametrize("text", [
    "CAIRO, May 7 — President Sisi held talks with Kenyan President William Ruto on his visit to Cairo "
    "on Monday.",
    "NAIROBI, May 8 — During the visit of the Emir of Qatar to Nairobi, the two leaders held talks on "
    "trade.",
])
def test_a_visit_made_stays(extractor: RulesExtractor, text: str) -> None:
    assert "visit" in [m.kind for m in found(extractor, text).meetings]


# --------------------------------------------------------------------------- a plan overturned


@pytest.mark.parametrize("text", [
    "OSLO, Dec 2 — The summit between Kenya and Norway was scheduled for May but has been postponed "
    "indefinitely, the Norwegian foreign ministry said on Monday.",
    "ACCRA, Dec 2 — Ghana's foreign minister was due to visit Lome on Monday, but the trip was cancelled "
    "at the last minute.",
    "LIMA, Dec 2 — Peru and Chile had planned to hold their joint commission in March, but the session was "
    "postponed to June.",
    "SEOUL, Dec 2 — President Yoon was set to travel to Jakarta next week but the visit has been called "
    "off because of the floods.",
    "DAKAR, Dec 2 — Senegal and Morocco had been expected to sign the fisheries accord in April, but the "
    "signing was deferred.",
])
def test_a_plan_put_off_in_its_own_sentence_is_the_setback_alone(extractor: RulesExtractor,
                                                                 text: str) -> None:
    said = found(extractor, text).commitments
    assert said
    assert all(c.change is not None for c in said)


@pytest.mark.parametrize("text", [
    "NAIROBI, Dec 2 — Kenya will open an embassy in Oslo in June but has postponed the opening of its "
    "consulate.",
    "NAIROBI, Dec 2 — Kenya and Uganda will hold a summit in May but could postpone it if the talks stall.",
])
def test_a_plan_beside_another_setback_or_a_risk_stays(extractor: RulesExtractor, text: str) -> None:
    assert any(c.change is None and c.deadline_text for c in found(extractor, text).commitments)


# --------------------------------------------------------------------------- ratification as procedure

SIGNED = "Kenya and Norway signed a free trade agreement on Tuesday. "


@pytest.mark.parametrize(("text", "deadline"), [
    ("If ratified by parliament, the agreement would enter into force in January 2027.", "in January 2027"),
    ("If approved by the Storting, the deal will come into force in March.", "in March"),
    ("If it is ratified by both legislatures, the treaty will take effect in July.", "in July"),
    ("The accord would come into force in September if approved by the Kenyan parliament.", "in September"),
    ("If endorsed by cabinet, the agreement will be implemented from June.", "from June"),
])
def test_a_deal_ratified_at_home_is_no_hedge(extractor: RulesExtractor, text: str, deadline: str) -> None:
    assert deadline in [c.deadline_text for c in found(extractor, SIGNED + text).commitments]


@pytest.mark.parametrize("text", [
    "If the talks succeed, Kenya would sign a second deal in May.",
    "If parliament rejects the treaty, Kenya would renegotiate it in June.",
])
def test_other_conditions_stay_hedges(extractor: RulesExtractor, text: str) -> None:
    assert not found(extractor, SIGNED + text).commitments


# --------------------------------------------------------------------------- two sums of one size


@pytest.mark.parametrize(("text", "value"), [
    ("India extended two lines of credit to Bangladesh, one of $100 million for industrial parks and "
     "another of $100 million for agriculture.", "$100 million"),
    ("Japan will provide a loan of 20 billion yen for the port and a grant of 20 billion yen for hospitals "
     "in Kenya.", "20 billion yen"),
    ("The bank approved $50 million for roads in Ghana, while a second tranche of $50 million will go to "
     "schools.", "$50 million"),
    ("China pledged $1 billion in loans to Egypt, plus $1 billion in grants for the new capital.",
     "$1 billion"),
    ("Norway gave 10 million euros to Kenya for health; another 10 million euros went to Uganda for water.",
     "10 million euros"),
])
def test_two_sums_of_one_size_are_two(extractor: RulesExtractor, text: str, value: str) -> None:
    assert [f.value for f in found(extractor, text).figures].count(value) == 2


@pytest.mark.parametrize(("text", "value"), [
    ("Kenya received $200 million from Norway, bringing the total to $200 million in grants.",
     "$200 million"),
    ("The deal is worth $5 billion, the ministry said, describing the $5 billion package as historic.",
     "$5 billion"),
])
def test_one_sum_said_twice_is_one(extractor: RulesExtractor, text: str, value: str) -> None:
    assert [f.value for f in found(extractor, text).figures].count(value) == 1


# --------------------------------------------------------------------------- what a sum values


@pytest.mark.parametrize(("text", "value", "what"), [
    ("The two countries also signed seven MoUs worth $2 billion.", "$2 billion", "MoUs"),
    ("The leaders witnessed the signing of investment deals, which are valued at 7.7 billion U.S. dollars.",
     "7.7 billion U.S. dollars", "investment deals"),
    ("Egypt and Saudi Arabia signed agreements valued at $3 billion on Monday.", "$3 billion", "agreements"),
    ("Kenya and Japan concluded deals worth 50 billion yen in Tokyo.", "50 billion yen", "deals"),
    ("The package, estimated at $400 million, covers roads and ports in Ghana.", "$400 million", "package"),
])
def test_a_sum_worth_is_of_the_thing_valued(extractor: RulesExtractor, text: str, value: str,
                                            what: str) -> None:
    figures = {f.value: f.what for f in found(extractor, text).figures}
    assert what in (figures[value] or "")


@pytest.mark.parametrize(("text", "value"), [
    ("Kenya will receive $40 million from Norway for roads.", "$40 million"),
    ("Trade reached $9 billion last year, officials said.", "$9 billion"),
])
def test_a_sum_with_no_value_word_is_unchanged(extractor: RulesExtractor, text: str, value: str) -> None:
    figures = {f.value: f.what for f in found(extractor, text).figures}
    assert "worth" not in (figures[value] or "") and value in figures


# --------------------------------------------------------------------------- one-word names meeting


def names(extractor: RulesExtractor, text: str) -> set[str]:
    return {p.name for p in found(extractor, text).people}


@pytest.mark.parametrize(("text", "expected"), [
    ("ADDIS ABABA, July 8 — Abiy met Ruto in Addis Ababa on Monday for talks on trade.", {"Abiy", "Ruto"}),
    ("JAKARTA, July 8 — Prabowo received Anwar at the Merdeka Palace on Tuesday.", {"Prabowo", "Anwar"}),
    ("HANOI, July 8 — Jokowi held talks with Chinh in Hanoi on Wednesday, the government said.",
     {"Jokowi", "Chinh"}),
    ("KUALA LUMPUR, July 8 — Anwar welcomed Prabowo at Seri Perdana on Thursday.", {"Anwar", "Prabowo"}),
    ("MANILA, July 8 — Marcos hosted Prabowo at Malacanang Palace on Friday.", {"Marcos", "Prabowo"}),
])
def test_one_word_names_meeting_are_people(extractor: RulesExtractor, text: str, expected: set[str]) -> None:
    assert expected <= names(extractor, text)


@pytest.mark.parametrize(("text", "word"), [
    ("CAIRO, July 8 — Hamas met Fatah in Cairo on Monday to discuss a unity government.", "Hamas"),
    ("NAIROBI, July 8 — Kenya hosted Uganda in a friendly match at Kasarani on Saturday.", "Kenya"),
])
def test_bodies_and_states_meeting_are_no_people(extractor: RulesExtractor, text: str, word: str) -> None:
    assert word not in names(extractor, text)


# --------------------------------------------------------------------------- "To Lam"


@pytest.mark.parametrize("text", [
    "HANOI, July 8 — Vietnamese party chief To Lam met Chinese President Xi Jinping in Beijing on Monday.",
    "HANOI, July 8 — Vietnam's party leader To Lam received the Lao prime minister in Hanoi on Monday.",
    "VIENTIANE, July 8 — The visiting general secretary To Lam held talks with Lao President Thongloun "
    "Sisoulith on Tuesday.",
    "HANOI, July 8 — Vietnamese president To Lam welcomed Indonesian President Prabowo Subianto in Hanoi.",
    "HANOI, July 8 — The Vietnamese party general secretary To Lam will visit Moscow in May.",
])
def test_to_lam_after_a_lower_case_title(extractor: RulesExtractor, text: str) -> None:
    assert "To Lam" in names(extractor, text)


@pytest.mark.parametrize("text", [
    "HANOI, July 8 — The minister flew To Hanoi on Monday.",
    "HANOI, July 8 — The party chief went to Lam Dong province on Monday.",
])
def test_a_preposition_after_a_title_is_no_name(extractor: RulesExtractor, text: str) -> None:
    assert not any(n.startswith(("To ", "Lam")) for n in names(extractor, text))


# --------------------------------------------------------------------------- one title, one name, "and"


def roles(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in found(extractor, text).people}


@pytest.mark.parametrize(("text", "name", "role"), [
    ("KAMPALA, June 3 — President Ruto and President Museveni held talks at State House Entebbe on Monday.",
     "Museveni", "President"),
    ("KAMPALA, June 3 — President Ruto and President Museveni signed the agreement on Monday.",
     "Museveni", "President"),
    ("LIMA, June 3 — Minister Schialer and Minister Ramirez signed two agreements in Lima.",
     "Ramirez", "Minister"),
    ("DAKAR, June 3 — Prime Minister Sonko and President Faye received the Moroccan delegation on Friday.",
     "Faye", "President"),
    ("TOKYO, June 3 — Prime Minister Ishiba and Foreign Minister Iwaya met Kenyan President William Ruto.",
     "Iwaya", "Foreign Minister"),
])
def test_a_title_after_one_name_and_and_is_its_own(extractor: RulesExtractor, text: str, name: str,
                                                   role: str) -> None:
    assert roles(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("ISLAMABAD, June 3 — The Deputy Prime Minister and Foreign Minister Ishaq Dar met the delegation.",
     "Ishaq Dar", "Foreign Minister"),
    ("NAIROBI, June 3 — President William Ruto and Prime Minister Abiy Ahmed opened the border post.",
     "Abiy Ahmed", "Prime Minister"),
])
def test_joined_titles_stay(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert (roles(extractor, text).get(name) or "").endswith(role)


# --------------------------------------------------------------------------- hyphened pairs


@pytest.mark.parametrize(("text", "strife"), [
    ("WASHINGTON, Sept 1 — President Joe Biden and King Abdullah II discussed U.S.-Jordanian ties and the "
     "Russia-Ukraine war. The two sides signed an agreement on water cooperation.", {"Russia", "Ukraine"}),
    ("MANILA, Sept 1 — The ministers reviewed U.S.-Philippine defence ties and the China-Taiwan tensions. "
     "The two sides signed an agreement on maritime security.", {"China", "Taiwan"}),
    ("SEOUL, Sept 1 — Officials discussed U.S.-Korean ties and the Israel-Iran war. The two sides signed an "
     "agreement on shipbuilding.", {"Israel", "Iran"}),
    ("TOKYO, Sept 1 — The talks covered U.K.-Japanese cooperation and the India-Pakistan crisis. The two "
     "sides signed an agreement on defence equipment.", {"India", "Pakistan"}),
    ("DOHA, Sept 1 — The emir received the Egyptian minister and discussed the Israel-Hamas war and "
     "Egyptian-Qatari relations. The two sides signed an agreement on investment.", {"Israel"}),
])
def test_a_strifes_sides_are_no_parties(extractor: RulesExtractor, text: str, strife: set[str]) -> None:
    instruments = found(extractor, text).instruments
    assert instruments and not set(instruments[0].parties) & strife


def test_a_pair_glued_in_one_word_is_the_pair(extractor: RulesExtractor) -> None:
    text = ("SEOUL, Sept 1 — Officials discussed U.S.-Korean ties and the Israel-Iran war. The two sides "
            "signed an agreement on shipbuilding.")
    assert set(found(extractor, text).instruments[0].parties) == {"United States", "South Korea"}


def test_a_king_is_not_of_a_strifes_side(extractor: RulesExtractor) -> None:
    text = ("AMMAN, Sept 1 — King Abdullah II met U.S. Secretary of State Antony Blinken in Amman on Sunday "
            "to discuss bilateral ties and the Israeli-Palestinian conflict.")
    assert {p.name: p.country for p in found(extractor, text).people}.get("Abdullah II") != "Israel"


@pytest.mark.parametrize(("text", "pair"), [
    ("ADDIS ABABA, Sept 1 — Ethiopia and Eritrea signed an agreement on the Ethiopia-Eritrea border on "
     "Monday.", {"Ethiopia", "Eritrea"}),
    ("NAIROBI, Sept 1 — Kenya and Somalia signed an agreement on trade to end the Kenya-Somalia dispute.",
     {"Kenya", "Somalia"}),
])
def test_the_pair_named_outside_its_strife_stays(extractor: RulesExtractor, text: str,
                                                 pair: set[str]) -> None:
    instruments = found(extractor, text).instruments
    assert instruments and set(instruments[0].parties) == pair


# --------------------------------------------------------------------------- a list item with no full stop


def subjects(extractor: RulesExtractor, text: str) -> list[str]:
    return [i.subject for i in found(extractor, text).instruments]


@pytest.mark.parametrize(("text", "subject"), [
    ("ACCRA, March 4 — Ghana and Togo signed the following agreements on Monday:\n"
     "1. Agreement on the avoidance of double taxation\n2. Protocol on border security\n"
     "President Mahama said the agreements would deepen ties.", "Protocol on border security"),
    ("LIMA, March 4 — Peru and Chile signed several documents, including:\n• MoU on mining cooperation\n"
     "• Programme of cultural exchange for 2025-2027\nOfficials said more deals were expected.",
     "Programme of cultural exchange for 2025-2027"),
    ("NAIROBI, March 4 — Kenya and Uganda signed three agreements on Tuesday. The documents signed were:\n"
     "Memorandum of understanding on energy cooperation\nAgreement on cross-border trade\n"
     "Protocol on fisheries in Lake Victoria\nThe two leaders also agreed to meet in June.",
     "Agreement on cross-border trade"),
    ("NAIROBI, March 4 — Kenya and Uganda signed three agreements on Tuesday. The documents signed were:\n"
     "Memorandum of understanding on energy cooperation\nAgreement on cross-border trade\n"
     "Protocol on fisheries in Lake Victoria\nThe two leaders also agreed to meet in June.",
     "Protocol on fisheries in Lake Victoria"),
    ("DAKAR, March 4 — The agreements signed are:\n- Agreement on air services\n- MoU on fisheries\n"
     "Senegal's president thanked his guest.", "MoU on fisheries"),
])
def test_a_list_item_ends_at_its_line(extractor: RulesExtractor, text: str, subject: str) -> None:
    assert subject in subjects(extractor, text)


@pytest.mark.parametrize("text", [
    "NAIROBI, March 4 — Kenya and Uganda signed an agreement on energy cooperation\nand trade on Tuesday.",
    "NAIROBI, March 4 — Kenya and Uganda signed an agreement on energy cooperation with\nUganda's "
    "Ministry of Energy on Tuesday.",
])
def test_a_wrapped_line_of_prose_runs_on(extractor: RulesExtractor, text: str) -> None:
    assert len(found(extractor, text).instruments) == 1


# --------------------------------------------------------------------------- a plural title over a series


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("KAMPALA, June 3 — Kenya's ministers of trade, Rebecca Miano; of energy, Opiyo Wandayi; and the Ugandan "
     "minister of foreign affairs, Jeje Odongo, met in Kampala.", "Opiyo Wandayi", "minister of energy",
     "Kenya"),
    ("KAMPALA, June 3 — Kenya's ministers of trade, Rebecca Miano; of energy, Opiyo Wandayi; and the Ugandan "
     "minister of foreign affairs, Jeje Odongo, met in Kampala.", "Rebecca Miano", "minister of trade",
     "Kenya"),
    ("ACCRA, June 3 — The talks were attended by Ghana's ministers of finance, Ama Mensah; of trade, Kofi "
     "Boateng; and of energy, Yaw Asante.", "Kofi Boateng", "minister of trade", "Ghana"),
    ("ACCRA, June 3 — The talks were attended by Ghana's ministers of finance, Ama Mensah; of trade, Kofi "
     "Boateng; and of energy, Yaw Asante.", "Yaw Asante", "minister of energy", "Ghana"),
    ("LIMA, June 3 — Peru's ministers of foreign affairs, Rosa Quispe; and of defence, Luis Huaman, received "
     "the delegation.", "Luis Huaman", "minister of defence", "Peru"),
])
def test_a_plural_title_is_shared_by_its_series(extractor: RulesExtractor, text: str, name: str, role: str,
                                                country: str) -> None:
    person = {p.name: p for p in found(extractor, text).people}[name]
    assert (person.role, person.country) == (role, country)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("LIMA, June 3 — The Council of Ministers of Peru, chaired by Prime Minister Eduardo Arana, met on "
     "Monday.", "Eduardo Arana", "Prime Minister"),
    ("ACCRA, June 3 — Ghana's minister of trade, Kofi Boateng, met the Peruvian envoy on Monday.",
     "Kofi Boateng", "minister of trade"),
])
def test_a_title_outside_a_series_is_unchanged(extractor: RulesExtractor, text: str, name: str,
                                               role: str) -> None:
    assert {p.name: p.role for p in found(extractor, text).people}.get(name) == role
