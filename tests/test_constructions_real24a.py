"""Constructions of real signing reports (round 24, instruments): a list of single documents written as
initials, each with its own article, whose middle member is on a comma list of its own ("… include an MoU on
A, an MoU on B, C and D, and an MoU on E"), is no list of the package's subjects: the inner list belongs to
its member, so B, C and D are not also read as documents of the package."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# ------------------------------------------------------------------ members written as initials


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Laos signed four MoUs on Friday. The MoUs include an MoU on mining, an MoU on roads, ports "
     "and airports, and an MoU on health.",
     ["MoU on mining", "MoU on roads, ports and airports", "MoU on health"]),
    ("The documents signed include an MOU on fisheries, an MOU on schools, clinics and water, and an MOU "
     "on youth.", ["MOU on fisheries", "MOU on schools, clinics and water", "MOU on youth"]),
    ("Chile and Laos signed four MOUs on Friday, including an MOU on mining, an MOU on roads, ports and "
     "airports, and an MOU on health.",
     ["MOU on mining", "MOU on roads, ports and airports", "MOU on health"]),
    ("Benin and Togo signed three MoUs, which include an MoU on customs, an MoU on cattle, sheep and goats, "
     "and an MoU on trade.", ["MoU on customs", "MoU on cattle, sheep and goats", "MoU on trade"]),
    ("Ghana and Peru signed six MoUs on Monday. The MoUs include an MoU on fisheries, an MoU on trade, "
     "tourism and art, and an MoU on health.",
     ["MoU on fisheries", "MoU on trade, tourism and art", "MoU on health"]),
])
def test_an_inner_list_of_a_member_in_initials_is_its_own(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the package's list of fields, no member of its own: one document each
    ("Chile and Laos signed four MoUs on Friday, including MoUs on mining, roads and health.",
     ["mining", "roads", "health"]),
    ("Chile and Laos signed four MoUs on Friday. The MoUs cover mining, roads, ports and health.",
     ["mining", "roads", "ports", "health"]),
    # a lowercase member keeps its reading
    ("Ghana and Peru signed six MoUs on Monday. They include a memorandum on trade, tourism and art, and a "
     "memorandum on health.", ["memorandum on trade, tourism and art", "memorandum on health"]),
])
def test_a_list_of_the_package_keeps_its_items(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected
