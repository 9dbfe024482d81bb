"""Constructions of the tuning half of eval/own/gen21 (round 21, issue 9), proved on our own wording:
"the two officials" are the pair's two, no count; talks counted in years, months or weeks ("ending five
years of talks") are a process, no encounter; a second document joined by "and a/an" after a changing
clause ("an arrangement expanding the scheme between the two countries and a memorandum on research") is
its own instrument, not part of what the first changes; a bare "the meeting" with no talks told before
it is the sitting of a body told as a meeting ("the meeting of the Joint Steering Committee … The
meeting also agreed …"), not talks of its own; a portfolio of a people abroad ("… and Egyptian
Expatriates", "… and Malian Emigrants") ends in the name after it, even where ", and" opens the next
clause right after the name; a guest's reception ahead told in the passive with its host ("X will be
received by Y later in the day") is a commitment."""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _numbers(extractor: RulesExtractor, text: str) -> list[float]:
    return [f.number for f in facts(extractor, text).figures]


def _meetings(extractor: RulesExtractor, text: str) -> list[str]:
    return [m.kind for m in facts(extractor, text).meetings]


# ------------------------------------------------------------------ "the two officials"

@pytest.mark.parametrize("text", [
    "In Lima on Monday the two officials signed an agreement on fisheries.",
    "The two officials, who met in Quito, agreed to open consulates.",
    "After the talks, the two officials told reporters that trade was growing.",
    ("Peru's Foreign Minister and his Chilean counterpart met in Arica; the two officials then toured "
     "the port."),
    "Both officials inked a memorandum on customs in Asunción on Friday.",
])
def test_the_two_officials_are_no_count(extractor: RulesExtractor, text: str) -> None:
    assert 2 not in _numbers(extractor, text)


@pytest.mark.parametrize(("text", "number"), [
    ("Peru and Chile agreed to post two liaison officers at each border crossing.", 2),
    ("Peru will send 40 officials to Santiago for training under the agreement with Chile.", 40),
])
def test_a_count_of_people_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in _numbers(extractor, text)


# ------------------------------------------------------------------ "five years of talks"

@pytest.mark.parametrize("text", [
    ("Nepal and Bangladesh on Sunday signed a memorandum on a dam, ending nearly five years of talks over "
     "the scheme."),
    "The deal, signed in Dhaka on Monday, follows months of negotiations between Nepal and Bangladesh.",
    "After two decades of talks, Peru and Ecuador signed a treaty on the river on Tuesday.",
    "Bhutan and India signed the accord on Friday after several weeks of consultations.",
    "Years of discussions between Laos and Thailand ended on Monday with a signed agreement on the bridge.",
])
def test_talks_counted_in_years_are_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert "talks" not in _meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "Nepal's and Bangladesh's energy secretaries signed the memorandum in Kathmandu after two days of talks.",
    "Peru's President Jose Jeri held talks with Chilean President Gabriel Boric in Lima on Monday.",
])
def test_talks_held_stay(extractor: RulesExtractor, text: str) -> None:
    assert "talks" in _meetings(extractor, text)


# ------------------------- "an arrangement expanding … between the two countries and a memorandum …"

def _told(extractor: RulesExtractor, text: str) -> list[tuple[str, str]]:
    return [(i.type, i.subject) for i in facts(extractor, text).instruments]


@pytest.mark.parametrize(("text", "second"), [
    ("Chile and Ghana signed a protocol amending the double taxation convention between the two states "
     "and a memorandum on mining.", ("mou", "memorandum on mining")),
    ("The ministers inked an agreement expanding the youth exchange programme between their countries and "
     "a memorandum on fisheries.", ("mou", "memorandum on fisheries")),
    ("Peru and Fiji signed an arrangement extending the working holiday scheme to nurses and an agreement on "
     "air services on Monday.", ("agreement", "agreement on air services")),
    ("Kenya and Peru concluded a memorandum revising the terms of the business council between their "
     "chambers and a protocol on consular affairs.", ("protocol", "protocol on consular affairs")),
    ("Ministers of Peru and Chile signed an agreement updating the visa regime for students and an MoU on "
     "tourism.", ("mou", "MoU on tourism")),
])
def test_a_second_document_after_a_changing_clause(extractor: RulesExtractor, text: str,
                                                    second: tuple[str, str]) -> None:
    found = _told(extractor, text)
    assert len(found) == 2 and found[1] == second
    assert " and " not in found[0][1]


@pytest.mark.parametrize("text", [
    # what the changing verb acts on, or no document at all: one instrument
    "Peru and Fiji signed a protocol amending the air services agreement and the convention on fisheries.",
    ("Peru and Fiji signed an agreement expanding cooperation between their ports and a network of fish "
     "markets."),
    "Peru and Fiji signed a protocol amending their treaty on extradition and an annex.",
])
def test_what_a_changing_clause_names_stays_one(extractor: RulesExtractor, text: str) -> None:
    assert len(_told(extractor, text)) == 1


# ---------------------------------------------- "the meeting of the Joint Commission … The meeting agreed …"

def _meeting_list(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(m.kind, m.place) for m in facts(extractor, text).meetings]


