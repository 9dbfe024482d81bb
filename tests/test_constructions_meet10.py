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


# --------------------------------------------------------------------------- separate meetings with offices


@pytest.mark.parametrize(("text", "count"), [
    ("President Kassym-Jomart Tokayev held separate talks with the presidents of Kazakhstan and Uzbekistan "
     "in Astana on Friday.", 2),
    ("Prime Minister Shehbaz Sharif held separate meetings with the prime ministers of Malaysia and "
     "Singapore on Thursday.", 2),
    ("Foreign Minister Wang Yi met separately with his Kazakh and Uzbek counterparts in Beijing on "
     "Monday.", 2),
    ("President Ruto held separate talks with the leaders of Uganda, Tanzania and Rwanda in Arusha on "
     "Saturday.", 3),
    ("On the sidelines of the summit, Prime Minister Modi held separate meetings with the presidents of "
     "Brazil and South Africa.", 2),
])
def test_separate_meetings_with_offices_of_states(extractor: RulesExtractor, text: str, count: int) -> None:
    talks = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert len(talks) == count, talks
    host = text.split(" held")[0].split(" met")[0].split()[-1]
    assert all(named(m, host) for m in talks), talks


@pytest.mark.parametrize("text", [
    "President Ruto held talks with the presidents of Uganda and Tanzania in Arusha on Saturday.",
    "President Ruto held separate talks with the presidents of Uganda in Arusha on Saturday.",
])
def test_talks_with_offices_not_told_apart_are_one(extractor: RulesExtractor, text: str) -> None:
    assert len([m for m in meetings(extractor, text) if m.kind == "talks"]) == 1


# --------------------------------------------------------------------------- a day told in a person's clause


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Tanzanian President Samia Suluhu Hassan, who arrived in Nairobi on Monday for a two-day state visit, "
     "also witnessed the signing of three agreements on Tuesday.", "signing_ceremony", "2025-05-06"),
    ("Foreign Minister Wang Yi, who arrived in Windhoek on Thursday, witnessed the signing of two agreements "
     "on Friday.", "signing_ceremony", "2025-05-02"),
    ("Prime Minister Luxon, who arrived in New Delhi on 3 May, met Prime Minister Narendra Modi on 5 May.",
     "talks", "2025-05-05"),
    ("Chancellor Merz, who took office on 6 May, spoke by phone with President Macron on Friday.",
     "call", "2025-05-02"),
    ("President Lula, who landed in Hanoi on 4 May, held talks with President Luong Cuong on Tuesday.",
     "talks", "2025-05-06"),
])
def test_a_day_in_a_persons_clause_does_not_date_the_meeting(extractor: RulesExtractor, text: str, kind: str,
                                                             day: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind == kind]
    assert len(found) == 1, found
    assert found[0].date == day, found


