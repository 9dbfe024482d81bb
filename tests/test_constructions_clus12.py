"""Consolidation across reports (round 12, clus12): one measure told with two amounts.

Invented reports of one pair of states that give a trade figure, each in its own words and
sometimes with its own number: "Bilateral trade reached $8.8 billion in 2025", "Trade amounted to
8.79 billion dollars last year", "Two-way trade was about $7.5 billion last year".
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Figure, Person
from accord.extract.rules import RulesExtractor
from accord.resolve import consolidate
from tests.extract_support import facts
from tests.resolve_fixtures import article, ev

PUBLISHED = date(2026, 11, 11)


def _whats(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    found = facts(extractor, text, published=PUBLISHED)
    return {f.value: f.what for f in found.figures}


# ------------------ what a bare amount measures: the subject of the verb that states its level

@pytest.mark.parametrize(("text", "value", "what"), [
    ("Bilateral trade volume between Türkiye and Egypt reached $8.8 billion in 2025, officials said.",
     "$8.8 billion", "Bilateral trade volume in 2025"),
    ("Trade between Egypt and Turkey amounted to 8.79 billion dollars last year, the spokesman added.",
     "8.79 billion dollars", "Trade in 2025"),
    ("Two-way trade was about $3.1 billion last year, according to customs data.",
     "about $3.1 billion", "Two-way trade in 2025"),
    ("Trade between the two countries was worth $1.8 billion in 2024, down from a year earlier.",
     "$1.8 billion", "Trade in 2024"),
    ("Kenya's exports to India rose to US$1.2 billion in 2023, the ministry said.",
     "US$1.2 billion", "Kenya's exports to India in 2023"),
    ("Bilateral trade between the two countries stood at 2.1 billion dollars in 2025, the communiqué added.",
     "2.1 billion dollars", "Bilateral trade in 2025"),
])
def test_a_bare_amount_says_what_it_measures_and_when(extractor: RulesExtractor, text: str, value: str,
                                                      what: str) -> None:
    assert _whats(extractor, text).get(value) == what


@pytest.mark.parametrize(("text", "value"), [
    ("Japan pledged $500 million to Ghana for roads on Tuesday, the embassy said.", "$500 million"),
    ("The African Development Bank approved $200 million for the Kenya-Ethiopia power line in 2025.",
     "$200 million"),
])
def test_an_amount_given_by_an_actor_measures_nothing_of_its_own(extractor: RulesExtractor, text: str,
                                                                 value: str) -> None:
    assert _whats(extractor, text).get(value) is None


# ------------------ one measure of one period told with two amounts: one record, its value in conflict

def _report(name: str, text: str, value: str, what: str | None) -> ArticleFacts:
    return ArticleFacts(article(name, text, PUBLISHED), "test", "1",
                        figures=[Figure(value=value, what=what, evidence=ev(text, value))])


def _figure_records(*reports: ArticleFacts) -> list[tuple[list[str], list[str]]]:
    """Each figure record as (its values, the fields in conflict)."""
    register = consolidate(list(reports))
    return sorted((sorted(m.quote for m in r.mentions), [c.field for c in r.conflicts])
                  for r in register.records.values() if r.kind == "figures")


@pytest.mark.parametrize(("one", "other"), [
    (("$8.8 billion", "Bilateral trade volume in 2025"), ("about $7.5 billion", "Turkey's trade in 2025")),
    (("US$3.4 billion", "Trade in 2025"), ("about $3.1 billion", "Two-way trade in 2025")),
    (("2.1 billion dollars", "Bilateral trade in 2025"), ("$1.8 billion", "Trade in 2025")),
    (("$950 million", "Trade in 2024"), ("US$1.3 billion", "Bilateral trade in 2024")),
    (("$4 billion", "Exports to Kenya in 2025"), ("$5.5 billion", "exports to Kenya in 2025")),
])
def test_two_amounts_of_one_measure_are_one_record_in_conflict(one: tuple[str, str],
                                                                other: tuple[str, str]) -> None:
    a = _report("a.txt", f"Egypt and Turkey said trade grew: {one[0]}.", *one)
    b = _report("b.txt", f"Egypt and Turkey trade figures: {other[0]}.", *other)
    assert _figure_records(a, b) == [(sorted([one[0], other[0]]), ["value"])]


@pytest.mark.parametrize(("one", "other"), [
    (("$8.8 billion", "Trade in 2025"), ("8.79 billion dollars", "Trade in 2025")),
    (("$1.8bn", "Trade in 2024"), ("1.78 billion dollars", "Bilateral trade in 2024")),
    (("about $3 billion", "Trade in 2025"), ("US$3.1 billion", "Two-way trade in 2025")),
])
def test_an_amount_rounded_is_no_conflict(one: tuple[str, str], other: tuple[str, str]) -> None:
    a = _report("a.txt", f"Egypt and Turkey said trade grew: {one[0]}.", *one)
    b = _report("b.txt", f"Egypt and Turkey trade figures: {other[0]}.", *other)
    assert _figure_records(a, b) == [(sorted([one[0], other[0]]), [])]


@pytest.mark.parametrize(("one", "other"), [
    (("$8.8 billion", "Trade in 2025"), ("$7.5 billion", "Trade in 2024")),       # another year
    (("$8.8 billion", "Trade in 2025"), ("$3 billion", "investments in 2025")),  # another measure
    (("$3.4 billion", "Trade in 2025"), ("R61 billion", "Trade in 2025")),       # another currency
    (("$8.8 billion", "Trade in 2025"), ("$8.8 billion", "Trade in 2024")),      # same sum, another year
])
def test_other_measures_or_periods_stay_apart(one: tuple[str, str], other: tuple[str, str]) -> None:
    a = _report("a.txt", f"Egypt and Turkey said trade grew: {one[0]}.", *one)
    b = _report("b.txt", f"Egypt and Turkey trade figures: {other[0]}.", *other)
    assert len(_figure_records(a, b)) == 2


def test_amounts_agree_to_the_digit_they_are_written_to() -> None:
    from accord.resolve.canon import amounts_agree

    assert amounts_agree("$1.8bn", "1.78 billion dollars")
    assert amounts_agree("12", "a dozen")
    assert not amounts_agree("$1.8 billion", "$1.7 billion")
    assert not amounts_agree("about $7.5 billion", "$8.8 billion")


# ------------------ one person's name split apart, or told by a nickname with the same office

def _people(*people: tuple[str, str, str | None, str | None]) -> list[list[str]]:
    """The people records of reports given as (article, name, role, country), as their names."""
    reports = []
    for name, person, role, country in people:
        text = f"Officials of the Philippines and Egypt met. {role or 'Official'} {person} spoke."
        reports.append(ArticleFacts(article(name, text, PUBLISHED), "test", "1",
                                    people=[Person(name=person, role=role, country=country,
                                                   evidence=ev(text, person))]))
    register = consolidate(reports)
    records = register.records.values()
    return sorted(sorted(m.quote for m in r.mentions) for r in records if r.kind == "people")


@pytest.mark.parametrize(("one", "other"), [
    ("Badr Abdelatty", "Badr Abdel Aty"),
    ("Abdelaziz Bouteflika", "Abdel Aziz Bouteflika"),
    ("Mohamed Ould Ghazouani", "Mohamed Ouldghazouani"),
    ("Nasser Bourita", "Nasser Bou Rita"),
    ("Ahmed Aboulgheit", "Ahmed Aboul Gheit"),
])
def test_a_name_split_apart_is_one_person(one: str, other: str) -> None:
    found = _people(("a.txt", one, "Foreign Minister", "Egypt"),
                    ("b.txt", other, "Foreign Minister", "Egypt"))
    assert found == [sorted([one, other])]


@pytest.mark.parametrize(("one", "other", "role_one", "role_other"), [
    ("Francisco Tiu Laurel Jr.", "Kiko Tiu Laurel", "Agriculture Secretary", "Agriculture chief"),
    ("Manuel Dela Cruz", "Manny Dela Cruz", "Secretary of Trade", "Trade Secretary"),
    ("Enrique Delos Santos", "Ricky Delos Santos", "Finance Secretary", "Secretary of Finance"),
    ("Jose Maria De Leon", "Pepe De Leon", "Tourism Secretary", "tourism chief"),
    ("Roberto Van Dijk", "Bob Van Dijk", "Minister of Energy", "Energy Minister"),
])
def test_a_nickname_with_the_same_office_is_one_person(one: str, other: str, role_one: str,
                                                       role_other: str) -> None:
    found = _people(("a.txt", one, role_one, "Philippines"), ("b.txt", other, role_other, None))
    assert found == [sorted([one, other])]


@pytest.mark.parametrize(("one", "other", "role_one", "role_other"), [
    ("Pedro Sanchez Perez", "Luis Sanchez Perez", "Minister of Health", "Minister of Justice"),  # brothers
    ("Ferdinand Dela Cruz", "Juan Dela Cruz", "President", "President"),               # father and son
    ("Maria Van Dijk", "Anna Van Dijk", "Minister of Energy", "Minister of Health"),    # another office
])
def test_another_first_name_in_another_office_is_another_person(one: str, other: str, role_one: str,
                                                                 role_other: str) -> None:
    found = _people(("a.txt", one, role_one, "Philippines"), ("b.txt", other, role_other, "Philippines"))
    assert len(found) == 2


# ------------------ a document named in one report and told by its purpose in another

def _instrument_records(extractor: RulesExtractor, *texts: str) -> list[list[str]]:
    """The instrument records of reports of `texts` (one article each), as their articles."""
    reports = [facts(extractor, text, published=PUBLISHED, name=f"{i}.txt") for i, text in enumerate(texts)]
    assert all(r.instruments for r in reports)
    register = consolidate(reports)
    return sorted(sorted(m.article_name for m in r.mentions)
                  for r in register.records.values() if r.kind == "instruments")


@pytest.mark.parametrize(("named", "told"), [
    ("Türkiye and Egypt signed the Mersin-Alexandria Ro-Ro Line Agreement in Cairo on Wednesday.",
     "Turkey and Egypt signed an agreement on a ferry route in Cairo on Wednesday."),
    ("Greece and Albania signed the Corfu-Saranda Shipping Line Agreement in Athens on Wednesday.",
     "Greece and Albania signed a deal on ferries in Athens on Wednesday."),
    ("India and Sri Lanka signed the Nagapattinam-Kankesanthurai Ferry Service Agreement in Colombo on "
     "Wednesday.", "India and Sri Lanka signed a pact to restart sailings of ro-ro vessels in Colombo on "
     "Wednesday."),
    ("Malaysia and Indonesia signed the Dumai-Malacca RoRo Agreement in Malacca on Wednesday.",
     "Malaysia and Indonesia signed an agreement on a roll-on/roll-off shipping line in Malacca on "
     "Wednesday."),
    ("Kenya and Tanzania signed the Mombasa-Tanga Coastal Ferry Agreement in Nairobi on Wednesday.",
     "Kenya and Tanzania signed a deal on a ro-ro service in Nairobi on Wednesday."),
])
def test_a_document_by_its_name_and_by_its_purpose_is_one(extractor: RulesExtractor, named: str,
                                                          told: str) -> None:
    assert _instrument_records(extractor, named, told) == [["0.txt", "1.txt"]]


@pytest.mark.parametrize(("named", "told"), [
    ("Türkiye and Egypt signed the Mersin-Alexandria Ro-Ro Line Agreement in Cairo on Wednesday.",
     "Turkey and Egypt signed an agreement on energy in Cairo on Wednesday."),
    ("Tanzania and Uganda signed the Lake Victoria Ferry Agreement in Kampala on Wednesday.",
     "Tanzania and Uganda signed a pact on health in Kampala on Wednesday."),
])
def test_a_ferry_agreement_is_not_another_sectors(extractor: RulesExtractor, named: str, told: str) -> None:
    assert _instrument_records(extractor, named, told) == [["0.txt"], ["1.txt"]]


# ------------------ a quantity says what it is of, and when: one flow told with two quantities

@pytest.mark.parametrize(("text", "value", "what"), [
    ("The Philippines imported 2.9 million metric tons of rice from Viet Nam in 2025, officials said.",
     "2.9 million metric tons", "rice in 2025"),
    ("The Philippines bought 3.2 million tonnes of Vietnamese rice last year, customs data showed.",
     "3.2 million tonnes", "Vietnamese rice in 2025"),
    ("Pakistan imported 180,000 tonnes of Kenyan tea in 2024, the board said.",
     "180,000 tonnes", "Kenyan tea in 2024"),
    ("Egypt received 120,000 tons of Ukrainian wheat last year, the ministry said.",
     "120,000 tons", "Ukrainian wheat in 2025"),
    ("India shipped 2 million barrels of diesel to Sri Lanka in 2024, traders said.",
     "2 million barrels", "diesel in 2024"),
])
def test_a_quantity_says_what_it_is_of_and_when(extractor: RulesExtractor, text: str, value: str,
                                                what: str) -> None:
    assert _whats(extractor, text).get(value) == what


@pytest.mark.parametrize(("one", "other"), [
    (("2.9 million metric tons", "rice in 2025"), ("3.2 million tonnes", "Vietnamese rice in 2025")),
    (("180,000 tonnes", "Kenyan tea in 2024"), ("210,000 tonnes", "tea in 2024")),
    (("120,000 tons", "wheat in 2025"), ("150,000 tonnes", "Ukrainian wheat in 2025")),
    (("2 million barrels", "diesel in 2024"), ("2.6 million barrels", "diesel in 2024")),
    (("70%", "its imports in 2025"), ("about 60%", "imports in 2025")),
])
def test_two_quantities_of_one_flow_are_one_record_in_conflict(one: tuple[str, str],
                                                               other: tuple[str, str]) -> None:
    a = _report("a.txt", f"Egypt and Turkey said trade grew: {one[0]}.", *one)
    b = _report("b.txt", f"Egypt and Turkey trade figures: {other[0]}.", *other)
    assert _figure_records(a, b) == [(sorted([one[0], other[0]]), ["value"])]


@pytest.mark.parametrize(("one", "other"), [
    (("1.5 million tons", "rice"), ("2.9 million tons", "rice")),                   # no period said
    (("70%", "imports in 2025"), ("70", "imports in 2025")),                        # a share and a count
])
def test_a_quantity_without_a_period_or_unit_stays_apart(one: tuple[str, str],
                                                         other: tuple[str, str]) -> None:
    a = _report("a.txt", f"Egypt and Turkey said trade grew: {one[0]}.", *one)
    b = _report("b.txt", f"Egypt and Turkey trade figures: {other[0]}.", *other)
    assert len(_figure_records(a, b)) == 2


def test_a_conflict_sets_the_amounts_that_disagree_side_by_side() -> None:
    reports = [_report("a.txt", "Türkiye and Egypt traded $8.8 billion.", "$8.8 billion", "Trade in 2025"),
               _report("b.txt", "Egypt and Turkey traded 8.79 billion dollars.", "8.79 billion dollars",
                       "Trade in 2025"),
               _report("c.txt", "Turkey and Egypt traded about $7.5 billion.", "about $7.5 billion",
                       "Turkey's trade in 2025")]
    register = consolidate(reports)
    (record,) = [r for r in register.records.values() if r.kind == "figures"]
    (conflict,) = [c for c in record.conflicts if c.field == "value"]
    sides = sorted(sorted(m.quote for m in side.mentions) for side in conflict.values)
    assert sides == [["$8.8 billion", "8.79 billion dollars"], ["about $7.5 billion"]]
