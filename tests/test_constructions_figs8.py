"""Figures and people on unseen text (issue 9, figs8), proved on our own wording.

Figures: one side's people living abroad, one side's tourist totals, a delay or the window a
limit is reckoned in, a number inside a name ("the 2+2 dialogue", "K239"), a price per unit,
gifts handed to a person, places a tour takes in, a past long gone, a firm's workforce, a
machine's abilities, one state's growth, output and budget are no figures of the relation;
what "the Chinese side" imports stays and a currency glued by a hyphen is the amount's.
People: a ship's name is no person and a lone name that speaks is one; one-word portfolios,
portfolio nouns, an honorific after a title in a list, a courtesy after a comma, a state's
long form, "First Lady", a given name the tagger left out and listed names each followed by
their state give the right name and title.
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


def people(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in found(extractor, text).people}


# --------------------------------------------------------------------------- people abroad


@pytest.mark.parametrize("text", [
    "About 2.5 million Ghanaians live and work abroad.",
    "Some 4,000 Ghanaian nationals reside in Peru, according to the embassy.",
    "More than 800 Peruvian expatriates are based in Accra.",
    "The Ghanaian diaspora in Peru is estimated at 3,000.",
    "The Peruvian community in Ghana numbers more than 1,200 people.",
    "Roughly 15,000 migrants from Ghana have settled in Lima since 2010.",
])
def test_one_sides_people_abroad_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Peru will hire 200 Ghanaian nurses under the labour agreement.", 200),
    ("Some 500 Ghanaian students will study in Peru on the new scholarships.", 500),
])
def test_people_the_pair_sends_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- tourist totals


@pytest.mark.parametrize("text", [
    "Peru received 3.1 million foreign tourist arrivals last year.",
    "Tourist arrivals in Ghana reached 1.1 million in 2024.",
    "Visitor arrivals to Peru rose to 4.2 million last year.",
    "Tourist arrivals in Peru climbed to 2 million in the first half.",
    "Visitor arrivals in Ghana hit 900,000 in the quarter, the ministry said.",
])
def test_one_sides_tourist_totals_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Tourist arrivals from Peru to Ghana rose to 12,000 last year.", 12_000),
    ("Ghanaian tourist arrivals in Peru rose to 8,000 last year.", 8_000),
])
def test_the_pairs_tourists_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- delays and windows


@pytest.mark.parametrize("text", [
    "The signing of the trade agreement was postponed by two weeks.",
    "The joint commission was delayed for three months because of the elections.",
    "The ratification vote was pushed back by six months.",
    "After a two-week delay, the talks resumed in Accra.",
    "Cumulative stays must not exceed 90 days in any 180-day period.",
    "Holders may enter several times within each 12-month period.",
])
def test_a_delay_or_a_rolling_window_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) in ([], [90.0])


@pytest.mark.parametrize(("text", "count"), [
    ("Citizens of both countries may stay visa-free for up to 30 days.", 30),
    ("The two sides adopted a three-year action plan on trade.", 3),
])
def test_a_term_of_what_was_agreed_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- numbers in names


@pytest.mark.parametrize("text", [
    "The 2+2 dialogue of foreign and defence ministers met in Accra.",
    "Peru welcomed the 2+2 ministerial format.",
    "The 2+2 talks will be held annually.",
    "Both sides praised the 3+3 consultation mechanism.",
    "Peru and Ghana agreed to hold a 2+2 meeting every year.",
])
def test_a_number_in_a_plus_name_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The ministers signed 3 agreements and 4 protocols.", 4),
    ("Peru sent 12 experts to Accra for the dialogue.", 12),
])
def test_a_count_beside_a_name_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- prices


@pytest.mark.parametrize("text", [
    "Cocoa sold for $8,000 a tonne in London on Friday.",
    "Fuel costs 15 cedis per litre in Accra.",
    "A barrel of Brent crude cost $85 on Friday.",
    "Copper fetched $9,500 per tonne last week.",
    "Each kilogram of coffee cost $6 at the border.",
])
def test_a_price_per_unit_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The United States will provide $100 million a year to Ghana.", 100_000_000),
    ("The new port, built with Peruvian funds, will cost $500 million.", 500_000_000),
])
def test_an_amount_a_year_or_a_projects_cost_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- gifts


@pytest.mark.parametrize("text", [
    "The president presented his host with two horses and 10 handmade kente cloths.",
    "The king gave the visiting president three camels as gifts.",
    "She presented the queen with 12 silver bowls.",
    "The minister handed his counterpart four paintings as a gift.",
    "The envoy offered the president two carpets as a token of friendship.",
])
def test_gifts_to_a_person_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Peru donated 500,000 vaccine doses to Ghana.", 500_000),
    ("Peru gave Ghana two patrol vessels under the grant.", 2),
])
def test_aid_to_the_other_side_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- places toured


@pytest.mark.parametrize("text", [
    "The tour takes in four countries across three continents.",
    "The president began a tour of five capitals on Monday.",
    "The trip covers three countries in West Africa.",
    "It is his second visit to three African nations this year.",
    "The journey through six cities ends in Lima.",
])
def test_places_a_tour_takes_in_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Peru has free-trade agreements with 22 countries.", 22),
    ("The scholarship is open to students in 15 cities of Ghana.", 15),
])
def test_places_of_what_the_pair_does_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- a past long gone


@pytest.mark.parametrize("text", [
    '"In 1957, 300 students crossed the ocean to study here," the president said.',
    '"Fifty years ago, 20 Ghanaian engineers came to build our railways," the minister recalled.',
    "In 1972 the two countries exchanged 40 scholars under a cultural programme.",
    "Decades ago, 500 Peruvian workers helped build the harbour.",
    "Back in 1964, 12 Ghanaian doctors arrived in Lima.",
])
def test_a_count_from_long_ago_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("In 2024, the two sides signed 12 agreements.", 12),
    ("Last year, 40 Peruvian firms invested in Ghana.", 40),
])
def test_a_recent_count_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- plural amounts


@pytest.mark.parametrize(("text", "count"), [
    ("Investors have put hundreds of millions of dollars into the sector.", 1e8),
    ("The mines hold deposits worth tens of billions of dollars.", 1e10),
])
def test_a_plural_scale_of_a_scale_multiplies(extractor: RulesExtractor, text: str, count: float) -> None:
    assert numbers(extractor, text) == [count]


# --------------------------------------------------------------------------- people: ships


@pytest.mark.parametrize("text", [
    "The aircraft carrier USS Ronald Reagan docked at the port.",
    "The frigate Almirante Grau and the destroyer Jose Galvez took part in the exercise.",
    "The delegation toured the training ship Simon Bolivar on Tuesday.",
    "Officials welcomed the research vessel James Cook to Tema.",
    "The navy's new submarine Ahmad Yani arrived on Monday.",
])
def test_a_ships_name_is_no_person(extractor: RulesExtractor, text: str) -> None:
    names = people(extractor, text)
    assert not {"Ronald Reagan", "Almirante Grau", "Jose Galvez", "Simon Bolivar", "James Cook",
                "Ahmad Yani"} & names.keys()


@pytest.mark.parametrize(("text", "name"), [
    ("Ambassador Rosa Mendoza visited the frigate on Monday.", "Rosa Mendoza"),
    ("The ship's captain, Maria Lopez, welcomed Foreign Minister Ana Torres aboard.", "Ana Torres"),
])
def test_people_beside_a_ship_stay(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in people(extractor, text)


# --------------------------------------------------------------------------- people: titles


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Speaker of Parliament Moses Wetangula met the visiting lawmakers.", "Moses Wetangula",
     "Speaker of Parliament"),
    ("Minister of Sanitation Lydia Seyram Alhassan toured the plant.", "Lydia Seyram Alhassan",
     "Minister of Sanitation"),
    ("President of Senate Ana Lopez Vega hosted a lunch.", "Ana Lopez Vega", "President of Senate"),
    ("Minister of Culture Abla Dzifa Gomashie opened the exhibition.", "Abla Dzifa Gomashie",
     "Minister of Culture"),
    ("Minister for Sanitation Lydia Alhassan visited the plant.", "Lydia Alhassan",
     "Minister for Sanitation"),
    ("Governor of Region Kwame Owusu Ansah welcomed the visitors.", "Kwame Owusu Ansah",
     "Governor of Region"),
])
def test_a_one_word_portfolio_ends_before_the_name(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Also present were Health Minister Dr Cyril Mwale and Energy Minister Opiyo Wandayi.",
     "Opiyo Wandayi", "Energy Minister"),
    ("Attending were Justice Minister Dr Dominic Ayine and Interior Minister Muntaka Mubarak.",
     "Muntaka Mubarak", "Interior Minister"),
    ("Seated nearby were Defence Minister Dr Omane Boamah and Tourism Minister Efua Asare.",
     "Efua Asare", "Tourism Minister"),
    ("Joining them were Transport Minister Mr Joe Ghartey and Energy Minister Ama Owusu.",
     "Ama Owusu", "Energy Minister"),
    ("Finance Minister Dr Ken Ofori and Health Minister Mrs Esi Boateng attended.",
     "Esi Boateng", "Health Minister"),
])
def test_an_honorific_after_a_title_leaves_the_next_title_its_own(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name"), [
    ("The talks were followed by a lunch hosted by First Lady Rachel Ruto.", "Rachel Ruto"),
    ("First Lady Lordina Mahama toured the hospital.", "Lordina Mahama"),
    ("The delegation was received by First Lady Jill Biden at the White House.", "Jill Biden"),
    ("Peru's First Lady Maria Castro attended the concert.", "Maria Castro"),
    ("A dinner was given in honour of First Lady Fatima Bio.", "Fatima Bio"),
])
def test_first_lady_is_a_title(extractor: RulesExtractor, text: str, name: str) -> None:
    assert people(extractor, text).get(name) == "First Lady"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Foreign ministers Ali Mwinyi of Kenya and Gonzalo Gutierrez of Peru co-chaired the session.",
     "Gonzalo Gutierrez", "Foreign minister"),
    ("Trade ministers Kofi Mensah of Ghana, Luis Castro of Peru and Ana Ruiz of Chile met in Lima.",
     "Ana Ruiz", "Trade minister"),
    ("Defence ministers Ama Owusu of Ghana and Jorge Chavez of Peru signed the pact.",
     "Jorge Chavez", "Defence minister"),
    ("Ambassadors Rosa Vega of Peru and Kwame Asante of Ghana exchanged notes.",
     "Kwame Asante", "Ambassador"),
    ("Presidents John Mahama of Ghana and Dina Boluarte of Peru met in Accra.",
     "Dina Boluarte", "President"),
])
def test_listed_names_each_with_a_state_share_the_title(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Peru was represented by its Deputy Minister of Foreign Trade, Teresa Mera, and officials.",
     "Teresa Mera", "Deputy Minister of Foreign Trade"),
    ("Ghana sent its Minister of Trade and Industry, Elizabeth Adjare, to the talks.",
     "Elizabeth Adjare", "Minister of Trade and Industry"),
])
def test_a_name_in_apposition_after_a_title_is_whole(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name"), [
    ("President Mahama met Vice President Jane Opoku and Trade Minister Kofi Mensah.", "Kofi Mensah"),
    ("Ruto's spokesman Hussein Mohamed said the deal was ready.", "Hussein Mohamed"),
])
def test_plain_titles_stay(extractor: RulesExtractor, text: str, name: str) -> None:
    assert people(extractor, text).get(name) is not None


# --------------------------------------------------------------------------- one side's economy and firms


@pytest.mark.parametrize("text", [
    "Ghana expects growth of 5 percent in 2025.",
    "The IMF projects a growth rate of 6.2% for Ghana's economy.",
    "Ghana's cocoa output fell 30 percent this season.",
    "Codelco posted a profit of $1.2 billion last year.",
    "Peru harvests 150,000 tonnes of coffee a year.",
    "Kazakhstan plans to raise its oil output to 2 million barrels per day.",
    "The minister said 60 percent of Ghana's electricity comes from hydropower.",
])
def test_one_sides_growth_output_and_profit_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Bilateral trade growth of 12 percent was recorded last year.", 12),
    ("About 40 percent of Ghana's cocoa goes to Peru.", 40),
    ("The two sides aim to raise bilateral trade to $2 billion.", 2_000_000_000),
    ("The joint venture will produce 500 buses a year under a Peruvian licence.", 500),
])
def test_the_pairs_growth_and_shares_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "Codelco, which employs 15,000 people, signed the supply deal.",
    "The state miner employs 8,000 workers in the north.",
    "The earthquake claimed 300 lives in the north.",
    "The pipeline, which runs through two regions, was finished last year.",
    "The forum brought together participants from 30 countries.",
    "The delegation will visit the port over four days.",
    "The leaders watched a performance by 50 dancers.",
])
def test_a_firms_staff_lives_lost_and_the_scene_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The new plant will employ 5,000 Ghanaian workers.", 5000),
    ("Peru will train 300 Ghanaian engineers over four years.", 300),
])
def test_jobs_and_training_the_pair_brings_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- machines, names and budgets


@pytest.mark.parametrize("text", [
    "The launcher, which can fire 12 rockets in a minute, was shown to the press.",
    "Each aircraft is capable of carrying 300 passengers.",
    "The submarine has a displacement of 2,600 tonnes and can stay submerged for 21 days.",
    "The new frigate can carry two helicopters.",
    "The navy's fleet of 40 ships took part in the review.",
    "The tanker, which could hold 90,000 barrels, sank in 1990.",
])
def test_what_a_machine_can_do_or_measures_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Peru can supply 20,000 tonnes of copper to Ghana each year.", 20_000),
    ("The refinery will have a capacity of 200,000 barrels per day.", 200_000),
])
def test_what_a_side_can_offer_and_a_capacity_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The K239 launcher was on display.",
    "Poland ordered more K239 launchers.",
    "Peru bought the M270 system.",
    "Ghana will buy the A320 model for its airline.",
    "Peru showed interest in the KF21 programme.",
])
def test_a_name_of_letters_and_digits_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Thailand's budget for the year is 3.48 trillion baht.",
    "Ghana's GDP is $76 billion.",
    "Peru's inflation rate is 2.4 percent.",
    "The country's unemployment rate was 7 percent last year.",
    "Ghana's budget deficit was $2 billion.",
    "Ghana's growth rate was 5.7 percent.",
])
def test_one_sides_measure_told_with_be_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Bilateral trade was $3 billion last year.", 3_000_000_000),
    ("The value of the contract is $1.2 billion.", 1_200_000_000),
])
def test_the_pairs_measure_told_with_be_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- people: official styles


@pytest.mark.parametrize(("text", "name", "role"), [
    ("At the invitation of H.E. Abdel Fattah Al Sisi, President of the Arab Republic of Egypt, "
     "H.E. Claudia Sheinbaum, President of the United Mexican States, paid a state visit.",
     "Claudia Sheinbaum", "President"),
    ("The MoU was signed by H.E. Ali Sabry, Minister of Foreign Affairs of Sri Lanka, and "
     "H.E. Wang Yi, State Councillor of China.", "Wang Yi", "State Councillor"),
    ("Present were Dr. Ama Mensah, Minister of Health, Mr. Luis Castro, Trade Secretary of Peru.",
     "Luis Castro", "Trade Secretary"),
    ("At the invitation of H.E. Kofi Mensah, President of Ghana, H.E. Ana Torres, Vice President of Peru, "
     "visited Accra.", "Ana Torres", "Vice President"),
    ("Joining them were H.E. Ama Owusu, Ambassador of Ghana, Hon. Jorge Chavez, Minister of Energy.",
     "Jorge Chavez", "Minister of Energy"),
])
def test_a_courtesy_after_a_comma_opens_another_persons_title(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name"), [
    ("H.E. Abdel Fattah Al Sisi, President of the Arab Republic of Egypt, received the delegation.",
     "Abdel Fattah Al Sisi"),
    ("King Abdullah II, King of the Hashemite Kingdom of Jordan, hosted the talks.", "Abdullah II"),
    ("Nicolas Maduro, President of the Bolivarian Republic of Venezuela, met the envoy.", "Nicolas Maduro"),
    ("Luis Arce, President of the Plurinational State of Bolivia, visited Lima.", "Luis Arce"),
    ("Yamandu Orsi, President of the Oriental Republic of Uruguay, spoke at the summit.", "Yamandu Orsi"),
])
def test_a_states_long_form_is_no_part_of_the_title(extractor: RulesExtractor, text: str, name: str) -> None:
    assert people(extractor, text).get(name) in ("President", "King")


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Minister of Foreign Affairs of Belarus, Dmitry Pantus, signed the protocol.", "Dmitry Pantus",
     "Minister of Foreign Affairs"),
    ("The Ambassador of Peru, Rosa Vega, presented her credentials.", "Rosa Vega", "Ambassador"),
])
def test_a_title_before_a_comma_without_a_courtesy_stays_the_names(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text).get(name) == role


# --------------------------------------------------------------------------- people: lone speakers


@pytest.mark.parametrize(("text", "name"), [
    ("“That is what peace looks like,” Netanyahu tweeted on Sunday.", "Netanyahu"),
    ("“We will deepen our ties,” Mensah said after the talks.", "Mensah"),
    ("Bolsonaro told reporters the deal was fair.", "Bolsonaro"),
    ("Erdogan warned that the pipeline would be delayed.", "Erdogan"),
    ("In a post on social media, Lukashenko wrote that the visit was a success.", "Lukashenko"),
])
def test_a_lone_name_that_speaks_is_a_person(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in people(extractor, text)


@pytest.mark.parametrize("text", [
    "The Mensah report on trade was published on Monday.",
    "Officials praised the Nkrumah legacy during the visit.",
])
def test_a_lone_name_that_does_not_speak_is_none(extractor: RulesExtractor, text: str) -> None:
    assert not {"Mensah", "Nkrumah"} & people(extractor, text).keys()


# -------------------------------------------------------------- a place's make-up, a fair's stands


@pytest.mark.parametrize("text", [
    "Viet Nam has about 100 million people and 54 ethnic groups.",
    "Ghana has 33 million people and 70 ethnic groups.",
    "Kenya has 55 million inhabitants and 42 tribes.",
    "Chile has 19 million people and 16 regions.",
    "Peru has 34 million people and 25 regions.",
])
def test_what_a_place_has_beside_its_people_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The trade fair featured 300 booths.",
    "The expo had 120 stalls selling Peruvian goods.",
    "The exhibition featured 45 pavilions.",
    "The fair will have 500 booths from both countries.",
    "More than 60 stalls sold Peruvian crafts.",
])
def test_the_stands_of_a_fair_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Ghana has 200 scholarships for Peruvian students.", 200),
    ("Some 35 Peruvian companies took part in the business forum.", 35),
])
def test_what_the_pair_brings_to_a_place_or_fair_stays(
        extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- people: portfolios and ranks


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Deputy Minister of Economic Development Anil Jayantha Fernando was also present.",
     "Anil Jayantha Fernando", "Deputy Minister of Economic Development"),
    ("Secretary for Economic Growth Jose Fernandez led the delegation.", "Jose Fernandez",
     "Secretary for Economic Growth"),
    ("Minister of International Cooperation Rania Mashat signed the grant.", "Rania Mashat",
     "Minister of International Cooperation"),
    ("Minister of Natural Resources Ama Owusu toured the mine.", "Ama Owusu",
     "Minister of Natural Resources"),
    ("Secretary of Foreign Relations Alicia Barcena met the envoy.", "Alicia Barcena",
     "Secretary of Foreign Relations"),
])
def test_a_portfolio_noun_is_no_part_of_the_name(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name"), [
    ("Gen Prayut Chan-o-cha, a former army chief, backed the purchase.", "Prayut Chan-o-cha"),
    ("Amb Carlos Ruiz presented his credentials.", "Carlos Ruiz"),
    ("The talks were chaired by Gen Kwame Mensah, the chief of defence staff.", "Kwame Mensah"),
])
def test_a_rank_without_a_dot_is_no_part_of_the_name(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in people(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Ambassador Samantha Power addressed the forum.", "Samantha Power"),
    ("President Andres Manuel Lopez Obrador spoke with the envoy.", "Andres Manuel Lopez Obrador"),
    ("Minister of Foreign Affairs, Labour, and Tourism Ana Duarte Vega arrived in Accra.", "Ana Duarte Vega"),
])
def test_a_surname_like_a_word_stays(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in people(extractor, text)


# --------------------------------------------------------------------------- trade of one of the sides


@pytest.mark.parametrize(("text", "count"), [
    ("The Chinese side will import 300,000 tonnes of tropical fruit.", 300_000),
    ("The Philippine side will export 2 million tonnes of bananas.", 2_000_000),
    ("The Korean side will import 5,000 tonnes of Ghanaian cocoa.", 5_000),
    ("The Thai side will import 1 million tonnes of rice.", 1_000_000),
    ("The Peruvian party will export 20,000 tonnes of copper.", 20_000),
])
def test_what_one_side_of_the_pair_trades_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "China imported 500,000 tonnes of soybeans last year.",
    "The Kenyan side has 12 ports.",
])
def test_a_states_own_trade_and_holdings_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


# --------------------------------------------------------------------------- a currency glued by a hyphen


@pytest.mark.parametrize(("text", "value"), [
    ("The 13.5-billion-baht deal covers the first submarine.", "13.5-billion-baht"),
    ("A 2-billion-baht engine from China would replace it.", "2-billion-baht"),
    ("Peru signed a 300-million-dollar loan with Ghana.", "300-million-dollar"),
    ("Ghana won a 40-million-euro grant from Peru.", "40-million-euro"),
    ("Peru and Ghana agreed a 5-billion-yuan currency swap.", "5-billion-yuan"),
])
def test_a_currency_glued_by_a_hyphen_is_part_of_the_amount(
        extractor: RulesExtractor, text: str, value: str) -> None:
    assert [f.value for f in found(extractor, text).figures] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Peru will sell three Yuan-class submarines to Ghana.", "three"),
    ("Ghana signed a 5.6 trillion-won contract with Peru.", "5.6 trillion-won"),
])
def test_a_class_name_or_a_scale_glued_to_its_currency_stays(
        extractor: RulesExtractor, text: str, value: str) -> None:
    assert [f.value for f in found(extractor, text).figures] == [value]
