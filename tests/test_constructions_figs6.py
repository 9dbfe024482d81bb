"""Figures and people on unseen text (issue 9, figs6), proved on our own wording.

Figures: the first day of a range of dates, the people present at an event and a market's
move are no figures of the relation; an amount keeps the currency its code or name gives.
People: a document's title line names no one, and the state an unnamed title of the heading
names is that of the one person who holds the title without a state.
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


# --------------------------------------------------------------------------- ranges of days


@pytest.mark.parametrize(("text", "day"), [
    ("The fair runs 12 through 14 September in Nairobi.", 12),
    ("Negotiators met 14 till 16 January in Geneva.", 14),
    ("Officials conferred 10 thru 12 March in Manila.", 10),
    ("The commission will sit 22 through 24 April in Dakar.", 22),
    ("An exhibition will be held 11 through 13 May at the convention centre.", 11),
    ("The trade fair is held 6 through 9 November each year in Accra.", 6),
])
def test_the_first_day_of_a_range_of_dates_is_no_figure(
        extractor: RulesExtractor, text: str, day: int) -> None:
    assert day not in numbers(extractor, text)


@pytest.mark.parametrize(("text", "count"), [
    ("Exports rose from 12 to 14 percent of the total.", 14),
    ("Peru will deliver 5 to 7 patrol vessels to Ghana by March.", 5),
])
def test_a_range_of_counts_or_shares_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- currencies


@pytest.mark.parametrize(("text", "value"), [
    ("Norway announced a grant of NOK 150 million for the project.", "NOK 150 million"),
    ("Switzerland will contribute CHF 25 million over three years.", "CHF 25 million"),
    ("India extended a line of credit of INR 1,000 crore to Ghana.", "INR 1,000 crore"),
    ("India will provide Rs 500 crore for the railway.", "Rs 500 crore"),
    ("Korea will provide 100 billion won in aid.", "100 billion won"),
    ("India gave 200 million rupees for the hospital.", "200 million rupees"),
    ("The UAE committed 500 million dirhams to the fund.", "500 million dirhams"),
])
def test_an_amount_keeps_its_currency_code_or_name(extractor: RulesExtractor, text: str, value: str) -> None:
    assert value in [f.value for f in found(extractor, text).figures]


@pytest.mark.parametrize(("text", "value"), [
    ("Ghana will train 40 Peruvian diplomats next year.", "40"),
    ("Peru won 3 contracts to supply rail cars to Ghana.", "3"),
])
def test_a_count_takes_no_currency(extractor: RulesExtractor, text: str, value: str) -> None:
    assert value in [f.value for f in found(extractor, text).figures]


def test_a_code_glued_to_a_number_is_no_amount(extractor: RulesExtractor) -> None:
    text = "Both leaders will attend COP30 in Belem and the summit in Accra."
    assert 30 not in numbers(extractor, text)


# --------------------------------------------------------------------------- attendance


@pytest.mark.parametrize("text", [
    "Lula told a business forum in Hanoi attended by about 300 executives that trade would double.",
    "The reception, attended by 150 diplomats, closed the visit.",
    "Some 1,200 guests attended the state banquet.",
    "More than 250 delegates gathered in the hall for the signing ceremony.",
    "The forum drew 400 business leaders from both countries.",
    "A gala dinner attracted 600 guests at the palace.",
])
def test_those_present_at_an_event_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Ghana will send 300 nurses to Peru under the agreement.", 300),
    ("The agreement drew 400 investors to the new zone.", 400),
])
def test_people_sent_or_drawn_by_an_agreement_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- market moves


@pytest.mark.parametrize("text", [
    "Shares of Kenyan tea firms jumped 5 percent after the announcement.",
    "Shares of Polish arms makers soared 12 percent after the signing.",
    "Shares of Korean shipbuilders tumbled 4% after the talks collapsed.",
    "Hanwha Aerospace jumped 8 percent on the news of the contract.",
    "Stock in the Peruvian miner slumped 6 percent before the signing.",
])
def test_a_market_move_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "share"), [
    ("Bilateral trade soared 15 percent last year.", 15),
    ("Ghana's exports to Peru jumped 20 percent after the deal.", 20),
])
def test_the_pairs_trade_moving_stays(extractor: RulesExtractor, text: str, share: int) -> None:
    assert share in numbers(extractor, text)


# --------------------------------------------------------------------------- document titles


def names(extractor: RulesExtractor, text: str) -> list[str]:
    return [p.name for p in extract_facts(extractor, text).people]


BODY = ("\n\nPresident John Mahama held talks with Prime Minister Jonas Gahr Store in Oslo. "
        "They signed an accord.")


@pytest.mark.parametrize("heading", [
    "Joint Statement on the Official Visit of the President of the Republic of Ghana to the Kingdom of "
    "Norway",
    "Joint Communique between the Republic of Ghana and the Kingdom of Norway",
    "Joint Statement by the Republic of Ghana and the Kingdom of Norway",
    "Joint Statement of the Third Ghana-Norway Bilateral Consultations",
    "Joint Statement by Ghana and Norway on Ocean Management",
    "Joint Communique of the Republic of Ghana and the Kingdom of Norway",
])
def test_a_documents_title_line_names_no_one(extractor: RulesExtractor, heading: str) -> None:
    assert sorted(names(extractor, heading + BODY)) == ["John Mahama", "Jonas Gahr Store"]


@pytest.mark.parametrize("heading", [
    "President John Mahama Visits Norway",
    "Statement by Prime Minister Jonas Gahr Store",
])
def test_a_person_in_a_heading_stays(extractor: RulesExtractor, heading: str) -> None:
    assert sorted(names(extractor, heading + BODY)) == ["John Mahama", "Jonas Gahr Store"]


# --------------------------------------------------------------------------- the heading's state


def states(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in extract_facts(extractor, text).people}


@pytest.mark.parametrize(("heading", "body", "name", "state"), [
    ("Joint Statement on the Official Visit of the President of the Republic of Ghana to Norway",
     "President John Mahama held talks in Oslo. An accord on fisheries was signed.", "John Mahama", "Ghana"),
    ("State Visit of the President of the Republic of Chile to Sweden",
     "In Stockholm, President Gabriel Boric opened a trade forum. A memorandum on mining was signed.",
     "Gabriel Boric", "Chile"),
    ("Official Visit of the Prime Minister of India to Ghana",
     "In Accra, Prime Minister Narendra Modi signed an agreement on vaccines.", "Narendra Modi", "India"),
    ("Press Release on the Working Visit of the Foreign Minister of Peru to Ghana",
     "Foreign Minister Elmer Schialer signed a memorandum on trade in Accra.", "Elmer Schialer", "Peru"),
    ("Joint Declaration on the Visit of the Vice President of the Federal Republic of Nigeria to Peru",
     "Vice President Kashim Shettima and his hosts signed an accord on energy.",
     "Kashim Shettima", "Nigeria"),
])
def test_the_heading_gives_a_bare_title_its_state(
        extractor: RulesExtractor, heading: str, body: str, name: str, state: str) -> None:
    assert states(extractor, heading + "\n\n" + body)[name] == state


@pytest.mark.parametrize("text", [
    "Joint Statement on the Visit of the President of Ghana to Kenya\n\n"
    "President John Mahama and President William Ruto signed an accord on trade in Nairobi.",
    "Joint Statement on Trade and Investment\n\n"
    "President John Mahama signed an accord on trade in Nairobi.",
])
def test_two_bare_holders_or_no_state_in_the_heading_give_none(extractor: RulesExtractor, text: str) -> None:
    assert states(extractor, text)["John Mahama"] is None


# --------------------------------------------------------------------------- a place before a title


@pytest.mark.parametrize(("text", "name"), [
    ("In Stockholm, President Gabriel Boric opened a trade forum. A memorandum on mining was signed.",
     "Gabriel Boric"),
    ("In Accra, Prime Minister Narendra Modi signed an agreement on vaccines.", "Narendra Modi"),
    ("At Lima, Foreign Minister Samuel Ablakwa signed a memorandum on trade.", "Samuel Ablakwa"),
    ("Near Accra, President John Mahama opened a plant built under the accord with Peru.", "John Mahama"),
    ("Outside Lima, Foreign Minister Elmer Schialer visited a port built under the accord.",
     "Elmer Schialer"),
    ("After Oslo, President John Mahama flew to Lima to sign an accord.", "John Mahama"),
])
def test_a_place_phrase_before_a_title_is_no_person(extractor: RulesExtractor, text: str, name: str) -> None:
    assert names(extractor, text) == [name]


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Ana De La Cruz signed an accord with Peru.", ["Ana De La Cruz"]),
    ("Ambassador Van Thanh Long met the trade minister in Lima to discuss the accord.", ["Van Thanh Long"]),
    ("Ambassador Carlos De Souza said the accord with Ghana was ready.", ["Carlos De Souza"]),
    ("Under Secretary Daniel Smith signed the accord with Peru.", ["Daniel Smith"]),
    # a name that opens with a word the tagger reads as a preposition, after its title
    ("Vietnamese General Secretary To Lam signed the accord with Peru in Hanoi.", ["To Lam"]),
])
def test_names_with_particles_or_after_a_preposition_stay(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert names(extractor, text) == expected


def test_firms_at_a_forum_stay(extractor: RulesExtractor) -> None:
    text = "The forum was attended by some 80 Peruvian companies and their partners."
    assert 80 in numbers(extractor, text)


# --------------------------------------------------------------------------- home to a population


@pytest.mark.parametrize("text", [
    "India, home to 1.4 billion people, is the largest market in South Asia.",
    "Lagos, home to some 15 million residents, will host the fair.",
    "The province is home to 8 million inhabitants and many farms.",
    "Nigeria, which is home to more than 200 million people, signed the pact.",
    "Ghana, home to 34 million, will host the summit.",
])
def test_the_people_a_place_is_home_to_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The corridor will be home to 12 new factories built by Peruvian firms.", 12),
    ("The programme will bring 500 students home to Accra after training in Lima.", 500),
])
def test_things_housed_or_people_brought_home_stay(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)
