"""The people stage on sentences written for the tests (not the dev articles)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from accord.core import Article, Person
from accord.extract.rules import people
from accord.extract.rules.context import Context
from accord.nlp import load_pipeline
from accord.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def find(nlp: Language) -> Callable[[str], list[Person]]:
    def run(text: str) -> list[Person]:
        article = Article(name="t.txt", text=text, content_hash="x", published=date(2025, 3, 4))
        return people.find(Context(article, nlp(text)))
    return run


def by_name(found: list[Person]) -> dict[str, Person]:
    return {p.name: p for p in found}


def test_title_demonym_and_name(find: Callable[[str], list[Person]]) -> None:
    text = ("Hungarian Finance Minister Gabor Kovacs met Chilean President Isabel Soto in Santiago. "
            "Kovacs said the talks went well.")
    found = by_name(find(text))
    assert set(found) == {"Gabor Kovacs", "Isabel Soto"}
    assert (found["Gabor Kovacs"].role, found["Gabor Kovacs"].country) == ("Finance Minister", "Hungary")
    assert (found["Isabel Soto"].role, found["Isabel Soto"].country) == ("President", "Chile")
    for p in found.values():
        assert text[p.evidence.start:p.evidence.end] == p.evidence.text


def test_mentions_merge_and_keep_the_fullest_name(find: Callable[[str], list[Person]]) -> None:
    text = ("Prime Minister Muhammad Tariq Aziz arrived in Oslo on Monday. "
            "PM Tariq Aziz later met business leaders, and Aziz thanked his hosts.")
    found = find(text)
    assert [p.name for p in found] == ["Muhammad Tariq Aziz"]
    assert found[0].role == "Prime Minister"


def test_apposition_gives_role_and_state(find: Callable[[str], list[Person]]) -> None:
    text = "Talks were chaired by Marek Novak, President of the Republic of Slovakia, in Bratislava."
    found = by_name(find(text))
    assert found["Marek Novak"].role == "President"
    assert found["Marek Novak"].country == "Slovakia"


def test_joined_titles_and_name_after_comma(find: Callable[[str], list[Person]]) -> None:
    text = ("The papers were exchanged by Deputy Prime Minister and Foreign Minister Senator Ahmed Raza "
            "and Minister of the State Committee for Industry of Kazakhstan, Nurlan Bekov.")
    found = by_name(find(text))
    assert found["Ahmed Raza"].role == "Deputy Prime Minister and Foreign Minister"
    assert found["Nurlan Bekov"].role == "Minister of the State Committee for Industry"
    assert found["Nurlan Bekov"].country == "Kazakhstan"


def test_two_people_joined_by_and_keep_their_own_titles(find: Callable[[str], list[Person]]) -> None:
    text = ("He will be joined by National Security Adviser Rahul Verma and Foreign Secretary "
            "Anil Kapoor on the trip.")
    found = by_name(find(text))
    assert found["Anil Kapoor"].role == "Foreign Secretary"
    assert found["Rahul Verma"].role == "National Security Adviser"


def test_bylines_places_and_lone_names_are_not_people(find: Callable[[str], list[Person]]) -> None:
    text = ("By Maria Lopez\nThe second phase will run from Lima to Santa Rosa. "
            "Officials said Jokowi would attend.")
    assert find(text) == []


def test_unmarked_people_belong_to_the_unmarked_state(find: Callable[[str], list[Person]]) -> None:
    text = ("Norway and Chile signed two accords. Chilean Trade Minister Pablo Reyes and "
            "Fisheries Minister Ola Berg exchanged the documents. Norway hosted the talks, "
            "and Norway and Chile agreed to meet again.")
    found = by_name(find(text))
    assert found["Pablo Reyes"].country == "Chile"
    assert found["Ola Berg"].country == "Norway"


def test_lower_case_and_hyphenated_titles(find: Callable[[str], list[Person]]) -> None:
    text = ("The fund was announced by Tomas Berglund, the Swedish investment minister, and welcomed "
            "by UN Secretary-General Kofi Mensah.")
    found = by_name(find(text))
    berglund = found["Tomas Berglund"]
    assert (berglund.role, berglund.country) == ("investment minister", "Sweden")
    assert found["Kofi Mensah"].role == "UN Secretary-General"


def test_possessive_state_before_title(find: Callable[[str], list[Person]]) -> None:
    text = "Trade Minister Lena Holm held talks with Azerbaijan's Foreign Minister Jeyhun Mammadov."
    found = by_name(find(text))
    assert found["Jeyhun Mammadov"].role == "Foreign Minister"
    assert found["Jeyhun Mammadov"].country == "Azerbaijan"
    assert found["Lena Holm"].role == "Trade Minister"
