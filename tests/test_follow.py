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
from accord.track import commitment_status, is_report

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
             if r.kind == "commitments" and not is_report(r) and word in r.fields["action"]]
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
        "will not open": "The consulate in Cusco will not open this year, the ministry said.",
        "won't reopen until": "Peru's embassy in La Paz won't reopen until March 2032, officials said.",
        "not be launched": "The ferry service to Arica will not be launched before September.",
        "its opening": "Chile promised a trade office in Tacna. Its opening was pushed back to June 2032.",
        "the inauguration": "A new border crossing at Desaguadero was due in May. The inauguration was "
                            "postponed to 1 August 2031.",
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
    ("will not open", "postponed", None),
    ("won't reopen until", "postponed", "2032-03"),
    ("not be launched", "postponed", None),
    ("its opening", "postponed", "2032-06"),
    ("the inauguration", "postponed", "2031-08-01"),
])
def test_evidence_against_is_read(setbacks_found: dict[str, Commitment], key: str, change: str,
                                  deadline: str | None) -> None:
    fact = setbacks_found[key]
    assert fact.change == change
    assert fact.deadline == deadline


@pytest.mark.parametrize(("wording", "said_on", "value", "grain"), [
    ("in the first week of December", date(2031, 11, 20), "2031-12-07", "week"),
    ("within the year", date(2031, 3, 5), "2031-12", "month"),
    ("later this month", date(2031, 3, 5), "2031-03", "month"),
    ("mid-February", date(2031, 1, 10), "2031-02", "month"),
    ("by the end of the first quarter", date(2031, 1, 10), "2031-03", "quarter"),
    ("before the end of this quarter", date(2031, 5, 14), "2031-06", "quarter"),
    ("by the end of the third quarter of 2032", date(2031, 5, 14), "2032-09", "quarter"),
    ("before March 2032", date(2031, 9, 1), "2032-02", "month"),
    ("in October or November", date(2031, 9, 27), "2031-11", "month"),
    ("next week", date(2031, 5, 5), "2031-05-18", "week"),  # said on a Monday: Sunday of the next
    ("within a period not exceeding two months", date(2031, 3, 10), "2031-05-10", "day"),
    ("by mid-2032", date(2031, 10, 1), "2032-06", "half"),
    ("in the second half of 2032", date(2031, 10, 1), "2032-12", "half"),
    ("set to be signed on Wednesday", date(2031, 3, 3), "2031-03-05", "day"),
    ("from August 30 to September 2", date(2031, 7, 1), "2031-09-02", "day"),
    ("in 2033", date(2031, 7, 1), "2033", "year"),
])
def test_deadline_wordings_resolve_to_the_end_of_their_window(wording: str, said_on: date, value: str,
                                                              grain: str) -> None:
    from accord.normalize.dates import find_time_expressions, granularity

    found = [e for e in find_time_expressions(wording, said_on, future=True) if e.value]
    assert [e.value for e in found] == [value]
    assert granularity(found[0]) == grain


@pytest.fixture(scope="module")
def promise_of() -> dict[str, list[Commitment]]:
    from accord.core import Article
    from accord.extract.rules import commitments
    from accord.extract.rules.context import Context
    from accord.nlp import load_pipeline

    nlp = load_pipeline(Settings.from_env().model)
    sentences = {
        "set to sign": "Peru is set to sign a fisheries agreement with Chile on Wednesday.",
        "expected to be signed during": ("The fisheries agreement is expected to be signed during the visit "
                                         "of the Peruvian president to Santiago next month."),
        "will travel to": "President Ana Rojas will travel to Lima on May 12 for talks with her counterpart.",
        "next session next year": "The two sides agreed to hold the next session of the joint commission in "
                                  "Lima next year.",
        "accepted invitation": "Chilean President Ana Rojas accepted an invitation from the Peruvian "
                               "president to visit Lima.",
        "aim is to": "Our shared aim is to conclude the fisheries agreement by the end of August.",
        "scheduled for": ("The next round of fisheries talks, scheduled for June 2031, will take place "
                          "in Lima."),
        "scheduled after a comma": ("Both sides welcomed the groundwork for the next round of fisheries "
                                    "talks, scheduled for June 2031."),
    }
    out = {}
    for key, text in sentences.items():
        article = Article(name="p.txt", text="LIMA: Peru and Chile held talks.\n" + text, content_hash=key,
                          published=date(2031, 4, 2))
        out[key] = [c for c in commitments.find(Context(article, nlp(article.text))) if not c.change]
    return out


