"""Constructions of real reports (round 25, issue 9), meetings, proved on our own wording: documents told
exchanged by two people whom the parser hangs on the setting's noun ("the notes were exchanged on the
margins of the Assembly by X and Y") are a signing ceremony, as "was signed … by X and Y" is; an exchange
of notes told taking effect on a day is the text's clause, no ceremony held that day; an encounter
recalled after "since" is dated by its own phrase ("since the last session of the commission in 2014"),
not by the report's day, while a "since" above the encounter still tells another event's time.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body (published 6 May 2025), so the first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nAPIA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=LEAD).meetings]


# ------------------------------------------------------------------ a "by" hung on the setting's noun


@pytest.mark.parametrize("text", [
    "The notes were exchanged in Geneva on Monday on the margins of the World Health Assembly by Foreign "
    "Minister Lina Soto and her Peruvian counterpart, Marco Vela.",
    "Diplomatic notes were exchanged on the sidelines of the Commonwealth meeting by Lina Soto and "
    "Marco Vela.",
    "The letters were exchanged at the margins of the African Union summit in Addis Ababa on Friday by "
    "Minister Lina Soto and Minister Marco Vela.",
    "The instruments of ratification were exchanged on the margins of the ASEAN Regional Forum by "
    "Lina Soto and Marco Vela on 2 May.",
    "On Monday, the notes were exchanged in New York on the sidelines of the UN General Assembly by "
    "Foreign Minister Lina Soto and Foreign Minister Marco Vela.",
])
def test_documents_exchanged_by_people_on_a_gathering_s_margins_are_a_signing(
        extractor: RulesExtractor, text: str) -> None:
    signings = [people for kind, people in _meetings(extractor, text) if kind == "signing_ceremony"]
    assert signings == [["Lina Soto", "Marco Vela"]]


@pytest.mark.parametrize("text", [
    # what is exchanged is no document, or no one is said to exchange it
    "Prices were exchanged on the margins of the trade fair by brokers from Lima.",
    "Views were exchanged on the margins of the summit by experts of the two institutes.",
])
def test_no_documents_or_no_people_is_no_signing(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text)
            if kind == "signing_ceremony"] == []


# ------------------------------------------------------------------ an exchange that takes effect


@pytest.mark.parametrize("text", [
    "The exchange of notes takes effect 30 days after the date of the later note, on June 20.",
    "The exchange of letters will take effect on June 1.",
    "Under the text, the exchange of notes took effect on 1 April.",
])
def test_an_exchange_taking_effect_is_no_ceremony(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text) if kind == "signing_ceremony"] == []


@pytest.mark.parametrize("text", [
    "The exchange of notes took place in Apia on Monday in the presence of the two foreign ministers.",
    "An exchange of letters was held in Apia on Monday.",
])
def test_an_exchange_that_took_place_stays(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text)] == ["signing_ceremony"]


# ------------------------------------------------------------------ an encounter recalled after "since"


def _dates(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(m.kind, m.date) for m in facts(extractor, text, lead=LEAD).meetings]


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Trade has tripled since the last session of the Joint Economic Commission in 2016.",
     "commission_session", "2016"),
    ("Exports have grown since the state visit of President Lina Soto to Peru in 2019.", "visit", "2019"),
    ("Little has changed since the fourth meeting of the joint committee in March 2021.",
     "commission_session", "2021-03"),
    ("Since the last round of political consultations in 2018, the two ministries have traded notes.",
     "talks", "2018"),
    ("Trade has risen sharply since the talks of the two leaders in Lima in October 2020.",
     "talks", "2020-10"),
])
def test_an_encounter_recalled_after_since_keeps_its_own_date(
        extractor: RulesExtractor, text: str, kind: str, day: str) -> None:
    assert (kind, day) in _dates(extractor, text)
    assert ("2025-05-06" not in [d for _, d in _dates(extractor, text)])


@pytest.mark.parametrize("text", [
    # the "since" tells another event's time: the talks are the report's
    "Lina Soto held talks with Marco Vela on Monday, her first trip abroad since taking office in 2019.",
    "Lina Soto met Marco Vela in Lima on Monday, the first such meeting since the treaty was signed in 2016.",
])
def test_a_since_above_the_encounter_gives_it_no_date(extractor: RulesExtractor, text: str) -> None:
    assert all(d not in ("2019", "2016") for _, d in _dates(extractor, text))
