"""Follow-through over chains nobody tuned on (round 14, chain14): a plan told with "is to" for an event or
a document ("the visit is to take place early next year", "the MoU is to be upgraded into an agreement"),
a memorandum made into an agreement ("upgraded their MoU on fisheries into a full agreement"), a former
plan told in a clause on an encounter that has taken place ("The summit, which had been scheduled for
March, took place on Monday"), and a joint commission that "convened". Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.core import ArticleFacts
from accord.datelines import match_dateline
from accord.extract.rules import RulesExtractor
from accord.settings import DEFAULT_MODEL
from accord.track import instrument_lifecycle
from tests.extract_support import facts
from tests.test_follow import batch, status_of

# Published Tuesday 6 May 2025; the talks were on Monday 5 May.
_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(DEFAULT_MODEL)


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def promises(found: ArticleFacts) -> list[tuple[str, str | None]]:
    return [(c.action, c.deadline) for c in found.commitments if c.change is None]


# ------------------------------------------------- "is to take place", "is to be held / upgraded"


@pytest.mark.parametrize(("text", "action", "due"), [
    ("The Peruvian president's state visit to Ghana is to take place in March, the ministry said.",
     "hold the Peruvian president's state visit to Ghana", "2026-03"),
    ("Talks between the two trade ministers are to take place in Lima next month.",
     "hold talks between the two trade ministers in Lima", "2025-06"),
    ("The next session of the Ghana-Peru joint commission is to be held in Accra in October.",
     "hold the next session of the Ghana-Peru joint commission in Accra", "2025-10"),
    ("The memorandum is to be upgraded into a full agreement within two years, the minister said.",
     "upgrade the memorandum into a full agreement", "2027-05-05"),
    ("The air services agreement is to be signed in Lima in September.",
     "sign the air services agreement in Lima", "2025-09"),
    ("The second round of negotiations is to begin in Accra in July.",
     "begin in Accra", "2025-07"),  # worded as "will begin" is
])
def test_an_event_or_document_that_is_to_happen_is_a_promise(extractor: RulesExtractor, text: str,
                                                               action: str, due: str) -> None:
    assert promises(found_in(extractor, text)) == [(action, due)]


def test_a_visit_that_is_to_take_place_early_next_year_is_undated(extractor: RulesExtractor) -> None:
    found = found_in(extractor, "President Mahama's visit to Peru is to take place early next year.")
    assert [(c.action, c.deadline_text, c.deadline) for c in found.commitments] == [
        ("hold President Mahama's visit to Peru", "early next year", None)]


@pytest.mark.parametrize("text", [
    "The visit is to be seen as a sign of warming ties, analysts said in May.",
    "The agreement is to boost trade between the two countries by 2030.",
    "The memorandum is to be welcomed, the newspaper wrote on Monday.",
])
def test_what_an_event_or_document_is_to_mean_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


# ------------------------------------------------- a memorandum made into an agreement


def instruments(found: ArticleFacts) -> list[tuple[str, str, str | None]]:
    return [(i.type, i.subject, i.status) for i in found.instruments]


@pytest.mark.parametrize(("text", "typ", "subject"), [
    ("Ghana and Peru on Tuesday upgraded their memorandum of understanding on fisheries into a cooperation "
     "agreement.", "agreement", "fisheries"),
    ("Ghana and Peru elevated their 2023 memorandum of understanding on agriculture to a full-fledged "
     "agreement on Tuesday.", "agreement", "agriculture"),
    ("The two countries turned their 2022 MoU on energy into a binding agreement on Tuesday.",
     "agreement", "energy"),
    ("Ghana and Peru on Tuesday converted the memorandum of understanding on health into an "
     "intergovernmental agreement.", "agreement", "health"),
    ("The 2021 mining MoU between Ghana and Peru was upgraded to a treaty on Tuesday.", "treaty", "mining"),
])
def test_a_memorandum_made_into_an_agreement_gives_the_agreement_signed(extractor: RulesExtractor, text: str,
                                                                       typ: str, subject: str) -> None:
    assert instruments(found_in(extractor, text)) == [(typ, subject, "signed")]


@pytest.mark.parametrize("text", [
    "Ghana and Peru elevated their relations to a strategic partnership on Tuesday.",
    "Ghana and Peru raised bilateral trade to $500 million last year, the ministry said.",
])
def test_ties_or_trade_raised_make_no_document(extractor: RulesExtractor, text: str) -> None:
    assert instruments(found_in(extractor, text)) == []


def test_a_document_with_a_name_of_its_own_keeps_it(extractor: RulesExtractor) -> None:
    text = ("Ghana and Peru on Tuesday upgraded their memorandum of understanding on fisheries into a trade "
            "agreement.")
    assert instruments(found_in(extractor, text)) == [("agreement", "trade agreement", "signed")]


# ------------------------------------------------- a former plan told of an encounter that took place


@pytest.mark.parametrize("text", [
    "The summit, which had been scheduled for March, took place in Lima on Monday.",
    "The joint commission, which had been expected to meet in the first quarter, opened its session in Accra "
    "on Monday.",
    "The summit, scheduled for March, took place in Lima on Monday.",
    "The Ghana-Peru joint commission, which had been due to meet before the end of last year, finally "
    "convened in Accra on Monday.",
    "The joint commission, which was due to meet in December, met in Accra on Monday.",
])
def test_the_former_plan_of_an_encounter_held_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "due"), [
    ("The commission, which will meet again in June, met in Accra on Monday.", "2025-06"),
    ("The summit, which is scheduled for March, will take place in Lima.", "2026-03"),
])
def test_a_plan_still_ahead_in_a_clause_is_a_promise(extractor: RulesExtractor, text: str,
                                                     due: str) -> None:
    assert [d for _a, d in promises(found_in(extractor, text))] == [due]


@pytest.mark.parametrize("text", [
    "The Ghana-Peru joint commission, which had been due to meet before the end of last year, finally "
    "convened in Accra on Monday.",
    "The joint commission finally convened in Accra on Monday.",
    "The bilateral commission reconvened in Accra on Monday after a two-year break.",
    "The Ghana-Peru Joint Permanent Commission, set up in 2015 to oversee trade, convened in Accra on "
    "Monday.",
    "The joint commission, which the two presidents set up in 2015, convened in Accra on Monday.",
    "The joint commission, which was due to meet in December, met in Accra on Monday.",  # not December
])
def test_a_joint_commission_that_convened_is_a_session_that_day(extractor: RulesExtractor, text: str) -> None:
    sessions = [m for m in found_in(extractor, text).meetings if m.kind == "commission_session"]
    assert [(m.date, m.place) for m in sessions] == [("2025-05-05", "Accra")]


@pytest.mark.parametrize("text", [
    "The Ghana-Peru joint commission will convene in Lima in October.",
    "The joint commission has not convened since 2019, the minister said.",
])
def test_a_joint_commission_to_convene_or_not_convened_is_no_session(extractor: RulesExtractor,
                                                                     text: str) -> None:
    assert [m for m in found_in(extractor, text).meetings if m.kind == "commission_session"] == []


# ------------------------------------------------- chains


_VISIT = (" date 2031-11-20 \nKATHMANDU, Nov 20: Prime Minister KP Sharma Oli's official visit to Bangladesh "
          "is to take place early next year, the foreign minister told the National Assembly on Wednesday.\n")


@pytest.mark.parametrize("setback", [
    "Prime Minister KP Sharma Oli's planned visit to Bangladesh has been postponed due to the situation in "
    "Dhaka, officials said on Tuesday.",
    "Prime Minister KP Sharma Oli has put off his visit to Bangladesh because of the security situation, "
    "officials said on Tuesday.",
    "The Prime Minister's visit to Bangladesh has been postponed to a later date due to the situation there, "
    "the foreign ministry said.",
])
def test_a_visit_to_take_place_early_next_year_then_put_off_is_postponed(tmp_path: Path,
                                                                         setback: str) -> None:
    result = batch(tmp_path, _VISIT, f" date 2032-02-11 \n{setback}\n")
    assert status_of(result, "visit", date(2032, 5, 20)) == "postponed"


_MOU = (" date 2031-09-12 \nSantiago (VNA) - Viet Nam and Chile on September 11 signed a memorandum of "
        "understanding on cooperation in agriculture. The MoU is to be upgraded into an agreement within two "
        "years, the minister said.\n")


@pytest.mark.parametrize(("later", "as_of", "status"), [
    ("Chile and Viet Nam elevated their 2031 memorandum of understanding on agriculture to a full-fledged "
     "agreement on Tuesday, the ministry said.", date(2033, 9, 30), "fulfilled"),
    ("Chile and Viet Nam on Tuesday upgraded their memorandum of understanding on agriculture into an "
     "intergovernmental agreement.", date(2033, 9, 30), "fulfilled"),
])
def test_a_memorandum_to_be_upgraded_then_upgraded_keeps_the_promise(tmp_path: Path, later: str, as_of: date,
                                                                     status: str) -> None:
    result = batch(tmp_path, _MOU, f" date 2033-06-04 \n{later}\n")
    assert status_of(result, "upgrade", as_of) == status
    assert [link.relation for link in instrument_lifecycle(result.register)] == ["formalised as"]


def test_a_memorandum_to_be_upgraded_and_never_upgraded_is_overdue(tmp_path: Path) -> None:
    later = "Chile and Viet Nam discussed fruit exports and plant quarantine in Hanoi on Tuesday."
    result = batch(tmp_path, _MOU, f" date 2033-06-04 \n{later}\n")
    assert status_of(result, "upgrade", date(2033, 12, 30)) == "overdue"


# ------------------------------------------------- what a visit or meeting was for is no promise


@pytest.mark.parametrize("text", [
    "The tour, intended to strengthen the friendship between the two countries, was postponed to a later "
    "date.",
    "The visit, intended to deepen trade ties, was called off on Monday.",
    "The summit, intended to boost investment between the two countries, opened in Lima on Monday.",
    "The meeting, intended to prepare the state visit, took place in Accra on Monday.",
    "The trip, intended to open new markets for cocoa, was postponed on Monday.",
])
def test_the_aim_of_an_encounter_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "due"), [
    ("Ghana intends to open an embassy in Lima in September.", "2025-09"),
    ("The two sides intend to sign the agreement in June.", "2025-06"),
])
def test_an_intention_of_the_sides_is_still_a_promise(extractor: RulesExtractor, text: str, due: str) -> None:
    assert [d for _a, d in promises(found_in(extractor, text))] == [due]


# ------------------------------------------------- ANI's dateline: "New Delhi [India], Mar 9 (ANI): …"


@pytest.mark.parametrize(("line", "place", "day", "story"), [
    ("New Delhi [India], Mar 9 (ANI): Prime Minister Narendra Modi will visit Bangladesh in April.",
     "New Delhi", "Mar 9", "Prime Minister"),
    ("Kathmandu [Nepal], June 3 (ANI): Nepal and India signed a power deal.", "Kathmandu", "June 3",
     "Nepal and"),
    ("Islamabad [Pakistan], January 12 (ANI): Pakistan will send a delegation.", "Islamabad", "January 12",
     "Pakistan will"),
    ("Colombo [Sri Lanka], Feb 2 (ANI): The two sides agreed to meet again.", "Colombo", "Feb 2", "The two"),
    ("Male [Maldives], Aug 8 (ANI): President Mohamed Muizzu will visit India.", "Male", "Aug 8",
     "President"),
])
def test_an_ani_dateline_with_its_state_in_brackets_is_a_dateline(line: str, place: str, day: str,
                                                                  story: str) -> None:
    m = match_dateline(line)
    assert m is not None and (m.group("place"), m.group("day")) == (place, day)
    assert line[m.end():].startswith(story)


@pytest.mark.parametrize(("text", "actor"), [
    ("New Delhi [India], Mar 9 (ANI): Prime Minister Narendra Modi's visit to Bangladesh next week has been "
     "put off, the Ministry of External Affairs said on Monday.", "Prime Minister Narendra Modi"),
    ("Kathmandu [Nepal], June 3 (ANI): Prime Minister KP Sharma Oli's visit to Dhaka has been postponed, "
     "officials said on Monday.", "Prime Minister KP Sharma Oli"),
])
def test_an_ani_dateline_is_no_part_of_the_actor(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert [c.actor for c in facts(extractor, text).commitments] == [actor]


@pytest.mark.parametrize("text", [
    "The minister [of trade] will visit Bangladesh in April, officials said.",
    "New Delhi will host the talks [in April], officials said.",
])
def test_words_in_square_brackets_elsewhere_are_no_dateline(text: str) -> None:
    assert match_dateline(text) is None
