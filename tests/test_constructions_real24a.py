"""Constructions of real signing reports (round 24, instruments): a list of single documents written as
initials, each with its own article, whose middle member is on a comma list of its own ("… include an MoU on
A, an MoU on B, C and D, and an MoU on E"), is no list of the package's subjects: the inner list belongs to
its member, so B, C and D are not also read as documents of the package; a one-word field the tagger takes
for a person closes a capitalised pair of fields ("on Trade and Investment, Tourism and Art"); the
organisations a document is between are those named after "between"; a subject keeps the quotation mark
that closes a quote it opens ("an MoU on 'rail links'")."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# ------------------------------------------------------------------ members written as initials


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Laos signed four MoUs on Friday. The MoUs include an MoU on mining, an MoU on roads, ports "
     "and airports, and an MoU on health.",
     ["MoU on mining", "MoU on roads, ports and airports", "MoU on health"]),
    ("The documents signed include an MOU on fisheries, an MOU on schools, clinics and water, and an MOU "
     "on youth.", ["MOU on fisheries", "MOU on schools, clinics and water", "MOU on youth"]),
    ("Chile and Laos signed four MOUs on Friday, including an MOU on mining, an MOU on roads, ports and "
     "airports, and an MOU on health.",
     ["MOU on mining", "MOU on roads, ports and airports", "MOU on health"]),
    ("Benin and Togo signed three MoUs, which include an MoU on customs, an MoU on cattle, sheep and goats, "
     "and an MoU on trade.", ["MoU on customs", "MoU on cattle, sheep and goats", "MoU on trade"]),
    ("Ghana and Peru signed six MoUs on Monday. The MoUs include an MoU on fisheries, an MoU on trade, "
     "tourism and art, and an MoU on health.",
     ["MoU on fisheries", "MoU on trade, tourism and art", "MoU on health"]),
])
def test_an_inner_list_of_a_member_in_initials_is_its_own(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the package's list of fields, no member of its own: one document each
    ("Chile and Laos signed four MoUs on Friday, including MoUs on mining, roads and health.",
     ["mining", "roads", "health"]),
    ("Chile and Laos signed four MoUs on Friday. The MoUs cover mining, roads, ports and health.",
     ["mining", "roads", "ports", "health"]),
    # a lowercase member keeps its reading
    ("Ghana and Peru signed six MoUs on Monday. They include a memorandum on trade, tourism and art, and a "
     "memorandum on health.", ["memorandum on trade, tourism and art", "memorandum on health"]),
])
def test_a_list_of_the_package_keeps_its_items(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------ a closing field the tagger takes for a person


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru signed an MoU on fisheries, an MoU on Trade and Investment, Tourism and Art, and an MoU "
     "on health.", ["MoU on fisheries", "MoU on Trade and Investment, Tourism and Art", "MoU on health"]),
    ("Chile and Laos signed an MoU on Culture and Heritage, Tourism and Art, and an MoU on mining.",
     ["MoU on Culture and Heritage, Tourism and Art", "MoU on mining"]),
    ("Samoa and Fiji signed a memorandum on Sport and Recreation, Youth and Art on Tuesday.",
     ["memorandum on Sport and Recreation, Youth and Art"]),
    ("Kenya and Peru inked an MoU on Trade and Investment, Tourism and Faith.",
     ["MoU on Trade and Investment, Tourism and Faith"]),
    ("Kenya and Peru inked an MoU on Education and Training, Culture and Art, and an agreement on visas.",
     ["MoU on Education and Training, Culture and Art", "agreement on visas"]),
])
def test_a_closing_capitalised_field_is_no_person(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people who say it, after the document: not what it is on
    ("Kenya and Chile signed an MoU on fisheries on Monday, Minister John Smith and Ali said.",
     ["MoU on fisheries"]),
    ("The MoU on trade and tourism was signed by Kenya's Minister Ruto and Chile's envoy Juan.",
     ["MoU on trade and tourism"]),
])
def test_people_after_a_document_stay_out_of_its_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------ the organisations a document is between


@pytest.mark.parametrize(("text", "expected"), [
    ("They signed an MOU on Youth Exchange between the Sports Authority of Peru and the Kenya Youth Service.",
     ("the Sports Authority of Peru", "the Kenya Youth Service")),
    ("An MOU on Research Cooperation between the National Science Foundation and the Research Council of "
     "Norway was signed.", ("the National Science Foundation", "the Research Council of Norway")),
    ("The two ministers signed a Memorandum of Understanding (MoU) on Tourism Cooperation between the Peru "
     "Tourism Board and the Kenya Tourism Board.", ("the Peru Tourism Board", "the Kenya Tourism Board")),
    ("The ministers signed a Memorandum of Understanding on Cultural Cooperation between the Arts Council "
     "of Chile and the National Museum of Laos.",
     ("the Arts Council of Chile", "the National Museum of Laos")),
    ("The forum saw the signing of an MoU between the Federation of Chambers and the National Export Agency.",
     ("the Federation of Chambers", "the National Export Agency")),
])
def test_the_parties_are_named_after_between(find: Find, text: str, expected: tuple[str, ...]) -> None:
    found = find(text)
    assert len(found) == 1
    assert found[0].parties == expected


def test_two_companies_that_sign_a_deal_stay_its_parties(find: Find) -> None:
    found = find("The Export Promotion Board and the Federation of Chambers signed a trade MoU on Friday.")
    assert [i.parties for i in found] == [("The Export Promotion Board", "the Federation of Chambers")]


# ------------------------------------------------------ a quote the subject opens keeps its closing mark


@pytest.mark.parametrize(("text", "expected"), [
    ("Laos and Chile signed the MoU on 'rail links' during the talks.", ["MoU on 'rail links'"]),
    ('Laos and Chile signed an MoU on "rail links" during the talks.', ['MoU on "rail links"']),
    ("Laos and Chile signed an MoU on \u201crail links\u201d on Monday.", ["MoU on \u201crail links\u201d"]),
    ("Peru and Fiji signed an agreement on \u2018ocean health\u2019 and a treaty on extradition.",
     ["agreement on \u2018ocean health\u2019", "treaty on extradition"]),
    ('An agreement on "smart ports" was signed by the two ministers.', ['agreement on "smart ports"']),
    ("Ghana and Peru will sign a memorandum on 'green hydrogen' next month.",
     ["memorandum on 'green hydrogen'"]),
])
def test_a_quote_the_subject_opens_keeps_its_closing_mark(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a mark that closes nothing the subject opens, or a possessive's, stays out
    ("They signed the agreement on trade' on Monday.", ["agreement on trade"]),
    ("The countries' agreement on trade was signed.", ["countries' agreement on trade"]),
    ('Laos and Chile signed the "Agreement on Rail Links" on Monday.', ["Agreement on Rail Links"]),
])
def test_a_mark_closing_nothing_of_the_subject_stays_out(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected
