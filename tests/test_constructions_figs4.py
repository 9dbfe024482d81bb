"""Figures and people constructions added for issue 9 (figs4), proved on our own wording:
positives that vary verb, voice, word order and list length, and negatives that share the
surface words but not the construction.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import Article, ArticleFacts
from accord.extract.rules import RulesExtractor
from accord.settings import DEFAULT_MODEL

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Kenya and Chile signed a memorandum of understanding on trade cooperation during the state visit. "


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(DEFAULT_MODEL)


def facts(extractor: RulesExtractor, text: str) -> ArticleFacts:
    article = Article(name="t.txt", text=LEAD + text, content_hash="x", published=date(2025, 5, 6))
    found = next(extractor.extract([article]))
    for kind in ("people", "figures"):
        for fact in getattr(found, kind):
            assert article.text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    return found


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
def test_a_count_before_a_demonym_counts_its_noun(extractor: RulesExtractor, text: str, expected: float) -> None:
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
def test_counts_of_what_was_agreed_stay_figures(extractor: RulesExtractor, text: str, expected: list[float]) -> None:
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
def test_counts_near_no_harm_stay_figures(extractor: RulesExtractor, text: str, expected: list[float]) -> None:
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
def test_foreign_flows_from_a_partner_stay_figures(extractor: RulesExtractor, text: str, expected: list[float]) -> None:
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
def test_terms_of_what_was_agreed_stay_figures(extractor: RulesExtractor, text: str, expected: list[float]) -> None:
    assert numbers(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanwha signs 5.6 tln-won rocket deal with Poland", 5.6e12),
    ("Kenya will buy wheat worth 3.2 trn shillings from Chile.", 3.2e12),
    ("The two sides signed a 2 bln dollar loan accord.", 2e9),
    ("Chile will supply 4.5 mln tonnes of copper to Kenya.", 4.5e6),
    ("The firm won a 1.2 trillion won contract from Chile.", 1.2e12),
])
def test_a_scale_word_after_the_number_scales_it(extractor: RulesExtractor, text: str, expected: float) -> None:
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
