"""The meetings stage on sentences written for the purpose: held vs planned, kinds, merging."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest
from spacy.language import Language

from accord.core import Article, Meeting
from accord.extract.rules import meetings
from accord.extract.rules.context import Context
from accord.nlp import load_pipeline
from accord.settings import Settings
from tests.conftest import written_texts


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(Settings.from_env().model)


def run(nlp: Language, text: str, published: date | None = date(2024, 5, 9)) -> list[Meeting]:
    article = Article(name="t.txt", text=text, content_hash="h", published=published)
    found = meetings.find(Context(article, nlp(text)))
    for m in found:
        assert text[m.evidence.start:m.evidence.end] == m.evidence.text
    return found


def kinds(found: list[Meeting]) -> list[str]:
    return sorted(m.kind for m in found)


def test_held_talks_have_people_place_and_date(nlp: Language) -> None:
    found = run(nlp, "Chancellor Anna Berg held talks with President Tomas Varga in Vienna on Tuesday, "
                     "officials said.")
    assert kinds(found) == ["talks"]
    talks = found[0]
    assert talks.date == "2024-05-07"  # the Tuesday on or before Thursday 9 May
    assert {"Anna Berg", "Tomas Varga"} <= set(talks.participants)
    assert talks.place == "Vienna"
    assert "talks with President Tomas Varga" in talks.evidence.text


@pytest.mark.parametrize("text", [
    "The two leaders will meet in Oslo next week to discuss fisheries.",
    "President Tomas Varga is expected to visit Kenya in March.",
    "Chancellor Anna Berg invited President Tomas Varga to visit Austria.",
    "The ministers would hold talks this afternoon on the pipeline.",
    "Both sides agreed to reconvene in Geneva within two weeks for another round of talks.",
    "The summit to be held in Lima next year will focus on trade.",
])
def test_planned_encounters_are_not_meetings(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_one_visit_mentioned_three_times_is_one_meeting(nlp: Language) -> None:
    text = ("President Tomas Varga arrived in Vienna on Monday for a three-day official visit to Austria. "
            "During the visit, the president laid a wreath at the memorial.\n"
            "The visit ends on Wednesday with a dinner.")
    visits = [m for m in run(nlp, text) if m.kind == "visit"]
    assert len(visits) == 1
    assert "three-day official visit" in visits[0].evidence.text


def test_recalled_visit_is_its_own_meeting(nlp: Language) -> None:
    text = ("The accords were signed during Chancellor Anna Berg's official visit to Hungary on Friday. "
            "Recalling the visit of President Tomas Varga to Austria in 2015, the chancellor said it "
            "laid the foundation of the partnership.")
    visits = [m for m in run(nlp, text) if m.kind == "visit"]
    assert len(visits) == 2
    recalled = next(m for m in visits if "2015" in m.evidence.text)
    assert recalled.date == "2015"


def test_ceremony_and_press_conference_in_one_sentence(nlp: Language) -> None:
    text = "Speaking at a joint press conference after the signing ceremony, the chancellor praised the deal."
    assert kinds(run(nlp, text)) == ["press_conference", "signing_ceremony"]


def test_delegation_level_talks_are_separate_from_the_leaders_meeting(nlp: Language) -> None:
    text = ("The agreements were signed during talks between Chancellor Anna Berg and President Tomas "
            "Varga. These were followed by a delegation-level meeting. The talks were cordial.")
    assert kinds(run(nlp, text)) == ["talks", "talks"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Chancellor Anna Berg spoke by telephone with President Tomas Varga on Monday.", "call"),
    ("A highlight of the trip was the Austria-Hungary Business Forum, which drew 80 firms.",
     "business_forum"),
    ("The two leaders witnessed the signing of four agreements on energy and transport.",
     "signing_ceremony"),
    ("President Tomas Varga told reporters after the meeting that progress had been made.",
     "press_conference"),
])
def test_kinds(nlp: Language, text: str, kind: str) -> None:
    assert kind in kinds(run(nlp, text))


def test_talks_named_only_in_a_plan_are_skipped_but_held_ones_kept(nlp: Language) -> None:
    text = ("Chancellor Anna Berg met President Tomas Varga in Vienna on Monday. "
            "She will travel to Budapest ahead of further talks next month.")
    found = run(nlp, text)
    assert kinds(found) == ["talks"]
    assert found[0].evidence.text.startswith("Chancellor Anna Berg met")


def test_a_recalled_meeting_is_not_merged_into_the_current_one(nlp: Language) -> None:
    text = ("NAIROBI - President Tomas Varga on Wednesday hosted Chancellor Anna Berg, and the two "
            "leaders held talks on trade and energy.\n"
            "The two leaders last met in Vienna in October 2022.\n"
            "The talks were described as cordial.")
    talks = [m for m in run(nlp, text, published=date(2023, 6, 15)) if m.kind == "talks"]
    # the one "last met" before is background, no meeting held (round 21): only the current talks, their day
    assert [m.date for m in talks] == ["2023-06-14"]


def test_a_summit_meeting_of_two_leaders_is_one_meeting(nlp: Language) -> None:
    text = "The two leaders held a summit meeting at the presidential palace on Thursday."
    assert kinds(run(nlp, text)) == ["talks"]


def test_a_place_in_a_title_is_not_where_the_talks_were(nlp: Language) -> None:
    text = ("Mr Jonas Berg, President of the Republic of Estonia, held talks with Prime Minister "
            "Anna Kask at the Government House in Riga today.")
    [m] = run(nlp, text)
    assert m.place in ("Government House", "Riga")


def test_a_state_named_beside_a_meeting_is_not_its_place(nlp: Language) -> None:
    # the forum is named for the two states; the text says where it was held only by the dateline
    text = ("VIENNA - A highlight of the visit was the Austria-Hungary Business Forum, which brought "
            "together 40 companies.")
    article = Article(name="t.txt", text=text, content_hash="h", published=date(2024, 5, 9),
                      dateline="Vienna")
    found = meetings.find(Context(article, nlp(text)))
    assert {m.place for m in found} == {"Vienna"}


def test_a_recalled_visit_keeps_its_own_year(nlp: Language) -> None:
    found = run(nlp, "Recalling the visit of President Tomas Varga to Austria in 2015-16, the chancellor "
                     "said this visit laid the foundation of their friendship.")
    visit = next(m for m in found if m.kind == "visit")
    assert visit.date is not None and visit.date.startswith("2015")


@pytest.mark.parametrize(("second", "day"), [
    ("President Ilves and King Harald held talks at the palace on Wednesday", "2024-05-08"),
    ("The two leaders met at the palace on Thursday morning", "2024-05-09"),
    ("On Wednesday, President Ilves and King Harald held talks at the palace", "2024-05-08"),
    ("President Ilves held delegation-level talks with King Harald on Wednesday", "2024-05-08"),
    ("President Ilves and King Harald held a summit at the palace on Thursday", "2024-05-09"),
])
def test_a_weekday_is_the_writer_s_not_the_event_s(nlp: Language, second: str, day: str) -> None:
    # published Thursday 9 May; the visit began on Tuesday the 7th, which dates the story's event
    text = ("President Toomas Ilves of Estonia arrived in Oslo on Tuesday for a three-day state visit, "
            f"the first in a decade by an Estonian head of state. {second}, officials said, and a "
            "long list of topics was on the agenda.")
    found = run(nlp, text)
    assert any(m.date == "2024-05-07" for m in found)   # the arrival
    assert any(m.date == day for m in found if m.evidence.start > text.index(second) - 5)


def test_a_span_of_time_still_runs_from_the_event(nlp: Language) -> None:
    text = ("President Toomas Ilves of Estonia arrived in Oslo on Tuesday for a three-day state visit, "
            "and both sides said their ministers would meet again in Tallinn within two weeks to "
            "finish the work.")
    article = Article(name="t.txt", text=text, content_hash="h", published=date(2024, 5, 9))
    ctx = Context(article, nlp(text))
    assert ctx.event_date == date(2024, 5, 7)


@pytest.mark.parametrize(("text", "names"), [
    ("Foreign Minister Samuel Ablakwa paid a courtesy call on President William Ruto at his hotel "
     "on Tuesday, officials said.", {"Samuel Ablakwa", "William Ruto"}),
    ("Minister Anna Berg paid a visit to President Tomas Varga in Vienna on Tuesday.",
     {"Anna Berg", "Tomas Varga"}),
    ("Minister Anna Berg and Minister Jonas Lind co-chaired the session of the joint commission in Oslo "
     "on Tuesday.", {"Anna Berg", "Jonas Lind"}),
    ("Chancellor Anna Berg held talks with President Tomas Varga in Vienna on Tuesday.",
     {"Anna Berg", "Tomas Varga"}),
    ("Deputy Minister Jonas Lind attended the business forum in Oslo on Tuesday.", {"Jonas Lind"}),
])
def test_the_subject_of_paying_chairing_holding_or_attending_takes_part(
        nlp: Language, text: str, names: set[str]) -> None:
    found = run(nlp, text)
    assert found and names <= set(found[0].participants)


def test_who_reports_a_meeting_takes_no_part_in_it(nlp: Language) -> None:
    found = run(nlp, "Spokesman Jonas Lind said that the two presidents held talks in Vienna on Tuesday.")
    assert found and "Jonas Lind" not in found[0].participants


@pytest.mark.parametrize(("text", "when", "not_place"), [
    ("The trade office in Mombasa, announced during the February visit, has not opened.", "2024-02",
     "Mombasa"),
    ("A consulate in Porto, promised on the March trip, is still closed.", "2024-03", "Porto"),
    ("The road to Tarija, discussed at their April summit, is unfinished.", "2024-04", "Tarija"),
])
def test_a_meeting_named_in_passing_takes_its_month_not_another_things_place(
        nlp: Language, text: str, when: str, not_place: str) -> None:
    found = run(nlp, text)
    assert [m.date for m in found] == [when]
    assert found[0].place != not_place


@pytest.mark.parametrize("text", [
    "The fifth round of strategic consultations between Chile and Peru took place in Lima on Tuesday.",
    "Chile and Peru held a round of political consultations in Lima on Tuesday.",
    "Consultations between the two foreign ministries were held in Lima on Tuesday.",
    "Deputy ministers held consultations with their Peruvian counterparts in Lima on Tuesday.",
    "After two rounds of consular consultations in Lima on Tuesday, the sides issued a statement.",
])
def test_consultations_held_are_talks(nlp: Language, text: str) -> None:
    assert kinds(run(nlp, text)) == ["talks"]


@pytest.mark.parametrize("text", [
    "The two sides agreed to hold consultations on the matter next year.",
    "Chile called for consultations under the treaty.",
])
def test_consultations_planned_or_called_for_are_not_meetings(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_every_trigger_match_holds_one_of_its_words() -> None:
    """A sentence without any of a trigger's words is not searched with it: no match may lack them.

    Searched: the tests' sentences and the example articles; every trigger must match in them.
    """
    texts = written_texts()
    texts.append("The president made a STATEMENT ALONGSIDE his guest.")
    for kind, words, pattern, _ in meetings._TRIGGERS:
        found = [m.group(0).lower() for text in texts for m in pattern.finditer(text)]
        assert found, (kind, pattern.pattern)
        assert [m for m in found if not any(w in m for w in words)] == [], (kind, words)


def test_the_words_test_is_skipped_for_every_character_case_blind_matching_takes_for_ascii() -> None:
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    others = [chr(c) for c in range(0x80, sys.maxunicode + 1)
              if ascii_letter.match(chr(c)) or re.search("[a-z]", chr(c).lower())]
    assert others == [c for c in others if meetings._FOLDS_TO_ASCII.match(c)]
    assert len(others) == 4
    assert meetings._folded("The Visit") == "the visit" and meetings._folded("Kelvin \u212a") is None
