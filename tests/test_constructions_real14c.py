"""Round 14, figures of real reports: constructions written for these tests in our own words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.extract.rules import relevance
from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other figure tests


# ---------------------------------------------- a currency's code with its abbreviating dot ("Rs. 450 crore")


@pytest.mark.parametrize(("text", "number", "value"), [
    ("The new hospital in Kathmandu costs Rs. 450 crore, paid for by India.", 4.5e9, "Rs. 450 crore"),
    ("India extended a line of credit of Rs. 1,000 crore to Nepal for roads.", 1e10, "Rs. 1,000 crore"),
    ("Pakistan received Rs. 2 billion from China for flood relief in Sindh.", 2e9, "Rs. 2 billion"),
    ("Dhaka and Delhi signed deals worth Tk. 3,000 crore on power lines.", 3e10, "Tk. 3,000 crore"),
    ("The Treasury signed a loan of Sh. 5 billion with the Korean embassy.", 5e9, "Sh. 5 billion"),
])
def test_dotted_code_is_the_amounts_currency(find_figures: Finder, text: str, number: float,
                                             value: str) -> None:
    found = find_figures(text)
    assert [(f.number, f.value) for f in found] == [(number, value)]


def test_dotted_code_does_not_take_a_sentence_stop(find_figures: Finder) -> None:
    found = find_figures("The ministers met in Colombo. 12 agreements were signed.")
    assert [(f.number, f.value) for f in found] == [(12, "12")]


def test_designated_model_number_stays_out(find_figures: Finder) -> None:
    assert find_figures("The navy will buy engines of the MTU 396 line from Germany.") == []


# ------------------------------------------------- a letter scale after a currency's code ("KSh 1.17b")


@pytest.mark.parametrize(("text", "number"), [
    ("Kenya signs KSh 2.4b loan deal with Germany for water works.", 2.4e9),
    ("Uganda gets USh 3.1b grant from Japan for rural schools.", 3.1e9),
    ("The two states agreed a Rs 5b credit for the port of Gwadar.", 5e9),
    ("Bangladesh and China signed a Tk 5b deal for the bridge.", 5e9),
    ("Nigeria gets NGN 60b loan from China for rail lines.", 6e10),
    ("Tanzania and Oman sign TSh 800m deal on fisheries.", 8e8),
])
def test_letter_scale_after_code(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


@pytest.mark.parametrize(("text", "numbers"), [
    ("Kenya and Japan agreed on phase 2b of the port project.", []),
    ("The two leaders opened a 5km road built with a KSh 2 billion grant.", [2e9]),
])
def test_letter_without_a_currency_is_no_money_scale(find_figures: Finder, text: str,
                                                     numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == numbers


# ------------------------------------------------- one amount restated in another currency


@pytest.mark.parametrize(("text", "number"), [
    ("They signed an agreement worth 750 million dollars or the equivalent of 10.5 trillion rupiah.", 7.5e8),
    ("Egypt will receive $500 million or roughly 24 billion pounds under the Gulf deal.", 5e8),
    ("The deal is worth about $2 billion (about N3.1 trillion), the Nigerian minister said.", 2e9),
    ("The loan of US$ 80 million (Rp. 1.2 trillion) was signed by the two ministers.", 8e7),
    ("Beijing will provide a grant of 100 million yuan \"USD 14 million\" to Damascus.", 1e8),
    ("Seoul pledged $30 million, equivalent to 3.9 billion shillings, for Kenyan roads.", 3e7),
])
def test_restated_amount_is_one_figure(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


@pytest.mark.parametrize(("text", "numbers"), [
    # two different sums, one in each currency, are two figures
    ("Japan gave $5 million to Laos and Korea gave 3 billion won to Cambodia.", [5e6, 3e9]),
    ("The fund has $40 million, and the bank lent a further 20 million euros.", [2e7, 4e7]),
])
def test_two_amounts_in_two_currencies_stay_two(find_figures: Finder, text: str,
                                                numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == numbers


@pytest.mark.parametrize(("text", "value"), [
    ("Indonesia and Japan signed a loan of 4.2 trillion IDR for the railway.", "4.2 trillion IDR"),
    ("The fund will invest 300 million USD in Uzbek solar plants.", "300 million USD"),
])
def test_code_after_the_amount_is_taken_in(find_figures: Finder, text: str, value: str) -> None:
    found = find_figures(text)
    assert [f.value for f in found] == [value]
    assert found[0].what is None or "IDR" not in found[0].what


# ------------------------------------------------- a rate of exchange is no figure


@pytest.mark.parametrize("text", [
    "The figure assumes 14,200 rupiah / US$ as the rate.",
    "Officials used a rate of 92 rubles per USD for the sums.",
    "The loan was priced at 1,300 won / $ on the day.",
    "The budget used 15,600 IDR / USD for its sums.",
    "The ministry assumed 280 rupees / $ in its plan.",
    "Their deal used 3.67 AED / USD as the fixed rate.",
])
def test_exchange_rate_with_slash_or_code(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


def test_amount_per_year_stays(find_figures: Finder) -> None:
    assert 4e7 in figure_numbers(find_figures("Japan will give Kenya $40 million per year for five years."))


# ------------------------------------------------- "and" of two amounts is no part of the first


@pytest.mark.parametrize(("text", "value"), [
    ("Japan pledged $40 million and $15 million to Kenya and Uganda respectively.", "$40 million"),
    ("The EU gave €12 million and €3 million to the two programmes.", "€12 million"),
    ("Saudi Arabia deposited $3 billion and $1.2 billion in two tranches.", "$3 billion"),
])
def test_joined_amounts_end_before_and(find_figures: Finder, text: str, value: str) -> None:
    assert value in [f.value for f in find_figures(text)]


# ------------------------------------------------- a loan's term: grace period, years to repay


@pytest.mark.parametrize(("text", "number"), [
    ("The loan is to be repaid after 40 years and carries an interest of 0.3 percent.", 40),
    ("Tokyo's credit comes with a grace period of ten years, the treasury said.", 10),
    ("The yen loan, with a grace period of 12 years, funds the port of Lamu.", 12),
    ("Seoul's credit will be repaid over 25 years, the ministers said in Nairobi.", 25),
    ("The credit, with a repayment period of 35 years, was signed in Nairobi.", 35),
])
def test_term_of_a_loan(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


def test_loan_repayable_over_years_has_no_hedge(find_figures: Finder) -> None:
    found = find_figures("The loan is repayable over 25 years, including a seven-year grace period.")
    assert sorted((f.number, f.approx) for f in found) == [(7, None), (25, None)]


@pytest.mark.parametrize("text", [
    "The debt was repaid after two years of talks between the ministries.",
    "Relations resumed after 30 years of silence between the two states.",
    "Kenya has repaid most of its Japanese loans over the past 20 years.",
])
def test_years_of_history_are_no_term(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# ------------------------------------------------- a count of five digits the tagger took for a date


@pytest.mark.parametrize(("text", "number"), [
    ("The projects are worth over 12750 additional jobs for Kenyan workers.", 12750),
    ("The pledges are worth over 19350 additional jobs for Thai workers.", 19350),
    ("The accords are worth over 31250 new jobs for Egyptian youth.", 31250),
    ("The visit yielded deals worth over 15750 additional jobs for workers.", 15750),
    ("The investments will bring over 26850 additional jobs to Luzon.", 26850),
])
def test_five_digit_count_is_no_date(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


@pytest.mark.parametrize("text", [
    "The two leaders met in 2019 and again in 2023.",
    "The 2030 target was set by both ministers on Monday.",
])
def test_years_stay_dates(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# ---------------------------------------- a short wire story on an intergovernmental deal is about relations


_INTERGOVERNMENTAL = [
    ("Moldova and Romania signed an intergovernmental agreement on Friday to build a second gas "
     "pipeline across the Prut river, the Moldovan energy minister said. The line will carry up to"
     " 1.5 billion cubic metres a year and should be finished within three years. Engineers will "
     "start surveys in the spring, and the first pipes are due to arrive from a mill in Galati in "
     "the autumn. The cost, about 90 million euros, will be shared between the two state gas "
     "firms, with a loan from a European bank covering most of it. Local mayors along the route "
     "have asked for compensation for farmland, and hearings will be held in each district before "
     "work begins. The existing line, opened in 2014, runs at close to full capacity in winter, "
     "and traders have long called for a second route to lower prices."),
    ("Uzbekistan will receive a 300 million dollar loan from Kazakhstan under an intergovernmental"
     " agreement approved on Tuesday, the finance minister in Tashkent said. The money will pay "
     "for grain silos, cold stores and a rail link to the border crossing at Saryagash. Repayments"
     " are due over fifteen years at a fixed rate. Officials expect the silos to hold 200,000 "
     "tonnes of wheat by the end of next year, and the rail link to cut the journey for lorries by"
     " a full day. Farmers' groups welcomed the plan but asked for a share of the storage to be "
     "kept for small growers. The first tranche is expected in June, and tenders for the silos "
     "will open in March. Analysts said the terms were generous compared with commercial loans in "
     "the region."),
    ("Egypt and Sudan signed an intergovernmental agreement to link their power grids, the "
     "Egyptian electricity minister told reporters in Cairo on Sunday. The first phase will carry "
     "300 megawatts across the border near Wadi Halfa, and a second phase would raise it to 3,000 "
     "megawatts. Contractors from both sides will share the building of the substations, and the "
     "line is due to run by the end of the year. Engineers say the link will let Cairo sell "
     "surplus power in summer nights, when demand falls, and buy it back from Sudanese hydro "
     "plants in the flood season. The cost of the first phase was put at 56 million dollars. "
     "Residents near the route have complained about noise from a temporary camp, and the "
     "contractor promised to move it within weeks."),
    ("Serbia and Hungary will build a new rail bridge over the Tisa under an intergovernmental "
     "agreement signed in Subotica on Monday, the Serbian transport minister said. The steel "
     "bridge will carry two tracks and a footpath, and trains will be able to cross at 120 "
     "kilometres an hour once it opens in 2028. The cost, about 70 million euros, will be split "
     "equally. Freight firms have long complained about delays on the old single-track bridge, "
     "which dates from the 1960s and needs repairs every winter. Local councils on both banks have"
     " asked for new roads to the stations, and a study of the river's banks will be finished "
     "before building starts. The old bridge will stay open to local traffic until the new one is "
     "finished, officials said."),
    ("Tajikistan and Kyrgyzstan approved an intergovernmental agreement on shared water on "
     "Wednesday, the Tajik water minister said after the signing in Khujand. Each side will "
     "release agreed volumes from its dams in spring and summer, and a joint group of engineers "
     "will check the gauges every month. Farmers downstream lost crops last year when a canal ran "
     "dry for eleven days in July. The text sets out volumes for four canals and a way to settle "
     "disputes within two weeks. Engineers will also repair the gates of two old reservoirs, at a "
     "cost of 12 million dollars shared between the two sides. Local officials said the rules "
     "would be tested this summer, when demand for water is at its highest, and reviewed after the"
     " harvest."),
]


@pytest.mark.parametrize("text", _INTERGOVERNMENTAL)
def test_intergovernmental_deal_is_about_relations(nlp: Language, text: str) -> None:
    assert relevance.about_relations(nlp(text))


@pytest.mark.parametrize("text", [
    ("The Intergovernmental Panel on Climate Change said on Monday that sea levels rose faster "
     "last decade than in any decade on record. Its report, drawn from thousands of studies, "
     "warned that coastal cities face more frequent floods, and that glaciers in the Andes and the"
     " Alps are shrinking. Scientists said emissions must fall by half within ten years to hold "
     "warming near 1.5 degrees. The report will be discussed at a conference in the autumn, where "
     "researchers will also present new data on heat waves, droughts and wildfires. Insurers said "
     "claims from storms had doubled in five years, and farmers reported lower yields of wheat and"
     " maize in dry regions. The panel's next full assessment is due in 2029."),
    ("The city council approved an intergovernmental transfer of 4 million dollars to the county "
     "on Tuesday to repair roads and bridges damaged by the spring floods. Work on the worst "
     "stretches will start next month, and crews will fill potholes on the main routes first. "
     "Residents of the river districts have complained for weeks about closed lanes and long "
     "detours to schools and shops. The council's roads committee said the money would cover about"
     " half of the repairs, and that it would apply for more in the autumn. A public meeting on "
     "the plans will be held at the library next Thursday evening, and the schedule of works will "
     "be posted online and in local newspapers each week until the end of the summer."),
])
def test_intergovernmental_alone_is_not_enough(nlp: Language, text: str) -> None:
    assert not relevance.about_relations(nlp(text))


# ------------------------------------------------- a letter scale inside a quantity ("2m tonnes")


@pytest.mark.parametrize(("text", "number"), [
    ("Japan will donate 3m tonnes of rice to Laos over three years.", 3e6),
    ("Saudi Arabia will ship 5m barrels of crude to Pakistan on credit.", 5e6),
    ("India bought over 2m tonnes of gas from Nigeria under the accord.", 2e6),
    ("Kazakhstan will export 4m tonnes of wheat to Iran under the new deal.", 4e6),
    ("Russia agreed to sell 8m barrels of diesel to Sri Lanka.", 8e6),
])
def test_letter_scale_inside_a_quantity(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize(("text", "number"), [
    ("Japan will donate 3 tonnes of seeds to Laos.", 3),
    ("Qatar will ship 12 barrels of samples to Oman for tests.", 12),
])
def test_quantity_without_a_letter_keeps_its_digits(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]