@pytest.mark.parametrize(("key", "act", "deadline"), [
    ("set to sign", "sign", "2031-04-02"),
    ("expected to be signed during", "sign", "2031-05"),
    ("will travel to", "travel", "2031-05-12"),
    ("next session next year", "hold the next session", None),
    ("accepted invitation", "visit", None),
    ("aim is to", "conclude", "2031-08"),
    ("scheduled for", "round", "2031-06"),
    ("scheduled after a comma", "round", "2031-06"),
])
def test_promise_constructions_are_read(promise_of: dict[str, list[Commitment]], key: str, act: str,
                                        deadline: str | None) -> None:
    found = promise_of[key]
    assert len(found) == 1, found
    assert act in found[0].action
    assert found[0].deadline == deadline


SIGNED = (" date 2031-01-07 OSLO: Norway and Chile on Monday signed an agreement on fisheries cooperation "
          "during talks between Prime Minister Arvid Kessler and President Ana Rojas in Oslo.\n")
IN_FORCE = (" date 2031-06-03 SANTIAGO: The Norway-Chile agreement on fisheries cooperation entered into "
            "force on Monday, the Chilean foreign ministry said.\n")


def test_a_signed_agreement_reported_in_force_later_is_linked(tmp_path: Path) -> None:
    from accord.track import instrument_lifecycle

    result = batch(tmp_path, SIGNED, IN_FORCE)
    links = instrument_lifecycle(result.register)
    assert [ln.relation for ln in links] == ["entered into force"]
    source = result.register.records[links[0].source]
    assert any("signed" in m.quote for m in source.mentions)


def test_an_undated_report_of_another_meeting_of_the_pair_takes_no_date(tmp_path: Path) -> None:
    undated = ("Norway and Chile held talks on fisheries in Santiago, where the two ministers agreed to "
               "meet again in Oslo.\n")
    result = batch(tmp_path, SIGNED, undated)
    assert result.inferred == {}


@pytest.mark.parametrize("text", [
    "The minister will not open the session in Lima.",  # a meeting opened, not a facility
    "The border will not close, the ministry said.",
    "The embassy did not open on Sunday because of the holiday.",  # no promise of the future
])
def test_what_is_not_a_facility_put_off(text: str) -> None:
    from accord.core import Article
    from accord.extract.rules import commitments
    from accord.extract.rules.context import Context
    from accord.nlp import load_pipeline

    nlp = load_pipeline(Settings.from_env().model)
    article = Article(name="s.txt", text="LIMA: news.\n" + text, content_hash=text,
                      published=date(2031, 4, 2))
    found = commitments.find(Context(article, nlp(article.text)))
    assert [c for c in found if c.change in ("postponed", "cancelled")] == []


@pytest.mark.parametrize("setback", [
    " date 2031-05-20 LIMA: Chile's consulate in Cusco will not open this year, Chilean officials said.\n",
    " date 2031-05-20 LIMA: The opening of Chile's consulate in Cusco has been postponed to March 2032.\n",
    " date 2031-05-20 LIMA: Chile has put off the opening of its consulate in Cusco until March 2032.\n",
])
def test_a_facility_put_off_is_postponed_not_overdue(tmp_path: Path, setback: str) -> None:
    promised = (" date 2031-02-10 LIMA: Chile will open a consulate in Cusco by April 2031, Chilean Foreign "
                "Minister Ana Rojas said after talks with her Peruvian counterpart.\n")
    result = batch(tmp_path, promised, setback)
    assert status_of(result, "consulate", date(2031, 9, 1)) == "postponed"


def test_another_facility_put_off_leaves_the_promise_alone(tmp_path: Path) -> None:
    promised = (" date 2031-02-10 LIMA: Chile will open a consulate in Cusco by April 2031, Chilean Foreign "
                "Minister Ana Rojas said after talks with her Peruvian counterpart.\n")
    other = " date 2031-05-20 LIMA: The opening of the new port in Callao has been postponed to March 2032.\n"
    result = batch(tmp_path, promised, other)
    assert status_of(result, "consulate", date(2031, 9, 1)) == "overdue"


