"""Constructions of commitments told with "due" (round 22, due22), on our own wording.

"Due to" + an act tells a plan ("the president is due to visit Lima in July", "the deal is due to be signed
in June"); a document's "is due to expire" (or "lapse") is no act of anyone. A plan called off in its
sentence ("were due to meet … but … was called off"), "due to" a cause ("due to the storm"), "due for
renewal" and "dues" tell no plan. A plan told in the past keeps its month
(tests/test_constructions_real14d.py).
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian president is due to visit Accra in July.", ("visit Accra", "in July", "2025-07")),
    ("Ghana and Peru are due to sign the fisheries agreement next month.",
     ("sign the fisheries agreement", "next month", "2025-06")),
    ("The two foreign ministers are due to meet in Lima on 20 May to review the action plan.",
     ("meet in Lima to review the action plan", "20 May", "2025-05-20")),
    ("The memorandum on mining is due to be signed during the president's visit in June.",
     ("sign the memorandum on mining during the president's visit", "in June", "2025-06")),
    ("The ministry said the president was due to visit Lima next month.",
     ("visit Lima", "next month", "2025-06")),
    ("Peru's trade minister, who is due to host the business forum in Lima in August, said so.",
     ("host the business forum in Lima", "in August", "2025-08")),
])
def test_a_plan_told_with_due(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The ministers were due to meet in Lima in May but the meeting was called off.",  # a plan gone by
    "The fisheries deal is due to expire in June.",  # no act of a party
    "The Lima office lease is due to lapse next month.",  # no act of a party
    "The visa waiver deal between Ghana and Peru is due to end in December.",  # no act of a party
    "The meeting in Lima was postponed due to the storm.",  # a cause
    "The fisheries agreement is due for renewal in June.",  # no to-infinitive
    "Ghana has paid its dues to the joint commission.",  # a noun
])
def test_no_plan_told_with_due(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []
