"""Follow-through over chains nobody tuned on (round 11, chain11): a postponement with no time to come,
a body that promised to meet at a set interval, a facility inaugurated under a longer name, a deadline
told by a term running out, and a signing that "slipped". Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from accord.extract.rules import RulesExtractor
from accord.nlp import load_pipeline
from accord.settings import DEFAULT_MODEL
from tests.extract_support import facts
from tests.test_follow import batch, status_of


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


# --- a visit "postponed indefinitely" and never held is called off ------------------------------------

VISIT = (" date 2031-09-02 \nISLAMABAD - Malaysian Prime Minister Anwar Ibrahim will pay an official visit "
         "to Pakistan in the coming weeks, the Foreign Office said on Tuesday.\n")


@pytest.mark.parametrize("setback", [
    "Anwar Ibrahim's official visit to Pakistan has been postponed indefinitely, his office said on Monday.",
    "The Malaysian prime minister's visit to Pakistan was postponed sine die, officials said on Wednesday.",
    "Anwar's visit to Pakistan has been put off until further notice, the Prime Minister's Office said.",
    "The official visit of Anwar Ibrahim to Pakistan has been postponed with no new date, Putrajaya said.",
    "Officials in Putrajaya said on Wednesday that Anwar's trip to Pakistan had been postponed indefinitely.",
])
def test_a_visit_postponed_indefinitely_is_cancelled(tmp_path: Path, setback: str) -> None:
    result = batch(tmp_path, VISIT, f" date 2031-09-24 \n{setback}\n")
    assert status_of(result, "visit", date(2032, 1, 20)) == "cancelled"


def test_a_visit_postponed_to_a_new_month_is_not_cancelled(tmp_path: Path) -> None:
    result = batch(tmp_path, VISIT, " date 2031-09-24 \nAnwar Ibrahim's official visit to Pakistan has been "
                                    "postponed to December, his office said on Wednesday.\n")
    assert status_of(result, "visit", date(2031, 10, 20)) == "postponed"


def test_a_visit_postponed_indefinitely_then_made_is_kept(tmp_path: Path) -> None:
    result = batch(tmp_path, VISIT, " date 2031-09-24 \nAnwar Ibrahim's official visit to Pakistan has been "
                                    "postponed indefinitely, his office said.\n",
                   " date 2032-02-10 \nMalaysian Prime Minister Anwar Ibrahim arrived in Islamabad on "
                   "Tuesday "
                   "on an official visit to Pakistan.\n")
    assert status_of(result, "visit", date(2032, 5, 1)) in ("fulfilled", "fulfilled_late")


# --- a commission that promised to meet at a set interval is due one interval on -------------------------

SESSION = (" date 2032-07-19 \nGABORONE - The sixth session of the Botswana-Zambia Joint Permanent "
           "Commission opened in Gaborone on Friday, co-chaired by the two foreign ministers.\n")


@pytest.mark.parametrize("promise", [
    "The fifth session of the Zambia-Botswana Joint Permanent Commission ended in Lusaka on Thursday, with "
    "the two countries agreeing that the commission will meet annually.",
    "Zambia and Botswana agreed on Thursday that their Joint Permanent Commission will meet every year.",
    "Botswana and Zambia said on Thursday the joint commission would meet once a year, alternating between "
    "Gaborone and Lusaka.",
    "The Zambia-Botswana Joint Permanent Commission, which closed in Lusaka on Thursday, will meet yearly, "
    "the two ministers said.",
    "Ministers of Zambia and Botswana agreed on Thursday that the joint commission shall meet annually.",
])
def test_a_sitting_fourteen_months_after_a_promise_to_meet_annually_is_late(tmp_path: Path,
                                                                             promise: str) -> None:
    result = batch(tmp_path, f" date 2031-05-15 \nLUSAKA - {promise}\n", SESSION)
    assert status_of(result, "meet", date(2032, 11, 1)) == "fulfilled_late"


def test_a_promise_to_meet_annually_with_no_sitting_is_overdue_after_a_year(tmp_path: Path) -> None:
    result = batch(tmp_path, " date 2031-05-15 \nZambia and Botswana agreed on Thursday that their Joint "
                             "Permanent Commission will meet every year.\n")
    assert status_of(result, "meet", date(2031, 12, 1)) == "no_deadline"
    assert status_of(result, "meet", date(2032, 11, 1)) == "overdue"


def test_a_sitting_within_the_year_keeps_a_promise_to_meet_annually(tmp_path: Path) -> None:
    result = batch(tmp_path, " date 2031-05-15 \nZambia and Botswana agreed on Thursday that their Joint "
                             "Permanent Commission will meet every year.\n",
                   SESSION.replace("2032-07-19", "2032-03-19"))
    assert status_of(result, "meet", date(2032, 11, 1)) == "fulfilled"


# --- a consulate promised, then "its consulate general" inaugurated ------------------------------------

@pytest.mark.parametrize("done", [
    "External Affairs Minister S. Jaishankar on Monday inaugurated India's consulate general in Brisbane.",
    "India inaugurated its consulate general in Brisbane on Monday, the ministry said.",
    "India's new consulate general in Brisbane was inaugurated on Monday by the foreign minister.",
    "India opened its consulate general in Brisbane on Monday, the fourth Indian mission in Australia.",
    "The Indian consulate-general in Brisbane was inaugurated by the minister on Monday.",
])
def test_a_consulate_general_inaugurated_keeps_a_promise_to_open_a_consulate(tmp_path: Path,
                                                                             done: str) -> None:
    promise = (" date 2031-03-10 \nNEW DELHI - India will open a consulate in Brisbane by the end of the "
               "year, the foreign minister said on Sunday in Canberra.\n")
    later = f" date 2031-11-17 \n{done} It is India's fourth mission in Australia.\n"
    result = batch(tmp_path, promise, later)
    assert status_of(result, "consulate", date(2032, 3, 1)) == "fulfilled"


@pytest.mark.parametrize("text", [
    "The consul general in Brisbane met the Queensland premier on Monday.",
    "India inaugurated a trade exhibition in Brisbane on Monday.",
])
def test_no_facility_is_reported_done_without_a_facility_noun(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text).commitments if c.change == "done"]


# --- a deadline told by the term of a document running out ----------------------------------------------

@pytest.mark.parametrize(("text", "deadline"), [
    ("Nepal and India will renew the memorandum on power trade before it expires in March, the minister "
     "said on Monday.", "2026-03"),
    ("The two countries will extend the fisheries agreement before it lapses in June, officials said.",
     "2026-06"),
    ("Chile and Peru will sign a new air services deal before the current one expires at the end of April.",
     "2026-04"),
    ("Kenya and Uganda agreed to renegotiate the transit accord before it runs out in September.", "2026-09"),
    ("Ghana will renew its gas supply contract with Nigeria before the contract expires in July 2026.",
     "2026-07"),
])
def test_a_term_running_out_gives_the_deadline(extractor: RulesExtractor, text: str, deadline: str) -> None:
    found = [c for c in facts(extractor, text, published=date(2025, 12, 1)).commitments if not c.change]
    assert [c.deadline for c in found] == [deadline]


@pytest.mark.parametrize("text", [
    "Lee will meet Zhao on Tuesday before flying to Shanghai in March.",
    "The minister will visit Ghana before he travels to Togo in March.",
])
def test_another_act_after_before_does_not_give_the_deadline(extractor: RulesExtractor, text: str) -> None:
    found = [c for c in facts(extractor, text, published=date(2025, 12, 1)).commitments if not c.change]
    assert found and all(c.deadline != "2026-03" for c in found)


# --- a signing that "slipped" is not a signing ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The signing of the gas pipeline agreement between Nigeria and Morocco, first announced for April, "
    "has slipped.",
    "The signing of the Chile-Peru air services agreement has slipped to July.",
    "Signing of the Kenya-Uganda transit accord slipped again this week.",
    "The signing of the trade agreement between Ghana and Togo has slipped to next year.",
    "The signing of the Vietnam-Laos border treaty, planned for May, slipped to the autumn.",
])
def test_a_signing_that_slipped_is_not_signed(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert found and all(i.status != "signed" for i in found)


@pytest.mark.parametrize("text", [
    "Nigeria and Morocco signed the gas pipeline agreement in Rabat on Thursday.",
    "The signing of the Chile-Peru air services agreement took place in Lima on Monday.",
])
def test_a_signing_held_is_still_signed(extractor: RulesExtractor, text: str) -> None:
    assert any(i.status == "signed" for i in facts(extractor, text).instruments)


# --- a document's later stage named without its amount or with its parties --------------------------------

def _linked(result: object, first: str, later: str) -> bool:
    records = [r for r in result.register.records.values() if r.kind == "instruments"]  # type: ignore[attr-defined]
    a = [r for r in records if first in r.fields["subject"]]
    b = [r for r in records if later in r.fields["subject"] and r not in a]
    return any(ln.source == x.id and ln.target == y.id for x in a for y in b for ln in x.links)


@pytest.mark.parametrize(("signed", "later", "first", "second"), [
    ("South Korea and Uzbekistan signed a loan agreement worth 100 million dollars for a children's "
     "hospital in Tashkent on Tuesday.",
     "The loan agreement between Uzbekistan and South Korea for the Tashkent children's hospital entered "
     "into force on Monday.", "worth", "between"),
    ("South Korea and Ghana signed a loan agreement worth 60 million dollars for a teaching hospital in "
     "Kumasi on Friday.",
     "The loan agreement between Ghana and South Korea for the Kumasi teaching hospital entered into force "
     "on Monday.", "worth", "between"),
    ("Kuwait and Jordan signed a grant agreement worth 40 million dollars for a water plant in Zarqa on "
     "Sunday.",
     "The grant agreement between Jordan and Kuwait for the Zarqa water plant entered into force on Monday.",
     "worth", "between"),
    ("Saudi Arabia and Pakistan signed a loan agreement worth 300 million dollars for a dam in Mohmand on "
     "Monday.",
     "The loan agreement between Pakistan and Saudi Arabia for the Mohmand dam entered into force on "
     "Thursday.", "worth", "between"),
    ("India and Nepal signed a loan agreement worth 75 million dollars for a maternity hospital in Pokhara "
     "on Monday.",
     "The loan agreement between Nepal and India for the Pokhara maternity hospital entered into force on "
     "Friday.", "worth", "between"),
])
def test_a_document_named_with_its_amount_then_its_parties_is_one_life(tmp_path: Path, signed: str,
                                                                       later: str, first: str,
                                                                       second: str) -> None:
    result = batch(tmp_path, f" date 2031-03-11 \n{signed}\n", f" date 2031-07-21 \n{later}\n")
    assert _linked(result, first, second)


@pytest.mark.parametrize("later", [
    "The loan agreement between Uzbekistan and South Korea for the Samarkand ring road entered into force "
    "on Monday.",
    "The loan agreement between Uzbekistan and South Korea on vocational schools in Bukhara entered into "
    "force on Monday.",
])
def test_another_loan_of_the_pair_is_not_the_same_document(tmp_path: Path, later: str) -> None:
    signed = ("South Korea and Uzbekistan signed a loan agreement worth 100 million dollars for a children's "
              "hospital in Tashkent on Tuesday.")
    result = batch(tmp_path, f" date 2031-03-11 \n{signed}\n", f" date 2031-07-21 \n{later}\n")
    assert not _linked(result, "worth", "between")


# --- "will lead a delegation to X": a journey promised, kept by the delegation's arrival ----------------

@pytest.mark.parametrize(("text", "action"), [
    ("Angola's Minister of Economy and Planning, Mário Caetano João, will lead a business delegation to "
     "Brazil in July, he said on Monday.", "lead a business delegation to Brazil"),
    ("Ghana's trade minister Elizabeth Ofosu-Adjare will lead a trade mission to Vietnam next month.",
     "lead a trade mission to Vietnam"),
    ("Kenyan Foreign Minister Musalia Mudavadi is to lead a delegation to Ethiopia in March.",
     "lead a delegation to Ethiopia"),
    ("Peru's foreign minister will lead a high-level delegation to Indonesia in the coming weeks.",
     "lead a high-level delegation to Indonesia"),
    ("The Vietnamese Minister of Industry and Trade Nguyen Hong Dien will lead an economic mission to "
     "Chile in October, the ministry said.", "lead an economic mission to Chile"),
])
def test_leading_a_delegation_somewhere_is_a_promise(extractor: RulesExtractor, text: str,
                                                     action: str) -> None:
    assert [c.action for c in facts(extractor, text).commitments if not c.change] == [action]


@pytest.mark.parametrize("text", [
    "The new port between Ghana and Togo will lead to more trade, the minister said.",
    "Kenya's reforms will lead the region in attracting investment from Ethiopia.",
])
def test_leading_to_a_result_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text).commitments if not c.change]


LEAD = (" date 2031-04-07 \nLUANDA - Angola's Minister of Economy and Planning, Mário Caetano João, will "
        "lead a business delegation to Brazil in July, he said on Monday.\n")


@pytest.mark.parametrize("arrived", [
    "A delegation of 40 Angolan business people led by Minister Mário Caetano João arrived in São Paulo on "
    "Tuesday for talks with Brazilian firms.",
    "Angolan minister Mário Caetano João arrived in São Paulo on Tuesday at the head of a business "
    "delegation, for a week of meetings with Brazilian companies.",
    "Mário Caetano João, Angola's Minister of Economic Planning and Investment, arrived in Campinas on "
    "Tuesday with 40 Angolan business people for meetings with Brazilian firms.",
    "Angola's Mário Caetano João arrived in Porto Alegre on Tuesday on a visit to Brazil's south.",
    "A business mission led by Angolan minister Mário Caetano João arrived in Belo Horizonte on Tuesday, "
    "its first stop in Brazil.",
])
def test_the_promised_persons_visit_to_an_unplaced_city_keeps_it(tmp_path: Path, arrived: str) -> None:
    result = batch(tmp_path, LEAD, f" date 2031-07-15 \n{arrived}\n")
    assert status_of(result, "delegation", date(2031, 11, 1)) == "fulfilled"


def test_another_persons_visit_to_an_unplaced_city_does_not_keep_it(tmp_path: Path) -> None:
    other = (" date 2031-07-15 \nAngolan Minister of Agriculture Isaac dos Anjos arrived in São Paulo on "
             "Tuesday for talks with Brazilian firms.\n")
    result = batch(tmp_path, LEAD, other)
    assert status_of(result, "delegation", date(2031, 11, 1)) == "overdue"