@pytest.mark.parametrize(("text", "day"), [
    ("Prime Minister Srettha said after a meeting with Foreign Minister Wang Yi, whose four-day visit "
     "concluded on 28 April, that the two sides discussed visas.", "2025-04-28"),
    ("President Ruto, who arrived in Kampala on Saturday for talks, met President Museveni.", "2025-05-03"),
])
def test_a_day_in_the_meetings_own_clause_still_dates_it(extractor: RulesExtractor, text: str,
                                                         day: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert found and found[0].date == day, found


# ------------------------------------------------------------------ a visit of several days, no arrival day


@pytest.mark.parametrize("text", [
    "President Lula da Silva is on a three-day state visit to Vietnam. He held talks with President Luong "
    "Cuong on Tuesday.",
    "Prime Minister Christopher Luxon paid a three-day official visit to India. He met Prime Minister "
    "Narendra Modi in New Delhi on Monday.",
    "Chinese Foreign Minister Wang Yi concluded a four-day visit to Namibia.",
    "Foreign Minister Penny Wong is in Fiji on a five-day tour of the Pacific.",
    "King Charles, on a four-day state visit to Kenya, laid a wreath in Nairobi.",
])
def test_a_visit_of_several_days_with_no_arrival_day_is_undated(extractor: RulesExtractor, text: str) -> None:
    visits = [m for m in meetings(extractor, text) if m.kind == "visit"]
    assert len(visits) == 1, visits
    assert visits[0].date is None, visits


@pytest.mark.parametrize(("text", "day"), [
    ("President Ruto began a two-day state visit to Uganda on Monday.", "2025-05-05"),
    ("President Ruto arrived in Kampala on Monday for a two-day state visit.", "2025-05-05"),
    ("President Ruto visited Kampala on Monday.", "2025-05-05"),
])
def test_a_visit_with_its_arrival_day_is_dated(extractor: RulesExtractor, text: str, day: str) -> None:
    visits = [m for m in meetings(extractor, text) if m.kind == "visit"]
    assert visits and visits[0].date == day, visits


# --------------------------------------------------------------------- an arrival told in a person's clause


@pytest.mark.parametrize(("text", "place", "day"), [
    ("President Lula, who landed in Hanoi on Sunday, held talks with President Luong Cuong on Tuesday.",
     "Hanoi", "2025-05-04"),
    ("Prime Minister Luxon, who arrived in New Delhi on 3 May, met Prime Minister Narendra Modi on 5 May.",
     "New Delhi", "2025-05-03"),
    ("Foreign Minister Wang Yi, who flew to Windhoek on Thursday, witnessed the signing of two agreements "
     "on Friday.", "Windhoek", "2025-05-01"),
    ("Chancellor Friedrich Merz, who arrived in Warsaw on Monday morning, laid a wreath at the memorial.",
     "Warsaw", "2025-05-05"),
    ("President Gustavo Petro, who travelled to Brasilia on 2 May, held talks with President Lula.",
     "Brasilia", "2025-05-02"),
])
def test_an_arrival_in_a_persons_clause_is_a_visit(extractor: RulesExtractor, text: str, place: str,
                                                    day: str) -> None:
    visits = [m for m in meetings(extractor, text) if m.kind == "visit"]
    assert len(visits) == 1, visits
    assert (visits[0].place, visits[0].date) == (place, day), visits


@pytest.mark.parametrize("text", [
    "The cargo ship, which arrived in Mombasa on Friday, carried fertiliser.",
    "Prime Minister Modi thanked the doctors who arrived in Accra last week.",
])
def test_a_thing_or_crowd_arriving_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert not [m for m in meetings(extractor, text) if m.kind == "visit"]


# ------------------------------------------------------- a guest named under a title the tagger missed


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("President Macron hosted Chancellor Merz at the Elysee Palace on Wednesday.", "Macron", "Merz"),
    ("Prime Minister Starmer welcomed President Ruto to Downing Street on Thursday.", "Starmer", "Ruto"),
    ("President Lula received Chancellor Scholz at the Planalto Palace on Monday.", "Lula", "Scholz"),
    ("President Milei received Chancellor Merz at the Casa Rosada on Friday.", "Milei", "Merz"),
    ("Chancellor Scholz hosted President Ruto in Berlin on Tuesday.", "Scholz", "Ruto"),
])
def test_a_titled_guest_the_tagger_missed_is_met(extractor: RulesExtractor, text: str, host: str,
                                                  guest: str) -> None:
    talks = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert len(talks) == 1, talks
    assert named(talks[0], host) and named(talks[0], guest), talks


@pytest.mark.parametrize("text", [
    "The minister welcomed the new budget on Thursday.",
    "President Ruto hosted the Nairobi Marathon on Sunday.",
])
def test_hosting_a_thing_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert not meetings(extractor, text)


# ------------------------------------------------------- "the capital" of the state a visit went to before


@pytest.mark.parametrize(("text", "place"), [
    ("President William Ruto began a three-day state visit to Ethiopia on Monday. He held talks with Prime "
     "Minister Abiy Ahmed in the capital on Tuesday.", "Addis Ababa"),
    ("Prime Minister Anwar Ibrahim arrived for an official visit to Indonesia on Sunday. On Monday he met "
     "President Prabowo Subianto in the capital.", "Jakarta"),
    ("President Lula is on a state visit to Vietnam.\n\nHe held talks with General Secretary To Lam in the "
     "capital on Tuesday.", "Hanoi"),
    ("Chancellor Merz made his first visit to Poland as chancellor. Merz and Prime Minister Tusk met in the "
     "capital on Friday.", "Warsaw"),
    ("Foreign Minister Wang Yi's visit to Kenya ended on Saturday. During the visit he met President Ruto in "
     "the capital.", "Nairobi"),
])
def test_the_capital_of_the_state_visited_before(extractor: RulesExtractor, text: str, place: str) -> None:
    talks = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert len(talks) == 1, talks
    assert talks[0].place == place, talks


