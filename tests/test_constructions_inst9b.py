"""Instrument constructions of issue 9 (second pass), on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20))


# ---------------------------------------------------------------- a purpose past a time phrase

@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Tanzania signed an agreement on Tuesday to run a single customs checkpoint at Namanga.",
     "run a single customs checkpoint"),
    ("Ghana and Togo inked a memorandum of understanding in March to share weather data.",
     "share weather data"),
    ("Poland and Ukraine concluded an agreement last month to open two new border crossings.",
     "open two new border crossings"),
    ("Norway and Iceland signed an agreement in October to manage the mackerel stock.",
     "manage the mackerel stock"),
    ("Chile and Peru signed an agreement on Tuesday to boost cooperation.", "boost cooperation"),
    ("Chile and Peru signed a deal on Wednesday to link their power grids.", "link their power grids"),
])
def test_purpose_after_time_phrase(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert len(found) == 1
    assert subject in found[0].subject
    assert found[0].status == "signed"


@pytest.mark.parametrize("text", [
    "The minister said on Tuesday to reporters that talks went well.",
    "Egypt and Sudan signed a deal on Sunday to be reviewed next year.",
])
def test_no_purpose_after_time_phrase(find: Find, text: str) -> None:
    assert all("reporters" not in i.subject and "reviewed" not in i.subject for i in find(text))


def test_named_deal_keeps_its_name_before_the_time(find: Find) -> None:
    found = find("Chile and Peru signed an agreement on trade on Tuesday to boost cooperation.")
    assert [i.subject for i in found] == ["agreement on trade"]


# ---------------------------------------------------------------- a stage's date from its own clause

@pytest.mark.parametrize(("text", "status", "day"), [
    ("The agreement on driving licences, signed in April, had entered into force on October 1.",
     "in_force", "2026-10-01"),
    ("The agreement on driving licences, which the House approved in October, entered into force on "
     "November 1.",
     "in_force", "2026-11-01"),
    ("The treaty on mutual legal assistance, which parliament ratified in September, took effect on "
     "2 November.",
     "in_force", "2026-11-02"),
    ("The agreement on seasonal workers, concluded in June, came into force on 4 October.", "in_force",
     "2026-10-04"),
    ("The protocol on air services, which enters into force in January, was signed on 16 November.", "signed",
     "2026-11-16"),
])
def test_stage_date_from_own_clause(find: Find, text: str, status: str, day: str) -> None:
    found = find(text)
    assert [(i.status, i.date) for i in found] == [(status, day)]


@pytest.mark.parametrize(("text", "day"), [
    ("The agreement on seasonal workers entered into force on 4 October.", "2026-10-04"),
    ("The agreement on seasonal workers, signed on 4 October, replaces an older deal on labour.",
     "2026-10-04"),
])
def test_stage_date_own_clause_negatives(find: Find, text: str, day: str) -> None:
    assert find(text)[0].date == day


# ---------------------------------------------------------------- a counted noun, a colon and "on X" phrases

@pytest.mark.parametrize(("text", "subjects"), [
    ("Vietnam and Hungary signed three agreements: on the avoidance of double taxation, on air services, "
     "and on cooperation in health.",
     ["avoidance of double taxation", "air services", "cooperation in health"]),
    ("Kenya and Uganda signed two memoranda: on fisheries and on rail transport.",
     ["fisheries", "rail transport"]),
    ("The two ministers signed four accords: on tourism, on customs, on civil aviation and on the mutual "
     "recognition of diplomas.", ["tourism", "customs", "civil aviation", "mutual recognition of diplomas"]),
    ("Peru and Bolivia also signed agreements: for the protection of investments and for cooperation "
     "in mining.",
     ["protection of investments", "cooperation in mining"]),
    ("Jordan and Iraq signed five agreements: on energy, water, transport, health and education.",
     ["energy", "water", "transport", "health", "education"]),
])
def test_colon_list_of_topics(find: Find, text: str, subjects: list[str]) -> None:
    found = find(text)
    assert [i.subject for i in found] == subjects
    assert {i.status for i in found} == {"signed"}


@pytest.mark.parametrize("text", [
    "Spain and Chile signed three agreements: in Madrid, in Seville and in Valencia.",
    "The agreements signed: on Monday officials said more would come.",
])
def test_colon_list_negatives(find: Find, text: str) -> None:
    assert not any(w in i.subject for i in find(text) for w in ("Madrid", "Seville", "Monday", "officials"))


# ------------------------------------------------ the parties after the noun are not its subject

@pytest.mark.parametrize(("text", "subject"), [
    ("The visa exemption agreement between Peru and Ghana entered into force on Monday.",
     "visa exemption agreement"),
    ("Ghana said the visa exemption agreement between Ghana and Peru entered into force on Monday.",
     "visa exemption agreement"),
    ("Peru and Ghana signed an agreement on air services between Peru and Ghana on Monday.",
     "agreement on air services"),
    ("The double taxation treaty between the Government of Kenya and the Government of Qatar was ratified "
     "on Monday.", "double taxation treaty"),
    ("The maritime boundary treaty between Kenya and Somalia was ratified on Monday.",
     "maritime boundary treaty"),
])
def test_trailing_parties_leave_the_subject(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == [subject]
    assert len(found[0].parties) == 2


@pytest.mark.parametrize(("text", "subject"), [
    ("The agreement between Peru and Ghana entered into force on Monday.",
     "agreement between Peru and Ghana"),
    ("They signed the Agreement on Science Cooperation between Chile and Peru.",
     "Agreement on Science Cooperation between Chile and Peru"),
    ("The protocol on cooperation between the foreign ministries of Chile and Peru was signed on Monday.",
     "protocol on cooperation between the foreign ministries of Chile and Peru"),
])
def test_parties_kept_when_they_name_it(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


# ---------------------------------------------------------------- "Agreement Establishing the …" titles

@pytest.mark.parametrize(("text", "subject"), [
    ("Italy and Egypt signed the Agreement Establishing the Joint Commission on Trade.",
     "Agreement Establishing the Joint Commission on Trade"),
    ("Chile and Argentina signed the Protocol Relating to the Protection of Glaciers on Monday.",
     "Protocol Relating to the Protection of Glaciers"),
    ("Kenya and Ethiopia signed the Agreement Governing the Use of the Port of Lamu.",
     "Agreement Governing the Use of the Port of Lamu"),
    ("The Convention Establishing the Lake Chad Fisheries Authority was signed by Chad and Niger on Friday.",
     "Convention Establishing the Lake Chad Fisheries Authority"),
    ("Laos and Thailand signed the Treaty Establishing a Joint Border Commission.",
     "Treaty Establishing a Joint Border Commission"),
])
def test_title_with_a_capitalised_gerund(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize("text", [
    "Italy and Egypt signed an agreement establishing a joint commission on trade.",
    "Italy and Egypt signed the Agreement, ending months of talks on trade.",
])
def test_lowercase_or_parted_gerund_is_no_title(find: Find, text: str) -> None:
    assert not any(i.subject.startswith("Agreement ") for i in find(text))


# ---------------------------------------------------------------- "an exchange of letters … took place"

@pytest.mark.parametrize(("text", "subject", "status"), [
    ("An exchange of letters on the return of cultural property took place between Italy and Egypt "
     "on Monday.",
     "exchange of letters on the return of cultural property", "signed"),
    ("An Exchange of Notes on visa-free travel for officials took place in Lisbon between Portugal "
     "and Angola.",
     "Exchange of Notes on visa-free travel for officials", "signed"),
    ("The exchange of letters on the upgrading of the border post at Busia took place on Friday, Kenya and "
     "Uganda said.", "exchange of letters on the upgrading of the border post", "signed"),
    ("An exchange of notes on the extension of the fisheries protocol between Morocco and Spain occurred on "
     "Tuesday.", "exchange of notes on the extension of the fisheries protocol", "signed"),
    ("An exchange of letters on debt relief between France and Mali will take place next week.",
     "exchange of letters on debt relief", "planned"),
])
def test_exchange_that_took_place(find: Find, text: str, subject: str, status: str) -> None:
    assert [(i.subject, i.status) for i in find(text)] == [(subject, status)]


@pytest.mark.parametrize("text", [
    "An exchange of views on regional security took place between Italy and Egypt on Monday.",
    "The talks between Italy and Egypt on migration took place on Monday.",
])
def test_other_events_that_took_place_are_no_documents(find: Find, text: str) -> None:
    assert find(text) == []


# ---------------------------------------------------------------- a done stage's bare month is the one before

@pytest.mark.parametrize(("text", "day"), [
    ("Ghana and Togo inked a memorandum of understanding in March to share weather data.", "2026-03"),
    ("Chile and Japan signed an agreement on driving licences in April.", "2026-04"),
    ("The agreement on seasonal workers, signed in December, entered into force on 1 March.", "2026-03-01"),
    ("Peru and Chile concluded an agreement on fisheries in February.", "2026-02"),
    ("Kenya and Uganda signed a protocol on rail transport in January.", "2026-01"),
])
def test_done_stage_month_reads_back(find: Find, text: str, day: str) -> None:
    assert [i.date for i in find(text)] == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("Chile and Japan will sign an agreement on driving licences in April.", None),
    ("Chile and Japan signed an agreement on driving licences in October.", "2026-10"),
])
def test_done_stage_month_negatives(find: Find, text: str, day: str | None) -> None:
    assert [i.date for i in find(text)] == [day]
