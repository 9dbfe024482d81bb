"""A legislature's approval of a document is its ratification. Our own wording."""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


@pytest.mark.parametrize("text", [
    "Chile's Senate on Tuesday approved the digital economy agreement with Norway.",
    "The fisheries agreement with Peru was approved by the Ghanaian parliament on Monday.",
    "Kenya's National Assembly passed the extradition treaty with Peru.",
    "Lawmakers in Lima endorsed the air services agreement with Kenya.",
    "The Congress of Peru backed the investment treaty with Ghana on Thursday.",
])
def test_a_legislatures_approval_is_a_ratification(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == ["ratified"], found


@pytest.mark.parametrize("text", [
    "The cabinet approved the trade agreement with Peru on Wednesday.",
    "The two ministers approved the fisheries agreement at their meeting in Lima.",
])
def test_an_approval_by_others_is_no_ratification(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert found and all(i.status != "ratified" for i in found), found
