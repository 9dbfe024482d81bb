"""Meeting constructions of round 8b on unseen text (issue 9), proved on our own wording: who a
ceremony is held for, "the meeting was attended by", "the two presidents", remarks before a
meeting, whose deputy was met, dialogues launched by people and delegations led to a gathering.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named, of_kind

# --------------------------------------------------------------------------- held for someone


@pytest.mark.parametrize(("text", "name"), [
    ("A farewell ceremony was held for President Gustavo Petro at the airport on Tuesday.", "Petro"),
    ("A farewell dinner was thrown for Prime Minister Mark Carney at the residence on Friday.", "Carney"),
    ("On Monday, a farewell reception was hosted for Ambassador Ama Owusu in Oslo.", "Owusu"),
    ("The farewell luncheon was hosted for President Gabriel Boric at the palace.", "Boric"),
    ("Yesterday a send-off ceremony was held at the airport for Foreign Minister Anita Berg.", "Berg"),
])
def test_who_a_ceremony_is_held_for_takes_part(extractor: RulesExtractor, text: str, name: str) -> None:
    found = of_kind(extractor, text, "other")
    assert len(found) == 1, meetings(extractor, text)
    assert named(found[0], name), found


@pytest.mark.parametrize("text", [
    "A farewell ceremony was held for the retiring staff of the ministry.",
    "The ministry held a farewell to the old tariff regime.",
])
def test_a_ceremony_for_no_one_names_no_one(extractor: RulesExtractor, text: str) -> None:
    assert all(m.participants == () for m in meetings(extractor, text))


# --------------------------------------------------------------------------- the meeting attended by


@pytest.mark.parametrize("text", [
    "Foreign Minister Anita Berg met Trade Minister Kwame Mensah in Oslo on Monday. "
    "The meeting was attended by Deputy Minister Lars Holm and Ambassador Ama Owusu.",
    "President Gabriel Boric held talks with President Luiz Lula in Santiago on Monday. "
    "The talks were attended by Foreign Minister Alberto van Klaveren.",
    "Prime Minister Mark Carney met Chancellor Friedrich Merz in Berlin on Friday. "
    "The meeting was also attended by the two countries' finance ministers, Anna Lind and Karl Weber.",
    "President William Ruto received President John Mahama at State House on Tuesday. "
    "The meeting was joined by Cabinet Secretary Musalia Mudavadi.",
    "Minister Anita Berg met Minister Kwame Mensah in Accra. "
    "That meeting was attended by officials Lars Holm, Ama Owusu and Kofi Boateng.",
])
def test_the_meeting_attended_by_is_the_meeting_told(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found


@pytest.mark.parametrize("text", [
    "Foreign Minister Anita Berg met Trade Minister Kwame Mensah in Oslo on Monday. "
    "A separate meeting was attended by Deputy Minister Lars Holm and Ambassador Ama Owusu.",
    "Foreign Minister Anita Berg met Trade Minister Kwame Mensah in Oslo on Monday. "
    "A meeting of the joint business council in Bergen on Thursday was attended by Lars Holm.",
])
def test_another_meeting_attended_stays_apart(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 2, meetings(extractor, text)


# --------------------------------------------------------------------------- the two presidents


@pytest.mark.parametrize("text", [
    "President Gabriel Boric welcomed President Luiz Lula at La Moneda on Monday. "
    "The two presidents then held delegation-level talks.",
    "Prime Minister Mark Carney received Prime Minister Keir Starmer in Ottawa on Monday. "
    "The two prime ministers later held talks at the delegation level.",
    "President William Ruto received President John Mahama at State House on Monday. "
    "Later, both presidents held a working lunch.",
    "King Harald received President Bola Tinubu at the Royal Palace on Monday. "
    "The two leaders then held expanded talks with their delegations.",
    "Chancellor Friedrich Merz welcomed President Emmanuel Macron in Berlin on Monday. "
    "Afterwards the two leaders held a press conference.",
])
def test_the_two_presidents_are_the_pair_told_before(extractor: RulesExtractor, text: str) -> None:
    later = [m for m in meetings(extractor, text) if text.index(m.evidence.text) > text.index(".")]
    assert later, meetings(extractor, text)
    assert len(later[-1].participants) == 2, later


@pytest.mark.parametrize("text", [
    "President Gabriel Boric welcomed President Luiz Lula at La Moneda on Monday. "
    "Later, the two ministers held talks at the foreign ministry.",
    "The two presidents held delegation-level talks at the palace on Monday.",
])
def test_the_two_with_no_such_pair_told_name_no_one(extractor: RulesExtractor, text: str) -> None:
    later = [m for m in meetings(extractor, text) if "two" in m.evidence.text]
    assert later and later[0].participants == (), later


# --------------------------------------------------------------------------- remarks before a meeting


@pytest.mark.parametrize("text", [
    "Remarks by President Joe Biden and President Lula da Silva of Brazil before their bilateral meeting",
    "President Joe Biden and President Lula da Silva spoke to reporters before their bilateral meeting "
    "on Monday.",
    "Prime Minister Mark Carney and President Claudia Sheinbaum made brief remarks before their talks "
    "in Mexico City.",
    "Before their meeting at the palace, President William Ruto and President John Mahama spoke to "
    "the press.",
    "Chancellor Friedrich Merz and Prime Minister Keir Starmer commented briefly before their meeting "
    "in Berlin.",
])
def test_remarks_before_a_meeting_report_it_held(extractor: RulesExtractor, text: str) -> None:
    found = of_kind(extractor, text, "talks")
    assert len(found) == 1, meetings(extractor, text)
    assert len(found[0].participants) == 2, found


@pytest.mark.parametrize("text", [
    "President Joe Biden will speak to reporters before his meeting with President Lula on Friday.",
    "Officials prepared the agenda before the summit between President Joe Biden and President Lula.",
])
def test_what_is_done_before_a_meeting_leaves_it_ahead(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "talks") == []


# --------------------------------------------------------------------------- whose deputy


@pytest.mark.parametrize(("text", "owner"), [
    ("Foreign Minister Anita Berg talked with President Ruto's deputy in Nairobi on Monday.", "Ruto"),
    ("Minister Anita Berg held talks with President William Ruto's chief of staff in Nairobi.", "Ruto"),
    ("President Xi Jinping received President William Ruto's special envoy in Beijing on Monday.",
     "Ruto"),
    ("On Monday Minister Anita Berg met President Gabriel Boric's aide in Santiago.", "Boric"),
    ("Chancellor Friedrich Merz met with President Emmanuel Macron's foreign policy adviser on Friday.",
     "Macron"),
])
def test_whose_deputy_was_met_takes_no_part(extractor: RulesExtractor, text: str, owner: str) -> None:
    found = of_kind(extractor, text, "talks")
    assert len(found) == 1, meetings(extractor, text)
    assert not named(found[0], owner), found


@pytest.mark.parametrize(("text", "name"), [
    ("President Biden's call with President Lula lasted an hour.", "Biden"),
    ("Minister Anita Berg met President William Ruto and his deputy on Monday.", "Ruto"),
])
def test_the_owner_of_the_encounter_or_one_met_takes_part(
        extractor: RulesExtractor, text: str, name: str) -> None:
    assert any(named(m, name) for m in meetings(extractor, text)), meetings(extractor, text)


# --------------------------------------------------------------------------- a dialogue launched


@pytest.mark.parametrize(("text", "names"), [
    ("President William Ruto and Prime Minister Jonas Gahr Store launched the Kenya-Norway Green "
     "Dialogue in July to deepen cooperation.", ("Ruto", "Store")),
    ("In March, Prime Minister Mark Carney and President Claudia Sheinbaum launched the Canada-Mexico "
     "Strategic Dialogue.", ("Carney", "Sheinbaum")),
    ("The Energy Transition Dialogue was launched by Chancellor Friedrich Merz and Prime Minister Keir "
     "Starmer in Berlin.", ("Merz", "Starmer")),
    ("President Lula and President Gabriel Boric inaugurated the High-Level Economic Dialogue in 2023.",
     ("Lula", "Boric")),
    ("Last year Minister Anita Berg and Minister Kwame Mensah launched the Ocean Dialogue in Accra.",
     ("Berg", "Mensah")),
])
def test_a_dialogue_launched_by_people_is_their_meeting(
        extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    found = [m for m in meetings(extractor, text) if m.kind in ("talks", "commission_session")]
    assert len(found) == 1, meetings(extractor, text)
    assert all(named(found[0], n) for n in names), found


@pytest.mark.parametrize("text", [
    "The Foreign Ministry launched the Kenya-Norway Green Dialogue in July.",
    "Kenya and Norway launched the Green Dialogue in July.",
])
def test_a_dialogue_launched_by_a_body_or_state_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == []


# --------------------------------------------------------------------------- a delegation led


@pytest.mark.parametrize(("text", "name"), [
    ("Minister Anita Berg led a delegation to the Africa Energy Forum in Nairobi on Monday.", "Berg"),
    ("President Aleksandar Vucic led a large delegation to the Global Investment Summit in London.",
     "Vucic"),
    ("Prime Minister Mark Carney led Canada's delegation at the G7 Summit in Kananaskis.", "Carney"),
    ("At the Asia Business Forum in Singapore, Minister Kwame Mensah led a trade delegation.", "Mensah"),
    ("The Norwegian delegation to the Africa Energy Forum in Nairobi was led by Prime Minister Jonas "
     "Gahr Store.", "Store"),
])
def test_who_leads_a_delegation_to_a_gathering_takes_part(
        extractor: RulesExtractor, text: str, name: str) -> None:
    gatherings = ("summit", "business_forum", "commission_session")
    found = [m for m in meetings(extractor, text) if m.kind in gatherings]
    assert len(found) == 1, meetings(extractor, text)
    assert named(found[0], name), found


@pytest.mark.parametrize("text", [
    "Minister Anita Berg led the campaign against the new tariffs in Oslo.",
    "Minister Anita Berg led the country's economic recovery in 2024.",
])
def test_leading_a_thing_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("King Harald and Queen Sonja were received by President Cyril Ramaphosa and his wife at the Union "
     "Buildings on Monday. The two heads of state met again on Tuesday.", ("Harald", "Ramaphosa")),
    ("Prime Minister Mark Carney and his wife Diana Fox were welcomed by President Claudia Sheinbaum at "
     "the palace on Monday. The two leaders then held talks.", ("Carney", "Sheinbaum")),
])
def test_the_two_are_one_of_each_side(extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    later = [m for m in meetings(extractor, text) if "two" in m.evidence.text]
    assert later and all(named(later[0], n) for n in names), meetings(extractor, text)


# --------------------------------------------------------------------------- a body's sitting recalled


@pytest.mark.parametrize(("text", "when"), [
    ("Officials praised the Joint Trade Committee, which met in Nairobi in March 2024.", "2024-03"),
    ("Talks resumed under the bilateral council that met in Accra in 2019.", "2019"),
    ("The intergovernmental commission, which had last met in Hanoi in 2022, was revived.", "2022"),
    ("The joint economic commission, which met in Lima in 2019, has not sat since.", "2019"),
])
def test_a_body_that_met_in_a_relative_clause_sat(extractor: RulesExtractor, text: str, when: str) -> None:
    found = of_kind(extractor, text, "commission_session")
    assert len(found) == 1 and found[0].date == when, meetings(extractor, text)
    assert of_kind(extractor, text, "talks") == [] or "resumed" in text, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The cabinet, which met on Monday, approved the budget.",
    "The ministers, who met in Accra in 2011, signed a trade deal.",
])
def test_who_met_in_a_relative_clause_is_no_body(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "commission_session") == []


# --------------------------------------------------------------------------- a visit told to time another


@pytest.mark.parametrize(("text", "shown"), [
    ("President Gabriel Boric will travel to Peru in June, a month after he visited Brazil. In April, "
     "Boric paid his first state visit to Brazil.", "paid his first state visit"),
    ("Since his visit to Kenya, President Lula has spoken often of Africa. Lula made a state visit to "
     "Kenya in 2023.", "made a state visit"),
    ("Prime Minister Mark Carney flew to Tokyo, two weeks after he visited Seoul. Carney undertook an "
     "official visit to Seoul in May.", "undertook an official visit"),
    ("Before she visited Hanoi, Chancellor Anna Berg stopped in Bangkok. Berg made her first official "
     "visit to Hanoi on Monday.", "made her first official visit"),
    ("Following his visit to Accra, President Bola Tinubu returned home. President Tinubu paid a working "
     "visit to Accra on Friday.", "paid a working visit"),
])
def test_a_visit_is_shown_where_it_is_told_not_where_it_times_another(
        extractor: RulesExtractor, text: str, shown: str) -> None:
    visits = [m for m in of_kind(extractor, text, "visit") if "Tokyo" not in m.evidence.text]
    assert len(visits) == 1 and shown in visits[0].evidence.text, visits


@pytest.mark.parametrize("text", [
    "A week after he visited Lima, President Gabriel Boric spoke to reporters.",
    "Since his visit to Kenya in 2023, President Lula has spoken often of Africa.",
])
def test_a_visit_told_only_to_time_another_is_still_a_visit(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "visit")) == 1, meetings(extractor, text)
