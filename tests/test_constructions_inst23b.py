"""Constructions of real signing reports (round 23, instruments, second round): an agreement the sides reach
on an act ("reached an agreement on setting up a commission") or a meeting closes with, the parse hanging
"with" on the meeting's noun ("concluded the second round with an agreement on holding …"), is what they
agreed to do, no document; a capitalised title holding an "and" inside a comma list ("covering Local
Government, Information and Broadcasting, Energy") is one item; a count of a document told in the singular
before another counted noun ("eight Memorandum of Understanding and three agreements") counts that document.
Sentences in our own words."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.core import Figure
from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_figures import find as find_figures
from tests.test_instruments import Find

__all__ = ["find", "find_figures", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# ------------------------------------------------------------------ an agreement reached on an act


@pytest.mark.parametrize("text", [
    "Peru and Chile reached an agreement on setting up a joint commission on border trade.",
    "The two sides reached an agreement on reopening the border crossing by June.",
    "An agreement was reached on building a new bridge over the river.",
    "The ministers have reached an agreement on sharing weather data.",
    "Peru and Chile concluded the second round with an agreement on holding the next one in Lima.",
    "The delegations ended the first session with an agreement on drafting a work plan.",
])
def test_an_agreement_reached_on_an_act_gives_no_document(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo reached an agreement on fisheries.",
     [("agreement", "agreement on fisheries", "signed")]),
    ("The two sides concluded an agreement on avoiding double taxation.",
     [("agreement", "agreement on avoiding double taxation", "signed")]),
    ("The two sides signed an agreement on setting up a joint commission.",
     [("agreement", "agreement on setting up a joint commission", "signed")]),
])
def test_an_agreement_on_a_field_or_signed_stays(find: Find, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected


# ------------------------------------------------------------------ a title's own "and" inside a list


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Zambia signed nine agreements covering Local Government, Information and Broadcasting, "
     "Energy Cooperation and Tourism.",
     ["Local Government", "Information and Broadcasting", "Energy Cooperation", "Tourism"]),
    ("The two sides signed MoUs on Trade and Industry, Arts and Culture, and Health.",
     ["Trade and Industry", "Arts and Culture", "Health"]),
    ("The accords cover Fisheries, Lands and Housing, Sport and Youth.",
     ["Fisheries", "Lands and Housing", "Sport", "Youth"]),
    ("Four MoUs were signed on Water and Sanitation, Mining, and Tourism.",
     ["Water and Sanitation", "Mining", "Tourism"]),
    ("The deals signed cover Roads, Arts and Culture, Health, and Education.",
     ["Roads", "Arts and Culture", "Health", "Education"]),
])
def test_a_titled_pair_inside_a_comma_list_is_one_item(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the list's last "and" still parts its items (a lowercase pair before a serial "and" is one item
    # since inst24b: tests/test_constructions_inst24b.py)
    ("The agreements cover Health, Energy and Mining.", ["Health", "Energy", "Mining"]),
    ("They signed accords on trade, health and culture.", ["trade", "health", "culture"]),
])
def test_a_list_and_still_parts_items(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------------ a singular document counted


@pytest.mark.parametrize(("text", "value", "what"), [
    ("The two sides signed eight Memorandum of Understanding (MoU) and three agreements during the visit.",
     "eight", "Memorandum of Understanding"),
    ("Kenya and Oman inked six Memorandum of Understanding and two treaties.", "six",
     "Memorandum of Understanding"),
    ("They signed five MoUs and two agreements.", "five", "MoUs"),
    ("The sides signed 11 Agreements and four protocols on Monday.", "11", "Agreements"),
    ("The two sides signed eight Memorandum of Understanding (MoU) and three agreements.", "three",
     "agreements"),
])
def test_a_document_counted_before_another_count_is_what_it_counts(
        find_figures: Callable[[str], list[Figure]], text: str, value: str, what: str) -> None:
    assert [f.what for f in find_figures(text) if f.value == value] == [what]


@pytest.mark.parametrize(("text", "value", "what"), [
    # words coordinated before one counted noun, no count of their own, are what it counts
    ("The plan trains 50 Federal, State, and local officials.", "50", "Federal, State, and local officials"),
    ("They signed five MoUs and agreements.", "five", "MoUs and agreements"),
])
def test_words_coordinated_before_one_count_stay(find_figures: Callable[[str], list[Figure]], text: str,
                                                 value: str, what: str) -> None:
    assert [f.what for f in find_figures(text) if f.value == value] == [what]


# ------------------------------------------------------------------ counted documents listed after a colon


@pytest.mark.parametrize(("text", "expected"), [
    ("The two countries signed three major agreements: the Lobito Corridor (LC), the Railway Agreement and "
     "the Road Transport Agreement.",
     ["Lobito Corridor (LC)", "Railway Agreement", "Road Transport Agreement"]),
    ("The two countries signed three agreements: the Lobito Corridor, the Nacala Port and the Beira Road.",
     ["Lobito Corridor", "Nacala Port", "Beira Road"]),
    ("The two countries signed three agreements: visa waiver, tourism and the Railway Agreement.",
     ["visa waiver", "tourism", "Railway Agreement"]),
    ("The two sides signed four agreements: trade, health, culture and sport.",
     ["trade", "health", "culture", "sport"]),
    ("Kenya and Oman inked two MoUs: one on health and one on tourism.", ["health", "tourism"]),
])
def test_counted_documents_list_their_members_after_a_colon(find: Find, text: str,
                                                            expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause after the colon says something else; uncounted documents keep their own reading
    ("Kenya and Oman signed two MoUs: Kenya's minister said they would help trade.", []),
    ("Kenya and Oman signed two MoUs: the ministers will meet again in May.", []),
])
def test_a_clause_after_the_colon_lists_nothing(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected
