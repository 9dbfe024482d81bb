"""Commitment constructions for unseen text, round 7 (issue 9), proved on our own wording:
undertakings by every frame, deadlines of every form, and the negatives that share their words.
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


def deadlines(found: ArticleFacts) -> list[tuple[str | None, str | None]]:
    return [(c.deadline_text, c.deadline) for c in found.commitments]


# ------------------------------------------------------------- a task handed to a body


@pytest.mark.parametrize(("text", "action", "actor"), [
    ("The presidents tasked the joint commission with drafting an action plan on energy.", "draft",
     "commission"),
    ("The ministers entrusted the joint committee with preparing a new trade plan by June.", "prepare",
     "committee"),
    ("The leaders mandated their envoys to negotiate a visa waiver.", "negotiate", "envoys"),
    ("The joint commission was tasked with reviewing the fishing quotas.", "review", "commission"),
    ("Ghana and Peru tasked a working group to study a direct shipping line.", "study", "group"),
])
def test_a_task_handed_to_a_body_is_its_undertaking(extractor: RulesExtractor, text: str, action: str,
                                                    actor: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].action.startswith(action)
    assert actor in (found[0].actor or "")


@pytest.mark.parametrize("text", [
    "The officials were tasked with many things in the past.",
    "Peru tasked nobody with anything.",
])
def test_a_task_without_an_act_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- a body opened


@pytest.mark.parametrize("text", [
    "The two countries will open a joint business council by the end of the year.",
    "Ghana and Peru would open a joint trade committee in Lima.",
    "Peru shall open a permanent commission on fisheries.",
    "Both sides will open a bilateral dialogue mechanism next month.",
    "The two chambers will open a joint council for exporters.",
])
def test_opening_a_standing_body_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith("open")


@pytest.mark.parametrize("text", [
    "The new rail line will open new markets for cocoa farmers.",
    "The accord would open doors for young traders.",
])
def test_opening_markets_or_doors_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- "is to", "are to"


@pytest.mark.parametrize(("text", "action"), [
    ("The two foreign ministers are to meet again in Geneva in September.", "meet"),
    ("Peru's president is to visit Accra in March.", "visit"),
    ("Ghana is to open a consulate in Lima next year.", "open"),
    ("The delegations are to sign a fisheries accord on Friday.", "sign"),
    ("President Mahama is to host his Peruvian counterpart in Kumasi.", "host"),
])
def test_an_actor_that_is_to_act_undertakes_it(extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "The problem is to find money for the port.",
    "Cocoa prices are to rise next year, traders say.",
])
def test_a_thing_that_is_to_happen_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- questions, denials, hopes


@pytest.mark.parametrize("text", [
    "Will Peru open an embassy in Accra?",
    "When will the two sides sign the fisheries accord?",
    "Would Ghana send troops to the mission?",
    "Shall the ministers meet again before the summit?",
    '"Will the two countries reopen the consulates soon?" a reporter asked.',
])
def test_a_question_undertakes_nothing(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Peru will open an embassy in Accra.",
    "The two sides will sign the fisheries accord in Lima.",
])
def test_the_statement_a_question_turns_round_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


@pytest.mark.parametrize("text", [
    "Peru denied that it would withdraw its ambassador from Accra.",
    "Ghana dismissed reports that it would close the border with Togo.",
    "Officials ruled out that Ghana would cut its cocoa exports to Peru.",
    "The ministry rejected claims that Peru would expel Ghanaian traders.",
    "Ghana firmly denied that it will recall its envoy.",
])
def test_what_is_denied_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Peru said that it would withdraw its ambassador from the talks on fishing.",
    "Ghana confirmed that it will send its envoy to Lima.",
])
def test_what_is_said_or_confirmed_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


@pytest.mark.parametrize("text", [
    "The President hoped that trade would double within five years.",
    "Peru hoped the port would open in May.",
    "The minister hoped that the two sides would sign the accord by June.",
    "Ghana is hoping that Peru will lift the ban on cocoa by March.",
    "The envoy hopes that the talks will resume within two weeks.",
])
def test_a_hope_with_a_date_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The President said that Ghana would double its cocoa purchases within five years.",
    "Peru pledged that its navy would escort Ghanaian ships in May.",
])
def test_a_pledge_with_a_date_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- a state's own politics


@pytest.mark.parametrize("text", [
    "Peru will hold general elections in November.",
    "Ghana would hold a referendum on the new constitution next year.",
    "The government will present the budget in June.",
    "Peru's president will call early elections.",
    "The finance ministry will announce the budget on Friday.",
])
def test_a_states_own_elections_and_budget_are_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Ghana will send observers to the elections in Peru.",
    "Peru will hold a business forum in Accra in November.",
])
def test_an_act_about_another_sides_vote_or_an_event_is_an_undertaking(extractor: RulesExtractor,
                                                                        text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- deadlines tied to an event


@pytest.mark.parametrize(("text", "words"), [
    ("Both sides shall exchange lists of priority projects before the next session of the joint commission.",
     "before the next session of the joint commission"),
    ("The two ministers will sign the pact ahead of the summit in Lima.", "ahead of the summit in Lima"),
    ("The leaders agreed to review the plan prior to the next meeting.", "prior to the next meeting"),
    ("Peru will send a trade mission to Accra on the occasion of the state visit.",
     "on the occasion of the state visit"),
    ("Ghana pledged to lift the ban on Peruvian fish during the visit.", "during the visit"),
])
def test_a_time_told_by_an_event_is_kept_in_words(extractor: RulesExtractor, text: str, words: str) -> None:
    found = found_in(extractor, text).commitments
    assert [(c.deadline_text, c.deadline) for c in found] == [(words, None)]
    assert words not in found[0].action


@pytest.mark.parametrize("text", [
    "Ghana will sign the pact at the embassy in Lima.",
    "Peru pledged to present the plan to the committee.",
])
def test_a_place_or_a_body_is_no_time(extractor: RulesExtractor, text: str) -> None:
    assert deadlines(found_in(extractor, text)) == [(None, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The two governments committed themselves to concluding the investment treaty in due course.",
     ("in due course", None)),
    ("Peru will host the third round of talks at a mutually convenient time.",
     ("at a mutually convenient time", None)),
    ("The parties intend to sign an accord on double taxation later this year.", ("later this year", None)),
    ("The leaders instructed their ministers to prepare a road map no later than March.",
     ("no later than March", "2026-03")),
    ("Ghana will send a trade delegation to Lima later this month.", ("later this month", "2025-05")),
])
def test_vague_and_bounded_deadlines(extractor: RulesExtractor, text: str,
                                     expected: tuple[str, str | None]) -> None:
    assert deadlines(found_in(extractor, text)) == [expected]


@pytest.mark.parametrize("text", ["It arrived later than planned.", "The course was due to start."])
def test_words_near_a_deadline_are_no_time(text: str) -> None:
    assert find_time_expressions(text, date(2025, 5, 6), future=True) == []


# ------------------------------------------------------------- principles beside the act


@pytest.mark.parametrize("text", [
    "The two leaders decided to further collaborate to maintain peace, stability and prosperity in the "
    "region.",
    "The two countries fully commit to strengthening the partnership based on values such as human rights.",
    "Peru will continue to work closely with Ghana on issues of common concern and uphold the peaceful "
    "settlement of disputes.",
    "Ghana and Peru agreed to cooperate to preserve peace along the coast.",
    "Both sides will coordinate to keep peace and stability in the region.",
])
def test_a_principle_beside_a_joint_act_leaves_the_act(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) >= 1


@pytest.mark.parametrize("text", [
    "The two sides agreed to uphold the peaceful settlement of disputes in the region.",
    "Both leaders pledged to respect the sovereignty and territorial integrity of Ukraine.",
])
def test_a_principle_as_the_act_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- offices, grounds, evaluations


@pytest.mark.parametrize("text", [
    "Next year, Peru will assume the chairmanship of the Pacific Alliance.",
    "Ghana will take over the rotating presidency of the bloc in July.",
    "Peru is to hold the chair of the forum next year.",
    "Ghana would assume the presidency of the council in January.",
    "In 2027, Peru will take the chairmanship of the group.",
])
def test_taking_up_an_office_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Ghana will support Peru's chairmanship of the Pacific Alliance.",
    "Peru will assume the cost of the new consulate in Accra.",
])
def test_supporting_a_chair_or_assuming_a_cost_is_an_undertaking(extractor: RulesExtractor,
                                                                  text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


@pytest.mark.parametrize("text", [
    "Building on their commitment to addressing the climate crisis, the two leaders announced a new "
    "partnership.",
    "In line with its pledge to cut emissions, Peru announced a new fund.",
    "Based on their decision to widen trade, the ministers announced a new office.",
    "Consistent with its commitment to opening markets, Ghana announced lower tariffs.",
    "Observers believe it is still a worthy undertaking for Ghana to continue its diplomacy.",
])
def test_an_undertaking_recalled_or_judged_is_none(extractor: RulesExtractor, text: str) -> None:
    found = actions(found_in(extractor, text))
    assert not any(a.startswith(("address", "cut", "widen", "open", "continue")) for a in found)


@pytest.mark.parametrize("text", [
    "The two leaders reaffirmed their commitment to opening consulates in Lima and Accra.",
    "Peru expressed its willingness to train Ghanaian diplomats.",
])
def test_an_undertaking_stated_is_kept(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- joint work going on


@pytest.mark.parametrize(("text", "deadline_text"), [
    ("Cooperation in the area of counter-terrorism will continue to deepen going forward.", "going forward"),
    ("Collaboration in health will intensify.", None),
    ("Coordination between the two coast guards will be strengthened.", None),
    ("Cooperation on fisheries will continue.", None),
    ("Collaboration between the universities will deepen in the coming years.", "in the coming years"),
])
def test_joint_work_going_on_is_the_pairs_undertaking(extractor: RulesExtractor, text: str,
                                                       deadline_text: str | None) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].actor == "Ghana and Peru"
    assert found[0].deadline_text == deadline_text


@pytest.mark.parametrize("text", [
    "Trade between the two countries will continue to grow.",
    "Tourism will continue to deepen its roots in the region.",
])
def test_things_that_go_on_are_forecasts(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "They pledged to work closely at multilateral forums.",
    "Ghana will present the plan at meetings of the bloc.",
])
def test_a_venue_of_many_events_is_no_time(extractor: RulesExtractor, text: str) -> None:
    assert deadlines(found_in(extractor, text)) == [(None, None)]


# ------------------------------------------------------------- names, courses, support got


@pytest.mark.parametrize("text", [
    "They will also attend the upcoming Peace Conference on Ukraine in Switzerland.",
    "Ghana will join the Human Rights Council next year.",
    "Peru will send a delegation to the Peace Forum in Paris.",
    "The two ministers will attend the International Law Commission session in Geneva.",
    "Ghana pledged to host the Sovereignty Summit of the bloc.",
])
def test_a_principles_word_in_a_name_is_no_principle(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


@pytest.mark.parametrize("text", [
    "Both leaders pledged to respect the sovereignty and territorial integrity of Ukraine.",
    "Peru and Ghana will support lasting peace in the Middle East.",
])
def test_a_principle_in_plain_words_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Further, Mr Mahama and his party have pledged to follow a non-aligned foreign policy.",
    "Peru will pursue an independent foreign policy.",
    "Ghana vowed to maintain its policy of neutrality.",
    "The new government will adopt a tougher policy on migration.",
    "Peru will continue its policy of open borders.",
])
def test_keeping_to_ones_own_policy_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Ghana and Peru agreed to pursue a common policy on fisheries.",
    "The two sides will adopt a joint policy on visas.",
])
def test_a_shared_policy_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


@pytest.mark.parametrize(("text", "actor"), [
    ("Peru got Ghanaian backing for a permanent seat on the council.", "Ghana"),
    ("Peru won Ghana's support for its bid to host the games.", "Ghana"),
    ("Ghana secured Peruvian support for its candidacy.", "Peru"),
    ("Peru obtained Ghana's endorsement for its membership of the bloc.", "Ghana"),
    ("Ghana gained Peruvian backing for its bid to join the council.", "Peru"),
])
def test_support_got_from_a_party_is_the_backers_undertaking(extractor: RulesExtractor, text: str,
                                                             actor: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].actor == actor


@pytest.mark.parametrize("text", [
    "Ghana got support for the new road from donors.",
    "Peru won praise for its bid to host the games.",
])
def test_support_for_a_thing_or_praise_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- a told clause, values, policies towards


@pytest.mark.parametrize(("text", "action"), [
    ("I assured the Peruvian leader that Ghana will not permit its territory to be used against Peru.",
     "not permit"),
    ("Mahama told reporters that Ghana would open a consulate in Lima.", "open"),
    ("The envoy assured the minister that Peru will send a delegation to Accra in June.", "send"),
    ("Quispe informed his host that Peru would lift the ban on Ghanaian cocoa.", "lift"),
    ("The president reassured the visitors that Ghana will double its purchases of Peruvian fish.", "double"),
])
def test_what_a_party_is_told_will_be_done_is_an_undertaking(extractor: RulesExtractor, text: str,
                                                             action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "The minister visited a port that Ghana will expand with its own money.",
    "Peru showed the delegation a factory that the company would close.",
])
def test_a_thing_described_by_a_relative_clause_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The two leaders underscored their commitment to democratic institutions and the rule of law.",
    "Ghana reaffirmed its commitment to multilateralism.",
    "Peru stressed its commitment to the principles of the charter.",
    "Both sides reiterated their commitment to democracy.",
    "The leaders expressed their commitment to shared values.",
])
def test_a_commitment_to_values_is_a_stance(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The two leaders reaffirmed their commitment to the early conclusion of the trade agreement.",
    "Ghana reaffirmed its commitment to opening a consulate in Lima.",
])
def test_a_commitment_to_an_act_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


@pytest.mark.parametrize("text", [
    "He said he was willing to continue his predecessor's friendly policies towards Peru.",
    "Ghana will pursue its policy of close cooperation with Peru.",
])
def test_a_policy_towards_the_other_side_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- topics for talks, acts under a document


@pytest.mark.parametrize(("text", "action"), [
    ("Direct flights between the two countries will also be on the agenda.", "discuss Direct flights"),
    ("Debt relief will be discussed in Lima.", "discuss debt relief"),
    ("The fishing quotas would be reviewed at the next round.", "review the fishing quotas"),
    ("Visa rules for traders will be examined by the two ministers.", "examine Visa rules"),
    ("Under the contract, the patrol boats will be built at a shipyard in Ghana.", "build the patrol boats"),
])
def test_a_topic_taken_up_or_an_act_under_a_document_is_the_sides(extractor: RulesExtractor, text: str,
                                                                   action: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].action.startswith(action)


@pytest.mark.parametrize("text", [
    "The issue is on the agenda.",
    "Trade will be boosted by the new port.",
])
def test_a_topic_now_or_a_forecast_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- named programmes, own anniversaries


@pytest.mark.parametrize(("text", "action"), [
    ("The Partnership will accelerate clean energy deployment in both countries.", "accelerate"),
    ("The Initiative will fund twenty joint projects in Ghana.", "fund"),
    ("The Council would train customs officers from both sides.", "train"),
    ("The Framework shall establish a joint fund for exporters.", "establish"),
    ("The Alliance will coordinate research on cocoa diseases.", "coordinate"),
])
def test_a_named_joint_programmes_act_is_the_sides(extractor: RulesExtractor, text: str, action: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].action.startswith(action) and found[0].actor == "Ghana and Peru"


@pytest.mark.parametrize("text", [
    "The partnership will boost trade.",
    "The programme will help farmers.",
])
def test_a_programmes_effect_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The Bandung conference will celebrate its 70th anniversary in 2025.",
    "The treaty will mark its 50th anniversary next year.",
    "The festival would celebrate its tenth anniversary in Lima.",
    "The university will commemorate its centenary anniversary in June.",
    "Next year the port will mark its 25th anniversary.",
])
def test_a_thing_marking_its_own_anniversary_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The two countries will celebrate the 50th anniversary of their relations next year.",
    "President Mahama will commemorate the anniversary of the birth of a Peruvian poet in Lima.",
])
def test_marking_an_anniversary_of_something_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- more deadline forms


@pytest.mark.parametrize(("text", "expected"), [
    ("in the second half of the year", ("in the second half of the year", "2025-12")),
    ("by the middle of the year", ("by the middle of the year", "2025-06")),
    ("over the coming months", ("over the coming months", None)),
    ("not later than March", ("not later than March", "2026-03")),
    ("by early 2027", ("by early 2027", "2027")),
])
def test_more_deadline_forms(text: str, expected: tuple[str, str | None]) -> None:
    found = find_time_expressions(text, date(2025, 5, 6), future=True)
    assert [(e.text, e.value) for e in found] == [expected]


@pytest.mark.parametrize("text", ["in the middle of the night", "half of the year's budget went to roads"])
def test_a_middle_or_half_that_is_no_period(text: str) -> None:
    assert [e for e in find_time_expressions(text, date(2025, 5, 6), future=True) if e.value] == []


# ------------------------------------------------------------- agreed to be done, done effects


@pytest.mark.parametrize(("text", "action"), [
    ("The ministers agreed that a joint technical committee would be established within three months.",
     "establish a joint technical committee"),
    ("Ghana and Peru decided that a hotline would be set up between their coast guards.", "set up a hotline"),
    ("The two sides agreed that the border post will be reopened by June.", "reopen the border post"),
    ("The leaders resolved that a fund for young exporters shall be created.", "create a fund"),
    ("Both sides concurred that the visa rules would be eased for traders.", "ease the visa rules"),
])
def test_what_the_sides_agreed_would_be_done_is_theirs(extractor: RulesExtractor, text: str,
                                                       action: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].action.startswith(action) and found[0].actor == "Ghana and Peru"


@pytest.mark.parametrize("text", [
    "The ministers noted that a new terminal would be built by a private firm.",
    "Analysts expect that the tariffs will be raised.",
])
def test_a_passive_noted_or_expected_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "It was also agreed to set up a hotline between the two foreign ministries.",
    "It was decided to open a joint trade office in Lima.",
    "It was agreed to hold the next session in Accra.",
    "It has been agreed to exchange lists of priority projects.",
    "It was resolved to launch a direct shipping line.",
])
def test_what_it_was_agreed_to_do_is_the_sides(extractor: RulesExtractor, text: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1 and found[0].actor == "Ghana and Peru"


@pytest.mark.parametrize("text", [
    "Ghana and Peru last year signed an accord on visa waivers which took effect in January.",
    "The treaty has taken effect since March.",
])
def test_a_document_that_took_effect_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The visa accord will take effect in June.",
    "The treaty is expected to take effect next month.",
])
def test_a_document_to_take_effect_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


def test_a_date_to_be_agreed_is_kept_in_words(extractor: RulesExtractor) -> None:
    words = "at a date to be agreed through diplomatic channels"
    text = f"The two sides agreed to hold the next round in Lima {words}."
    assert deadlines(found_in(extractor, text)) == [(words, None)]


# ------------------------------------------------------------- "whose" clauses


@pytest.mark.parametrize(("text", "action"), [
    ("The two countries plan to set up a commission whose first session will take place in Lima in May.",
     "hold the first session"),
    ("Ghana set up a council whose members will visit Lima next month.", "visit"),
    ("Peru appointed an envoy whose team will travel to Accra in June.", "travel"),
    ("The sides named a committee whose next meeting will be held in Accra in July.", "hold"),
    ("Ghana chose a delegation whose members will visit Peru in August.", "visit"),
])
def test_a_whose_clause_says_what_will_be_done(extractor: RulesExtractor, text: str, action: str) -> None:
    assert any(a.startswith(action) for a in actions(found_in(extractor, text)))


@pytest.mark.parametrize("text", [
    "The minister praised a firm whose profits will rise.",
    "They toured a port that Ghana will expand with its own money.",
])
def test_a_thing_described_is_still_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "During the meeting, President Mahama extended an invitation to President Quispe to visit Ghana.",
    "At the recent dialogue in Lima, both sides agreed to promote trade in cocoa.",
    "At last month's summit in Accra, Peru said it would open a trade office in Lima.",
])
def test_an_event_gone_by_or_of_the_agreeing_is_no_deadline(extractor: RulesExtractor, text: str) -> None:
    found = found_in(extractor, text).commitments
    assert found and all(c.deadline_text is None for c in found)
