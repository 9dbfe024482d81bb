"""A promise restated later with a time frame of its own is a promise of its own. Our own wording.

"The leaders agreed to visit each other soon"; a week later one of them says the visit "will take
place in November": a new statement with a new time, kept or missed by itself, while the first,
with no time, stays undated. Reports of one statement a day or two apart, one giving the time and
one not, stay one promise. In one article, a plan whose time had passed when it was told ("was to
visit in July, but put it off") is not the new promise of the same article ("agreed to visit
soon"), and the July plan's setback is not the new promise's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.pipeline import BatchResult
from accord.resolve.model import Record
from accord.resolve.text import action_targets
from accord.track import commitment_status, is_report
from tests.test_follow import batch

SOON = (" date 2031-03-10 \nNAIROBI - President Ruto and Prime Minister Kishida met in Nairobi on Monday. "
        "Kenya and Japan agreed that Prime Minister Kishida will visit Kenya soon, officials said.\n")


def visits(result: BatchResult) -> list[Record]:
    return [r for r in result.register.records.values()
            if r.kind == "commitments" and not is_report(r) and "Kenya" in r.fields["action"]]


def statuses(result: BatchResult, as_of: date) -> list[tuple[str | None, str]]:
    return sorted(((r.fields.get("deadline"), commitment_status(r, result.register, as_of).status)
                   for r in visits(result)), key=lambda s: s[0] or "")


@pytest.mark.parametrize("later", [
    " date 2031-03-24 \nTOKYO - Prime Minister Kishida will visit Kenya in May, the Japanese foreign "
    "ministry said on Monday.\n",
    " date 2031-03-20 \nJapanese Prime Minister Kishida is expected to visit Kenya in May, Kenyan "
    "officials said on Thursday.\n",
    " date 2031-04-02 \nKishida will travel to Kenya in May, the Japanese government said on Tuesday, "
    "confirming a visit first agreed in March.\n",
    " date 2031-03-31 \nNAIROBI - Kenya said on Monday that Prime Minister Kishida of Japan would visit "
    "Kenya in May.\n",
    " date 2031-03-18 \nJapan's Prime Minister Kishida will visit Kenya by the end of May, the Kenyan "
    "State House said.\n",
])
def test_a_later_statement_with_a_time_of_its_own_is_its_own_promise(tmp_path: Path, later: str) -> None:
    result = batch(tmp_path, SOON, later)
    # the first, undated, stays undated; the second, dated May, is missed by July
    assert statuses(result, date(2031, 7, 1)) == [(None, "no_deadline"), ("2031-05", "overdue")]


@pytest.mark.parametrize("later", [
    # a day later, one report of the same statement giving its time
    " date 2031-03-11 \nJapanese Prime Minister Kishida will visit Kenya in May, Kenyan officials said "
    "after Monday's meeting in Nairobi.\n",
    # weeks later, but no time of its own: the same promise told again
    " date 2031-03-30 \nJapan's Prime Minister Kishida is to visit Kenya, officials said on Thursday.\n",
])
def test_the_same_statement_or_one_with_no_time_stays_one_promise(tmp_path: Path, later: str) -> None:
    result = batch(tmp_path, SOON, later)
    assert len(visits(result)) == 1, [r.fields for r in visits(result)]


@pytest.mark.parametrize("text", [
    "Kishida had been due to visit Kenya in January but put the trip off after falling ill. On Monday "
    "Kenya and Japan agreed that he will visit Kenya soon.",
    "Prime Minister Kishida was scheduled to visit Kenya in January, but the visit was postponed. Japan "
    "and Kenya agreed on Monday that Kishida will visit Kenya soon.",
    "A visit by Kishida to Kenya planned for February was postponed because of floods. Kenya and Japan "
    "agreed on Monday that Kishida will visit Kenya at an early date.",
    "Kishida was to visit Kenya in January, but that visit was postponed. The leaders agreed that he "
    "would visit Kenya in the near future.",
    "Prime Minister Kishida, who was due to visit Kenya in December, postponed the trip. Kenya and Japan "
    "agreed on Monday that Kishida will visit Kenya soon.",
])
def test_a_plan_past_its_time_when_told_is_not_the_new_promise(tmp_path: Path, text: str) -> None:
    result = batch(tmp_path, f" date 2031-03-10 \nNAIROBI - {text}\n")
    found = statuses(result, date(2031, 4, 1))
    # the new promise, with no time, is not set back by the old plan's setback
    assert (None, "no_deadline") in found, found


def test_a_plan_and_its_setback_told_together_still_decide(tmp_path: Path) -> None:
    # the plan still ahead when told, and put off in the same report: the setback is the plan's
    result = batch(tmp_path, " date 2031-03-10 \nPrime Minister Kishida will visit Kenya soon, officials "
                   "said, but the visit planned for April has been postponed because of floods.\n")
    assert [s for _, s in statuses(result, date(2031, 4, 1))] == ["postponed"]


@pytest.mark.parametrize(("action", "targets"), [
    ("travel to Israel after Netanyahu's visit to Turkey", {"IL"}),
    ("visit Kenya before the summit in Japan", {"KE"}),
    ("pay a visit to Nairobi, following the minister's trip to Tokyo", {"KE"}),
    ("visit Peru once the talks in Chile end", {"PE"}),
    ("go to Ghana ahead of the forum in Nigeria", {"GH"}),
])
def test_where_an_action_goes_is_not_the_event_it_is_timed_by(action: str, targets: set[str]) -> None:
    assert action_targets(action) == targets


@pytest.mark.parametrize(("action", "targets"), [
    ("visit China and Japan", {"CN", "JP"}),
    ("visit Kenya", {"KE"}),
])
def test_an_untimed_action_keeps_every_place(action: str, targets: set[str]) -> None:
    assert action_targets(action) == targets


# --- the broad document of a field is not kept by a narrower one ------------------------------------------

def promise_then_signing(tmp_path: Path, promised: str, signed: str) -> list[str]:
    """Return the status, at the end of 2031, of a promise to sign `promised` after `signed` was signed."""
    result = batch(tmp_path, f" date 2031-04-07 \nLIMA - Peru and Ghana expect to sign {promised} next "
                   "month, the foreign minister said on Monday.\n",
                   f" date 2031-05-21 \nPeru and Ghana signed {signed} in Accra on Tuesday.\n")
    return [commitment_status(r, result.register, date(2031, 12, 31)).status
            for r in result.register.records.values() if r.kind == "commitments" and not is_report(r)]


@pytest.mark.parametrize(("promised", "signed"), [
    ("an umbrella agreement on health cooperation", "a memorandum of understanding on health insurance"),
    ("a framework agreement on energy cooperation", "an agreement on energy efficiency"),
    ("an umbrella deal on fisheries", "a protocol on fisheries inspections"),
    ("an overarching agreement on education", "a memorandum on education scholarships"),
    ("a framework agreement on transport", "an agreement on transport of dangerous goods"),
])
def test_a_narrower_document_does_not_keep_the_promise_of_a_broad_one(tmp_path: Path, promised: str,
                                                                      signed: str) -> None:
    assert promise_then_signing(tmp_path, promised, signed) == ["overdue"]


@pytest.mark.parametrize(("promised", "signed"), [
    ("an umbrella agreement on health cooperation", "the Framework Agreement on Health Cooperation"),
    ("a comprehensive agreement on energy", "the Comprehensive Agreement on Energy Cooperation"),
])
def test_the_broad_document_under_its_name_keeps_the_promise(tmp_path: Path, promised: str,
                                                            signed: str) -> None:
    assert promise_then_signing(tmp_path, promised, signed) == ["fulfilled"]


# --- a promise to bring a document into force is kept when that document enters into force -------------

@pytest.mark.parametrize("means", [
    "after both parliaments ratify it and the two sides exchange diplomatic notes",
    "once an exchange of diplomatic notes confirms that each side has completed its procedures",
    "after its ratification by the Ghanaian parliament and an exchange of notes",
    "upon an exchange of letters between the two governments",
    "after the completion of internal procedures, through an exchange of notes",
])
def test_a_document_in_force_keeps_the_promise_to_bring_it_into_force(tmp_path: Path, means: str) -> None:
    signed = (" date 2031-03-03 \nACCRA - Peru and Ghana signed an agreement on fisheries cooperation in "
              f"Accra on Monday. The agreement will enter into force {means}.\n")
    in_force = (" date 2031-09-15 \nLIMA - The fisheries cooperation agreement between Peru and Ghana "
                "entered into force on Monday upon the exchange of notes, the foreign ministry said.\n")
    result = batch(tmp_path, signed, in_force)
    found = [commitment_status(r, result.register, date(2031, 12, 31)).status
             for r in result.register.records.values() if r.kind == "commitments" and not is_report(r)]
    assert "fulfilled" in found, found


def test_a_document_not_yet_in_force_leaves_the_promise_open(tmp_path: Path) -> None:
    signed = (" date 2031-03-03 \nACCRA - Peru and Ghana signed an agreement on fisheries cooperation in "
              "Accra on Monday. The agreement will enter into force after an exchange of notes.\n")
    ratified = (" date 2031-09-15 \nLIMA - Peru's congress ratified the fisheries cooperation agreement with "
                "Ghana on Monday.\n")
    result = batch(tmp_path, signed, ratified)
    found = [commitment_status(r, result.register, date(2031, 12, 31)).status
             for r in result.register.records.values() if r.kind == "commitments" and not is_report(r)]
    assert "fulfilled" not in found, found
