"""Whole-article constructions of agency styles the dev sets lack (issue 9, gen13), proved on our own
wording: "Earlier, X met Y" after the leaders' talks is one more encounter; a level word before a comma
("at the head of a delegation, held talks") is no level of the talks; "who is (currently) visiting
Cairo" is a visit under way; leaders told unnamed who sign or witness ("the heads of state signed",
"the Presidents of A and B signed", "the two premiers witnessed the signing") hold a signing ceremony
with the two named before; "the presidents then made press statements" is a press conference.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts, meeting_kinds, named

# --------------------------------------------------------------------------- "Earlier, X met Y"

TALKS = "Kenyan President William Ruto and Ghanaian President John Mahama held talks in Nairobi on Monday. "


@pytest.mark.parametrize("text, other", [
    ("Earlier, Mahama met with Prime Cabinet Secretary Musalia Mudavadi.", "Musalia Mudavadi"),
    ("Earlier, Mahama met Prime Cabinet Secretary Musalia Mudavadi at his office.", "Musalia Mudavadi"),
    ("Earlier, President Mahama called on Speaker Moses Wetangula at Parliament Buildings.",
     "Moses Wetangula"),
    ("Earlier in the day, Mahama met with Foreign Minister Musalia Mudavadi.", "Musalia Mudavadi"),
    ("Mahama earlier met with Deputy President Kithure Kindiki.", "Kithure Kindiki"),
])
def test_an_encounter_told_earlier_with_another_person_is_one_more(extractor: RulesExtractor, text: str,
                                                                   other: str) -> None:
    found = [m for m in facts(extractor, TALKS + text).meetings if m.kind == "talks"]
    assert len(found) == 2, [m.participants for m in found]
    main = next(m for m in found if named(m, "William Ruto"))
    assert not named(main, other)
    assert any(named(m, other) and not named(m, "William Ruto") for m in found)


@pytest.mark.parametrize("text", [
    "Earlier, the two presidents met privately.",
    "Earlier, Ruto and Mahama met in a one-on-one format.",
])
def test_the_same_pair_met_earlier_is_the_same_talks(extractor: RulesExtractor, text: str) -> None:
    talks = [m for m in facts(extractor, TALKS + text).meetings if m.kind == "talks"]
    assert len(talks) == 1, [m.evidence.text for m in talks]


# --------------------------------------------------------------------------- a level word before a comma

@pytest.mark.parametrize("text", [
    "Foreign Minister Abbas Araghchi and Tajik Foreign Minister Sirojiddin Muhriddin, who arrived at the "
    "head of a large delegation, held talks on Tuesday. Araghchi met Muhriddin again at the ministry.",
    "Prime Minister Fiame Naomi Mata'afa, at the head of a business delegation, held talks with Prime "
    "Minister Christopher Luxon on Tuesday. Luxon met Mata'afa again at the Beehive.",
    "Foreign Minister Penny Wong, who led a large delegation, held talks with Foreign Minister Paulson "
    "Panapa on Friday. Wong met Panapa again at the government building.",
    "King Abdullah II, at the head of an expert delegation, held talks with President Emmanuel Macron on "
    "Monday. Macron met Abdullah at the Elysee Palace.",
    "President Yoweri Museveni, with a working delegation, held talks with President William Ruto on Friday. "
    "Ruto met Museveni at State House.",
])
def test_a_level_word_outside_the_meeting_phrase_is_no_level(extractor: RulesExtractor, text: str) -> None:
    talks = [m for m in facts(extractor, text).meetings if m.kind == "talks"]
    assert len(talks) == 1, [m.evidence.text for m in talks]


@pytest.mark.parametrize("text", [
    "President Yoweri Museveni held a one-on-one meeting with President William Ruto on Friday. "
    "Later they held delegation-level talks at State House.",
    "President Yoweri Museveni held a tete-a-tete with President William Ruto on Friday. "
    "The ministers later held a working-level meeting.",
])
def test_talks_told_at_another_level_stay_apart(extractor: RulesExtractor, text: str) -> None:
    talks = [m for m in facts(extractor, text).meetings if m.kind == "talks"]
    assert len(talks) == 2, [m.evidence.text for m in talks]


# --------------------------------------------------------------------------- "who is visiting Cairo"

@pytest.mark.parametrize("text, place", [
    ("Minister Badr Abdelatty received Foreign Minister Jeje Odongo of Uganda, who is currently visiting "
     "Cairo for two days.", "Cairo"),
    ("Chilean President Gabriel Boric, who is visiting Uruguay, met President Yamandu Orsi on Monday.",
     "Uruguay"),
    ("Prime Minister Anthony Albanese, who is visiting Jakarta this week, held talks with President Prabowo "
     "Subianto.", "Jakarta"),
    ("Foreign Minister Wang Yi, who is now visiting Nairobi, met President William Ruto.", "Nairobi"),
    ("Minister Ahmed Attaf, who was visiting Rome at the time, met Minister Antonio Tajani.", "Rome"),
])
def test_someone_visiting_a_place_now_is_a_visit(extractor: RulesExtractor, text: str, place: str) -> None:
    visits = [m for m in facts(extractor, text).meetings if m.kind == "visit"]
    assert visits and visits[0].place is not None and place in visits[0].place, [m.place for m in visits]


@pytest.mark.parametrize("text", [
    "Foreign Minister Jeje Odongo of Uganda will be visiting Cairo in October.",
    "Foreign Minister Jeje Odongo of Uganda may be visiting Cairo later this year.",
])
def test_someone_who_will_be_visiting_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert "visit" not in meeting_kinds(facts(extractor, text))


# --------------------------------------------------------------------------- leaders unnamed who sign

LEADERS = ("President Kassym-Jomart Tokayev of Kazakhstan held talks with President Ukhnaagiin Khurelsukh of "
           "Mongolia in Astana on Thursday. ")
PREMIERS = ("Prime Minister Sheikh Hasina and her Bhutanese counterpart Lotay Tshering held talks in Dhaka "
            "on Monday. ")


@pytest.mark.parametrize("text", [
    LEADERS + "Following the talks, the heads of state signed a joint statement on strategic partnership.",
    LEADERS + "Then the Presidents of Kazakhstan and Mongolia signed a declaration on good-neighbourliness.",
    LEADERS + "The two presidents then signed a treaty on the state border.",
    PREMIERS + "Following the meeting, the two premiers witnessed the signing of an MoU on transit.",
    PREMIERS + "The two prime ministers then signed a joint declaration on connectivity.",
])
def test_leaders_told_unnamed_who_sign_hold_a_signing_ceremony(extractor: RulesExtractor, text: str) -> None:
    signings = [m for m in facts(extractor, text).meetings if m.kind == "signing_ceremony"]
    assert signings, meeting_kinds(facts(extractor, text))
    first = "Tokayev" if text.startswith(LEADERS) else "Hasina"
    second = "Khurelsukh" if text.startswith(LEADERS) else "Lotay Tshering"
    assert any(named(m, first) and named(m, second) for m in signings), [m.participants for m in signings]


@pytest.mark.parametrize("text", [
    LEADERS + "The two sides signed a joint statement on strategic partnership.",
    LEADERS + "The heads of state will sign a declaration on good-neighbourliness next year.",
    LEADERS + "The next session will be held in 2026, says the Astana Declaration, which the two presidents "
              "signed at the close of the meeting.",
])
def test_sides_signing_or_leaders_to_sign_hold_no_ceremony(extractor: RulesExtractor, text: str) -> None:
    assert "signing_ceremony" not in meeting_kinds(facts(extractor, text))


# --------------------------------------------------------------------------- "made press statements"

@pytest.mark.parametrize("text", [
    LEADERS + "The presidents then made press statements.",
    LEADERS + "After the talks the two leaders made joint press statements.",
    LEADERS + "Tokayev and Khurelsukh later made statements to the press.",
    PREMIERS + "The two prime ministers gave press statements after the signing.",
    PREMIERS + "Hasina and Tshering then delivered joint media statements.",
])
def test_leaders_who_made_press_statements_held_a_press_conference(extractor: RulesExtractor,
                                                                   text: str) -> None:
    assert "press_conference" in meeting_kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    LEADERS + "The two foreign ministries issued press statements on the visit.",
    LEADERS + "The presidents will make press statements on Friday.",
])
def test_press_statements_issued_or_planned_are_no_press_conference(extractor: RulesExtractor,
                                                                    text: str) -> None:
    assert "press_conference" not in meeting_kinds(facts(extractor, text))


# --------------------------------------------------------------------------- whom a place honours

VISITOR = "Foreign Minister Sirojiddin Muhriddin of Tajikistan held talks in Tehran on Tuesday. "


@pytest.mark.parametrize("text, honoured", [
    ("On Wednesday he will visit the holy shrine of Imam Reza in Mashhad.", "Reza"),
    ("He laid a wreath at the mausoleum of President Ho Chi Minh.", "Ho Chi Minh"),
    ("Muhriddin laid flowers at the monument to Jose Marti in Havana.", "Marti"),
    ("The minister then visited the birthplace of Mahatma Gandhi in Porbandar.", "Gandhi"),
    ("He also laid a wreath at the statue of Simon Bolivar in Caracas.", "Bolivar"),
])
def test_whom_a_place_honours_is_no_person_of_the_news(extractor: RulesExtractor, text: str,
                                                       honoured: str) -> None:
    names = [p.name for p in facts(extractor, VISITOR + text).people]
    assert any("Muhriddin" in n for n in names)
    assert not any(honoured in n for n in names), names


@pytest.mark.parametrize("text, person", [
    ("He praised the government of President Masoud Pezeshkian.", "Pezeshkian"),
    ("The visit of Vice President Mohammad Reza Aref to Dushanbe is planned for May.", "Aref"),
])
def test_a_person_after_of_stays_a_person(extractor: RulesExtractor, text: str, person: str) -> None:
    assert any(person in p.name for p in facts(extractor, VISITOR + text).people)


# --------------------------------------------------------------------------- the day of a relative clause

# published on Tuesday 6 May 2025 (tests.extract_support.facts)
@pytest.mark.parametrize("lead", [
    "Foreign Minister Abbas Araghchi and Foreign Minister Sirojiddin Muhriddin, who arrived in Tehran on "
    "Sunday, held talks on Monday.",
    "Prime Minister Lotay Tshering, who landed in Dhaka on Sunday, held talks with Prime Minister Sheikh "
    "Hasina on Monday.",
    "President Sadyr Japarov, who began a state visit to Azerbaijan on Sunday, met President Ilham Aliyev on "
    "Monday.",
    "Minister Jeje Odongo, who flew into Cairo on Sunday, was received by Minister Badr Abdelatty on Monday.",
    "President Yamandu Orsi, whose delegation reached Santiago on Sunday, held talks with President Gabriel "
    "Boric on Monday.",
])
def test_a_day_told_in_a_relative_clause_is_not_the_events(extractor: RulesExtractor, lead: str) -> None:
    text = lead + " At the end of the meeting, the two sides signed a memorandum of understanding on trade."
    found = facts(extractor, text).instruments
    assert found and found[0].date == "2025-05-05", [i.date for i in found]


@pytest.mark.parametrize("lead, day", [
    ("Prime Minister Lotay Tshering, who arrived in Dhaka on Sunday, praised the ties.", "2025-05-04"),
    ("Prime Minister Sheikh Hasina held talks on Monday with Prime Minister Lotay Tshering, who arrived on "
     "Sunday.", "2025-05-05"),
])
def test_the_day_of_the_first_sentence_stands_otherwise(extractor: RulesExtractor, lead: str,
                                                        day: str) -> None:
    text = lead + " At the end of the meeting, the two sides signed a memorandum of understanding on trade."
    found = facts(extractor, text).instruments
    assert found and found[0].date == day, [i.date for i in found]
