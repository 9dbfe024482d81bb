"""Constructions of people in real reports (round 18, issue 9), proved on our own wording (texts dated
Tuesday 6 May 2025): a portfolio's own noun before the name ("Secretary for Land Reform X"), portfolios
joined before one head ("Agriculture and Fisheries Minister X"), initials written as separate capitals
("Chief Minister M K Stalin") and a caption's position between name and apposition ("X (left), Minister
of …").
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _people(extractor: RulesExtractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in facts(extractor, text).people}


# ------------------------------------------------------------------ a portfolio's noun ends the portfolio

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Secretary for Land Reform Musa Ibrahim Kanu welcomed the Ghanaian delegation to Freetown.",
     "Musa Ibrahim Kanu", "Secretary for Land Reform"),
    ("Minister for National Reconciliation Thabo Nkosi hosted his Zimbabwean counterpart in Pretoria.",
     "Thabo Nkosi", "Minister for National Reconciliation"),
    ("Commissioner for Social Protection Grace Atieno signed the memorandum with Tanzanian officials.",
     "Grace Atieno", "Commissioner for Social Protection"),
    ("The talks were led by Adviser on the Reform Process Lucia Ferreira and Brazilian envoy Joao Lima.",
     "Lucia Ferreira", "Adviser on the Reform Process"),
    ("Deputy Minister for Overseas Indonesians Rahmat Hidayat visited Kuala Lumpur on Tuesday.",
     "Rahmat Hidayat", "Deputy Minister for Overseas Indonesians"),
    ("Chief Adviser on Climate Resilience Ana Lisboa spoke at the opening session in Lisbon.",
     "Ana Lisboa", "Chief Adviser on Climate Resilience"),
])
def test_a_portfolios_noun_is_no_given_name(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    people = _people(extractor, text)
    assert people.get(name, (None,))[0] == role
    assert not any(n.endswith(name) and n != name for n in people)


@pytest.mark.parametrize(("text", "name", "role"), [
    # three name words, or a given name with a common noun's ending, stay whole
    ("Minister for Foreign Affairs Maria Dolores Pangilinan met the Thai ambassador.",
     "Maria Dolores Pangilinan", "Minister for Foreign Affairs"),
    ("Special Envoy on Climate Change Ana Maria Santos arrived in Lima on Monday.",
     "Ana Maria Santos", "Special Envoy on Climate Change"),
    ("Minister of Justice Clement Mouamba met the Angolan envoy in Brazzaville.",
     "Clement Mouamba", "Minister of Justice"),
])
def test_a_name_after_a_portfolio_keeps_its_given_names(extractor: RulesExtractor, text: str, name: str,
                                                        role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ portfolios joined before one head

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Agriculture and Fisheries Minister Tevita Lolohea met Fijian officials in Suva.",
     "Tevita Lolohea", "Agriculture and Fisheries Minister"),
    ("Environment and Tourism Minister Xia Huo met Brazilian Ambassador Pedro Silva on Monday.",
     "Xia Huo", "Environment and Tourism Minister"),
    ("Trade and Industry Minister Kwame Mensah held talks with his Kenyan counterpart on Tuesday.",
     "Kwame Mensah", "Trade and Industry Minister"),
    ("Energy and Mines Minister Carlos Vega said Peru would sign the deal with Chile.",
     "Carlos Vega", "Energy and Mines Minister"),
    ("Finance and Planning Minister Ruth Okello and Kenyan Treasury Secretary John Mbadi signed the accord.",
     "Ruth Okello", "Finance and Planning Minister"),
])
def test_joined_portfolios_before_one_head_are_one_title(extractor: RulesExtractor, text: str, name: str,
                                                         role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


def test_a_joined_portfolio_keeps_the_state_before_it(extractor: RulesExtractor) -> None:
    people = _people(extractor, "Fiji's Health and Medical Services Minister Atonio Lalabalavu visited Apia.")
    assert people.get("Atonio Lalabalavu") == ("Health and Medical Services Minister", "Fiji")


@pytest.mark.parametrize(("text", "name", "role"), [
    # a state, or a title with its own head, before "and" is no portfolio of the title after it
    ("Ghana and Trade Minister Kofi Mensah were praised by the Nigerian press.", "Kofi Mensah", "Trade Minister"),
    ("The Deputy Prime Minister and Finance Minister Ishaq Dar met the Chinese ambassador.",
     "Ishaq Dar", "Finance Minister"),
])
def test_and_before_a_title_joins_no_portfolio(extractor: RulesExtractor, text: str, name: str,
                                               role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ initials as separate capitals

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Chief Minister M K Stalin received the Singaporean delegation in Chennai.", "M K Stalin", "Chief Minister"),
    ("Governor R N Ravi met the visiting Japanese envoy on Friday.", "R N Ravi", "Governor"),
    ("Bangladesh's Foreign Secretary M A Rahman held talks with his Indian counterpart.",
     "M A Rahman", "Foreign Secretary"),
    ("Prime Minister K P Sharma Oli held talks with Chinese Premier Li Qiang in Beijing.",
     "K P Sharma Oli", "Prime Minister"),
])
def test_separate_initials_open_a_titled_name(extractor: RulesExtractor, text: str, name: str,
                                              role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


def test_separate_initials_after_counterpart(extractor: RulesExtractor) -> None:
    people = _people(extractor, "The ambassador met her Sri Lankan counterpart D M Perera in Colombo.")
    assert "D M Perera" in people


@pytest.mark.parametrize(("text", "name"), [
    # a state's short name is no initial
    ("Trade Minister Kofi Mensah signed a deal with the US Agency for Development.", "Kofi Mensah"),
    ("Foreign Minister Ama Serwaa met UK Trade Envoy Paul Jones in London.", "Paul Jones"),
])
def test_a_states_code_is_no_initial(extractor: RulesExtractor, text: str, name: str) -> None:
    people = _people(extractor, text)
    assert name in people
    assert not any(n.startswith(("US ", "UK ")) for n in people)


# ------------------------------------------------------------------ a caption's position before the title

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Joseph Osei (second left), Ghana's Minister of Trade, tours the factory with Chinese investors.",
     "Joseph Osei", "Minister of Trade"),
    ("Amina Bello (centre), Minister of State for Foreign Affairs of Nigeria, addresses the forum in Abuja.",
     "Amina Bello", "Minister of State for Foreign Affairs"),
    ("Pictured: Helen Clark (front row), chair of the panel, with Samoan officials.", "Helen Clark", "chair"),
    ("Murray Hill (right), Minister of Foreign Affairs, meets island officials in Funafuti.",
     "Murray Hill", "Minister of Foreign Affairs"),
    ("Taukelina Finikaso (left), Minister for Foreign Affairs of Tuvalu, greets the visiting delegation.",
     "Taukelina Finikaso", "Minister for Foreign Affairs"),
])
def test_a_captions_position_stands_between_name_and_title(extractor: RulesExtractor, text: str, name: str,
                                                           role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name"), [
    # a bracket that is no position, and a position with no title after it
    ("Kofi Adu (NPP), the member for Tema, spoke in parliament yesterday about the Chinese deal.", "Kofi Adu"),
    ("Ana Costa (left) and Rui Silva (right) shake hands after the signing in Lisbon.", "Rui Silva"),
])
def test_a_bracket_that_is_no_caption_gives_no_title(extractor: RulesExtractor, text: str, name: str) -> None:
    assert _people(extractor, text).get(name, (None, None))[0] is None
