"""Follow-through on chains of short invented reports: kept, late, postponed, cancelled, linked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.core import Commitment
from accord.ingest import IngestOptions, iter_articles
from accord.pipeline import BatchResult, extract_batch
from accord.resolve.model import Record
from accord.settings import Settings
from accord.track import commitment_status, is_setback

PROMISE_VISIT = (" date 2031-03-03 OSLO: Norwegian Prime Minister Arvid Kessler said on Monday he "
                 "would visit Santiago in April 2031 at the invitation of Chilean President Ana Rojas.\n")
VISIT_POSTPONED = (" date 2031-04-02 SANTIAGO: The visit of Prime Minister Arvid Kessler to Santiago "
                   "has been postponed to June 2031, Chile's foreign ministry said on Wednesday.\n")
VISIT_CANCELLED = (" date 2031-04-02 SANTIAGO: Norwegian Prime Minister Arvid Kessler has called off "
                   "his visit to Santiago, Chile's foreign ministry said on Wednesday.\n")
VISIT_MADE = (" date 2031-06-12 SANTIAGO: Norwegian Prime Minister Arvid Kessler arrived in Santiago "
              "on Thursday for a state visit and held talks with Chilean President Ana Rojas.\n")
FTA_PROMISED = (" date 2031-02-14 COLOMBO: Sri Lanka and Thailand are expected to sign the Free Trade "
                "Agreement before the end of this quarter, the cabinet spokesman said on Tuesday.\n")
FTA_SIGNED = (" date 2032-01-10 COLOMBO: Sri Lanka and Thailand signed the Free Trade Agreement on "
              "Saturday in Colombo during a visit by the Thai prime minister.\n")


def batch(tmp_path: Path, *texts: str) -> BatchResult:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    articles = [a for a in iter_articles(paths, IngestOptions()) if not isinstance(a, Exception)]
    return extract_batch(articles, Settings.from_env())


def promise(result: BatchResult, word: str) -> Record:
    found = [r for r in result.register.records.values()
             if r.kind == "commitments" and not is_setback(r) and word in r.fields["action"]]
    assert len(found) == 1, [r.fields for r in result.register.records.values() if r.kind == "commitments"]
    return found[0]


def status_of(result: BatchResult, word: str, as_of: date) -> str:
    return commitment_status(promise(result, word), result.register, as_of).status


def test_a_visit_made_after_the_promised_month_is_fulfilled_late(tmp_path: Path) -> None:
    result = batch(tmp_path, PROMISE_VISIT, VISIT_MADE)
    assert status_of(result, "visit", date(2031, 9, 1)) == "fulfilled_late"


def test_a_postponed_visit_keeps_its_first_deadline_and_the_new_one(tmp_path: Path) -> None:
    result = batch(tmp_path, PROMISE_VISIT, VISIT_POSTPONED)
    status = commitment_status(promise(result, "visit"), result.register, date(2031, 5, 1))
    assert status.status == "postponed"
    assert status.deadline == "2031-06"
    assert [h.kind for h in status.history] == ["promised", "postponed"]
    assert status.history[0].deadline == "2031-04"
    assert any("postponed" in m.quote for m in status.evidence)
    # the new date passed and nothing reported: overdue against it, history kept
    assert commitment_status(promise(result, "visit"), result.register, date(2031, 8, 1)).status == "overdue"


def test_a_postponed_visit_made_later_is_fulfilled_late(tmp_path: Path) -> None:
    result = batch(tmp_path, PROMISE_VISIT, VISIT_POSTPONED, VISIT_MADE)
    assert status_of(result, "visit", date(2031, 9, 1)) == "fulfilled_late"


def test_a_called_off_visit_is_cancelled_not_overdue(tmp_path: Path) -> None:
    result = batch(tmp_path, PROMISE_VISIT, VISIT_CANCELLED)
    status = commitment_status(promise(result, "visit"), result.register, date(2031, 9, 1))
    assert status.status == "cancelled"
    assert any("called off" in m.quote for m in status.evidence)
    # without the report it is only overdue: no evidence is not evidence against
    (tmp_path / "alone").mkdir()
    alone = batch(tmp_path / "alone", PROMISE_VISIT)
    assert status_of(alone, "visit", date(2031, 9, 1)) == "overdue"


def test_an_fta_signed_long_after_its_quarter_is_fulfilled_late(tmp_path: Path) -> None:
    result = batch(tmp_path, FTA_PROMISED, FTA_SIGNED)
    record = promise(result, "sign")
    assert record.fields["deadline"] == "2031-03"
    assert commitment_status(record, result.register, date(2032, 3, 1)).status == "fulfilled_late"


@pytest.fixture(scope="module")
def setbacks_found() -> dict[str, Commitment]:
    from accord.core import Article
    from accord.extract.rules import commitments
    from accord.extract.rules.context import Context
    from accord.nlp import load_pipeline

    nlp = load_pipeline(Settings.from_env().model)
    sentences = {
        "will not attend": "Tomas Berg will not attend the summit in Lima next week, his office said.",
        "regretted": "The minister regretted not coming to the forum in Quito.",
        "scrapped": "Peru scrapped the railway project with Bolivia on Monday.",
        "rescheduled": "The third round of talks was rescheduled for 12 May 2031.",
        "suspended": "Talks on the trade deal were suspended after the border clash.",
    }
    out = {}
    for key, text in sentences.items():
        article = Article(name="s.txt", text="LIMA: news.\n" + text, content_hash=key,
                          published=date(2031, 4, 2))
        found = [c for c in commitments.find(Context(article, nlp(article.text))) if c.change]
        assert len(found) == 1, (key, found)
        out[key] = found[0]
    return out


@pytest.mark.parametrize(("key", "change", "deadline"), [
    ("will not attend", "cancelled", None),
    ("regretted", "cancelled", None),
    ("scrapped", "cancelled", None),
    ("rescheduled", "postponed", "2031-05-12"),
    ("suspended", "cancelled", None),
])
def test_evidence_against_is_read(setbacks_found: dict[str, Commitment], key: str, change: str,
                                  deadline: str | None) -> None:
    fact = setbacks_found[key]
    assert fact.change == change
    assert fact.deadline == deadline
