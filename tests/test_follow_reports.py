"""Follow-through constructions on invented chains: acts reported done, arrivals, dated beliefs, URL days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import accord
from accord.core import Article, Commitment
from accord.ingest import IngestOptions
from accord.ingest.dates import path_date
from accord.ingest.label import UrlLabel
from accord.ingest.sources import read_data
from accord.pipeline import BatchResult
from accord.resolve.model import Record
from accord.track import commitment_status, is_report
from tests.test_follow import batch


def promise_with(result: BatchResult, word: str) -> Record:
    found = [r for r in result.register.records.values()
             if r.kind == "commitments" and not is_report(r) and word in r.fields["action"]]
    assert len(found) == 1, [r.fields for r in result.register.records.values() if r.kind == "commitments"]
    return found[0]


def done_reports(text: str, published: str = "2031-08-07") -> list[Commitment]:
    return [c for c in accord.extract(text, published=published).commitments if c.change == "done"]


# --------------------------------------------------------------------------- acts reported done

DONE_POSITIVES = [
    ("Chile reopened its embassy in Oslo on Monday, seven years after the two states cut ties.",
     "reopen embassy", "2031-08-04"),
    ("Norway's embassy in Santiago was reopened on Tuesday, the foreign ministry of Norway said.",
     "reopen embassy", "2031-08-05"),
    ("Direct flights between Oslo and Santiago have resumed, the Chilean transport ministry said.",
     "resume", None),
    ("Ghana and Togo reopened the Aflao border crossing on 2 August after talks in Accra.",
     "reopen", "2031-08-02"),
    ("Kenya has opened a consulate in Kampala, Uganda's foreign minister said on Friday.",
     "open consulate", None),
    ("The two ministers launched the new ferry service between Mombasa and Dar es Salaam last week.",
     "launch", None),
]


@pytest.mark.parametrize(("text", "action", "day"), DONE_POSITIVES)
def test_an_act_reported_done_is_read_as_done(text: str, action: str, day: str | None) -> None:
    found = done_reports(text)
    assert len(found) == 1, found
    assert found[0].action.startswith(action)
    assert found[0].deadline == day
    assert text[found[0].evidence.start:found[0].evidence.end] == found[0].evidence.text


@pytest.mark.parametrize("text", [
    "Chile and Norway agreed to reopen their embassies within two months.",   # a promise, not a report
    "The embassy of Chile in Oslo will be reopened next month, Norway said.",  # planned
    "Chile has not reopened its embassy in Oslo, the opposition said.",        # negated
    "The Norwegian minister opened the second session of the joint commission in Santiago.",  # a meeting
    "Police opened fire on protesters near the embassy.",                      # no promisable object
])
def test_what_is_not_an_act_done_is_not_read_as_one(text: str) -> None:
    assert done_reports(text) == []


EMBASSIES_PROMISED = (" date 2031-03-10 BEIJING: Chile and Norway agreed to restore diplomatic relations and "
                      "reopen their embassies by the end of May, a joint statement said.\n")
EMBASSY_REOPENED = (" date 2031-08-07 OSLO: Chile reopened its embassy in Oslo on Sunday, seven years after "
                    "the two countries cut diplomatic ties.\n")
BORDER_REOPENED = (" date 2031-04-20 OSLO: Chile and Norway reopened the border crossing at Tromso on "
                   "Monday, officials said.\n")
FLIGHTS_PROMISED = (" date 2031-03-10 NAIROBI: Kenya and Uganda will resume direct flights between Nairobi "
                    "and Entebbe by June, the two transport ministers said on Monday.\n")
FLIGHTS_RESUMED = (" date 2031-05-20 NAIROBI: Kenya and Uganda resumed direct flights between Nairobi and "
                   "Entebbe on Tuesday after a gap of four years.\n")


def test_an_embassy_reported_reopened_late_fulfils_the_promise_late(tmp_path: Path) -> None:
    result = batch(tmp_path, EMBASSIES_PROMISED, EMBASSY_REOPENED)
    status = commitment_status(promise_with(result, "reopen"), result.register, date(2031, 12, 31))
    assert status.status == "fulfilled_late"
    assert any("reopened its embassy" in m.quote for m in status.evidence)


def test_flights_reported_resumed_in_time_fulfil_the_promise(tmp_path: Path) -> None:
    result = batch(tmp_path, FLIGHTS_PROMISED, FLIGHTS_RESUMED)
    assert commitment_status(promise_with(result, "resume"), result.register, date(2031, 12, 31)).status \
        == "fulfilled"


def test_another_act_or_object_reported_done_does_not_fulfil(tmp_path: Path) -> None:
    result = batch(tmp_path, EMBASSIES_PROMISED, BORDER_REOPENED)
    assert commitment_status(promise_with(result, "reopen"), result.register, date(2031, 12, 31)).status \
        == "overdue"
    (tmp_path / "b").mkdir()
    result = batch(tmp_path / "b", FLIGHTS_PROMISED, EMBASSY_REOPENED)
    assert commitment_status(promise_with(result, "resume"), result.register, date(2031, 12, 31)).status \
        == "overdue"


CONSULATE_PROMISED = (" date 2031-03-10 NAIROBI: Kenya and Uganda agreed to open a Kenyan consulate in "
                      "Kampala by June, the Kenyan foreign ministry said on Monday.\n")
CONSULATE_ELSEWHERE = (" date 2031-05-20 KAMPALA: Uganda opened a consulate in Mombasa on Tuesday, the "
                       "Ugandan foreign ministry said.\n")
CONSULATE_OPENED = (" date 2031-05-20 KAMPALA: Kenya opened a consulate in Kampala on Tuesday, the Kenyan "
                    "foreign ministry said.\n")


def test_an_act_done_in_another_place_does_not_fulfil(tmp_path: Path) -> None:
    result = batch(tmp_path, CONSULATE_PROMISED, CONSULATE_ELSEWHERE)
    assert commitment_status(promise_with(result, "consulate"), result.register, date(2031, 12, 31)).status \
        == "overdue"
    (tmp_path / "b").mkdir()
    result = batch(tmp_path / "b", CONSULATE_PROMISED, CONSULATE_OPENED)
    assert commitment_status(promise_with(result, "consulate"), result.register, date(2031, 12, 31)).status \
        == "fulfilled"


def test_an_act_reported_done_is_not_listed_as_a_promise(tmp_path: Path) -> None:
    result = batch(tmp_path, EMBASSY_REOPENED)
    records = [r for r in result.register.records.values() if r.kind == "commitments"]
    assert records and all(is_report(r) for r in records)


def promises(text: str, published: str = "2031-03-02") -> list[Commitment]:
    return [c for c in accord.extract(text, published=published).commitments if c.change is None]


def one_promise(text: str, word: str, published: str = "2031-03-02") -> Commitment:
    found = [c for c in promises(text, published) if word in c.action]
    assert len(found) == 1, promises(text, published)
    return found[0]


# --------------------------------------------------------------------------- coordinated acts

@pytest.mark.parametrize(("text", "first", "second", "deadline"), [
    ("Chile and Norway agreed to restore diplomatic relations and reopen their embassies by the end of May.",
     "restore diplomatic relations", "reopen their embassies", "2031-05"),
    ("Kenya and Uganda have agreed to reopen their embassies and resume flights between the two capitals.",
     "reopen their embassies", "resume flights", None),
    ("The two sides agreed to sign the trade agreement and open a consulate in Mombasa by June.",
     "sign the trade agreement", "open a consulate", "2031-06"),
    ("Ghana and Togo decided to upgrade their relations and reopen the border crossing at Aflao in April.",
     "upgrade their relations", "reopen the border crossing", "2031-04"),
    ("Peru and Ecuador pledged to build a new pier and launch a ferry service across the gulf.",
     "build a new pier", "launch a ferry service", None),
])
def test_an_act_on_a_thing_of_its_own_is_a_promise_of_its_own(text: str, first: str, second: str,
                                                              deadline: str | None) -> None:
    a, b = one_promise(text, first), one_promise(text, second)
    assert second not in a.action
    assert a.deadline == b.deadline == deadline


@pytest.mark.parametrize(("text", "action"), [
    ("Chile and Norway agreed to sign and implement the fisheries protocol by June.", "sign and implement"),
    ("The ministers agreed to meet again and review the roadmap in Oslo in May.", "meet again and review"),
])
def test_coordinated_acts_on_one_thing_stay_one_promise(text: str, action: str) -> None:
    found = promises(text)
    assert len(found) == 1, found
    assert found[0].action.startswith(action)
    assert found[0].deadline is not None


# --------------------------------------------------------------------------- after a byline

@pytest.mark.parametrize(("text", "action", "deadline"), [
    (" date 2031-05-03 \nMay 03, 2031\n\nBy Ines Varga\n\nChilean President Ana Rojas on May 9 will arrive "
     "in Oslo for a bilateral summit with Prime Minister Arvid Kessler.\n", "arrive in Oslo", "2031-05-09"),
    (" date 2031-05-03 \nBy staff reporter\n\nThe Kenyan foreign minister will travel to Kampala on "
     "May 12 for talks on the border.\n", "travel to Kampala", "2031-05-12"),
    (" date 2031-05-03 \nUpdated 3 May 2031\n\nPresident Rojas will host the Norwegian premier in "
     "Santiago on June 2.\n", "host", "2031-06-02"),
    (" date 2031-05-03 \nReuters\n\nGhana and Togo will sign a border agreement in Accra on May 20, "
     "officials said.\n", "sign a border agreement", "2031-05-20"),
    (" date 2031-05-03 \nMay 3, 2031 | 10:02\n\nBy Ana Pilar\n\nPeru's foreign minister will visit Quito "
     "on May 15 to prepare the summit.\n", "visit Quito", "2031-05-15"),
])
def test_a_promise_after_a_date_line_and_byline_is_read(text: str, action: str, deadline: str) -> None:
    found = one_promise(text, action.split()[0], published="2031-05-03")
    assert found.action.startswith(action)
    assert found.deadline == deadline
    assert "By " not in found.evidence.text


@pytest.mark.parametrize("text", [
    " date 2031-05-03 \nBy Ines Varga\n\nChilean President Ana Rojas arrived in Oslo on Sunday for talks.\n",
    " date 2031-05-03 \nReuters\n\nThe two ministers met in Kampala on Tuesday.\n",
])
def test_a_report_after_a_byline_is_no_promise(text: str) -> None:
    assert promises(text, published="2031-05-03") == []


# --------------------------------------------------------------------------- documents' dated steps

@pytest.mark.parametrize(("text", "action", "deadline_text"), [
    ("The deal envisages the removal of tariffs on Chilean wine in stages to zero in 2033.",
     "removal of tariffs", "in 2033"),
    ("The agreement provides for the elimination of customs duties on textiles by 2034.",
     "elimination of customs duties", "by 2034"),
    ("The treaty foresees the opening of a second border crossing by the end of 2032.",
     "opening of a second border crossing", "by the end of 2032"),
    ("The memorandum stipulates the exchange of ratification instruments within three months.",
     "exchange of ratification instruments", "within three months"),
    ("The action plan envisages the launch of direct flights between Lima and Quito in September.",
     "launch of direct flights", "in September"),
])
def test_a_document_s_dated_step_is_a_promise(text: str, action: str, deadline_text: str) -> None:
    found = one_promise(text, action.split()[0])
    assert found.action.startswith(action)
    assert found.deadline_text is not None and deadline_text.endswith(found.deadline_text.split()[-1])


@pytest.mark.parametrize("text", [
    "The deal envisages closer cooperation in energy and mining.",           # no date
    "The minister provided for the families of the victims in 2030.",        # no document
])
def test_an_undated_or_undocumented_provision_is_no_promise(text: str) -> None:
    assert promises(text) == []


# --------------------------------------------------------------------------- a party's dated belief

@pytest.mark.parametrize(("text", "deadline"), [
    ('"I think President Rojas\'s visit to Norway ... will be paid in October or November," Kessler said.',
     "2031-11"),
    ('"I think the visit of the Chilean president will be paid in May," the Norwegian premier said.',
     "2031-05"),
    ("Kessler said he believes the next round of talks will be held in Oslo in June.", "2031-06"),
    ('"We think the summit will take place in Santiago in April," the foreign minister said.', "2031-04"),
    ('"I believe the agreement will be signed in July," the Chilean trade minister told reporters.',
     "2031-07"),
])
def test_a_party_s_dated_belief_is_a_promise(text: str, deadline: str) -> None:
    found = promises(text)
    assert [c.deadline for c in found] == [deadline], found


@pytest.mark.parametrize("text", [
    '"I think the visit of the Chilean president will be very useful," the Norwegian premier said.',
    '"I hope the next meeting will take place in Santiago in April," Kessler said.',
])
def test_an_undated_belief_or_a_hope_is_no_promise(text: str) -> None:
    assert promises(text) == []


def test_a_visit_one_thinks_of_is_no_meeting_held() -> None:
    text = '"I think President Rojas\'s visit to Norway ... will be paid in October," Kessler said.'
    assert accord.extract(text, published="2031-03-02").meetings == []


# --------------------------------------------------------------------------- whose visit

MINISTER_WILL_VISIT = (" date 2031-09-03 OSLO: Norwegian Energy Minister Lars Berge held a phone call with "
                       "his Chilean counterpart Pablo Soto. \"I will visit Chile at Minister Soto's "
                       "invitation at the earliest possible time,\" Berge said.\n")
PRESIDENT_CANCELS = (" date 2031-10-26 OSLO: Norwegian Prime Minister Arvid Kessler said on Wednesday he was "
                     "cancelling plans to visit Chile because of the dispute over fishing rights.\n")


def visit_records(tmp_path: Path, first: str, second: str) -> list[Record]:
    result = batch(tmp_path, f" date 2031-02-10 {first}\n", f" date 2031-02-12 {second}\n")
    return [r for r in result.register.records.values() if r.kind == "commitments" and not is_report(r)]


@pytest.mark.parametrize(("first", "second"), [
    ("Norwegian Energy Minister Lars Berge will visit Chile in May.",
     "Norwegian Prime Minister Arvid Kessler will visit Chile in May."),
    ("Chilean Foreign Minister Pablo Soto will travel to Oslo next month.",
     "Chilean President Ana Rojas will travel to Oslo next month."),
    ("Kenyan Trade Minister Amina Otieno will visit Uganda in June.",
     "Kenyan President David Mwangi will visit Uganda in June."),
    ("Peruvian Defence Minister Luis Paredes plans to visit Ecuador in April.",
     "Peruvian President Rosa Quispe plans to visit Ecuador in April."),
    ("Ghanaian Finance Minister Kofi Mensah will visit Togo in March.",
     "Ghanaian President Ama Boateng will visit Togo in March."),
])
def test_two_people_s_visits_to_one_country_stay_two(tmp_path: Path, first: str, second: str) -> None:
    assert len(visit_records(tmp_path, first, second)) == 2


@pytest.mark.parametrize(("first", "second"), [
    ("Norwegian Prime Minister Arvid Kessler will visit Chile in May.",
     "Norwegian Prime Minister Kessler will visit Chile in May, his office said."),
    ("Chile's President Ana Rojas will visit Norway in June.",
     "Chile's president will visit Norway in June, officials said."),
])
def test_one_person_s_visit_told_twice_is_one(tmp_path: Path, first: str, second: str) -> None:
    assert len(visit_records(tmp_path, first, second)) == 1


def test_the_president_calling_off_his_visit_leaves_the_minister_s_open(tmp_path: Path) -> None:
    result = batch(tmp_path, MINISTER_WILL_VISIT, PRESIDENT_CANCELS)
    minister = promise_with(result, "visit Chile at")
    assert commitment_status(minister, result.register, date(2031, 12, 31)).status == "no_deadline"


# --------------------------------------------------------------------------- one document, two sentences

@pytest.mark.parametrize(("text", "first", "second"), [
    ("Chilean President Ana Rojas and Norwegian Prime Minister Arvid Kessler signed a \"strategic "
     "partnership treaty\" in Oslo on Wednesday.\nThe two signed a \"Comprehensive Strategic Partnership "
     "Treaty\", the news agency said.", "signed a \"strategic", "Comprehensive Strategic"),
    ("Ghana and Togo signed a border treaty on Friday. The Aflao Border Demarcation Treaty was signed by the "
     "two foreign ministers.", "signed a border treaty", "Aflao Border"),
    ("Peru and Ecuador signed a fisheries agreement in Lima. The two ministers signed the \"Peru-Ecuador "
     "Fisheries Cooperation Agreement\", a statement said.", "signed a fisheries agreement",
     "Fisheries Coop"),
    ("Chile and Norway signed an investment treaty on Tuesday. They signed the \"Chile-Norway Bilateral "
     "Investment Treaty\" in Oslo.", "signed an investment treaty", "Bilateral Investment"),
    ("Kenya and Uganda signed a trade treaty in Nairobi on Monday. The Kenya-Uganda Trade Treaty was "
     "signed by the two trade ministers.", "signed a trade treaty", "Kenya-Uganda Trade"),
])
def test_a_document_told_in_two_adjacent_sentences_keeps_both(text: str, first: str, second: str) -> None:
    found = accord.extract(text, published="2031-06-19").instruments
    assert len(found) == 1, found
    assert first in found[0].evidence.text and second in found[0].evidence.text


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a border treaty on Friday.\n\nThe Aflao Border Demarcation Treaty was signed by "
    "the two foreign ministers.",
    "Ghana and Togo signed a border treaty on Friday. Officials praised the talks. The Aflao Border "
    "Demarcation Treaty was signed by the two foreign ministers.",
])
def test_mentions_a_paragraph_or_a_sentence_apart_keep_one_sentence(text: str) -> None:
    found = accord.extract(text, published="2031-06-19").instruments
    assert len(found) == 1, found
    assert "\n" not in found[0].evidence.text and found[0].evidence.text.count(". ") == 0


# --------------------------------------------------------------------------- a day in the URL

@pytest.mark.parametrize(("source", "day"), [
    ("https://news.example.org/2031/05/17/chile-norway-talks.html", date(2031, 5, 17)),
    ("https://news.example.org/world/2031-05-17/chile-norway", date(2031, 5, 17)),
    ("https://example.org/politics/20310517_chile.html", date(2031, 5, 17)),
    ("/archive/2031/12/01/story.txt", date(2031, 12, 1)),
    ("https://example.org/a/2030/02/28/b", date(2030, 2, 28)),
])
def test_a_day_a_path_files_an_article_under_is_its_date(source: str, day: date) -> None:
    assert path_date(source) == day


@pytest.mark.parametrize("source", [
    "https://example.org/2031/02/chile-norway.html",   # a month only
    "https://example.org/id/2031051712345",            # a number, not a folder
    "https://example.org/2031/02/31/story",            # no such day
])
def test_a_path_without_a_whole_day_gives_no_date(source: str) -> None:
    assert path_date(source) is None


def test_an_undated_page_takes_its_url_s_day() -> None:
    text = b"Chile and Norway agreed to reopen their embassies by the end of the year, officials said."
    url = UrlLabel("https://news.example.org/2031/05/17/chile-norway.txt")
    article = read_data(url, text, IngestOptions())[0]
    assert isinstance(article, Article) and article.published == date(2031, 5, 17)
    dated = read_data(url, b" date 2031-05-18 \n" + text, IngestOptions())[0]
    assert isinstance(dated, Article) and dated.published == date(2031, 5, 18)  # the text's own date wins


# A visit put off to a new month, then made in it: the setback carries the new month, the
# postponed visit is no meeting held, and the visit made in the new month keeps the promise
VISIT_PLANNED = (" date 2031-03-20 LISBON: Prime Minister Rui Costa's visit to Rabat, planned for this "
                 "month, has been postponed to May because of early elections, the ministry said.\n")
VISIT_MADE = (" date 2031-05-14 RABAT: Portugal and Morocco signed a fisheries agreement in Rabat on "
              "Wednesday during a visit by Prime Minister Rui Costa, who held talks with the king.\n")


@pytest.mark.parametrize("put_off", [
    "has been postponed to May", "was postponed till May", "has been rescheduled to May",
    "was put off until May", "has been postponed until May",
])
def test_a_visit_put_off_to_a_new_month_carries_it(put_off: str) -> None:
    text = VISIT_PLANNED.replace("has been postponed to May", put_off)
    found = accord.extract(text)
    [setback] = [c for c in found.commitments if c.change == "postponed"]
    assert setback.deadline == "2031-05"
    assert [m for m in found.meetings if m.kind == "visit"] == []  # a visit put off was not made


@pytest.mark.parametrize(("as_of", "status"), [
    (date(2031, 4, 15), "postponed"),
    (date(2031, 6, 30), "fulfilled_late"),
])
def test_a_visit_made_in_the_month_it_was_put_off_to_keeps_the_promise(
        tmp_path: Path, as_of: date, status: str) -> None:
    result = batch(tmp_path, VISIT_PLANNED, VISIT_MADE)
    found = commitment_status(promise_with(result, "visit"), result.register, as_of)
    assert found.status == status
    assert any(step.kind == "postponed" for step in found.history)


def test_a_visit_put_off_and_never_made_is_overdue_after_the_new_month(tmp_path: Path) -> None:
    result = batch(tmp_path, VISIT_PLANNED)
    status = commitment_status(promise_with(result, "visit"), result.register, date(2031, 6, 30))
    assert status.status == "overdue"