FLIGHTS_PROMISED = (" date 2031-01-12 TASHKENT: Uzbekistan and Vietnam agreed to launch direct flights "
                    "between Hanoi and Tashkent by June, Uzbek President Timur Aliev said after talks with "
                    "his Vietnamese counterpart.\n")


@pytest.mark.parametrize(("report", "status"), [
    (" date 2031-05-02 HANOI: The first direct flight between Hanoi and Tashkent landed on Thursday.\n",
     "fulfilled"),
    (" date 2031-05-02 HANOI: An inaugural direct flight from Tashkent arrived in Hanoi on Thursday.\n",
     "fulfilled"),
    (" date 2031-05-02 HANOI: Direct flights between Hanoi and Tashkent were launched on Thursday.\n",
     "fulfilled"),
    # a first meeting held is no link launched
    (" date 2031-05-02 HANOI: The first business forum of the two countries opened in Hanoi on Thursday.\n",
     "overdue"),
])
def test_a_first_run_made_launches_the_promised_link(tmp_path: Path, report: str, status: str) -> None:
    result = batch(tmp_path, FLIGHTS_PROMISED, report)
    assert status_of(result, "flights", date(2031, 7, 1)) == status


def test_a_trip_to_a_third_state_is_kept_by_a_visit_reported_under_that_pair(tmp_path: Path) -> None:
    promised = (" date 2031-04-03 BUENOS AIRES: Argentina and Japan agreed to expand trade, and Argentina "
                "will send a trade mission to Seoul by June, the Argentine foreign ministry said on "
                "Friday.\n")
    made = (" date 2031-05-20 SEOUL: An Argentine trade mission arrived in Seoul on Monday for a two-day "
            "visit and met South Korean Trade Minister Ahn Duk-geun.\n")
    result = batch(tmp_path, promised, made)
    assert promise(result, "mission").fields["pair"] == ["AR", "KR"]
    assert status_of(result, "mission", date(2031, 9, 1)) == "fulfilled"


CEPA_PROMISED = (" date 2031-03-05 MUSCAT: Chile and Oman have concluded negotiations on a Comprehensive "
                 "Economic Partnership Agreement, the commerce ministry said on Tuesday. The two sides aim "
                 "to sign the agreement before the end of June.\n")
CEPA_DELAYED = (" date 2031-07-10 SANTIAGO: The signing of the Chile-Oman trade agreement has been delayed "
                "because of the election, a commerce ministry official said on Wednesday.\n")


@pytest.mark.parametrize(("signed", "status"), [
    (" date 2032-01-15 MUSCAT: Chile and Oman signed the Comprehensive Economic Partnership Agreement in "
     "Muscat on Tuesday.\n", "fulfilled_late"),
    # another document of the pair signed late is not the one the promise's article told of
    (" date 2032-01-15 MUSCAT: Chile and Oman signed an agreement on air services in Muscat on "
     "Tuesday.\n",
     "postponed"),
])
def test_a_promise_to_sign_the_agreement_is_kept_by_the_one_its_article_named(
        tmp_path: Path, signed: str, status: str) -> None:
    result = batch(tmp_path, CEPA_PROMISED, CEPA_DELAYED, signed)
    assert status_of(result, "sign the agreement", date(2032, 3, 1)) == status


INVITED = (" date 2031-03-03 OSLO: President Kofi Mensah of Ghana invited Norwegian Prime Minister Arvid "
           "Kessler to visit Ghana, and Kessler accepted. The two leaders also instructed their ministers to "
           "conclude negotiations on an investment treaty before the end of next year.\n")


@pytest.mark.parametrize("report", [
    # the inviting president's own trip, recalled at home
    (" date 2031-06-18 ACCRA: President Kofi Mensah returned to Accra on Tuesday from a two-day visit "
     "to Togo.\n"),
    (" date 2031-06-18 ACCRA: The fisheries memorandum signed during President Kofi Mensah's visit has yet "
     "to be implemented, officials said on Tuesday.\n"),
])
def test_a_visit_of_someone_else_does_not_keep_a_promise_to_visit(tmp_path: Path, report: str) -> None:
    result = batch(tmp_path, INVITED, report)
    assert status_of(result, "visit Ghana", date(2031, 9, 1)) == "no_deadline"


