"""Commitment constructions for unseen text, round 8b (issue 9), proved on our own wording:
attitudes that undertake no deed, a lender's or agency's undertaking, a past relative clause's
time, a task handed beside an act, events prepared for a date, funds granted, and one side's works
at home.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


# ------------------------------------------------------------- attitudes, no deed


@pytest.mark.parametrize("text", [
    "The two leaders resolved to make that friendship stronger.",
    "Ghana pledged to make the partnership even closer.",
    "The two sides will make relations deeper and broader.",
    "Peru is ready to embrace it.",
    "Ghana will embrace the opportunity.",
    "Ghana is keen to engage with the region.",
    "Peru will engage more closely with Africa.",
    "Peru pledged to walk the talk on trade.",
    "Ghana will walk the talk to realize concrete collaboration with Peru.",
])
def test_an_attitude_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana will make a state visit to Peru in June.", "make a state visit"),
    ("The two ministers will engage in talks on a trade agreement next month.", "engage in talks"),
    ("Ghana will walk its delegation through the new port.", "walk its delegation"),
])
def test_deeds_with_the_same_verbs_are_undertakings(extractor: RulesExtractor, text: str,
                                                    expected: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(expected)


# ------------------------------------------------------------- a body of many states undertakes


@pytest.mark.parametrize("text", [
    "The IMF said it would lend Ghana $3 billion over three years.",
    "The World Bank will fund the bridge over the Volta.",
    "The African Development Bank pledged to finance a railway linking the two countries.",
    "The United Nations agreed to send observers to the border.",
    "The International Monetary Fund is expected to approve a new loan for Peru in July.",
    "UNICEF will supply vaccines to clinics in the north.",
])
def test_a_body_of_many_states_undertakes_for_neither_side(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Ghana and the World Bank agreed to build the bridge.", "Ghana"),
    ("Peru will fund the bridge with a loan from the World Bank.", "Peru"),
    ("Ghana will open an embassy in Lima.", "Ghana"),
])
def test_a_side_beside_a_body_still_undertakes(extractor: RulesExtractor, text: str, actor: str) -> None:
    found = found_in(extractor, text).commitments
    assert [c.actor for c in found] == [actor]


# ------------------------------------------------------------- a past relative clause's time


@pytest.mark.parametrize(("text", "deadline"), [
    ("The two sides will hold the joint commission, which last met in 2019, in September.", "2025-09"),
    ("Ghana will review the air services agreement, which was signed in 2018, by June.", "2025-06"),
    ("Peru will upgrade its consulate in Kumasi, which opened in March 2010, by the end of August.",
     "2025-08"),
    ("Peru will repair the road, which was built in 1990, by December.", "2025-12"),
    ("Ghana will modernise the airport, which was opened in 1998, with help from Peru.", None),
    ("Peru will rebuild the bridge, which collapsed in April, with Ghanaian engineers.", None),
])
def test_a_past_relative_clauses_time_is_no_deadline(extractor: RulesExtractor, text: str,
                                                     deadline: str | None) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1
    assert found[0].deadline == deadline
    if deadline is None:
        assert found[0].deadline_text is None


@pytest.mark.parametrize(("text", "deadline"), [
    ("The two sides will attend the forum, which will be held in November.", "2025-11"),
    ("The joint commission, which last met in 2011, will meet in Lima in September.", "2025-09"),
])
def test_a_time_still_ahead_or_the_acts_own_dates_it(extractor: RulesExtractor, text: str,
                                                     deadline: str) -> None:
    assert deadline in [c.deadline for c in found_in(extractor, text).commitments]


# ------------------------------------------------------------- a task handed beside an act


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders agreed to hold the next session of the joint commission in Lima and tasked their "
     "ministers to prepare a roadmap.", ["hold the next session", "prepare a roadmap"]),
    ("The leaders will hold a summit in Lima and tasked their ministers to prepare a trade agreement.",
     ["hold a summit", "prepare a trade agreement"]),
    ("Ghana and Peru agreed to set up a business council and mandated their trade ministers to negotiate "
     "an investment treaty.", ["set up a business council", "negotiate an investment treaty"]),
    ("Ghana will host the forum in June and has tasked its embassy to prepare the programme.",
     ["host the forum", "prepare the programme"]),
    ("The presidents agreed to launch a joint fund and instructed their finance ministers to draft its "
     "statutes.", ["launch a joint fund", "draft its statutes"]),
])
def test_a_task_handed_beside_an_act_is_an_undertaking_of_its_own(extractor: RulesExtractor, text: str,
                                                                  expected: list[str]) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == len(expected)
    assert all(a.startswith(e) for a, e in zip(found, expected, strict=True))


@pytest.mark.parametrize("text", [
    "The leaders agreed to hold talks and to prepare a roadmap.",
    "The leaders tasked their ministers to prepare and sign a roadmap.",
])
def test_acts_joined_under_one_cue_stay_one(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- events prepared for a date


@pytest.mark.parametrize(("text", "deadline_text"), [
    ("A summit is being prepared for November.", "for November"),
    ("A state visit by the Ghanaian president is being arranged for next year.", "next year"),
    ("The next round of talks is planned for early 2026.", "early 2026"),
    ("The joint commission's session is being prepared for later this year.", "later this year"),
    ("A meeting of the two trade ministers is being organised for July.", "for July"),
])
def test_an_event_prepared_for_a_date_is_an_undertaking(extractor: RulesExtractor, text: str,
                                                         deadline_text: str) -> None:
    found = found_in(extractor, text).commitments
    assert [c.deadline_text for c in found] == [deadline_text]


@pytest.mark.parametrize("text", [
    "A summit was organised for May.",
    "The visit is being prepared.",
    "A report is being prepared for the ministers.",
])
def test_a_preparation_without_a_date_ahead_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------------------- funds granted


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru announced a line of credit of $50 million for Ghana's railways.", "announce a line of credit"),
    ("Peru extended a $200 million line of credit for solar projects in Ghana.",
     "extend a $200 million line"),
    ("Ghana's president announced a concessional loan of $30 million for the port of Callao.",
     "announce a concessional loan"),
    ("The Peruvian government approved a grant of $5 million to Ghana for flood relief.", "approve a grant"),
    ("Peru unveiled new funding for student exchanges with Ghana.", "unveil new funding"),
    ("Ghana has extended a $15 million credit line to Peru.", "extend a $15 million credit line"),
])
def test_funds_granted_are_an_undertaking(extractor: RulesExtractor, text: str, expected: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(expected)


@pytest.mark.parametrize("text", [
    "Peru announced a loan agreement with Ghana.",
    "The World Bank approved a $300 million loan for Ghana.",
    "Ghana repaid the loan in March.",
    "Peru announced the results of the credit review.",
])
def test_other_objects_of_granting_verbs_are_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


def test_funds_announced_in_a_participle_are_its_clauses_undertaking(extractor: RulesExtractor) -> None:
    text = "Peru reaffirmed its commitment to rail links, announcing a $40 million loan for Ghana's railways."
    assert len(actions(found_in(extractor, text))) == 1


# ------------------------------------------------------------- one side's works at home


@pytest.mark.parametrize("text", [
    "Ghana will build 100 schools in the north.",
    "Peru will plant a million trees across the country.",
    "Ghana will hire 5,000 nurses nationwide.",
    "The Ghanaian government will upgrade roads in rural areas.",
    "Peru will expand electricity supply in its southern provinces.",
    "The ministry will train teachers throughout the country by 2027.",
])
def test_one_sides_works_at_home_are_its_own_affair(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana will open an embassy in Lima.", "open an embassy"),
    ("Peru will build 100 schools in northern Ghana.", "build 100 schools"),
    ("Ghana will build a hospital in the north with Peruvian funding.", "build a hospital"),
    ("Ghana and Peru will build a joint research centre in the north.", "build a joint research centre"),
    ("Peru will send doctors to clinics in the north.", "send doctors"),
])
def test_works_for_or_with_the_other_side_are_undertakings(extractor: RulesExtractor, text: str,
                                                           expected: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(expected)


# ------------------------------------------------------------- a start restated with another verb


@pytest.mark.parametrize(("text", "expected", "deadline"), [
    ("The two leaders agreed to launch negotiations on a free trade agreement. The negotiations will begin "
     "in March, officials said.", "launch negotiations", "2026-03"),
    ("Ghana and Peru decided to start talks on a double taxation treaty. The talks will commence in "
     "September.", "start talks", "2025-09"),
    ("Ghana and Peru agreed to start consultations on visa rules. The consultations will begin next month.",
     "start consultations", "2025-06"),
    ("Ghana and Peru will launch a dialogue on mining. The dialogue will begin in July, the ministry said.",
     "launch a dialogue", "2025-07"),
    ("The two governments pledged to begin talks on an air services agreement. The talks will be launched in "
     "October.", "begin talks", "2025-10"),
])
def test_a_start_restated_with_another_verb_is_one_undertaking(extractor: RulesExtractor, text: str,
                                                               expected: str, deadline: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 1
    assert found[0].action.startswith(expected) and found[0].deadline == deadline


@pytest.mark.parametrize("text", [
    "The two sides agreed to launch a joint fund for start-ups. Direct flights will begin in March.",
    "Ghana will start talks on a trade pact. Talks on a fisheries accord will begin in July.",
])
def test_starts_of_other_things_stay_apart(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 2
