"""Constructions of real reports (issue 9, real15c), proved on our own wording.

Commitments: a stretch of time given as a range ("in one or two months", "within 30 to 45 days")
dates the promise by its upper end and leaves the action; "could", "can" or "might" in what the sides
agreed or decided ("agreed that the MoU could be signed by June") is a plan when dated; a day told between
the subject and the verb of agreeing, which the parser hangs on the subject ("Ghana and Peru on Monday
(5/5) agreed to …"), tells when it was agreed, not when it is due.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated

# --------------------------------------------------------------------------- a range of time


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said Ghana and Peru will finalize the fisheries agreement in one or two months.",
     ("finalize the fisheries agreement", "in one or two months", "2025-07-06")),
    ("Ghana and Peru pledged to complete the feasibility study within three to four years.",
     ("complete the feasibility study", "within three to four years", "2029-05-06")),
    ("The two ministers agreed to set up a technical committee within 30 to 45 days.",
     ("set up a technical committee", "within 30 to 45 days", "2025-06-20")),
    ("Peru will reopen its embassy in Accra within 2-3 weeks, the foreign minister said.",
     ("reopen its embassy in Accra", "within 2-3 weeks", "2025-05-27")),
    ("Both sides agreed to sign the visa waiver agreement in the next two or three months.",
     ("sign the visa waiver agreement", "in the next two or three months", "2025-08-06")),
])
def test_a_range_of_time_dates_the_promise_by_its_upper_end(extractor: RulesExtractor, text: str,
                                                             expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a range of things is no range of time: the stretch alone dates the promise
    ("Peru agreed to open two or three trade offices in Ghana within six months.",
     ("open two or three trade offices in Ghana", "within six months", "2025-11-06")),
    # a frequency is no deadline
    ("Ghana and Peru agreed to hold political consultations two or three times a year.",
     ("hold political consultations two or three times a year", None, None)),
])
def test_a_range_of_things_is_no_time(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# --------------------------------------------------------------------------- "agreed that it could be done"


@pytest.mark.parametrize(("text", "expected"), [
    ("The two presidents agreed that the extradition treaty could be signed by June.",
     ("sign the extradition treaty", "by June", "2025-06")),
    ("Ghana and Peru agreed that the visa waiver deal can be concluded before the end of the year.",
     ("conclude the visa waiver deal", "before the end of the year", "2025-12")),
    ("We discussed it and agreed that the memorandum on maritime boundaries could be signed in October,"
     " the minister noted.",
     ("sign the memorandum on maritime boundaries", "in October", "2025-10")),
    ("The foreign ministers decided that the agreement on air services might be initialled next month.",
     ("initial the agreement on air services", "next month", "2025-06")),
    ("Both governments resolved that the fisheries protocol could be ratified by September.",
     ("ratify the fisheries protocol", "by September", "2025-09")),
])
def test_a_chance_modal_in_what_was_agreed_is_a_plan(extractor: RulesExtractor, text: str,
                                                     expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    # undated, what could happen is no plan
    "Ghana and Peru agreed that trade between them could double.",
    "The ministers agreed that more could be done to protect fishermen.",
    # "could" outside what was agreed stays a chance
    "Analysts said the extradition treaty could be signed by June.",
])
def test_a_chance_modal_undated_or_not_agreed_stays_out(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# --------------------------------------------------------------------------- "X on Monday (5/5) agreed to …"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru on Monday (5/5) agreed to reopen the border crossing.",
     ("reopen the border crossing", None, None)),
    ("The two foreign ministers on Friday (2/5) vowed to reopen the border crossing.",
     ("reopen the border crossing", None, None)),
    ("Ghana and Peru on Sunday (4/5) decided to resume direct flights.",
     ("resume direct flights", None, None)),
    ("The two delegations on Saturday (3/5) agreed to restore consular services.",
     ("restore consular services", None, None)),
    ("Ghana and Peru on Thursday (1/5) agreed to set up a joint trade council.",
     ("set up a joint trade council", None, None)),
])
def test_the_day_between_subject_and_verb_is_when_it_was_agreed(extractor: RulesExtractor, text: str,
                                                                expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the act's own time after it stays its deadline
    ("The leaders of Ghana and Peru on Monday (5/5) agreed to hold talks next month.",
     ("hold talks", "next month", "2025-06")),
    # a day ahead before "will" dates the act
    ("Ghana and Peru on Monday (12/5) will sign the visa agreement.",
     ("sign the visa agreement", "on Monday", "2025-05-12")),
])
def test_the_acts_own_day_stays(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]
