"""Constructions of real reports (issue 9, people23), people, proved on our own wording.

A given name written short with a stop, as the Bangladeshi and Malaysian press write "Mohammad"
("Md. Karim Uddin"), is part of the name, not the end of the title before it. A Romance particle that
means "of" before a state's name closing a name ("President Ana Lopes de Angola") tells the person's
state, and is not the last of the name.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def people(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.country) for p in facts(extractor, text).people]


# ------------------------------------------------------------------ "Md." opens a name


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Adviser Md. Karim Uddin met the Peruvian envoy in Dhaka on Monday.",
     ("Md. Karim Uddin", "Foreign Adviser")),
    ("Bangladesh Commerce Secretary Md. Rafiq Hasan signed the deal in Lima.",
     ("Md. Rafiq Hasan", "Commerce Secretary")),
    ("The memorandum was signed by Md. Salim Reza, the secretary of the ministry, in Accra.",
     ("Md. Salim Reza", None)),
    ("Ghana's envoy called on State Minister Md. Nurul Islam at his office.",
     ("Md. Nurul Islam", "State Minister")),
    ("Speaking after the talks, Ambassador Md. Abu Zafar said trade would grow.",
     ("Md. Abu Zafar", "Ambassador")),
])
def test_a_given_name_written_short_stays_in_the_name(extractor: RulesExtractor, text: str,
                                                      expected: tuple[str, str | None]) -> None:
    found = [(name, role) for name, role, _ in people(extractor, text)]
    assert any(name == expected[0] and (expected[1] is None or role == expected[1]) for name, role in found)
    assert all(role is None or "Md." not in role for _, role in found)


# ------------------------------------------------------------------ a Romance "of" before a state


@pytest.mark.parametrize(("text", "expected"), [
    ("President Ana Lopes de Angola received the Peruvian foreign minister in Luanda.",
     ("Ana Lopes", "Angola")),
    ("Minister of Foreign Affairs Tito Mendes da Angola met the Ghanaian envoy.",
     ("Tito Mendes", "Angola")),
    ("President Luis Rocha de Bolivia and Ghana's President Kofi Mensah signed the accord.",
     ("Luis Rocha", "Bolivia")),
    ("Ambassador Maria Lopes do Brasil presented her credentials on Tuesday.",
     ("Maria Lopes", "Brazil")),
    ("The talks were held by Foreign Minister Pedro Ruiz del Peru and his host.",
     ("Pedro Ruiz", "Peru")),
])
def test_a_romance_of_before_a_state_tells_the_persons_state(extractor: RulesExtractor, text: str,
                                                              expected: tuple[str, str]) -> None:
    assert expected in [(name, country) for name, _, country in people(extractor, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a particle inside the name, no state after it
    ("Minister Carlos de la Cruz met the Ghanaian envoy in Lima.", "Carlos de la Cruz"),
    ("Ambassador Joana da Costa Santos presented her credentials.", "Joana da Costa Santos"),
    ("Foreign Minister Luisa Ortega del Valle met the Ghanaian envoy in Lima.", "Luisa Ortega del Valle"),
])
def test_a_particle_inside_a_name_stays(extractor: RulesExtractor, text: str, expected: str) -> None:
    assert expected in [name for name, _, _ in people(extractor, text)]
