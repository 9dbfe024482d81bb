"""Constructions of gen25's tuning articles (round 25: a ratification, a notice of entry into force, an
exchange of notes on visas, a joint statement, a cabinet approving a draft), proved on our own wording.

The ministries or bodies a document is "between" sign it and are no part of what it is on, titled or not
("a protocol on search and rescue between the two interior ministries"); an approval given for a signing
readies a document, it does not sign it ("gave its consent for the signing of a protocol"); a participle
set off after a document that stands under "the entry into force of" tells its own stage and its time is
no deadline ("to complete procedures for the entry into force of the Agreement on X, signed today by …");
a coordinated act that takes a level to a figure is a promise of its own ("agreed to resume flights in
May and to increase the weekly flights to 14"); "the two authorities" are the pair's, one each, no count;
notes exchanged are named by what they do ("exchanged notes establishing visa-free travel for …").
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, dated, facts


def _told(extractor: RulesExtractor, text: str) -> list[tuple[str, str, str]]:
    return [(i.type, i.subject, i.status) for i in facts(extractor, text).instruments]


# ------------------------------------------------------------------ the bodies a document is between


@pytest.mark.parametrize(("text", "expected"), [
    ("The two governments signed a protocol on maritime search and rescue between the two interior "
     "ministries.", "protocol on maritime search and rescue"),
    ("Kenya and Ghana signed an MoU on seed certification between the two agriculture ministries on Monday.",
     "MoU on seed certification"),
    ("Peru and Chile welcomed the signing of a memorandum on critical minerals between the mines ministry "
     "of Peru and the mining ministry of Chile.", "memorandum on critical minerals"),
    ("Fiji and Samoa signed an agreement on weather data sharing between their meteorological agencies.",
     "agreement on weather data sharing"),
    ("An arrangement on customs data between the two revenue authorities was signed in Apia.",
     "arrangement on customs data"),
])
def test_the_bodies_a_document_is_between_are_no_part_of_its_subject(extractor: RulesExtractor, text: str,
                                                                     expected: str) -> None:
    assert [s for _, s, _ in _told(extractor, text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a document between states keeps the reading it had
    ("Peru and Chile signed an agreement on science cooperation between Peru and Chile.",
     "agreement on science cooperation"),
    # a document named by nothing else keeps them
    ("The second MoU between the space agency and Airbus will be signed in May.",
     "second MoU between the space agency and Airbus"),
    # what lies between is the topic, not who signs it
    ("Peru and Chile signed an MoU on a rail link between Lima and Santiago.",
     "MoU on a rail link between Lima and Santiago"),
])
def test_what_is_between_places_or_only_an_ordinal_stays(extractor: RulesExtractor, text: str,
                                                         expected: str) -> None:
    assert [s for _, s, _ in _told(extractor, text)] == [expected]


# ------------------------------------------------------------------ an approval given for a signing


@pytest.mark.parametrize("text", [
    "The government gave its consent for the signing of a protocol on maritime search and rescue with Chile.",
    "The cabinet gave its approval to the signing of an agreement on road transport with Kenya.",
    "Ministers granted their consent for the signing of a memorandum on tourism with Fiji.",
    "The council of ministers gave the nod to the signing of a treaty on extradition with Peru.",
    "The government on Thursday gave its assent for the signing of an agreement on fisheries with Ghana.",
])
def test_an_approval_given_for_a_signing_readies_the_document(extractor: RulesExtractor, text: str) -> None:
    assert [st for _, _, st in _told(extractor, text)] == ["planned"]


@pytest.mark.parametrize(("text", "expected"), [
    # a legislature's approval ratifies
    ("Parliament gave its approval to the agreement on road transport with Kenya.", "ratified"),
    # a signing told done stays signed
    ("The two ministers signed a protocol on maritime search and rescue on Monday.", "signed"),
])
def test_other_approvals_and_signings_keep_their_stage(extractor: RulesExtractor, text: str,
                                                       expected: str) -> None:
    assert [st for _, _, st in _told(extractor, text)] == [expected]


# ------------------------------------------------------------------ a set-off signing participle


@pytest.mark.parametrize("text", [
    "The two sides agreed to complete their procedures for the entry into force of the Agreement on Social "
    "Security, signed today by the two Foreign Ministers, at the earliest possible date.",
    "Both sides will work for the entry into force of the Agreement on Air Services, signed on Monday by the "
    "two ministers.",
    "They pledged to speed up the ratification of the Treaty on Extradition, signed yesterday in Lima.",
    "The ministers agreed to prepare the entry into force of the Agreement on Fisheries, signed today in "
    "Accra, as soon as possible.",
    "Peru and Chile agreed to seek the early entry into force of the Convention on Double Taxation, signed "
    "this morning by the finance ministers.",
])
def test_a_set_off_participle_tells_the_documents_own_stage(extractor: RulesExtractor, text: str) -> None:
    assert [st for _, _, st in _told(extractor, TALKS_LEAD + text)][-1] == "signed"


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides agreed to complete their procedures for the entry into force of the Agreement on "
     "Social Security, signed today by the two Foreign Ministers, at the earliest possible date.", None),
    ("The two sides agreed to complete their procedures for the entry into force of the Agreement on "
     "Social Security, signed today by the two Foreign Ministers, by the end of June.", "2025-06"),
])
def test_the_time_of_a_signing_participle_is_no_deadline(extractor: RulesExtractor, text: str,
                                                          expected: str | None) -> None:
    assert [d for _, _, d in dated(extractor, text)] == [expected]


@pytest.mark.parametrize("text", [
    # a participle still ahead keeps its time
    "The ministers agreed to complete the text of the agreement to be signed in June.",
    # a document's stage with no participle set off stays as it was read
    "The two sides agreed to work for the entry into force of the Agreement on Social Security.",
])
def test_no_set_off_signing_participle(extractor: RulesExtractor, text: str) -> None:
    statuses = [st for _, _, st in _told(extractor, TALKS_LEAD + text)]
    assert "signed" not in statuses


# ------------------------------------------------------------------ a coordinated target


@pytest.mark.parametrize(("text", "second"), [
    ("The two sides agreed to resume direct flights between Accra and Lima in May and to increase the "
     "number of flights between the capitals to 14.",
     "increase the number of flights between the capitals to 14"),
    ("The two sides agreed to resume direct flights between Accra and Lima in May and to raise the cargo "
     "quota to 400 tonnes.", "raise the cargo quota to 400 tonnes"),
    ("Peru and Ghana decided to open a trade office in Kumasi by June and to boost the number of "
     "scholarships to 50.", "boost the number of scholarships to 50"),
    ("The ministers agreed to launch a ferry service in March and to expand the fishing quota to 2,000 "
     "tonnes.", "expand the fishing quota to 2,000 tonnes"),
    ("The two sides agreed to reopen the border post by July and to increase its staff to 40 officers.",
     "increase its staff to 40 officers"),
])
def test_a_level_taken_to_a_figure_is_a_promise_of_its_own(extractor: RulesExtractor, text: str,
                                                           second: str) -> None:
    actions = [a for a, _, _ in dated(extractor, text)]
    assert len(actions) == 2 and actions[1] == second


@pytest.mark.parametrize("text", [
    # a step of the same act stays one promise
    "The two sides agreed to draft the agreement by June and to sign it.",
    "The two sides agreed to review the quota in May and to raise it.",
    # under one "to" or modal, a second act is a step of the first
    "Ghana would upgrade two berths and raise the port's capacity to 1.5 million containers a year.",
])
def test_a_step_of_the_same_act_stays_one_promise(extractor: RulesExtractor, text: str) -> None:
    assert len(dated(extractor, text)) == 1


# ------------------------------------------------------------------ the two authorities


@pytest.mark.parametrize("text", [
    "The two civil aviation authorities will meet in Victoria before the end of November.",
    "The two customs authorities agreed to share data on transit cargo.",
    "The two port authorities signed a memorandum on pilot training.",
    "The two revenue authorities will exchange information under the tax treaty.",
    "The two health authorities met in Lima on Monday.",
])
def test_the_two_authorities_are_the_pair_not_a_count(extractor: RulesExtractor, text: str) -> None:
    assert [f.number for f in facts(extractor, TALKS_LEAD + text).figures] == []


@pytest.mark.parametrize(("text", "number"), [
    ("Ghana will train 40 officials of the port authorities.", 40),
    ("The project will involve three port authorities in Peru and Ghana.", 3),
])
def test_a_count_of_authorities_with_no_pair_stays(extractor: RulesExtractor, text: str, number: int) -> None:
    assert number in [f.number for f in facts(extractor, TALKS_LEAD + text).figures]


# ------------------------------------------------------------------ notes named by what they do


@pytest.mark.parametrize(("text", "expected"), [
    ("Dominica and Ghana have exchanged diplomatic notes establishing visa-free travel for holders of "
     "ordinary passports.", "visa-free travel for holders of ordinary passports"),
    ("Fiji and Samoa exchanged notes waiving visas for diplomats on Monday.", "visas for diplomats"),
    ("Peru and Chile exchanged notes extending the fishing agreement by five years.",
     "the fishing agreement"),
    ("The two ministers exchanged notes granting duty-free access to textiles.",
     "duty-free access to textiles"),
    ("Kenya and Ghana yesterday exchanged notes abolishing visa requirements for students.",
     "visa requirements for students"),
])
def test_notes_exchanged_are_named_by_what_they_do(extractor: RulesExtractor, text: str,
                                                   expected: str) -> None:
    assert (expected, "signed") in [(s, st) for _, s, st in _told(extractor, text)]


@pytest.mark.parametrize("text", [
    "The two delegations exchanged notes comparing their positions.",  # no act of a document
    "The ministers exchanged views establishing a common position.",  # views, no notes
])
def test_notes_doing_nothing_of_a_document_are_none(extractor: RulesExtractor, text: str) -> None:
    assert _told(extractor, text) == []

