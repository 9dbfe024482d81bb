"""Instrument constructions of issue 11 (amounts in brackets, signing places, stages other than signing),
on our own sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20))  # a Friday


def _one(found: list, word: str):
    hits = [i for i in found if word in i.subject]
    assert len(hits) == 1, [(i.subject, i.status) for i in found]
    return hits[0]


# --------------------------- "a Rs 800 crore (nearly $96 million) credit line agreement": the amount opens it

@pytest.mark.parametrize(("text", "subject"), [
    ("India and Sri Lanka on Monday signed a Rs 800 crore (nearly $96 million) credit line agreement for "
     "railway upgrades.", "Rs 800 crore credit line agreement for railway upgrades"),
    ("Bangladesh and India signed a Tk 1,000 crore (over $90 million) deal for a power line on Wednesday.",
     "Tk 1,000 crore deal for a power line"),
    ("The UAE and Morocco signed a 12 million dirham (around $1.2 million) agreement to build schools on "
     "Wednesday.", "12 million dirham agreement to build schools"),
    ("Ethiopia and Djibouti signed a 300 million birr (around $5 million) pact on road maintenance.",
     "300 million birr pact on road maintenance"),
    ("Nepal and India inked a 5 billion rupee (about $37 million) grant agreement for schools on Tuesday.",
     "5 billion rupee grant agreement for schools"),
])
def test_amount_restated_in_brackets_opens_the_subject(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    # brackets that are no restated amount stay
    ("Chile and Peru signed the Comprehensive Economic Partnership Agreement (CEPA) on Monday.",
     "Comprehensive Economic Partnership Agreement (CEPA)"),
    ("Saudi Arabia and Pakistan signed a SAR 300 million (about $80 million) grant agreement on Tuesday.",
     "SAR 300 million grant agreement"),
    ("Pakistan and China signed a PKR 40 billion (roughly $140 million) loan agreement for a motorway.",
     "PKR 40 billion loan agreement for a motorway"),
])
def test_other_brackets_are_kept_as_before(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


# ------------------------------- "… on maritime cooperation in Jakarta": the city it was signed in ends it

@pytest.mark.parametrize(("text", "subject"), [
    ("Fiji and Samoa signed a memorandum on fisheries cooperation in Apia on Tuesday.",
     "memorandum on fisheries cooperation"),
    ("Turkey and Qatar signed an agreement on defence cooperation in Doha on Sunday.",
     "agreement on defence cooperation"),
    ("Mexico and Guatemala signed a memorandum on border security in Tapachula.",
     "memorandum on border security"),
    ("Rwanda and Burundi signed a pact on trade in Kigali last week.", "pact on trade"),
    ('"On Friday the Indonesian Foreign Minister, Sugiono, and I signed a memorandum of understanding on '
     'maritime cooperation in Jakarta," Wong said.', "memorandum of understanding on maritime cooperation"),
])
def test_signing_city_is_not_part_of_the_subject(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    # a place of what the document is about: a state, a region, a thing built there
    ("Japan and India signed an agreement on investment in Kenya on Tuesday.",
     "agreement on investment in Kenya"),
    ("Brazil and Angola signed a memorandum on cooperation in South Africa.",
     "memorandum on cooperation in South Africa"),
    ("Uganda and Egypt signed a memorandum on the construction of a hospital in Kampala on Monday.",
     "memorandum on the construction of a hospital in Kampala"),
])
def test_place_of_the_subject_itself_is_kept(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


# ------------------------------- "Officials from Vietnam … signed … on Wednesday": an origin, no time ahead

@pytest.mark.parametrize(("text", "day"), [
    ("Negotiators from Vietnam and the Philippines initialed a maritime boundary agreement on Wednesday.",
     date(2026, 11, 18)),
    ("Officials from Ghana and Togo signed a customs agreement on Monday.", date(2026, 11, 16)),
    ("Delegates from the Philippines and Japan signed a memorandum on fisheries on Tuesday.",
     date(2026, 11, 17)),
    ("Ministers from Kenya and Uganda signed a pact on rail transport on Thursday.", date(2026, 11, 19)),
    ("Envoys from Chile and Peru inked an accord on mining on Sunday.", date(2026, 11, 15)),
])
def test_people_from_a_state_do_not_put_the_day_ahead(find: Find, text: str, day: date) -> None:
    assert [i.date for i in find(text)] == [day.isoformat()]


def test_from_a_month_still_looks_ahead() -> None:
    from accord.normalize.dates import find_time_expressions
    found = find_time_expressions("Flights from January resume on Wednesday.", date(2026, 11, 20))
    assert [e.ahead for e in found if "Wednesday" in e.text] == [True]


# -------------------------------- "the cabinet approved the draft agreement": cleared for signing, planned

@pytest.mark.parametrize("text", [
    "Pakistan's federal cabinet on Tuesday approved the draft agreement on labour mobility with Qatar.",
    "The Indonesian cabinet approved a draft memorandum of understanding on border security on Friday.",
    "Kenya's Cabinet approved the signing of a bilateral air services agreement with Ethiopia on Wednesday.",
    "The draft extradition treaty with Spain was approved by the cabinet on Monday.",
    "Ministers approved the draft agreement on fisheries with Senegal.",
    "The Council of Ministers approved a memorandum of understanding on tourism with Jordan.",
])
def test_cabinet_approval_is_planned(find: Find, text: str) -> None:
    found = find(text)
    assert [(i.status, i.date) for i in found] == [("planned", None)]


@pytest.mark.parametrize(("text", "status"), [
    ("Chile's Senate approved the free trade agreement with Thailand on Tuesday.", "ratified"),
    ("The two presidents approved a roadmap on trade on Monday.", "signed"),
    ("The two leaders adopted a joint declaration on climate on Monday.", "issued"),
])
def test_other_approvals_keep_their_status(find: Find, text: str, status: str) -> None:
    assert [i.status for i in find(text)] == [status]


# ------------------------ "exchanged the instruments of ratification for the agreement": ratified

@pytest.mark.parametrize("text", [
    "The two foreign ministers exchanged the instruments of ratification for the investment protection "
    "agreement on Monday.",
    "Oman and India exchanged their instruments of ratification for the double taxation agreement.",
    "The ambassadors exchanged instruments of ratification for the extradition treaty in Lima.",
    "Japan and Mongolia exchanged the instruments of ratification for their economic partnership agreement.",
    "Kazakhstan and Uzbekistan exchanged instruments of ratification of the treaty on the demarcation of "
    "their border on Thursday.",
])
def test_instruments_of_ratification_exchanged(find: Find, text: str) -> None:
    assert [i.status for i in find(text)] == ["ratified"]


def test_exchanging_the_documents_themselves_is_a_signing(find: Find) -> None:
    found = find("Fiji and Tonga exchanged memoranda of understanding on fisheries and health on Monday.")
    assert {i.status for i in found} == {"signed"}


# --------------------------- "the agreement lapsed/expired": it was signed; the end is not its date

@pytest.mark.parametrize(("text", "day"), [
    ("The fisheries agreement between Senegal and Mauritania lapsed in December.", None),
    ("The grain deal between Russia and Ukraine expired on Monday after Moscow refused to extend it.", None),
    ("The agreement on gas transit between Ukraine and Russia expired at the end of 2024.", None),
    ("The memorandum on student exchanges between Chile and Peru lapsed in 2023.", None),
    ("Their 2015 memorandum on migration expired last year and was not renewed.", "2015"),
])
def test_expired_document_stays_signed(find: Find, text: str, day: str | None) -> None:
    assert [(i.status, i.date) for i in find(text)] == [("signed", day)]


def test_expiry_of_another_document_leaves_the_signing_date(find: Find) -> None:
    found = find("Egypt and Sudan signed a water agreement on Monday; their previous accord expired in 2020.")
    assert [(i.subject, i.status, i.date) for i in found] == [("water agreement", "signed", "2026-11-16")]


# ------------------------- "the Foreign Minister, Sugiono, and I signed …": the others named and the speaker

@pytest.mark.parametrize(("text", "signers"), [
    ('"On Friday the Indonesian Foreign Minister, Sugiono, and I signed a memorandum of understanding on '
     'maritime cooperation in Jakarta," Wong said.', ("Sugiono", "Wong")),
    ('"Yesterday, my counterpart Vivian Balakrishnan and I signed a memorandum of understanding on '
     'cybersecurity," Jaishankar said in an interview.', ("Vivian Balakrishnan", "Jaishankar")),
    ('"Last week President William Ruto and I signed an agreement on health cooperation," '
     'Narendra Modi said.',
     ("William Ruto", "Narendra Modi")),
    ('"This morning the Prime Minister of Fiji, Sitiveni Rabuka, and I signed a treaty on policing," '
     'Anthony Albanese told reporters.', ("Sitiveni Rabuka", "Anthony Albanese")),
    ('"The Chilean foreign minister, Alberto van Klaveren, and I signed a memorandum on lithium," said '
     'Peruvian Foreign Minister Elmer Schialer.', ("Alberto van Klaveren", "Elmer Schialer")),
])
def test_first_person_signer_is_the_speaker(find: Find, text: str, signers: tuple[str, ...]) -> None:
    assert [i.signatories for i in find(text)] == [signers]


@pytest.mark.parametrize("text", [
    '"We signed three agreements on trade," the minister said.',  # no one named
    '"I hope we sign an agreement on trade next year," Ruto said.',  # no signing done
])
def test_no_first_person_signer_without_a_named_speaker(find: Find, text: str) -> None:
    assert all(i.signatories == () for i in find(text))


# ---------------------------- "One of them is a visa waiver agreement …": a counted member of the package

@pytest.mark.parametrize(("text", "word", "status", "day"), [
    ("Chile and Peru signed five accords in Lima on Monday. One of them is a memorandum on lithium that will "
     "see joint research.", "lithium", "signed", "2026-11-16"),
    ("The two sides signed nine agreements on Tuesday. One of them is a visa waiver agreement that will take "
     "effect next year.", "visa waiver", "signed", None),
    ("Egypt and Sudan will sign four agreements next week. One of them is a river transport memorandum.",
     "river transport", "planned", None),
    ("Egypt and Sudan discussed four possible deals in Cairo on Sunday. One of them is a river transport "
     "memorandum.", "river transport", "discussed", None),
    ("Oman and Jordan inked three deals on Sunday. One of these is an aviation memorandum that will open "
     "new routes.", "aviation", "signed", "2026-11-15"),
])
def test_counted_member_takes_the_package_status(find: Find, text: str, word: str, status: str,
                                                 day: str | None) -> None:
    ins = _one(find(text), word)
    assert (ins.status, ins.date) == (status, day)


def test_one_of_other_things_is_no_package(find: Find) -> None:
    found = find("One of the people at the ceremony was the trade minister, who signed a memorandum on "
                 "fisheries on Friday.")
    assert [(i.subject, i.status) for i in found] == [("memorandum on fisheries", "signed")]


@pytest.mark.parametrize(("text", "day"), [
    ("Angola's Council of Ministers on Friday approved an agreement on visa exemption with Namibia, signed "
     "in Windhoek in May.", "2026-05"),
    ("The Namibian cabinet on Tuesday approved the visa agreement with Angola, signed in Luanda in August.",
     "2026-08"),
    ("On Wednesday the Council of Ministers approved the tourism memorandum with Jordan, signed in Amman in "
     "July.", "2026-07"),
])
def test_signed_document_approved_by_the_cabinet_keeps_its_signing_date(find: Find, text: str,
                                                                        day: str) -> None:
    assert [(i.status, i.date) for i in find(text)] == [("signed", day)]


def test_one_of_them_doing_something_else_is_no_member(find: Find) -> None:
    found = find("Vietnam and Russia signed two agreements on Monday. One of them, a letter sent in May, "
                 "showed interest in a possible new deal.")
    assert not any("new deal" in i.subject for i in found)
