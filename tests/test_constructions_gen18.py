"""Constructions of house styles the dev sets lack (issue 9, gen18), proved on our own wording: a
Commonwealth style of address between an office and a name ("Prime Minister the Most Hon. Dr. X",
"Minister of Tourism Senator the Hon. X", "Attorney General the Hon. X") leaves the office the person's
role, and so does a courtesy set off by a comma after "and" ("A and Namibia's Minister of Trade, Hon. B");
a clause of when an act is done ("will sign MoUs on X and Y when President Z visits Lima next month") ends
the listed subject and the act's words, and the trip it tells is a promise of its own; a named party
raising a thing of its own to a figure ("Hungary will increase the capital of the fund to $100 million")
pledges it, where an amount rising by itself is a forecast.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, facts


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


# ------------------------------------------------------------------------- "… when the President visits Lima"

_WHEN_VISITS = [
    ("Malaysia and Uzbekistan are expected to sign memoranda of understanding on halal certification and "
     "tourism when Uzbek President Shavkat Mirziyoyev makes a state visit to the country next month.",
     "tourism", "Mirziyoyev", "2025-06"),
    ("The two sides will sign agreements on fisheries and tourism when President Ruto visits Jakarta in "
     "July.", "tourism", "Ruto", "2025-07"),
    ("Chile and Peru will sign memoranda on mining and water when President Gabriel Boric visits Lima in "
     "July.", "water", "Boric", "2025-07"),
    ("Kazakhstan and Oman will sign memoranda on energy and logistics when Sultan Haitham bin Tarik pays "
     "a state visit to Astana in September.", "logistics", "Haitham", "2025-09"),
    ("Ghana and Peru intend to sign an agreement on cocoa and coffee when Foreign Minister Elmer Schialer "
     "travels to Accra next month.", "coffee", "Schialer", "2025-06"),
]


@pytest.mark.parametrize(("text", "subject", "visitor", "due"), _WHEN_VISITS)
def test_a_listed_subject_ends_before_a_when_clause(extractor: RulesExtractor, text: str, subject: str,
                                                     visitor: str, due: str) -> None:
    subjects = [i.subject or "" for i in facts(extractor, text).instruments]
    assert any(s.endswith(subject) for s in subjects) and not any(visitor in s for s in subjects), subjects


@pytest.mark.parametrize(("text", "subject", "visitor", "due"), _WHEN_VISITS)
def test_a_visit_in_a_when_clause_is_a_promise_of_its_own(extractor: RulesExtractor, text: str,
                                                          subject: str, visitor: str, due: str) -> None:
    found = facts(extractor, text).commitments
    visits = [c for c in found if c.actor and visitor in c.actor]
    assert visits and visits[0].deadline == due, [(c.actor, c.action, c.deadline) for c in found]
    signing = [c for c in found if c not in visits]
    assert signing and all(" when " not in c.action and c.deadline == due for c in signing), \
        [(c.action, c.deadline) for c in signing]


@pytest.mark.parametrize("text", [
    "Norway and Chile agreed to sign an agreement on when the fishing season opens each year.",
    "The two ministers agreed to sign a memorandum on how to manage shared rivers.",
])
def test_when_opening_a_subject_stays_in_it(extractor: RulesExtractor, text: str) -> None:
    subjects = [i.subject or "" for i in facts(extractor, text).instruments]
    assert any(("when" in s or "how" in s) for s in subjects), subjects


@pytest.mark.parametrize("text", [
    "The two sides will sign the protocol on customs when the parliament approves it next month.",
    "When President Ruto visited Jakarta last year, the two sides agreed to sign an agreement on tourism.",
])
def test_a_when_clause_with_no_trip_ahead_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).commitments
    assert not any("visit" in c.action for c in found), [(c.actor, c.action) for c in found]


# --------------------------------------------------------------------------- "X will raise its Y to $N"


@pytest.mark.parametrize(("text", "actor", "act"), [
    ("Hungary will increase the capital of the joint fund to $100 million by the end of 2027.",
     "Hungary", "increase the capital of the joint fund to $100 million"),
    ("Kenya will raise its contribution to the regional fund to $50 million next year.",
     "Kenya", "raise its contribution"),
    ("Ghana will expand its cocoa quota for Peru to 10,000 tonnes by December.",
     "Ghana", "expand its cocoa quota"),
    ("President Ruto will raise the embassy's staff to 20 diplomats by March.",
     "Ruto", "raise the embassy's staff"),
    ("Peru will boost its credit line for Ghanaian importers to $30 million in 2026.",
     "Peru", "boost its credit line"),
])
def test_a_party_raising_its_thing_to_a_figure_pledges_it(extractor: RulesExtractor, text: str, actor: str,
                                                          act: str) -> None:
    found = facts(extractor, text, lead=TALKS_LEAD).commitments
    assert any(act in c.action and actor in (c.actor or "") for c in found), \
        [(c.actor, c.action) for c in found]


@pytest.mark.parametrize("text", [
    "Bilateral trade will increase to $5 billion by 2027, officials said.",
    "The new port will raise handling capacity to 2 million containers by 2028.",
])
def test_an_amount_rising_to_a_figure_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, lead=TALKS_LEAD).commitments
    assert not found, [(c.actor, c.action) for c in found]
