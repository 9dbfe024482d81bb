"""Consolidation across reports of one event told in other house styles (events24, issue 9's cluster pairs).

Invented reports of one visit: a pledge whose act is followed by the state it goes to and its day
("pledged $2 billion of investment in Peru on Monday"), a credit line written with capitals ("a
Line of Credit of US$ 80 million"), a guest whose given name one report spells "Mohamed" and
another "Mohammed", a joint statement one report names in full and another by one of its fields,
and two leaders who "met again at the business forum": the forum, not talks besides it.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Instrument, Meeting
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.resolve_fixtures import article, ev, promised, record_groups

DAY = date(2026, 10, 14)  # a Wednesday
STATES = "Peru and Japan."



# ------------------------------------------------------- commitments: a pledge and the place it goes to

@pytest.mark.parametrize(("text", "amount"), [
    ("Japan pledged $2 billion of investment in Peru on Monday, after talks in Tokyo.", "$2 billion"),
    ("Qatar pledged 900 million dollars of investment in Kenya on Tuesday, after the talks.",
     "900 million dollars"),
    ("The emirate pledged $750 million in Rwanda on Friday, after the two leaders met.", "$750 million"),
    ("Norway pledged NOK 400 million of aid in Malawi on Thursday, after talks in Lilongwe.",
     "NOK 400 million"),
    ("Singapore pledged S$1 billion of investment in Viet Nam on Sunday, after the forum in Hanoi.",
     "S$1 billion"),
])
def test_a_pledge_followed_by_the_state_it_goes_to_keeps_its_amount(
        extractor: RulesExtractor, text: str, amount: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert [amount in c.action and c.action.startswith("pledge") for c in found.commitments] == [True]


@pytest.mark.parametrize("text", [
    "Japan pledged to invest in Peru within five years.",
    "Japan pledged support for Peru's bid on Monday.",
])
def test_a_pledge_of_an_act_keeps_its_act(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert all(c.action != "Peru" for c in found.commitments)


# ------------------------------------------------------- commitments: a credit line written with capitals

@pytest.mark.parametrize(("text", "word"), [
    ("The Prime Minister announced a Line of Credit of US$ 80 million for roads in Peru.", "Line of Credit"),
    ("Japan extended a Line of Credit worth $120 million to Peru for water projects.", "Line of Credit"),
    ("Tokyo announced a Grant of 3 billion yen for the hospital in Lima.", "Grant"),
    ("Japan approved a Loan of $60 million for the Lima metro.", "Loan"),
    ("The minister announced a new Credit Line of $45 million for firms in Peru.", "Credit Line"),
])
def test_funds_named_with_capitals_are_promised(extractor: RulesExtractor, text: str, word: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert [word in c.action for c in found.commitments] == [True]


@pytest.mark.parametrize("text", [
    "The minister announced Credit Agricole would open a branch in Lima.",
    "Japan announced the Line 2 extension had opened in Lima last year.",
])
def test_names_that_are_not_funds_promise_no_funds(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert not any(w in c.action for c in found.commitments for w in ("Credit Agricole", "Line 2"))


# ------------------------------------------------------- meetings: a given name in two spellings

def _visit(name: str, guest: str, *, host: str | None = None, place: str | None = "Peru") -> ArticleFacts:
    people = (guest,) if host is None else (guest, host)
    text = f"{guest} is on a state visit to Peru this week. {STATES}"
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        meetings=[Meeting(kind="visit", participants=people, place=place, date=DAY.isoformat(),
                          evidence=ev(text, "on a state visit to Peru"))],
    )


@pytest.mark.parametrize(("one", "other"), [
    ("Mohamed Muizzu", "Mohammed Muizzu"),
    ("Muhammad Yunus", "Mohamed Yunus"),
    ("Mohammad Ishaq", "Muhammed Ishaq"),
    ("Mohamad Hassan", "Mohammed Hassan"),
    ("Mohammed Muizzu", "Muhammad Muizzu"),
])
def test_a_guest_whose_given_name_is_spelt_otherwise_makes_one_visit(one: str, other: str) -> None:
    a = _visit("a.txt", one)
    b = _visit("b.txt", other, host="Dina Boluarte", place=None)
    assert record_groups([a, b], "meetings") == [["a.txt", "b.txt"]]


@pytest.mark.parametrize(("one", "other"), [
    ("Mohamed Muizzu", "Mohammed Hassan"),  # one given name, two men
    ("Muhammad Yunus", "Mohamed Younes Ali"),
])
def test_two_guests_of_one_given_name_make_two_visits(one: str, other: str) -> None:
    a, b = _visit("a.txt", one), _visit("b.txt", other)
    assert record_groups([a, b], "meetings") == [["a.txt"], ["b.txt"]]


# ------------------------------------------------------- instruments: a joint statement told by its fields

def _statement(name: str, subject: str, sectors: tuple[str, ...]) -> ArticleFacts:
    text = f"The two leaders issued the {subject} on Wednesday. {STATES}"
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        instruments=[Instrument(type="declaration", subject=subject, sectors=sectors,
                                parties=("Peru", "Japan"),
                                status="issued", date=DAY.isoformat(), place="Lima",
                                evidence=ev(text, subject))],
    )


@pytest.mark.parametrize(("full", "full_sectors", "short", "short_sectors"), [
    ("Joint Statement on Comprehensive Economic and Maritime Security Partnership", ("economy", "security"),
     "joint statement on maritime security", ("security",)),
    ("Joint Statement on Trade, Health and Security Cooperation", ("trade", "health", "security"),
     "joint statement on health", ("health",)),
    ("Joint Declaration on Energy and Mining Partnership", ("energy", "mining"),
     "declaration on mining", ("mining",)),
    ("Joint Statement on Education, Culture and Tourism", ("education", "culture", "tourism"),
     "joint statement on tourism and culture", ("tourism", "culture")),
    ("Joint Statement on Agriculture and Water Security", ("agriculture", "water"),
     "joint statement on water", ("water",)),
])
def test_a_joint_statement_told_by_some_of_its_fields_is_one(
        full: str, full_sectors: tuple[str, ...], short: str, short_sectors: tuple[str, ...]) -> None:
    a, b = _statement("a.txt", full, full_sectors), _statement("b.txt", short, short_sectors)
    assert record_groups([a, b], "instruments") == [["a.txt", "b.txt"]]


@pytest.mark.parametrize(("one", "one_sectors", "other", "other_sectors"), [
    ("Joint Statement on Trade and Energy", ("trade", "energy"), "joint statement on energy and health",
     ("energy", "health")),
    ("Joint Declaration on Mining", ("mining",), "joint statement on fisheries", ("fisheries",)),
])
def test_statements_on_other_fields_stay_two(one: str, one_sectors: tuple[str, ...], other: str,
                                             other_sectors: tuple[str, ...]) -> None:
    a, b = _statement("a.txt", one, one_sectors), _statement("b.txt", other, other_sectors)
    assert record_groups([a, b], "instruments") == [["a.txt"], ["b.txt"]]


# ------------------------------------------------------- meetings: met again at the forum

@pytest.mark.parametrize("text", [
    "Boluarte and Ishiba met again at the Peru-Japan Business Forum on Thursday.",
    "The two presidents met again at the business forum, where investors heard them.",
    "On Thursday, Boluarte and Ishiba met again at the Peru-Japan Economic Forum in Lima.",
    "The leaders met again at the investment forum on Thursday, attended by 200 firms.",
    "Boluarte and Ishiba met again on Thursday at the Peru-Japan Business Forum.",
])
def test_met_again_at_the_forum_is_the_forum(extractor: RulesExtractor, text: str) -> None:
    kinds = [m.kind for m in facts(extractor, text, published=DAY).meetings]
    assert kinds == ["business_forum"]


@pytest.mark.parametrize("text", [
    "Boluarte and Ishiba met at the Peru-Japan Business Forum on Thursday.",  # no "again": talks there too
    "Boluarte and Ishiba met again on Thursday in Lima after the business forum.",
])
def test_a_meeting_not_told_as_again_at_the_forum_stays(extractor: RulesExtractor, text: str) -> None:
    kinds = [m.kind for m in facts(extractor, text, published=DAY).meetings]
    assert "talks" in kinds


# ------------------------------------------------------- meetings: a day after the meeting, the parse astray

@pytest.mark.parametrize("text", [
    "Ishiba toured the port of Callao on Thursday, a day after the bilateral meeting with Boluarte, "
    "at which the two countries signed an economic partnership agreement, an air services agreement and a "
    "renewable energy memorandum.",
    "Ishiba visited the Callao port on Thursday, a day after his meeting with President Boluarte, at which "
    "the sides signed a tax agreement, a visa agreement and a health memorandum.",
    "Ishiba toured a copper mine on Thursday, a day after the talks with President Boluarte, at which the "
    "ministers signed a mining agreement, a water agreement and a culture memorandum.",
    "Ishiba toured the port of Callao on Thursday, a day after the bilateral meeting with Boluarte.",
    "Ishiba toured the port of Callao on Thursday, one day after the meeting with President Boluarte.",
])
def test_a_meeting_a_day_before_the_tour_keeps_its_own_day(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2026, 10, 16))  # a Friday: Thursday is the 15th
    assert [m.date for m in found.meetings if m.kind == "talks"] == ["2026-10-14"]


@pytest.mark.parametrize("text", [
    "Ishiba met President Boluarte on Thursday, after the signing of an air services agreement.",
    "Ishiba toured the port of Callao on Thursday after the bilateral meeting with Boluarte.",
])
def test_a_meeting_told_with_no_span_between_keeps_the_clause_day(extractor: RulesExtractor,
                                                                  text: str) -> None:
    found = facts(extractor, text, published=date(2026, 10, 16))
    assert [m.date for m in found.meetings if m.kind == "talks"] == ["2026-10-15"]


# ------------------------------------------------------- commitments: one sum, two verbs

def _promise(name: str, actor: str, action: str) -> ArticleFacts:
    return promised(name, actor, action, STATES, DAY)


@pytest.mark.parametrize(("one", "other"), [
    ("open a credit line of 100 million euros for irrigation", "provide a credit line of EUR 100 million"),
    ("open a credit line of $50 million", "extend a $50 million credit line for roads"),
    ("provide a loan of $300 million for the railway", "open a $300 million loan window for the railway"),
    ("build a hospital worth $40 million in Cusco", "fund a $40 million hospital in Cusco"),
    ("open a 2 billion yen credit line", "grant a credit line of 2 billion yen to Peru"),
])
def test_one_sum_of_one_thing_by_two_verbs_is_one_promise(one: str, other: str) -> None:
    a, b = _promise("a.txt", "Japan", one), _promise("b.txt", "Japan", other)
    assert record_groups([a, b], "commitments") == [["a.txt", "b.txt"]]


@pytest.mark.parametrize(("one", "other"), [
    ("open a credit line of 100 million euros", "provide a credit line of EUR 200 million"),  # two sums
    ("open a consulate costing $5 million in Cusco", "provide a grant of $5 million"),  # one sum, two things
])
def test_other_sums_or_things_stay_two_promises(one: str, other: str) -> None:
    a, b = _promise("a.txt", "Japan", one), _promise("b.txt", "Japan", other)
    assert record_groups([a, b], "commitments") == [["a.txt"], ["b.txt"]]
