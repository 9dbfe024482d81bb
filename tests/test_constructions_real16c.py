"""Constructions of real reports (issue 9, real16c), proved on our own wording.

Commitments: a journey told in the present progressive and dated ahead ("the minister is travelling to
Lima next week") is a planned visit, as is a stay told with "will be in <place> for talks"; what onlookers
agree on ("Analysts agreed that the deal would be signed this year") is no party's undertaking; setting
up a body and the task its relative clause gives it ("agreed to form a commission which will report in
three months") is one promise, dated by the task; a trip told again by its journey ("will arrive in Accra
on 19 May", "will fly to Accra") is the visit told before.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated

# --------------------------------------------------------------------------- a journey under way, dated ahead


@pytest.mark.parametrize(("text", "expected"), [
    ("Peruvian President Ana Ruiz is paying an official visit to Ghana on May 19.",
     ("pay an official visit to Ghana", "May 19", "2025-05-19")),
    ("Ghana's foreign minister is travelling to Lima next week for talks on fisheries.",
     ("travel to Lima for talks on fisheries", "next week", "2025-05-18")),
    ("President John Mensah is visiting Peru from May 20 to 23 at the invitation of his counterpart.",
     ("visit Peru at the invitation of his counterpart", "May 20 to 23", "2025-05-23")),
    ("The Peruvian delegation is arriving in Accra on May 12 for three days of talks.",
     ("arrive in Accra for three days of talks", "May 12", "2025-05-12")),
    ("Ghana's foreign minister is leaving for Lima on May 15 for talks on fisheries.",
     ("leave for Lima for talks on fisheries", "May 15", "2025-05-15")),
])
def test_a_journey_under_way_dated_ahead_is_a_planned_visit(extractor: RulesExtractor, text: str,
                                                           expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    # told after the day: the visit is under way or over, no plan
    "The foreign minister is visiting Lima on May 2 for talks.",
    # negated
    "The president is not visiting Peru on May 20.",
    # goods, not a party, travel
    "Ghana's cocoa exports are heading to Peru in June.",
    # a span of days begun by the report's day: the visit is under way
    "Prime Minister Ana Ruiz is paying an official visit to Ghana from May 5 to 7, the first by a Peruvian "
    "leader.",
    "President Mensah is visiting Peru from April 30 to May 8.",
])
def test_a_journey_not_ahead_or_of_no_party_is_no_plan(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# --------------------------------------------------------------------------- a stay for talks


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's foreign minister will be in Accra on May 21 for talks with his Ghanaian counterpart.",
     ("be in Accra for talks with his Ghanaian counterpart", "May 21", "2025-05-21")),
    ("Ghana's president will be in Lima next week on a state visit.",
     ("be in Lima on a state visit", "next week", "2025-05-18")),
    ("Foreign Minister Carlos Vega will be in Accra from June 2 to 4 for the joint commission session.",
     ("be in Accra for the joint commission session", "June 2 to 4", "2025-06-04")),
    ("The Ghanaian trade minister would be in Lima in July for a business forum, officials said.",
     ("be in Lima for a business forum", "in July", "2025-07")),
    ("President Mensah will be in Cusco on May 30 on a three-day tour of southern Peru.",
     ("be in Cusco on a three-day tour of southern Peru", "May 30", "2025-05-30")),
])
def test_a_stay_for_talks_is_a_planned_visit(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    # no encounter named: a stay for its own sake
    "The minister will be in Lima for two days from May 14.",
    # negated
    "The president will not be in Lima for the summit in June.",
    # told of the past
    "The president was in Lima last week for talks.",
])
def test_a_stay_without_an_encounter_or_told_back_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# --------------------------------------------------------------------------- what onlookers agree on


@pytest.mark.parametrize("text", [
    "Analysts agreed that the deal would be signed this year.",
    "Most observers agreed that the two governments would reopen the border by June.",
    "Experts concur that Ghana will ratify the treaty before the summit.",
    "Several economists agreed the tariff pact could be finalized by July.",
    "Regional commentators agreed that both sides would meet again in June.",
])
def test_what_onlookers_agree_on_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the parties agree
    ("The two ministers agreed that the deal would be signed in June.",
     ("sign the deal", "in June", "2025-06")),
    # experts of the two sides work for them
    ("Experts from both sides agreed to meet again in Lima in June.",
     ("meet again in Lima", "in June", "2025-06")),
    ("Their experts agreed that the feasibility study would be completed by July.",
     ("complete the feasibility study", "by July", "2025-07")),
])
def test_what_the_sides_or_their_experts_agree_on_stays(extractor: RulesExtractor, text: str,
                                                       expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# --------------------------------------------------------------------------- a body set up and its task


@pytest.mark.parametrize(("text", "expected"), [
    ("Both sides agreed to form a joint commission which will submit its recommendations in three months.",
     ("form a joint commission to submit its recommendations", "in three months", "2025-08-06")),
    ("Ghana and Peru resolved to set up a technical committee that would review the disputed border points "
     "by June.",
     ("set up a technical committee to review the disputed border points", "by June", "2025-06")),
    ("The ministers decided to establish a working group which will draft the fisheries protocol within six "
     "weeks.",
     ("establish a working group to draft the fisheries protocol", "within six weeks", "2025-06-17")),
    ("The two presidents agreed to create a joint task force that will report back to them by the end of the "
     "year.",
     ("create a joint task force to report back to them", "by the end of the year", "2025-12")),
    ("Peru pledged to constitute a panel of experts which would assess the damage within 30 days.",
     ("constitute a panel of experts to assess the damage", "within 30 days", "2025-06-05")),
])
def test_a_body_set_up_and_its_task_are_one_promise(extractor: RulesExtractor, text: str,
                                                   expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a document signed is no body set up: what it will do is told on its own
    ("Both sides agreed to sign an agreement which will enter into force in June.",
     [("sign an agreement", None, None), ("enter into force", "in June", "2025-06")]),
    # a clause after a comma tells a next step of its own
    ("Ghana and Peru agreed to set up a joint working group on fisheries, which will hold its first meeting "
     "before the end of July.",
     [("set up a joint working group on fisheries", None, None),
      ("hold its first meeting", "before the end of July", "2025-07")]),
    # a body already set up: its meeting is the promise
    ("The committee which will meet in June was set up last year.",
     [("meet", "in June", "2025-06")]),
])
def test_a_task_of_no_body_set_up_stays_apart(extractor: RulesExtractor, text: str,
                                              expected: list[Dated]) -> None:
    assert dated(extractor, text) == expected


# ---------------------------------------------------------------------- a visit told again by its journey


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's foreign minister Carlos Vega will visit Accra on 19 May. \"Carlos Vega will arrive in Accra on "
     "19 May,\" the ministry said.", ("visit Accra", "19 May", "2025-05-19")),
    ("President Ana Ruiz will travel to Accra on May 20. Ruiz will fly to Accra on May 20 with a business "
     "delegation.", ("travel to Accra", "May 20", "2025-05-20")),
    ("Carlos Vega will pay a working visit to Ghana on May 28. Vega will arrive in Ghana on May 28, the "
     "ministry said.", ("pay a working visit to Ghana", "May 28", "2025-05-28")),
    ("President Mensah will visit Peru on June 3. Mensah will head to Peru on June 3 after the summit in "
     "Brasilia.", ("visit Peru", "June 3", "2025-06-03")),
    ("Ana Ruiz will visit Ghana on June 9, her office said. Ruiz will leave for Ghana on June 9 with a large "
     "delegation.", ("visit Ghana", "June 9", "2025-06-09")),
])
def test_a_visit_told_again_by_its_journey_is_one(extractor: RulesExtractor, text: str,
                                                  expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # two places: two trips
    ("Carlos Vega will visit Accra on 19 May. Vega will then fly to Kumasi on May 20.",
     [("visit Accra", "19 May", "2025-05-19"), ("fly to Kumasi", "May 20", "2025-05-20")]),
    # going to a deal is no journey
    ("Carlos Vega will visit Accra on 19 May. Both sides will arrive at a common position on fisheries by "
     "July.", [("visit Accra", "19 May", "2025-05-19"),
               ("arrive at a common position on fisheries", "by July", "2025-07")]),
])
def test_journeys_elsewhere_or_to_no_place_stay_apart(extractor: RulesExtractor, text: str,
                                                      expected: list[Dated]) -> None:
    assert dated(extractor, text) == expected


# ---------------------------------------------------------------------- action words: brackets, compounds


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers agreed to accelerate negotiations over the air services agreement (ASA) and the "
     "bilateral investment treaty.", "accelerate negotiations over the air services agreement (ASA)"),
    ("Both sides agreed to speed up talks on their land border crossing agreement (BCA).",
     "speed up talks on their land border crossing agreement (BCA)"),
    ("Peru pledged to expedite the ratification of the double taxation avoidance agreement (DTAA).",
     "expedite the ratification of the double taxation avoidance agreement (DTAA)"),
    ("The two leaders resolved to conclude negotiations on the preferential trade agreement (PTA).",
     "conclude negotiations on the preferential trade agreement (PTA)"),
    ("Ghana and Peru decided to revive the joint business council (JBC).",
     "revive the joint business council (JBC)"),
])
def test_an_acronyms_bracket_is_closed(extractor: RulesExtractor, text: str, expected: str) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a bracket closed in the text stays as it is
    ("The two sides agreed to finalise the Comprehensive Economic Partnership Agreement (CEPA) by the end of "
     "the year.", "finalise the Comprehensive Economic Partnership Agreement (CEPA)"),
    # a longer aside cut open goes
    ("The two sides agreed to review the fisheries accord (signed in 2019 in Accra under the previous "
     "government).", "review the fisheries accord"),
])
def test_a_closed_bracket_stays_and_a_cut_aside_goes(extractor: RulesExtractor, text: str,
                                                     expected: str) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The presidents agreed on an action plan seeking to end the dispute over fishing rights.",
     "action plan seeking to end the dispute over fishing rights"),
    ("Both sides agreed on a road map for the reopening of the border.",
     "road map for the reopening of the border"),
    ("The ministers agreed on a visa waiver scheme for diplomats.", "visa waiver scheme for diplomats"),
    ("The two sides agreed on a cooperation framework covering mining and energy.",
     "cooperation framework covering mining and energy"),
    ("Ghana and Peru agreed on a border management mechanism.", "border management mechanism"),
])
def test_a_thing_agreed_on_keeps_its_compound_name(extractor: RulesExtractor, text: str,
                                                   expected: str) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # an act agreed on is read as before
    ("Both sides agreed on the need to deepen cooperation in mining.", "deepen cooperation in mining"),
    ("Ghana and Peru agreed on a work programme to expand cocoa trade.", "expand cocoa trade"),
])
def test_an_act_agreed_on_reads_as_before(extractor: RulesExtractor, text: str,
                                          expected: str) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == [expected]
