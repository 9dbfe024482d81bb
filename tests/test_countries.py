"""The gazetteer: the adjectives and demonyms news copy calls states by, and what is no state."""

from __future__ import annotations

import pytest

from accord.normalize.countries import gazetteer
from accord.resolve.text import countries_in

# One adjective per state of every region, in the form a wire story uses before a title
# ("Argentine President …", "Uzbek Foreign Minister …").
ADJECTIVES = {
    "Argentine": "AR", "Argentinian": "AR", "Uzbek": "UZ", "Kazakh": "KZ", "Kyrgyz": "KG", "Tajik": "TJ",
    "Lao": "LA", "Icelandic": "IS", "Nepali": "NP", "Nepalese": "NP", "Maldivian": "MV", "Timorese": "TL",
    "Djiboutian": "DJ", "Ecuadorian": "EC", "Surinamese": "SR", "Slovenian": "SI", "Bosnian": "BA",
    "Filipino": "PH", "Emirati": "AE", "Saudi": "SA", "Dutch": "NL", "Vietnamese": "VN", "Kenyan": "KE",
    "Chilean": "CL", "Peruvian": "PE", "Ghanaian": "GH", "Moroccan": "MA", "Omani": "OM", "Polish": "PL",
    "South Korean": "KR", "Belarusian": "BY", "Pakistani": "PK", "Sri Lankan": "LK", "Mongolian": "MN",
    "Slovakian": "SK", "Azeri": "AZ", "Comorian": "KM", "Cape Verdean": "CV", "Cabo Verdean": "CV",
    "Santomean": "ST", "Kyrgyzstani": "KG", "Tajikistani": "TJ",
}
# Short names wire copy uses for states whose data name is longer.
SHORT_NAMES = {"DRC": "CD", "Vatican": "VA", "Micronesia": "FM", "Lao PDR": "LA", "KSA": "SA"}


@pytest.mark.parametrize(("name", "code"), sorted(SHORT_NAMES.items()))
def test_a_short_name_names_its_state(name: str, code: str) -> None:
    found = gazetteer().resolve(name)
    assert found is not None and found.iso2 == code


@pytest.mark.parametrize(("word", "code"), sorted(ADJECTIVES.items()))
def test_an_adjective_names_its_state(word: str, code: str) -> None:
    assert countries_in(f"{word} President Ana Rojas arrived on Monday.") == {code}
    found = gazetteer().resolve(word)
    assert found is not None and found.iso2 == code


@pytest.mark.parametrize("text", ["a reading of Lao-tzu", "a Bosnia-bound convoy", "the Nepalese-style momo"])
def test_a_form_inside_a_hyphenated_word_is_no_state(text: str) -> None:
    assert countries_in(text) == frozenset()


@pytest.mark.parametrize(("text", "codes"), [
    ("the Chile-Oman trade agreement", {"CL", "OM"}),
    ("India-Pakistan talks", {"IN", "PK"}),
    ("the Sri Lanka-Thailand FTA", {"LK", "TH"}),
    ("Guinea-Bissau", {"GW"}),
    ("Timor-Leste", {"TL"}),
])
def test_a_hyphenated_pair_names_both_states(text: str, codes: set[str]) -> None:
    assert countries_in(text) == codes
