"""Consolidation across reports of one visit told in other house styles (events25, issue 9's cluster pairs).

Invented reports: a state's firms promising work beside the state's own credit line and its export bank's
("Korean firms would help build …", "Korea will open a credit line …", "the Export-Import Bank of Korea
would provide …": the firms' promise is theirs and stays apart, the bank's and the state's are one), and
talks told "on the second day of the Ghanaian President's state visit" (the visit is the guest's alone,
begun the day before the talks, and the talks' words stop before it).
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Commitment
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.resolve_fixtures import article, ev, promised, record_groups

DAY = date(2026, 6, 10)  # a Wednesday
STATES = "Ghana and South Korea."


# ------------------------------------------------------- commitments: the firms of a state

@pytest.mark.parametrize(("text", "actor"), [
    ("Korean firms would help build two solar plants near Tamale, the minister said.", "Korean firms"),
    ("He said South Korean companies will take part in upgrading the Tema port.", "South Korean companies"),
    ("Korean enterprises will build a car assembly plant in Accra next year.", "Korean enterprises"),
    ("Ghanaian businesses would supply cocoa butter to Korean buyers under the deal.", "Ghanaian businesses"),
    ("Korean contractors will build the new terminal at Kotoka airport by 2028.", "Korean contractors"),
])
def test_a_promise_of_a_states_firms_is_the_firms(extractor: RulesExtractor, text: str, actor: str) -> None:
    found = facts(extractor, f"{text} {STATES}", published=DAY)
    assert [c.actor for c in found.commitments] == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Korean government will open a credit line of $200 million for roads.", "South Korea"),
    ("Korea will build a vocational training centre in Kumasi by 2027.", "South Korea"),
])
def test_a_promise_of_the_state_stays_the_states(extractor: RulesExtractor, text: str, actor: str) -> None:
    found = facts(extractor, f"{text} {STATES}", published=DAY)
    assert [c.actor for c in found.commitments] == [actor]


def _promise(name: str, actor: str, action: str) -> ArticleFacts:
    return promised(name, actor, action, STATES, DAY)


@pytest.mark.parametrize(("firms", "state"), [
    ("Korean firms", "open a credit line of $200 million for solar plants near Tamale"),
    ("Korean companies", "fund solar plants near Tamale with $200 million"),
    ("Korean investors", "finance the solar plants near Tamale"),
    ("South Korean contractors", "build solar plants near Tamale"),
    ("Korean businesses", "help build solar plants near Tamale"),
])
def test_the_firms_promise_never_joins_the_states(firms: str, state: str) -> None:
    a = _promise("a.txt", firms, "help build solar plants near Tamale")
    b = _promise("b.txt", "South Korea", state)
    assert record_groups([a, b], "commitments") == [["a.txt"], ["b.txt"]]


def test_the_banks_credit_line_joins_the_states_not_the_firms() -> None:
    bank = "would provide a credit line of USD 200 million"
    firms = "Korean firms would help build solar plants near Tamale"
    text = f"The Export-Import Bank of Korea {bank}, and {firms}. {STATES}"
    a = ArticleFacts(article("a.txt", text, DAY), "test", "1", commitments=[
        Commitment(actor="The Export-Import Bank of Korea", action=bank.removeprefix("would "),
                   deadline_text=None, deadline=None, evidence=ev(text, bank)),
        Commitment(actor="Korean firms", action="help build solar plants near Tamale", deadline_text=None,
                   deadline=None, evidence=ev(text, firms))])
    line = "open a credit line of 200 million dollars for solar plants near Tamale"
    b = _promise("b.txt", "South Korea", line)
    assert record_groups([a, b], "commitments", quotes=True) == [
        [f"a.txt:{firms}"], [f"a.txt:{bank}", f"b.txt:South Korea will {line}"]]


def test_two_firms_promises_may_join() -> None:
    a = _promise("a.txt", "Korean firms", "help build solar plants near Tamale")
    b = _promise("b.txt", "Korean companies", "help build the solar plants near Tamale")
    assert record_groups([a, b], "commitments") == [["a.txt", "b.txt"]]


# ------------------------------------------------------- meetings: on the Nth day of the visit

_HOSTED = "President Lee Jae-myung and Ghanaian President John Mahama held talks on Wednesday in Seoul"


@pytest.mark.parametrize(("tail", "arrived"), [
    (", on the second day of the Ghanaian President's state visit to South Korea.", "2026-06-09"),
    (", on the third day of the Ghanaian leader's official visit to Korea.", "2026-06-08"),
    (" on the second day of the Ghanaian Head of State's visit to South Korea.", "2026-06-09"),
    (", on the 2nd day of the Ghanaian President's working visit to South Korea.", "2026-06-09"),
    (", on the first day of the Ghanaian President's state visit to South Korea.", "2026-06-10"),
])
def test_a_visit_told_by_its_nth_day_is_the_guests_and_began_before(
        extractor: RulesExtractor, tail: str, arrived: str) -> None:
    text = f"{_HOSTED}{tail} {STATES}"
    found = facts(extractor, text, published=DAY)
    visits = [(m.participants, m.date) for m in found.meetings if m.kind == "visit"]
    assert visits == [(("John Mahama",), arrived)]
    talks = [m for m in found.meetings if m.kind == "talks"]
    assert [m.date for m in talks] == ["2026-06-10"]
    assert all("visit" not in m.evidence.text for m in talks)


@pytest.mark.parametrize("text", [
    f"{_HOSTED}, on the second day of talks on trade. {STATES}",  # a day of the talks, no visit
    f"{_HOSTED} during the Ghanaian President's state visit to South Korea. {STATES}",  # no day told
])
def test_a_visit_not_told_by_its_nth_day_keeps_the_clause(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert [m.date for m in found.meetings if m.kind == "visit"] in ([], ["2026-06-10"])
    assert [m.date for m in found.meetings if m.kind == "talks"] == ["2026-06-10"]
