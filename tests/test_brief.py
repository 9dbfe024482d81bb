"""How the brief names instruments in prose."""

from __future__ import annotations

import pytest

from accord.titles import instrument_name


@pytest.mark.parametrize(("fields", "name"), [
    ({"type": "mou", "subject": "e-commerce"}, "the MoU on e-commerce"),
    ({"type": "treaty", "subject": "extradition treaty"}, "the extradition treaty"),
    ({"type": "roadmap", "subject": "Roadmap for Comprehensive Cooperation 2025-2027"},
     "Roadmap for Comprehensive Cooperation 2025-2027"),
    ({"type": "mou", "subject": "memorandum of understanding on fisheries"},
     "the memorandum of understanding on fisheries"),
    ({"type": "other", "subject": "visa exemption"}, "the instrument on visa exemption"),
])
def test_instrument_name(fields: dict[str, str], name: str) -> None:
    assert instrument_name(fields) == name
