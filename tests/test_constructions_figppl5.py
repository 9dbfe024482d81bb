"""Figures and people on unseen text (issue 9, figppl5), proved on our own wording.

Figures: a count that describes the scene (the languages of a ceremony, animals, seats, the
parts of a text, a crowd, a population, earlier things, a hyphened make-up) is no figure of
the relation, while counts of documents, money, goods and people sent stay. People: the state
before the first title of a comma list is each listed person's, and a story told from the
marked side's own soil does not hand its bare-titled people to the other side.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from accord.ingest import IngestOptions, iter_articles
from accord.pipeline import extract_batch
from accord.settings import Settings
from tests.extract_support import facts as extract_facts

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Ghana and Peru signed a memorandum of understanding on trade cooperation during the state visit. "


def numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in extract_facts(extractor, text, lead=LEAD).figures]


# --------------------------------------------------------------------------- counts that describe


@pytest.mark.parametrize("text", [
    "The joint declaration was read out in three languages at the ceremony.",
    "Peru sent four alpacas and two condors to the zoo in Accra as a goodwill gesture.",
    "The ruling coalition won 120 seats and a two-thirds majority in the elections.",
    "The charter has 14 articles and two annexes.",
    "Work has moved forward in the five pillars set out at the last session.",
    "The minister, a mother of three children, spoke in two languages at the banquet.",
    "The three great powers of the region watched the talks closely.",
    "Some 300 journalists and reporters covered the summit, asking 40 questions.",
    "The floods left 45 dead and many more injured in the north.",
    "The 27 members of the bloc backed the plan.",
])
def test_a_count_of_what_describes_the_scene_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides signed 12 cooperation documents covering farming and energy.", [12]),
    ("Peru will ship 40,000 tonnes of copper and 300 tractors to Ghana under the deal.", [40000, 300]),
    ("Ghana will train 150 Peruvian engineers and award 60 scholarships.", [150, 60]),
    ("Imports of Peruvian coffee rose 15% to 2.1 million bags.", [15, 2.1e6]),
])
def test_counts_of_what_the_sides_sign_trade_or_give_stay(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The new accord builds on two previous agreements signed in 2019 and 2022.",
    "Both sides reviewed the three earlier memoranda before the talks.",
    "The deal follows four prior rounds of consultations.",
    "Ghana's five biggest banks opened branches in Lima.",
    "The heads of Peru's three largest mining firms joined the delegation.",
])
def test_a_count_of_earlier_things_or_of_one_sides_ranked_own_is_no_figure(
        extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Two new agreements were signed on fisheries and mining.", [2]),
    ("Five Peruvian banks will open branches in Accra.", [5]),
])
def test_a_count_of_new_things_or_of_an_unranked_group_stays(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The city of 4 million people gave the delegation a warm welcome.",
    "Ghana, a nation of 34 million, is Peru's gateway to West Africa.",
    "More than 1,000 people attended the state banquet.",
    "Some 5,000 residents lined the streets to greet the president.",
    "Thousands of spectators and 2,000 fans watched the parade.",
])
def test_a_population_or_a_crowd_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The programme will train 500 people in solar installation.", [500]),
    ("Ghana will send 200 nurses to Peru.", [200]),
])
def test_people_a_programme_trains_or_a_state_sends_are_a_figure(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The president began a five-nation tour of West Africa on Monday.",
    "The visitor was welcomed with a 21-gun salute at the airport.",
    "The 193-member assembly adopted the resolution.",
    "A 15-member delegation toured the port.",
    "The minister is on a three-country swing through the region.",
])
def test_a_hyphened_make_up_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A 200-strong business delegation accompanied the president.", [200]),
    ("The two sides adopted a three-year roadmap for trade.", [3]),
])
def test_a_hyphened_strength_or_duration_stays(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


# --------------------------------------------------------------------------- people's states


def states(found: ArticleFacts) -> dict[str, str | None]:
    return {p.name: p.country for p in found.people}


@pytest.mark.parametrize(("text", "state", "listed"), [
    ("The president was accompanied by Chile's Foreign Minister Alberto Soto, Mining Minister Aurora "
     "Vidal and Trade Undersecretary Claudia Rojas.", "Chile", ["Aurora Vidal", "Claudia Rojas"]),
    ("Kenyan Foreign Minister Musa Otieno, Energy Secretary Davis Kiprono, and Trade Secretary Rebecca "
     "Miano signed the accords in Santiago.", "Kenya", ["Davis Kiprono", "Rebecca Miano"]),
    ("The delegation included Norway's Fisheries Minister Ola Berg, Health Minister Ingrid Dahl.",
     "Norway", ["Ingrid Dahl"]),
    ("Talks were attended by Peruvian Energy Minister Rosa Quispe, Defence Minister Jorge Salas, "
     "Interior Minister Lucia Paredes and Labour Minister Pedro Castro.", "Peru",
     ["Jorge Salas", "Lucia Paredes", "Pedro Castro"]),
    ("On the visitors' side sat Ghanaian Trade Minister Kofi Asante, Finance Minister Ama Owusu.",
     "Ghana", ["Ama Owusu"]),
])
def test_the_state_before_a_comma_list_of_titles_is_each_ones(
        extractor: RulesExtractor, text: str, state: str, listed: list[str]) -> None:
    lead = "Kenya, Chile, Norway, Peru and Ghana held talks on trade. "
    found = states(extract_facts(extractor, text, lead=lead))
    assert [found[name] for name in listed] == [state] * len(listed)


@pytest.mark.parametrize(("text", "name", "state"), [
    # one "and" may join the two sides: the other state's minister is not the first one's
    ("CHILE and NORWAY: Talks between Chilean Foreign Minister Alberto Soto and Foreign Minister Ola "
     "Berg ended in Oslo. Norway and Chile agreed to meet again.", "Ola Berg", "Norway"),
    # each one marked keeps its own
    ("Kenya and Chile: Chilean Mining Minister Aurora Vidal, Kenyan Energy Secretary Davis Kiprono and "
     "officials met in Nairobi. Kenya and Chile agreed to cooperate.", "Davis Kiprono", "Kenya"),
])
def test_a_lone_and_or_a_marked_item_keeps_its_own_state(
        extractor: RulesExtractor, text: str, name: str, state: str) -> None:
    assert states(extract_facts(extractor, text))[name] == state


@pytest.mark.parametrize(("text", "name", "state"), [
    # told from the marked side's capital: its bare-titled minister is its own
    ("BUENOS AIRES, April 3, 2031 (Reuters) - Argentine President Javier Ruiz will travel to Japan "
     "in June to meet Japanese business leaders, and Argentina and Japan will sign a trade deal. "
     "Foreign Minister Pablo Werner will visit Seoul next month.", "Pablo Werner", "Argentina"),
    ("NAIROBI: Kenyan President William Kamau will visit Chile in May, and Kenya and Chile will sign a "
     "trade pact. Trade Secretary Rebecca Miano will travel to Lima in the coming weeks.",
     "Rebecca Miano", "Kenya"),
    ("OSLO, March 2 (NTB) - Norwegian Prime Minister Erik Holm said Norway and Chile would sign a "
     "fisheries accord. Fisheries Minister Ola Berg will lead a mission to Peru in June.",
     "Ola Berg", "Norway"),
    # told from the unmarked side's capital: the bare-titled are the hosts, as before
    ("ISLAMABAD: Belarusian Defence Minister Viktor Krenin arrived on a visit, and Pakistan and Belarus "
     "signed a defence accord. Commerce Minister Jam Kamal received him.", "Jam Kamal", "Pakistan"),
    ("SANTIAGO: Kenyan Foreign Minister Musa Otieno arrived in Chile, and Kenya and Chile signed a "
     "trade accord. Foreign Minister Alberto Soto hosted the talks.", "Alberto Soto", "Chile"),
    # told from the marked side's capital, but of a visit there: the bare-titled are the visitors
    ("MINSK: Pakistan and Belarus signed accords during Prime Minister Ali Raza's official visit to "
     "Belarus, after his talks with President of Belarus Ivan Petrov.", "Ali Raza", "Pakistan"),
    ("OSLO, March 2 (NTB) - Chile and Norway signed a fisheries accord after Foreign Minister Alberto "
     "Soto arrived in Oslo for talks with Norwegian Prime Minister Erik Holm.", "Alberto Soto", "Chile"),
])
def test_bare_titles_belong_to_the_side_the_story_is_told_from(
        extractor: RulesExtractor, text: str, name: str, state: str) -> None:
    assert states(extract_facts(extractor, text))[name] == state


@pytest.mark.parametrize(("text", "name"), [
    ("BUENOS AIRES, April 3, 2031 (Reuters) - Argentine President Javier Ruiz will travel to Tokyo in "
     "June for talks with Prime Minister Kenji Sato, and Argentina and Japan will sign a trade deal.",
     "Kenji Sato"),
    ("NAIROBI: Kenyan President William Kamau said Kenya and Chile would sign a trade pact when he "
     "meets President Gabriel Rojas in Santiago in May.", "Gabriel Rojas"),
])
def test_a_bare_title_taken_to_the_other_side_gets_no_state(
        extractor: RulesExtractor, text: str, name: str) -> None:
    assert states(extract_facts(extractor, text))[name] is None


def test_a_bare_titled_ministers_trip_is_filed_under_her_state_and_its_destination(tmp_path: Path) -> None:
    text = ("NAIROBI, May 4, 2031 (Reuters) - Kenyan President William Kamau will visit Chile in June, "
            "and Kenya and Chile will sign a trade pact then. Trade Secretary Rebecca Miano will visit "
            "Lima in the coming weeks.\n")
    path = tmp_path / "ke.txt"
    path.write_text(text, encoding="utf-8")
    articles = [a for a in iter_articles([path], IngestOptions()) if not isinstance(a, Exception)]
    result = extract_batch(articles, Settings.from_env())
    trips = [r for r in result.register.records.values()
             if r.kind == "commitments" and "Lima" in r.fields["action"]]
    assert [r.fields["pair"] for r in trips] == [["KE", "PE"]]
    assert articles[0].published == date(2031, 5, 4)


# --------------------------------------------------------------------------- measures and names


@pytest.mark.parametrize("text", [
    "Ghana's economy grew 4.2% last year while inflation eased to 3 percent.",
    "The president's approval rating fell to 38 percent in a recent poll.",
    "Peru spends about 2 percent of its GDP on defence.",
    "The cedi fell 5% against the dollar after the announcement.",
    "Unemployment stands at 12 percent, the highest in a decade.",
    "The opposition won 45% of the vote in the election.",
    "Stocks in Lima rose 1.5 percent on the news.",
])
def test_one_states_own_economy_markets_and_polls_are_no_figures(
        extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bilateral trade rose 12% to $4 billion last year.", [12, 4e9]),
    ("Exports to Peru grew 8 percent in the first quarter.", [8]),
    ("The deal removes tariffs on up to 90 per cent of goods.", [90]),
    ("Investment from Ghana jumped 30 percent.", [30]),
])
def test_shares_of_the_pairs_trade_and_tariffs_stay(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The navy will buy a Type 209 submarine from the shipyard.",
    "The vessels are powered by MTU 396 engines.",
    "The navy operates Type 039 boats from the base.",
    "Ghana bought Mi 17 helicopters for the air force.",
    "The frigates carry Harpoon 84 missiles.",
])
def test_a_number_after_the_name_it_designates_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Over 40 Peruvian companies took part in the business forum.", [40]),
    ("Ghana will buy 48 trainer jets from Peru.", [48]),
])
def test_a_count_opening_a_sentence_or_after_a_verb_stays(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Kazakhstan, a former Soviet republic of 19 million people, borders Russia.",
    "Ghana is a market of 34 million consumers.",
    "The kingdom of 11 million people sits on the coast.",
    "Peru expects 40m foreign tourists this year.",
    "Officials hope for 12m foreign arrivals by 2027.",
    "Ghana attracted 3m international tourists last year.",
])
def test_a_population_or_a_total_with_a_glued_scale_is_no_figure(
        extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru will send 2m vaccine doses to Ghana.", [2e6]),
    ("Ghana drew 2m visitors from Peru in 2024.", [2e6]),
])
def test_a_glued_scale_on_the_pairs_own_count_stays(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize(("heading", "body", "said"), [
    ("Ghana to buy 5.6 tln-won of Korean rice", "Ghana will buy 5.6 trillion won of rice from Korea.",
     "5.6 trillion"),
    ("Peru, Ghana sign $2bn deals", "Peru and Ghana signed deals worth $2 billion on Monday.", "$2 billion"),
    ("Ghana and Peru ink 15 MoUs", "Ghana and Peru signed 15 memoranda of understanding on Monday.", "15"),
    ("Chile to send 200 nurses to Kenya", "Chile will send 200 nurses to Kenyan hospitals.", "200"),
    ("Peru pledges 3 million doses", "Peru pledged 3 million vaccine doses to Ghana on Friday.", "3 million"),
])
def test_a_number_in_the_heading_gives_way_to_the_bodys_mention(
        extractor: RulesExtractor, heading: str, body: str, said: str) -> None:
    text = f"{heading}\n\nACCRA, May 4 (Reuters) - {body} The ministry said the deal would deepen ties.\n"
    found = extract_facts(extractor, text).figures
    assert len(found) == 1
    assert found[0].value.startswith(said) and found[0].evidence.start > len(heading)


@pytest.mark.parametrize("heading", [
    "Ghana and Peru ink 15 MoUs",
    "Peru, Ghana sign $2bn deals",
])
def test_a_number_only_the_heading_states_keeps_the_heading(extractor: RulesExtractor, heading: str) -> None:
    text = (f"{heading}\n\nACCRA, May 4 (Reuters) - Ghana and Peru signed memoranda of understanding on "
            "trade on Monday. The ministry said the deals would deepen ties.\n")
    found = extract_facts(extractor, text).figures
    assert len(found) == 1 and found[0].evidence.start < len(heading)


# --------------------------------------------------------------------------- names the NER misses


def roles(found: ArticleFacts) -> dict[str, str | None]:
    return {p.name: p.role for p in found.people}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruto was accompanied by Cabinet Secretaries Alfred Mutua and Moses Kuria.",
     {"Alfred Mutua": "Cabinet Secretary", "Moses Kuria": "Cabinet Secretary"}),
    ("Also present were ambassadors Ilham Nurlan and Dilnoza Karimova.",
     {"Ilham Nurlan": "ambassador", "Dilnoza Karimova": "ambassador"}),
    ("The delegation included ministers Erick Thohir, Bahlil Lahadalia and Budi Arie.",
     {"Erick Thohir": "minister", "Bahlil Lahadalia": "minister", "Budi Arie": "minister"}),
    ("He was received by Governors Juma Hassan and Wanjiku Kamau at the port.",
     {"Juma Hassan": "Governor", "Wanjiku Kamau": "Governor"}),
    ("Special Envoys Tomas Lind, Aigerim Tazhi, and Pablo Ortiz joined the talks.",
     {"Tomas Lind": "Special Envoy", "Aigerim Tazhi": "Special Envoy", "Pablo Ortiz": "Special Envoy"}),
])
def test_the_names_a_plural_title_heads_each_take_the_singular(
        extractor: RulesExtractor, text: str, expected: dict[str, str]) -> None:
    assert roles(extract_facts(extractor, text, lead=LEAD)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # each name with its own title keeps it
    ("Among those present were SOE Minister Erick Thohir and Investment Minister Bahlil Lahadalia.",
     {"Erick Thohir": "SOE Minister", "Bahlil Lahadalia": "Investment Minister"}),
    # a singular title does not reach the next name
    ("He was received by Governor Juma Hassan and his wife, Amina Hassan, at the port.",
     {"Juma Hassan": "Governor"}),
])
def test_a_singular_or_an_own_title_is_not_shared(
        extractor: RulesExtractor, text: str, expected: dict[str, str]) -> None:
    found = roles(extract_facts(extractor, text, lead=LEAD))
    assert {name: found.get(name) for name in expected} == expected
    assert "Amina Hassan" not in found or found["Amina Hassan"] != "Governor"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The visiting leader was seen off by Tshering Dorji, Minister of Foreign Affairs.",
     "Tshering Dorji", "Minister of Foreign Affairs"),
    ("She held talks with Dorji Wangmo, Minister of Health, in the capital.",
     "Dorji Wangmo", "Minister of Health"),
    ("They were greeted by Wangchuk Namgyel, Speaker of Parliament.",
     "Wangchuk Namgyel", "Speaker of Parliament"),
    ("The guests met with Dorji Choden, Minister of Works, on Monday.", "Dorji Choden", "Minister of Works"),
    ("They were welcomed by Sonam Dorji, Governor of the central bank.", "Sonam Dorji", "Governor"),
])
def test_a_name_after_by_or_with_in_apposition_to_its_title_is_a_person(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert roles(extract_facts(extractor, text, lead=LEAD)).get(name) == role


@pytest.mark.parametrize("text", [
    "The visit was covered by Sonam Tobgay, a reporter for the local paper.",
    "The talks were chaired by Dasho Penjor Lhendup, who heads the agency.",
])
def test_a_name_after_by_with_no_title_after_it_is_not_taken(extractor: RulesExtractor, text: str) -> None:
    found = roles(extract_facts(extractor, text, lead=LEAD))
    assert not any(role for role in found.values())


@pytest.mark.parametrize(("text", "name"), [
    ("Seeing him off was Vice Minister Le Thi Hang.", "Le Thi Hang"),
    ("The talks were led by Deputy Minister Do Hung Viet.", "Do Hung Viet"),
    ("Ambassador La Van Minh attended the signing.", "La Van Minh"),
    ("Trade Minister Le Minh Hoan signed for the ministry.", "Le Minh Hoan"),
    ("The accord was witnessed by Vice President Do Van Chien.", "Do Van Chien"),
])
def test_a_capitalised_particle_opens_a_name(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in roles(extract_facts(extractor, text, lead=LEAD))


@pytest.mark.parametrize(("text", "name"), [
    ("Ambassador Juan de la Cruz attended the signing.", "Juan de la Cruz"),
    ("The fund was opened by Finance Minister Ana da Silva.", "Ana da Silva"),
])
def test_a_lower_case_particle_inside_a_name_stays_inside(
        extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in roles(extract_facts(extractor, text, lead=LEAD))


@pytest.mark.parametrize(("text", "name", "role"), [
    ("“We must tread with care,” Fitriani, an international expert at the institute, told the paper.",
     "Fitriani", "international expert"),
    ("Suharso, a senior analyst at the centre, said the deal was a good one.", "Suharso", "senior analyst"),
    ("“It is a milestone,” Wiranto, the security minister, told reporters.", "Wiranto", "security minister"),
    ("Kuncoro, a senior economist at the bank, told the paper that exports would grow.",
     "Kuncoro", "senior economist"),
    ("Sutrisno, a spokesman for the ministry, said the deal would be signed soon.", "Sutrisno", "spokesman"),
])
def test_one_name_speaking_with_a_title_in_apposition_is_a_person(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert roles(extract_facts(extractor, text, lead=LEAD)).get(name) == role


@pytest.mark.parametrize("text", [
    "Samsung, a leader in chips, said it would invest in the plant.",
    "Jakarta, the capital, said nothing about the plan.",
    "Suharso met the expert, a researcher at the university, on Monday.",
])
def test_a_body_a_place_or_a_name_not_speaking_is_no_lone_person(
        extractor: RulesExtractor, text: str) -> None:
    assert extract_facts(extractor, text, lead=LEAD).people == []


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Talks were held with Sri Lankan Foreign Minister Vijitha Herath in Colombo.",
     "Vijitha Herath", "Sri Lanka"),
    ("Sri Lankan President Anura Dissanayake received the envoy.", "Anura Dissanayake", "Sri Lanka"),
    ("The minister met Sri Lankan Health Minister Nalinda Jayatissa on Monday.", "Nalinda Jayatissa",
     "Sri Lanka"),
    ("Papua New Guinean Prime Minister James Marape arrived in Canberra.",
     "James Marape", "Papua New Guinea"),
    ("Sri Lankan Prime Minister Harini Amarasuriya met Chinese Premier Li Qiang.",
     "Harini Amarasuriya", "Sri Lanka"),
])
def test_a_demonym_of_several_words_marks_the_title_after_it(
        extractor: RulesExtractor, text: str, name: str, state: str) -> None:
    assert states(extract_facts(extractor, text, lead=LEAD))[name] == state


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Costa Rican President Rodrigo Chaves met the delegation.", "Rodrigo Chaves", "Costa Rica"),
    ("Chilean President Gabriel Boric laid a wreath.", "Gabriel Boric", "Chile"),
])
def test_demonyms_the_tagger_reads_keep_their_state(
        extractor: RulesExtractor, text: str, name: str, state: str) -> None:
    assert states(extract_facts(extractor, text, lead=LEAD))[name] == state


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Deputy Chairman of the Cabinet of Ministers Rashid Amanov opened the session.",
     "Rashid Amanov", "Deputy Chairman of the Cabinet of Ministers"),
    ("The accord was signed by Chairman of the Council of Ministers Ivan Petrov.",
     "Ivan Petrov", "Chairman of the Council of Ministers"),
])
def test_a_plural_inside_a_titles_complement_stays_plural(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert roles(extract_facts(extractor, text, lead=LEAD)).get(name) == role
