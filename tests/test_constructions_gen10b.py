"""Whole-article constructions of genres the dev sets lack (issue 9, gen10b), proved on our own
wording: a yes-no question in an interview transcript tells no meeting and no promise; a document
"now being ratified" is signed, not ratified; a Gulf agency's "received at <palace> the President of
X, <name>" gives the title from "the" on; a minister's portfolio list that ends on a people abroad
("Minister of Foreign Affairs, African Integration and Ivorians Abroad, <name>") is the title, not a name.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# --------------------------------------------------------------------------- yes-no questions


@pytest.mark.parametrize("text", [
    "SPEERS: Will the Prime Minister visit?",
    "HOST: Did the presidents hold talks in Nairobi?",
    "INTERVIEWER: Did the foreign ministers meet in Nairobi last week?",
    "Has President Ruto met Prime Minister Modi since the election?",
    "Q: Did the two presidents hold talks on the sidelines of the summit?",
    "REPORTER: Will the Chancellor travel to Hanoi for the signing?",
])
def test_a_yes_no_question_tells_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text).meetings


@pytest.mark.parametrize("text", [
    "HOST: Will Kenya sign the trade deal before the end of the year?",
    "Will Canberra open a trade office in Bratislava by the end of 2026?",
    "Q: Will the two sides reopen the border post to trucks from September?",
    "ANCHOR: Will Ghana sign the maritime agreement before the end of the year?",
    "MODERATOR: Will Laos join the sanctions regime next year?",
])
def test_a_yes_no_question_promises_nothing(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text).commitments


@pytest.mark.parametrize("text, kind", [
    ("President Ruto met Prime Minister Modi in Delhi on Monday. Why did they meet?", "talks"),
    ("WONG: The Prime Minister will travel to Indonesia later this year. "
     "We met Minister Sugiono in Jakarta on Friday.",
     "talks"),
])
def test_a_statement_beside_a_question_still_tells(extractor: RulesExtractor, text: str, kind: str) -> None:
    assert kind in [m.kind for m in facts(extractor, text).meetings]


def test_a_statement_beside_a_question_still_promises(extractor: RulesExtractor) -> None:
    found = facts(extractor, "Is that enough? Australia will fund 500 scholarships for Indonesian students.")
    assert any("scholarships" in c.action for c in found.commitments)


# --------------------------------------------------------------------------- ratification under way


@pytest.mark.parametrize("text", [
    "The Defence Cooperation Agreement we signed last year is now being ratified on both sides.",
    "The extradition treaty signed in March is being ratified by the two parliaments.",
    "The air services agreement is currently being ratified in Tashkent.",
    "Both legislatures are ratifying the investment protection agreement signed in Nairobi.",
    "The maritime boundary treaty, signed in 2023, is still being ratified by Ghana's parliament.",
])
def test_a_ratification_under_way_leaves_the_document_signed(extractor: RulesExtractor, text: str) -> None:
    statuses = [i.status for i in facts(extractor, text).instruments]
    assert statuses and "ratified" not in statuses and "signed" in statuses


@pytest.mark.parametrize("text", [
    "The Defence Cooperation Agreement was ratified by parliament on Tuesday.",
    "Ghana's parliament has ratified the maritime boundary treaty signed in 2023.",
])
def test_a_ratification_done_is_ratified(extractor: RulesExtractor, text: str) -> None:
    assert "ratified" in [i.status for i in facts(extractor, text).instruments]


# ----------------------------------------------------------------- "received at <palace> the <title>"


@pytest.mark.parametrize("text, name, role", [
    ("The Prime Minister received on Tuesday at Bayan Palace the Prime Minister of the Republic of "
     "Uzbekistan, "
     "Abdulla Aripov.", "Abdulla Aripov", "Prime Minister"),
    ("The Emir received at Lusail Palace the President of Senegal, Bassirou Diomaye Faye.",
     "Bassirou Diomaye Faye", "President"),
    ("Sheikh Mohammed received at Zabeel Palace the Vice President of Indonesia, Gibran Rakabuming Raka, "
     "and his delegation.", "Gibran Rakabuming Raka", "Vice President"),
    ("The Crown Prince welcomed at Al Yamamah Palace the Foreign Minister of Peru, Elmer Schialer.",
     "Elmer Schialer", "Foreign Minister"),
    ("The King received in Rabat the Minister of State for the Interior of Spain, Fernando Grande-Marlaska.",
     "Fernando Grande-Marlaska", "Minister of State for the Interior"),
])
def test_a_title_opens_at_the_after_a_place(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text).people}
    assert people.get(name) == role


@pytest.mark.parametrize("text, name, role", [
    ("Minister of State for the Interior Ana Ruiz spoke.", "Ana Ruiz", "Minister of State for the Interior"),
    ("He met the Secretary of the Treasury, Jane Doe, in Lima.", "Jane Doe", "Secretary of the Treasury"),
])
def test_a_the_inside_a_title_stays(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text).people}
    assert people.get(name) == role


# ----------------------------------------------------------------- portfolios ending on a people abroad


@pytest.mark.parametrize("text, name, role_end", [
    ("The document was signed by the Ivorian Minister of Foreign Affairs, African Integration and Ivorians "
     "Abroad, Léon Kacou Adom, and his Ghanaian counterpart.", "Léon Kacou Adom", "Ivorians Abroad"),
    ("He met the Minister of Foreign Affairs, Cooperation and Nigeriens Abroad, Bakary Yaou Sangaré, "
     "in Niamey.",
     "Bakary Yaou Sangaré", "Nigeriens Abroad"),
    ("The talks brought together the Minister of Foreign Affairs, Regional Integration and Burkinabe Abroad, "
     "Karamoko Jean-Marie Traoré, and a delegation from Accra.", "Karamoko Jean-Marie Traoré",
     "Burkinabe Abroad"),
    ("The agreement was signed by the Minister of Foreign Affairs, Cooperation and Beninese Abroad, "
     "Olushegun Adjadi Bakari, on Friday.", "Olushegun Adjadi Bakari", "Beninese Abroad"),
    ("Present were the Minister of Foreign Affairs, Tourism and Ghanaians Overseas, Kwame Mensah Boateng, "
     "and the ambassador.", "Kwame Mensah Boateng", "Ghanaians Overseas"),
])
def test_a_portfolio_list_ending_on_a_people_abroad_is_the_title(
        extractor: RulesExtractor, text: str, name: str, role_end: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text).people}
    assert name in people and (people[name] or "").endswith(role_end)
    assert not any(n.startswith(("African", "Cooperation", "Regional", "Tourism")) for n in people)


@pytest.mark.parametrize("text, names", [
    ("He met Minister of Foreign Affairs Retno Marsudi and Kenyan Cabinet Secretary Musalia Mudavadi.",
     {"Retno Marsudi", "Musalia Mudavadi"}),
    ("The agreement was signed by the Minister of Trade, John Mensah, and the Minister of Energy of Ghana, "
     "Ama Owusu.",
     {"John Mensah", "Ama Owusu"}),
])
def test_two_people_titled_in_turn_stay_two(extractor: RulesExtractor, text: str, names: set[str]) -> None:
    assert names <= {p.name for p in facts(extractor, text).people}


# --------------------------------------------------------------------------- "aimed to double trade", misread


@pytest.mark.parametrize("text, actor, action", [
    ("Kenya and Vietnam aimed to double trade by 2030.", "Kenya and Vietnam", "double trade"),
    ("The ministers said they aimed to double bilateral trade to $1.3 billion by 2030.", "",
     "double bilateral trade"),
    ("Peru and Chile aim to triple exports of fruit by 2028.", "Peru and Chile", "triple exports of fruit"),
    ("Brazil plans to double soybean exports to China by March 2027.", "Brazil", "double soybean exports"),
    ("Ghana intends to halve tariffs on Togolese cement by the end of 2026.", "Ghana", "halve tariffs"),
])
def test_an_aim_to_a_verb_read_as_adjective_is_a_dated_promise(
        extractor: RulesExtractor, text: str, actor: str, action: str) -> None:
    found = facts(extractor, text)
    assert any(c.action.startswith(action) and actor in c.actor and c.deadline_text
               for c in found.commitments)


@pytest.mark.parametrize("text", [
    "Ghana and Togo aimed to double trade, officials said.",
    "The new port aims to double cargo volumes.",
])
def test_an_undated_aim_to_a_verb_read_as_adjective_is_no_promise(
        extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text).commitments


# ----------------------------------------------------------------- "received at <palace> the <guest>"


@pytest.mark.parametrize("text", [
    "His Highness the Prime Minister Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah received on Tuesday at Bayan "
    "Palace the Prime Minister of the Republic of Uzbekistan, Abdulla Aripov, and his delegation.",
    "The Emir received at Lusail Palace the President of Senegal, Bassirou Diomaye Faye.",
    "Sheikh Mohammed received at Zabeel Palace the Vice President of Indonesia, Gibran Rakabuming Raka.",
    "The Crown Prince received in Riyadh the Foreign Minister of Peru, Elmer Schialer.",
    "The Sultan received at Al Alam Palace the President of Kenya, William Ruto.",
])
def test_a_guest_received_after_the_place_is_talks(extractor: RulesExtractor, text: str) -> None:
    assert "talks" in [m.kind for m in facts(extractor, text).meetings]


@pytest.mark.parametrize("text", [
    "The minister received at the airport a shipment of vaccines.",
    "The Emir received in Doha a letter from the President of Ghana.",
])
def test_a_thing_received_after_the_place_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text).meetings
