"""Constructions of real reports (issue 9, real22c), commitments, proved on our own wording.

An act a named party "needs to" do, or "is obliged (required, bound, obligated) to" do, is owed as "must"
is: its undertaking when the act is dated, and nothing when undated, negated or owed by no party; "will
need to" is read as "will have to". A deadline the report quotes ("would visit Lima 'soon'") leaves no
empty quotes in the action's words.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated

# ------------------------------------------------------------------ acts owed: "need to", "is obliged to"


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides need to finalise the action plan by July.",
     ("finalise the action plan", "by July", "2025-07")),
    ("Ghana needs to open its consulate in Lima before the end of the year, the envoy said.",
     ("open its consulate in Lima", "before the end of the year", "2025-12")),
    ("Peru is obliged to deliver the first two patrol boats within three weeks.",
     ("deliver the first two patrol boats", "within three weeks", "2025-05-27")),
    ("Both governments are required to submit their lists of goods by the end of June.",
     ("submit their lists of goods", "by the end of June", "2025-06")),
    ("Under the accord, Ghana is bound to hand over the survey maps next month.",
     ("hand over the survey maps", "next month", "2025-06")),
    ("Peru is obligated to pay the first instalment to Accra in August.",
     ("pay the first instalment to Accra", "in August", "2025-08")),
    ("The ministers said Ghana will need to ratify the air services deal by September.",
     ("ratify the air services deal", "by September", "2025-09")),
])
def test_an_act_owed_and_dated_is_a_promise(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The two sides need to deepen their cooperation in fisheries.",  # undated: a wish, no undertaking
    "Peru is obliged to respect the rights of Ghanaian workers.",  # undated duty
    "Exporters need to register with the customs office by June.",  # no party owes it
    "Travellers are required to show a vaccination card from next month.",  # a rule on travellers
    "The two ministers do not need to meet again before July.",  # negated
    "The sides need more time to finalise the action plan by July.",  # "need" with its own object
])
def test_no_promise_of_an_act_owed(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ a quoted deadline


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian minister said Peru would open an embassy in Accra \"soon\" at Ghana's request.",
     ("open an embassy in Accra at Ghana's request", "soon", None)),
    ("Peru will host the next round \"in June\" in Cusco, the ministry said.",
     ("host the next round in Cusco", "in June", "2025-06")),
    ("Ghana said it would send a trade mission to Lima “next month” to study the fruit market.",
     ("send a trade mission to Lima to study the fruit market", "next month", "2025-06")),
    ("Peru will sign the \"Blue Ocean\" fisheries accord with Ghana in July.",
     ("sign the \"Blue Ocean\" fisheries accord with Ghana", "in July", "2025-07")),
    ("Ghana will release the \"first\" batch of visas 'by Friday', the envoy said.",
     ("release the \"first\" batch of visas", "by Friday", "2025-05-09")),
])
def test_a_quoted_deadline_leaves_no_empty_quotes(extractor: RulesExtractor, text: str,
                                                  expected: Dated) -> None:
    assert dated(extractor, text) == [expected]
