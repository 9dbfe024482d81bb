"""Constructions of real signing reports (round 18, instruments): a bare document told about by another
document noun in the next sentence or by a relative clause after its time or place."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# A bare document whose next sentence names it by another document noun, or by a part of it.
@pytest.mark.parametrize(("body", "typ", "subject"), [
    ("Peru and Chile signed a memorandum of understanding on Tuesday. The agreement covers fisheries.",
     "mou", "fisheries"),
    ("Malaysia and Brunei on Monday signed a memorandum of understanding. The pact covers information "
     "sharing on defence issues.", "mou", "information sharing on defence issues"),
    ("Niger and Benin signed a treaty in Niamey. The accord focuses on river navigation.",
     "treaty", "river navigation"),
    ("Oman and Qatar signed a memorandum on Sunday. Key areas of the memorandum include food security.",
     "mou", "food security"),
    ("Laos and Cambodia signed an MoU on Friday. The main elements of the deal include hydropower trade.",
     "mou", "hydropower trade"),
])
def test_bare_document_told_by_another_noun_next(find: Find, body: str, typ: str, subject: str) -> None:
    assert told(find, body) == [(typ, subject, "signed")]


@pytest.mark.parametrize("body", [
    # the next sentence's document has words of its own: another document
    "Peru and Chile signed a memorandum of understanding on Tuesday. The trade agreement of 2010 covers "
    "fisheries.",
    # plural: not the one document signed
    "Peru and Chile signed a memorandum of understanding on Tuesday. The agreements cover fisheries.",
])
def test_other_document_next_is_not_the_bare_one(find: Find, body: str) -> None:
    assert all(s != "fisheries" or t != "mou" for t, s, _ in told(find, body))


# A relative clause on a bare document, or on the time or place the parser hangs it on.
@pytest.mark.parametrize(("body", "typ", "subject"), [
    ("Peru and Chile signed an agreement in Lima on Friday, which aims to boost fish exports.",
     "agreement", "boost fish exports"),
    ("Ghana and Togo inked a deal in Accra last week that seeks to expand power trade.",
     "agreement", "expand power trade"),
    ("A convention was signed by Mali and Guinea on Monday, which aims to curb arms trafficking.",
     "convention", "curb arms trafficking"),
    ("Fiji and Tonga signed a memorandum of understanding on Tuesday, which covers fisheries and mining.",
     "mou", "fisheries and mining"),
    ("Kenya and Rwanda signed an agreement, which aims to cut roaming charges.",
     "agreement", "cut roaming charges"),
])
def test_relative_clause_tells_bare_document(find: Find, body: str, typ: str, subject: str) -> None:
    assert told(find, body) == [(typ, subject, "signed")]


@pytest.mark.parametrize("body", [
    # the clause tells nothing the document is on
    "Peru and Chile signed an agreement on Friday, which was welcomed by fishermen.",
    "Peru and Chile signed an agreement on Friday, a day that marks their national holiday.",
])
def test_relative_clause_without_topic_gives_nothing(find: Find, body: str) -> None:
    assert told(find, body) == []


# A participle under a bare document tells what it is meant to do.
@pytest.mark.parametrize(("body", "typ", "subject"), [
    ("Peru and Chile signed an agreement aimed at boosting trade.", "agreement", "boosting trade"),
    ("Jamaica and Barbados have signed an agreement aimed at giving exporters a quick way to settle trade "
     "complaints.", "agreement", "giving exporters a quick way to settle trade complaints"),
    ("Ghana and Togo signed a memorandum designed to curb fuel smuggling, officials said.",
     "mou", "curb fuel smuggling"),
    ("A pact intended to ease cattle movement was signed by Niger and Chad on Friday.",
     "agreement", "ease cattle movement"),
    ("Bhutan and Nepal inked an accord geared towards promoting hydropower research.",
     "agreement", "promoting hydropower research"),
])
def test_aimed_participle_names_bare_document(find: Find, body: str, typ: str, subject: str) -> None:
    assert told(find, body) == [(typ, subject, "signed")]


@pytest.mark.parametrize(("body", "expected"), [
    # the document has a name of its own: the participle adds to it, no new subject
    ("Peru and Chile signed a trade agreement aimed at boosting exports.",
     [("agreement", "trade agreement", "signed")]),
    # a participle that tells no aim
    ("Peru and Chile signed an agreement drafted by their lawyers.", []),
])
def test_aimed_participle_leaves_named_document(find: Find, body: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert told(find, body) == expected


# A fronted purpose names the document it was signed for, ending at its comma.
@pytest.mark.parametrize(("body", "typ", "subject"), [
    ("To deepen defence cooperation, Malaysia and Indonesia on Tuesday signed a memorandum of understanding.",
     "mou", "deepen defence cooperation"),
    ("To ease congestion at the border, Benin and Togo signed an agreement on Monday.",
     "agreement", "ease congestion at the border"),
    ("To protect migrant workers, Nepal and Qatar on Sunday signed a memorandum.",
     "mou", "protect migrant workers"),
    ("In order to expand rice exports, Vietnam and the Philippines on Friday signed an agreement.",
     "agreement", "expand rice exports"),
    ("To share flood data, Laos and Thailand on Wednesday inked an accord.",
     "agreement", "share flood data"),
])
def test_fronted_purpose_ends_at_its_comma(find: Find, body: str, typ: str, subject: str) -> None:
    assert told(find, body) == [(typ, subject, "signed")]


@pytest.mark.parametrize("body", [
    "To everyone's surprise, Benin and Togo signed nothing on Monday.",
    "To the north, Benin and Togo share a border.",
])
def test_fronted_phrase_without_document_gives_nothing(find: Find, body: str) -> None:
    assert told(find, body) == []


def test_a_specific_kind_after_another_bare_document_is_another(find: Find) -> None:
    # "the protocol" is no general word for the MoU signed before: nothing is read from it
    assert told(find, "Peru and Chile signed a memorandum of understanding on Tuesday. The protocol covers "
                      "fisheries.") == []


# A capitalised "Exchange of Notes" is the form's name, not a title: what follows tells what it is on.
@pytest.mark.parametrize(("body", "subject"), [
    ("Japan and Laos on Tuesday signed an Exchange of Notes concerning a grant for water supply in Pakse.",
     "Exchange of Notes concerning a grant for water supply"),
    ("Peru and Chile signed an Exchange of Notes regarding a grant for school buildings.",
     "Exchange of Notes regarding a grant for school buildings"),
    ("Japan and Laos on Tuesday signed an Exchange of Notes for a grant for rural roads.",
     "Exchange of Notes for a grant for rural roads"),
    ("Korea and Ghana exchanged an Exchange of Notes concerning a loan for a cocoa warehouse.",
     "Exchange of Notes concerning a loan for a cocoa warehouse"),
    ("The ambassador and the minister signed an Exchange of Letters concerning the debt relief scheme.",
     "Exchange of Letters concerning the debt relief scheme"),
])
def test_exchange_of_notes_keeps_what_it_concerns(find: Find, body: str, subject: str) -> None:
    assert [s for _, s, _ in told(find, body)] == [subject]


@pytest.mark.parametrize(("body", "expected"), [
    # nothing follows the form: its name alone
    ("The Exchange of Notes was signed by Japan and Laos on Tuesday.", ["Exchange of Notes"]),
    # a place after the form is no topic
    ("Japan and Laos signed an Exchange of Notes in Vientiane on Tuesday.", ["Exchange of Notes"]),
])
def test_exchange_of_notes_without_topic(find: Find, body: str, expected: list[str]) -> None:
    assert [s for _, s, _ in told(find, body)] == expected


# A later member whose list verb is left out ("…, the second covers mining and the third tourism").
@pytest.mark.parametrize(("body", "expected"), [
    ("Peru and Chile signed three accords on Thursday. The first covers fisheries, the second covers mining "
     "and the third tourism.", ["fisheries", "mining", "tourism"]),
    ("Peru and Chile signed three accords on Thursday. The first covers fisheries, the second mining and the "
     "third tourism.", ["fisheries", "mining", "tourism"]),
    ("Ghana and Benin signed two MoUs. The first concerns port logistics and the second customs data.",
     ["port logistics", "customs data"]),
    ("Oman and Jordan inked two agreements. The first includes date palm research, and the second "
     "phosphate mining.", ["date palm research", "phosphate mining"]),
    ("Fiji and Samoa will sign two MoUs. The first covers disaster relief and the second climate finance.",
     ["disaster relief", "climate finance"]),
])
def test_gapped_later_member(find: Find, body: str, expected: list[str]) -> None:
    assert [s for _, s, _ in told(find, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a time after the ordinal: no member
    ("Peru and Chile signed two accords. The first covers fisheries, and the second time they met was in "
     "May.", ["fisheries"]),
    # no member told by a list verb before: the ordinal counts something else
    ("Peru and Chile signed an accord on fisheries, and the second largest port hosted the talks.",
     ["accord on fisheries"]),
])
def test_ordinal_that_is_no_gapped_member(find: Find, body: str, expected: list[str]) -> None:
    assert [s for _, s, _ in told(find, body)] == expected


# A deal one side pushes or strives to reach is still ahead; one pursued in talks is under discussion.
@pytest.mark.parametrize(("body", "expected"), [
    ("Peru is pushing to reach a fisheries agreement with Chile.",
     ("fisheries agreement with Chile", "planned")),
    ("Peru and Chile are striving to conclude a fisheries agreement by June.",
     ("fisheries agreement", "planned")),
    ("Ghana pressed to seal a gas deal with Togo.", ("gas deal", "planned")),
    ("Peru is in talks with Chile to pursue a fisheries agreement.", ("fisheries agreement", "discussed")),
    ("Laos and Thailand will pursue a power trade agreement.", ("power trade agreement", "discussed")),
])
def test_deal_pushed_for_or_pursued_is_not_signed(find: Find, body: str, expected: tuple[str, str]) -> None:
    assert [(s, st) for _, s, st in told(find, body)] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Peru and Chile signed a fisheries agreement, and pushed for a tourism pact.",
     [("fisheries agreement", "signed"), ("tourism pact", "discussed")]),
    ("Peru reached a fisheries agreement with Chile after pushing for years.",
     [("fisheries agreement with Chile", "signed")]),
])
def test_deal_reached_stays_signed(find: Find, body: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, st) for _, s, st in told(find, body)] == expected


# A quoted name before a document's noun keeps its words past a comma inside the quotes.
@pytest.mark.parametrize(("body", "subject"), [
    ('Peru and Chile signed a "Clean Seas, Safe Ports" memorandum on Friday.',
     '"Clean Seas, Safe Ports" memorandum'),
    ('Peru and Chile signed the "Fish, Farm and Forest" agreement.', '"Fish, Farm and Forest" agreement'),
    ('Bolivia is in talks with its neighbours to pursue a "One Border, One Stop" agreement.',
     '"One Border, One Stop" agreement'),
    ('Kenya and Uganda inked the "Lake, Road, Rail" accord in Kampala.', '"Lake, Road, Rail" accord'),
    ('Fiji and Tonga adopted a "Blue Pacific, Safe Pacific" declaration.',
     '"Blue Pacific, Safe Pacific" declaration'),
])
def test_quoted_name_with_comma(find: Find, body: str, subject: str) -> None:
    assert [s for _, s, _ in told(find, body)] == [subject]


@pytest.mark.parametrize(("body", "subject"), [
    # the quote closes before the phrase: a remark, no name
    ('"We are ready," the minister said, before the agreement on fisheries was signed.',
     "agreement on fisheries"),
    ("Peru and Chile signed the 'Plan on Fisheries' in Lima.", "Plan on Fisheries"),
])
def test_quote_outside_name(find: Find, body: str, subject: str) -> None:
    assert [s for _, s, _ in told(find, body)] == [subject]


# A value word the parser hangs on the verb still tells the document's amount.
@pytest.mark.parametrize("body", [
    "Sudan and Chad signed a highway deal worth 45 million dollars in the Chadian capital on Wednesday.",
    "Sudan and Chad signed a road deal worth 45 million dollars in N'Djamena.",
    "Sudan and Chad signed a road accord worth 45 million dollars on Wednesday.",
    "Chad and Cameroon signed a rail deal worth 70 million dollars on Tuesday.",
    "Chad and Sudan signed a rail accord worth 70 million euros on Tuesday.",
])
def test_value_hung_on_the_verb_stays_in_the_subject(find: Find, body: str) -> None:
    [(_, subject, _)] = told(find, body)
    assert " worth " in subject and "million" in subject and "Wednesday" not in subject \
        and "Tuesday" not in subject and "capital" not in subject


@pytest.mark.parametrize(("body", "subject"), [
    # the amount is the verb's, not the document's
    ("Sudan and Chad signed a road deal, worth noting, on Wednesday.", "road deal"),
    ("Ghana paid 45 million dollars for a road deal signed with Togo.", "road deal"),
])
def test_value_of_something_else(find: Find, body: str, subject: str) -> None:
    assert [s for _, s, _ in told(find, body)] == [subject]