@pytest.mark.parametrize("text", [
    "President Ruto began a state visit to Uganda on Monday. He held talks with President Museveni in the "
    "commercial capital on Tuesday.",
    "President Ruto held talks with President Museveni in the capital on Monday.",
])
def test_a_capital_of_no_state_said_or_visited_gives_no_place(extractor: RulesExtractor, text: str) -> None:
    talks = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert talks and talks[0].place is None, talks


# ---------------------------------------------- a seat of government the tagger did not take for a place


@pytest.mark.parametrize(("text", "place"), [
    ("President Putin held talks with President Tokayev at the Kremlin on Tuesday.", "Kremlin"),
    ("A welcome ceremony for Prime Minister Anthony Albanese was held at Rashtrapati Bhavan on Tuesday, "
     "hosted by President Droupadi Murmu.", "Rashtrapati Bhavan"),
    ("Prime Minister Anwar Ibrahim hosted a state banquet for President Prabowo Subianto at Seri Perdana on "
     "Monday evening.", "Seri Perdana"),
    ("President Putin received Prime Minister Modi at the Kremlin on Monday.", "Kremlin"),
    ("Prime Minister Ishiba and President Lee held talks at the Kantei on Friday.", "Kantei"),
])
def test_a_seat_of_government_after_at_is_the_place(extractor: RulesExtractor, text: str, place: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind != "visit"]
    assert len(found) == 1, found
    assert found[0].place == place, found
    assert not named(found[0], place), found


@pytest.mark.parametrize("text", [
    "Prime Minister Modi met President Biden at the invitation of the White House on Monday.",
    "Chancellor Merz met Prime Minister Tusk at Tusk's office on Friday.",
])
def test_no_seat_where_at_names_none(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert found and found[0].place is None, found


# --------------------------------------------------------------------------- met in a meeting: one encounter


@pytest.mark.parametrize("text", [
    "The agriculture ministers met in a separate meeting on fertiliser.",
    "The trade ministers met in a separate meeting on tariffs on Monday.",
    "Officials of the two sides met in a parallel meeting on visas.",
    "The deputy ministers met at a separate meeting in Lima on Friday.",
    "The energy ministers met in a separate meeting in Abuja on 2 May.",
])
def test_met_in_a_separate_meeting_is_one_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len([m for m in meetings(extractor, text) if m.kind in ("talks", "commission_session")]) == 1


@pytest.mark.parametrize("text", [
    "President Ruto met President Museveni in Kampala on Monday.",
    "The ministers met on the sidelines of the summit in Lima.",
])
def test_met_without_a_meeting_noun_is_still_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [m for m in meetings(extractor, text) if m.kind == "talks"]


# ---------------------------------------------------------------- a visit of several days told by its end


@pytest.mark.parametrize("text", [
    "Chinese Foreign Minister Wang Yi concluded a four-day visit to Namibia on Monday.",
    "President Ruto wrapped up a three-day state visit to Ghana on Friday.",
    "Foreign Minister Wang Yi's four-day visit to Kenya ended on Saturday.",
    "Prime Minister Luxon completed a five-day official visit to India on 3 May.",
    "President Lula ended his two-day state visit to Chile on Thursday.",
])
def test_a_visit_of_several_days_told_by_its_end_is_undated(extractor: RulesExtractor, text: str) -> None:
    visits = [m for m in meetings(extractor, text) if m.kind == "visit"]
    assert len(visits) == 1, visits
    assert visits[0].date is None, visits


@pytest.mark.parametrize(("text", "day"), [
    ("President Ruto arrived in Accra on Wednesday for a three-day state visit. He wrapped up the visit on "
     "Friday.", "2025-04-30"),
    ("President Ruto concluded his visit to Uganda on Monday.", "2025-05-05"),
])
def test_a_visit_with_its_arrival_or_of_one_day_keeps_its_day(extractor: RulesExtractor, text: str,
                                                              day: str) -> None:
    visits = [m for m in meetings(extractor, text) if m.kind == "visit"]
    assert visits and visits[0].date == day, visits
