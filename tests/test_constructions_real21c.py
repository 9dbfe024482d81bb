"""Constructions of real reports (issue 9, real21c), commitments, proved on our own wording.

An act a party "will have to" do is its undertaking, as "will do" is; "in the upcoming month" is next month.
Acts coordinated each under its own modal ("will build a port and will fund a school") are two promises,
neither in the other's words. A settlement or an undertaking noun whose passive verb carries the
infinitive ("a deal was struck by the ministers to …", "instructions were given to …", "a decision was made
to …") is the sides' promise; a task or target set in the passive ("tasks have been set to …") is theirs
too, not the task's. An envoy posted in the passive ("a new ambassador will be sent to Lima by June") is
the sending side's step, when dated.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, Dated, actions, dated, facts

# ------------------------------------------------------------------ "will have to"


@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign minister said he will have to visit Lima by the end of the year.",
     ("visit Lima", "by the end of the year", "2025-12")),
    ("Ghana will have to ratify the fisheries treaty by June.", ("ratify the fisheries treaty", "by June",
                                                                  "2025-06")),
    ("Both governments would have to open their consulates within two months, the envoy said.",
     ("open their consulates", "within two months", "2025-07-06")),
    ("Peru will have to deliver the first vaccines to Accra next month.",
     ("deliver the first vaccines to Accra", "next month", "2025-06")),
    ("The two ministers will have to meet again in August to settle the quota.",
     ("meet again to settle the quota", "in August", "2025-08")),
])
def test_what_a_party_will_have_to_do_is_its_promise(extractor: RulesExtractor, text: str,
                                                      expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Exporters will have to wait for the new rules, analysts said.",  # no party: a forecast
    "The ministers will have talks on fisheries in June.",  # "have" with its own object: no obligation
])
def test_have_to_of_no_party_or_no_infinitive(extractor: RulesExtractor, text: str) -> None:
    assert [a for a, _, _ in dated(extractor, text) if "have" in a or "wait" in a] == []


# ------------------------------------------------------------------ the upcoming month


@pytest.mark.parametrize(("text", "expected"), [
    ("In the upcoming month, the two sides will hold the next joint commission.",
     ("hold the next joint commission", "In the upcoming month", "2025-06")),
    ("Peru will open a trade office in Accra in the upcoming month.",
     ("open a trade office in Accra", "in the upcoming month", "2025-06")),
    ("Ghana pledged to send a trade mission to Lima during the upcoming month.",
     ("send a trade mission to Lima", "during the upcoming month", "2025-06")),
    ("The ministers agreed to sign the protocol the upcoming week.",
     ("sign the protocol", "the upcoming week", "2025-05-18")),
    ("The two leaders will meet again in the coming month.",
     ("meet again", "in the coming month", "2025-06")),
])
def test_the_upcoming_month_is_next_month(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# ------------------------------------------------------------------ acts each under its own modal


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana will build a new port in Tema and will fund a nursing school in Lima.",
     ["build a new port in Tema", "fund a nursing school in Lima"]),
    ("Peru will open a consulate in Kumasi, will send a trade mission and will host the next forum.",
     ["open a consulate in Kumasi", "send a trade mission", "host the next forum"]),
    ("The two ministers would review the roadmap in June and would report to the presidents.",
     ["review the roadmap", "report to the presidents"]),
    ("Ghana would train Peruvian nurses and would also supply cocoa seedlings to farmers.",
     ["train Peruvian nurses", "supply cocoa seedlings to farmers"]),
    ("Peru shall grant ten scholarships a year and shall open a cultural centre in Accra.",
     ["grant ten scholarships a year", "open a cultural centre in Accra"]),
])
def test_acts_each_under_its_own_modal_are_apart(extractor: RulesExtractor, text: str,
                                                 expected: list[str]) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one object for both verbs: the first act has no words of its own without the second
    ("Peru will sign and will ratify the treaty by June.", "sign and will ratify the treaty"),
    # one modal for both acts: one promise in the words of both
    ("Ghana will build and run a nursing school in Lima.", "build and run a nursing school in Lima"),
])
def test_acts_sharing_their_words_stay_together(extractor: RulesExtractor, text: str, expected: str) -> None:
    assert next(a for a, _, _ in dated(extractor, text)) == expected


# ------------------------------------------------------------------ a passive settlement or undertaking noun


@pytest.mark.parametrize(("text", "expected"), [
    ("A deal was struck by the two ministers to reopen the air route.", ("reopen the air route", None, None)),
    ("An understanding was reached by the delegations to resume direct flights next month.",
     ("resume direct flights", "next month", "2025-06")),
    ("Instructions were given to prepare the joint commission before October.",
     ("prepare the joint commission", "before October", "2025-09")),
    ("A decision was made to open an embassy in Accra by the end of the year.",
     ("open an embassy in Accra", "by the end of the year", "2025-12")),
    ("A firm commitment was given to deliver the vaccines by June.", ("deliver the vaccines", "by June",
                                                                      "2025-06")),
    ("An agreement was clinched in Lima by the two sides to double the cocoa quota.",
     ("double the cocoa quota", None, None)),
])
def test_a_passive_settlement_or_undertaking_is_the_sides_promise(extractor: RulesExtractor, text: str,
                                                                  expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "No deal was struck by the ministers to reopen the air route.",
    "The decision to close the border was criticised by the opposition.",
    "A deal was struck by lightning last year.",
])
def test_no_settlement_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Tasks have been set to raise trade to two billion dollars by 2027.",
    "The task was set to double cocoa exports within five years.",
    "Targets were set to lift trade to one billion dollars by 2030.",
    "A goal has been set to bring tourism to 50,000 visitors a year by 2028.",
    "The objective was set to triple trade within three years.",
])
def test_a_task_set_in_the_passive_is_the_sides(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, lead=TALKS_LEAD).commitments
    assert [c.actor for c in found] == ["Ghana and Peru"]


# ------------------------------------------------------------------ an envoy posted, when dated


@pytest.mark.parametrize(("text", "expected"), [
    ("A new ambassador will be sent to Lima by June, the minister said.",
     ("send a new ambassador to Lima", "by June", "2025-06")),
    ("Ghana's first resident ambassador to Peru would be appointed next month.",
     ("appoint Ghana's first resident ambassador to Peru", "next month", "2025-06")),
    ("A consul will be posted to Kumasi before the end of the year.",
     ("post a consul to Kumasi", "before the end of the year", "2025-12")),
    ("A special envoy will be dispatched to Accra next week.",
     ("dispatch a special envoy to Accra", "next week", "2025-05-18")),
    ("An honorary consul would be named in Cusco in July.",
     ("name an honorary consul in Cusco", "in July", "2025-07")),
])
def test_an_envoy_posted_when_dated(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The ambassador was sent to Lima in 2019.",  # done
    "A letter will be sent to the ambassador next week.",  # the envoy is not what is sent
])
def test_no_envoy_posted_ahead(extractor: RulesExtractor, text: str) -> None:
    assert not any("ambassador" in a for a in actions(facts(extractor, text, lead=TALKS_LEAD)))


# ------------------------------------------------------------------ a deed told in the pluperfect


def _done(extractor: RulesExtractor, text: str) -> list[str]:
    return [c.action for c in facts(extractor, text, lead=TALKS_LEAD).commitments if c.change == "done"]


@pytest.mark.parametrize("text", [
    "Peru had opened consulates in Accra and Kumasi.",
    "By then, Ghana had already reopened its embassy in Lima.",
    "Ghana had resumed direct flights to Lima long before the visit.",
    "The two countries had reopened their border crossing after the floods.",
    "Peru had inaugurated a trade office in Kumasi, and the talks built on it.",
])
def test_a_pluperfect_deed_of_the_story_is_background(extractor: RulesExtractor, text: str) -> None:
    assert _done(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the news itself, told in the past of its saying, or in the simple past
    ("The ministry said Peru had delivered the first vaccines on Monday.", ["deliver first vaccines"]),
    ("Peru reopened its consulate in Kumasi on Monday.", ["reopen consulate in Kumasi"]),
])
def test_a_deed_reported_is_still_done(extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert _done(extractor, text) == expected


# ------------------------------------------------------------------ a request granted


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian minister supported his request to send a replacement panda to Accra.",
     ("send a replacement panda to Accra", None, None)),
    ("Peru accepted Ghana's request to supply cocoa seedlings by June.",
     ("supply cocoa seedlings", "by June", "2025-06")),
    ("Lima has granted the request to extend the fishing quota for another season.",
     ("extend the fishing quota for another season", None, None)),
    ("President Boluarte honoured a request by Accra to train forty nurses next year.",
     ("train forty nurses", "next year", None)),
    ("Peru approved Ghana's long-standing request to resume direct flights in September.",
     ("resume direct flights", "in September", "2025-09")),
])
def test_a_request_granted_is_an_undertaking(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Peru rejected Ghana's request to extend the fishing quota.",
    "Peru did not accept Ghana's request to extend the fishing quota.",
    "Ghana made a request to open a consulate in Lima.",
    "The ministers discussed Ghana's request to extend the fishing quota.",
])
def test_a_request_not_granted_is_none(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []
