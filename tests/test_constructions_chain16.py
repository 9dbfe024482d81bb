"""Follow-through over chains nobody tuned on (round 16, chain16): a visit promised over a span of days
("from June 10 to 12") then called off when it was "due to begin on Tuesday", and a numbered commission
session promised in one city and held, as that session, in another, and a part of the goods promised handed
over ("delivered the fifth and last of the vessels that Japan pledged"), told by a third party, and a
memorandum that lapsed ("was allowed to expire", "let the MoU lapse"). Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.extract.rules import RulesExtractor
from accord.implementation import Implementations, Source, reports_of
from accord.implementation.cues import cues_in
from accord.settings import DEFAULT_MODEL
from tests.extract_support import facts
from tests.test_follow import batch, status_of

# ------------------------------------------------- a visit over a span of days, called off on its eve


@pytest.mark.parametrize(("promise", "setback"), [
    (" date 2031-05-21 \nCOLOMBO - Maldivian President Ahmed Rasheed will pay a state visit to Sri Lanka "
     "from June 10 to 12, the President's Media Division announced on Wednesday.\n",
     " date 2031-06-09 \nMALE - President Ahmed Rasheed's state visit to Sri Lanka, due to begin on Tuesday, "
     "was called off at the last minute, his office said on Monday.\n"),
    (" date 2031-03-02 \nACCRA - Norway's Prime Minister Ola Nordmann will visit Ghana from 24 to 26 March, "
     "the foreign ministry said on Sunday.\n",
     " date 2031-03-21 \nOSLO - Prime Minister Ola Nordmann's visit to Ghana, which was due to start on "
     "Monday, has been cancelled, his office said on Friday.\n"),
    (" date 2031-08-04 \nLIMA - Bolivian Foreign Minister Rosa Quispe will visit Peru from August 18 to "
     "20 for talks on the border, the ministry said on Monday.\n",
     " date 2031-08-15 \nLA PAZ - Bolivian Foreign Minister Rosa Quispe's trip to Peru, set to begin on "
     "Monday, was called off on Friday because of the protests.\n"),
    (" date 2031-09-29 \nHANOI - Chilean President Marta Soto will pay an official visit to Viet Nam from "
     "October 14 to 16, the Vietnamese foreign ministry said on Monday.\n",
     " date 2031-10-11 \nSANTIAGO - President Marta Soto's visit to Viet Nam, scheduled to begin on Tuesday, "
     "has been cancelled, the presidency said on Saturday.\n"),
    (" date 2031-10-20 \nTASHKENT - Kazakh President Arman Serikov will pay a state visit to Uzbekistan from "
     "October 31 to November 2, the press service said on Monday.\n",
     " date 2031-10-29 \nASTANA - President Arman Serikov's state visit to Uzbekistan, due to begin on "
     "Friday, was called off at the last minute, the Akorda said on Wednesday.\n"),
])
def test_a_visit_over_days_called_off_on_its_eve_is_cancelled(tmp_path: Path, promise: str,
                                                              setback: str) -> None:
    result = batch(tmp_path, promise, setback)
    assert status_of(result, "visit", date(2032, 3, 1)) == "cancelled"


@pytest.mark.parametrize("setback", [
    # a visit due another week is another visit
    " date 2031-06-02 \nMALE - President Ahmed Rasheed's visit to Sri Lanka, due to begin on Tuesday, was "
    "called off at the last minute, his office said on Monday.\n",
    # a trip of someone else, on the same day
    " date 2031-06-09 \nMALE - Foreign Minister Fathimath Shiham's visit to Sri Lanka, due to begin on "
    "Tuesday, was called off, the ministry said on Monday.\n",
])
def test_a_visit_called_off_on_another_day_or_of_another_person_is_not_the_promised_one(
        tmp_path: Path, setback: str) -> None:
    promise = (" date 2031-05-21 \nCOLOMBO - Maldivian President Ahmed Rasheed will pay a state visit to Sri "
               "Lanka from June 10 to 12, the President's Media Division announced on Wednesday.\n")
    result = batch(tmp_path, promise, setback)
    assert status_of(result, "state visit", date(2032, 3, 1)) == "overdue"


# ------------------------------------------------- a numbered session held in another city


@pytest.mark.parametrize(("promise", "held"), [
    (" date 2031-05-21 \nCOLOMBO - The fourth session of the Sri Lanka-Maldives Joint Commission will be "
     "held in Colombo in August, the foreign minister said on Wednesday.\n",
     " date 2031-08-19 \nMALE - The fourth session of the Maldives-Sri Lanka Joint Commission was held in "
     "Male on Monday, co-chaired by the two foreign ministers.\n"),
    (" date 2031-02-10 \nACCRA - Ghana and Norway will hold the sixth session of their joint commission in "
     "Accra in May, the ministry said on Monday.\n",
     " date 2031-05-13 \nOSLO - The sixth session of the Ghana-Norway Joint Commission opened in Oslo on "
     "Monday, the Norwegian foreign ministry said.\n"),
    (" date 2031-03-03 \nLIMA - The third meeting of the Peru-Bolivia Joint Commission will take place in "
     "Cusco in June, Foreign Minister Rosa Quispe said on Monday.\n",
     " date 2031-06-17 \nLA PAZ - Bolivia and Peru held the third meeting of their Joint Commission in La "
     "Paz on Monday, moved from Cusco at Peru's request.\n"),
    (" date 2031-07-07 \nTASHKENT - The 12th session of the Uzbekistan-Kazakhstan intergovernmental "
     "commission will be held in Samarkand in October, the ministry said on Monday.\n",
     " date 2031-10-14 \nASTANA - The 12th session of the Kazakhstan-Uzbekistan intergovernmental "
     "commission was held in Astana on Monday, chaired by the two deputy prime ministers.\n"),
    (" date 2031-01-13 \nHANOI - Viet Nam and Chile will convene the fifth session of their joint commission "
     "in Hanoi in April, the ministry said on Monday.\n",
     " date 2031-04-15 \nSANTIAGO - The fifth session of the Chile-Viet Nam Joint Commission took place in "
     "Santiago on Monday.\n"),
])
def test_a_numbered_session_held_in_another_city_keeps_the_promise(tmp_path: Path, promise: str,
                                                                    held: str) -> None:
    result = batch(tmp_path, promise, held)
    assert status_of(result, "ommission", date(2031, 12, 31)) == "fulfilled"


@pytest.mark.parametrize("held", [
    # another sitting of the body, elsewhere
    " date 2031-08-19 \nMALE - The fifth session of the Maldives-Sri Lanka Joint Commission was held in Male "
    "on Monday, co-chaired by the two foreign ministers.\n",
    # no number told: where it sat is all that tells which it was
    " date 2031-08-19 \nMALE - The Maldives-Sri Lanka Joint Commission met in Male on Monday, co-chaired by "
    "the two foreign ministers.\n",
])
def test_another_or_unnumbered_session_elsewhere_does_not_keep_it(tmp_path: Path, held: str) -> None:
    promise = (" date 2031-05-21 \nCOLOMBO - The fourth session of the Sri Lanka-Maldives Joint Commission "
               "will be held in Colombo in August, the foreign minister said on Wednesday.\n")
    result = batch(tmp_path, promise, held)
    assert status_of(result, "ommission", date(2031, 12, 31)) == "overdue"


# ------------------------------------------------- a part of a whole handed over


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(DEFAULT_MODEL)


def done(extractor: RulesExtractor, text: str) -> list[str]:
    lead = "Japan and the Philippines held talks on maritime cooperation, the foreign ministry said.\n"
    return [c.action for c in facts(extractor, text, lead=lead).commitments if c.change == "done"]


@pytest.mark.parametrize(("text", "action"), [
    ("The shipyard said on Tuesday it had delivered the fifth and last of the patrol vessels that Japan "
     "pledged to the Philippines.", "deliver patrol vessels"),
    ("Brazil delivered the last of the four helicopters to Angola on Monday.", "deliver helicopters"),
    ("The builder handed over the remaining three of the patrol vessels on Friday, the embassy said.",
     "deliver patrol vessels"),
    ("The first two of the six aircraft were delivered to the Kenyan air force on Tuesday.",
     "deliver aircraft"),
    ("The rest of the loan was disbursed on Monday, the finance ministry said.", "disburse loan"),
])
def test_a_part_of_what_was_promised_handed_over_is_done(extractor: RulesExtractor, text: str,
                                                         action: str) -> None:
    assert done(extractor, text) == [action]


@pytest.mark.parametrize("text", [
    "The minister delivered the last of his three lectures in Manila on Monday.",
    "The fifth of the vessels will be delivered next year, the shipyard said.",
])
def test_a_part_of_no_goods_or_not_yet_handed_over_is_not_done(extractor: RulesExtractor, text: str) -> None:
    assert done(extractor, text) == []


def test_a_pledge_of_vessels_met_early_as_a_builder_reports_is_fulfilled(tmp_path: Path) -> None:
    promise = (" date 2031-07-08 \nMANILA - Japan will hand over five more patrol vessels to the Philippine "
               "Coast Guard by the end of 2033, the Japanese ambassador said on Tuesday.\n")
    report = (" date 2032-05-11 \nTOKYO - A Japanese shipyard said on Tuesday it had delivered the fifth and "
              "last of the patrol vessels that Japan pledged to the Philippines, well ahead of schedule, the "
              "embassy in Manila said. The ambassador will attend the handover ceremony.\n")
    result = batch(tmp_path, promise, report)
    assert status_of(result, "vessels", date(2032, 9, 30)) == "fulfilled"


# ------------------------------------------------- a memorandum that lapsed


@pytest.mark.parametrize("sentence", [
    "The memorandum of understanding on higher education that the two countries signed in 2022 was allowed "
    "to expire last month.",
    "The fisheries MoU lapsed on June 30 without being renewed, officials said.",
    "The two governments let their memorandum on rice trade lapse in March.",
    "The agreement on air services, signed in 2015 for ten years, has expired, the ministry said.",
    "Officials allowed the MoU on tourism to expire quietly at the end of the year.",
])
def test_a_document_that_ran_out_is_a_lapse(sentence: str) -> None:
    assert "lapse" in {c.kind for c in cues_in(sentence)}


@pytest.mark.parametrize("sentence", [
    "The MoU on tourism will lapse in March unless the two sides renew it.",
    "The two ministers agreed not to let the memorandum on fisheries lapse.",
])
def test_a_document_that_may_run_out_is_no_lapse(sentence: str) -> None:
    assert "lapse" not in {c.kind for c in cues_in(sentence)}


def test_a_lapsed_memorandum_is_expired_and_its_stage_ended(tmp_path: Path) -> None:
    signed = (" date 2031-02-15 \nDHAKA - Malaysia and Bangladesh signed a memorandum of understanding on "
              "cooperation in higher education in Dhaka on Monday, the ministry said.\n")
    lapsed = (" date 2033-03-04 \nDHAKA - The memorandum of understanding on higher education that "
              "Bangladesh and Malaysia signed in 2031 was allowed to expire last month, a ministry official "
              "said.\n")
    result = batch(tmp_path, signed, lapsed)
    # the signing and the end are two steps of one document's life, linked (round 20: chain20)
    records = [r for r in result.register.records.values() if r.kind == "instruments"]
    record, ended = sorted(records, key=lambda r: str(r.fields["stage"]) == "terminated")
    assert (record.fields["stage"], ended.fields["stage"]) == ("signed", "terminated")
    assert [link.relation for link in record.links] == ["terminated"]
    found = Implementations(records, reports_of([Source(a, False, frozenset({"BD-MY"}))
                                                 for a in (f.article for f in result.facts)]))
    judged = found.of(record, date(2033, 6, 1))
    assert judged is not None and judged.state == "expired"
