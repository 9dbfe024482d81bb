"""Meeting constructions of round 10 on unseen text (issue 9), proved on our own wording (the texts are
dated Tuesday 6 May 2025): a meeting only described refers back, separate meetings with the holders of
offices of several states, a day told in a person's clause, a visit of several days with no arrival
day, and a one-side body's own meeting with no guest.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named

# --------------------------------------------------------------------------- a meeting only described


@pytest.mark.parametrize("text", [
    "King Abdullah received President Sisi and President Abbas in Amman on Tuesday. The Amman summit was "
    "brief but warm.",
    "Sultan Haitham met President Ruto in Muscat on Monday and President Tinubu in Salalah on Wednesday. "
    "The Muscat meeting was the more significant of the two, officials said.",
    "Sultan Haitham met President Ruto in Muscat on Monday and President Tinubu in Salalah on Wednesday. "
    "The Salalah talks were shorter, an aide said.",
    "President Lula and President Petro held talks in Leticia on Friday. The Leticia summit proved fruitful, "
    "diplomats said.",
    "Prime Minister Anwar Ibrahim and President Prabowo Subianto held talks in Putrajaya on Monday. The "
    "Putrajaya meeting was their third this year.",
])
def test_a_meeting_only_described_refers_back(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].kind == "talks", found
    assert not [p for p in found[0].participants if p in text.split(". ")[1]], found


@pytest.mark.parametrize("text", [
    "President Ruto held talks with President Museveni in Kampala on Monday. The meeting between President "
    "Ruto and Prime Minister Abiy in Addis Ababa on Friday was shorter.",
    "President Ruto held talks with President Museveni in Kampala on Monday. A summit between Prime Minister "
    "Abiy and President Kiir in Juba on Friday was brief.",
])
def test_a_meeting_described_with_its_own_people_is_another(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 2
