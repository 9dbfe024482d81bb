"""Constructions of real reports (round 22, issue 9), meetings, proved on our own wording: a "call-on" told
by its hyphened noun is a courtesy call, talks; people who "conferred" in person, or one who "played
host to" a person, held talks; several people who met one host apart are one meeting
each, whether the list is of those met or of those who went, and whatever the parser makes of a title
set beside a name; a body's acronym in brackets that is a word as well ("(CAN)", "(WHO)") is no modal
that puts the meeting ahead.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nPORT VILA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=LEAD).meetings]


def _kinds(extractor: RulesExtractor, text: str) -> list[str]:
    return [kind for kind, _ in _meetings(extractor, text)]


# ------------------------------------------------------------------ a "call-on"

@pytest.mark.parametrize("text", [
    "In a separate call-on by Ambassador Hana Kobayashi, the Prime Minister discussed fisheries.",
    "During the call-on, Ambassador Tomas Ruiz and Minister Grace Obi discussed maritime security.",
    "Ambassador Tomas Ruiz's call-on on Foreign Secretary Ana Lima took place on Monday.",
    "The High Commissioner's call-on at the Prime Minister's Office lasted an hour, officials said.",
    "At a call-on with President Hilda Heine on Tuesday, the new envoy of Fiji conveyed greetings.",
])
def test_a_call_on_is_talks(extractor: RulesExtractor, text: str) -> None:
    assert _kinds(extractor, text) == ["talks"]


@pytest.mark.parametrize("text", [
    # no hyphened noun of a call paid: a service's name, an appeal to a government
    "The ministry launched a call-on-demand service for citizens abroad.",
    "The opposition renewed its call on the government to hold early elections.",
])
def test_no_call_on_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert _kinds(extractor, text) == []


# ------------------------------------------------------------------ conferred, played host

@pytest.mark.parametrize(("text", "people"), [
    ("Minister Ana Lopez conferred with President Gabriel Boric at La Moneda on Monday.",
     ["Ana Lopez", "Gabriel Boric"]),
    ("Minister Ana Lopez and Minister Grace Obi conferred in Accra before the signing.",
     ["Ana Lopez", "Grace Obi"]),
    ("The two foreign ministers conferred at the Ministry of Foreign Affairs on Tuesday.", []),
    ("President Hakainde Hichilema played host to Minister Grace Obi at State House.",
     ["Hakainde Hichilema", "Grace Obi"]),
    ("The Foreign Minister played host to his Maltese counterpart Ian Borg in Lilongwe on Thursday.",
     ["Ian Borg"]),
])
def test_conferring_and_playing_host_are_talks(extractor: RulesExtractor, text: str,
                                               people: list[str]) -> None:
    found = _meetings(extractor, text)
    assert [kind for kind, _ in found] == ["talks"]
    assert all(one in found[0][1] for one in people)


@pytest.mark.parametrize(("text", "kinds"), [
    # an honour conferred, a talk over a line (a call), a summit hosted, a body's own deliberation
    ("The university conferred an honorary doctorate on President Gabriel Boric.", []),
    ("The award was conferred upon Minister Ana Lopez in Lima.", []),
    ("The two presidents conferred by telephone on Monday.", ["call"]),
    ("Lusaka played host to the regional summit last year.", ["summit"]),
    ("The committee conferred on the matter for hours.", []),
])
def test_no_talks_conferred_or_hosted(extractor: RulesExtractor, text: str, kinds: list[str]) -> None:
    assert _kinds(extractor, text) == kinds


# ------------------------------------------------------------------ met apart, one meeting each

@pytest.mark.parametrize(("text", "apart"), [
    ("Ambassador Pedro Soto and Ambassador Rosa Quispe separately called on President Tharman "
     "Shanmugaratnam.", ["Pedro Soto", "Rosa Quispe"]),
    ("Minister Ana Lopez and Minister Rosa Quispe met separately with Foreign Minister Vivian Balakrishnan "
     "on Monday.", ["Ana Lopez", "Rosa Quispe"]),
    ("President Prabowo Subianto also held separate talks with Prime Minister Anwar Ibrahim and President "
     "Ferdinand Marcos Jr.", ["Anwar Ibrahim", "Ferdinand Marcos Jr."]),
    ("Minister Ana Lopez met separately with the Ambassador of Chile, Pedro Soto, and the Ambassador of "
     "Peru, Rosa Quispe.", ["Pedro Soto", "Rosa Quispe"]),
    ("Foreign Minister Penny Wong held separate meetings with President Hilda Heine, Prime Minister Jeremiah "
     "Manele and Chancellor Olaf Scholz.", ["Hilda Heine", "Jeremiah Manele", "Olaf Scholz"]),
])
def test_those_met_apart_are_a_meeting_each(extractor: RulesExtractor, text: str,
                                            apart: list[str]) -> None:
    talks = [people for kind, people in _meetings(extractor, text) if kind == "talks"]
    assert len(talks) == len(apart)
    for one in apart:
        assert [people for people in talks if one in people] != []
        assert all(other not in people for people in talks if one in people for other in apart
                   if other != one)


@pytest.mark.parametrize("text", [
    # met together: one meeting
    "Minister Ana Lopez and Minister Rosa Quispe met with Foreign Minister Vivian Balakrishnan on Monday.",
    "Minister Ana Lopez met with Minister Rosa Quispe and Minister Pedro Soto on Monday.",
])
def test_those_met_together_are_one_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _kinds(extractor, text) == ["talks"]


# ------------------------------------------------------------------ a bracketed acronym that is a word

@pytest.mark.parametrize(("text", "one", "other"), [
    ("Peru's Foreign Minister Elmer Schialer and Andean Community (CAN) General Secretary Gonzalo Gutierrez "
     "met on Friday in Lima.", "Elmer Schialer", "Gonzalo Gutierrez"),
    ("Andean Community (CAN) General Secretary Gonzalo Gutierrez met Peru's Foreign Minister Elmer "
     "Schialer on Friday.", "Gonzalo Gutierrez", "Elmer Schialer"),
    ("Colombia's President Gustavo Petro and World Health Organization (WHO) Director-General Tedros "
     "Adhanom held talks on Friday.", "Gustavo Petro", "Tedros Adhanom"),
    ("Bolivia's Foreign Minister Celinda Sosa and Latin American Integration Association (ALADI) Secretary "
     "General Sergio Abreu met on Tuesday.", "Celinda Sosa", "Sergio Abreu"),
    ("Ecuador's Trade Minister Luis Jaramillo and Andean Community (CAN) Secretary General Gonzalo "
     "Gutierrez met in Quito on Monday to review tariffs.", "Luis Jaramillo", "Gonzalo Gutierrez"),
])
def test_a_bracketed_acronym_puts_no_meeting_ahead(extractor: RulesExtractor, text: str, one: str,
                                                   other: str) -> None:
    talks = [people for kind, people in _meetings(extractor, text) if kind == "talks"]
    assert any(one in people and other in people for people in talks)


@pytest.mark.parametrize("text", [
    # a meeting told ahead by a modal of its own stays a plan
    "Peru's Foreign Minister Elmer Schialer and Andean Community (CAN) General Secretary Gonzalo Gutierrez "
    "will meet on Friday in Lima.",
    "Colombia's President Gustavo Petro and World Health Organization (WHO) Director-General Tedros Adhanom "
    "could meet next month.",
])
def test_a_meeting_ahead_beside_an_acronym_stays_ahead(extractor: RulesExtractor, text: str) -> None:
    assert _kinds(extractor, text) == []
