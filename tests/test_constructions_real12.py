"""Constructions of real reports (round 12, issue 9), proved on our own wording (texts dated Tuesday 6 May
2025): an item put on a visit's agenda or itinerary ("a meeting with investors is also on the agenda") is
listed, not held, so it is no meeting; one discussion or consultation told held ("an official discussion
between X and Y was held at the palace") is talks between the two; "X signed the Memorandum for
Kenya" names the side X signed for, so the re-mention is the memorandum named before, not a new one.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts, meetings, named, of_kind

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


# ------------------------------------------------------------------ signed "for" a state: the side


@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Uganda signed a memorandum of understanding on fisheries on Monday. Trade Minister Lee "
     "Kinyanjui signed the Memorandum for Kenya and Foreign Minister Jeje Odongo signed for Uganda.",
     "fisheries"),
    ("Japan and Palau signed a memorandum on coastal shipping. Ambassador Karen Lee signed the Memorandum "
     "for the Republic of Palau.", "coastal shipping"),
    ("Chile and Peru signed an agreement on border crossings. Foreign Minister Alberto van Klaveren signed "
     "the Agreement for Chile.", "border crossings"),
    ("Egypt and Sudan signed a treaty on the Nile waters. Foreign Minister Badr Abdelatty signed the Treaty "
     "for Egypt and his Sudanese counterpart signed for Sudan.", "Nile"),
    ("Norway and Ghana signed an agreement on fisheries research. State Secretary Eivind Vad Petersson "
     "signed the Agreement for the Kingdom of Norway.", "fisheries research"),
])
def test_signed_for_a_state_is_the_same_document(extractor: RulesExtractor, text: str, subject: str) -> None:
    found = facts(extractor, text).instruments
    assert len(found) == 1, [i.subject for i in found]
    assert subject in found[0].subject


@pytest.mark.parametrize(("text", "subject"), [
    # the state a grant is for is part of what the document is
    ("Japan signed a grant agreement for Kenya on Monday.", "grant agreement for Kenya"),
    # "for" a thing, not a state: the subject
    ("Japan and Kenya signed the agreement for the supply of rice on Monday.", "supply of rice"),
])
def test_for_what_stays_in_the_subject(extractor: RulesExtractor, text: str, subject: str) -> None:
    found = facts(extractor, text).instruments
    assert len(found) == 1 and subject in found[0].subject, [i.subject for i in found]


# ------------------------------------------------------------------ home after an encounter: who was at it


@pytest.mark.parametrize(("text", "kind", "traveller"), [
    ("Chilean President Gabriel Boric returned to Santiago after talks with Argentine President Javier "
     "Milei.", "talks", "Boric"),
    ("Indonesian President Prabowo Subianto returned home on Monday after a meeting with Chinese President "
     "Xi Jinping in Beijing.", "talks", "Prabowo"),
    ("Kenyan President William Ruto returned to Nairobi on Sunday after a state visit to Ghana.",
     "visit", "Ruto"),
    ("Vietnamese Prime Minister Pham Minh Chinh flew home following talks with his Lao counterpart Sonexay "
     "Siphandone in Vientiane.", "talks", "Pham Minh Chinh"),
    ("Peruvian Foreign Minister Elmer Schialer arrived back in Lima after talks with Bolivian President "
     "Luis Arce in La Paz.", "talks", "Schialer"),
])
def test_who_came_home_was_at_the_encounter(extractor: RulesExtractor, text: str, kind: str,
                                            traveller: str) -> None:
    found = of_kind(extractor, text, kind)
    assert len(found) == 1 and named(found[0], traveller), meetings(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    # a return while others talk: the traveller was not at the talks
    ("Kenyan President William Ruto returned to Nairobi as talks between Ghanaian President John Mahama "
     "and Togolese President Faure Gnassingbe began in Accra.", "Ruto"),
    ("Kenyan President William Ruto returned to Nairobi before the talks with Ghanaian President John "
     "Mahama began.", "Ruto"),
])
def test_act_after_the_encounter_adds_no_one(extractor: RulesExtractor, text: str, absent: str) -> None:
    assert not any(named(m, absent) for m in meetings(extractor, text) if m.kind == "talks")
