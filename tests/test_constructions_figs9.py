"""People and figures on unseen text (issue 9, figs9), proved on our own wording.

People: names with the particles "der", "den", "du", "della" ("Caspar van der Veldkamp"); a lone
name a courtesy or a state's possessive marks ("Mr Biden", "Russia's Putin"), but not a people
("Sri Lankans"); a name after a portfolio may hold initials or a hyphen ("Minister of Foreign
Affairs Retno LP Marsudi"), and ends where "and" opens another state's title or another title; the
last word of a state's name before a name ("ambassador to Sri Lanka Qi Zhenhong") is no given name;
one person named several ways ("Prince Mohammed", "Lee Jae-myung") is one.
Figures: temperatures ("33C"), a share's or an index's move ("the Kospi rose 1.2%"), totals over
the world ("… worldwide", "exports to the world") or over all partners, output written out ("gross
domestic product") or an indicator in apposition, crowds greeting a guest, counts told of a bygone
era or of the year before a "when" clause, spans of a past dispute, of fighting or of a term in
office, a dash line, a count through a model's name ("72 K239 Chunmoo launchers"), what a model can
do ("the Chunmoo can fire 12 rockets"), what a state's body "which has" holds, and the visitors a
state takes in from everywhere.
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


def names(extractor: RulesExtractor, text: str) -> list[str]:
    return [p.name for p in found(extractor, text).people]


def numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in found(extractor, text).figures]


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize(("text", "name"), [
    ("Dutch Prime Minister Dick Schoof held talks; Foreign Minister Caspar van der Veldkamp also attended.",
     "Caspar van der Veldkamp"),
    ("Ursula von der Leyen, president of the European Commission, welcomed the deal.",
     "Ursula von der Leyen"),
    ("The accord was initialled by Ambassador Pieter van den Berg in Accra.", "Pieter van den Berg"),
    ("Trade Minister Lucia della Rovere said the agreement would open markets.", "Lucia della Rovere"),
    ("Deputy Minister Jan ter Horst met the Ghanaian delegation in Lima.", "Jan ter Horst"),
])
def test_a_name_goes_on_through_its_particles(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Kazakhstan's Tokayev and Russia's Putin signed a joint declaration.", "Putin"),
    ("Kazakhstan's Tokayev and Russia's Putin signed a joint declaration.", "Tokayev"),
    ('"We agreed to expand cooperation," Mr Lula told reporters after meeting Mr Biden.', "Biden"),
    ("The talks were later joined by China's Xi, who arrived from Beijing.", "Xi"),
    ("The envoy handed a letter from Ms Ardern to the president.", "Ardern"),
])
def test_a_lone_name_a_courtesy_or_a_state_marks_is_a_person(extractor: RulesExtractor, text: str,
                                                              name: str) -> None:
    assert name in names(extractor, text)


@pytest.mark.parametrize("text", [
    "The deal was welcomed by Sri Lankans across the island.",
    "Modi and Dissanayake inaugurated the solar project.",
])
def test_a_people_or_an_unmarked_lone_name_is_no_person(extractor: RulesExtractor, text: str) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Minister of Foreign Affairs Retno LP Marsudi and Kenyan Cabinet Secretary for Foreign Affairs "
     "Alfred Mutua signed the agreement.", "Retno LP Marsudi"),
    ("Minister for Digital Development and Information Josephine Teo and Ghanaian Minister of "
     "Communications Sam George met in Accra.", "Josephine Teo"),
    ("Minister of Trade Kwesi Ofori-Atta and Peruvian Minister of Production Ana Ruiz opened the fair.",
     "Kwesi Ofori-Atta"),
    ("Minister of Health Ama KA Boateng and Peruvian Health Minister Rosa Quispe signed the protocol.",
     "Ama KA Boateng"),
    ("Secretary of State for Trade Ama Owusu-Ansah and Peruvian Vice Minister Rosa Quispe spoke.",
     "Ama Owusu-Ansah"),
])
def test_a_name_after_a_portfolio_ends_where_the_next_states_title_opens(extractor: RulesExtractor,
                                                                         text: str, name: str) -> None:
    assert name in names(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("China's ambassador to Sri Lanka Qi Zhenhong met Cabinet spokesman Nalinda Jayatissa.", "Qi Zhenhong"),
    ("Peru's ambassador to Sierra Leone Rosa Quispe presented her credentials.", "Rosa Quispe"),
    ("Peru's ambassador to New Zealand Ana Ruiz hosted the reception.", "Ana Ruiz"),
    ("Peru's ambassador to Costa Rica Ana Ruiz hosted the reception.", "Ana Ruiz"),
    ("Ghana's ambassador to New Zealand Kwame Asante hosted the reception.", "Kwame Asante"),
])
def test_a_states_last_word_is_no_given_name(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


@pytest.mark.parametrize("text", [
    "Minister of Finance and Economic Planning Ama Owusu said the budget was ready.",
    "Minister of Foreign Affairs Kofi Boateng said the talks went well.",
])
def test_a_portfolio_name_keeps_its_given_names(extractor: RulesExtractor, text: str) -> None:
    assert len(names(extractor, text)) == 1 and names(extractor, text)[0] in ("Ama Owusu", "Kofi Boateng")


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize("text", [
    "Lima was cool at 14C when the ministers met.",
    "Temperatures of 40C greeted the visitors in Accra.",
    "It was 31C in Accra when the talks opened.",
    "The thermometer hit 45C in the north.",
    "A high of 41C forced the organisers to move the dinner indoors.",
])
def test_a_temperature_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Ghana will buy two C-130 transport planes from Peru.", 2),
    ("Peru will supply 12 F-16 jets to Ghana.", 12),
])
def test_a_model_letter_after_a_count_is_no_temperature(extractor: RulesExtractor, text: str,
                                                        number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The S&P 500 fell 2 percent as markets reacted to the tariffs.",
    "The Kospi rose 1.2% on Tuesday, led by defence stocks.",
    "The Nikkei jumped 3 percent after the announcement.",
    "The Nikkei 225 gained 1.5 percent on the news.",
])
def test_an_index_move_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Bilateral trade rose 12 percent last year.", 12),
    ("Peru's exports to Ghana jumped 20% in the first quarter.", 20),
])
def test_the_pairs_trade_move_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "China's Belt and Road Initiative has drawn more than $1 trillion in investment worldwide.",
    "Its exports to the world total $60 billion a year.",
    "Peru's mines shipped 2 million tonnes of copper globally last year.",
    "Peru's gross domestic product is about $270 billion.",
    "Ghana's gross national product reached $80 billion last year.",
])
def test_a_world_total_or_output_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Investment from Peru reached $2 billion last year.", 2e9),
    ("Ghana's exports to Peru totalled $60 million.", 6e7),
])
def test_the_pairs_totals_stay(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The king was greeted by a 21-gun salute and 500 schoolchildren waving flags.",
    "The president was welcomed by 2,000 people at the airport.",
    "Some 1,000 well-wishers lined the route to the palace.",
    "About 300 students cheered the visitors at the university.",
    "The motorcade was cheered by 4,000 residents of the capital.",
])
def test_a_crowd_that_greets_a_guest_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Peru will welcome 300 Ghanaian students under the scholarship scheme.", 300),
    ("Ghana will host 50 Peruvian engineers next year.", 50),
])
def test_those_a_state_welcomes_under_a_scheme_stay(extractor: RulesExtractor, text: str,
                                                    number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "During the Second World War, 60,000 soldiers from the colony fought in Burma.",
    "Under colonial rule, 3,000 labourers were shipped to the plantations.",
    "The two countries established relations in 1962, when 400 Ghanaian students went to Lima.",
    "The sides recalled 1975, when 200 doctors crossed the Atlantic.",
    "During the Cold War, 5,000 Peruvian students trained in Moscow.",
])
def test_a_count_of_a_bygone_era_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("In 2024, 400 Ghanaian students went to Lima.", 400),
    ("During the visit, 200 doctors signed up for the exchange.", 200),
])
def test_a_count_of_the_present_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The 1994 boundary treaty ended a 10-year dispute.",
    "The agreement closed a 30-year conflict over fishing rights.",
    "The region rebuilt after a 12-year war.",
    "The accord followed a five-year dispute over tariffs.",
    "Peru's aid arrived after a 20-year conflict in the north.",
])
def test_the_span_of_a_past_dispute_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The sides signed a 10-year agreement on fisheries.", 10),
    ("The two countries adopted a five-year plan of action.", 5),
])
def test_the_span_of_an_agreement_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize(("text", "number"), [
    ("Hanwha said it had signed a deal to supply 72 K239 Chunmoo multiple rocket launchers to Peru.", 72),
    ("Ghana will buy 4 Embraer C-390 Millennium aircraft.", 4),
    ("Peru will receive 24 KAI FA-50 Fighting Eagle jets under the deal.", 24),
    ("Peru will buy 5 Boeing Poseidon aircraft for maritime patrol.", 5),
    ("Ghana ordered 6 Tucano aircraft from Peru.", 6),
    ("Ghana will buy 12 Embraer Super Tucano aircraft from Brazil.", 12),
])
def test_a_count_through_a_models_name_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The Chunmoo can fire 12 guided rockets in under a minute.",
    "The Super Tucano can carry 1,500 kilograms of weapons.",
    "The K9 can fire 6 rounds a minute.",
    "The Sigma can carry 110 sailors on long patrols.",
    "The Type 039 can carry 18 torpedoes.",
])
def test_what_a_model_can_do_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Peru can supply 20,000 tonnes of fishmeal to Ghana each year.", 20000),
    ("Ghana could send 300 nurses to Peru under the scheme.", 300),
])
def test_what_a_state_can_offer_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "Thailand's navy, which has 46 ships and about 70,000 personnel, has not operated a submarine.",
    "Peru's air force, which has 90 aircraft, will take part in the exercise.",
    "Ghana's army, which fields 15,000 troops, hosted the drill.",
    "Peru's fleet, which operates 40 fishing vessels, is the largest in the region.",
    "Ghana's navy, which has 25 patrol boats and 2,000 sailors, welcomed the visit.",
])
def test_what_a_states_body_which_has_holds_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Peru's navy, which has offered 4 patrol boats to Ghana, will deliver them in May.", 4),
    ("Ghana has 200 scholarships for Peruvian students.", 200),
])
def test_what_a_body_offers_the_other_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "Xi is expected to secure a third five-year term next year.",
    "The president, now in his second four-year term, hosted the talks.",
    "Her six-year tenure at the central bank ended in May.",
    "He began a fresh five-year mandate after the election.",
    "The king's 70-year reign ended in 2016.",
])
def test_a_spell_in_office_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The agreement will run for a five-year term.", 5),
    ("The loan has a 20-year term at low interest.", 20),
])
def test_an_agreements_term_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "China claims most of the sea under its nine-dash line.",
    "Beijing's ten-dash line map angered its neighbours.",
    "The nine-dash line has no basis in law, the tribunal ruled.",
    "Manila rejects the so-called nine-dash line.",
    "Jakarta says the ten-dash line overlaps its waters.",
])
def test_a_dash_line_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Under an executive order, Washington imposed a 10 percent baseline tariff on all trading partners.",
    "The bank lends $2 billion a year to every partner country in the region.",
    "The rule sets a 25% duty on steel from all countries.",
    "The fund offers $5 million to each partner nation.",
    "The levy adds 2 percent to goods from all economies.",
])
def test_a_measure_over_all_partners_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The US will impose a 19% tariff on imports from Ghana.", 19),
    ("Peru grants 90-day visas to citizens of all Ghanaian regions.", 90),
])
def test_a_measure_for_the_partner_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The ceasefire ended 11 days of fighting in the region.",
    "Six weeks of clashes preceded the truce.",
    "The deal ended three months of unrest in the border region.",
    "The ceasefire halted two weeks of fighting near the border.",
    "The truce ended five weeks of violence in the capital.",
])
def test_the_span_of_fighting_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Peru will offer 30 days of training to Ghanaian nurses.", 30),
    ("The programme gives six months of language courses to Peruvian students.", 6),
])
def test_the_span_of_what_is_given_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "Egypt's population, currently 104 million, is expected to grow.",
    "Ghana's economy, about $76 billion, is the second largest in the region.",
    "Kazakhstan's GDP, some $260 billion last year, grew on oil.",
    "Peru's inflation, 3 percent in March, eased further.",
    "Ghana's population, about 34 million, is young.",
])
def test_an_indicator_told_in_apposition_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The deal, worth $2 billion, was signed in Accra.", 2e9),
    ("The credit line, some $500 million, will fund roads.", 5e8),
])
def test_a_deal_told_in_apposition_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


def person_roles(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in found(extractor, text).people}


@pytest.mark.parametrize(("text", "first", "second", "role"), [
    ("Present were Deputy Minister of Defence Pramitha Bandara Tennakoon and Secretary to the Ministry "
     "of Foreign Affairs Aruni Wijewardane.", "Pramitha Bandara Tennakoon", "Aruni Wijewardane",
     "Secretary to the Ministry of Foreign Affairs"),
    ("Minister of Energy Kwame Asante and Minister of Mines and Energy Rosa Quispe opened the plant.",
     "Kwame Asante", "Rosa Quispe", "Minister of Mines and Energy"),
    ("Minister of Culture Ana Paredes and Director of Protocol Luis Rojas received the guests.",
     "Ana Paredes", "Luis Rojas", "Director of Protocol"),
    ("Minister of Defence Kofi Adjei and Chief of Staff Ama Boateng reviewed the troops.",
     "Kofi Adjei", "Ama Boateng", "Chief of Staff"),
    ("Minister of Sport Efua Ansah and Mayor of Accra Kojo Bonsu opened the games.",
     "Efua Ansah", "Kojo Bonsu", None),
])
def test_and_before_a_title_ends_the_portfolio_holders_name(extractor: RulesExtractor, text: str, first: str,
                                                            second: str, role: str | None) -> None:
    roles = person_roles(extractor, text)
    assert first in roles and second in roles
    assert role is None or roles[second] == role  # None: the second's title is not what is tested


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Minister of Trade and Industry Kofi Boateng opened the fair.", "Kofi Boateng",
     "Minister of Trade and Industry"),
    ("Minister of Lands and Natural Resources Ama Owusu toured the mine.", "Ama Owusu",
     "Minister of Lands and Natural Resources"),
])
def test_and_inside_a_portfolio_keeps_it_whole(extractor: RulesExtractor, text: str, name: str,
                                               role: str) -> None:
    assert person_roles(extractor, text) == {name: role}


@pytest.mark.parametrize("text", [
    "Sri Lanka received 2.05 million tourist arrivals in 2024.",
    "Ghana welcomed 1.2 million visitors last year.",
    "Thailand attracted 28 million tourists in 2023.",
    "Kenya hosted 2 million visitors last year.",
    "Peru recorded 4.1 million visitor arrivals in 2024.",
])
def test_the_visitors_a_state_takes_in_from_everywhere_are_no_figure(extractor: RulesExtractor,
                                                                     text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Ghana received 30,000 Peruvian tourists last year.", 30000),
    ("Peru welcomed 12,000 visitors from Ghana in 2024.", 12000),
])
def test_the_visitors_from_the_partner_stay(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Saudi Crown Prince Mohammed bin Salman met the Ghanaian delegation in Riyadh. Prince Mohammed said the "
     "kingdom would invest in Ghana.", "Mohammed bin Salman"),
    ("South Korean President Lee Jae Myung met Peru's delegation in Seoul. President Lee Jae-myung later "
     "addressed the business forum.", "Lee Jae Myung"),
    ("Former President Moon Jae In visited Accra in 2019. Moon Jae-in toured the port with Ghanaian "
     "officials.",
     "Moon Jae In"),
    ("President Yoon Suk Yeol welcomed the Peruvian delegation. President Yoon Suk-yeol later hosted a "
     "lunch.",
     "Yoon Suk Yeol"),
    ("Defense Minister Ahn Gyu Back met the Ghanaian delegation. Minister Ahn Gyu-back said exports would "
     "grow.",
     "Ahn Gyu Back"),
])
def test_one_person_named_several_ways_is_one(extractor: RulesExtractor, text: str, name: str) -> None:
    people = names(extractor, text)
    assert name in people and len(people) == 1, people


@pytest.mark.parametrize(("text", "count"), [
    ("President Lee Jae Myung met Samsung Electronics Executive Chairman Lee Jae-yong in Seoul.", 2),
    ("Crown Prince Mohammed bin Salman met Foreign Minister Prince Faisal bin Farhan in Riyadh.", 2),
])
def test_two_people_with_like_names_stay_two(extractor: RulesExtractor, text: str, count: int) -> None:
    assert len(names(extractor, text)) == count
