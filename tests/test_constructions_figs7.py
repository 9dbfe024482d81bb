"""Figures and people on unseen text (issue 9, figs7), proved on our own wording.

Figures: the other side of a tally, a telephone number, a currency's rate, a share of a
people, one state's own measures (an economy "worth", a population "expected to reach"), a
market's price, those arrested and a place's inhabitants are no figures of the relation.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Ghana and Peru signed a memorandum of understanding on trade cooperation during the state visit. "


def found(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return extract_facts(extractor, text, lead=LEAD)


def numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in found(extractor, text).figures]


# --------------------------------------------------------------------------- tallies


@pytest.mark.parametrize("text", [
    "The resolution was adopted by 120 votes to 15, with 30 abstentions.",
    "Parliament approved the treaty by 211 votes to 19.",
    "The motion passed with 64 votes against 12 on Thursday.",
    "Lawmakers backed the bill by 98 votes to 7 after a long debate.",
    "The assembly endorsed the accession protocol by 150 votes to 4, with 9 abstentions.",
    "Peru beat Ghana by three goals to one in the friendly match.",
])
def test_a_tally_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Exports of cocoa to Peru rose to 40,000 tonnes under the agreement.", 40000),
    ("Bilateral trade grew from $2 billion to $3 billion in two years.", 3_000_000_000),
])
def test_a_count_moved_to_a_number_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- telephone numbers and rates


@pytest.mark.parametrize("text", [
    "For more information, call the embassy on +233 30 277 6000.",
    "Applicants may phone the consulate at 020 7946 0958 during office hours.",
    "The visa office can be reached on +51 1 615 1234.",
    "Enquiries: 0302 665 421 or the ministry's website.",
    "Travellers in distress should call +254 20 2714 000 at any hour.",
])
def test_a_telephone_number_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The yen traded at 145 per dollar on Monday.",
    "The cedi weakened to 15.2 to the dollar last week.",
    "The rupee was quoted at 83 against the dollar in Mumbai.",
    "The peso closed at 18.6 per dollar after the announcement.",
    "The shilling slid to 129 to the US dollar on Friday.",
])
def test_a_currency_rate_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The fund will lend 300 million dollars to Ghanaian exporters.", 300_000_000),
    ("China and Argentina renewed their currency swap of 130 billion yuan.", 130_000_000_000),
    ("The two central banks signed a currency swap agreement worth 10 billion dollars.", 10_000_000_000),
])
def test_amounts_in_a_currency_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- one side's own measures


@pytest.mark.parametrize("text", [
    "According to a poll, 62 percent of Kenyans favour closer ties with Peru.",
    "A survey found that 48% of respondents backed the free trade talks.",
    "Some 70 per cent of voters supported the president's foreign policy.",
    "About 30 percent of Ghanaians live in rural areas, the census showed.",
    "Nearly 55% of adults said they had never travelled abroad.",
])
def test_a_share_of_a_people_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "share"), [
    ("About 40 percent of the loan will go to railways.", 40),
    ("Peru will buy 25 percent of Ghana's cocoa exports under the deal.", 25),
])
def test_a_share_of_a_thing_stays(extractor: RulesExtractor, text: str, share: int) -> None:
    assert share in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "Malaysia's population of 34 million is expected to reach 40 million by 2040.",
    "The country has 16 million inhabitants and an economy worth $45 billion.",
    "The price of cocoa in London rose to $8,000 a tonne on Friday.",
    "Its population is projected to hit 2 million within a decade.",
    "Ghana, an economy worth about $76 billion, is a major cocoa producer.",
    "The price of gold climbed to $2,400 an ounce in New York.",
    "The island has 300,000 residents, most of them fishermen.",
])
def test_one_sides_own_measures_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Bilateral trade is expected to reach 2 billion dollars by 2030.", 2_000_000_000),
    ("Ghana signed contracts worth $45 million with Peruvian firms.", 45_000_000),
    ("The programme has 200 scholarships for Ghanaian students.", 200),
])
def test_the_pairs_measures_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- those held


@pytest.mark.parametrize("text", [
    "Ten people were arrested during the protests outside the embassy.",
    "Police detained 35 demonstrators near the parliament.",
    "Security forces arrested more than 200 suspects in the border region.",
    "Some 14 fishermen were detained by the coast guard last week.",
    "The authorities said 48 migrants had been arrested at the port.",
])
def test_those_arrested_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Ghana will release 12 Peruvian fishermen under the agreement.", 12),
    ("The two sides agreed to exchange 40 prisoners next month.", 40),
])
def test_those_freed_or_exchanged_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- makes, models and names


@pytest.mark.parametrize(("text", "count"), [
    ("The Korean firm will supply 290 K239 Chunmoo launchers to Poland in the second phase.", 290),
    ("Poland will buy 180 K2 tanks from Korea.", 180),
    ("Peru ordered 24 KT-1 trainer planes from the Korean maker.", 24),
    ("Ghana will receive 12 Embraer jets under the lease.", 12),
    ("Under the contract, Hanwha will deliver 36 Redback vehicles to Australia.", 36),
])
def test_a_count_of_a_models_things_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    figures = found(extractor, text).figures
    assert [f.number for f in figures] == [count]
    assert figures[0].value == str(count)


@pytest.mark.parametrize("text", [
    "The leaders welcomed progress under the 14th Five-Year Plan.",
    "The agreement supports the Ten-Year Framework for cooperation in Africa.",
    "Both sides praised the Three-Year Action Plan adopted by the summit.",
])
def test_a_duration_in_a_name_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Thailand ordered three Yuan-class submarines from China.", "three"),
    ("China will lend 3 billion yuan to Laos.", "3 billion yuan"),
])
def test_a_currency_name_joined_to_a_class_is_none(extractor: RulesExtractor, text: str, value: str) -> None:
    assert [f.value for f in found(extractor, text).figures] == [value]


# --------------------------------------------------------------------------- one side's holdings and standing


@pytest.mark.parametrize("text", [
    "The Chinese navy has more than 370 ships, the Pentagon says.",
    "Russia possesses about 5,500 nuclear warheads.",
    "India's army fields 3,700 tanks along its borders.",
    "Kazakhstan is the world's largest producer of uranium, accounting for 43 percent of global output.",
    "Vietnam supplies 15 percent of the world's rice exports.",
    "Chile produces roughly a quarter of worldwide copper, or 27 percent of global supply.",
])
def test_one_sides_holdings_and_world_share_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Ghana has 200 scholarships for Peruvian students this year.", 200),
    ("India accounts for 20 percent of Sri Lanka's imports.", 20),
    ("Korea will supply 30 ships to the Philippine navy.", 30),
])
def test_holdings_and_shares_of_the_pair_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "China's exports to Serbia will enjoy zero tariffs once the deal takes effect.",
    "The two sides agreed on zero duties for tropical fruit.",
])
def test_zero_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The two sides agreed to raise the number of flights from 7 to 14 a week.", 14),
    ("Flights between Ghana and Peru will rise to 10 a week from June.", 10),
])
def test_a_frequency_counts(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- what a count describes


@pytest.mark.parametrize("text", [
    "Over 200 Ghanaian firms took part in the expo, which drew 50,000 visitors.",
    "The forum, which attracted 3,000 delegates, ended on Friday.",
    "Peru hosted the festival that drew 12,000 spectators.",
    "The Yuan-class submarine is 77 metres long and carries a crew of 38.",
    "The ruling party holds a majority of 120 in the assembly.",
    "Sri Lanka owes China about 3 billion dollars, out of an external debt of $37 billion.",
    "Ghana's foreign debt of $44 billion was restructured last year.",
])
def test_a_crowd_drawn_a_crew_or_a_total_debt_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    kept = {200.0, 3_000_000_000.0}  # the firms and the debt to the partner
    assert set(numbers(extractor, text)) <= kept


@pytest.mark.parametrize(("text", "count"), [
    ("The agreement, which provides 300 scholarships, was renewed.", 300),
    ("Sri Lanka owes China about $3 billion, roughly 10 percent of its external debt.", 10),
    ("Foreign investment of $2 billion from China will fund the port.", 2_000_000_000),
])
def test_what_the_pair_gives_or_holds_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "Egypt's Suez Canal revenue fell 60 percent because of attacks on shipping.",
    "The Sri Lankan rupee has lost 40 percent of its value since 2022.",
    "The cedi dropped 12% in the first quarter.",
    "Kenya's tourism income rose 20 percent last year.",
    "The central bank's reserves climbed to $9 billion in March.",
])
def test_one_sides_income_and_currency_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The agreement was signed by the two ministers in the presence of 300 guests.",
    "The memorandum was exchanged in the presence of some 150 business leaders.",
    "The ministers unveiled the plaque in the presence of 40 journalists and officials.",
    "Accords were signed in the presence of about 500 invited guests at the palace.",
    "In the presence of 200 students, the two presidents opened the institute.",
])
def test_those_in_whose_presence_something_is_done_are_no_figure(
        extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Revenue from Ghana's cocoa sales to Peru rose to $2 billion last year.", 2_000_000_000),
    ("The presence of 300 Peruvian engineers in Ghana was agreed in the protocol.", 300),
])
def test_the_pairs_revenue_and_people_sent_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- people: counterparts


def people(extractor: RulesExtractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in found(extractor, text).people}


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Defence Minister Prabowo Subianto and his Malaysian counterpart Mohamad Hasan signed the pact.",
     "Mohamad Hasan", "Defence Minister", "Malaysia"),
    ("Chinese Premier Li Qiang held talks with his Australian counterpart Anthony Albanese.",
     "Anthony Albanese", "Premier", "Australia"),
    ("National Security Adviser Robert Okafor leads the team. He will meet Okafor's counterpart, Ana Ruiz.",
     "Ana Ruiz", "National Security Adviser", None),
    ("Foreign Minister Amara Diallo met her counterpart, Elena Vargas, in Lima.",
     "Elena Vargas", "Foreign Minister", None),
    ("Trade Minister Kofi Mensah welcomed his Peruvian counterpart Luis Castro to Accra on Monday.",
     "Luis Castro", "Trade Minister", "Peru"),
])
def test_a_counterpart_holds_the_others_title(
        extractor: RulesExtractor, text: str, name: str, role: str, country: str | None) -> None:
    assert people(extractor, text)[name] == (role, country)


@pytest.mark.parametrize(("text", "name"), [
    ("Foreign Minister Amara Diallo met Elena Vargas, a Peruvian businesswoman, in Lima.", "Elena Vargas"),
    ("Foreign Minister Amara Diallo thanked the counterparts and met Elena Vargas in Lima.", "Elena Vargas"),
])
def test_a_name_that_is_no_counterpart_takes_no_title(
        extractor: RulesExtractor, text: str, name: str) -> None:
    assert people(extractor, text).get(name, (None, None))[0] != "Foreign Minister"


# --------------------------------------------------------------------------- people: titles and places


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Yesterday Governor Wang Jian of Yunnan province received the delegation.", "Wang Jian", "Governor"),
    ("Today Ambassador Ana Torres presented her credentials in Accra.", "Ana Torres", "Ambassador"),
    ("Tonight President Kofi Mensah will host a state banquet.", "Kofi Mensah", "President"),
    ("Kenya's top diplomat Musalia Mudavadi told reporters the talks went well.", "Musalia Mudavadi",
     "top diplomat"),
    ("Senior diplomat Ana Torres will lead the talks in Lima.", "Ana Torres", "Senior diplomat"),
])
def test_a_time_before_a_title_is_no_part_of_it_and_a_diplomat_is_a_title(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text", [
    "The minister toured the Kariba Dam and Victoria Falls.",
    "The delegation sailed on Lake Volta before flying to Lima.",
    "The Kofi Annan Foundation will host the fellows in Accra.",
    "Training will take place at the Nelson Mandela Academy in Pretoria.",
    "Ships will use the Kiel Canal on the new route.",
])
def test_places_and_bodies_named_after_people_are_no_person(extractor: RulesExtractor, text: str) -> None:
    assert people(extractor, text) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Foreign Minister Park Jin met the delegation in Seoul.", "Park Jin"),
    ("Ambassador Lake Mensah presented her credentials.", "Lake Mensah"),
])
def test_people_named_like_places_stay(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in people(extractor, text)


@pytest.mark.parametrize("text", [
    "A Memorandum of Understanding on Multi-sectoral Grant Assistance for Eastern Province was exchanged.",
    "The two sides signed an agreement on Rural Electrification for the northern districts.",
    "An MoU for Coastal Protection was exchanged by the two ministers.",
    "Travelling with the premier will be business leaders from corporate giants such as Charoen Pokphand.",
    "Firms including Tata Sons and Mahindra Logistics will invest in Peru.",
    "Banks like Standard Chartered will finance the port.",
])
def test_a_documents_subject_or_an_example_of_things_is_no_person(
        extractor: RulesExtractor, text: str) -> None:
    assert people(extractor, text) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("The summit drew leaders such as Xi Jinping and Narendra Modi.", "Narendra Modi"),
    ("Prominent figures like Kofi Annan have praised the deal.", "Kofi Annan"),
    ("The agreement for Maritime Cooperation was signed by Foreign Minister Ana Torres.", "Ana Torres"),
])
def test_examples_of_people_and_signatories_stay(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in people(extractor, text)


def test_money_a_state_has_available_stays(extractor: RulesExtractor) -> None:
    text = "The US government has US$100 million a year available to support supply chains."
    assert 100_000_000 in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "We can trace a 50-year arc of progress between our nations.",
    "The two countries celebrated their 30-year friendship with a concert.",
    "Leaders hailed the 70-year relationship between Ghana and Peru.",
    "The 25-year partnership has brought many benefits.",
    "Both sides look back on a 60-year history of cooperation.",
])
def test_years_of_the_pairs_past_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The two sides adopted a three-year plan of action on trade.", 3),
    ("Ghana granted Peru a 99-year lease on the port.", 99),
])
def test_years_of_an_agreed_term_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "Egypt, the most populous Arab country with over 100 million people, faces a water crisis.",
    "Nigeria is a nation with 220 million people and many languages.",
    "The island, a territory with 80,000 inhabitants, lies off the coast.",
    "Peru is a country with some 34 million people.",
    "The city with 4 million residents hosted the summit.",
])
def test_a_place_with_its_people_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Ghana sent a delegation with 40 business people to Lima.", 40),
    ("Peru will provide the country with 300 tractors.", 300),
])
def test_people_or_things_sent_with_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "Peru moved up five places to 38th in the competitiveness index.",
    "Ghana climbed three spots in the ranking this year.",
    "The country slipped two notches in the press freedom table.",
    "The president addressed 2,000 students at the University of Ghana.",
    "The minister addressed some 300 business leaders at the forum.",
])
def test_places_in_a_ranking_and_an_audience_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Peru will train 2,000 Ghanaian students in mining engineering.", 2000),
    ("The two sides will open five places of worship for migrant workers.", 5),
])
def test_students_trained_and_places_opened_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The company's shares closed up 4.5 percent on Tuesday.",
    "Shares of the shipbuilder closed 3 percent higher in Seoul.",
    "The price of copper closed at $9,400 a tonne in London.",
    "The bourse's main index closed down 2.1 percent on Tuesday.",
    "The stock index closed at 7,310, up 6 percent.",
])
def test_a_close_of_a_market_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Thailand has already paid 7 billion baht of the 13.5 billion baht price.", 7_000_000_000),
    ("The two sides closed a deal worth 2 billion dollars.", 2_000_000_000),
])
def test_part_of_a_price_and_a_deal_closed_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize(("text", "name", "role"), [
    ('"Have a safe flight," the pilot, Captain Tal Becker, said on the intercom.', "Tal Becker", "Captain"),
    ("The king was received by the president and his wife, Ama Mensah, at the palace.", "Ama Mensah", "wife"),
    ('"Peace is the outcome of justice," politician Ana Torres said in a post.', "Ana Torres", "politician"),
    ("The deal was announced by presidential chief of staff Kang Hoon-sik.", "Kang Hoon-sik",
     "presidential chief of staff"),
    ("The prime minister's husband, Tom Mensah, joined the visit to Lima.", "Tom Mensah",
     "prime minister's husband"),
])
def test_ranks_occupations_and_spouses_are_titles(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text", [
    "The staff of the embassy welcomed the delegation on Monday.",
    "The captain of the national team praised the new stadium.",
])
def test_titles_with_no_name_are_no_person(extractor: RulesExtractor, text: str) -> None:
    assert people(extractor, text) == {}
