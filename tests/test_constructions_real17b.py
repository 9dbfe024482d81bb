"""Constructions of real reports (round 17, issue 9), proved on our own wording (texts dated Tuesday 6 May
2025): titled names listed one after another with commas ("Minister for A X Y, Minister for B Z W").
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _people(extractor: RulesExtractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in facts(extractor, text).people}


# ------------------------------------------------------------------ titled names listed with commas

@pytest.mark.parametrize(("text", "first", "first_role", "second", "second_role"), [
    ("He was accompanied by Minister for Foreign Affairs Shah Mahmood Qureshi, Minister for Finance Asad "
     "Umar and Adviser Abdul Razak Dawood.", "Shah Mahmood Qureshi", "Minister for Foreign Affairs",
     "Asad Umar", "Minister for Finance"),
    ("Ruto was joined by Cabinet Secretary for Trade Moses Kuria, Cabinet Secretary for Foreign Affairs "
     "Alfred Mutua and Attorney General Justin Muturi.", "Moses Kuria", "Cabinet Secretary for Trade",
     "Alfred Mutua", "Cabinet Secretary for Foreign Affairs"),
    ("Attending were Secretary for Tourism Maria Dolores Pangilinan, Secretary for Energy Raphael Lotilla "
     "and other officials.", "Maria Dolores Pangilinan", "Secretary for Tourism", "Raphael Lotilla",
     "Secretary for Energy"),
    ("Present at the talks were Secretary of Commerce Elena Vargas Rojas, Secretary of Labour Tomas "
     "Quintero Aguilar and the two ambassadors.", "Elena Vargas Rojas", "Secretary of Commerce",
     "Tomas Quintero Aguilar", "Secretary of Labour"),
    ("Also on the trip were Minister for Fisheries Tevita Lolohea, Deputy Minister for Health Siale "
     "Fakatava and a business delegation.", "Tevita Lolohea", "Minister for Fisheries",
     "Siale Fakatava", "Deputy Minister for Health"),
])
def test_a_comma_before_the_next_title_ends_a_name(extractor: RulesExtractor, text: str, first: str,
                                                   first_role: str, second: str, second_role: str) -> None:
    people = _people(extractor, text)
    assert people.get(first, (None,))[0] == first_role
    assert people.get(second, (None,))[0] == second_role


@pytest.mark.parametrize(("text", "name", "role"), [
    # portfolios listed with commas stay one title
    ("Minister of Foreign Affairs, Trade and Tourism Amara Okonjo met the visiting envoy on Monday.",
     "Amara Okonjo", "Minister of Foreign Affairs, Trade and Tourism"),
    ("Minister for Education, Science and Culture Lilja Alfredsdottir opened the forum on Monday.",
     "Lilja Alfredsdottir", "Minister for Education, Science and Culture"),
])
def test_portfolios_listed_with_commas_stay_one_title(extractor: RulesExtractor, text: str, name: str,
                                                      role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text", [
    # a space lost between a title's last word and the name: no person named "AffairsX Y"
    "He will be joined by Minister of Foreign AffairsAmina Diallo, and Trade Minister Moussa Keita.",
    "She travelled with Minister of FinanceKofi Owusu, and Energy Minister Ama Serwaa.",
])
def test_a_title_run_into_a_name_is_no_name_word(extractor: RulesExtractor, text: str) -> None:
    assert not any(n.startswith(("Affairs", "Finance")) for n in _people(extractor, text))


# ------------------------------------------------------------------ a headline's verb after a title

_BODY = "\n\n{place}, May 5 - {body}"


@pytest.mark.parametrize(("headline", "place", "body", "words"), [
    ("Sri Lankan PM Discuss Bilateral Ties With Pakistani Premier", "COLOMBO",
     "Prime Minister Imran Khan met Sri Lankan Prime Minister Mahinda Rajapaksa in Colombo on Tuesday.",
     {"Discuss", "Bilateral"}),
    ("Thai PM Meet Cambodian Leader On Border Row", "BANGKOK",
     "Prime Minister Paetongtarn Shinawatra met Cambodian Prime Minister Hun Manet in Bangkok on Monday.",
     {"Border", "Row"}),
    ("Ethiopian PM Meet Kenyan President On Dam Issue", "ADDIS ABABA",
     "Prime Minister Abiy Ahmed met Kenyan President William Ruto in Addis Ababa on Monday.",
     {"Dam", "Issue"}),
    ("Mongolian President Discuss Mining With Canadian Minister", "ULAANBAATAR",
     "President Ukhnaa Khurelsukh met Canadian Trade Minister Mary Ng in Ulaanbaatar on Monday.",
     {"Discuss", "Mining"}),
    ("Peruvian FM Meet Bolivian Counterpart On Lake Titicaca", "LIMA",
     "Foreign Minister Elmer Schialer met Bolivian Foreign Minister Celinda Sosa in Lima on Monday.",
     {"Lake", "Titicaca"}),
])
def test_headline_words_after_a_title_are_no_one(extractor: RulesExtractor, headline: str, place: str,
                                                 body: str, words: set[str]) -> None:
    people = _people(extractor, headline + _BODY.format(place=place, body=body))
    assert not any(words & set(name.split()) for name in people)
    assert len(people) == 2


@pytest.mark.parametrize(("headline", "place", "body", "name", "role"), [
    # the headline's titled name is one the text below names too, or the text below names no one
    ("Kenyan President Ruto Hosts Tanzanian Leader In Nairobi", "NAIROBI",
     "President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on Monday.",
     "William Ruto", "President"),
    ("President Tinubu To Visit Brazil In June", "ABUJA",
     "Brazilian President Luiz Inacio Lula da Silva invited his Nigerian counterpart to Brasilia on Monday.",
     "Tinubu", "President"),
    ("Foreign Minister Wang Yi Arrives In Nairobi For Talks", "NAIROBI",
     "The Chinese foreign minister arrived on Monday for two days of talks on trade and debt.",
     "Wang Yi", "Foreign Minister"),
])
def test_a_headline_name_told_below_or_alone_stands(extractor: RulesExtractor, headline: str, place: str,
                                                    body: str, name: str, role: str) -> None:
    people = _people(extractor, headline + _BODY.format(place=place, body=body))
    assert people.get(name, (None,))[0] == role


# ------------------------------------------------------------------ a title's topic after "on"

@pytest.mark.parametrize(("text", "name", "role"), [
    ("He was joined by Adviser on Commerce Abdul Razak Dawood and other officials in Beijing on Monday.",
     "Abdul Razak Dawood", "Adviser on Commerce"),
    ("Special Envoy on Climate Change John Kerry met Chinese officials in Beijing on Monday.",
     "John Kerry", "Special Envoy on Climate Change"),
    ("The talks were attended by Adviser to the Prime Minister on Finance Hafeez Shaikh in Islamabad on "
     "Monday.", "Hafeez Shaikh", "Adviser to the Prime Minister on Finance"),
    ("Commissioner on Trade Valdis Dombrovskis held talks with Indian Commerce Minister Piyush Goyal in New "
     "Delhi on Monday.", "Valdis Dombrovskis", "Commissioner on Trade"),
    ("Later, Special Adviser on Maritime Affairs Lorna Kiptoo briefed the Somali delegation in Mombasa.",
     "Lorna Kiptoo", "Special Adviser on Maritime Affairs"),
])
def test_a_title_takes_its_topic_after_on(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name", "role"), [
    # "on" of a day or of a subject after a title and a name is no topic of the title
    ("Minister Kwame Asante on Monday met the Adviser of the Togolese delegation in Accra.",
     "Kwame Asante", "Minister"),
    ("President Samia Suluhu Hassan on Tuesday spoke on Regional Trade at a forum in Arusha.",
     "Samia Suluhu Hassan", "President"),
])
def test_on_after_a_name_is_no_topic_of_its_title(extractor: RulesExtractor, text: str, name: str,
                                                   role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role
