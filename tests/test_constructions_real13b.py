"""Constructions of real reports (round 13, issue 9), proved on our own wording (texts dated Tuesday 6 May
2025): a dateline whose agency follows the place after a full stop ("ASTANA. KAZINFORM – …") gives the
place alone; "Prime Minister X and Prime Minister Y …. Both leaders met …" names the two leaders, each a
leader by title; a weekday and the calendar day right after it ("on Monday, May 12") are one time, the
day's; a calendar day after the report is no day of the event it reports.
"""
from __future__ import annotations

from datetime import date

import pytest

import accord
from accord.datelines import dateline_agency, match_dateline
from accord.extract.rules import RulesExtractor
from accord.normalize.dates import find_time_expressions
from tests.extract_support import meetings

# ------------------------------------------------------------------ "PLACE. AGENCY –" datelines


@pytest.mark.parametrize(("line", "place", "agency"), [
    ("ASTANA. KAZINFORM – President Tokayev received the Kyrgyz foreign minister.", "ASTANA", "KAZINFORM"),
    ("TASHKENT. KAZINFORM On the sidelines of the forum the two ministers met.", "TASHKENT", "KAZINFORM"),
    ("BISHKEK. AKIPRESS - The Kyrgyz and Tajik presidents spoke by phone.", "BISHKEK", "AKIPRESS"),
    ("NUR-SULTAN. KAZINFORM — Kazakhstan and Oman signed a visa waiver.", "NUR-SULTAN", "KAZINFORM"),
    ("DUSHANBE, May 5. KHOVAR – The Tajik leader met the Chinese envoy.", "DUSHANBE", "KHOVAR"),
])
def test_place_then_agency_after_a_full_stop(line: str, place: str, agency: str) -> None:
    m = match_dateline(line)
    assert m is not None
    assert m.group("place") == place
    assert dateline_agency(m) == agency


@pytest.mark.parametrize("line", [
    "U.S. President Joe Biden met the Kenyan leader on Monday.",
    "THE PRESIDENT. SPEECH OF THE DAY",
])
def test_no_dotted_agency_dateline(line: str) -> None:
    m = match_dateline(line)
    assert m is None or "." not in m.group("place") or dateline_agency(m) is None


def test_dotted_agency_dateline_places_the_talks() -> None:
    text = ("ASTANA. KAZINFORM – Kazakh President Kassym-Jomart Tokayev held talks with Kyrgyz President "
            "Sadyr Japarov on Monday.")
    talks = [m for m in accord.extract(text, published="2025-05-06").meetings if m.kind == "talks"]
    assert talks and talks[0].place == "Astana"


# ------------------------------------------------------------------ "both leaders", each a leader by title


@pytest.mark.parametrize(("text", "two"), [
    ("Prime Minister Ana Lopes and Prime Minister Tomas Berg discussed fisheries on Monday. "
     "Both leaders met at the Government House in Suva.", {"Ana Lopes", "Tomas Berg"}),
    ("President Kofi Mensah and President Ibrahim Sow reviewed the border accord on Monday. "
     "The two leaders met at the State House in Accra.", {"Kofi Mensah", "Ibrahim Sow"}),
    ("King Harald Olsen and President Maria Silva opened the trade fair on Monday. "
     "The two leaders later met at the palace in Oslo.", {"Harald Olsen", "Maria Silva"}),
    ("Prime Minister Siosaia Tupou and Prime Minister Peter Wari praised the new shipping link on Monday. "
     "Both leaders then met at the convention centre in Port Moresby.", {"Siosaia Tupou", "Peter Wari"}),
    ("Emir Khalid Nasser and President Jonas Weber agreed on an air link on Monday. "
     "The two leaders met again at the Amiri Diwan in Doha.", {"Khalid Nasser", "Jonas Weber"}),
])
def test_both_leaders_are_the_two_titled_leaders_before(extractor: RulesExtractor, text: str,
                                                         two: set[str]) -> None:
    held = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert held and set(held[0].participants) == two


@pytest.mark.parametrize("text", [
    # a leader and his deputy are one side: not "the two leaders"
    "President Kofi Mensah and Vice President Ama Owusu toured the port on Monday. "
    "The two leaders met at the State House in Accra.",
    # a leader and his wife
    "President Kofi Mensah and First Lady Abena Mensah toured the port on Monday. "
    "The two leaders met at the State House in Accra.",
])
def test_leader_and_own_deputy_are_not_the_pair(extractor: RulesExtractor, text: str) -> None:
    for m in meetings(extractor, text):
        assert set(m.participants) != {"Kofi Mensah", "Ama Owusu"}
        assert set(m.participants) != {"Kofi Mensah", "Abena Mensah"}


# ------------------------------------------------------------------ a weekday and its calendar day


