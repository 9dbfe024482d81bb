"""Constructions of real reports (issue 9, real22c), commitments, proved on our own wording.

An act a named party "needs to" do, or "is obliged (required, bound, obligated) to" do, is owed as "must"
is: its undertaking when the act is dated, and nothing when undated, negated or owed by no party. A
deadline the report quotes ("would visit Lima 'soon'") leaves no empty quotes in the action's words, nor a
renaming of its day ("on Friday, the day …"). Documents counted
by a word of amount ("a number of agreements will be signed") are the documents, signed by the sides.
"Offers" in the simple present tells what a party has, no pledge. A person who "will be with" a named
person or a counterpart on a day told meets them. An envoy's posting told near but not dated ("within the
next few days", "soon") is kept, its deadline unresolved. An event a passive "follow" tells to come ("it
will be followed by the signing of …") is the sides' plan, when dated. An undated assurance to the public
at home ("assured the public that anyone evicted will be compensated") is no promise between states. An
event or document that "is set to" happen is the sides' plan, not the event's.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, Dated, dated, facts

# ------------------------------------------------------------------ acts owed: "need to", "is obliged to"


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides need to finalise the action plan by July.",
     ("finalise the action plan", "by July", "2025-07")),
    ("Ghana needs to open its consulate in Lima before the end of the year, the envoy said.",
     ("open its consulate in Lima", "before the end of the year", "2025-12")),
    ("Peru is obliged to deliver the first two patrol boats within three weeks.",
     ("deliver the first two patrol boats", "within three weeks", "2025-05-27")),
    ("Both governments are required to submit their lists of goods by the end of June.",
     ("submit their lists of goods", "by the end of June", "2025-06")),
    ("Under the accord, Ghana is bound to hand over the survey maps next month.",
     ("hand over the survey maps", "next month", "2025-06")),
    ("Peru is obligated to pay the first instalment to Accra in August.",
     ("pay the first instalment to Accra", "in August", "2025-08")),
])
def test_an_act_owed_and_dated_is_a_promise(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The two sides need to deepen their cooperation in fisheries.",  # undated: a wish, no undertaking
    "Peru is obliged to respect the rights of Ghanaian workers.",  # undated duty
    "Exporters need to register with the customs office by June.",  # no party owes it
    "Travellers are required to show a vaccination card from next month.",  # a rule on travellers
    "The two ministers do not need to meet again before July.",  # negated
    "The sides need more time to finalise the action plan by July.",  # "need" with its own object
])
def test_no_promise_of_an_act_owed(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ a quoted deadline


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian minister said Peru would open an embassy in Accra \"soon\" at Ghana's request.",
     ("open an embassy in Accra at Ghana's request", "soon", None)),
    ("Peru will host the next round \"in June\" in Cusco, the ministry said.",
     ("host the next round in Cusco", "in June", "2025-06")),
    ("Ghana said it would send a trade mission to Lima “next month” to study the fruit market.",
     ("send a trade mission to Lima to study the fruit market", "next month", "2025-06")),
    ("Peru will sign the \"Blue Ocean\" fisheries accord with Ghana in July.",
     ("sign the \"Blue Ocean\" fisheries accord with Ghana", "in July", "2025-07")),
    ("Ghana will release the \"first\" batch of visas 'by Friday', the envoy said.",
     ("release the \"first\" batch of visas", "by Friday", "2025-05-09")),
])
def test_a_quoted_deadline_leaves_no_empty_quotes(extractor: RulesExtractor, text: str,
                                                  expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# ------------------------------------------------------------------ documents counted by a word of amount


@pytest.mark.parametrize(("text", "expected"), [
    ("A number of agreements are expected to be signed during the state visit.",
     ("sign a number of agreements", "during the state visit", None)),
    ("A number of memoranda will be signed in Accra next month.",
     ("sign a number of memoranda in Accra", "next month", "2025-06")),
    ("A series of protocols on fisheries will be signed in Lima in July.",
     ("sign a series of protocols on fisheries in Lima", "in July", "2025-07")),
    ("A raft of deals is expected to be inked in Accra in June.",
     ("ink a raft of deals in Accra", "in June", "2025-06")),
    ("A host of agreements will be concluded by the end of the year.",
     ("conclude a host of agreements", "by the end of the year", "2025-12")),
])
def test_documents_counted_are_signed_by_the_sides(extractor: RulesExtractor, text: str,
                                                   expected: Dated) -> None:
    assert dated(extractor, text) == [expected]
    found = facts(extractor, text, lead=TALKS_LEAD).commitments
    assert [c.actor for c in found] == ["Ghana and Peru"]


@pytest.mark.parametrize("text", [
    "A number of issues will be discussed at length, observers said.",  # topics, no document
    "A number of exporters are expected to be hurt by the tariffs.",  # a forecast on third parties
])
def test_other_things_counted_are_no_signing(extractor: RulesExtractor, text: str) -> None:
    assert [a for a, _, _ in dated(extractor, text) if "sign" in a] == []


# ------------------------------------------------------------------ "offers" in the simple present


@pytest.mark.parametrize("text", [
    "Peru offers Ghana the shortest route to the Pacific markets.",
    "\"Ghana offers investors a stable and open climate,\" the envoy said.",
    "Peru offers a gateway to the Andean market, she added.",
])
def test_offers_in_the_present_is_a_trait(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


@pytest.mark.parametrize(("text", "action"), [
    ("Peru offered Ghana fifty scholarships for nurses.", "offer fifty scholarships for nurses"),
    ("Ghana offered to host the next round of talks.", "host the next round of talks"),
    ("Peru will offer Ghana two patrol boats.", "offer Ghana two patrol boats"),
])
def test_an_offer_made_stays(extractor: RulesExtractor, text: str, action: str) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == [action]


# ------------------------------------------------------------------ "will be with" someone on a day


@pytest.mark.parametrize(("text", "expected"), [
    ("President Mahama will be with President Boluarte on Friday.",
     ("be with President Boluarte", "on Friday", "2025-05-09")),
    ("On Monday the Ghanaian president will be with his Peruvian counterpart in Lima.",
     ("be with his Peruvian counterpart in Lima", "On Monday", "2025-05-12")),
    ("Mahama will be with Boluarte on Friday, the day when the trade deal is to be signed.",
     ("be with Boluarte", "on Friday", "2025-05-09")),
    ("The foreign minister will be with Minister Gonzales in Cusco on 20 May.",
     ("be with Minister Gonzales in Cusco", "20 May", "2025-05-20")),
    ("Boluarte will be with Mahama in Accra next week.",
     ("be with Mahama in Accra", "next week", "2025-05-18")),
])
def test_being_with_someone_on_a_day_is_a_meeting_ahead(extractor: RulesExtractor, text: str,
                                                        expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The minister will be with President Boluarte.",  # no day told
    "The president will be with his family on Sunday.",  # no one met
    "The minister will be with the delegation in Lima on Friday.",  # a body, not a person
])
def test_being_with_no_one_met_on_no_day(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ an envoy posted, told near


@pytest.mark.parametrize(("text", "expected"), [
    ("A new ambassador would be sent to Lima within the next few days.",
     ("send a new ambassador to Lima", "within the next few days", None)),
    ("A new ambassador will be appointed to Accra soon, the ministry said.",
     ("appoint a new ambassador to Accra", "soon", None)),
    ("A new consul would be posted to Kumasi in the coming weeks.",
     ("post a new consul to Kumasi", "in the coming weeks", None)),
    ("A new ambassador will be sent to Lima by June.",
     ("send a new ambassador to Lima", "by June", "2025-06")),
    ("An envoy will be dispatched to Accra next week to prepare the visit.",
     ("dispatch an envoy to Accra to prepare the visit", "next week", "2025-05-18")),
])
def test_an_envoy_posted_near_is_a_step(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "A new ambassador would be sent to Lima.",  # no time told
    "A new ambassador was sent to Lima last week.",  # done
])
def test_an_envoy_posted_with_no_time_ahead(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ an event that "will be followed by"


@pytest.mark.parametrize(("text", "expected"), [
    ("It would be followed by the inking of agreements in February next year.",
     ("hold the inking of agreements", "in February next year", "2026-02")),
    ("The ministers said it will be followed by the signing of two protocols next month.",
     ("hold the signing of two protocols", "next month", "2025-06")),
    ("The talks will be followed by the signing of three agreements on Friday.",
     ("hold the signing of three agreements", "on Friday", "2025-05-09")),
    ("The visit would be followed by a session of the joint commission in June.",
     ("hold a session of the joint commission", "in June", "2025-06")),
    ("This will be followed by a business forum in Lima on 20 May.",
     ("hold a business forum in Lima", "20 May", "2025-05-20")),
])
def test_an_event_to_follow_is_planned(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The ceremony was followed by the signing of three agreements.",  # done
    "Trade will be followed by investment, analysts said.",  # no event
    "The talks were followed by a dinner hosted by the president.",  # done
])
def test_no_event_to_follow(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ an assurance to the public at home


@pytest.mark.parametrize("text", [
    "The minister assured the public that anyone evicted will be compensated.",
    "The premier assured residents that the families displaced by the road would be resettled.",
    "Mahama assured citizens that every farmer who lost crops will receive support.",
])
def test_an_undated_assurance_at_home_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Mahama assured Boluarte that Ghana would ratify the treaty by June.",
     ("ratify the treaty", "by June", "2025-06")),
    ("Boluarte assured the Ghanaian people that Peru would send vaccines next month.",
     ("send vaccines", "next month", "2025-06")),
])
def test_an_assurance_to_the_other_side_stays(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# ------------------------------------------------------------------ an event set to happen


@pytest.mark.parametrize("text", [
    "The next round of talks is set to take place in Lima in June.",
    "The next session of the joint commission is set to be held in Accra in June.",
    "The summit is set to be held in Lima next month.",
    "The air services agreement is set to be signed in Accra in July.",
    "The next round of consultations is set to take place in Accra, with dates to be agreed.",
])
def test_an_event_set_to_happen_is_the_sides(extractor: RulesExtractor, text: str) -> None:
    assert [c.actor for c in facts(extractor, text, lead=TALKS_LEAD).commitments] == ["Ghana and Peru"]