@pytest.mark.parametrize("report", [
    " date 2031-06-18 ACCRA: Ghanaian and Norwegian officials met in Accra on Tuesday to review trade.\n",
    (" date 2031-06-18 ACCRA: Norwegian Prime Minister Arvid Kessler arrived in Accra on Tuesday for a "
     "state visit and held talks with President Kofi Mensah.\n"),
])
def test_a_promise_to_conclude_negotiations_is_not_kept_by_a_meeting(tmp_path: Path, report: str) -> None:
    result = batch(tmp_path, INVITED, report)
    assert status_of(result, "conclude negotiations", date(2031, 9, 1)) == "open"


def test_the_invited_visit_is_kept_by_the_guest_s_own_visit(tmp_path: Path) -> None:
    made = (" date 2031-06-18 ACCRA: Norwegian Prime Minister Arvid Kessler arrived in Accra on Tuesday for "
            "a state visit and held talks with President Kofi Mensah.\n")
    result = batch(tmp_path, INVITED, made)
    assert status_of(result, "visit Ghana", date(2031, 9, 1)) == "fulfilled"


@pytest.mark.parametrize("text", [
    "Prime Minister Ito will hold talks with President Park and respond to North Korea's missile tests.",
    "Japan will work with South Korea to respond to North Korea's nuclear programme.",
    "Prime Minister Ito will travel to Seoul to discuss the response to North Korea's tests.",
])
def test_a_state_named_but_not_travelled_to_does_not_move_the_promise(tmp_path: Path, text: str) -> None:
    promised = f" date 2031-04-03 TOKYO: Japan and South Korea agreed to deepen ties. {text}\n"
    result = batch(tmp_path, promised)
    pairs = [r.fields["pair"] for r in result.register.records.values()
             if r.kind == "commitments" and not is_report(r)]
    assert pairs and all(p == ["JP", "KR"] for p in pairs), pairs


def test_a_trip_said_with_a_mission_or_travel_goes_to_the_third_state(tmp_path: Path) -> None:
    promised = (" date 2031-04-03 BUENOS AIRES: Argentina and Japan agreed to expand trade. Argentina will "
                "send a delegation to Seoul in June, and its farm minister will travel to Lima in July.\n")
    result = batch(tmp_path, promised)
    pairs = sorted(r.fields["pair"] for r in result.register.records.values()
                   if r.kind == "commitments" and not is_report(r))
    assert ["AR", "KR"] in pairs and ["AR", "PE"] in pairs, pairs


@pytest.mark.parametrize("report", [
    "The planned visit of Norwegian Prime Minister Arvid Kessler to Ghana, initially expected in the first "
    "half of this year, has been postponed to early 2032, the ministry said on Wednesday.",
    "The long-awaited official visit of the Norwegian prime minister Arvid Kessler to Ghana has been put off "
    "until next year, officials said on Wednesday.",
    "A state visit by Norway's head of government, Prime Minister Arvid Kessler, to Ghana was postponed on "
    "Wednesday.",
    "Officials said on Wednesday that the much anticipated first official visit of Prime Minister Arvid "
    "Kessler to Ghana had been delayed to 2032.",
    "The visit of the Norwegian Prime Minister, Mr Arvid Kessler, to Ghana has been pushed back to 2032, the "
    "ministry said on Wednesday.",
])
def test_a_long_named_visit_put_off_keeps_where_it_goes(tmp_path: Path, report: str) -> None:
    result = batch(tmp_path, INVITED, f" date 2031-06-18 ACCRA: {report}\n")
    # the report may restate the promise too ("initially expected in May"): one record, put off
    [visit] = [r for r in result.register.records.values() if r.kind == "commitments" and not is_report(r)
               and "visit Ghana" in r.fields["actions"]]
    assert commitment_status(visit, result.register, date(2031, 9, 1)).status == "postponed"


def test_another_long_named_visit_put_off_leaves_the_promise_alone(tmp_path: Path) -> None:
    report = (" date 2031-06-18 ACCRA: The planned visit of Norwegian Prime Minister Arvid Kessler to Togo, "
              "initially expected in May, has been postponed to 2032, the ministry said on Wednesday.\n")
    result = batch(tmp_path, INVITED, report)
    assert status_of(result, "visit Ghana", date(2031, 9, 1)) == "no_deadline"


COMMITTEE = (" date 2031-03-03 LIMA: Peru and Kenya agreed on Monday to convene the first meeting of a joint "
             "trade committee in Nairobi within six months, Foreign Minister Elena Quispe said.\n")


@pytest.mark.parametrize("report", [
    "A Peruvian trade delegation arrived in Nairobi on Monday for a three-day visit.",
    "Peruvian and Kenyan officials held talks in Nairobi on Monday on flights.",
    "Foreign Minister Elena Quispe visited Nairobi on Monday and met business leaders.",
])
def test_a_promised_sitting_of_a_body_is_not_kept_by_another_meeting(tmp_path: Path, report: str) -> None:
    result = batch(tmp_path, COMMITTEE, f" date 2031-08-20 NAIROBI: {report}\n")
    assert status_of(result, "committee", date(2031, 10, 1)) == "overdue"


@pytest.mark.parametrize("report", [
    "The first meeting of the Kenya-Peru joint trade committee opened in Nairobi on Monday.",
    "The joint trade committee of Kenya and Peru held its first session in Nairobi on Monday.",
])
def test_the_sitting_itself_keeps_it(tmp_path: Path, report: str) -> None:
    result = batch(tmp_path, COMMITTEE, f" date 2031-08-20 NAIROBI: {report}\n")
    assert status_of(result, "committee", date(2031, 10, 1)) == "fulfilled"


@pytest.mark.parametrize("report", [
    "The first session of the Kenya-Peru joint trade committee, which had been expected by September, has "
    "been postponed to January 2032, the foreign ministry said.",
    "The first session of the Kenya-Peru joint trade committee, which was scheduled for September, has "
    "been put off until January 2032, officials said.",
    # a place between the expectation and its time
    "The first session of the Kenya-Peru joint trade committee, which had been expected in Nairobi in "
    "September, has been pushed back to January 2032 because of the elections, officials said.",
    "The first session of the Kenya-Peru joint trade committee, which was scheduled to be held in Nairobi "
    "in September, has been postponed to January 2032.",
])
def test_a_sitting_put_off_before_the_time_it_was_expected_by_is_postponed(tmp_path: Path,
                                                                           report: str) -> None:
    result = batch(tmp_path, COMMITTEE, f" date 2031-08-20 NAIROBI: {report}\n")
    assert status_of(result, "committee", date(2031, 10, 1)) == "postponed"


VISIT_PUT_OFF_UNDATED = (" date 2031-04-02 SANTIAGO: Norwegian Prime Minister Arvid Kessler's visit to "
                         "Santiago, planned for later this month, has been put off, the foreign ministry "
                         "said. No new date was given.\n")


@pytest.mark.parametrize(("made", "status"), [
    # put off with no new date: the visit, when it comes months later, is the one promised
    (" date 2031-10-20 SANTIAGO: Norwegian Prime Minister Arvid Kessler arrived in Santiago on Monday "
     "for a state visit originally planned for April.\n", "fulfilled_late"),
    # someone else's trip is not it: the promise stays put off
    (" date 2031-10-20 SANTIAGO: Norwegian Foreign Minister Lene Dahl arrived in Santiago on Monday for "
     "talks on fisheries.\n", "postponed"),
])
def test_a_visit_put_off_without_a_new_date_is_kept_when_it_comes(tmp_path: Path, made: str,
                                                                   status: str) -> None:
    result = batch(tmp_path, PROMISE_VISIT, VISIT_PUT_OFF_UNDATED, made)
    assert status_of(result, "visit", date(2031, 12, 1)) == status


def test_a_visit_put_off_without_a_new_date_waits_a_year_at_most(tmp_path: Path) -> None:
    made_much_later = (" date 2033-02-20 SANTIAGO: Norwegian Prime Minister Arvid Kessler arrived in "
                       "Santiago on Monday for a state visit.\n")
    result = batch(tmp_path, PROMISE_VISIT, VISIT_PUT_OFF_UNDATED, made_much_later)
    assert status_of(result, "visit", date(2033, 3, 1)) == "postponed"


SIGN_DURING_VISIT = (" date 2031-02-10 CAIRO: Egypt and Peru will sign a fisheries agreement during "
                     "President Luis Vargas's state visit to Cairo in April, Egyptian officials said.\n")


@pytest.mark.parametrize(("report", "status"), [
    # the visit alone is only the occasion: nothing signed, the promise is not kept
    (" date 2031-04-22 CAIRO: Peruvian President Luis Vargas arrived in Cairo on Tuesday for a state "
     "visit and held talks with the Egyptian president.\n", "overdue"),
    (" date 2031-04-22 CAIRO: Egypt and Peru signed a fisheries agreement in Cairo on Tuesday during "
     "President Luis Vargas's state visit.\n", "fulfilled"),
])
def test_a_promise_to_sign_during_a_visit_is_kept_by_the_signing_only(tmp_path: Path, report: str,
                                                                      status: str) -> None:
    result = batch(tmp_path, SIGN_DURING_VISIT, report)
    assert status_of(result, "sign", date(2031, 8, 1)) == status


CEPA_RATIFY_PLEDGE = (" date 2031-01-15 LIMA: Peru and Ghana signed an economic partnership agreement on "
                      "Friday and pledged to complete their ratification procedures within the year so that "
                      "the agreement can enter into force by January 2032.\n")
CEPA_RATIFIED = (" date 2031-06-23 ACCRA: Ghana's parliament on Tuesday ratified the economic partnership "
                 "agreement with Peru.\n")
CEPA_IN_FORCE = (" date 2032-01-03 LIMA: The economic partnership agreement between Peru and Ghana entered "
                 "into force on January 1, the trade ministry said.\n")


def test_ratification_keeps_a_promise_to_ratify_and_only_entry_into_force_the_promise_of_force(
        tmp_path: Path) -> None:
    ratified = batch(tmp_path, CEPA_RATIFY_PLEDGE, CEPA_RATIFIED)
    assert status_of(ratified, "ratification", date(2031, 12, 1)) == "fulfilled"
    assert status_of(ratified, "force", date(2031, 12, 1)) == "open"  # ratified is not yet in force
    (tmp_path / "b").mkdir()
    in_force = batch(tmp_path / "b", CEPA_RATIFY_PLEDGE, CEPA_RATIFIED, CEPA_IN_FORCE)
    assert status_of(in_force, "force", date(2032, 3, 1)) == "fulfilled"


COMMISSION_PROMISED = (" date 2031-02-10 Ghana, Peru set date for commission\n\nACCRA: The foreign "
                       "ministers of Ghana and Peru agreed to hold the fourth session of the Ghana-Peru "
                       "Joint Commission in Lima in the third quarter. Their new working group on fisheries "
                       "will meet for the first time in April.\n")


@pytest.mark.parametrize(("report", "status"), [
    (" date 2031-10-05 LIMA: The fourth session of the Ghana-Peru Joint Commission, which had been due in "
     "the third quarter, will now take place in December, the ministry said.\n", "postponed"),
    (" date 2031-10-05 LIMA: The fourth session of the Ghana-Peru Joint Commission will instead be held in "
     "December, the ministry said.\n", "postponed"),
])
def test_a_session_that_will_now_take_place_later_is_postponed(tmp_path: Path, report: str,
                                                               status: str) -> None:
    result = batch(tmp_path, COMMISSION_PROMISED, report)
    assert status_of(result, "fourth session", date(2031, 11, 1)) == status
    # the pair named in the commission's name is not where another meeting was going
    assert status_of(result, "first time", date(2031, 11, 1)) == "overdue"


