"""Meeting constructions of the seventh round on unseen text (issue 9), proved on our own wording:
an encounter with someone else is another meeting, a body sitting by itself is none, "since
2010" dates no visit, and talks told in a "when" clause take the day it hangs on.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import Meeting
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

PUBLISHED = date(2025, 5, 6)


def meetings(extractor: RulesExtractor, text: str) -> list[Meeting]:
    return list(facts(extractor, text, published=PUBLISHED).meetings)


def talks(extractor: RulesExtractor, text: str) -> list[Meeting]:
    return [m for m in meetings(extractor, text) if m.kind == "talks"]


def named(meeting: Meeting, name: str) -> bool:
    return any(name in p for p in meeting.participants)


# --------------------------------------------------------------------------- another partner


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Indian Foreign Minister Subrahmanyam Jaishankar met his Chinese counterpart Wang Yi on Tuesday. "
     "Jaishankar also met with Brazilian Foreign Minister Mauro Vieira on Tuesday.", "Wang", "Vieira"),
    ("President William Ruto received Ugandan President Yoweri Museveni at State House on Monday. "
     "Museveni later met with Vice President Kithure Kindiki.", "Ruto", "Kindiki"),
    ("Australian Foreign Minister Penny Wong hosted her Indonesian counterpart Sugiono in Canberra on "
     "Monday. Wong separately held talks with Japanese Foreign Minister Takeshi Iwaya on Monday.",
     "Sugiono", "Iwaya"),
    ("Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Warsaw on Friday, and Merz also "
     "held talks with President Andrzej Duda.", "Tusk", "Duda"),
    ("President Emmanuel Macron called on Prime Minister Narendra Modi in New Delhi on Sunday. Macron "
     "also held talks with Foreign Minister Subrahmanyam Jaishankar on Sunday.", "Modi", "Jaishankar"),
    ("President William Ruto and President John Mahama held talks in Accra on Monday. Ruto also met "
     "Vice President Jane Opoku-Agyemang on Monday.", "Mahama", "Opoku-Agyemang"),
])
def test_an_encounter_with_someone_else_is_another_meeting(
        extractor: RulesExtractor, text: str, first: str, second: str) -> None:
    found = talks(extractor, text)
    assert any(named(m, first) and not named(m, second) for m in found), found
    assert any(named(m, second) and not named(m, first) for m in found), found


@pytest.mark.parametrize(("text", "names"), [
    ("President William Ruto received Ugandan President Yoweri Museveni at State House on Monday. "
     "Museveni then held talks with Ruto on trade.", ("Ruto", "Museveni")),
    ("Prime Minister Keir Starmer met King Abdullah in Amman on Sunday. The King told Starmer during "
     "the talks that the border must reopen.", ("Starmer", "Abdullah")),
])
def test_the_same_pair_told_twice_is_one_meeting(
        extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    found = talks(extractor, text)
    assert len(found) == 1, found
    assert all(named(found[0], n) for n in names), found


# --------------------------------------------------------------------------- a body sitting alone


@pytest.mark.parametrize("text", [
    "The Zambian cabinet met on Monday to approve the budget.",
    "The UN Security Council met on Monday to discuss the crisis in Gaza.",
    "The Arab League council met in Cairo on Sunday to discuss the situation in Sudan.",
    "Kenya's parliament met in a special sitting on Tuesday to pass the finance bill.",
    "The ruling party's politburo met in Hanoi last week to review the economy.",
    "The European Council met in Brussels on Thursday.",
    "Egypt's cabinet held its weekly meeting on Wednesday.",
    "The Kenyan cabinet held a special meeting in Nairobi on Monday to discuss the floods.",
    "The ruling party's politburo convened a session in Hanoi last week.",
])
def test_a_body_sitting_by_itself_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The Kenya-Uganda Joint Permanent Commission met in Nairobi on Monday.", "commission_session"),
    ("The joint trade committee met in Accra on Monday.", "commission_session"),
    ("The Ghanaian cabinet met the visiting Kenyan trade minister on Monday.", "talks"),
    ("The Zambian cabinet met with the Chinese delegation in Lusaka on Monday.", "talks"),
    ("The Zambian cabinet held a meeting with the visiting Chinese delegation on Monday.", "talks"),
])
def test_a_body_of_both_sides_or_meeting_someone_still_meets(
        extractor: RulesExtractor, text: str, kind: str) -> None:
    assert [m.kind for m in meetings(extractor, text)] == [kind]


# --------------------------------------------------------------------------- "since 2010"


@pytest.mark.parametrize("text", [
    "Ugandan President Yoweri Museveni arrived in Nairobi on Monday on a three-day state visit. "
    "The visit, the first by a Ugandan head of state since 2010, ends on Wednesday.",
    "Chancellor Friedrich Merz arrived in Accra on Monday for a two-day visit. The visit, the first by "
    "a German chancellor since 2017, ends on Tuesday.",
    "King Charles arrived in Nairobi on Monday on a state visit. The visit, the first by a British "
    "monarch since 2007, ends on Thursday.",
    "President Ruto landed in Seoul on Sunday for an official visit. The visit, which is the first by a "
    "Kenyan leader since 2016, runs to Wednesday.",
    "Prime Minister Narendra Modi arrived in Warsaw on Wednesday. His visit, the first by an Indian "
    "prime minister since 1979, comes as trade grows.",
])
def test_the_first_visit_since_a_year_is_not_dated_by_that_year(extractor: RulesExtractor, text: str) -> None:
    visits = [m for m in meetings(extractor, text) if m.kind == "visit"]
    assert len(visits) == 1, visits
    assert visits[0].date is not None and visits[0].date.startswith("2025"), visits


@pytest.mark.parametrize(("text", "day"), [
    ("President Ruto paid a state visit to Ghana in 2019 that lasted three days.", "2019"),
    ("President Ruto visited Ghana in March 2021 and has not been back since.", "2021-03"),
])
def test_a_year_of_its_own_still_dates_a_visit(extractor: RulesExtractor, text: str, day: str) -> None:
    assert any(m.date == day for m in meetings(extractor, text) if m.kind == "visit")


# --------------------------------------------------------------------------- "in 2019, when …"


@pytest.mark.parametrize(("text", "day"), [
    ("Wang first visited India in 2019, when he held talks with Prime Minister Narendra Modi in Chennai.",
     "2019"),
    ("The two sides last met in March 2022, when Mahama held talks with President Ruto in Nairobi.",
     "2022-03"),
    ("Ties warmed in 2018, when Merz had a meeting with President Akufo-Addo in Accra.", "2018"),
    ("Relations improved in 2015, when Prime Minister Abe held discussions with President Widodo.",
     "2015"),
    ("Trade grew after 2017, when King Abdullah held a meeting with Chancellor Merkel in Berlin.", "2017"),
])
def test_talks_in_a_when_clause_take_its_date(extractor: RulesExtractor, text: str, day: str) -> None:
    found = talks(extractor, text)
    assert found and all(m.date == day for m in found), found


@pytest.mark.parametrize("text", [
    "Prime Minister Modi held talks with Wang Yi in New Delhi on Monday, when the weather was fine.",
    "The two leaders held talks in Accra on Monday, when the summit opened.",
])
def test_a_when_clause_on_another_word_gives_no_date(extractor: RulesExtractor, text: str) -> None:
    found = talks(extractor, text)
    assert found and all(m.date == "2025-05-05" for m in found), found


# --------------------------------------------------------------------------- a visit under way


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric, who is on a three-day state visit to Brazil, met Lula on Monday. "
    "Boric's predecessor visited Brazil in 2019.",
    "President William Ruto is on an official visit to Ghana this week. Ruto's predecessor visited Ghana "
    "in 2017.",
    "Prime Minister Narendra Modi is currently on a state visit to Poland. An Indian prime minister last "
    "visited Poland in 1979.",
    "King Charles, currently on a state visit to Kenya, laid a wreath on Monday. His mother visited Kenya "
    "in 1983.",
    "Chancellor Friedrich Merz, who is on a two-day visit to Ghana, toured a factory on Monday. His "
    "predecessor paid a visit to Ghana in 2022.",
])
def test_a_visit_under_way_is_not_one_dated_years_before(extractor: RulesExtractor, text: str) -> None:
    visits = [m for m in meetings(extractor, text) if m.kind == "visit"]
    assert len(visits) == 2, visits
    past = [m for m in visits if m.date is not None and m.date < "2025"]
    assert len(past) == 1, visits
    assert not any(name in p for p in past[0].participants for name in ("Boric", "Ruto", "Merz")), past


@pytest.mark.parametrize("text", [
    "President Gabriel Boric is on a state visit to Brazil. His visit ends on Wednesday.",
    "President William Ruto arrived in Accra on Monday for an official visit. The visit to Ghana, "
    "which began on Monday, ends on Wednesday.",
])
def test_a_visit_under_way_told_again_is_one_visit(extractor: RulesExtractor, text: str) -> None:
    assert len([m for m in meetings(extractor, text) if m.kind == "visit"]) == 1


# --------------------------------------------------------------------------- widened talks


@pytest.mark.parametrize("text", [
    "The two presidents held a closed-door meeting followed by an expanded meeting with ministers.",
    "President Ruto and President Mahama held restricted talks, followed by enlarged talks with their "
    "delegations.",
    "The leaders met one-on-one on Monday, and plenary talks with both delegations followed.",
    "Ruto and Mahama held restricted talks in the morning and extended talks with their ministers in the "
    "afternoon.",
    "Ruto and Mahama held one-on-one talks followed by expanded talks at State House.",
])
def test_talks_widened_to_the_delegations_are_another_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len(talks(extractor, text)) == 2, talks(extractor, text)


@pytest.mark.parametrize("text", [
    "The two presidents held an expanded meeting with ministers on Monday. The meeting lasted two hours.",
    "Ruto and Mahama held talks at State House, and the talks were held in an expanded format.",
])
def test_widened_talks_told_once_are_one_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len(talks(extractor, text)) == 1, talks(extractor, text)


@pytest.mark.parametrize(("text", "names"), [
    ("President William Ruto and President John Mahama held one-on-one talks followed by "
     "delegation-level talks.", ("Ruto", "Mahama")),
    ("Chancellor Friedrich Merz and President John Mahama held a private meeting followed by an "
     "expanded meeting.", ("Merz", "Mahama")),
    ("Prime Minister Narendra Modi and President Emmanuel Macron held restricted talks, followed by "
     "delegation-level talks at Hyderabad House.", ("Modi", "Macron")),
    ("President Lula and President Gabriel Boric held private talks, followed by talks at the delegation "
     "level.", ("Lula", "Boric")),
    ("King Abdullah and President Emmanuel Macron had a one-on-one meeting, followed by a "
     "delegation-level meeting.", ("Abdullah", "Macron")),
])
def test_talks_that_follow_others_have_their_people(
        extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    found = talks(extractor, text)
    assert len(found) == 2 and all(named(m, n) for m in found for n in names), found


@pytest.mark.parametrize("text", [
    "The two ministries held consultations followed by delegation-level talks.",
    "Both sides held talks followed by delegation-level talks on Monday.",
])
def test_talks_that_follow_unnamed_sides_name_no_one(extractor: RulesExtractor, text: str) -> None:
    assert all(m.participants == () for m in talks(extractor, text)), talks(extractor, text)


# --------------------------------------------------------------------------- a tally of meetings


@pytest.mark.parametrize("text", [
    "Lula has met with more than 50 heads of state since taking office, including two kings.",
    "President Ruto has met Chinese President Xi Jinping more than 10 times since 2022.",
    "Prime Minister Ishiba met with dozens of world leaders at the General Assembly in New York.",
    "During the week, President Mahama met 12 presidents and prime ministers.",
    "Chancellor Merz has met with hundreds of ministers since he took office.",
])
def test_a_tally_of_encounters_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert talks(extractor, text) == []


@pytest.mark.parametrize("text", [
    "President Mahama met with two senior Chinese ministers in Accra on Monday.",
    "President Ruto met President Xi Jinping in Beijing on Monday, their third meeting this year.",
])
def test_one_encounter_with_few_people_is_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len(talks(extractor, text)) == 1, talks(extractor, text)


# --------------------------------------------------------------------------- places taken for names


@pytest.mark.parametrize(("text", "place"), [
    ("The two presidents held talks in Windhoek on Monday.", "Windhoek"),
    ("The ministers met in Bissau on Friday to sign the deal.", "Bissau"),
    ("President Ruto held talks with President Faye in Dakar on Monday.", "Dakar"),
    ("Foreign Minister Samuel Ablakwa was received by President Bassirou Faye in Dakar on Friday.", "Dakar"),
    ("Foreign Minister Samuel Ablakwa was received by President Bassirou Faye in Windhoek on Friday.",
     "Windhoek"),
    ("President Ruto held talks with President Mahama in Accra on Monday.", "Accra"),
])
def test_a_capital_taken_for_a_name_is_the_place_and_no_participant(
        extractor: RulesExtractor, text: str, place: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1 and found[0].place == place, found
    assert place not in found[0].participants, found


@pytest.mark.parametrize(("text", "names"), [
    ("Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo co-chaired the "
     "fourth session of the joint commission in Nairobi on Thursday.", ("Musalia Mudavadi", "Jeje Odongo")),
    ("Malian Prime Minister Abdoulaye Maiga was received by Nigerien President Abdourahamane Tiani in "
     "Niamey on Sunday.", ("Abdoulaye Maiga", "Abdourahamane Tiani")),
    ("Ghana and Togo held the fifth session of their joint commission in Accra last week.", ()),
    ("President William Ruto spoke on Monday. The Ugandan delegation paid a courtesy call on Ruto at State "
     "House.", ("William Ruto",)),
    ("Foreign Minister Samuel Okudzeto Ablakwa was received by Senegalese President Bassirou Diomaye Faye "
     "in Dakar on Friday.", ("Samuel Okudzeto Ablakwa", "Bassirou Diomaye Faye")),
])
def test_a_state_its_people_or_capital_is_no_participant(
        extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1 and found[0].participants == names, found


@pytest.mark.parametrize(("text", "place"), [
    ("President Ruto and President Mahama held talks in Nairobi on Monday.", "Nairobi"),
    ("The two ministers met in Kisumu, a lakeside city, on Monday.", "Kisumu"),
])
def test_a_place_the_tagger_knows_stays_the_place(extractor: RulesExtractor, text: str, place: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1 and place in (found[0].place or ""), found


# --------------------------------------------------------------------------- courtesy calls


@pytest.mark.parametrize(("text", "name"), [
    ("President John Mahama returned on Monday. The visiting Ivorian prime minister paid a courtesy call "
     "on Mahama at Jubilee House on Saturday.", "John Mahama"),
    ("Prime Minister Narendra Modi left on Sunday. The Qatari envoy paid a courtesy call on Modi on "
     "Friday.", "Narendra Modi"),
    ("President William Ruto spoke on Monday. The Ugandan delegation paid a courtesy call on Ruto at "
     "State House.", "William Ruto"),
    ("Prime Minister Anthony Albanese spoke on Monday. The visiting envoy paid a courtesy call on "
     "Albanese in Canberra.", "Anthony Albanese"),
    ("President John Mahama returned on Monday. The new envoy paid a brief courtesy call on Mahama.",
     "John Mahama"),
])
def test_the_one_a_courtesy_call_is_paid_on_takes_part(
        extractor: RulesExtractor, text: str, name: str) -> None:
    found = talks(extractor, text)
    assert len(found) == 1 and name in found[0].participants, found


@pytest.mark.parametrize("text", [
    "President John Mahama returned on Monday. The envoy paid a courtesy call on the ministry on Friday.",
    "President John Mahama returned on Monday. The envoy paid a courtesy call on Friday at the palace.",
])
def test_a_courtesy_call_on_no_person_names_none(extractor: RulesExtractor, text: str) -> None:
    found = talks(extractor, text)
    assert len(found) == 1 and found[0].participants == (), found


# --------------------------------------------------------------------------- a ceremonial welcome


@pytest.mark.parametrize("text", [
    "Qatar's Emir Sheikh Tamim was accorded a ceremonial welcome at Rashtrapati Bhavan on Tuesday.",
    "President Ruto received a ceremonial welcome at State House in Nairobi on Monday.",
    "Chancellor Merz was given a ceremonial reception at the presidential palace in Accra.",
    "The visiting king was accorded a ceremonial welcome, complete with a 21-gun salute.",
    "Prime Minister Modi accorded President Lula a ceremonial welcome in the forecourt of the palace.",
])
def test_a_ceremonial_welcome_is_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)] == ["other"]


@pytest.mark.parametrize("text", [
    "The ministry will accord the president a ceremonial welcome when he arrives next week.",
    "Officials said a ceremonial welcome is planned for the king's visit in June.",
])
def test_a_ceremonial_welcome_ahead_is_none(extractor: RulesExtractor, text: str) -> None:
    assert [m for m in meetings(extractor, text) if m.kind == "other"] == []


# --------------------------------------------------------------------------- other verbs of meeting


def kinds(extractor: RulesExtractor, text: str) -> list[str]:
    return [m.kind for m in meetings(extractor, text)]


@pytest.mark.parametrize("text", [
    "President Donald Trump welcomed Irish Prime Minister Micheal Martin to the White House on Wednesday.",
    "Chancellor Merz welcomed President Mahama at the Chancellery in Berlin on Monday.",
    "Prime Minister Modi warmly welcomed his Japanese counterpart at Hyderabad House.",
    "On Friday, King Abdullah welcomed the visiting Kenyan president to Amman.",
    "President Ruto, who welcomed Prime Minister Albanese at State House, spoke of trade.",
])
def test_a_guest_welcomed_is_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert "talks" in kinds(extractor, text)


@pytest.mark.parametrize("text", [
    "President Ruto welcomed the agreement reached by the two governments on Monday.",
    "Chancellor Merz welcomes President Mahama's commitment to reform.",
])
def test_a_thing_welcomed_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == []


@pytest.mark.parametrize("text", [
    "President Trump sat down with Prime Minister Martin in the Oval Office on Wednesday.",
    "Chancellor Merz sits down with President Mahama in Accra on Monday.",
    "Prime Minister Modi sat down with his Japanese counterpart for an hour.",
    "President Ruto and President Mahama sat down together at State House on Monday.",
    "On Friday, the Kenyan foreign minister sat down with King Abdullah in Amman.",
])
def test_people_who_sat_down_together_met(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == ["talks"]


@pytest.mark.parametrize("text", [
    "The finance minister sat down with the budget papers on Monday.",
    "The president sat down after the speech and said nothing.",
])
def test_sitting_down_alone_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Secretary Rubio was hosted by Prince Faisal at a dinner in Riyadh on Tuesday.",
    "The Kenyan president was hosted by King Abdullah at the palace on Monday.",
    "Chancellor Merz was hosted by President Mahama for lunch in Accra.",
    "Prime Minister Modi was warmly hosted by President Lula at the Alvorada Palace.",
    "The visiting delegation was hosted by Foreign Minister Ablakwa at the ministry on Friday.",
])
def test_a_guest_hosted_by_a_person_is_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert "other" in kinds(extractor, text)


@pytest.mark.parametrize("text", [
    "The summit was hosted by Kenya in Nairobi.",
    "The exhibition was hosted by the national museum on Monday.",
])
def test_a_thing_hosted_by_a_state_or_body_is_no_encounter(extractor: RulesExtractor, text: str) -> None:
    assert "other" not in kinds(extractor, text)


@pytest.mark.parametrize("text", [
    "President Lee Jae-myung joined Japanese Prime Minister Shigeru Ishiba for talks in Tokyo on Saturday.",
    "Chancellor Merz joined President Mahama for talks at Jubilee House on Monday.",
    "Prime Minister Modi joined President Lula for talks in Brasilia.",
    "On Friday, President Ruto joined King Abdullah for talks in Amman.",
    "Foreign Minister Wong joined her Indonesian counterpart Sugiono for talks in Jakarta last week.",
])
def test_joining_someone_for_talks_is_talks_with_both(extractor: RulesExtractor, text: str) -> None:
    found = talks(extractor, text)
    assert len(found) == 1 and len(found[0].participants) == 2, found


@pytest.mark.parametrize("text", [
    "President Ruto will join President Mahama for talks in Accra next week.",
    "Kenya joined the talks on the climate treaty in 2021 as an observer.",
])
def test_joining_ahead_or_joining_a_process_is_not_talks_with_a_person(
        extractor: RulesExtractor, text: str) -> None:
    assert all(len(m.participants) < 2 for m in talks(extractor, text))


@pytest.mark.parametrize("text", [
    "President Lee dialled Chinese President Xi Jinping on Monday.",
    "Chancellor Merz dialed President Mahama on Tuesday to discuss trade.",
    "Prime Minister Modi dialled his Japanese counterpart on Friday.",
    "On Sunday, President Ruto dialled King Abdullah about the border.",
    "President Lula, who dialled President Boric on Monday, spoke of trade.",
])
def test_a_person_dialled_is_a_call(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == ["call"]


@pytest.mark.parametrize("text", [
    "President Lee dialled back the rhetoric on Monday.",
    "The ministry dialled up its warnings about the storm.",
])
def test_a_thing_dialled_is_no_call(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == []


# --------------------------------------------------------------------------- one gathering of many days


@pytest.mark.parametrize("text", [
    "Minister Jaishankar met Wang Yi on the margins of the UN General Assembly on Monday. President "
    "Lee and Prime Minister Ishiba met on the sidelines of the General Assembly on Tuesday.",
    "President Ruto met President Lula on the sidelines of COP30 on Monday. Chancellor Merz met "
    "President Mahama on the margins of COP30 on Thursday.",
    "Prime Minister Modi met President Macron on the sidelines of the G7 in Kananaskis on Monday. "
    "President Lee met Prime Minister Carney on the margins of the G7 on Tuesday.",
    "President Prabowo met President Xi on the sidelines of APEC on Friday. Prime Minister Anwar met "
    "President Marcos on the sidelines of APEC on Saturday.",
    "King Abdullah met President Erdogan on the margins of Davos on Friday. President Ruto met "
    "Chancellor Merz on the sidelines of Davos on Monday.",
])
def test_one_gathering_named_on_two_days_is_one_summit(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)].count("summit") == 1


@pytest.mark.parametrize("text", [
    "President Ruto met President Lula on the sidelines of COP30 in November. Chancellor Merz met "
    "President Mahama on the margins of COP29 in December 2024.",
    "President Ruto met President Lula on the sidelines of the G20 on Monday. Chancellor Merz met "
    "President Mahama on the margins of APEC on Thursday.",
])
def test_two_gatherings_stay_two(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)].count("summit") == 2


# --------------------------------------------------------------------------- greeted on arrival


@pytest.mark.parametrize("text", [
    "Prime Minister Anthony Albanese was greeted on arrival by Deputy Prime Minister Winston Peters.",
    "Emir Sheikh Tamim was greeted upon landing by Prime Minister Narendra Modi.",
    "Chancellor Friedrich Merz was greeted on his arrival by President John Mahama.",
    "Foreign Minister Penny Wong was welcomed upon arrival by her counterpart Sugiono.",
    "King Charles was greeted on arrival by President William Ruto at the airport.",
])
def test_a_guest_greeted_on_arrival_by_a_person_is_a_meeting(extractor: RulesExtractor, text: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind == "other"]
    assert len(found) == 1 and len(found[0].participants) == 2, found


@pytest.mark.parametrize("text", [
    "The proposal was greeted on arrival by protests from farmers.",
    "The shipment was received at the port by customs officers on Monday.",
])
def test_a_thing_greeted_or_received_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [m for m in meetings(extractor, text) if m.kind == "other"] == []


# --------------------------------------------------------------------------- where the one met was


@pytest.mark.parametrize(("text", "place"), [
    ("Foreign Minister Badr Abdelatty held consultations with his Qatari counterpart in Doha on Monday.",
     "Doha"),
    ("President Ruto held talks with President Mahama in Accra on Monday.", "Accra"),
    ("Chancellor Merz met with the Ghanaian president in Accra on Tuesday.", "Accra"),
    ("The minister held a meeting with the visiting delegation in Nairobi on Friday.", "Nairobi"),
    ("Prime Minister Modi spoke with his counterpart in Tokyo on Monday about trade.", "Tokyo"),
])
def test_a_place_after_the_one_met_is_the_meeting_place(
        extractor: RulesExtractor, text: str, place: str) -> None:
    found = meetings(extractor, text)
    assert found and all(m.place == place for m in found), found


@pytest.mark.parametrize("text", [
    "President Ruto held talks with the head of the office in Mombasa on Monday.",
    "Chancellor Merz met the owner of a factory in Kumasi on Tuesday.",
])
def test_a_place_of_another_thing_is_not_the_meeting_place(extractor: RulesExtractor, text: str) -> None:
    assert all(m.place is None for m in meetings(extractor, text)), meetings(extractor, text)


# --------------------------------------------------------------------------- consultations conducted


@pytest.mark.parametrize("text", [
    "The two foreign ministries conducted consultations in Geneva on Monday.",
    "Kenya and Ghana conducted political consultations at the level of deputy ministers last week.",
    "Officials of both sides conducted their annual consultations in Nairobi on Friday.",
    "The deputy foreign ministers conducted consultations on consular matters in Accra.",
    "On Tuesday, Peru and Canada conducted bilateral consultations on trade in Lima.",
])
def test_consultations_conducted_are_talks(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == ["talks"]


@pytest.mark.parametrize("text", [
    "Consultations will be conducted in Geneva next month.",
    "Public consultations on the finance bill ended in Nairobi on Friday without agreement.",
])
def test_consultations_ahead_or_not_held_are_none(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == []


# --------------------------------------------------------------------------- held over a link


@pytest.mark.parametrize("text", [
    "The leaders of Kenya and Ghana met virtually on Monday.",
    "President Ruto and President Mahama held a virtual meeting on Monday.",
    "Talks were held online between the two foreign ministers on Tuesday.",
    "The two prime ministers held virtual talks on Friday to discuss trade.",
    "Chancellor Merz met President Mahama remotely on Monday because of the storm.",
])
def test_talks_held_over_a_link_are_a_call(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == ["call"]


@pytest.mark.parametrize("text", [
    "The two ministers met in Accra on Monday to discuss virtual trade platforms.",
    "President Ruto met President Mahama on Monday and later spoke online with students.",
])
def test_talks_in_person_about_links_stay_talks(extractor: RulesExtractor, text: str) -> None:
    assert kinds(extractor, text) == ["talks"]
