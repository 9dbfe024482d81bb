"""Constructions of real reports (round 18, issue 9), meetings, proved on our own wording: a guest received
told by a clause that opens the sentence ("While receiving X, the President said …"); a meal a host
gave, told by the giving verb in any voice ("offered a lunch for X", "a dinner was held, hosted by X");
a guest's reception ceremony ("Official reception ceremonies were held in honour of X"); a conversation held
in person ("X and Y held a one-on-one conversation"); a call paid on someone ("paid a call on President X");
one person dealing with another beside a gathering ("raised X with Y on the sidelines of …"); a guest seen
off ("saw off his counterpart", "bade farewell to X", "a send-off ceremony …, attended by X").
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text).meetings]


# ------------------------------------------------------------------ a guest received in an opening clause

@pytest.mark.parametrize(("text", "guest", "host"), [
    ("While receiving Lao Ambassador Khamphao Ernthavanh, Prime Minister Pham Minh Chinh praised the "
     "close ties between the two countries.", "Khamphao Ernthavanh", "Pham Minh Chinh"),
    ("Receiving the visiting Danish Foreign Minister Lars Lokke Rasmussen in Abuja on Monday, President "
     "Bola Tinubu called for more investment.", "Lars Lokke Rasmussen", "Bola Tinubu"),
    ("Welcoming Kenyan Defence Secretary Aden Duale, Minister Richard Marles said the two navies would "
     "train together.", "Aden Duale", "Richard Marles"),
    ("Upon receiving Chilean Senate President Manuel Ossandon, Speaker Han Chol spoke about trade.",
     "Manuel Ossandon", "Han Chol"),
    ("When hosting Ghanaian Foreign Minister Samuel Ablakwa at the ministry, Secretary Enrique Manalo "
     "stressed maritime cooperation.", "Samuel Ablakwa", "Enrique Manalo"),
])
def test_a_guest_received_in_an_opening_clause_is_met(extractor: RulesExtractor, text: str, guest: str,
                                                      host: str) -> None:
    talks = [people for kind, people in _meetings(extractor, text) if kind == "talks"]
    assert any(guest in people and host in people for people in talks)


@pytest.mark.parametrize("text", [
    # what is received or welcomed is no guest, or the gerund opens no clause
    "Welcoming the decision of the two governments, the chamber of commerce said exports would rise.",
    "While receiving the national award in Lusaka, the singer thanked her fans.",
    "The port city is receiving more tourists from Europe this year, officials said.",
])
def test_a_gerund_without_a_guest_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ a meal a host gave

@pytest.mark.parametrize(("text", "names"), [
    ("An informal dinner was held on Wednesday evening, hosted by Foreign Minister Penny Wong for her "
     "Indonesian counterpart Retno Marsudi.", ["Penny Wong", "Retno Marsudi"]),
    ("A luncheon hosted by Prime Minister Christopher Luxon for the Fijian delegation followed the talks.",
     ["Christopher Luxon"]),
    ("The Emir offered a farewell lunch for the visiting President William Ruto.", ["William Ruto"]),
    ("Prime Minister Fumio Kishida gave a dinner in honour of President Yoon Suk Yeol on Sunday.",
     ["Fumio Kishida", "Yoon Suk Yeol"]),
    ("A banquet was thrown by King Letsie for President Cyril Ramaphosa at the Royal Palace.",
     ["Cyril Ramaphosa"]),
    ("Chancellor Olaf Scholz offered a breakfast to his Polish counterpart Donald Tusk before the summit.",
     ["Olaf Scholz", "Donald Tusk"]),
    ("In honour of President Gustavo Petro, a luncheon was held at the palace, attended by senior ministers.",
     ["Gustavo Petro"]),
])
def test_a_meal_a_host_gave_is_a_meeting(extractor: RulesExtractor, text: str, names: list[str]) -> None:
    others = [people for kind, people in _meetings(extractor, text) if kind == "other"]
    assert any(all(n in people for n in names) for people in others)


@pytest.mark.parametrize("text", [
    "The dinner menu was prepared by chefs from Lyon.",
    "The minister skipped lunch to finish the report on Friday.",
    "A dinner will be hosted by the Emir for the visiting President on Friday.",
])
def test_a_meal_only_talked_of_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ a guest's reception ceremony

@pytest.mark.parametrize(("text", "guest"), [
    ("Official reception ceremonies were held in honour of the visiting Bolivian President Luis Arce at the "
     "palace.", "Luis Arce"),
    ("A reception ceremony was held for Prime Minister Robert Abela at Baku airport on Tuesday.",
     "Robert Abela"),
    ("President Shavkat Mirziyoyev attended the reception ceremony for Kazakh President Kassym-Jomart "
     "Tokayev in Samarkand.", "Kassym-Jomart Tokayev"),
    ("The official reception ceremony for Chancellor Karl Nehammer took place in front of the Federal "
     "Chancellery.", "Karl Nehammer"),
    ("Emir Tamim bin Hamad chaired the reception ceremony of the Indonesian President at the Amiri Diwan.",
     "Tamim bin Hamad"),
])
def test_a_reception_ceremony_is_a_meeting(extractor: RulesExtractor, text: str, guest: str) -> None:
    assert any(kind == "other" and guest in people for kind, people in _meetings(extractor, text))


@pytest.mark.parametrize("text", [
    "The university will hold a reception ceremony for new students next month.",
    "The reception ceremony of the new hospital wing has been postponed by the ministry.",
])
def test_a_reception_ceremony_not_held_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ a conversation held in person

@pytest.mark.parametrize(("text", "name"), [
    ("Putin and Tokayev held a one-on-one conversation in the Kremlin before the expanded talks.", "Tokayev"),
    ("The president had a long conversation with Chancellor Olaf Scholz at the palace on Monday.",
     "Olaf Scholz"),
    ("A conversation between Foreign Minister Ahmed Attaf and his Tunisian counterpart Nabil Ammar took "
     "place at the embassy.", "Nabil Ammar"),
    ("Ramaphosa and Lula held a private conversation on the margins of the summit in Rio.", "Lula"),
    ("Secretary Antony Blinken had a brief conversation with Chinese Foreign Minister Wang Yi in Jakarta.",
     "Wang Yi"),
])
def test_a_conversation_held_in_person_is_talks(extractor: RulesExtractor, text: str, name: str) -> None:
    assert any(kind == "talks" and name in people for kind, people in _meetings(extractor, text))


@pytest.mark.parametrize("text", [
    "The country needs a national conversation on reform, the president said.",
    "The president had a conversation with students at the university.",
    # over a line: a call, not talks
    "Modi held a telephone conversation with Prime Minister Anthony Albanese on Monday.",
])
def test_a_conversation_no_sides_held_in_person_is_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert not any(kind == "talks" for kind, _ in _meetings(extractor, text))


# ------------------------------------------------------------------ a call paid on someone

@pytest.mark.parametrize(("text", "name"), [
    ("Hun Manet paid a call on President Droupadi Murmu at Rashtrapati Bhavan.", "Droupadi Murmu"),
    ("The new ambassador paid a farewell call on Prime Minister Sheikh Hasina on Sunday.", "Sheikh Hasina"),
    ("Foreign Secretary David Lammy paid a brief call on King Abdullah in Amman.", "David Lammy"),
    ("The Japanese envoy paid an introductory call on Minister Jean-Claude Gakosso in Brazzaville.",
     "Jean-Claude Gakosso"),
    ("Kenya's new envoy Peter Ndungu paid a call on Foreign Secretary Korir Singoei in Nairobi on Friday.",
     "Korir Singoei"),
])
def test_a_call_paid_on_someone_is_talks(extractor: RulesExtractor, text: str, name: str) -> None:
    assert any(kind == "talks" and name in people for kind, people in _meetings(extractor, text))


@pytest.mark.parametrize("text", [
    "Consumers pay a call charge on every minute, the regulator said.",
    "The envoy will pay a call on the king next week.",
])
def test_a_call_not_paid_on_someone_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ dealt with someone beside a gathering

@pytest.mark.parametrize(("text", "names"), [
    ("Anwar raised the issue with Chinese President Xi Jinping on the sidelines of the Apec summit in Lima.",
     ["Anwar", "Xi Jinping"]),
    ("Prime Minister Albanese spoke with President Joe Biden on the sidelines of the G20 summit in Rio.",
     ["Albanese", "Joe Biden"]),
    ("Marcos discussed the South China Sea with Japanese Prime Minister Fumio Kishida on the margins of the "
     "Asean summit in Jakarta.", ["Marcos", "Fumio Kishida"]),
    ("Erdogan agreed with Iraqi Prime Minister Mohammed Shia al-Sudani on a water deal on the sidelines of "
     "the UN General Assembly.", ["Erdogan", "Mohammed Shia al-Sudani"]),
    ("Foreign Minister Penny Wong shook hands with Wang Yi on the sidelines of the Asean meeting in "
     "Vientiane.", ["Penny Wong", "Wang Yi"]),
])
def test_dealing_with_someone_beside_a_gathering_is_talks(extractor: RulesExtractor, text: str,
                                                          names: list[str]) -> None:
    talks = [people for kind, people in _meetings(extractor, text) if kind == "talks"]
    assert any(all(n in people for n in names) for people in talks)


@pytest.mark.parametrize("text", [
    "The deal was discussed by officials on the sidelines of the conference.",
    "The two companies agreed on a merger on the sidelines of the investment forum in Riyadh.",
])
def test_no_person_dealt_with_beside_a_gathering_is_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert not any(kind == "talks" for kind, _ in _meetings(extractor, text))


def test_a_meeting_beside_a_gathering_is_told_once(extractor: RulesExtractor) -> None:
    text = "Xi met Anwar on the sidelines of the Apec summit in Lima."
    assert [kind for kind, _ in _meetings(extractor, text)].count("talks") == 1


# ------------------------------------------------------------------ a guest seen off

@pytest.mark.parametrize(("text", "name"), [
    ("A send-off ceremony was held at Wattay airport, attended by Lao Vice President Bounthong Chitmany.",
     "Bounthong Chitmany"),
    ("Foreign Minister Ahmed Attaf saw off his Tunisian counterpart at Houari Boumediene airport.",
     "Ahmed Attaf"),
    ("Prime Minister Luxon bid farewell to the Samoan delegation at Auckland airport on Sunday.", None),
    ("Kenyan President William Ruto saw off Prime Minister Narendra Modi at the State House gate.",
     "Narendra Modi"),
    ("President Bola Tinubu bade farewell to the visiting Ghanaian President John Mahama at Abuja airport.",
     "John Mahama"),
])
def test_a_guest_seen_off_is_a_meeting(extractor: RulesExtractor, text: str, name: str | None) -> None:
    others = [people for kind, people in _meetings(extractor, text) if kind == "other"]
    assert others and (name is None or any(name in people for people in others))


@pytest.mark.parametrize("text", [
    "The minister bade farewell to the old tariff policy in her speech.",
    "The incumbent saw off the challenge from her rival in the vote.",
])
def test_no_guest_seen_off_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []
