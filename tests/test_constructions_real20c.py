"""Constructions of real reports (issue 9, real20c), commitments, proved on our own wording.

A bare weekday after the act of a past undertaking ("agreed to prepare a treaty on Thursday") tells when
it was agreed, as "agreed on Thursday to …" does: no deadline, and not in the act's words. What a verb of
letting lets another do ("agreed to let the committees continue their work", "allow the commission to
meet twice a year") and an object with a participle the parser read as a clause ("consider the
resolutions reached at the meeting") stay in the act. A period running out ("before the year is out")
is the act's deadline, not another act. A settlement reached to act ("reached an agreement to reopen …",
"an agreement was reached to adopt …", "struck a deal to build …") is the sides' promise, as "agreed to …"
is; putting aside differences is no deed.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, Dated, dated, facts

# ------------------------------------------------------------------ a weekday after a past undertaking


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru agreed to draft a fisheries treaty on Thursday.",
     ("draft a fisheries treaty", None, None)),
    ("The two presidents agreed to reopen the land border on Monday, officials said.",
     ("reopen the land border", None, None)),
    ("Ghana and Peru have agreed to open a consulate in Kumasi on Friday.",
     ("open a consulate in Kumasi", None, None)),
    ("Peru pledged to send twenty doctors to Accra on Sunday, the ministry said.",
     ("send twenty doctors to Accra", None, None)),
    ("Both ministers decided to set up a joint cocoa board Wednesday.",
     ("set up a joint cocoa board", None, None)),
])
def test_a_weekday_after_a_past_undertaking_is_when_it_was_agreed(extractor: RulesExtractor, text: str,
                                                                  expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a day ahead: told with "will", "next", a date, or a plan's own verb
    ("Ghana will open an embassy in Lima on Thursday.",
     ("open an embassy in Lima", "on Thursday", "2025-05-08")),
    ("Ghana and Peru agreed to meet again next Thursday.", ("meet again", "next Thursday", "2025-05-08")),
    ("The minister was scheduled to visit Lima on Thursday.", ("visit Lima", "on Thursday", "2025-05-08")),
    ("Ghana and Peru decided to sign the treaty on Thursday 15 May.",
     ("sign the treaty", "on Thursday 15 May", "2025-05-15")),
])
def test_a_weekday_ahead_stays_the_deadline(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# ------------------------------------------------------------------ what a verb of letting lets another do


@pytest.mark.parametrize(("text", "action"), [
    ("Both ministers agreed to let the border committees continue their work.",
     "let the border committees continue their work"),
    ("The two sides agreed to allow the joint commission to meet twice a year.",
     "allow the joint commission to meet twice a year"),
    ("Peru pledged to enable Ghanaian firms to bid for port contracts.",
     "enable Ghanaian firms to bid for port contracts"),
    ("Ghana will permit Peruvian trawlers to land their catch in Tema.",
     "permit Peruvian trawlers to land their catch in Tema"),
    ("The leaders agreed to let their foreign ministries prepare the summit.",
     "let their foreign ministries prepare the summit"),
])
def test_what_a_verb_of_letting_lets_another_do_is_in_the_act(extractor: RulesExtractor, text: str,
                                                              action: str) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == [action]


# ------------------------------------------------------------------ an object with a participle


@pytest.mark.parametrize(("text", "action"), [
    ("The president promised that the government will consider the resolutions reached at the meeting.",
     "consider the resolutions reached at the meeting"),
    ("Ghana pledged to implement the decisions taken at the last session.",
     "implement the decisions taken at the last session"),
    ("Peru will review the agreements signed by the two trade ministers.",
     "review the agreements signed by the two trade ministers"),
    ("The ministers agreed to study the proposals made by the business council.",
     "study the proposals made by the business council"),
    ("Ghana promised that it would honour the pledges given to the farmers.",
     "honour the pledges given to the farmers"),
])
def test_an_object_with_a_participle_stays_in_the_act(extractor: RulesExtractor, text: str,
                                                      action: str) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == [action]


@pytest.mark.parametrize(("text", "actions"), [
    # a clause with its own auxiliary is no object
    ("Ghana said the decisions were taken at the last session.", []),
    ("Peru reported that the proposals had been made by the council.", []),
])
def test_a_clause_of_its_own_is_no_object(extractor: RulesExtractor, text: str, actions: list[str]) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == actions


# ------------------------------------------------------------------ a period running out


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru will open a joint trade office before the year is out.",
     ("open a joint trade office", "before the year is out", "2025-12")),
    ("Peru pledged to deliver the vaccines before the month is over.",
     ("deliver the vaccines", "before the month is over", "2025-05")),
    ("The two sides agreed to finish the border survey before the month is out.",
     ("finish the border survey", "before the month is out", "2025-05")),
    ("Ghana will send a trade mission to Lima before the year is over, the minister said.",
     ("send a trade mission to Lima", "before the year is over", "2025-12")),
    ("The ministers said the new bridge would be completed before the year is out.",
     ("complete the new bridge", "before the year is out", "2025-12")),
])
def test_a_period_running_out_is_the_deadline(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana will open the office before the minister leaves next week.", ("open the office", None, None)),
    ("Peru will send the grain after the rainy season is over.", ("send the grain", None, None)),
])
def test_another_act_or_season_is_no_period_running_out(extractor: RulesExtractor, text: str,
                                                       expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# ------------------------------------------------------------------ a settlement reached to do something


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru have reached agreement to abolish visa fees for tourists.",
     ("abolish visa fees for tourists", None, None)),
    ("The two sides reached an agreement to reopen the fishing grounds by June.",
     ("reopen the fishing grounds", "by June", "2025-06")),
    ("Ghana and Peru struck a deal to build a cocoa processing plant in Tema.",
     ("build a cocoa processing plant in Tema", None, None)),
    ("An agreement was reached to adopt a joint plan for coastal fisheries.",
     ("adopt a joint plan for coastal fisheries", None, None)),
    ("Consensus was also reached to resume direct flights between the capitals in September.",
     ("resume direct flights between the capitals", "in September", "2025-09")),
    ("An agreement was reached by Ghana and Peru to open a joint fish market in Tema.",
     ("open a joint fish market in Tema", None, None)),
])
def test_a_settlement_reached_to_act_is_the_sides_promise(extractor: RulesExtractor, text: str,
                                                           expected: Dated) -> None:
    found = facts(extractor, text, lead=TALKS_LEAD).commitments
    assert dated(extractor, text) == [expected]
    assert [c.actor for c in found] == ["Ghana and Peru"]


@pytest.mark.parametrize("text", [
    "The two sides reached no agreement to reopen the fishing grounds.",
    "The ministers reached an agreement to develop a comprehensive roadmap for cooperation.",
    # letting a quarrel rest undertakes no deed
    "Ghana and Peru reached an agreement to put aside their differences.",
    "The two sides agreed to set aside their differences over the fishing grounds.",
    "An agreement was reached in 2019, after long talks.",
])
def test_no_settlement_a_document_drafted_or_a_quarrel_let_rest_is_no_such_promise(
        extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ deadlines in words


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru will open a joint trade office by year's end.",
     ("open a joint trade office", "by year's end", "2025-12")),
    ("Peru pledged to deliver the vaccines before the month's end.",
     ("deliver the vaccines", "before the month's end", "2025-05")),
    ("The two sides agreed to finish the border survey by the end of the current year.",
     ("finish the border survey", "by the end of the current year", "2025-12")),
    ("Ghana will send a trade mission to Lima within the current year.",
     ("send a trade mission to Lima", "within the current year", "2025-12")),
    ("The foreign ministers will meet in Accra in the first days of June.",
     ("meet in Accra", "in the first days of June", "2025-06")),
])
def test_a_deadline_in_words_is_resolved(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a year's end named by its year, and a term's end, stay as they were
    ("Ghana will open the office by the end of 2026.", ("open the office", "by the end of 2026", "2026-12")),
    ("Peru will hand over the port before the end of its term.",
     ("hand over the port before the end of its term", None, None)),
])
def test_other_ends_are_read_as_before(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]
