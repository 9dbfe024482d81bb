"""A clause denied by its subject ("no project has started", "no flights have resumed") says the
act did not happen, as "has not started" does: proved on our own wording."""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

_LEAD = "Kenya and Norway signed a fisheries memorandum in Nairobi in May. "


@pytest.mark.parametrize("text", [
    "No joint project has started since then.",
    "Officials said no joint venture had been launched.",
    "No pilot project was launched in the first year.",
    "So far no joint research programme has begun, officials said.",
    "No training project has been set up under it.",
])
def test_an_initiative_whose_subject_is_denied_is_not_under_way(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, _LEAD + text).initiatives
    assert not any(i.state in ("under_way", "done") for i in found), found


@pytest.mark.parametrize("text", [
    "A joint project has started since then.",
    "Officials said a joint venture had been launched.",
])
def test_an_initiative_told_started_is_under_way(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, _LEAD + text).initiatives
    assert any(i.state in ("under_way", "done") for i in found), found


@pytest.mark.parametrize("text", [
    "No direct flights have resumed since March.",
    "No consulate opened in Mombasa last year.",
    "No embassy has reopened in the capital.",
    "Airline officials said no flights had resumed.",
    "Since the talks, no trade office has opened in Lima.",
])
def test_an_act_whose_subject_is_denied_is_not_done(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, _LEAD + text).commitments if c.change == "done"]


@pytest.mark.parametrize("text", [
    "Direct flights have resumed since March.",
    "The consulate in Mombasa opened last year.",
])
def test_an_act_told_done_is_done(extractor: RulesExtractor, text: str) -> None:
    assert [c for c in facts(extractor, _LEAD + text).commitments if c.change == "done"]