def test_a_joint_activity_called_off_cancels_its_promise(tmp_path: Path) -> None:
    promised = (" date 2031-02-10 LIMA: Peru and Ghana agreed to hold a first joint naval exercise next "
                "year.\n")
    called_off = (" date 2031-10-05 LIMA: A planned joint naval exercise between Peru and Ghana has been "
                  "cancelled, the Peruvian navy said, citing budget cuts.\n")
    result = batch(tmp_path, promised, called_off)
    assert status_of(result, "exercise", date(2031, 11, 1)) == "cancelled"
    (tmp_path / "b").mkdir()
    other = (" date 2031-10-05 LIMA: A planned trade exhibition of Peru and Ghana has been cancelled.\n")
    assert status_of(batch(tmp_path / "b", promised, other), "exercise", date(2031, 11, 1)) == "no_deadline"


@pytest.mark.parametrize(("report", "status"), [
    # the leader himself at talks in the city he was to visit keeps it
    (" date 2031-04-20 SANTIAGO: Norwegian Prime Minister Arvid Kessler held talks with President Ana Rojas "
     "in Santiago on Monday.\n", "fulfilled"),
    # a sitting or talks in that city he is not named at do not
    (" date 2031-04-20 SANTIAGO: The Chile-Norway Joint Commission held its third session in Santiago on "
     "Monday, co-chaired by the two foreign ministers.\n", "overdue"),
    (" date 2031-04-20 SANTIAGO: The trade ministers of Chile and Norway, Pablo Soto and Ingrid Berg, held "
     "talks in Santiago on Monday.\n", "overdue"),
])
def test_a_persons_visit_is_kept_only_by_a_meeting_he_is_at(tmp_path: Path, report: str, status: str) -> None:
    result = batch(tmp_path, PROMISE_VISIT, report)
    assert status_of(result, "visit", date(2031, 7, 1)) == status


CONCLUDE_TALKS = (" date 2031-03-03 LIMA: Peru and Kenya agreed on Monday to conclude negotiations on a "
                  "free trade agreement by the end of September 2031.\n")
SIGN_DEAL = (" date 2031-03-03 LIMA: Peru and Kenya agreed on Monday to sign a free trade agreement by the "
             "end of September 2031.\n")


@pytest.mark.parametrize("report", [
    "Negotiators from Peru and Kenya concluded talks on the free trade agreement in Lima last week, "
    "officials said.",
    "Peru and Kenya have concluded negotiations on their free trade agreement, the trade ministry said "
    "on Tuesday.",
    "Negotiations on the Peru-Kenya free trade agreement were concluded in Nairobi on Friday.",
])
def test_a_promise_to_conclude_talks_is_kept_when_they_conclude(tmp_path: Path, report: str) -> None:
    concluded = f" date 2031-07-10 NAIROBI: {report}\n"
    result = batch(tmp_path, CONCLUDE_TALKS, concluded)
    assert status_of(result, "negotiations", date(2031, 8, 1)) == "fulfilled"
    # a promise to sign it is not kept by the end of the talks
    (tmp_path / "b").mkdir()
    assert status_of(batch(tmp_path / "b", SIGN_DEAL, concluded), "sign", date(2031, 8, 1)) == "open"


NOT_HELD = (" date 2031-11-20 LIMA: The first meeting of the Peru-Kenya joint trade committee, planned in "
            "Nairobi last week, did not take place, and no new date has been set, an official said.\n")


def test_a_sitting_not_held_is_put_off_and_kept_when_it_comes(tmp_path: Path) -> None:
    # "before the end of the year", said in June: a sitting planned for November is its own, put off
    promise = (" date 2031-06-03 LIMA: Peru and Kenya agreed on Monday to convene the first meeting of a "
               "joint trade committee in Nairobi before the end of the year.\n")
    assert status_of(batch(tmp_path, promise, NOT_HELD), "committee", date(2032, 1, 15)) == "postponed"
    held = (" date 2032-03-10 NAIROBI: The first meeting of the Peru-Kenya joint trade committee opened in "
            "Nairobi on Monday.\n")
    (tmp_path / "b").mkdir()
    assert status_of(batch(tmp_path / "b", promise, NOT_HELD, held), "committee",
                     date(2032, 4, 1)) == "fulfilled_late"


