"""A package's breadth told before its fields (round 16, read off real reports). Our own wording.

"37 agreements … span a wide range of sectors, including agriculture, trade …", "33 agreements covering
a wide spectrum including trade; energy; …", "contracts signed in different spheres including
aviation …": the fields after "including"/"such as" are examples of how broad the package is, not
one document each; the count stays a figure. Fields told with no word of breadth ("in the fields of
energy, mining and transport", "covering cooperation in A, B and C") still name one document each.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

DAY = date(2031, 5, 12)


@pytest.mark.parametrize(("text", "count"), [
    ("The two sides signed 37 agreements on Monday. The agreements span a wide range of sectors, including "
     "agriculture, trade, energy and tourism.", "37"),
    ("The two presidents noted the 33 existing agreements covering a wide spectrum including trade; energy; "
     "defence; mining and tourism.", "33"),
    ("Seventeen contracts were signed in different spheres including aviation, culture, health and sport.",
     "Seventeen"),
    ("The ministers signed twelve memoranda in various fields, such as fisheries, education, health and "
     "culture.", "twelve"),
    ("The delegations signed 20 documents covering a broad array of areas, including customs, transport and "
     "energy.", "20"),
    ("The two governments signed nine agreements in diverse areas like mining, railways and water supply.",
     "nine"),
])
def test_fields_after_a_word_of_breadth_are_examples_not_documents(extractor: RulesExtractor, text: str,
                                                                     count: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert found.instruments == []
    assert [f.value for f in found.figures] == [count]


@pytest.mark.parametrize(("text", "subjects"), [
    ("Memoranda of understanding were signed covering cooperation in e-commerce, health and tourism.",
     ["e-commerce", "health", "tourism"]),
    ("The two sides signed agreements in the fields of energy, mining and transport.",
     ["energy", "mining", "transport"]),
])
def test_fields_told_with_no_breadth_name_a_document_each(extractor: RulesExtractor, text: str,
                                                          subjects: list[str]) -> None:
    assert [i.subject for i in facts(extractor, text, published=DAY).instruments] == subjects
