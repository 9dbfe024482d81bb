"""Whole-article constructions of genres the dev sets lack (issue 9, gen11), proved on our own
wording: a committee report's section numbers ("3.1 The Treaty …") are no figures; a document told
signed "in Rabat on 14 May by X and Y" is a signing ceremony of X and Y; "In their presence, A and B
signed …" is a signing witnessed by the pair just told meeting; a title read through "in charge of"
("Minister Delegate in charge of the Budget, X") and after "the then" ("the then Minister for
Finance, Dr. X") is the person's role.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts, of_kind

# --------------------------------------------------------------------------- section numbers


@pytest.mark.parametrize("text, number", [
    ("1.0 INTRODUCTION\n1.1 The Agreement was laid in the House on Tuesday.\n", 1.1),
    ("3.0 BACKGROUND\n3.2 The Treaty was signed in Ankara last year.\n", 3.2),
    ("4.0 OBSERVATIONS\n4.1 The Committee observed that the text is balanced.\n", 4.1),
    ("2.3 The Ministry assured the Committee that it would act quickly.\n", 2.3),
    ("5.1\nThe Committee recommends that the House ratify the Protocol.\n", 5.1),
    ("6.12 \"The treaty is overdue,\" the Chairman said.\n", 6.12),
])
def test_a_section_number_opening_a_line_is_no_figure(extractor: RulesExtractor, text: str,
                                                      number: float) -> None:
    assert number not in [f.number for f in facts(extractor, text).figures]


@pytest.mark.parametrize("text, number", [
    ("2.5 million tourists visited Ghana last year, the ministry said.\n", 2_500_000),
    ("Trade rose 4.5 percent to $3.2 billion in 2024.\n", 3_200_000_000),
    ("3.1 The Committee noted that trade reached 7.5 billion dollars.\n", 7_500_000_000),
])
def test_a_decimal_amount_is_still_a_figure(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in [f.number for f in facts(extractor, text).figures]


# --------------------------------------------------------------------------- signed … by people


@pytest.mark.parametrize("text, people", [
    ("The double taxation agreement was signed in Rabat on 14 November 2024 by the Minister for Finance, "
     "Mohammed Amin Adam, and the Moroccan Minister of the Budget, Fouzi Lekjaa.",
     {"Mohammed Amin Adam", "Fouzi Lekjaa"}),
    ("The Exchange of Notes was signed at the Ministry of Foreign Affairs by Japanese Ambassador "
     "Ueno Atsushi "
     "and Deputy Prime Minister Sok Chenda Sophea.",
     {"Ueno Atsushi", "Sok Chenda Sophea"}),
    ("The extradition treaty was signed on Monday in Ankara by Ghana's ambassador Francisca Ashietey-Odunton "
     "and Turkish Deputy Justice Minister Hasan Yilmaz.",
     {"Francisca Ashietey-Odunton", "Hasan Yilmaz"}),
    ("The memoranda were signed yesterday at the State House by Foreign Minister Musalia Mudavadi and "
     "his Ugandan counterpart Jeje Odongo.",
     {"Musalia Mudavadi", "Jeje Odongo"}),
    ("Two loan agreements were signed in Dhaka on Sunday by Finance Secretary Md Khairuzzaman Mozumder "
     "and Chinese Ambassador Yao Wen.",
     {"Md Khairuzzaman Mozumder", "Yao Wen"}),
])
def test_a_document_signed_by_people_is_a_signing_ceremony(extractor: RulesExtractor, text: str,
                                                             people: set[str]) -> None:
    found = of_kind(extractor, text, "signing_ceremony")
    assert found and people <= set(found[0].participants)


@pytest.mark.parametrize("text", [
    "The agreement was signed in 2019 and has never been ratified by parliament.",
    "The treaty will be signed by the two foreign ministers in Lima in June.",
])
def test_a_document_signed_by_no_one_told_is_no_ceremony(extractor: RulesExtractor, text: str) -> None:
    assert not of_kind(extractor, text, "signing_ceremony")


@pytest.mark.parametrize("text, pair", [
    ("The Chief of the Army Staff, General Upendra Dwivedi, received Lieutenant General Ahmed Fathi Ibrahim "
     "at South Block on Monday. In their presence, the Indian Army and the Egyptian Armed Forces signed "
     "a Memorandum of Understanding on military training.",
     {"Upendra Dwivedi", "Ahmed Fathi Ibrahim"}),
    ("President William Ruto held talks with President Yoweri Museveni at State House on Tuesday. "
     "In their presence, the two energy ministries signed an agreement on an oil pipeline.",
     {"William Ruto", "Yoweri Museveni"}),
    ("Prime Minister Anwar Ibrahim met President Prabowo Subianto in Putrajaya on Monday. In their "
     "presence, the two state oil companies exchanged a memorandum of understanding on gas.",
     {"Anwar Ibrahim", "Prabowo Subianto"}),
    ("Foreign Minister Penny Wong met her counterpart Sugiono in Canberra on Friday. In their presence, "
     "the two universities signed an agreement on student exchanges.",
     {"Penny Wong", "Sugiono"}),
    ("Chancellor Friedrich Merz received President Emmanuel Macron in Berlin on Wednesday. In their "
     "presence, the rail operators signed a memorandum on high-speed trains.",
     {"Friedrich Merz", "Emmanuel Macron"}),
])
def test_in_their_presence_is_a_signing_witnessed_by_the_pair(extractor: RulesExtractor, text: str,
                                                                pair: set[str]) -> None:
    found = of_kind(extractor, text, "signing_ceremony")
    assert found and pair <= set(found[0].participants)


@pytest.mark.parametrize("text", [
    "President William Ruto met President Yoweri Museveni at State House on Tuesday. "
    "In their presence, the choir sang the two national anthems.",
    "In their presence, the talks went on late into the night.",
])
def test_their_presence_without_a_signing_is_no_ceremony(extractor: RulesExtractor, text: str) -> None:
    assert not of_kind(extractor, text, "signing_ceremony")


# --------------------------------------------------------------------------- titles: in charge of, the then


@pytest.mark.parametrize("text, name, role", [
    ("The memorandum was signed by the Moroccan Minister Delegate in charge of the Budget, Fouzi Lekjaa.",
     "Fouzi Lekjaa", "Minister Delegate in charge of the Budget"),
    ("The Minister in charge of Planning, Peter Munya, spoke after the talks.",
     "Peter Munya", "Minister in charge of Planning"),
    ("The deal was welcomed by the Secretary of State in charge of Digital Affairs, Clara Chappaz.",
     "Clara Chappaz", "Secretary of State in charge of Digital Affairs"),
    ("The agreement was signed in 2024 by the then Minister for Finance, Dr. Mohammed Amin Adam.",
     "Mohammed Amin Adam", "Minister for Finance"),
    ("The then Minister of Trade, Ms. Ruth Mwale, led the delegation to Lusaka.",
     "Ruth Mwale", "Minister of Trade"),
    ("Talks were opened by the then Ambassador of Peru, Mr. Carlos Vasquez, in 2019.",
     "Carlos Vasquez", "Ambassador"),
])
def test_a_title_through_in_charge_of_or_after_the_then(extractor: RulesExtractor, text: str, name: str,
                                                       role: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text).people}
    assert people.get(name) == role


@pytest.mark.parametrize("text, name", [
    ("Officials in charge of the border post, including Mary Atieno, said the queues had eased.",
     "Mary Atieno"),
    ("The farmers then met Joseph Kamau, a trader from Eldoret.", "Joseph Kamau"),
])
def test_no_title_from_in_charge_of_or_then_alone(extractor: RulesExtractor, text: str, name: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text).people}
    assert people.get(name) is None


# --------------------------------------------------------------------------- "the two officers"


@pytest.mark.parametrize("text", [
    "General Dwivedi received General Ibrahim. The two officers reviewed defence cooperation.",
    "The two envoys discussed the border in Geneva on Monday.",
    "After the signing, the two commanders inspected a guard of honour.",
    "The two ambassadors laid wreaths at the memorial.",
    "The two chairmen opened the session of the commission.",
])
def test_the_two_office_holders_are_the_pair_not_a_figure(extractor: RulesExtractor, text: str) -> None:
    assert 2 not in [f.number for f in facts(extractor, text).figures]


@pytest.mark.parametrize("text", [
    "The ministry sent two experts and two officers to the site.",
    "Kenya will train two officers from each county in Nairobi.",
])
def test_a_count_of_office_holders_is_still_a_figure(extractor: RulesExtractor, text: str) -> None:
    assert 2 in [f.number for f in facts(extractor, text).figures]


# --------------------------------------------------------------------------- a document provides for doing


@pytest.mark.parametrize("text, words, month", [
    ("The roadmap provides for bringing trade turnover to $2 billion by March 2027.", "bring trade",
     "2027-03"),
    ("The agreement provides for opening a consulate in Osh by June 2026.", "open a consulate", "2026-06"),
    ("The protocol provides for holding joint naval drills before the end of 2025.",
     "hold joint naval drills",
     "2025-12"),
    ("The memorandum provides for launching a direct flight between Tashkent and Ashgabat in September.",
     "launch a direct flight", "2025-09"),
    ("The plan provides for building 200 kilometres of power lines by the end of next year.", "build",
     "2026-12"),
])
def test_a_document_providing_for_a_dated_deed_is_a_commitment(extractor: RulesExtractor, text: str,
                                                               words: str, month: str) -> None:
    found = [c for c in facts(extractor, text).commitments if words in c.action]
    assert found and (found[0].deadline or "").startswith(month)


@pytest.mark.parametrize("text", [
    "The treaty provides for exchanging information on tax matters.",
    "The agreement does not provide for opening a consulate in Osh by June 2026.",
])
def test_a_provision_undated_or_denied_is_no_commitment(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text).commitments


# --------------------------------------------------------------------------- "in force", "in accordance with"


@pytest.mark.parametrize("text", [
    "The Committee observed that Ghana has double taxation agreements in force with only 11 countries.",
    "Kenya has investment treaties in force with 12 states, the ministry said.",
    "Chile now has free trade agreements in effect with 65 economies.",
    "Peru has social security agreements in place with six countries.",
    "Thailand has air services agreements in force with 99 countries and territories.",
])
def test_in_force_or_in_place_is_no_subject(extractor: RulesExtractor, text: str) -> None:
    subjects = [i.subject.lower() for i in facts(extractor, text).instruments]
    assert not any(s in ("force", "effect", "place", "in force") for s in subjects)


def test_in_accordance_with_is_no_subject(extractor: RulesExtractor) -> None:
    text = ("The Treaty on Extradition was signed in Ankara in March. The Committee recommends that "
            "the House "
            "ratify the Treaty in accordance with Article 75 of the Constitution.")
    subjects = [i.subject for i in facts(extractor, text).instruments]
    assert not any("accordance" in s for s in subjects)


@pytest.mark.parametrize("text, word", [
    ("The two ministers signed a memorandum of understanding in agriculture.", "agriculture"),
    ("Kenya and Uganda signed agreements in energy and in transport.", "transport"),
])
def test_a_topic_after_in_is_still_a_subject(extractor: RulesExtractor, text: str, word: str) -> None:
    subjects = [i.subject.lower() for i in facts(extractor, text).instruments]
    assert any(word in s for s in subjects)


# ------------------------------------------------------------------- "At the invitation of X, Y visited"


@pytest.mark.parametrize("text, guest", [
    ("At the invitation of the President of the Federative Republic of Brazil, Luiz Inácio Lula da Silva, "
     "the President of the Republic of Angola, João Manuel Gonçalves Lourenço, made a State Visit to Brazil "
     "on May 5 and 6, 2025.", "João Manuel Gonçalves Lourenço"),
    ("At the invitation of the President of France, Emmanuel Macron, the President of Kenya, William Ruto, "
     "made a state visit to France on 10 April.", "William Ruto"),
    ("At the invitation of the President of Kenya, William Ruto, the President of Ghana, John Mahama, "
     "made an official visit to Kenya on 3 March.", "John Mahama"),
    ("At the invitation of the Chancellor of Germany, Friedrich Merz, the Prime Minister of Poland, "
     "Donald Tusk, "
     "paid an official visit to Germany on 2 May.", "Donald Tusk"),
    ("At the invitation of the President of South Africa, Cyril Ramaphosa, the President of Nigeria, "
     "Bola Tinubu, "
     "made a state visit to South Africa on 3 December.", "Bola Tinubu"),
])
def test_the_guest_invited_is_the_visitor(extractor: RulesExtractor, text: str, guest: str) -> None:
    visits = of_kind(extractor, text, "visit")
    assert visits and list(visits[0].participants[:1]) == [guest]


@pytest.mark.parametrize("text, guest", [
    ("At the invitation of Prime Minister Narendra Modi, President Ferdinand Marcos paid a state visit "
     "to India "
     "from 4 to 8 August.", "Ferdinand Marcos"),
    ("President Ferdinand Marcos paid a state visit to India from 4 to 8 August at the invitation of Prime "
     "Minister Narendra Modi.", "Ferdinand Marcos"),
])
def test_a_guest_parsed_as_subject_stays_the_visitor(extractor: RulesExtractor, text: str,
                                                     guest: str) -> None:
    visits = of_kind(extractor, text, "visit")
    assert visits and list(visits[0].participants[:1]) == [guest]
