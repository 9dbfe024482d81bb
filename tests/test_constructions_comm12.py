"""Commitments, round 12 (issue 9): an object told after a time set off by commas, an invitation for a
visit and its acceptance told next, the sayer of a thing's completion, a stake held under a deal, gapped
clauses with a time alone or under a promising verb, "as early as" and its dated restatement, a subject
the parser hung on the auxiliary, and a stance "agreed on the importance of". All sentences are our own.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# Published Tuesday 6 May 2025; the talks were on Monday 5 May.
_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def promises(found: ArticleFacts) -> list[tuple[str | None, str, str | None]]:
    return [(c.actor, c.action, c.deadline) for c in found.commitments]


# ------------------------------------------------- an object after a time set off by commas


@pytest.mark.parametrize(("text", "action", "due"), [
    ("The ministers instructed their experts to finalise, within three months, the draft agreement on air "
     "services.", "finalise the draft agreement on air services", "2025-08-05"),
    ("Peru pledged to open, within six weeks, a visa centre in Accra.", "open a visa centre in Accra",
     "2025-06-16"),
    ("The leaders directed their trade ministers to conclude, by the end of June, negotiations on a "
     "preferential trade deal.", "conclude negotiations on a preferential trade deal", "2025-06"),
    ("Ghana will complete, by the end of the year, the feasibility study for the rail link.",
     "complete the feasibility study for the rail link", "2025-12"),
    ("The two sides agreed to sign, before December, a memorandum on fisheries.",
     "sign a memorandum on fisheries", "2025-11"),
    ("Ghana will deliver, in July, the first shipment of cocoa seedlings to Peru.",
     "deliver the first shipment of cocoa seedlings to Peru", "2025-07"),
])
def test_an_act_keeps_its_object_past_a_time_between_commas(extractor: RulesExtractor, text: str,
                                                            action: str, due: str) -> None:
    assert [(c.action, c.deadline) for c in found_in(extractor, text).commitments] == [(action, due)]


@pytest.mark.parametrize("text", [
    "Ghana completed, in March, the feasibility study for the rail link.",
    "The experts finalised, within three months, the draft agreement on air services.",
])
def test_a_done_act_with_a_time_between_commas_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


# ------------------------------------------------- an invitation for a visit, and its acceptance


@pytest.mark.parametrize(("text", "actor", "action", "accepted"), [
    ("Minister Ablakwa reiterated the invitation of President Mahama to President Boluarte for a State visit "
     "to Ghana. The invitation was accepted with pleasure.", "Boluarte", "make a State visit to Ghana", True),
    ("The president extended an invitation to Mr Rojas for an official visit to Ghana.", "Rojas",
     "make an official visit to Ghana", False),
    ("President Mahama conveyed an invitation to President Boluarte for a state visit to Ghana, which she "
     "accepted.", "Boluarte", "make a state visit to Ghana", False),
    ("Ghana's foreign minister renewed his invitation to his Peruvian counterpart to visit Accra. The "
     "invitation was accepted.", "Peru", "visit Accra", True),
    ("Peru's trade minister renewed her invitation to her Ghanaian counterpart to visit Lima. The invitation "
     "was gladly accepted.", "Ghana", "visit Lima", True),
])
def test_an_invitation_for_a_visit_is_the_invitees_promise(extractor: RulesExtractor, text: str, actor: str,
                                                          action: str, accepted: bool) -> None:
    found = found_in(extractor, text)
    assert len(found.commitments) == 1
    fact = found.commitments[0]
    assert actor in (fact.actor or "") and fact.action == action
    if accepted:  # the acceptance told next joins the invitation's evidence
        assert fact.evidence.text.rstrip(".").endswith("accepted") or "accepted with" in fact.evidence.text


@pytest.mark.parametrize("text", [
    "Peru declined the invitation to visit Ghana.",
    "The invitation was accepted with pleasure.",
    "Peru's foreign minister thanked Ghana for the invitation to the forum.",
])
def test_a_declined_or_unknown_invitation_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


def test_an_accepted_invitation_told_next_joins_its_evidence(extractor: RulesExtractor) -> None:
    found = found_in(extractor, "Minister Ablakwa reiterated the invitation of President Mahama to President "
                                "Boluarte for a State visit to Ghana. The invitation was accepted with "
                                "pleasure.")
    assert found.commitments[0].evidence.text.endswith("The invitation was accepted with pleasure")


# ------------------------------------------------- the sayer of a thing's completion


@pytest.mark.parametrize(("text", "actor", "action"), [
    ("The two countries say construction will be complete by July next year.", "Ghana and Peru",
     "complete construction"),
    ("The two countries say construction of the pipeline will be complete by March.", "Ghana and Peru",
     "complete construction of the pipeline"),
    ("Both governments said the new terminal would be complete by December.", "Ghana and Peru",
     "complete the new terminal"),
    ("Peru says the new border post will be complete by October.", "Peru", "complete the new border post"),
    ("Ghana says the railway to the port will be complete before the end of the year.", "Ghana",
     "complete the railway to the port"),
])
def test_a_state_saying_a_thing_will_be_complete_promises_it(extractor: RulesExtractor, text: str,
                                                             actor: str, action: str) -> None:
    assert [(c.actor, c.action) for c in found_in(extractor, text).commitments] == [(actor, action)]


@pytest.mark.parametrize("text", [
    "The two countries say construction was complete in 2023.",
    "Peru says work on the bridge has been finished.",
])
def test_a_thing_already_complete_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    # a report of the works done (change "done", round 13) is no promise
    assert [c for c in found_in(extractor, text).commitments if c.change is None] == []


# ------------------------------------------------- a stake held under a deal is a term, no act


@pytest.mark.parametrize("text", [
    "Under the draft, Ghana would keep a 20% stake through the ports authority.",
    "Under the deal, Ghana would retain a 30% share in the joint venture.",
    "Under the draft, the Peruvian firm would hold a majority stake in the refinery.",
    "The Ghanaian state will own a 51 percent interest in the new airline.",
    "Under the agreement, Peru will retain majority control of the mine.",
])
def test_holding_a_stake_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana will buy a 20% stake in the Peruvian port by June.", "buy a 20% stake in the Peruvian port"),
    ("Under the draft, the Peruvian firm would upgrade two berths by June.", "upgrade two berths"),
])
def test_buying_a_stake_or_a_term_that_acts_stays_a_promise(extractor: RulesExtractor, text: str,
                                                           action: str) -> None:
    assert [c.action for c in found_in(extractor, text).commitments] == [action]


# ------------------------------------------------- gapping: a time alone, or under a promising verb


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana will host the talks in June, Peru in July.",
     [("Ghana", "host the talks", "2025-06"), ("Peru", "host the talks", "2025-07")]),
    ("Peru will send a trade mission in September, Ghana in November.",
     [("Peru", "send a trade mission", "2025-09"), ("Ghana", "send a trade mission", "2025-11")]),
    ("Ghana vowed to ratify the treaty by June, Peru by September.",
     [("Ghana", "ratify the treaty", "2025-06"), ("Peru", "ratify the treaty", "2025-09")]),
    ("Ghana pledged to host the talks in June, and Peru the forum in July.",
     [("Ghana", "host the talks", "2025-06"), ("Peru", "host the forum", "2025-07")]),
    ("Ghana agreed to build a school in Cusco by October, and Peru a clinic in Tamale by December.",
     [("Ghana", "build a school in Cusco", "2025-10"), ("Peru", "build a clinic in Tamale", "2025-12")]),
    ("Ghana will chair the commission in 2026, Peru in 2027 and Chile in 2028.",
     [("Ghana", "chair the commission", None), ("Peru", "chair the commission", None),
      ("Chile", "chair the commission", None)]),
])
def test_a_gapped_clause_with_a_time_or_under_a_promising_verb_is_a_promise(
        extractor: RulesExtractor, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = found_in(extractor, text)
    assert promises(found) == expected
    for c, (actor, _act, _due) in zip(found.commitments, expected, strict=True):
        assert actor in c.evidence.text


@pytest.mark.parametrize(("text", "count"), [
    ("Ghana will send trade envoys to Peru and Chile this month.", 1),
    ("Ghana will send trade envoys to Peru, Chile and Bolivia in June.", 1),
    ("Ghana will host the talks in June, Peru said on Monday.", 1),
    ("Ghana hosted the talks in March, Peru in April.", 0),
])
def test_a_list_a_sayer_or_a_past_act_is_no_gapped_promise(extractor: RulesExtractor, text: str,
                                                          count: int) -> None:
    assert len(found_in(extractor, text).commitments) == count


# ------------------------------------------------- "as early as", and its dated restatement


@pytest.mark.parametrize(("text", "action", "due_text"), [
    ("Ghana and Peru are expected to sign an agreement as early as next week.", "sign an agreement",
     "as early as next week"),
    ("The accord is expected to be signed as soon as Friday.", "sign the accord", "as soon as Friday"),
    ("Ghana will open its consulate in Lima as early as June.", "open its consulate in Lima",
     "as early as June"),
    ("Peru will lift the ban on Ghanaian cocoa as soon as next month.", "lift the ban on Ghanaian cocoa",
     "as soon as next month"),
    ("The two sides will sign the fisheries accord as early as this week.", "sign the fisheries accord",
     "as early as this week"),
])
def test_an_earliest_time_is_the_deadlines_words(extractor: RulesExtractor, text: str, action: str,
                                                 due_text: str) -> None:
    found = found_in(extractor, text)
    assert [(c.action, c.deadline_text) for c in found.commitments] == [(action, due_text)]


@pytest.mark.parametrize(("text", "due", "evidence"), [
    ("Ghana and Peru are expected to sign the fisheries agreement as early as next week, sources said. The "
     "fisheries agreement would be signed during a visit by President Mahama to Lima on May 14.",
     "2025-05-14",
     "The fisheries agreement would be signed during a visit by President Mahama to Lima on May 14"),
    ("Peru could open its embassy in Accra as soon as June. Officials said Peru will open the embassy in "
     "Accra on June 20.", "2025-06-20", "Peru will open the embassy in Accra on June 20"),
    ("Ghana will open its consulate in Lima as early as June. Ghana will open the consulate in Lima on June "
     "20, the ministry said.", "2025-06-20", "Ghana will open the consulate in Lima on June 20"),
    ("The two sides will sign the fisheries accord as early as next week. The fisheries accord will be "
     "signed in Lima on May 16.", "2025-05-16", "The fisheries accord will be signed in Lima on May 16"),
    ("Peru will resume cocoa imports from Ghana as soon as next month. Peru will resume cocoa imports on "
     "June 9.", "2025-06-09", "Peru will resume cocoa imports on June 9"),
    ("Peru will lift the ban on Ghanaian cocoa as soon as next month. Peru will lift the ban on June 3, its "
     "trade minister said.", "2025-06-03", "Peru will lift the ban on June 3"),
])
def test_an_earliest_time_and_its_dated_restatement_are_one_promise(extractor: RulesExtractor, text: str,
                                                                   due: str, evidence: str) -> None:
    found = found_in(extractor, text)
    assert [(c.deadline, c.evidence.text) for c in found.commitments] == [(due, evidence)]


def test_a_later_restatement_in_another_month_is_another_promise(extractor: RulesExtractor) -> None:
    found = found_in(extractor, "Ghana and Peru are expected to sign the fisheries agreement as early as "
                                "next week. They will sign the fisheries agreement again in a ceremony in "
                                "April.")
    assert len(found.commitments) == 2


# ------------------------------------------------- state-media forms: the subject on the auxiliary, stances


@pytest.mark.parametrize(("text", "actor", "action"), [
    ("Ghana and Peru met in Lima. Peru is committed to supporting Ghana's bid for a seat on the Security "
     "Council.", "Peru", "support Ghana's bid for a seat on the Security Council"),
    ("Ghana and Peru met in Lima. Ghana is committed to reopening its embassy in Lima.", "Ghana",
     "reopen its embassy in Lima"),
    ("Ghana and Peru met in Lima. Peru is committed to doubling its cocoa imports from Ghana by 2027.",
     "Peru", "double its cocoa imports from Ghana"),
    ("Ghana and Peru met in Lima. Peru is committed to hosting the next round of talks in June.", "Peru",
     "host the next round of talks"),
    ("Ghana and Peru met in Lima. Peru is committed to building a cocoa research centre in Kumasi.", "Peru",
     "build a cocoa research centre in Kumasi"),
])
def test_a_state_committed_to_an_act_is_its_actor(extractor: RulesExtractor, text: str, actor: str,
                                                  action: str) -> None:
    assert [(c.actor, c.action) for c in facts(extractor, text).commitments] == [(actor, action)]


@pytest.mark.parametrize("text", [
    "Ghana and Peru met in Lima. Peru is committed to the rule of law.",
    "Ghana and Peru met in Lima. Ghana has always been committed to the fight against piracy.",
    "Ghana and Peru met in Lima. Peru is committed to peace and dialogue in the region.",
])
def test_a_stance_or_a_past_resolve_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(facts(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The two sides agreed on the importance of multilateralism.",
    "The ministers agreed on the importance of the rule of law.",
    "The two sides agreed on the importance of dialogue.",
    "The ministers agreed on the importance of regional peace and stability.",
    "Both leaders agreed on the necessity of free trade.",
])
def test_agreeing_on_the_importance_of_a_value_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(found_in(extractor, text)) == []


def test_agreeing_on_the_importance_of_an_act_stays_a_promise(extractor: RulesExtractor) -> None:
    found = found_in(extractor, "The two sides agreed on the importance of strengthening cooperation in "
                                "mining.")
    assert [c.action for c in found.commitments] == ["strengthen cooperation in mining"]


@pytest.mark.parametrize(("text", "action", "due"), [
    ("Ghana and Peru are expected to sign an agreement as early as next week giving a Peruvian firm a "
     "concession at Tema port, sources said. The deal would be signed during a visit to Lima by President "
     "Mahama on May 14.",
     "sign the deal during a visit to Lima by President Mahama", "2025-05-14"),
    ("Ghana and Peru could sign a pact on fishing as soon as June. The accord will be signed in Accra on "
     "June 18.",
     "sign the accord in Accra", "2025-06-18"),
    ("The two sides will conclude a treaty on extradition as early as next week. They will conclude the "
     "treaty in Lima on May 15.", "conclude the treaty in Lima", "2025-05-15"),
])
def test_the_document_told_back_dates_the_earliest_promise(extractor: RulesExtractor, text: str,
                                                           action: str, due: str) -> None:
    assert [(c.action, c.deadline) for c in found_in(extractor, text).commitments] == [(action, due)]


@pytest.mark.parametrize("text", [
    "Ghana will sign a fisheries pact with Peru as early as June. Ghana will sign a mining pact with Chile "
    "on June 20.",
    "Ghana will sign a fisheries pact with Peru as early as June. The pact will be signed in September.",
])
def test_another_document_or_another_month_is_another_promise(extractor: RulesExtractor, text: str) -> None:
    assert len(found_in(extractor, text).commitments) == 2


@pytest.mark.parametrize(("text", "action", "due"), [
    ("The two ministers agreed to convene the joint commission in Kigali before the end of the year 2025.",
     "convene the joint commission in Kigali", "2025-12"),
    ("Ghana will ratify the treaty by the end of the year 2026.", "ratify the treaty", "2026-12"),
    ("Peru pledged to open a trade office in Kumasi by the end of the year 2025.",
     "open a trade office in Kumasi", "2025-12"),
    ("The two sides agreed to hold the next round in Accra before the end of the year 2025.",
     "hold the next round in Accra", "2025-12"),
    ("Ghana will send a trade mission to Lima by the end of the year 2026.", "send a trade mission to Lima",
     "2026-12"),
])
def test_the_end_of_the_year_named_is_its_december(extractor: RulesExtractor, text: str, action: str,
                                                   due: str) -> None:
    assert [(c.action, c.deadline) for c in found_in(extractor, text).commitments] == [(action, due)]


@pytest.mark.parametrize(("text", "due"), [
    ("Ghana will ratify the treaty by the end of the year.", "2025-12"),
    ("Ghana will ratify the treaty by the end of the month.", "2025-05"),
])
def test_the_end_of_the_year_unnamed_is_the_articles(extractor: RulesExtractor, text: str, due: str) -> None:
    assert [c.deadline for c in found_in(extractor, text).commitments] == [due]
