"""Constructions of real reports (issue 9, real18c), proved on our own wording.

Commitments: a founding particle verb after "is/are to" ("the two countries are to set up a commission")
is a plan, as after "will"; an undertaking noun restated ("restated its readiness to …", "repeated its
offer to …") is one as when reaffirmed.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated

# --------------------------------------------------------------------------- "are to set up"


@pytest.mark.parametrize(("text", "expected"), [
    ("The two countries are to set up a joint border commission.",
     ("set up a joint border commission", None, None)),
    ("Ghana is to set up a working group on fisheries by September.",
     ("set up a working group on fisheries", "by September", "2025-09")),
    ("Both governments are to set up a hotline between their coast guards.",
     ("set up a hotline between their coast guards", None, None)),
    ("Peru and Ghana are to jointly set up a business council next year.",
     ("set up a business council", "next year", None)),
    ("The foreign ministers are to set up a task force on migration within three months.",
     ("set up a task force on migration", "within three months", "2025-08-06")),
])
def test_a_founding_particle_verb_after_are_to_is_a_plan(extractor: RulesExtractor, text: str,
                                                         expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The two countries are to become close partners in the region.",
    "Peru is to set an example for its neighbours.",
])
def test_a_forecast_after_are_to_is_none(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# --------------------------------------------------------------------------- an undertaking restated


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru restated its readiness to host the fisheries forum in June.",
     ("host the fisheries forum", "in June", "2025-06")),
    ("Ghana repeated its offer to train Peruvian customs officers.",
     ("train Peruvian customs officers", None, None)),
    ("The ministers reasserted their willingness to hold talks on the maritime border.",
     ("hold talks on the maritime border", None, None)),
    ("Peru reconfirmed its pledge to cut tariffs on Ghanaian cocoa by 2026.",
     ("cut tariffs on Ghanaian cocoa", "by 2026", None)),
    ("The president restated Ghana's intention to open an embassy in Lima next year.",
     ("open an embassy in Lima", "next year", None)),
])
def test_an_undertaking_noun_restated_is_a_promise(extractor: RulesExtractor, text: str,
                                                    expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Peru repeated its criticism of the decision to close the border.",
    "Ghana restated its opposition to the decision to build the dam.",
])
def test_a_view_restated_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []

