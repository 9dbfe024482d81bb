"""Commitment constructions for unseen text, round 10 (issue 9), proved on our own wording: an encounter
told in the present tense and dated ahead.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts, Commitment
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

# Published Tuesday 6 May 2025; the talks were on Monday 5 May.
_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def only(extractor: RulesExtractor, text: str) -> Commitment:
    found = found_in(extractor, text).commitments
    assert len(found) == 1, [c.action for c in found]
    return found[0]


# ------------------------------------------------- a present tense dated ahead


@pytest.mark.parametrize(("text", "act", "deadline"), [
    ("Foreign Minister Elmer Schialer flies on to Santiago, where he meets President Gabriel Boric "
     "tomorrow.", "meet President Gabriel Boric", None),
    ("The joint commission meets in Lima in September.", "meet in Lima", "2025-09"),
    ("Mahama visits Lima next week.", "visit Lima", None),
    ("The two trade ministers sign the fisheries protocol in July, officials said.",
     "sign the fisheries protocol", "2025-07"),
    ("Peru hosts the next round of the political consultations in October.",
     "host the next round of the political consultations", "2025-10"),
    ("Both foreign ministers attend the cocoa fair in Kumasi in June.", "attend the cocoa fair in Kumasi",
     "2025-06"),
])
def test_a_present_tense_dated_ahead_is_a_plan(extractor: RulesExtractor, text: str, act: str,
                                                deadline: str | None) -> None:
    found = only(extractor, text)
    assert found.action.startswith(act)
    if deadline is not None:
        assert found.deadline == deadline
    assert found.deadline_text is not None


def test_a_standing_body_meeting_ahead_is_the_two_sides(extractor: RulesExtractor) -> None:
    assert only(extractor, "The joint commission meets in Lima in September.").actor == "Ghana and Peru"


@pytest.mark.parametrize("text", [
    "The joint commission meets twice a year.",                       # a habit, no date
    "Mahama meets business leaders in Kumasi.",                       # no date at all
    "Mahama and Boluarte attend the welcome ceremony in Accra on Monday.",  # a caption: the day gone by
    "Mahama meets business leaders every Friday.",                   # a habit
    "The commission met in Lima in March.",                           # past
])
def test_a_present_tense_without_a_date_ahead_is_no_plan(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- an event's own clause dates the act tied to it


def _tied(found: ArticleFacts, act: str) -> Commitment:
    return next(c for c in found.commitments if c.action.startswith(act))


@pytest.mark.parametrize(("text", "act", "deadline"), [
    ("The presidents directed their ministers to cut port fees within 90 days and to report back at the "
     "next session of the joint commission, which Lima will host in September.", "report back", "2025-09"),
    ("The ministers will present the road map at the business forum, which opens in Kumasi in July.",
     "present the road map", "2025-07"),
    ("Peru promised to table its offer at the next round of talks, which is to be held in Accra in "
     "October.", "table its offer", "2025-10"),
    ("Both sides agreed to review the cocoa quota at the next meeting of the trade committee, which "
     "takes place in Lima in August.", "review the cocoa quota", "2025-08"),
    ("Ghana will announce the new visa rules during the state visit, which Boluarte will pay in "
     "November.", "announce the new visa rules", "2025-11"),
])
def test_an_events_own_clause_dates_the_act_tied_to_it(extractor: RulesExtractor, text: str, act: str,
                                                        deadline: str) -> None:
    found = _tied(found_in(extractor, text), act)
    assert found.deadline == deadline
    assert found.evidence.text.endswith(found.deadline_text or "")


def test_the_neighbours_own_deadline_stays_its_own(extractor: RulesExtractor) -> None:
    found = found_in(extractor, "The presidents directed their ministers to cut port fees within 90 days and "
                                "to report back at the next session of the joint commission, which Lima will "
                                "host in September.")
    assert _tied(found, "cut port fees").deadline_text == "within 90 days"


@pytest.mark.parametrize("text", [
    "The ministers will meet at the joint commission, which last met in Lima in 2019.",
    "The ministers will meet at the summit, which was postponed in March.",
])
def test_a_past_clause_on_the_event_dates_nothing(extractor: RulesExtractor, text: str) -> None:
    assert only(extractor, text).deadline is None


# ------------------------------------------------- a list of promises with marks of its own


@pytest.mark.parametrize(("text", "items"), [
    ("The two sides agreed: (a) to raise trade to $2 billion; (b) to open a trade office in Kumasi; (c) to "
     "hold the next joint commission in Lima.",
     ["raise trade to $2 billion", "open a trade office in Kumasi",
      "hold the next joint commission in Lima"]),
    ("The leaders also decided (i) to launch talks on a free trade agreement, (ii) to expand student "
     "exchanges and (iii) to set up a working group on critical minerals.",
     ["launch talks on a free trade agreement", "expand student exchanges",
      "set up a working group on critical minerals"]),
    ("Ghana undertook a) to buy 50,000 tonnes of Peruvian fishmeal, b) to train Peruvian cocoa farmers.",
     ["buy 50,000 tonnes of Peruvian fishmeal", "train Peruvian cocoa farmers"]),
    ("The ministers resolved (1) to simplify visa rules for traders and (2) to study a direct air link.",
     ["simplify visa rules for traders", "study a direct air link"]),
    ("Peru pledged [a] to lift the ban on Ghanaian shea butter; [b] to send a trade mission to Accra.",
     ["lift the ban on Ghanaian shea butter", "send a trade mission to Accra"]),
])
def test_each_marked_item_is_a_promise_of_its_own(extractor: RulesExtractor, text: str,
                                                  items: list[str]) -> None:
    assert sorted(actions(found_in(extractor, text))) == sorted(items)


@pytest.mark.parametrize(("text", "items"), [
    # no marks: one list, one promise (the corpus convention)
    ("The two sides agreed to deepen cooperation in agriculture, promote investment and facilitate visas.",
     1),
    # a bracketed aside that is no list mark
    ("Ghana pledged to train 300 (three hundred) Peruvian engineers.", 1),
])
def test_an_unmarked_list_stays_one_promise(extractor: RulesExtractor, text: str, items: int) -> None:
    assert len(actions(found_in(extractor, text))) == items


# ------------------------------------------------- a party bidding its own people act


@pytest.mark.parametrize(("text", "act", "actor"), [
    ('"We have asked our teams to finish work on a tax convention before the end of the year," Mahama said.',
     "finish work on a tax convention", "Ghana and Peru"),
    ("The two presidents asked their trade ministers to draft a cocoa road map by September.",
     "draft a cocoa road map", "Ghana and Peru"),
    ("The two leaders asked their foreign ministries to conclude the visa talks at the earliest.",
     "conclude the visa talks", "Ghana and Peru"),
    ("Mahama ordered his officials to prepare a plan for the Lima consulate by July.",
     "prepare a plan for the Lima consulate", "Mahama"),
    ("Peru has charged its negotiators to close the fisheries chapter within two months.",
     "close the fisheries chapter", "Peru"),
    ("The ministers urged their agencies to speed up the shea butter licences.",
     "speed up the shea butter licences", "Ghana and Peru"),
])
def test_a_party_bidding_its_own_people_act_undertakes_it(extractor: RulesExtractor, text: str, act: str,
                                                          actor: str) -> None:
    found = only(extractor, text)
    assert found.action.startswith(act)
    assert actor in (found.actor or "")


@pytest.mark.parametrize("text", [
    "Ghana asked Peru to lift the ban on Ghanaian shea butter.",        # a request to the other side
    "Peru urged its citizens to avoid the border region.",              # the public, not its people
    "The minister asked reporters to wait for the statement.",
])
def test_bidding_someone_else_undertakes_nothing(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- a treaty's capitalised "Parties" act


@pytest.mark.parametrize(("text", "act"), [
    ("The Parties shall exchange information on plant health within thirty days of a request.",
     "exchange information on plant health"),
    ("Under the draft, the Parties shall notify each other of new sanitary rules within 60 days.",
     "notify each other of new sanitary rules"),
    ("The two Parties shall review the quota within six months of the entry into force.",
     "review the quota"),
    ("The Contracting Parties shall exchange lists of experts within 90 days.", "exchange lists of experts"),
    ("The Parties shall designate contact points within one month of signature.", "designate contact points"),
])
def test_a_treatys_capitalised_parties_are_the_two_sides(extractor: RulesExtractor, text: str,
                                                         act: str) -> None:
    found = only(extractor, text)
    assert found.action.startswith(act)
    assert found.actor == "Ghana and Peru"


@pytest.mark.parametrize("text", [
    "The Rules shall apply within thirty days of a request.",           # no party
    "The Provisions shall cease to have effect in 2030.",
])
def test_a_capitalised_plural_thing_is_no_party(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- a briefing's question turn


def _briefing(question: str, answer: str) -> str:
    return f"Q: {question}\nA: {answer}\n"


@pytest.mark.parametrize(("question", "answer", "act"), [
    ("There are reports that the Ghana-Peru working group will meet soon. Can you confirm?",
     "The working group will meet in Lima in June.", "meet in Lima"),
    ("Media say Peru will open a consulate in Kumasi. Is that true?",
     "Peru will open a consulate in Kumasi before the end of the year.", "open a consulate in Kumasi"),
    ("Will the two sides sign the fisheries deal during the visit?",
     "The two sides will sign it in Accra next week.", "sign it in Accra"),
    ("It is reported that Ghana plans to buy Peruvian fishmeal. Your comment?",
     "Ghana will buy 20,000 tonnes of fishmeal by March.", "buy 20,000 tonnes of fishmeal"),
    ("Reporters were told the ministers would hold talks on Friday. Any details?",
     "The ministers will hold talks in Lima on 20 May.", "hold talks in Lima"),
])
def test_only_the_answer_of_a_briefing_undertakes(extractor: RulesExtractor, question: str, answer: str,
                                                  act: str) -> None:
    found = only(extractor, _briefing(question, answer))
    assert found.action.startswith(act)
    assert found.evidence.text.removeprefix("A: ") in answer  # the answer's words, none of the question's


@pytest.mark.parametrize("text", [
    "Q: There are reports that Peru will open a consulate in Kumasi in June. Can you confirm?\n"
    "A: I have nothing to share at the moment.\n",
    "Question: Media say the two sides will sign a fisheries deal next week. Is that so?\n"
    "Answer: I would refer you to the competent authorities.\n",
])
def test_a_question_turn_alone_undertakes_nothing(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- part of a month


@pytest.mark.parametrize(("text", "month"), [
    ("The working group will meet in Lima in the second half of June.", "2025-06"),
    ("Peru will send the draft by the first half of July.", "2025-07"),
    ("The two sides will sign the protocol during the latter part of August.", "2025-08"),
    ("Ghana will open its consulate in the last part of September.", "2025-09"),
    ("The ministers will meet in Accra in the first fortnight of October.", "2025-10"),
])
def test_part_of_a_month_is_that_month(extractor: RulesExtractor, text: str, month: str) -> None:
    assert only(extractor, text).deadline == month


# ------------------------------------------------- "at the earliest/latest" bounds the deadline


@pytest.mark.parametrize(("text", "act", "deadline_text"), [
    ("Peru is expected to open an embassy in Accra by end-2026 at the earliest.", "open an embassy in Accra",
     "by end-2026 at the earliest"),
    ("Ghana will ratify the treaty by March at the latest.", "ratify the treaty", "by March at the latest"),
    ("The two sides will sign the deal in July, at the latest.", "sign the deal", "in July, at the latest"),
    ("Peru will send the draft within two months at the latest.", "send the draft",
     "within two months at the latest"),
    ("The ministers will meet again in September at the earliest, officials said.", "meet again",
     "in September at the earliest"),
])
def test_a_bound_on_the_deadline_is_not_the_acts(extractor: RulesExtractor, text: str, act: str,
                                                 deadline_text: str) -> None:
    found = only(extractor, text)
    assert found.action == act
    assert found.deadline_text == deadline_text


def test_at_the_earliest_alone_stays_the_deadline(extractor: RulesExtractor) -> None:
    found = only(extractor, "Both leaders instructed their ministers to conclude the visa talks at the "
                            "earliest.")
    assert found.deadline_text == "at the earliest"
