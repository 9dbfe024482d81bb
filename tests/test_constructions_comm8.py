"""Commitment constructions for unseen text, round 8 (issue 9), proved on our own wording:
marked list items under a heading, decisions and bodies told in the passive, "look forward to"
an act on a document, forecasts of amounts, restated promises and more deadline forms.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from accord.normalize.dates import find_time_expressions
from tests.extract_support import actions, facts

_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


# ------------------------------------------------------------- marked list items under a heading


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides agreed on the following:\n- Expanding cooperation in renewable energy.\n"
     "- Establishing a joint working group on fisheries.", ["expand", "establish"]),
    ("The leaders decided as follows:\n1. Strengthening cooperation between customs authorities.\n"
     "2. Launching a youth exchange programme.\n3. Holding the next session of the joint commission in Lima.",
     ["strengthen", "launch", "hold"]),
    ("Ghana and Peru agreed on the following:\n(a) Setting up a business council.\n"
     "(b) Reviewing the air services agreement by June.", ["set up", "review"]),
    ("The ministers committed to these steps:\n  • Opening a direct shipping line between Tema and Callao.",
     ["open"]),
    ("The two sides agreed on the following:\n* Exchanging visits of senior officials.\n"
     "* Promoting investment in mining.", ["exchange", "promote"]),
])
def test_marked_list_items_under_a_heading_are_undertakings(extractor: RulesExtractor, text: str,
                                                           expected: list[str]) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == len(expected)
    assert all(a.startswith(e) for a, e in zip(found, expected, strict=True))


@pytest.mark.parametrize("text", [
    "The two sides noted the following achievements:\n- Expanding trade by 20 percent.\n"
    "- Opening a consulate in Lima.",
    "The ministers welcomed the following:\n1. Establishing a chamber of commerce in Accra.",
    "Key facts:\n- Growing trade between the two countries.\n- Rising cocoa prices.",
])
def test_list_items_under_a_heading_that_looks_back_are_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides agreed on the following:\n- The establishment of a joint working group on fisheries.",
     ["establishment"]),
    ("The leaders agreed on the following measures:\n1. Establishment of a direct air link by 2026.\n"
     "2. Exchange of trade missions every year.", ["establishment", "exchange"]),
    ("The ministers decided the following:\n- The construction of a cold store in Tema.", ["construction"]),
    ("Ghana and Peru committed to the following:\n(a) Provision of scholarships for engineers.",
     ["provision"]),
    ("The two sides agreed on the following:\n* The organisation of a trade fair in Lima.", ["organisation"]),
])
def test_marked_act_nouns_under_an_agreeing_heading_are_undertakings(extractor: RulesExtractor, text: str,
                                                                    expected: list[str]) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == len(expected)
    assert all(a.startswith(e) for a, e in zip(found, expected, strict=True))


@pytest.mark.parametrize("text", [
    "The two sides agreed on the following:\n- Cooperation in renewable energy.\n- Regular consultations.",
    "The two sides noted the following:\n- The establishment of a joint working group on fisheries.",
    "Highlights:\n- The construction of a cold store in Tema.",
])
def test_other_marked_nouns_are_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The two sides agreed on the following:\n",
    "The ministers agreed to the following steps:\n",
    "The leaders decided as follows:\n",
    "The leaders agreed on the following measures:\n",
])
def test_a_heading_that_points_at_its_list_is_no_act(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- decided or agreed in the passive


@pytest.mark.parametrize(("text", "noun"), [
    ("The transfer of two patrol boats to Peru has been decided.", "transfer"),
    ("The establishment of a joint business council was agreed at the meeting.", "establishment"),
    ("The provision of training for Ghanaian diplomats was agreed by the two ministers.", "provision"),
    ("Peru said support to enhance Ghana's coast guard will be strengthened, and the construction of a "
     "fishing port in Tema has been decided.", "construction"),
    ("Further assistance to cocoa farmers has been agreed, the minister said.", "assistance"),
])
def test_an_act_decided_in_the_passive_is_an_undertaking(extractor: RulesExtractor, text: str,
                                                         noun: str) -> None:
    found = found_in(extractor, text).commitments
    assert any(noun in c.action for c in found)
    assert all(set((c.actor or "").split(" and ")) == {"Ghana", "Peru"} for c in found)


@pytest.mark.parametrize("text", [
    "The resolution was agreed by all members.",
    "The date of the visit has not been decided.",
])
def test_a_text_or_an_undecided_act_in_the_passive_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- a body set up in the passive


@pytest.mark.parametrize(("text", "action", "when"), [
    ("A joint working group will be set up by June.", "set up a joint working group", "2025-06"),
    ("A joint task force on cybercrime will be established next month.", "establish a joint task force",
     "2025-06"),
    ("An embassy will be opened in Lima before the end of the year.", "open an embassy", "2025-12"),
    ("The fund will be launched in the second half of 2026.", "launch the fund", None),  # a window
    ("A hotline will be created between the two defence ministries.", "create a hotline", None),
])
def test_a_body_set_up_in_the_passive_is_an_undertaking(extractor: RulesExtractor, text: str, action: str,
                                                        when: str | None) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].action.startswith(action)
    assert found[0].deadline == when and set((found[0].actor or "").split(" and ")) == {"Ghana", "Peru"}


@pytest.mark.parametrize("text", [
    "New factories will be opened in the region.",
    "The committee was established in 2019.",
])
def test_other_things_opened_or_a_body_set_up_before_are_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- one promise restated


@pytest.mark.parametrize(("text", "when"), [
    ("The two countries agreed to set up a joint working group on fisheries. The working group will be set "
     "up by June, the minister said.", "2025-06"),
    ("The leaders agreed to hold the next joint commission in Lima. The next session of the joint "
     "commission will be held in Lima in October.", "2025-10"),
    ("Peru pledged to open a trade office in Accra. Peru will open the trade office in Accra by September.",
     "2025-09"),
    ("The two sides agreed to sign a visa waiver agreement. The visa waiver agreement will be signed "
     "before the end of the year.", "2025-12"),
    ("Ghana will host a business forum for Peruvian investors. Ghana will host the business forum for "
     "investors in July, officials said.", "2025-07"),
])
def test_a_restated_promise_is_one_with_the_restatements_deadline(extractor: RulesExtractor, text: str,
                                                                  when: str) -> None:
    found = found_in(extractor, text).commitments
    assert [c.deadline for c in found] == [when]


# ------------------------------------------------------------- look forward to an act on a document


@pytest.mark.parametrize(("text", "action"), [
    ("Both sides looked forward to the early conclusion of the investment treaty.", "conclusion"),
    ("The two ministers look forward to the implementation of the memorandum on fisheries.",
     "implementation"),
    ("Ghana looks forward to the signing of the air services agreement in June.", "signing"),
    ("The leaders looked forward to the convening of the joint commission in Lima next year.", "convening"),
    ("Peru is looking forward to the ratification of the tax treaty by its parliament.", "ratification"),
])
def test_looking_forward_to_an_act_on_a_document_is_an_undertaking(extractor: RulesExtractor, text: str,
                                                                   action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "Ghana looks forward to the growth of bilateral trade.",
    "The minister looked forward to the support of the people.",
    "The two sides look forward to the visit.",
])
def test_looking_forward_to_other_things_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- amounts that change by themselves


@pytest.mark.parametrize("text", [
    "Trade between the two countries will likely double by 2030.",
    "Exports of cocoa to Peru will triple over the next five years.",
    "Bilateral investment will exceed $2 billion next year, the minister said.",
    "Cocoa exports to Peru will quadruple by 2030.",
    "The number of weekly flights will climb to 20 next year.",
])
def test_an_amount_changing_by_itself_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Ghana will double its purchases of Peruvian fertiliser.",
    "The two governments will triple the number of scholarships for students.",
])
def test_a_party_changing_an_amount_undertakes_it(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- deadlines


@pytest.mark.parametrize(("text", "words", "value"), [
    ("will meet again in the weeks ahead", "in the weeks ahead", None),
    ("will sign it in the next few months", "in the next few months", None),
    ("will work together in the years to come", "in the years to come", None),
    ("will double trade by the end of the decade", "by the end of the decade", None),
    ("will open the office before the year is out", "before the year is out", "2025-12"),
    ("will finish the study in the latter half of 2026", "in the latter half of 2026", "2026-12"),
    ("will name the envoys by the time the month is over", "by the time the month is over", "2025-05"),
])
def test_more_deadline_forms(text: str, words: str, value: str | None) -> None:
    found = find_time_expressions(text, date(2025, 5, 6), future=True)
    assert [(e.text, e.value) for e in found] == [(words, value)]


@pytest.mark.parametrize("text", [
    "a few weeks ago the ministers met",
    "the outcome of the talks is out of their hands",
])
def test_words_like_those_deadlines_are_none(text: str) -> None:
    assert find_time_expressions(text, date(2025, 5, 6), future=True) == []


# ------------------------------------------------------------- a coming event welcomed


@pytest.mark.parametrize(("text", "action"), [
    ("The two ministers welcomed next month's trade mission to Lima, which will bring 40 business leaders.",
     "mission to Lima"),
    ("Both sides welcomed the forthcoming session of the joint commission in Lima in September.", "session"),
    ("The leaders welcomed the upcoming round of consultations in Accra.", "round"),
    ("Peru welcomed the proposed summit of the two presidents in Lima.", "summit"),
    ("Ghana and Peru welcomed next week's business forum in Accra.", "forum"),
])
def test_a_coming_event_welcomed_is_an_undertaking(extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "The ministers welcomed last month's trade mission to Lima.",
    "Both sides welcomed the successful session of the joint commission in Lima.",
    "The two sides did not welcome the proposed summit.",
])
def test_an_event_welcomed_that_is_not_coming_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- striving now for a document or meeting


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana is pushing to reach a visa-free travel deal with Peru.", "reach"),
    ("Peru is seeking to conclude a trade agreement with Ghana by December.", "conclude"),
    ("The two countries are working to finalise an air services agreement before the summit.", "finalise"),
    ("Ghana seeks to sign a memorandum on mining with Peru.", "sign"),
    ("Both governments are striving to hold a summit in Lima next year.", "hold"),
])
def test_striving_now_for_a_document_or_meeting_is_an_undertaking(extractor: RulesExtractor, text: str,
                                                                  action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "Ghana sought to conclude a trade agreement with Peru in 2019.",
    "Peru works to promote tourism in the Andes.",
    "The ministry is working to improve its own services.",
])
def test_striving_in_the_past_or_for_other_ends_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- trips under way


@pytest.mark.parametrize("text", [
    "Mr Wang's visit was due to end on Monday.",
    "The president's tour is set to end in Lima on Friday.",
    "The minister's stay in Lima will end on Thursday.",
])
def test_a_trips_own_end_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The two sides will work together to build a fishing port in Tema.",
    "Ghana and Peru agreed to end visa requirements for diplomats by June.",
])
def test_joint_work_or_ending_a_rule_is_one(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- one side's undertaking to the other


@pytest.mark.parametrize(("text", "action"), [
    ("Peru will help Ghana build a cocoa processing plant in Kumasi.",
     "help Ghana build a cocoa processing plant in Kumasi"),
    ("Ghana would help Peru set up a gold refinery.", "help Peru set up a gold refinery"),
    ("Ghana indicated its willingness to supply Peru with gold for its reserves.", "supply Peru with gold"),
    ("Peru indicated its readiness to train Ghanaian customs officers.", "train Ghanaian customs officers"),
    ("Japan will help Peru restore the old railway to Cusco.", "help Peru restore the old railway"),
])
def test_one_sides_help_or_readiness_is_an_undertaking_in_full(extractor: RulesExtractor, text: str,
                                                               action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "The new port will help Ghana export more cocoa.",
    "Peru's economy is expected to grow by 3 percent next year.",
])
def test_a_thing_that_helps_or_an_economy_that_grows_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- conditions and denials besides "if" and "not"


@pytest.mark.parametrize("text", [
    "The two sides would sign the deal provided that parliament approves it.",
    "Peru will open an embassy in Accra as long as funding is available.",
    "Ghana will lift the ban on condition that Peru lifts its own.",
    "Should talks succeed, the two countries will sign a free trade agreement next year.",
    "In case the talks fail, Ghana would seek arbitration.",
    "Neither side will reopen its embassy before the election.",
])
def test_an_act_on_a_condition_or_denied_by_its_subject_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Ghana will supply cocoa to Peru for as long as ten years.",
    "Peru will provide the vessels, as agreed in March.",
    "The two countries will hold talks on the case of the detained fishermen.",
    "Ghana will lift the ban on Peruvian beef imports.",
    "In the event, the ministers agreed to meet again in June.",
])
def test_words_of_conditions_without_one_leave_the_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- when it was said is no deadline


@pytest.mark.parametrize("text", [
    "The two sides agreed on Monday to open a consulate in Kumasi.",
    "On Monday the two sides agreed to open a consulate in Kumasi.",
    "Ghana pledged on Sunday to send 20 experts to Lima.",
    "Peru decided on May 2 to lift the ban on Ghanaian cocoa.",
    "The ministers agreed yesterday to set up a joint business council.",
])
def test_an_undertaking_made_in_the_reports_days_is_one_with_no_deadline(extractor: RulesExtractor,
                                                                         text: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].deadline_text is None


@pytest.mark.parametrize("text", [
    "In 2022, the two sides agreed to open a consulate in Kumasi.",
    "The two sides agreed in March 2024 to open a consulate in Kumasi.",
])
def test_an_undertaking_made_long_before_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "words", "when"), [
    ("In March 2025, the two sides reaffirmed their commitment to building a joint seed bank.", None, None),
    ("In March 2026, the two sides will open a consulate in Kumasi.", "In March 2026", "2026-03"),
    ("By June, Ghana will send 20 experts to Lima.", "By June", "2025-06"),
])
def test_a_time_before_the_act_is_its_deadline_unless_gone_by(extractor: RulesExtractor, text: str,
                                                             words: str | None, when: str | None) -> None:
    found = found_in(extractor, text).commitments
    assert [(c.deadline_text, c.deadline) for c in found] == [(words, when)]


@pytest.mark.parametrize(("text", "when"), [
    ("On Wednesday, Mahama is scheduled to meet Boluarte in Lima.", "2025-05-07"),
    ("On Friday, the minister is expected to visit the port of Callao.", "2025-05-09"),
])
def test_the_day_of_a_schedule_is_its_acts_deadline(extractor: RulesExtractor, text: str, when: str) -> None:
    assert [c.deadline for c in found_in(extractor, text).commitments] == [when]