@pytest.mark.parametrize(("text", "value"), [
    ("on Monday, May 12", "2025-05-12"),
    ("on Monday May 12", "2025-05-12"),
    ("on Thursday (May 1st)", "2025-05-01"),
    ("Friday, 16 May", "2025-05-16"),
    ("on Wednesday, April 30", "2025-04-30"),
])
def test_weekday_with_its_calendar_day_is_one_time(text: str, value: str) -> None:
    found = find_time_expressions(text, date(2025, 5, 6), future=False)
    assert [e.value for e in found] == [value]


@pytest.mark.parametrize("text", [
    "on Monday and on May 12",
    "on Monday 12 delegations",
])
def test_weekday_apart_from_a_day_stays_a_weekday(text: str) -> None:
    found = find_time_expressions(text, date(2025, 5, 6), future=False)
    assert found[0].value == "2025-05-05"


@pytest.mark.parametrize("text", [
    "Both leaders met at the State House in Port Moresby ahead of the regional forum of May 12.",
    "The foreign ministers met in Suva ahead of the summit of 9 May.",
    "President Kofi Mensah met President Ibrahim Sow in Accra before the trade fair of May 15.",
    "The ministers held talks in Doha ahead of the ministerial meeting set for 11 May.",
    "Prime Minister Peter Wari met Prime Minister Siosaia Tupou in Nadi ahead of the retreat of May 12.",
])
def test_a_day_after_the_report_does_not_date_a_held_meeting(extractor: RulesExtractor, text: str) -> None:
    held = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert held and (held[0].date is None or held[0].date <= "2025-05-06")


def test_a_day_before_the_report_still_dates_the_meeting(extractor: RulesExtractor) -> None:
    text = "The foreign ministers met in Suva on 2 May."
    held = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert held and held[0].date == "2025-05-02"


# ------------------------------------------------------------ "the session of the A and B Joint Commission"


@pytest.mark.parametrize("text", [
    "The fifth session of the Ghana and Togo Permanent Joint Commission for Cooperation (PJCC) opened "
    "in Lome on Monday with both foreign ministers present.",
    "The second session of the Kenya and Ethiopia Joint Ministerial Commission (JMC) opened in Addis "
    "Ababa on Monday, officials said.",
    "The seventh session of the Zambia and Malawi Permanent Joint Commission for Cooperation (PJCC) "
    "yesterday opened in Lilongwe.",
    "The sixth session of the Nigeria and Benin Permanent Joint Commission (PJC) yesterday opened in "
    "Cotonou with both ministers present.",
    "The first session of the Oman and Kenya Joint Commission for Cooperation (JCC) opened in Muscat "
    "on Monday with a plenary of both delegations.",
])
def test_session_of_a_joint_commission_coordinated_with_its_states(extractor: RulesExtractor,
                                                                   text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)] == ["commission_session"]


@pytest.mark.parametrize("text", [
    "The fifth session of the Ghana and Togo parliaments opened in Lome on Monday with both speakers.",
    "The second session of the Kenyan cabinet and the Ethiopian senate opened on Monday, officials said.",
])
def test_session_of_one_sided_bodies_is_no_commission_session(extractor: RulesExtractor, text: str) -> None:
    assert all(m.kind != "commission_session" for m in meetings(extractor, text))


# ------------------------------------------------------------ "a visit during which he will meet Y"


@pytest.mark.parametrize("text", [
    "President Kofi Mensah arrived Tuesday in Lima for an official visit during which he will hold talks "
    "with his Peruvian counterpart.",
    "The Omani minister is in Dakar for a three-day visit during which he will meet the Senegalese "
    "president.",
    "Sultan Haitham arrived Monday in Tehran for a state visit during which he will hold talks with the "
    "Iranian president.",
    "Prime Minister Ana Lopes arrived Sunday in Suva for an official visit during which she will hold talks "
    "with her Fijian counterpart.",
    "The Kazakh president arrived Monday in Baku for a working visit during which he will hold talks with "
    "President Aliyev.",
    "President Boric is in Montevideo for a two-day visit during which he will meet President Orsi.",
])
def test_what_is_to_happen_during_a_visit_under_way_leaves_it_held(extractor: RulesExtractor,
                                                                    text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)] == ["visit"]


@pytest.mark.parametrize("text", [
    "President Ruto will travel to Accra next week for a state visit during which he will meet "
    "President Mahama.",
    "Prime Minister Modi is expected in Colombo for a visit during which he will meet "
    "President Dissanayake.",
    "The Kenyan minister announced a visit to Lima that will begin on Friday.",
])
def test_a_visit_still_ahead_stays_planned(extractor: RulesExtractor, text: str) -> None:
    assert all(m.kind != "visit" for m in meetings(extractor, text))
