"""Figures and people constructions added for issue 9 (figs4), proved on our own wording:
positives that vary verb, voice, word order and list length, and negatives that share the
surface words but not the construction.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import Article, ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Kenya and Chile signed a memorandum of understanding on trade cooperation during the state visit. "


def facts(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return extract_facts(extractor, text, lead=LEAD)


def numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in facts(extractor, text).figures]


def names(extractor: RulesExtractor, text: str) -> list[str]:
    return [p.name for p in facts(extractor, text).people]


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize(("text", "expected"), [
    ("India will train 1,500 Sri Lankan civil servants over the period.", 1500),
    ("Over 30 Belarusian companies took part in the business forum.", 30),
    ("Ghana will send 200 Ghanaian nurses to Chilean hospitals.", 200),
    ("Scholarships were granted to 45 Kenyan students by the ministry.", 45),
    ("The delegation included 12 Peruvian investors, the ministry said.", 12),
])
def test_a_count_before_a_demonym_counts_its_noun(
        extractor: RulesExtractor, text: str, expected: float) -> None:
    assert numbers(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "King Abdullah II received the delegation in the palace.",
    "The airline will lease Boeing 737 Max jets from a lessor.",
])
def test_a_number_inside_a_name_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The president has travelled to 14 countries since taking office.",
    "During the tour she flew to six capitals in two weeks.",
    "The envoy met with 30 ministers and 12 governors on the trip.",
    "He visited nine provinces, including three border regions.",
    "The minister has toured 11 cities across the region.",
])
def test_places_travelled_to_and_people_met_are_no_figures(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile has signed trade agreements with 22 countries.", [22]),
    ("The two sides agreed to open 4 new consulates.", [4]),
])
def test_counts_of_what_was_agreed_stay_figures(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Three soldiers were wounded in two attacks near the border.",
    "Dozens of civilians died in five separate bombings last month.",
    "Twelve people were killed in three explosions at the port.",
    "Two workers were injured in four incidents at the site.",
    "Villagers were displaced by 3 floods this year.",
])
def test_incidents_that_harmed_people_are_no_figures(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya will build two hospitals in Chile.", [2]),
    ("The ministries signed 2 agreements in the capital.", [2]),
])
def test_counts_near_no_harm_stay_figures(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Last year there were 28 million foreign tourists, who spent about 1.2 trillion baht.",
    "The ministry set a target of 3 trillion rupees from 40 million international visitors.",
    "Global arms sales reached 400 million dollars, with 12 million overseas buyers.",
    "Exports to 80 foreign markets rose to $5 billion.",
    "The country attracted 9 million travellers from Europe and Asia last year.",
])
def test_totals_over_all_partners_are_no_figures(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("In 2023 Kenya received $7.4 billion of foreign direct investment from Chile.", [7.4e9]),
    ("Chile sent 2,000 foreign aid workers from Peru to Kenya.", [2000]),
])
def test_foreign_flows_from_a_partner_stay_figures(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The president will spend two days in Nairobi before flying on.",
    "The envoys spent three weeks in Lima.",
    "The delegation will arrive one week after the summit.",
    "The minister resigned two months before the election.",
    "The leaders met again three years later.",
])
def test_lengths_of_stays_and_distances_in_time_are_no_figures(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The roadmap sets out a three-year programme of cooperation.", [3]),
    ("Visitors may stay for up to 30 days without a visa.", [30]),
])
def test_terms_of_what_was_agreed_stay_figures(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanwha signs 5.6 tln-won rocket deal with Poland", 5.6e12),
    ("Kenya will buy wheat worth 3.2 trn shillings from Chile.", 3.2e12),
    ("The two sides signed a 2 bln dollar loan accord.", 2e9),
    ("Chile will supply 4.5 mln tonnes of copper to Kenya.", 4.5e6),
    ("The firm won a 1.2 trillion won contract from Chile.", 1.2e12),
])
def test_a_scale_word_after_the_number_scales_it(
        extractor: RulesExtractor, text: str, expected: float) -> None:
    assert numbers(extractor, text) == [pytest.approx(expected)]


@pytest.mark.parametrize("text", [
    "The two sides will cooperate on secure 5G networks and 3D printing.",
    "Chile aims to become one of the world's top four copper exporters.",
    "Kenya wants to join the top 10 coffee producers by the end of the programme.",
    "Both agreed to build 6G research labs under the partnership.",
    "The airline ranks among the top five carriers of the region.",
])
def test_ranks_and_names_like_5g_are_no_figures(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya will export 5 Gigawatts of power to its neighbour.", [5]),
    ("Top officials from both sides signed 3 agreements.", [3]),
])
def test_counts_near_ranks_stay_figures(extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize(("text", "expected"), [
    ("President Ruto and Prime Minister Boric opened the dialogue in Nairobi.", ["Ruto", "Boric"]),
    ("The talks were chaired by Foreign Minister Mudavadi.", ["Mudavadi"]),
    ("The agreement was welcomed by King Mswati at the palace.", ["Mswati"]),
    ("Ambassador Obuya handed over the letter on Monday.", ["Obuya"]),
    ("The accord was hailed by the first Kenyan president Kenyatta.", ["Kenyatta"]),
])
def test_a_lone_name_with_a_title_is_a_person(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert names(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Ruto said the talks went well.",
    "The Deputy Prime Minister addressed the United Nations General Assembly.",
])
def test_a_lone_word_without_a_title_or_a_title_alone_is_no_person(
        extractor: RulesExtractor, text: str) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("President Maria “Mimi” Lopez signed the accord.", ["Maria Lopez"]),
    ("Defence Secretary James “Jim” Carter arrived in Lima.", ["James Carter"]),
    ("Foreign Minister Ana RM Duarte welcomed the delegation.", ["Ana RM Duarte"]),
    ("The documents were exchanged by Mr. Kofi Sri Mensah, Secretary of Trade.", ["Kofi Sri Mensah"]),
    ("The accord was signed by Retired Rear Admiral John Smith in Lima.", ["John Smith"]),
])
def test_nicknames_initials_and_courtesy_words_inside_a_name(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert names(extractor, text) == expected


def test_a_nickname_names_the_same_person(extractor: RulesExtractor) -> None:
    found = facts(extractor, "President Maria “Mimi” Lopez arrived. President Mimi thanked the hosts.").people
    assert [(p.name, p.role) for p in found] == [("Maria Lopez", "President")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The MoU was signed by Dr. Anil Perera, Secretary of Health of Chile; Raghav Iyer, Foreign Secretary "
     "of India; and His Excellency Tenzin Dorji, Ambassador of Chile.",
     ["Anil Perera", "Raghav Iyer", "Tenzin Dorji"]),
    ("The notes were exchanged by Dr. Lena Holm, Secretary of Health, and His Excellency Santosh Pillai, "
     "High Commissioner of Chile.", ["Lena Holm", "Santosh Pillai"]),
    ("The plan was signed by Ana Duarte, Trade Minister of Chile; Her Excellency Ruth Kamau, Governor of "
     "Nairobi.", ["Ana Duarte", "Ruth Kamau"]),
    ("The MoU was exchanged by Dr. Anil Perera, Secretary of Health, and H.E.Mr. Santosh Rao, High "
     "Commissioner of Chile.", ["Anil Perera", "Santosh Rao"]),
    ("The accord was signed by Kofi Mensah, Secretary of Trade, and Mr. Raghav Iyer, Foreign Secretary of "
     "Chile.", ["Kofi Mensah", "Raghav Iyer"]),
])
def test_names_in_apposition_after_and_or_a_semicolon(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert names(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The ministers welcomed Chile and Kenya, the two sponsors, to the talks.",
    "The delegation visited Nairobi, Mombasa and Kisumu, the largest cities.",
])
def test_places_in_apposition_are_no_people(extractor: RulesExtractor, text: str) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chief Executive Officer (CEO) Maria Lopez said the company will invest.",
     ("Maria Lopez", "Chief Executive Officer")),
    ("President-elect Maria Lopez met the ambassador.", ("Maria Lopez", "President-elect")),
    ("Chilean foreign ministry spokesperson Ana Duarte said the talks were good.",
     ("Ana Duarte", "foreign ministry spokesperson")),
    ("Minister for Trade and Investment Kofi Mensah signed the accord.",
     ("Kofi Mensah", "Minister for Trade and Investment")),
    ("He was accompanied by Minister of Foreign Affairs, Foreign Employment, and Tourism Ana Duarte.",
     ("Ana Duarte", "Minister of Foreign Affairs, Foreign Employment, and Tourism")),
])
def test_a_name_after_its_title_in_other_forms(
        extractor: RulesExtractor, text: str, expected: tuple[str, str]) -> None:
    assert [(p.name, p.role) for p in facts(extractor, text).people] == [expected]


@pytest.mark.parametrize("text", [
    "The Secretary of the Ministry of Finance, Economic Stabilization, and National Policies signed it.",
    "The meeting was addressed by the president of Banco Andino in Lima.",
    "The Emperor received Their Majesties at the palace.",
    "Kofi Mensah, director and CEO of Comite Duval, visited Nairobi.",
    "The MoU was signed by Retired Air Vice Marshal in Lima.",
])
def test_portfolios_bodies_and_courtesies_are_no_people(extractor: RulesExtractor, text: str) -> None:
    found = names(extractor, text)
    assert found in ([], ["Kofi Mensah"])


def test_a_name_on_a_line_of_its_own_is_a_byline(extractor: RulesExtractor) -> None:
    text = ("Chile and Kenya sign memorandum\nMaria Lopez\n(The Kenya Herald)\nNairobi\n"
            "The two ministers signed a memorandum during the visit of President William Ruto.")
    assert names(extractor, text) == ["William Ruto"]


def test_a_name_with_its_title_on_a_line_of_its_own_is_a_person(extractor: RulesExtractor) -> None:
    text = "Chile and Kenya sign memorandum\nPresident William Ruto\nThe two ministers signed a memorandum."
    assert names(extractor, text) == ["William Ruto"]


@pytest.mark.parametrize("text", [
    "Chile exported $12 billion worth of copper last year.",
    "Kenya imported goods worth $4 billion in 2024 alone.",
    "Peru exports 2 million tonnes of fish a year.",
    "Ghana exported $3.1 billion of cocoa, with $1.2 billion of those sales made since June.",
    "Last year Chile imported 300,000 cars.",
])
def test_one_states_trade_with_the_world_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile exported $2 billion of copper to Kenya last year.", [2e9]),
    ("Kenya imports $500 million of wine from Chile.", [5e8]),
])
def test_trade_with_a_partner_stays_a_figure(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "He served his first two terms as president from 2003 to 2010.",
    "The last three rounds of talks ended without a deal.",
    "The past four meetings were held in Lima.",
    "The fund covered the first 12 projects under the plan.",
    "Speeches were given across five continents.",
])
def test_stretches_of_a_sequence_and_spreads_across_places_are_no_figures(
        extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides signed two agreements and four memoranda.", [2, 4]),
    ("Lula's two terms were followed by a third.", [2]),
])
def test_counts_without_a_sequence_word_stay_figures(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Asian markets buy half of Chile's copper.",
    "Kenya sells half of its tea to Chile.",
    "The grant will cover half of the cost of the bridge.",
    "Half of the new investment will go to energy.",
    "Chile now takes half of Kenya's flower exports.",
])
def test_half_of_something_is_a_share(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == [0.5]


@pytest.mark.parametrize("text", [
    "About half a million people live on the islands.",
    "The talks took place in the first half of 2024.",
])
def test_half_in_a_quantity_or_a_date_is_no_share(extractor: RulesExtractor, text: str) -> None:
    assert 0.5 not in numbers(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Maria Lopez, an associate professor of international relations at the University of Lima, said the "
     "visit mattered.", ("Maria Lopez", "associate professor")),
    ("The deal is modest, said Kofi Mensah, a senior analyst at the Accra Policy Institute.",
     ("Kofi Mensah", "senior analyst")),
    ("Ana Duarte, a trade expert at the Chilean Chamber of Commerce, welcomed the accord.",
     ("Ana Duarte", "trade expert")),
    ("Peter Obi, chief economist at Banco Andino, said the loans would help.",
     ("Peter Obi", "chief economist")),
    ("Ruth Kamau, a researcher at the Nairobi Peace Centre, called the talks historic.",
     ("Ruth Kamau", "researcher")),
])
def test_a_scholar_in_apposition_has_a_role(
        extractor: RulesExtractor, text: str, expected: tuple[str, str]) -> None:
    assert [(p.name, p.role) for p in facts(extractor, text).people] == [expected]


@pytest.mark.parametrize("text", [
    "Experts said the talks went well.",
    "The analysts at the bank expect more trade.",
])
def test_scholars_without_a_name_are_no_people(extractor: RulesExtractor, text: str) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Visitors from 21 countries attended the fair.",
    "Students from 12 provinces will join the exchange.",
    "Companies from 30 countries took part in the expo.",
    "Pilgrims from nine regions arrived in Mecca.",
    "Trainees from eight ministries will attend the course.",
])
def test_where_people_come_from_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile will import 2 million tonnes of wheat from 3 Kenyan ports.", [2e6, 3]),
    ("Kenya will receive 12 buses from Chile.", [12]),
])
def test_what_comes_from_a_partner_stays_a_figure(
        extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


def names_tagged(extractor: RulesExtractor, text: str, tagged: str) -> list[str]:
    """Return the people found when spaCy is made to tag `tagged` as a person."""
    article = Article(name="t.txt", text=LEAD + text, content_hash="x", published=date(2025, 5, 6))
    doc = extractor.nlp(article.text)
    start = article.text.index(tagged)
    span = doc.char_span(start, start + len(tagged), label="PERSON")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return [p.name for p in extractor.extract_doc(article, doc).people]


@pytest.mark.parametrize(("text", "tagged"), [
    ("The plane carried agents of the US Secret Service and the Israeli Shin Bet.", "Shin Bet"),
    ("Security at the venue was run by the Kenyan Tana Guard.", "Tana Guard"),
    ("The contract went to the Korean Hanwha Ocean last year.", "Hanwha Ocean"),
    ("Lunch was served at the Juan Valdez near the embassy.", "Juan Valdez"),
    ("The funds were channelled through the Ana Duarte Foundation.", "Ana Duarte"),
])
def test_a_name_after_the_is_a_body(extractor: RulesExtractor, text: str, tagged: str) -> None:
    assert names_tagged(extractor, text, tagged) == []


@pytest.mark.parametrize(("text", "tagged"), [
    ("The plane carried Ana Duarte and her aides to Nairobi.", "Ana Duarte"),
    ("Talks were led by the Prime Minister Kofi Mensah in Accra.", "Kofi Mensah"),
])
def test_a_name_not_after_the_or_with_a_title_is_a_person(
        extractor: RulesExtractor, text: str, tagged: str) -> None:
    assert names_tagged(extractor, text, tagged) == [tagged]
