"""Commitments, round 13 (issue 9): works to be finished told in the passive ("the bridge will be
completed by 2027"), and a plan told with "could/may/might" and its earliest time ("could sign it as early
as next month"). All sentences are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.test_follow import batch, status_of

# Published Tuesday 6 May 2025; the talks were on Monday 5 May.
_LEAD = "Kenya and Norway held talks in Nairobi on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def promises(found: ArticleFacts) -> list[tuple[str, str | None]]:
    return [(c.action, c.deadline) for c in found.commitments if c.change is None]


# ------------------------------------------------- works to be finished, told in the passive


@pytest.mark.parametrize(("text", "action", "due"), [
    ("The upgrade of the Mombasa port will be completed by the end of next year.",
     "complete the upgrade of the Mombasa port", "2026-12"),
    ("The work on the new terminal would be finished by December, the minister said.",
     "finish the work on the new terminal", "2025-12"),
    ("The first phase of the pipeline will be finished by the end of the year, officials said.",
     "finish the first phase of the pipeline", "2025-12"),
    ("The dam would be finished within six months, according to the energy minister.",
     "finish the dam", "2025-11-05"),
    ("The road linking the two capitals will be built within three years, the president said.",
     "build the road linking the two capitals", "2028-05-05"),
    ("The new hospital will be handed over to the county government in March.",
     "hand over the new hospital to the county government", "2026-03"),
    ("The water treatment plant is to be commissioned in October.",
     "commission the water treatment plant", "2025-10"),
])
def test_works_finished_in_the_passive_by_a_date_are_a_promise(extractor: RulesExtractor, text: str,
                                                                action: str, due: str) -> None:
    assert promises(found_in(extractor, text)) == [(action, due)]


@pytest.mark.parametrize("text", [
    "The upgrade of the Mombasa port will be completed, officials said.",  # no date: a forecast
    "The bridge will be used by trucks carrying tea to the port by the end of the year.",
    "The first phase of the pipeline was completed in March.",
    "The road is expected to be very busy by December.",
])
def test_works_undated_used_or_done_are_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


# ------------------------------------------------- "could/may/might" with the act's earliest time


@pytest.mark.parametrize(("text", "action", "due"), [
    ("Kenya could sign the agreement with Norway as early as next month.",
     "sign the agreement with Norway", "2025-06"),
    ("The two sides may conclude the talks as early as June, a diplomat said.",
     "conclude the talks", "2025-06"),
    ("The president might visit Oslo as early as October, officials said.", "visit Oslo", "2025-10"),
    ("The president may travel to Oslo as soon as next week, his spokesman said.", "travel to Oslo",
     "2025-05-18"),
    ("Direct flights between Nairobi and Oslo may resume as early as September.",
     "resume direct flights between Nairobi and Oslo", "2025-09"),
    ("The agreement could be signed as early as next week.", "sign the agreement", "2025-05-18"),
])
def test_a_chance_with_its_earliest_time_is_a_promise(extractor: RulesExtractor, text: str, action: str,
                                                      due: str) -> None:
    assert promises(found_in(extractor, text)) == [(action, due)]


@pytest.mark.parametrize("text", [
    "Kenya could sign the agreement with Norway as soon as possible.",  # no time
    "Kenya might benefit from the deal as early as next year.",  # a forecast
    "Trade between the two countries could double as early as 2027.",
    "Kenya could not sign the agreement as early as June because of the elections.",
    "Kenya could sign the agreement with Norway next month.",  # a chance, no earliest time
])
def test_a_chance_without_an_earliest_time_or_act_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


# ------------------------------------------------- works reported finished (evidence for the promise)


def done(found: ArticleFacts) -> list[str]:
    return [c.action for c in found.commitments if c.change == "done"]


@pytest.mark.parametrize(("text", "action"), [
    ("The upgrade of the Kisumu port was completed on Wednesday, two months late.",
     "complete upgrade of the Kisumu port"),
    ("The first phase of the railway was finished in March.", "complete first phase of the railway"),
    ("The construction of the bridge was completed last week.", "complete construction of the bridge"),
    ("Work on the new terminal has been finished, the ministry said.", "complete Work on the new terminal"),
    ("The Chinese contractor completed the water plant in January.", "complete water plant"),
])
def test_works_or_their_stage_reported_finished(extractor: RulesExtractor, text: str, action: str) -> None:
    assert done(found_in(extractor, text)) == [action]


@pytest.mark.parametrize("text", [
    "The report on the port was completed on Wednesday.",
    "The upgrade of the port will be completed by September.",
])
def test_no_works_or_not_yet_finished_is_no_report(extractor: RulesExtractor, text: str) -> None:
    assert done(found_in(extractor, text)) == []


# ------------------------------------------------- money given as a package, and the day it was given


@pytest.mark.parametrize(("text", "actor", "action"), [
    ("Modi announced a special economic package of 500 million dollars for Kenya.", "Modi",
     "announce a special economic package of 500 million dollars for Kenya"),
    ("Norway unveiled a 200 million dollar aid package for Kenya.", "Norway",
     "unveil a 200 million dollar aid package for Kenya"),
    ("The Norwegian government approved a financial package of 40 million dollars for Kenyan farmers.",
     "Norway",
     "approve a financial package of 40 million dollars for Kenyan farmers"),
    ("Norway will extend a relief package to the flood-hit counties of western Kenya.", "Norway",
     "extend a relief package to the flood-hit counties of western Kenya"),
    ("Japan announced an assistance package of 3 billion yen for Kenyan health clinics.", "Japan",
     "announce an assistance package of 3 billion yen for Kenyan health clinics"),
])
def test_a_money_package_given_is_a_promise(extractor: RulesExtractor, text: str, actor: str,
                                            action: str) -> None:
    assert [(c.actor, c.action) for c in found_in(extractor, text).commitments] == [(actor, action)]


@pytest.mark.parametrize("text", [
    "Norway announced a package of measures to support Kenyan exporters.",
    "The two sides discussed a package of reforms for the port.",
])
def test_a_package_of_measures_is_no_money_given(extractor: RulesExtractor, text: str) -> None:
    assert found_in(extractor, text).commitments == []


@pytest.mark.parametrize(("text", "due"), [
    ("Norway announced a grant of 20 million dollars for Kenyan schools on Monday.", None),
    ("Norway extended a 300 million dollar credit line to Kenya on Monday.", None),
    ("On Friday, Norway approved a loan of 40 million dollars for Kenyan roads.", None),
    ("Norway unveiled a 200 million dollar aid package for Kenya on Monday.", None),
    ("Norway will extend a credit line of 300 million dollars to Kenya in July.", "2025-07"),
    ("Norway will announce a grant for Kenyan schools on Monday.", "2025-05-12"),
])
def test_the_day_money_was_granted_is_no_deadline(extractor: RulesExtractor, text: str,
                                                  due: str | None) -> None:
    assert [c.deadline for c in found_in(extractor, text).commitments] == [due]


# ------------------------------------------------- a standing body's sitting put off in one sentence


@pytest.mark.parametrize(("text", "action", "due"), [
    ("The joint commission, due to meet in July, will now meet in October.", "joint commission", "2025-10"),
    ("The joint committee will now meet in September instead of June.", "joint committee", "2025-09"),
    ("The business council will instead meet in Mombasa in November, the ministry said.", "business council",
     "2025-11"),
    ("The joint trade committee, which was scheduled to meet in June, will now convene in August.",
     "joint trade committee", "2025-08"),
    ("Officials said the joint permanent commission would now meet early next year.",
     "joint permanent commission", None),
])
def test_a_body_that_will_now_meet_later_is_put_off(extractor: RulesExtractor, text: str, action: str,
                                                     due: str | None) -> None:
    assert [(c.action, c.deadline, c.change) for c in found_in(extractor, text).commitments] == [
        (action, due, "postponed")]


@pytest.mark.parametrize("text", [
    "The joint commission will meet again in October.",
    "The two foreign ministers will now meet in Oslo in August.",
])
def test_a_sitting_not_moved_or_no_body_is_no_postponement(extractor: RulesExtractor, text: str) -> None:
    assert [c.change for c in found_in(extractor, text).commitments] == [None]


# ------------------------------------------------- chains: a promise, then its report (follow-through)

_PORT = (" date 2031-03-10 \nKISUMU - The upgrade of the Kisumu port will be completed by the end of "
         "September, Kenya's transport minister said on Monday after talks with Norway's development "
         "minister.\n")
_BODY = (" date 2031-02-04 \nNAIROBI - Kenya and Norway agreed on Tuesday to revive their joint commission, "
         "which will meet in Oslo in June, the foreign ministry said.\n")


@pytest.mark.parametrize(("report", "status"), [
    (" date 2031-11-20 \nKISUMU - The upgrade of the Kisumu port was completed on Wednesday, two months "
     "late, Kenya's transport ministry said. Norway's ambassador attended.\n", "fulfilled_late"),
    (" date 2031-09-12 \nKISUMU - Work on the Kisumu port upgrade has been finished, the Kenyan transport "
     "ministry said on Friday. Norway's ambassador attended.\n", "fulfilled"),
    (" date 2031-11-20 \nKISUMU - The Kisumu port upgrade was not finished in time, officials said. "
     "Norway paid for it.\n", "overdue"),
])
def test_works_promised_in_the_passive_are_followed_through(tmp_path: Path, report: str, status: str) -> None:
    assert status_of(batch(tmp_path, _PORT, report), "upgrade", date(2031, 12, 31)) == status


@pytest.mark.parametrize("setback", [
    "The Kenya-Norway joint commission, due to meet in Oslo in June, will now meet in September, the "
    "foreign ministry said on Tuesday.",
    "The joint commission of Kenya and Norway will now meet in September instead of June, officials said.",
])
def test_a_body_due_to_meet_that_will_now_meet_later_puts_its_promise_off(tmp_path: Path,
                                                                          setback: str) -> None:
    result = batch(tmp_path, _BODY, f" date 2031-05-20 \n{setback}\n")
    assert status_of(result, "meet", date(2031, 6, 20)) == "postponed"


# ------------------------------------------------- a dispute to be settled by a date is a task


@pytest.mark.parametrize(("text", "action", "due"), [
    ("Kenya promised to resolve the tax dispute within 90 days.", "resolve the tax dispute", "2025-08-03"),
    ("The two sides agreed to settle the fishing dispute by the end of the year.",
     "settle the fishing dispute", "2025-12"),
    ("Norway and Kenya will resolve the visa dispute before the summit in September.",
     "resolve the visa dispute before the summit", "2025-09"),
    ("Norway pledged to end its dispute with Kenyan flower exporters by June.",
     "end its dispute with Kenyan flower exporters", "2025-06"),
    ("The trade ministers will settle the remaining tariff disputes within six months, the statement said.",
     "settle the remaining tariff disputes", "2025-11-05"),
])
def test_a_dispute_settled_by_a_date_is_a_promise(extractor: RulesExtractor, text: str, action: str,
                                                  due: str) -> None:
    assert promises(found_in(extractor, text)) == [(action, due)]


@pytest.mark.parametrize("text", [
    "The ministers pledged to resolve their trade disputes through dialogue.",
    "Both sides agreed to settle disputes peacefully.",
    "The two countries will resolve the border dispute in accordance with international law.",
])
def test_a_dispute_settled_by_principle_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []
