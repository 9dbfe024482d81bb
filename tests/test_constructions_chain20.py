"""Follow-through over chains nobody tuned on (round 20, chain20): a signed document whose later report
tells it ended ("was allowed to expire", "lapsed", "was not renewed", "denounced", "withdrew from") is a
later step of its life, linked to the signed one ("terminated"), not one more mention of the signing,
even when the later report recalls the signing's date ("the MoU they signed in February 2031"); a
facility that "will open" somewhere by a date is the sides' promise. Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.extract.rules import RulesExtractor
from accord.resolve.stages import stage_of, tells_end
from accord.settings import DEFAULT_MODEL
from accord.track import instrument_lifecycle
from tests.extract_support import facts
from tests.test_follow import batch, status_of

# ------------------------------------------------- a signed document that later ended

_SIGNED = (
    (" date 2031-02-12 \nDHAKA - Bangladesh and Malaysia signed a memorandum of understanding on cooperation "
     "in higher education in Dhaka on Monday, the education ministry said.\n"),
    (" date 2031-03-10 \nN'DJAMENA - Chad and the Central African Republic signed a treaty on border "
     "security cooperation in N'Djamena on Thursday.\n"),
    (" date 2031-05-06 \nLIMA - Peru and Bolivia signed an agreement on fisheries cooperation in Lima on "
     "Monday, the foreign ministry said.\n"),
)


@pytest.mark.parametrize(("signed", "ended"), [
    (_SIGNED[0], " date 2033-03-04 \nDHAKA - The memorandum of understanding on higher education that "
                 "Bangladesh and Malaysia signed in February 2031 was allowed to expire last month, an "
                 "official said on Monday.\n"),
    (_SIGNED[0], " date 2033-03-04 \nKUALA LUMPUR - Malaysia's higher education memorandum of understanding "
                 "with Bangladesh lapsed in February without being renewed, the ministry said.\n"),
    (_SIGNED[1], " date 2032-02-14 \nN'DJAMENA - Chad has denounced the treaty on border security "
                 "cooperation it signed with the Central African Republic in March 2031, the foreign "
                 "ministry said on Tuesday.\n"),
    (_SIGNED[1], " date 2032-02-14 \nBANGUI - The treaty on border security cooperation between Chad and "
                 "the Central African Republic was denounced by N'Djamena on Tuesday.\n"),
    (_SIGNED[2], " date 2033-07-01 \nLA PAZ - Bolivia withdrew from the fisheries cooperation agreement "
                 "with Peru on Monday, the government said.\n"),
    (_SIGNED[2], " date 2036-05-20 \nLIMA - The fisheries cooperation agreement that Peru and Bolivia "
                 "signed in May 2031 was not renewed when it ran out this month, officials said.\n"),
])
def test_a_signed_document_that_later_ended_is_linked_as_terminated(tmp_path: Path, signed: str,
                                                                      ended: str) -> None:
    result = batch(tmp_path, signed, ended)
    links = instrument_lifecycle(result.register)
    assert [link.relation for link in links] == ["terminated"]
    source = result.register.records[links[0].source]
    assert all(m.published is not None and m.published.year == 2031 for m in source.mentions)


@pytest.mark.parametrize("later", [
    # told again, nothing ended
    " date 2031-09-01 \nDHAKA - The memorandum of understanding on higher education that Bangladesh and "
    "Malaysia signed in February 2031 has brought 300 students to Kuala Lumpur, officials said.\n",
    # an end still ahead
    " date 2032-09-01 \nDHAKA - The memorandum of understanding on higher education with Malaysia will "
    "expire next year unless the two sides renew it, an official said.\n",
])
def test_a_signed_document_told_again_or_due_to_end_is_not_terminated(tmp_path: Path, later: str) -> None:
    result = batch(tmp_path, _SIGNED[0], later)
    assert "terminated" not in [link.relation for link in instrument_lifecycle(result.register)]


@pytest.mark.parametrize("quote", [
    "Chad has denounced the treaty on border security cooperation it signed in 2031.",
    "Bolivia withdrew from the 2031 agreement on fisheries with Peru.",
    "The MoU was not renewed when it ran out in March.",
    "The memorandum ceased to have effect at the end of June.",
    "The two sides allowed the memorandum on tourism to expire.",
])
def test_words_of_an_end_make_a_signed_mention_the_end_of_it(quote: str) -> None:
    assert stage_of("signed", [quote]) == "terminated"
    assert tells_end("signed", quote)


@pytest.mark.parametrize(("status", "quote"), [
    ("signed", "The foreign minister denounced the attack and praised the treaty on border security."),
    ("signed", "The agreement will cease to have effect six months after Chad's notice."),
    ("signed", "Officials said the memorandum will not be renewed when it runs out."),
    ("planned", "The two sides will sign a new MoU to replace the one that expired in March."),
])
def test_an_end_elsewhere_ahead_or_of_another_document_is_no_end(status: str, quote: str) -> None:
    assert not tells_end(status, quote)


# ------------------------------------------------- a facility that "will open" (or is opened) by a date

# Published Tuesday 6 May 2025.
_LEAD = ("Chad and the Central African Republic signed a treaty on border security in N'Djamena on Monday, "
         "the foreign ministry said.\n")


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(DEFAULT_MODEL)


def promises(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    found = facts(extractor, text, lead=_LEAD)
    return [(c.action, c.deadline) for c in found.commitments if c.change is None]


@pytest.mark.parametrize(("text", "action", "due"), [
    ("Under the treaty, a joint border force headquarters will open in Sido by the end of June, the "
     "ministry said.", "open a joint border force headquarters in Sido", "2025-06"),
    ("A consulate will open in Bangui in September, officials said.",
     "open a consulate in Bangui", "2025-09"),
    ("The new border crossing at Sido will open by the end of the year.",
     "open the new border crossing at Sido", "2025-12"),
    ("The two countries will open a joint secretariat in Bangui by October.",
     "open a joint secretariat in Bangui", "2025-10"),
    ("According to the ministry, a trade office will open in Moundou in August.",
     "open a trade office in Moundou", "2025-08"),
])
def test_a_facility_that_will_open_by_a_date_is_a_promise(extractor: RulesExtractor, text: str, action: str,
                                                          due: str) -> None:
    assert promises(extractor, text) == [(action, due)]


@pytest.mark.parametrize("text", [
    "The treaty will open new markets for traders on both sides, the minister said.",
    "The new road will open the region to trade with Cameroon.",
])
def test_what_a_thing_will_open_up_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(extractor, text) == []


# ------------------------------------------------- goods counted in a measure, handed over or received


def done_acts(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    found = facts(extractor, text, lead=_LEAD)
    return [(c.action, c.deadline) for c in found.commitments if c.change == "done"]


@pytest.mark.parametrize(("text", "action", "day"), [
    ("The Central African Republic received 5,000 tonnes of rice from Chad on Monday.", "deliver rice",
     "2025-05-05"),
    ("Chad delivered 2,000 tonnes of wheat to the Central African Republic on Monday.", "deliver wheat",
     "2025-05-05"),
    ("On Monday, Bangui received 300 tons of fertiliser from N'Djamena, officials said.",
     "deliver fertiliser", "2025-05-05"),
    ("Chad has delivered 40,000 litres of fuel to the Central African Republic, officials said on Monday.",
     "deliver fuel", None),
    ("The Central African Republic received the aid from Chad on Monday.", "deliver aid from Chad",
     "2025-05-05"),
])
def test_goods_counted_in_a_measure_handed_over_or_received_are_delivered(extractor: RulesExtractor,
                                                                         text: str, action: str,
                                                                         day: str | None) -> None:
    assert done_acts(extractor, text) == [(action, day)]


@pytest.mark.parametrize("text", [
    "The Central African Republic received a delegation from Chad on Monday.",
    "The president received a call from Chad's leader on Monday.",
    "The Central African Republic will receive 5,000 tonnes of rice from Chad next month.",
])
def test_a_visit_a_call_or_goods_still_to_come_are_nothing_delivered(extractor: RulesExtractor,
                                                                    text: str) -> None:
    assert done_acts(extractor, text) == []


def test_rice_received_from_the_other_state_keeps_the_promise_to_send_it(tmp_path: Path) -> None:
    promise = (" date 2031-02-18 \nJAKARTA - Indonesia will send 5,000 tonnes of rice to Timor-Leste before "
               "the end of April, the foreign minister said on Tuesday.\n")
    received = (" date 2031-04-24 \nDILI - Timor-Leste received 5,000 tonnes of rice from Indonesia on "
                "Wednesday, when the National Food Agency handed over the cargo at Dili port.\n")
    result = batch(tmp_path, promise, received)
    assert status_of(result, "rice", date(2031, 7, 31)) == "fulfilled"
