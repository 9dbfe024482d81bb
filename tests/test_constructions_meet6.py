"""Meeting constructions of the sixth round on unseen text (issue 9), proved on our own wording:
a deadline never dates a meeting, a visit recalled in passing takes nothing from the report,
every conjunct of a subject takes part, a host is at the meal it gives, and a visit said to
be someone's "first to X" is theirs and no other visit told beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import Article, Meeting
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

PUBLISHED = date(2025, 5, 6)


def meetings(extractor: RulesExtractor, text: str) -> list[Meeting]:
    return list(facts(extractor, text, published=PUBLISHED).meetings)


def only(extractor: RulesExtractor, text: str, kind: str) -> Meeting:
    found = [m for m in meetings(extractor, text) if m.kind == kind]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize("text", [
    "Brazilian President Lula wrapped up a two-day state visit aimed at tripling trade within five years.",
    "The Kenyan president ended a three-day visit to Ghana that seeks to double trade by 2030.",
    "Chancellor Merz concluded a visit meant to lift investment by the end of 2028.",
    "The two presidents met in Accra to agree a plan for a single currency by 2032.",
    "President Ruto and President Mahama held talks aimed at opening the border by 2029.",
])
def test_a_deadline_of_an_aim_never_dates_the_meeting(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert found
    for m in found:
        # a visit of several days with no arrival day is undated (the README's convention, meet10)
        assert m.date is None or m.date <= PUBLISHED.isoformat(), m


@pytest.mark.parametrize(("text", "day"), [
    ("President Ruto paid a state visit to Ghana in March 2024 to double trade by 2030.", "2024-03"),
    ("Chancellor Merz visited Ghana last October, aiming to lift trade within five years.", "2024-10"),
])
def test_a_past_day_still_dates_the_meeting(extractor: RulesExtractor, text: str, day: str) -> None:
    assert only(extractor, text, "visit").date == day


# --------------------------------------------------------------------------- recalled visits


def recalled(extractor: RulesExtractor, text: str) -> Meeting:
    lead = "ACCRA, May 6, 2025 (Reuters) - "
    article = Article(name="t.txt", text=lead + text, content_hash=text, published=PUBLISHED,
                      dateline="ACCRA")
    found = [m for m in next(extractor.extract([article])).meetings if m.kind == "visit"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text", [
    "The fisheries memorandum signed during President Mahama's visit has yet to be implemented, they said.",
    "The accords signed during the visit of President Lula have not been ratified.",
    "The railway deal struck during Chancellor Merz's visit had stalled by the end of the year, he said.",
    "Trade has grown sharply since President Ruto's visit.",
    "Little has changed since Prime Minister Albanese's visit, traders say.",
])
def test_a_visit_recalled_in_passing_has_no_day_or_place_from_the_report(
        extractor: RulesExtractor, text: str) -> None:
    visit = recalled(extractor, text)
    assert visit.date is None and visit.place is None


@pytest.mark.parametrize("text", [
    "During President Mahama's visit, the two sides signed five agreements.",
    "The two leaders signed a fisheries memorandum during President Mahama's visit on Monday.",
])
def test_the_visit_the_report_tells_keeps_its_day_and_place(extractor: RulesExtractor, text: str) -> None:
    visit = recalled(extractor, text)
    assert visit.date is not None and visit.date.startswith("2025-05") and visit.place is not None


# --------------------------------------------------------------------------- coordinated subjects


@pytest.mark.parametrize(("text", "kind", "people"), [
    ("President Ruto and Prime Minister Albanese witnessed the signing of three agreements.",
     "signing_ceremony", {"Ruto", "Albanese"}),
    ("Chancellor Scholz and President Macron witnessed the exchange of the documents in Paris.",
     "signing_ceremony", {"Scholz", "Macron"}),
    ("President Lula arrived in Hanoi on Monday. Lula and Vietnamese General Secretary To Lam witnessed "
     "the signing at the Presidential Palace.", "signing_ceremony", {"Lula", "To Lam"}),
    ("Chancellor Merz gave a state banquet for King Charles at the palace.", "other", {"Merz", "Charles"}),
    ("President Ruto, President Mahama and Prime Minister Starmer held talks in London.",
     "talks", {"Ruto", "Mahama", "Starmer"}),
])
def test_every_conjunct_of_the_subject_takes_part(
        extractor: RulesExtractor, text: str, kind: str, people: set[str]) -> None:
    found = only(extractor, text, kind)
    assert people <= set(found.participants)


@pytest.mark.parametrize("text", [
    "The Foreign Minister and the Trade Minister witnessed the signing.",
    "Officials from Ghana and Kenya witnessed the signing of the accord.",
])
def test_titles_or_states_alone_in_the_subject_are_no_participants(
        extractor: RulesExtractor, text: str) -> None:
    assert only(extractor, text, "signing_ceremony").participants == ()


# --------------------------------------------------------------------------- hosts


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("Prime Minister Modi hosted a luncheon in honour of President Dissanayake.", "Modi", "Dissanayake"),
    ("Prime Minister Albanese hosted a dinner in honour of President Prabowo, the foreign ministry said.",
     "Albanese", "Prabowo"),
    ("President Macron offered a working dinner to Prime Minister Carney.", "Macron", "Carney"),
    ("On Tuesday evening President Ramaphosa hosted a state banquet for President Tinubu.", "Ramaphosa",
     "Tinubu"),
    ("Chancellor Merz gave a state banquet for President Lula at the palace.", "Merz", "Lula"),
])
def test_a_host_takes_part_in_the_meal_given(
        extractor: RulesExtractor, text: str, host: str, guest: str) -> None:
    assert {host, guest} <= set(only(extractor, text, "other").participants)


@pytest.mark.parametrize("text", [
    "The embassy hosted a reception for President Ramaphosa.",
    "A luncheon in honour of President Dissanayake was hosted at the palace.",
])
def test_a_meal_given_by_no_person_has_only_its_guest(extractor: RulesExtractor, text: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind == "other"]
    assert all(len(m.participants) <= 1 for m in found)


# --------------------------------------------------------------------------- whose visit it is


@pytest.mark.parametrize(("text", "visitor", "dest"), [
    ("The four-day state visit marks Lee's first to China since taking office, and comes after Xi visited "
     "South Korea in November.", "Lee", "China"),
    ("The trip is Ruto's second to Ghana this year.", "Ruto", "Ghana"),
    ("The state visit was President Lula's first to Japan in six years, and followed Kishida's trip to "
     "Brazil in May.", "Lula", "Japan"),
    ("This visit marks Modi's third to Sri Lanka, two years after Wickremesinghe visited India.", "Modi",
     "Sri Lanka"),
    ("Their visit became Macron's first to Nigeria, after Tinubu travelled to Paris last year.", "Macron",
     "Nigeria"),
])
def test_a_visit_said_to_be_someones_first_to_a_place_is_theirs(
        extractor: RulesExtractor, text: str, visitor: str, dest: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind == "visit"]
    theirs = [m for m in found if visitor in m.participants]
    assert len(theirs) == 1 and theirs[0].place == dest
    assert theirs[0].participants[0] == visitor


@pytest.mark.parametrize("text", [
    "The trip was a success, officials said.",
    "The trip is the first by a Kenyan leader since 2019.",
])
def test_a_visit_said_to_be_nobodys_is_no_visit_of_its_own(extractor: RulesExtractor, text: str) -> None:
    assert [m for m in meetings(extractor, text) if m.kind == "visit"] == []


@pytest.mark.parametrize("text", [
    "Ruto and Mahama met on the margins of the forum last year, when Ruto visited Ghana.",
    "The two premiers met in Ottawa last spring, when Mr Luxon visited Canada.",
    "President Ruto met the king in Amman last year, when he visited Jordan.",
    "The foreign ministers met in Nairobi last year, when Mr Wang visited Kenya.",
    "Chancellor Merz met President Lula in Berlin last month, when the Brazilian leader visited Germany.",
])
def test_a_visit_in_a_trailing_when_clause_of_a_meeting_is_its_occasion(
        extractor: RulesExtractor, text: str) -> None:
    kinds = [m.kind for m in meetings(extractor, text)]
    assert "talks" in kinds and "visit" not in kinds


@pytest.mark.parametrize("text", [
    "When Prime Minister Modi visited Colombo in April, he met the president.",
    "The ministers met in Hanoi, and the next day Mr Wang visited Laos.",
])
def test_a_visit_told_first_or_after_a_meeting_is_a_visit(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)].count("visit") == 1
