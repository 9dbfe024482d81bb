"""Constructions of house styles the dev sets lack (issue 9, gen18), proved on our own wording: a
Commonwealth style of address between an office and a name ("Prime Minister the Most Hon. Dr. X",
"Minister of Tourism Senator the Hon. X", "Attorney General the Hon. X") leaves the office the person's
role, and so does a courtesy set off by a comma after "and" ("A and Namibia's Minister of Trade, Hon. B").
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _roles(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in facts(extractor, text).people}


# --------------------------------------------------------------------------- "Prime Minister the Most Hon. X"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Namibia's foreign minister invited Prime Minister the Most Hon. Dr. Andrew Holness to pay an official "
     "visit to Windhoek.", "Andrew Holness", "Prime Minister"),
    ("She will pay a courtesy call on Governor-General His Excellency the Most Hon. Sir Patrick Allen "
     "on Friday.", "Patrick Allen", "Governor-General"),
    ("The accord was signed by Minister of Foreign Affairs and Foreign Trade, Senator the Hon. Kamina "
     "Johnson Smith, in Kingston.", "Kamina Johnson Smith", "Minister of Foreign Affairs and Foreign Trade"),
    ("Trade talks were led by Minister of Foreign Affairs the Hon. Fred Mitchell in Nassau.",
     "Fred Mitchell", "Minister of Foreign Affairs"),
    ("Prime Minister the Rt. Hon. Keith Rowley met President Irfaan Ali in Georgetown on Monday.",
     "Keith Rowley", "Prime Minister"),
    ("Attorney General the Hon. Dale Marshall signed the extradition treaty on behalf of Barbados.",
     "Dale Marshall", "Attorney General"),
    ("The memorandum was signed by Minister of Tourism Senator the Hon. Lisa Cummins and her Kenyan "
     "counterpart.", "Lisa Cummins", "Minister of Tourism"),
])
def test_an_office_before_a_commonwealth_style_is_the_role(extractor: RulesExtractor, text: str, name: str,
                                                           role: str) -> None:
    assert _roles(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name"), [
    ("Foreign Minister Ana Lima met the Hon. Peter Brown in Nassau on Monday.", "Peter Brown"),
    ("The dinner was hosted by the Most Hon. Andrew Holness in Kingston.", "Andrew Holness"),
])
def test_a_style_with_no_office_before_it_gives_no_role(extractor: RulesExtractor, text: str,
                                                       name: str) -> None:
    assert _roles(extractor, text).get(name) is None


# ------------------------------------------------------------------------- "A and B's Minister of X, Hon. C"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The deal was signed by Minister of Trade Kobina Hammond and Namibia's Minister of Trade, Hon. Lucia "
     "Iipumbu.", "Lucia Iipumbu", "Minister of Trade"),
    ("The Agreement was signed by Foreign Minister Ana Lima and Namibia's Minister of International "
     "Relations and Trade, Hon. Selma Ashipala-Musavyi.", "Selma Ashipala-Musavyi",
     "Minister of International Relations and Trade"),
    ("Present were Trade Minister Kobina Hammond and Zambia's Minister of Finance, Dr. Situmbeko "
     "Musokotwane.",
     "Situmbeko Musokotwane", "Minister of Finance"),
    ("The talks brought together President Irfaan Ali and Barbados' Minister of Foreign Affairs, Senator "
     "Kerrie Symmonds.", "Kerrie Symmonds", "Minister of Foreign Affairs"),
    ("The talks were co-chaired by Foreign Minister Ana Lima and Kenya's Cabinet Secretary for Trade, "
     "Hon. Lee Kinyanjui.", "Lee Kinyanjui", "Cabinet Secretary for Trade"),
])
def test_a_listed_office_before_a_comma_and_courtesy_is_the_role(extractor: RulesExtractor, text: str,
                                                                 name: str, role: str) -> None:
    assert _roles(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name"), [
    ("Abdel Fattah el-Sisi, President of Egypt, H.E. Mr. Karim Adel attended the meeting.", "Karim Adel"),
    ("Rui Costa, Minister of Finance of Angola, Dr. Pedro Neto and others attended.", "Pedro Neto"),
])
def test_an_office_told_of_the_name_before_is_not_the_next_ones(extractor: RulesExtractor, text: str,
                                                               name: str) -> None:
    assert _roles(extractor, text).get(name) != "President" and _roles(extractor, text).get(name) != \
        "Minister of Finance"
