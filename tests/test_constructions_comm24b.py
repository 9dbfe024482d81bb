"""Constructions of real reports (issue 9, comm24b), commitments, proved on our own wording.

A gathering named for a body of many states through its "of"-phrases ("the Summit of the Heads of State
of the Andean Cooperation Organisation will be held in Accra") is that body's calendar, not a plan of the
two sides; a gathering of the pair's own body or of the two states stays theirs. The guest of a fronted
invitation whom the parser joins to the host ("At the invitation of Premier A, B, prime minister of X,
will visit …") is the one who undertakes the visit. Goods, funds and envoys told "are to be handed over /
disbursed / sent" are undertaken as "will be …" ones are, and so is a counted group of people to be trained
("40 public servants would be trained in Korea next year"); a farm is works ("the solar farms would be
commissioned by June").
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, actions, dated, facts

# ------------------------------------------------------------------ a bloc's gathering in an of-phrase


@pytest.mark.parametrize("text", [
    "The Summit of the Heads of State of the Andean Cooperation Organisation will be held in Accra on "
    "June 13-14.",
    "The summit of the Economic Community of West African States will be held in Abuja in December.",
    "The next Conference of the Ministers of the Pacific Islands Community will take place in Suva in July.",
    "A meeting of the Council of Ministers of the Arab League will be held in Cairo next month.",
    "The annual assembly of the African Union is to be held in Addis Ababa in February.",
])
def test_a_blocs_gathering_is_no_plan_of_the_pair(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == []


@pytest.mark.parametrize("text", [
    "The next session of the Ghana-Peru Joint Commission will be held in Lima in June.",
    "The Summit of the Heads of State of Ghana and Peru will be held in Accra on June 13-14.",
    "The 10th Session of the JPCC will be held in Windhoek in June.",  # the pair's body by its letters
])
def test_the_pairs_own_gathering_stays_a_plan(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, lead=TALKS_LEAD)
    assert [c.actor for c in found.commitments] == ["Ghana and Peru"]


# ------------------------------------------------------------------ the guest after a fronted invitation


@pytest.mark.parametrize(("text", "actor"), [
    ("At the invitation of Premier Li Wen, Robert Fico, prime minister of Slovakia, will pay an official "
     "visit to China from October 31 to November 5.", "Robert Fico"),
    ("At the invitation of President Mahama, Dina Boluarte, president of Peru, will visit Ghana in June.",
     "Dina Boluarte"),
    ("At the invitation of Chancellor Anna Berg, Jonas Rikard, Norway's foreign minister, will travel to "
     "Berlin next week.", "Jonas Rikard"),
    ("At the invitation of King Tupou, Mark Brown, the Cook Islands premier, will pay a visit to Tonga on "
     "12 July.", "Mark Brown"),
    ("At the invitation of Minister Ama Owusu, Pedro Salas, Peru's minister of trade, will visit "
     "Kumasi in August.", "Pedro Salas"),
])
def test_the_guest_of_a_fronted_invitation_undertakes(extractor: RulesExtractor, text: str,
                                                      actor: str) -> None:
    found = facts(extractor, text)
    assert [c.actor for c in found.commitments] == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    # host and guest plainly joined by "and": both invite, no guest read out of the conjunct
    ("At the invitation of Mahama and his wife, Boluarte will visit Accra in June.", "Boluarte"),
    # a subject of its own: the invitation is not read
    ("At the invitation of President Mahama, Boluarte will pay a state visit to Ghana in June.", "Boluarte"),
])
def test_a_subject_of_its_own_stays(extractor: RulesExtractor, text: str, actor: str) -> None:
    found = facts(extractor, text)
    assert [c.actor for c in found.commitments] == [actor]


# ------------------------------------------------------------------ future passives of goods, people, works


@pytest.mark.parametrize(("text", "expected"), [
    ("Two patrol boats are to be handed over in March.",
     ("hand over two patrol boats", "in March", "2026-03")),
    ("About 40 public servants would be trained in Korea next year.",
     ("train about 40 public servants in Korea", "next year", None)),
    ("Some 200 Ghanaian nurses are to be trained in Lima by December.",
     ("train some 200 Ghanaian nurses in Lima", "by December", "2025-12")),
    ("The first solar farms would be commissioned by June next year.",
     ("commission the first solar farms", "by June next year", "2026-06")),
    ("Three helicopters are to be delivered by September.",
     ("deliver three helicopters", "by September", "2025-09")),
    ("Fifty Peruvian engineers will be trained at the Accra institute in October.",
     ("train fifty Peruvian engineers at the Accra institute", "in October", "2025-10")),
])
def test_a_future_passive_of_goods_people_or_works(extractor: RulesExtractor, text: str,
                                                   expected: tuple[str, str | None, str | None]) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The staff will be trained in Lima next year.",  # no count of people
    "The boats are to be used for patrols in March.",  # no handing over
    "Farmers will be trained in June.",  # no count
])
def test_no_future_passive_undertaken(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []
