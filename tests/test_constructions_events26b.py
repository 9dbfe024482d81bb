"""Consolidation faults of events26's second pass (issue 9's cluster pairs and the register's conflicts).

Invented sentences: a day told from the sentence before ("… on 18 November. The day before, the leaders
held talks": the 17th), a story that tells its event only by its week ("met in Accra this week"), which
gives the publication day to none of its acts, and a sum handed over by a verb ("will donate USD 25
million for clinics") that is the same gift another report names ("a grant of 25 million US dollars").
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Figure
from accord.extract.rules import RulesExtractor
from accord.normalize.numbers import parse_number
from tests.extract_support import facts
from tests.resolve_fixtures import article, ev, record_groups

DAY = date(2026, 11, 18)  # a Wednesday
WEEK = date(2026, 10, 16)  # a Friday


# ------------------------------------------------------- a day told from the sentence before

@pytest.mark.parametrize(("text", "day"), [
    ("The two presidents opened a business forum in Accra on 18 November. The day before, the leaders "
     "held talks at the Jubilee House and signed a water agreement.", "2026-11-17"),
    ("The foreign ministers met in Lomé on 16 November. The following day, Ghana and Togo signed a "
     "memorandum on fisheries.", "2026-11-17"),
    ("President Mahama arrived in Lomé on 15 November. A day later, he held talks with President "
     "Gnassingbé and the two signed an agreement on energy.", "2026-11-16"),
    ("The joint commission sat in Accra on 17 November. On the previous day, the two ministers signed a "
     "protocol on customs.", "2026-11-16"),
    ("The trade ministers opened the fair on 16 November. Two days earlier, Ghana and Togo signed a "
     "memorandum of understanding on trade.", "2026-11-14"),
    ("The delegations met in Accra on Monday. The next day, Ghana and Togo signed an agreement on "
     "tourism.", "2026-11-17"),
])
def test_a_day_told_from_the_sentence_before(extractor: RulesExtractor, text: str, day: str) -> None:
    found = facts(extractor, text, published=DAY)
    signed = [i.date for i in found.instruments if i.status == "signed"]
    assert signed == [day]


def test_talks_the_day_before_take_that_day(extractor: RulesExtractor) -> None:
    text = ("President Mahama took part in a business forum in Lomé on 18 November. The day before, "
            "the two leaders held talks in the presidential palace.")
    found = facts(extractor, text, published=DAY)
    assert [m.date for m in found.meetings if m.kind == "talks"] == ["2026-11-17"]


@pytest.mark.parametrize(("text", "day"), [
    # "the day before" naming its own event is no day told from the sentence before
    ("The ministers met in Accra on 16 November. The day before the summit the leaders signed an "
     "agreement on energy on 15 November.", "2026-11-15"),
    # no day in the sentence before: the story's own day
    ("The ministers met in Accra. The following day, Ghana and Togo signed a memorandum on fisheries.",
     "2026-11-18"),
    # mid-sentence, the phrase is not read against the sentence before
    ("The ministers met in Accra on 14 November. Ghana and Togo signed a memorandum on fisheries on "
     "Wednesday, the day after the visit ended.", "2026-11-18"),
])
def test_no_day_told_from_the_sentence_before(extractor: RulesExtractor, text: str, day: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert [i.date for i in found.instruments if i.status == "signed"] == [day]


# ------------------------------------------------------- a story told by its week

@pytest.mark.parametrize("text", [
    "President Mahama met President Gnassingbé in Lomé this week. Ghana and Togo signed a fisheries "
    "memorandum.",
    "The two foreign ministers held talks in Accra earlier this week, and Ghana and Togo signed an "
    "agreement on maritime transport.",
    "Ghana and Togo signed a memorandum of understanding on trade last week, the ministry said.",
    "Togo's foreign minister visited Accra this past week. The two sides signed a protocol on customs.",
    "Ghana and Togo last week signed an agreement on energy.",
])
def test_a_week_told_gives_no_signing_day(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=WEEK)
    signed = [i for i in found.instruments if i.status == "signed"]
    assert signed
    assert all(i.date is None or len(i.date) < 10 for i in signed)


@pytest.mark.parametrize(("text", "day"), [
    ("President Mahama met President Gnassingbé in Lomé on Tuesday. Ghana and Togo signed a fisheries "
     "memorandum.", "2026-10-13"),
    ("Ghana and Togo signed a memorandum of understanding on trade, the ministry said.", "2026-10-16"),
    ("Ghana and Togo signed an agreement on energy on Wednesday, a week after the talks.", "2026-10-14"),
])
def test_a_day_told_still_dates_the_signing(extractor: RulesExtractor, text: str, day: str) -> None:
    found = facts(extractor, text, published=WEEK)
    assert [i.date for i in found.instruments if i.status == "signed"] == [day]


# ------------------------------------------------------- a sum handed over by its verb

@pytest.mark.parametrize(("text", "what"), [
    ("Japan will also donate USD 25 million for the equipping of rural clinics in Ghana.", "donation"),
    ("Tokyo donated $25 million to Ghana's clinics on Tuesday.", "donation"),
    ("Japan will lend USD 300 million to Ghana for the coastal road.", "loan"),
    ("China lent Ghana 300 million dollars last year.", "loan"),
    ("Japan is donating 25 million US dollars towards rural clinics in Ghana.", "donation"),
])
def test_a_sum_handed_over_is_named_by_its_verb(extractor: RulesExtractor, text: str, what: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert [f.what for f in found.figures] == [what]


@pytest.mark.parametrize("text", [
    # the verb hands over no money, or the sum says what it is itself
    "Ghana and Japan expect trade of USD 25 million this year.",
    "Japan will donate 500,000 vaccine doses to Ghana.",
])
def test_no_sum_handed_over(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert all(f.what not in ("donation", "loan") for f in found.figures)


def _sum(name: str, text: str, value: str, what: str | None) -> ArticleFacts:
    return ArticleFacts(
        article(name, f"{text} Ghana and Japan.", DAY), "test", "1",
        figures=[Figure(value=value, number=parse_number(value), what=what, evidence=ev(text, text))],
    )


@pytest.mark.parametrize(("t1", "v1", "w1", "t2", "v2", "w2"), [
    ("Japan will also donate USD 25 million for rural clinics.", "USD 25 million", "donation",
     "Japan will extend a grant of 25 million US dollars for medical equipment.", "25 million US dollars",
     "grant"),
    ("Tokyo's donation of $25 million goes to clinics.", "$25 million", "donation of $25 million",
     "The grants, 25 million dollars in all, will equip clinics.", "25 million dollars", "grants"),
    ("A gift of $4 million will restore the old fort.", "$4 million", "gift",
     "Japan gave a grant of 4 million dollars for the fort.", "4 million dollars", "grant"),
])
def test_a_donation_and_a_grant_of_one_sum_are_one_figure(t1: str, v1: str, w1: str, t2: str, v2: str,
                                                          w2: str) -> None:
    a, b = _sum("a.txt", t1, v1, w1), _sum("b.txt", t2, v2, w2)
    assert record_groups([a, b], "figures") == [["a.txt", "b.txt"]]


# ------------------------------------------------------- people: a name after a state's title; a town's name

@pytest.mark.parametrize(("text", "name"), [
    ("The President of the Republic, Santiago Peña, was received on Tuesday by Prime Minister Sanae "
     "Takaichi.", "Santiago Peña"),
    ("The Vice President of the Republic, Ivan Horvat, held talks in Accra on Tuesday.", "Ivan Horvat"),
    ("The President of the Federation, Kofi Boateng, arrived in Lomé.", "Kofi Boateng"),
    ("On Monday the Prime Minister of the Kingdom, Ana Lopes, welcomed the delegation.", "Ana Lopes"),
    ("Ghana's delegation was received by the President of the Republic, Santiago Peña, at the palace.",
     "Santiago Peña"),
])
def test_a_name_after_a_states_title_is_a_person(extractor: RulesExtractor, text: str, name: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert name in [p.name for p in found.people]


def test_a_list_of_portfolios_is_still_no_person(extractor: RulesExtractor) -> None:
    text = "The Minister of Foreign Affairs, Foreign Employment, and Tourism, Vijitha Herath, met the envoy."
    found = facts(extractor, text, published=DAY)
    assert [p.name for p in found.people] == ["Vijitha Herath"]


@pytest.mark.parametrize("text", [
    "Japan will donate USD 25 million for hospitals in Concepción and Pedro Juan Caballero.",
    "The road will link clinics at Tamale and Kofi Annan Bay.",
    "New schools will open in Kumasi, Tema and Santa Rosa de Copan.",
])
def test_a_town_joined_to_a_place_is_no_person(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert not [p.name for p in found.people if p.role is None]
