"""Follow-through of round 25's chains (chain25): a stretch after a step is counted from the step done to the
thing the stretch's sentence names ("signed an MoU on Monday … signed a loan agreement on Thursday. The loan
agreement will enter into force thirty days after the signing" counts from Thursday); a sitting of a
committee whose name names both sides ("the inaugural session of the Oman-Tanzania maritime cooperation
committee was held") is the pair's body sitting; a document first named short ("a loan agreement" signed)
and later in full ("the loan agreement … for the expansion of the port" in force) is one document's life.
Texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.test_constructions_chain21 import LEAD, extractor, reported
from tests.test_follow import batch

__all__ = ["extractor"]  # the fixture of tests/test_constructions_chain21.py, shared

# ------------------------------------------------- a stretch counted from the named thing's step

# the reports are of Tuesday 6 May 2025 and LEAD tells the fisheries agreement signed on Monday, 5 May;
# Wednesday is 30 April, Thursday 1 May, Friday 2 May


@pytest.mark.parametrize(("text", "due"), [
    ("On Thursday, the two finance ministers signed a loan agreement. The loan agreement will enter into "
     "force thirty days after the signing.", "2025-05-31"),
    ("Tanzania and Oman signed a visa waiver agreement on Friday. The visa waiver agreement will take "
     "effect sixty days after the signing, officials said.", "2025-07-01"),
    ("The air services agreement was signed in Dar es Salaam on Wednesday. The air services agreement "
     "will enter into force thirty days after the signing.", "2025-05-30"),
    ("The ports authorities signed a memorandum on shipping on Friday. On Wednesday, the two ministers "
     "signed a credit agreement for the railway. The credit agreement will enter into force twenty days "
     "after the signing.", "2025-05-20"),
    ("Tanzania ratified the fisheries agreement on Friday, and Oman ratified the extradition treaty on "
     "Wednesday. The extradition treaty will take effect thirty days after the ratification.",
     "2025-05-30"),
])
def test_a_stretch_counts_from_the_step_done_to_the_thing_it_names(extractor: RulesExtractor, text: str,
                                                                  due: str) -> None:
    assert [d for c, a, d in reported(extractor, text)
            if c is None and a and ("force" in a or "effect" in a)] == [due]


@pytest.mark.parametrize("text", [
    # the thing named is the one the report told signed first (LEAD's, on Monday)
    "On Thursday, the ministers signed a loan agreement. The fisheries agreement will enter into force "
    "thirty days after the signing.",
    "On Thursday, the ministers signed a loan agreement. The agreement on fisheries will take effect thirty "
    "days after the signing.",
])
def test_a_stretch_naming_the_first_thing_counts_from_its_step(extractor: RulesExtractor, text: str) -> None:
    assert "2025-06-04" in [d for c, _a, d in reported(extractor, text) if c is None]


# ------------------------------------------------- a committee named by both sides sits


def _sittings(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(m.kind, m.place) for m in facts(extractor, text, lead=LEAD).meetings]


@pytest.mark.parametrize("text", [
    "The inaugural session of the Oman-Tanzania maritime cooperation committee was held in Muscat on "
    "Friday.",
    "The first meeting of the Tanzania-Oman fisheries committee took place in Muscat on Friday.",
    "The Oman-Tanzania maritime cooperation committee held its inaugural session in Muscat on Friday.",
    "The Omani-Tanzanian trade committee met in Muscat on Friday, the ministry said.",
    "On Friday, the third sitting of the Tanzanian-Omani border committee opened in Muscat.",
])
def test_a_committee_whose_name_names_both_sides_sits_as_the_pair(extractor: RulesExtractor,
                                                                 text: str) -> None:
    assert _sittings(extractor, text) == [("commission_session", "Muscat")]


@pytest.mark.parametrize("text", [
    # no side named: a body of whom, the report does not say
    "The first session of the maritime cooperation committee was held in Muscat on Friday.",
    # one side's own body
    "The Tanzanian parliamentary committee met in Dodoma on Friday.",
])
def test_a_committee_not_named_by_both_sides_is_no_sitting_of_the_pair(extractor: RulesExtractor,
                                                                      text: str) -> None:
    assert [k for k, _p in _sittings(extractor, text) if k == "commission_session"] == []


# ------------------------------------------------- a document named short, then in full

_SIGNED = (" date 2031-03-14 \nVICTORIA - Seychelles and Mauritius signed a memorandum of understanding on "
           "fisheries in Victoria on Monday. On Thursday, the two finance ministers signed {short}, the "
           "ministry said.\n")
_IN_FORCE = (" date 2031-05-20 \nPORT LOUIS - {full} entered into force on Monday, the finance ministry of "
             "Mauritius said.\n")


@pytest.mark.parametrize(("short", "full"), [
    ("a loan agreement", "The loan agreement between Mauritius and Seychelles for the expansion of the port "
     "of Victoria"),
    ("a credit agreement", "The credit agreement between Seychelles and Mauritius for the new runway at "
     "Mahe"),
    ("the loan agreement", "The loan agreement of Mauritius and Seychelles on the Victoria port works"),
    ("a grant agreement", "The grant agreement between Seychelles and Mauritius for the coast guard"),
    ("a financing agreement", "The financing agreement between Mauritius and Seychelles for the fish "
     "market in Victoria"),
])
def test_a_document_named_short_then_in_full_is_one_life(tmp_path: Path, short: str, full: str) -> None:
    from accord.track import instrument_lifecycle

    result = batch(tmp_path, _SIGNED.format(short=short), _IN_FORCE.format(full=full))
    links = instrument_lifecycle(result.register)
    assert [ln.relation for ln in links] == ["entered into force"]
    signed = result.register.records[links[0].source]
    assert signed.fields["subject"] != "memorandum of understanding on fisheries"


@pytest.mark.parametrize(("short", "full"), [
    # other words: another document
    ("a loan agreement", "The agreement on air services between Mauritius and Seychelles"),
    # a document of another type
    ("a loan agreement", "The memorandum of understanding on loan guarantees"),
])
def test_a_document_of_other_words_or_type_is_another_life(tmp_path: Path, short: str, full: str) -> None:
    from accord.track import instrument_lifecycle

    result = batch(tmp_path, _SIGNED.format(short=short), _IN_FORCE.format(full=full))
    records = result.register.records
    sources = {records[ln.source].fields["subject"] for ln in instrument_lifecycle(result.register)}
    assert not any("loan agreement" in s for s in sources)
