"""Instrument lifecycles across reports (issue 8): the constructions that tie a later stage to an
earlier report, proved on our own wording (positives that vary the words, negatives that share
them but not the construction), then on chains of articles we wrote.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from accord.ingest import IngestOptions, iter_articles
from accord.pipeline import BatchResult, extract_batch
from accord.resolve.text import short_names
from accord.settings import Settings
from accord.track import instrument_lifecycle
from tests.extract_support import facts as extract_facts


def facts(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return extract_facts(extractor, text, published=date(2031, 5, 6))


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(("subject", "after", "name"), [
    ("Comprehensive Economic Partnership Agreement", "", "CEPA"),
    ("free trade deal", "", "FTA"),
    ("Chile-Norway Free Trade Agreement (FTA)", "", "FTA"),
    ("Bilateral Investment Treaty", "", "BIT"),
    ("Norway-Chile Comprehensive Economic Partnership Agreement", " hereinafter called the Oslo FTA", "FTA"),
    ("Economic Partnership Agreement", "", "FTA"),  # a pair's EPA is its free trade agreement
    ("Framework Agreement (NCFA)", "", "NCFA"),
])
def test_a_document_goes_by_its_acronym(subject: str, after: str, name: str) -> None:
    assert name in short_names(subject, after)


@pytest.mark.parametrize(("subject", "after"), [
    ("Memorandum of Understanding (MoU)", ""),  # a kind of document, not one document
    ("agreement on fisheries", ""),
    ("Norway-Chile deal", ""),  # the parties are not a name
    ("trade agreement", ", which the ministers called historic"),
])
def test_words_that_are_no_name_give_no_acronym(subject: str, after: str) -> None:
    assert short_names(subject, after) == frozenset()


# --------------------------------------------------------------------------- stages


@pytest.mark.parametrize("text", [
    "The Chile-Norway Free Trade Agreement was agreed in principle by the two trade ministers on Friday.",
    "Norway and Chile agreed in principle the Comprehensive Economic Partnership Agreement on Monday.",
    "The Investment Protection Treaty between Chile and Norway was agreed in principle in Oslo.",
    "Officials said the Digital Trade Agreement had been agreed in principle during a video call.",
    "The Fisheries Access Agreement was finally agreed in principle after three years of talks.",
])
def test_agreed_in_principle_is_finalized_not_signed(extractor: RulesExtractor, text: str) -> None:
    assert [i.status for i in facts(extractor, text).instruments] == ["finalized"]


@pytest.mark.parametrize("text", [
    "Norway and Chile signed the Free Trade Agreement on Friday, after it was agreed in principle in May.",
    "The ministers agreed on the Fisheries Access Agreement, which they signed in Oslo.",
])
def test_a_document_agreed_in_principle_and_signed_is_signed(extractor: RulesExtractor, text: str) -> None:
    assert [i.status for i in facts(extractor, text).instruments] == ["signed"]


@pytest.mark.parametrize(("text", "subject"), [
    ("Chile and Norway held talks in Oslo on the proposed Fisheries Access Agreement. They decided to "
     "prepare the agreement for signing by the end of March.", "Fisheries Access Agreement"),
    ("Norway and Chile negotiated the Digital Trade Agreement in Santiago. Negotiators were told to "
     "finalise the agreement for signature within six months.", "Digital Trade Agreement"),
    ("Chile and Norway discussed the Investment Protection Treaty on Monday. Officials will prepare the "
     "treaty for signing in the first half of 2032.", "Investment Protection Treaty"),
    ("Chile and Norway reviewed the draft Maritime Transport Agreement. They agreed to conclude the "
     "agreement for signing by mid-2032.", "Maritime Transport Agreement"),
    ("Chile and Norway held a fourth round of talks on the Fisheries Access Agreement. They decided to "
     "complete the talks and prepare the agreement for signing by the end of the first quarter of 2032.",
     "Fisheries Access Agreement"),
])
def test_the_agreement_named_before_is_the_one_to_be_signed(extractor: RulesExtractor, text: str,
                                                            subject: str) -> None:
    # one document, talked about and then to be signed: one instrument at its later stage, by its name
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == ["planned"]
    assert all(subject in i.subject for i in found), [i.subject for i in found]


@pytest.mark.parametrize(("text", "words"), [
    # the phrase names its own subject
    ("Chile and Norway held talks in Oslo on the proposed Fisheries Access Agreement. Ministers will sign "
     "the agreement for fisheries access in June.", "fisheries access"),
    # more than a time: "during the next visit" is kept as said
    ("Norway and Chile held talks on the Health Cooperation Agreement. They plan to prepare the agreement "
     "for signing during the next visit.", "during the next visit"),
    # nothing named before it to point back to
    ("They decided to prepare the agreement for signing by the end of the first quarter of 2032.",
     "first quarter"),
])
def test_the_agreement_that_says_more_or_has_nothing_before_keeps_its_words(
        extractor: RulesExtractor, text: str, words: str) -> None:
    assert any(words in i.subject.lower() for i in facts(extractor, text).instruments)


@pytest.mark.parametrize("text", [
    "The Chile-Norway Investment Treaty was signed in May. President Rojas signed the ratification "
    "document on November 9.",
    "The Chile-Norway Investment Treaty was signed in May. The two sides exchanged the instruments of "
    "ratification in Oslo on Monday.",
    "Chile and Norway signed the Investment Protection Treaty in May. The two sides exchanged the "
    "instruments of ratification in Oslo on Monday.",
    "The Chile-Norway Investment Treaty was signed in May. Chile deposited its instrument of ratification "
    "on Tuesday.",
    "The Chile-Norway Investment Treaty was signed in May. The Chilean senate ratified it last week.",
])
def test_a_ratification_without_a_name_is_of_the_document_named_before(extractor: RulesExtractor,
                                                                      text: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == ["signed", "ratified"], [(i.subject, i.status) for i in found]
    assert found[1].subject == found[0].subject


@pytest.mark.parametrize("text", [
    # ahead, not done
    "The Chile-Norway Investment Treaty was signed in May. Parliament is expected to sign the "
    "ratification document in November.",
    # no document named before
    "President Rojas signed the ratification document on November 9.",
])
def test_a_ratification_ahead_or_of_nothing_named_is_none(extractor: RulesExtractor, text: str) -> None:
    assert "ratified" not in [i.status for i in facts(extractor, text).instruments]


# --------------------------------------------------------------------------- chains


def batch(tmp_path: Path, *texts: str) -> BatchResult:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    articles = [a for a in iter_articles(paths, IngestOptions()) if not isinstance(a, Exception)]
    return extract_batch(articles, Settings.from_env())


PRINCIPLE = (" date 2031-09-12 OSLO: The Comprehensive Economic Partnership Agreement between Norway and "
             "Chile was agreed in principle by the two trade ministers during a video call on Friday.\n")
SIGNED_FTA = (" date 2031-10-24 SANTIAGO: Chile and Norway signed on Friday a free trade agreement to set "
              "their commercial relations after years of talks, the ministry said.\n")
IN_FORCE_ALIAS = (" date 2032-02-02 \nTrade agreements with Chile\nNorway has 2 Free Trade Agreements "
                  "(FTAs) with Chile:\n- the Norway-Chile Comprehensive Economic Partnership Agreement "
                  "(CEPA) henceforth referred to as the Norway-Chile FTA, which entered into force on "
                  "1 January 2032\n- the Pacific Agreement, a trade agreement including 12 countries\n")


def relations(result: BatchResult) -> list[tuple[str, str, str]]:
    out = []
    for link in instrument_lifecycle(result.register):
        source, target = (result.register.records[x] for x in (link.source, link.target))
        out.append((source.mentions[0].article_name, link.relation, target.mentions[0].article_name))
    return sorted(out)


def test_agreed_in_principle_then_signed_then_in_force_under_other_names(tmp_path: Path) -> None:
    found = relations(batch(tmp_path, PRINCIPLE, SIGNED_FTA, IN_FORCE_ALIAS))
    assert ("0.txt", "signed as", "1.txt") in found
    assert ("1.txt", "entered into force", "2.txt") in found


def test_another_document_of_the_pair_is_not_linked(tmp_path: Path) -> None:
    other = (" date 2031-10-24 SANTIAGO: Chile and Norway signed on Friday an agreement on cooperation "
             "in fisheries research, the ministry said.\n")
    assert relations(batch(tmp_path, PRINCIPLE, other)) == []


RATIFIED = (" date 2031-12-05 OSLO: The investment protection treaty between Norway and Chile has entered "
            "into force. The treaty was concluded in June. President Rojas signed the ratification document "
            "on November 9, while the Norwegian king did so on November 11.\n")
SIGNED_TREATY = (" date 2031-06-19 SANTIAGO: Chile and Norway signed an investment protection treaty on "
                 "Thursday during a visit by the Norwegian prime minister.\n")


def test_a_signed_treaty_is_linked_to_its_ratification_and_entry_into_force(tmp_path: Path) -> None:
    found = relations(batch(tmp_path, SIGNED_TREATY, RATIFIED))
    assert ("0.txt", "ratified", "1.txt") in found
    assert ("0.txt", "entered into force", "1.txt") in found


# --------------------------------------------------------------------------- promises and setbacks


def promises(extractor: RulesExtractor, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.actor, c.action, c.deadline) for c in facts(extractor, text).commitments if not c.change]


@pytest.mark.parametrize("text", [
    "Chilean President Ana Rojas met Norwegian Prime Minister Arvid Kessler in Oslo. The leaders agreed to "
    "visit each other's countries soon.",
    "Chile and Norway agreed to visit each other's capitals next year.",
    "President Ana Rojas of Chile and Prime Minister Arvid Kessler of Norway will pay visits to each "
    "other's countries in 2032.",
    "Chile and Norway said their leaders would exchange visits to each other's countries.",
    "Norway and Chile decided to visit each other's countries before the end of the year.",
])
def test_visits_to_each_other_are_two_promises(extractor: RulesExtractor, text: str) -> None:
    found = [p for p in promises(extractor, text) if p[1].startswith("visit")]
    assert sorted(p[1].split()[1] for p in found) == ["Chile", "Norway"], found


@pytest.mark.parametrize("text", [
    "Both sides will encourage their citizens to travel to each other's country.",
    "Chile and Norway will set up culture centres in each other's countries.",
])
def test_other_things_in_each_others_countries_stay_one(extractor: RulesExtractor, text: str) -> None:
    assert len(promises(extractor, text)) <= 1


@pytest.mark.parametrize(("text", "deadline"), [
    ("Preparations are underway for Prime Minister Arvid Kessler's visit to Chile, and it might take place "
     "in October or November.", "2031-11"),
    ("Talks are underway for the Norwegian leader to visit Chile before the end of the year.", "2031-12"),
    ("Arrangements are under way for President Ana Rojas's visit to Norway, and it will take place in "
     "September.", "2031-09"),
    ("Officials said preparations were underway for Kessler's visit to Santiago, and it is to be held in "
     "July.", "2031-07"),
    ("Work is under way for the Chilean president to visit Oslo in August.", "2031-08"),
])
def test_a_visit_being_prepared_is_a_promise(extractor: RulesExtractor, text: str, deadline: str) -> None:
    found = promises(extractor, text)
    assert any("visit" in p[1] and p[2] == deadline for p in found), found


@pytest.mark.parametrize("text", [
    "Preparations are underway for the summit's closing ceremony, and it might take place in July.",
    "Talks on fisheries are underway in Oslo.",
])
def test_preparations_for_other_things_are_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert not any("visit" in p[1] for p in promises(extractor, text))


@pytest.mark.parametrize(("text", "deadline"), [
    ("Kessler was scheduled to visit Chile in April, but the trip was delayed.", "2031-04"),
    ("The Chilean president was expected to travel to Oslo in March.", "2031-03"),
    ("Norway was set to host the commission in February.", "2031-02"),
])
def test_a_plan_told_in_the_past_keeps_its_month_behind(extractor: RulesExtractor, text: str,
                                                         deadline: str) -> None:
    # told on 6 May 2031: a plan told in the past is of the month gone by, not of next year's
    assert any(p[2] == deadline for p in promises(extractor, text)), promises(extractor, text)


SCHEDULED_JULY = (" date 2031-09-20 OSLO: Prime Minister Arvid Kessler was scheduled to visit Chile in "
                  "July, the Norwegian foreign ministry said. Kessler and Chilean President Ana Rojas met "
                  "in New York on Tuesday.\n")
NEW_DATE = (" date 2031-09-27 SANTIAGO: Chilean President Ana Rojas said preparations are underway for "
            "Norwegian Prime Minister Arvid Kessler's visit to Chile, and it might take place in October or "
            "November. Kessler was supposed to visit Chile this past July, but canceled the visit after a "
            "knee operation.\n")


def test_a_setback_naming_a_past_month_ends_that_promise_not_the_new_one(tmp_path: Path) -> None:
    from accord.track import commitment_status, is_setback

    result = batch(tmp_path, SCHEDULED_JULY, NEW_DATE)
    statuses = {r.fields.get("deadline"): commitment_status(r, result.register, date(2031, 10, 15)).status
                for r in result.register.records.values() if r.kind == "commitments" and not is_setback(r)}
    assert statuses.get("2031-07") == "cancelled", statuses
    assert statuses.get("2031-11") == "open", statuses


@pytest.mark.parametrize(("text", "second", "deadline"), [
    ("Chile and Norway decided to begin technical negotiations by the end of February 2032, and to reach "
     "a result within 4 months.", "reach a result", None),
    ("Norway agreed to open a consulate in Valparaiso in March and to appoint a trade envoy in June.",
     "appoint a trade envoy", "2031-06"),
    ("Chile will host the commission in March and will send a trade delegation to Oslo in September.",
     "send a trade delegation to Oslo", "2031-09"),
    ("The two sides pledged to sign the fisheries protocol in July, and to hold the next round in Oslo "
     "in November.", "hold the next round in Oslo", "2031-11"),
    ("Norway is expected to lift its fishing quotas next month and to restore the direct flights to Chile "
     "by December.", "restore the direct flights to Chile", "2031-12"),
])
def test_a_coordinated_promise_with_its_own_time_is_its_own(extractor: RulesExtractor, text: str, second: str,
                                                           deadline: str | None) -> None:
    found = promises(extractor, text)
    assert len(found) == 2, found
    assert any(p[1] == second and (deadline is None or (p[2] or "").startswith(deadline))
               for p in found), found


@pytest.mark.parametrize("text", [
    "Chile and Norway agreed to sign and to implement the fisheries agreement by June.",
    "Norway pledged to build a port in Valparaiso by 2030 and to train engineers there.",
])
def test_a_coordinated_act_without_its_own_time_is_part_of_the_first(extractor: RulesExtractor,
                                                                     text: str) -> None:
    assert len(promises(extractor, text)) == 1, promises(extractor, text)


DECLARED = (" date 2031-12-11 ANKARA: In a joint declaration, Chile and Norway decided to begin technical "
            "negotiations by the end of February 2032, and to reach a result within four months.\n")
FIRST_ROUND = (" date 2032-02-18 SANTIAGO: The first round of technical negotiations between Chile and "
               "Norway was held in Santiago on Monday, the Chilean foreign ministry said.\n")


def test_the_talks_begun_do_not_keep_the_promise_of_a_result(tmp_path: Path) -> None:
    from accord.track import commitment_status, is_setback

    result = batch(tmp_path, DECLARED, FIRST_ROUND)
    as_of = date(2032, 3, 15)
    statuses = {str(r.fields["action"]).split()[0]: commitment_status(r, result.register, as_of).status
                for r in result.register.records.values() if r.kind == "commitments" and not is_setback(r)}
    assert statuses == {"begin": "fulfilled", "reach": "open"}, statuses
