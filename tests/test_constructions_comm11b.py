"""Commitments, round 11b (issue 9): clauses that share one promise's verb ("Ghana will host the talks in
June, Peru the forum in July"), a side's capital as the one who promises ("Lima will host …"), and hearsay
told in a parenthesis ("…, reports say, …") or with "allegedly". All sentences are our own.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

# Published Tuesday 6 May 2025; the talks were on Monday 5 May.
_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def promises(found: ArticleFacts) -> list[tuple[str | None, str, str | None]]:
    return [(c.actor, c.action, c.deadline) for c in found.commitments]


# ------------------------------------------------- gapping: one verb, several clauses, one promise each


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana will host the talks in June, Peru the forum in July and Chile the summit in August.",
     [("Ghana", "host the talks", "2025-06"), ("Peru", "host the forum", "2025-07"),
      ("Chile", "host the summit", "2025-08")]),
    ("Peru will open a trade office in Kumasi by September, and Ghana a consulate in Cusco by December.",
     [("Peru", "open a trade office in Kumasi", "2025-09"),
      ("Ghana", "open a consulate in Cusco", "2025-12")]),
    ("Under the plan, Ghana would send 40 nurses to Lima in October and Peru two geologists to Tamale in "
     "November.",
     [("Ghana", "send 40 nurses to Lima", "2025-10"), ("Peru", "send two geologists to Tamale", "2025-11")]),
    ("Ghana will train the customs officers in July; Peru the port inspectors in September.",
     [("Ghana", "train the customs officers", "2025-07"), ("Peru", "train the port inspectors", "2025-09")]),
    ("Peru will build a seed bank by March 2026 while Ghana a cocoa research station by June 2026.",
     [("Peru", "build a seed bank", "2026-03"), ("Ghana", "build a cocoa research station", "2026-06")]),
])
def test_clauses_sharing_one_verb_are_promises_of_their_own(
        extractor: RulesExtractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = found_in(extractor, text)
    assert promises(found) == expected
    for c, (actor, _act, _due) in zip(found.commitments, expected, strict=True):
        assert actor in c.evidence.text  # each clause is its own evidence


@pytest.mark.parametrize(("text", "count"), [
    ("Ghana will send trade envoys to Peru, Chile and Bolivia in June.", 1),
    ("Ghana will send trade envoys to Peru and Chile this month.", 1),
    ("Ghana will host the talks in June, Peru said on Monday.", 1),
    ("Ghana will host the talks in June, Peru's foreign minister told reporters.", 1),
    ("Ghana hosted the talks in March, Peru the forum in April.", 0),
])
def test_a_list_of_states_or_a_sayer_is_no_gapped_clause(extractor: RulesExtractor, text: str,
                                                        count: int) -> None:
    found = found_in(extractor, text)
    assert len(found.commitments) == count, promises(found)
    assert all(c.actor == "Ghana" for c in found.commitments)


# ------------------------------------------------- a side's capital stands for its state


@pytest.mark.parametrize(("text", "actor", "act"), [
    ("Lima will host the first round of talks in September.", "Peru", "host the first round"),
    ("Accra will send a trade mission to Peru in October.", "Ghana", "send a trade mission"),
    ("Lima has pledged to lift the ban on Ghanaian shea butter by August.", "Peru", "lift the ban"),
    ("In return, Accra will send a team of cocoa experts to Lima by the end of the year.", "Ghana",
     "send a team"),
    ("Officials said Lima plans to open a consulate in Kumasi next year.", "Peru", "open a consulate"),
])
def test_a_sides_capital_as_subject_is_its_state(extractor: RulesExtractor, text: str, actor: str,
                                                act: str) -> None:
    found = found_in(extractor, text)
    assert [c.actor for c in found.commitments if c.action.startswith(act)] == [actor], promises(found)


@pytest.mark.parametrize(("text", "actor"), [
    ("Paris will host a donors' conference on the region in September.", "Paris"),
    ("Lima's city council will open a Ghanaian cultural centre in July.", "Lima's city council"),
])
def test_another_capital_or_a_citys_body_is_not_the_state(extractor: RulesExtractor, text: str,
                                                          actor: str) -> None:
    found = found_in(extractor, text)
    assert all(c.actor not in ("Peru", "Ghana", "France") for c in found.commitments), promises(found)


# ------------------------------------------------- hearsay in a parenthesis or with "allegedly"


@pytest.mark.parametrize("text", [
    "The first tranche of the loan, reports say, will be disbursed in July.",
    "Peru, rumours suggest, will open an embassy in Accra by October.",
    "Ghana, press reports claim, will send a military attaché to Lima in August.",
    "Peru will allegedly lift the ban on Ghanaian cocoa in June.",
    "The two sides, media reports suggest, will sign a visa waiver deal in September.",
])
def test_hearsay_in_a_parenthesis_or_allegedly_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "act"), [
    ("The first tranche of the loan, the finance minister said, will be disbursed in July.",
     "disburse the first tranche"),
    ("Peru will open an embassy in Accra by October, the foreign ministry said.", "open an embassy"),
    # an outlet's "reportedly" stays: careful outlets put it on plans they report (the dev sets count them)
    ("Peru is reportedly planning to open an embassy in Accra by October.", "open an embassy"),
])
def test_a_named_sayer_in_a_parenthesis_or_reportedly_keeps_the_promise(extractor: RulesExtractor, text: str,
                                                          act: str) -> None:
    assert any(a.startswith(act) for a in actions(found_in(extractor, text)))
