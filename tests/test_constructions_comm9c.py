"""Commitment constructions for unseen text, round 9c (issue 9), proved on our own wording: a verb
the tagger reads as an adjective right after "agreed (on DAY) to" ("to double cocoa trade"), whose
action was the day.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


# ------------------------------------------- a verb read as an adjective after "agreed (on DAY) to"


@pytest.mark.parametrize(("text", "action", "deadline"), [
    ("Ghana and Peru agreed on Tuesday to double cocoa trade by 2030.", "double cocoa trade", "by 2030"),
    ("Peru agreed on Tuesday to quadruple exports of copper to Ghana within five years.",
     "quadruple exports of copper to Ghana", "within five years"),
    ("The ministers agreed on Monday to triple investment in solar power before 2030.",
     "triple investment in solar power", "before 2030"),
    ("The two countries agreed on Monday to further cooperation in health by the end of the year.",
     "further cooperation in health", "by the end of the year"),
    ("Ghana and Peru agreed on Monday to double direct flights between Accra and Lima by June.",
     "double direct flights between Accra and Lima", "by June"),
    ("Ghana resolved on Tuesday to double scholarships for Peruvian students by 2026.",
     "double scholarships for Peruvian students", "by 2026"),
    ("Ghana and Peru agreed on May 5 to quadruple bilateral investment by 2035.",
     "quadruple bilateral investment", "by 2035"),
])
def test_a_verb_read_as_an_adjective_after_agreed_to_is_the_action(
        extractor: RulesExtractor, text: str, action: str, deadline: str) -> None:
    found = found_in(extractor, text).commitments
    assert [(c.action, c.deadline_text) for c in found] == [(action, deadline)]


@pytest.mark.parametrize("text", [
    "Ghana and Peru agreed on Tuesday to double cocoa trade, the ministry said.",
    "Ghana and Peru agreed on Monday to triple the number of student exchanges.",
    "Peru agreed on Tuesday to halve tariffs on Ghanaian cocoa by next year.",
])
def test_a_day_is_never_the_action(extractor: RulesExtractor, text: str) -> None:
    acts = actions(found_in(extractor, text))
    assert acts and all(a.split()[0] in ("double", "triple", "halve") for a in acts)
    assert not any(day in a for a in acts for day in ("Monday", "Tuesday"))


@pytest.mark.parametrize("text", [
    "Ghana and Peru agreed on Tuesday to joint patrols in the Gulf of Guinea.",
    "The two sides agreed on Monday to the double taxation treaty.",
    "The ministers agreed on Tuesday to an open skies deal.",
    "The two sides agreed on Monday, the ministry said.",
])
def test_agreeing_to_a_thing_or_on_a_day_undertakes_no_act(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------- a bare conjunct sharing one "to", with a time of its own


@pytest.mark.parametrize(("text", "second", "deadline"), [
    ("Ghana and Peru agreed to complete the feasibility study by March 2026 and start construction in 2027.",
     "start construction", "in 2027"),
    ("Peru pledged to train 50 nurses by June and send 20 doctors to Kumasi in 2027.",
     "send 20 doctors to Kumasi", "in 2027"),
    ("The two sides agreed to sign the trade accord by July and open a joint bank by December.",
     "open a joint bank", "by December"),
    ("Ghana committed to draft a plan by May and hold a forum in Lima next year.", "hold a forum in Lima",
     "next year"),
    ("The ministers decided to finish the survey by April and begin drilling in 2028.", "begin drilling",
     "in 2028"),
])
def test_a_bare_conjunct_with_its_own_time_is_a_promise_of_its_own(
        extractor: RulesExtractor, text: str, second: str, deadline: str) -> None:
    found = found_in(extractor, text).commitments
    assert len(found) == 2, [c.action for c in found]
    assert (found[1].action, found[1].deadline_text) == (second, deadline)
    assert second not in found[0].action


@pytest.mark.parametrize("text", [
    "Ghana and Peru agreed to sign and ratify the accord by July.",
    "Peru pledged to train and deploy 50 nurses in Kumasi by 2027.",
    "The ministers decided to draft a plan and present it to the leaders by May.",
    "The two sides agreed to start talks by March and conclude them within four months.",
])
def test_one_time_at_the_end_is_both_acts(extractor: RulesExtractor, text: str) -> None:
    assert len(found_in(extractor, text).commitments) == 1