def test_a_sitting_of_another_month_not_held_is_not_the_promised_one(tmp_path: Path) -> None:
    # "in December" is kept in December only: a sitting planned for November is another
    promise = (" date 2031-06-03 LIMA: Peru and Kenya agreed on Monday to convene the first meeting of a "
               "joint trade committee in Nairobi in December.\n")
    assert status_of(batch(tmp_path, promise, NOT_HELD), "committee", date(2032, 1, 15)) == "overdue"


def test_states_naming_a_dialogue_are_not_where_it_sits(tmp_path: Path) -> None:
    promise = (" date 2031-10-05 LIMA: Peru and Kenya agreed on Tuesday to hold the next round of their "
               "strategic dialogue in Nairobi in February 2032.\n")
    put_off = (" date 2032-01-28 NAIROBI: The Kenya-Peru Strategic Dialogue, slated for February in Nairobi, "
               "has been postponed indefinitely, the foreign ministry said.\n")
    # put off with no time to come: called off (chain11)
    assert status_of(batch(tmp_path, promise, put_off), "dialogue", date(2032, 3, 1)) == "cancelled"
    # a sitting elsewhere is another's
    elsewhere = (" date 2032-01-28 NAIROBI: The Kenya-Peru Strategic Dialogue in Lima has been postponed "
                 "indefinitely, the foreign ministry said.\n")
    (tmp_path / "b").mkdir()
    assert status_of(batch(tmp_path / "b", promise, elsewhere), "dialogue", date(2032, 3, 1)) == "overdue"


@pytest.mark.parametrize("promise", [
    "The two leaders said the pact would be ratified by both parliaments before the end of the year.",
    "Both sides pledged to ratify the accord before the end of the year.",
])
def test_a_promise_to_ratify_the_pact_is_kept_by_its_ratification(tmp_path: Path, promise: str) -> None:
    signed = (f" date 2031-05-18 LIMA: Peru and Kenya signed a digital economy partnership agreement in Lima "
              f"on Tuesday. {promise}\n")
    ratified = (" date 2031-09-20 NAIROBI: Kenya's parliament ratified the digital economy partnership "
                "agreement with Peru on Thursday.\n")
    result = batch(tmp_path, signed, ratified)
    assert status_of(result, "ratif", date(2032, 2, 1)) == "fulfilled"


ESTABLISH = (" date 2031-02-12 BOGOTA: Colombia and Ghana agreed on Friday to establish a joint working "
             "group on mining within three months.\n")


@pytest.mark.parametrize(("report", "status"), [
    ("The Colombia-Ghana joint working group on mining met for the first time by videoconference on May 4, "
     "officials said.", "fulfilled"),
    ("The new joint working group on mining of Colombia and Ghana held its first meeting in Accra on May 4.",
     "fulfilled"),
    # talks that are no sitting of a body keep nothing
    ("The foreign ministers of Colombia and Ghana held talks in Accra on May 4.", "overdue"),
])
def test_a_body_promised_is_set_up_when_it_first_sits(tmp_path: Path, report: str, status: str) -> None:
    result = batch(tmp_path, ESTABLISH, f" date 2031-06-30 ACCRA: {report}\n")
    assert status_of(result, "working group", date(2031, 7, 1)) == status


COUNCIL = (" date 2031-10-28 RIYADH: Saudi Arabia and Pakistan agreed on Tuesday that the Saudi-Pakistani "
           "Supreme Coordination Council would hold its first meeting in Riyadh during the first quarter of "
           "2032.\n")


@pytest.mark.parametrize(("report", "status"), [
    ("The inaugural meeting of the Saudi-Pakistan Supreme Coordination Council, which was expected by the "
     "end of March, is now likely to take place in April, the spokesperson said.", "postponed"),
    # another body's sitting put off is not this one's
    ("The inaugural meeting of the Saudi-Pakistan Joint Business Council, which was expected by the end of "
     "March, is now likely to take place in April, the spokesperson said.", "overdue"),
])
def test_a_sitting_named_only_in_its_promises_sentence_is_set_back_by_name(tmp_path: Path, report: str,
                                                                            status: str) -> None:
    result = batch(tmp_path, COUNCIL, f" date 2032-03-07 ISLAMABAD: {report}\n")
    assert status_of(result, "first meeting", date(2032, 4, 10)) == status
