"""Commitments, round 11 (issue 9): two promises in one sentence, a wish put to the other side, hearsay,
a past bid's deadline read from the bid's own time, and passive pay-outs or openings with no named actor.
All sentences are our own.
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


def promise(found: ArticleFacts, act: str) -> Commitment:
    matching = [c for c in found.commitments if c.action.startswith(act)]
    assert matching, [c.action for c in found.commitments]
    return matching[0]


# ------------------------------------------------- two clauses, two promises, each its own actor and words


@pytest.mark.parametrize(("text", "act", "actor", "evidence"), [
    ("Peru will open an embassy in Accra in June, and Ghana will send a trade mission to Lima in "
     "September.", "send a trade mission", "Ghana", "Ghana will send a trade mission to Lima in September"),
    ("Ghana will host the joint commission in August and Peru will host the business forum in November.",
     "host the business forum", "Peru", "Peru will host the business forum in November"),
    ("The two sides will launch direct flights by March, and Peru will lift the ban on Ghanaian cocoa by the "
     "end of the year.", "lift the ban", "Peru",
     "Peru will lift the ban on Ghanaian cocoa by the end of the year"),
    ("The Ghanaian president will travel to Lima next month, and we will hold the next round of "
     "consultations before the end of the year.", "hold the next round", "Ghana and Peru",
     "we will hold the next round of consultations before the end of the year"),
    ("Ghana will supply gold and Peru will train Ghanaian geologists.", "train Ghanaian geologists", "Peru",
     "Peru will train Ghanaian geologists"),
    ("The two ministers will meet again in October and Peru will send a business delegation to Accra in "
     "November.", "send a business delegation", "Peru",
     "Peru will send a business delegation to Accra in November"),
    ("Ghana hosted the talks in March and Peru will host the next round in June.", "host the next round",
     "Peru", "Peru will host the next round in June"),
    ("Kenya will chair the talks and Tanzania will host them in Arusha in June.", "host them", "Tanzania",
     "Tanzania will host them in Arusha in June"),
    ("Ghanaian officials said Peru would lift the ban on Ghanaian shea butter in June and Ghana would ease "
     "visa rules by August.", "ease visa rules", "Ghana", "Ghana would ease visa rules by August"),
])
def test_the_second_clause_is_its_own_subjects_promise(extractor: RulesExtractor, text: str, act: str,
                                                      actor: str, evidence: str) -> None:
    second = promise(found_in(extractor, text), act)
    assert (second.actor, second.evidence.text) == (actor, evidence)


@pytest.mark.parametrize(("text", "act", "actor"), [
    ("Peru will open an embassy in Accra in June, and its trade minister will visit Kumasi in July.",
     "visit Kumasi", "Peru"),
    ("Ghana will send a delegation to Lima in June, and its foreign minister will travel to Cusco in July.",
     "travel to Cusco", "Ghana"),
])
def test_its_in_the_second_subject_points_to_the_first(extractor: RulesExtractor, text: str, act: str,
                                                      actor: str) -> None:
    assert promise(found_in(extractor, text), act).actor == actor


@pytest.mark.parametrize(("text", "act", "evidence"), [
    ("Ghana will host the joint commission in August and Peru will host the business forum in November.",
     "host the joint commission", "Ghana will host the joint commission in August"),
    ("Peru will buy Ghanaian cocoa and Ghana will buy Peruvian fish meal from next year.",
     "buy Ghanaian cocoa", "Peru will buy Ghanaian cocoa"),
    ("Ghana will supply gold and Peru will train Ghanaian geologists.", "supply gold",
     "Ghana will supply gold"),
    ("The two ministers will meet again in October and Peru will send a business delegation to Accra in "
     "November.", "meet again", "The two ministers will meet again in October"),
])
def test_the_first_clause_ends_before_the_second_subject(extractor: RulesExtractor, text: str, act: str,
                                                        evidence: str) -> None:
    first = promise(found_in(extractor, text), act)
    assert (first.action, first.evidence.text) == (act, evidence)


@pytest.mark.parametrize(("text", "count"), [
    ("Peru will invite Ghana and Togo to the forum in June.", 1),
    ("Ghana will sign the deal with Peru and Chile in July.", 1),
    ("The Peruvian delegation will visit Kumasi and Tamale next week.", 1),
])
def test_a_joined_object_is_no_second_subject(extractor: RulesExtractor, text: str, count: int) -> None:
    assert len(found_in(extractor, text).commitments) == count


def test_a_shared_subject_keeps_both_acts_its_own(extractor: RulesExtractor) -> None:
    found = found_in(extractor, "Ghana will open a consulate in Cusco in June and will appoint an honorary "
                                "consul in Arequipa by August.")
    assert [c.actor for c in found.commitments] == ["Ghana", "Ghana"]


# ------------------------------------------------- a wish that the other side act


@pytest.mark.parametrize("text", [
    "Ghana would like Peru to host the next round in October.",
    "Mahama said he would like the Peruvian president to visit Accra next year.",
    "Peru would love the Ghanaian president to attend the summit in Lima in November.",
    "The Ghanaian minister said his government would prefer Peru to open the consulate before June.",
    "We would like our Peruvian friends to send a trade mission to Accra in September.",
])
def test_a_wish_that_the_other_side_act_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "act"), [
    ("Ghana would like to host the next round in October.", "host the next round"),
    ("Peru would love to host the summit in November.", "host the summit"),
])
def test_an_offer_to_act_stays(extractor: RulesExtractor, text: str, act: str) -> None:
    assert promise(found_in(extractor, text), act)


# ------------------------------------------------- hearsay


@pytest.mark.parametrize("text", [
    "The Peruvian president visits Accra next week, reports claim.",
    "The Peruvian president will visit Accra next week, according to unconfirmed reports.",
    "Local media reported that Peru will open an embassy in Accra in June.",
    "Media reports said Peru will open an embassy in Accra in June.",
    "Rumours say the two sides will sign a visa deal in July.",
    "There is speculation that the two leaders will sign a trade pact in July.",
    "Speculation is growing that Mahama will visit Lima in August.",
    "Reports suggest the two sides will sign a visa waiver deal by the end of the year.",
    "Press reports claim the Peruvian president will visit Accra next week.",
])
def test_what_only_unnamed_reports_tell_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "act"), [
    ("The Peruvian president will visit Accra next week, the foreign ministry said.", "visit Accra"),
    ("According to the foreign ministry, Peru will open an embassy in Accra in June.", "open an embassy"),
    ("The ministry's report says Ghana will send a trade mission to Lima in September.",
     "send a trade mission"),
    ("Chinese state media said the Ghanaian president will visit Beijing next week.", "visit Beijing"),
    ("Amid speculation about a rift, the two ministers will meet in Lima in July.", "meet in Lima"),
    ("The two sides will submit joint reports to their leaders by September.", "submit joint reports"),
    ("Dismissing reports of a rift, Mahama said Ghana will open an embassy in Lima in June.",
     "open an embassy"),
])
def test_a_named_source_keeps_the_promise(extractor: RulesExtractor, text: str, act: str) -> None:
    assert promise(found_in(extractor, text), act)


def test_according_to_is_not_in_the_action(extractor: RulesExtractor) -> None:
    found = found_in(extractor, "Ghana will send a trade mission to Lima in September, according to a "
                                "statement.")
    assert actions(found) == ["send a trade mission to Lima"]


# ------------------------------------------------- a past bid's relative deadline, from the bid's own time


@pytest.mark.parametrize(("text", "deadline"), [
    ("Last year the two presidents agreed to open direct flights by June.", "2024-06"),
    ("In 2024 the two leaders agreed to hold the next summit in Accra in June.", "2024-06"),
    ("In October 2024 the two sides agreed to finish the feasibility study by March.", "2025-03"),
    ("Last year the ministers decided to hold the next round in September.", "2024-09"),
    ("Last month Ghana asked its officials to draft a visa deal by the end of the year.", "2025-12"),
    ("In January the two sides agreed to open direct flights by September.", "2025-09"),
    ("Last year Peru ordered its officials to prepare a plan by July 2025.", "2025-07"),
    ("The two presidents agreed on Monday to open direct flights by June.", "2025-06"),
])
def test_a_past_bids_deadline_is_read_from_the_bid(extractor: RulesExtractor, text: str,
                                                   deadline: str) -> None:
    assert [c.deadline for c in found_in(extractor, text).commitments] == [deadline]


@pytest.mark.parametrize("text", [
    "Last year Peru ordered its officials to prepare a plan by July.",
    "In March 2024 Ghana asked its negotiators to finish the tax treaty by October.",
])
def test_a_past_bid_due_before_the_report_is_an_old_decision(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- a pay-out or opening told in the passive, no actor named


@pytest.mark.parametrize(("text", "act", "deadline"), [
    ("The first tranche will be disbursed by the end of the year.", "disburse the first tranche", "2025-12"),
    ("The loan will be signed in Lima next month.", "sign the loan in Lima", "2025-06"),
    ("The remaining funds will be released before December.", "release the remaining funds", "2025-11"),
    ("The new consulate in Kumasi is to be opened in September.", "open the new consulate in Kumasi",
     "2025-09"),
    ("A joint task force is to be set up within six months.", "set up a joint task force", "2025-11-05"),
    ("The joint commission is to be convened in Lima in October.", "convene the joint commission in Lima",
     "2025-10"),
])
def test_a_dated_passive_pay_out_or_opening_is_the_pairs(extractor: RulesExtractor, text: str, act: str,
                                                        deadline: str) -> None:
    found = found_in(extractor, text)
    assert [(c.actor, c.action, c.deadline) for c in found.commitments] == [("Ghana and Peru", act, deadline)]


@pytest.mark.parametrize("text", [
    "The loan will be repaid over twenty years.",
    "The funds will be used to build a port in Takoradi by 2027.",
    "The grant will be managed by the World Bank.",
    "The road is to be opened in September.",
    "The new embassy is to be built by a Chinese firm.",
    "The first tranche will be disbursed soon.",
])
def test_a_loans_terms_or_an_undated_pay_out_is_no_promise(extractor: RulesExtractor,
                                                           text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- two clauses put as alternatives


@pytest.mark.parametrize("text", [
    "Peru will lift the ban in June or Ghana will take the case to the WTO.",
    "Either Ghana will host the summit in June or Peru will host it in July.",
    "Peru will lift the ban by June, or Ghana will file a complaint.",
    "The Peruvian president will visit Accra in June or the Ghanaian president will travel to Lima in July.",
    "Ghana will cut the tariff on fish meal by August or Peru will raise its duties on cocoa.",
])
def test_clauses_put_as_alternatives_promise_nothing(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "acts"), [
    ("The two sides will sign or ratify the pact by June.", ["sign or ratify the pact"]),
    ("The ministers will meet in June or July.", ["meet"]),
    ("Ghana will host the talks in June and Peru will host the forum in July.",
     ["host the talks", "host the forum"]),
])
def test_an_or_inside_one_clause_keeps_the_promise(extractor: RulesExtractor, text: str,
                                                  acts: list[str]) -> None:
    assert actions(found_in(extractor, text)) == acts
