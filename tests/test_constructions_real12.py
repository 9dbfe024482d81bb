"""Constructions of real reports (round 12, issue 9), proved on our own wording (texts dated Tuesday 6 May
2025): an item put on a visit's agenda or itinerary ("a meeting with investors is also on the agenda") is
listed, not held, so it is no meeting; one discussion or consultation told held ("an official discussion
between X and Y was held at the palace") is talks between the two.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named, of_kind

# ------------------------------------------------------------------ an item on the agenda is not held


@pytest.mark.parametrize("text", [
    "A meeting with the Kenyan business community is also on the agenda of the minister's visit.",
    "Talks with Brazilian President Luiz Inacio Lula da Silva are on the agenda for Thursday.",
    "Meetings with Japanese investors were on the itinerary of the Ghanaian president, officials said.",
    "A visit to the Tema port is also on the schedule of the Togolese delegation.",
    "A courtesy call on the Emir of Qatar remains on the agenda, the foreign ministry said.",
])
def test_item_on_the_agenda_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == []


@pytest.mark.parametrize(("text", "kind"), [
    # a meeting held, whose topic is a programme
    ("The two foreign ministers met in Vienna on Monday to discuss the nuclear programme.", "talks"),
    # the agenda is what the talks covered, the talks were held
    ("Kenyan President William Ruto held talks with Ghanaian President John Mahama in Accra on Monday, "
     "with trade high on the agenda.", "talks"),
])
def test_meeting_held_with_an_agenda_is_kept(extractor: RulesExtractor, text: str, kind: str) -> None:
    assert of_kind(extractor, text, kind), meetings(extractor, text)


# ------------------------------------------------------------------ one discussion told held


@pytest.mark.parametrize(("text", "first", "second"), [
    ("An official discussion between visiting Nepali Prime Minister Pushpa Kamal Dahal and Indian "
     "President Droupadi Murmu was held in New Delhi on Monday.", "Dahal", "Murmu"),
    ("A discussion between Chilean President Gabriel Boric and Argentine President Javier Milei was held "
     "at the Casa Rosada on Friday.", "Boric", "Milei"),
    ("A bilateral consultation between Egyptian Foreign Minister Badr Abdelatty and Jordanian Foreign "
     "Minister Ayman Safadi was held in Amman.", "Abdelatty", "Safadi"),
    ("On Monday a formal discussion between Kenyan President William Ruto and Ugandan President Yoweri "
     "Museveni was held at State House, Entebbe.", "Ruto", "Museveni"),
    ("An official discussion between Sri Lankan President Anura Kumara Dissanayake and Maldivian "
     "President Mohamed Muizzu was held at the Presidential Secretariat this morning.",
     "Dissanayake", "Muizzu"),
])
def test_one_discussion_held_is_talks(extractor: RulesExtractor, text: str, first: str, second: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1, meetings(extractor, text)
    assert named(talks[0], first) and named(talks[0], second), talks


@pytest.mark.parametrize("text", [
    "The decision to close the border was taken in consultation with Ugandan officials on Monday.",
    "The discussion on the rail link focused on its cost, the Kenyan transport minister said.",
])
def test_consultation_not_held_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == []
