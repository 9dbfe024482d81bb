"""Constructions of real reports (round 15, issue 9), proved on our own wording (texts dated Tuesday 6 May
2025): the subjects of a verb that opens or closes the talks it takes ("X and Y began talks") took part.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts, of_kind


def _groups(extractor: RulesExtractor, text: str, kind: str = "talks") -> list[set[str]]:
    return [{p.split()[-1] for p in m.participants} for m in of_kind(extractor, text, kind)]


# ------------------------------------------------------------------ a verb opening or closing the talks

@pytest.mark.parametrize(("text", "pair"), [
    ("Italian Prime Minister Giorgia Meloni and Albanian Prime Minister Edi Rama started talks in Rome "
     "on Monday.", {"Meloni", "Rama"}),
    ("Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan opened talks at "
     "State House on Monday.", {"Ruto", "Hassan"}),
    ("Indian Prime Minister Narendra Modi and his Nepali counterpart Pushpa Kamal Dahal began bilateral "
     "talks at Hyderabad House on Tuesday.", {"Modi", "Dahal"}),
    ("Brazilian Foreign Minister Mauro Vieira and Argentine Foreign Minister Diana Mondino concluded "
     "talks in Brasilia on Monday.", {"Vieira", "Mondino"}),
    ("On Sunday, Chilean President Gabriel Boric and Peruvian President Dina Boluarte wrapped up their "
     "talks in Lima.", {"Boric", "Boluarte"}),
    ("Polish Prime Minister Donald Tusk and Czech Prime Minister Petr Fiala resumed talks in Prague on "
     "Friday.", {"Tusk", "Fiala"}),
])
def test_subjects_of_a_verb_opening_the_talks_took_part(extractor: RulesExtractor, text: str,
                                                        pair: set[str]) -> None:
    assert pair in _groups(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    # the talks are where the speaker spoke, not what he opened: he is no participant by this reading
    ("Austrian Chancellor Karl Nehammer began his speech in Vienna on Monday after talks between "
     "Slovak Prime Minister Robert Fico and Hungarian Prime Minister Viktor Orban.", "Nehammer"),
    # a verb that opens something else ("opened an embassy") gives no encounter to its subject
    ("Portuguese Foreign Minister Paulo Rangel opened a consulate in Praia on Monday, ahead of talks "
     "with Cape Verdean officials next week.", "Rangel"),
])
def test_a_verb_opening_something_else_gives_no_participant(extractor: RulesExtractor, text: str,
                                                             absent: str) -> None:
    assert all(absent not in group for group in _groups(extractor, text))


# ------------------------------------------------------------------ a courtesy set off by commas

def _person(extractor: RulesExtractor, text: str, surname: str) -> tuple[str | None, str | None]:
    found = facts(extractor, text)
    person = next(p for p in found.people if p.name.split()[-1] == surname)
    return person.role, person.country


@pytest.mark.parametrize(("text", "surname", "role", "country"), [
    ("President Yoweri Museveni on Friday met with the Kenyan President, His Excellency, William Ruto at "
     "State House Entebbe.", "Ruto", "President", "Kenya"),
    ("Zambian President Hakainde Hichilema met with Malawian President, Her Excellency, Joyce Banda in "
     "Lusaka on Monday.", "Banda", "President", "Malawi"),
    ("President Paul Kagame on Sunday received the Congolese Foreign Minister, His Excellency, Christophe "
     "Lutundula at Village Urugwiro.", "Lutundula", "Foreign Minister", "Democratic Republic of the Congo"),
    ("Liberian President Joseph Boakai held talks with Sierra Leonean President, His Excellency, Julius "
     "Maada Bio in Monrovia on Monday.", "Bio", "President", "Sierra Leone"),
    ("On Monday the Nigerian leader welcomed the Togolese Prime Minister, His Excellency, Victoire Dogbe, "
     "to the presidential villa in Abuja.", "Dogbe", "Prime Minister", "Togo"),
])
def test_a_title_before_a_courtesy_set_off_by_commas(extractor: RulesExtractor, text: str, surname: str,
                                                     role: str, country: str) -> None:
    assert _person(extractor, text, surname) == (role, country)


@pytest.mark.parametrize(("text", "surname"), [
    # no title before the courtesy: the country word is no office
    ("A statement from Ghana, His Excellency, Kwame Asante told reporters in Accra on Monday, was read "
     "out.", "Asante"),
    ("Guests came from across Senegal, Her Excellency, Aminata Diallo said in Dakar on Monday.", "Diallo"),
])
def test_no_title_before_a_courtesy_gives_none(extractor: RulesExtractor, text: str, surname: str) -> None:
    found = facts(extractor, text)
    assert all(p.role is None for p in found.people if p.name.split()[-1] == surname)


@pytest.mark.parametrize(("text", "pair"), [
    ("President Muhammadu Buhari on Wednesday met with Ghanaian President, His Excellency, Nana Akufo-Addo "
     "at the State House, Abuja.", {"Buhari", "Akufo-Addo"}),
    ("President Cyril Ramaphosa on Monday hosted the President of Angola, His Excellency Joao Lourenco, at "
     "the Union Buildings in Pretoria.", {"Ramaphosa", "Lourenco"}),
    ("President Paul Kagame on Sunday received the Congolese Foreign Minister, His Excellency, Christophe "
     "Lutundula at Village Urugwiro.", {"Kagame", "Lutundula"}),
    ("Liberian President Joseph Boakai held talks with Sierra Leonean President, His Excellency, Julius "
     "Maada Bio in Monrovia on Monday.", {"Boakai", "Bio"}),
    ("Emir Tamim bin Hamad Al Thani received the President of Ghana, His Excellency Nana Akufo-Addo, at "
     "the Amiri Diwan in Doha on Sunday.", {"Thani", "Akufo-Addo"}),
])
def test_the_courtesy_is_no_participant(extractor: RulesExtractor, text: str, pair: set[str]) -> None:
    assert _groups(extractor, text) == [pair]


# ------------------------------------------------------------------ "called on" someone named bare

@pytest.mark.parametrize(("text", "pair"), [
    ("Bangladesh Prime Minister Sheikh Hasina arrived in New Delhi on Monday. Indian Cabinet Minister "
     "Subrahmanyam Jaishankar on Tuesday called on Hasina at her hotel.", {"Jaishankar", "Hasina"}),
    ("Kenyan President William Ruto arrived in Addis Ababa on Sunday. Ethiopian Foreign Minister Taye "
     "Atske Selassie on Monday called on Ruto at his hotel.", {"Selassie", "Ruto"}),
    ("Nepali Prime Minister Pushpa Kamal Dahal landed in Colombo on Sunday. On Monday, Sri Lankan Foreign "
     "Minister Vijitha Herath called on Dahal.", {"Herath", "Dahal"}),
    ("Thai Prime Minister Paetongtarn Shinawatra flew to Hanoi on Sunday. Vietnamese Deputy Prime "
     "Minister Bui Thanh Son called on Shinawatra at the guest house on Monday.", {"Son", "Shinawatra"}),
    ("Ghanaian President John Mahama reached Abidjan on Sunday. Ivorian Prime Minister Robert Beugre "
     "Mambe called on Mahama on Monday morning.", {"Mambe", "Mahama"}),
])
def test_called_on_someone_named_before(extractor: RulesExtractor, text: str, pair: set[str]) -> None:
    assert pair in _groups(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    # "called on" a country to act is no encounter with anyone in it
    ("Kenyan President William Ruto spoke in Nairobi on Monday. Ugandan Foreign Minister Jeje Odongo "
     "called on Kenya to reopen the border.", "Ruto"),
    # the one called on is a body, not the person named before
    ("Kenyan President William Ruto spoke in Nairobi on Monday. Ugandan Foreign Minister Jeje Odongo "
     "called on Parliament to act on Monday.", "Ruto"),
])
def test_called_on_a_country_or_body_is_no_encounter(extractor: RulesExtractor, text: str,
                                                      absent: str) -> None:
    assert all(absent not in group for group in _groups(extractor, text))


# ------------------------------------------------------------------ a readout's "spoke to" a leader

@pytest.mark.parametrize(("text", "pair"), [
    ("British Prime Minister Keir Starmer spoke to German Chancellor Olaf Scholz by phone on Monday.",
     {"Starmer", "Scholz"}),
    ("Indian Prime Minister Narendra Modi spoke to Sri Lankan President Anura Kumara Dissanayake on "
     "Monday and discussed fishing.", {"Modi", "Dissanayake"}),
    ("French President Emmanuel Macron spoke this evening with Brazilian President Luiz Inacio Lula da "
     "Silva.", {"Macron", "Silva"}),
    ("Canadian Prime Minister Mark Carney spoke to his Australian counterpart Anthony Albanese on Monday.",
     {"Carney", "Albanese"}),
    ("Japanese Prime Minister Shigeru Ishiba spoke to the President of the Philippines, Ferdinand Marcos, "
     "this afternoon.", {"Ishiba", "Marcos"}),
])
def test_spoke_to_a_titled_leader_is_a_call(extractor: RulesExtractor, text: str, pair: set[str]) -> None:
    assert pair in _groups(extractor, text, "call")


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto spoke to students about the President of Ghana in Nairobi on Monday.",
    "The Sultan spoke to the nation on Monday, and thanked his Prime Minister.",
    "Spanish Prime Minister Pedro Sanchez spoke to reporters in Madrid about King Felipe on Monday.",
])
def test_spoke_to_an_audience_is_no_call(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "call") == []
