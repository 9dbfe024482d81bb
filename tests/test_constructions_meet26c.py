"""Constructions of real reports (round 26, issue 9), meetings, second pass, proved on our own wording: a
title line's present tells a visit that the body tells by no word of its own ("… as Foreign Minister X
visits Muscat"; the dev sets take a fact from the page's furniture where the body lacks it, more/ 23's
standfirst figure); an encounter told as one more after an unnamed one ("Talks were held in Suva. Meanwhile,
General Z met Vice Minister Y", "Y also called on Z") is another encounter, not the unnamed one's.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body (published 6 May 2025), so the first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nAPIA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=lead).meetings]


# ------------------------------------------------------------------ a title line's present visit

BODY = ("\n\nAPIA, June 3 (Wire) -- Peruvian Foreign Minister Elena Quispe and President Tomas Vidal "
        "agreed on Tuesday to open embassies in each other's capitals.\n")


@pytest.mark.parametrize(("title", "visitor"), [
    ("Oman and Peru sign visa deal as Foreign Minister Elena Quispe visits Muscat", "Elena Quispe"),
    ("Peru pledges $20 million for Ghana as Quispe visits Accra", "Elena Quispe"),
    ("Peruvian Foreign Minister Elena Quispe visits Ghana", "Elena Quispe"),
    ("Elena Quispe visits Accra, signs visa waiver", "Elena Quispe"),
    ("Kenya, Peru agree on flights as Vidal visits Nairobi", "Tomas Vidal"),
])
def test_a_title_present_tells_a_visit(extractor: RulesExtractor, title: str, visitor: str) -> None:
    found = _meetings(extractor, title + BODY, lead="")
    visits = [people for kind, people in found if kind == "visit"]
    assert len(visits) == 1 and visitor in visits[0], found


@pytest.mark.parametrize("title", [
    # a visit ahead, a visit to no place, a common-noun visitor
    "Foreign Minister Elena Quispe visits Accra next month",
    "Foreign Minister visits storm-hit villages",
    "A Peruvian delegation visits Accra",
])
def test_no_visit_from_a_title_ahead_or_placeless(extractor: RulesExtractor, title: str) -> None:
    assert "visit" not in [k for k, _ in _meetings(extractor, title + BODY, lead="")]


def test_a_body_present_is_no_visit(extractor: RulesExtractor) -> None:
    text = "Each spring, Foreign Minister Elena Quispe visits Accra."
    assert "visit" not in [k for k, _ in _meetings(extractor, text)]


def test_a_title_visit_told_again_in_the_body_is_one(extractor: RulesExtractor) -> None:
    body = ("\n\nACCRA, June 3 (Wire) -- Peruvian Foreign Minister Elena Quispe arrived in Accra on Monday "
            "for a two-day official visit.\n")
    found = _meetings(extractor, "Foreign Minister Elena Quispe visits Accra" + body, lead="")
    assert [k for k, _ in found].count("visit") == 1, found


# ------------------------------------------------------------------ one more after an unnamed encounter


@pytest.mark.parametrize("text", [
    "Fiji and Chile held political consultations in Suva on Monday. The two sides reviewed trade and "
    "fisheries. Meanwhile, General Omar Haddad met Vice Minister Tomas Vidal.",
    "Talks were held in Suva on Monday on trade and fisheries. Meanwhile, Foreign Minister Omar Haddad "
    "received Vice Minister Tomas Vidal at his office.",
    "The two sides held talks in Suva on Monday. Vice Minister Tomas Vidal also called on Prime Minister "
    "Omar Haddad.",
    "The delegations held consultations at the ministry. Later, Deputy Minister Ana Ruiz met with Senator "
    "Omar Haddad.",
    "The two sides held talks in Apia. Vice Minister Tomas Vidal, meanwhile, met with Speaker Omar Haddad.",
])
def test_one_more_encounter_is_not_the_unnamed_one(extractor: RulesExtractor, text: str) -> None:
    found = _meetings(extractor, text)
    assert [k for k, _ in found].count("talks") == 2, found


@pytest.mark.parametrize("text", [
    # one encounter told twice; no second one
    "The two sides held talks in Suva on Monday. Foreign Minister Omar Haddad and Vice Minister Tomas Vidal "
    "discussed trade.",
    "Political consultations were held in Suva on Monday. The consultations were co-chaired by Vice Minister "
    "Tomas Vidal.",
])
def test_the_unnamed_encounter_told_again_stays_one(extractor: RulesExtractor, text: str) -> None:
    found = _meetings(extractor, text)
    assert [k for k, _ in found].count("talks") == 1, found