@pytest.mark.parametrize(("text", "place"), [
    ("Officials of Laos and Vietnam held the annual meeting of the Joint Border Committee in Vientiane on "
     "Monday. The meeting agreed to open two new crossings.", "Vientiane"),
    ("The two-day meeting of the Nepal-India Joint Commission ended in Kathmandu on Sunday. The meeting also "
     "decided to build a bridge at Jhulaghat.", "Kathmandu"),
    ("The Kenya-Uganda Joint Permanent Commission concluded its meeting in Kampala on Thursday. The meeting "
     "adopted a roadmap on trade.", "Kampala"),
    ("Ghana and Togo held the fifth meeting of their Permanent Joint Commission in Accra on Friday. The "
     "meeting was co-chaired by the two foreign ministers.", "Accra"),
    ("Nepal and Bangladesh ended the meeting of their Joint Steering Committee on energy in Kathmandu on "
     "Sunday. The meeting also agreed to form a technical team.", "Kathmandu"),
])
def test_the_meeting_refers_back_to_a_body_s_sitting(extractor: RulesExtractor, text: str,
                                                     place: str) -> None:
    assert _meeting_list(extractor, text) == [("commission_session", place)]


@pytest.mark.parametrize(("text", "kinds"), [
    # talks told before: "the meeting" is theirs; a meeting told with its own day and people stays its own
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Thursday. The "
     "meeting lasted two hours.", ["talks"]),
    ("The Kenya-Uganda Joint Permanent Commission held its session in Kampala on Thursday. The meeting of "
     "the two presidents on Friday was brief.", ["commission_session", "talks"]),
])
def test_the_meeting_of_others_stays(extractor: RulesExtractor, text: str, kinds: list[str]) -> None:
    assert [k for k, _ in _meeting_list(extractor, text)] == kinds


# ----------------------------- "Minister of Foreign Affairs, Emigration and Egyptian Expatriates X, and …"

def _people(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in facts(extractor, text).people]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Peru's Foreign Minister met in Lima on Friday with Egyptian Minister of Foreign Affairs, Emigration "
     "and Egyptian Expatriates Badr Abdelatty, and the two discussed trade.", "Badr Abdelatty",
     "Minister of Foreign Affairs, Emigration and Egyptian Expatriates"),
    ("Chile hosted the Minister of Foreign Affairs, International Cooperation and Moroccan Expatriates "
     "Nasser Bourita, and the two signed an accord.", "Nasser Bourita",
     "Minister of Foreign Affairs, International Cooperation and Moroccan Expatriates"),
    ("The talks in Amman were led by the Minister of Foreign Affairs and Jordanian Expatriates Tariq Hamid, "
     "and they ended on Monday.", "Tariq Hamid", "Minister of Foreign Affairs and Jordanian Expatriates"),
    ("Ghana received the Minister of Foreign Affairs, Cooperation and Malian Emigrants Musa Keita, and the "
     "two agreed on a visa waiver.", "Musa Keita",
     "Minister of Foreign Affairs, Cooperation and Malian Emigrants"),
    ("The accord was signed by Cypriot Minister of Foreign Affairs Constantinos Kombos and Minister of "
     "Foreign Affairs and Lebanese Emigrants Farid Nasr, and it takes effect in May.", "Farid Nasr",
     "Minister of Foreign Affairs and Lebanese Emigrants"),
])
def test_a_portfolio_of_a_people_abroad_before_a_name(extractor: RulesExtractor, text: str, name: str,
                                                      role: str) -> None:
    assert (name, role) in _people(extractor, text)


@pytest.mark.parametrize("text", [
    ("The Minister of Foreign Affairs and Expatriates, and the Minister of Trade, attended the forum in "
     "Amman."),
    "Some 9,000 Egyptian expatriates and Jordanian emigrants, and their families, live in Cyprus.",
])
def test_no_name_after_the_portfolio(extractor: RulesExtractor, text: str) -> None:
    assert _people(extractor, text) == []


# ---------------------------------------------------------- "X will be received by Y later in the day"

def _promised(extractor: RulesExtractor, text: str) -> list[str | None]:
    return [c.deadline for c in facts(extractor, text).commitments]


@pytest.mark.parametrize(("text", "deadline"), [
    ("Tomorrow Minister Kombos will be received by Prime Minister Jafar Hassan in Amman.", "2025-05-07"),
    ("Abdelatty will be received by Vučić later in the day.", "2025-05-06"),
    ("The Egyptian minister will be received by President Aleksandar Vučić later in the day.", "2025-05-06"),
    ("The Cypriot president will be received by King Abdullah II on Wednesday.", "2025-05-07"),
    ("On Friday the visiting minister will be received by Prime Minister Jafar Hassan.", "2025-05-09"),
])
def test_a_reception_ahead_is_a_commitment(extractor: RulesExtractor, text: str, deadline: str) -> None:
    assert _promised(extractor, text) == [deadline]
    assert _meetings(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The proposal will be received by the ministry next week.",
    "Such a plan will be welcomed by investors.",
    "The goods will be received by Peru in May.",
])
def test_no_guest_received(extractor: RulesExtractor, text: str) -> None:
    assert _promised(extractor, text) == []
