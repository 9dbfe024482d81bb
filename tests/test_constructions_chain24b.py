"""Follow-through of round 24's chains (chain24b): every number word counts a stretch of time ("sixty days
after the exchange", "within ninety days", "forty-five days"), with the vague words only a stretch takes;
a suspension lifted ends the suspension in the document's implementation state; named sides opening a thing
at a named place by a deadline plan it ("will open a joint border post at … by the end of September");
what changes for a class of people under a deal ("companies … will no longer pay tax twice") is no
promise of theirs. Texts are invented."""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import Article
from accord.extract.rules import RulesExtractor
from accord.implementation import Implementations, Source, reports_of
from accord.implementation.cues import cues_in
from accord.normalize.dates import day_after, find_time_expressions
from accord.resolve.model import Mention, Record
from tests.test_constructions_chain21 import extractor, reported

__all__ = ["extractor"]  # the fixture of tests/test_constructions_chain21.py, shared

# ------------------------------------------------- number words counted everywhere

# the reports are of 5 May 2025 (the lead of tests/test_constructions_chain21.py); Thursday is 1 May
_EXCHANGED = "Oman and Tanzania exchanged instruments of ratification of the treaty in Muscat on Thursday. "


@pytest.mark.parametrize(("text", "due"), [
    (_EXCHANGED + "The treaty will enter into force sixty days after the exchange of instruments.",
     "2025-06-30"),
    (_EXCHANGED + "The treaty will take effect ninety days after the exchange of instruments.", "2025-07-30"),
    (_EXCHANGED + "The treaty will enter into force forty-five days after the exchange of the instruments.",
     "2025-06-15"),
    ("Oman and Tanzania signed the visa agreement on Monday. It will enter into force twenty-one days after "
     "the signing.", "2025-05-26"),
    ("Tanzania ratified the treaty on Monday, and it will take effect eighteen months after the "
     "ratification.", "2026-11-05"),
])
def test_every_number_word_counts_after_a_step_told_done(extractor: RulesExtractor, text: str,
                                                         due: str) -> None:
    assert [d for c, _a, d in reported(extractor, text) if c is None] == [due]


@pytest.mark.parametrize(("text", "action", "due"), [
    ("Tanzania will ratify the treaty within ninety days, the minister said.", "ratify the treaty",
     "2025-08-03"),
    ("Oman pledged to open the consulate in Dar es Salaam within sixty days.",
     "open the consulate in Dar es Salaam",
     "2025-07-04"),
    ("The two ministries are to draft the protocol in forty-five days.", "draft the protocol", "2025-06-19"),
    ("Oman will deliver the first grain shipment within a few weeks.", "deliver the first grain shipment",
     "2025-05-26"),
])
def test_a_stretch_in_any_number_word_is_a_deadline(extractor: RulesExtractor, text: str, action: str,
                                                     due: str) -> None:
    assert (None, action, due) in reported(extractor, text)


@pytest.mark.parametrize(("words", "value"), [
    ("within ninety days", "2025-03-02"),
    ("within fourteen days", "2024-12-16"),
    ("in forty-five days", "2025-01-16"),
    ("within forty-five to sixty days", "2025-01-31"),
    ("in twenty five days", "2024-12-27"),
    ("within several months", "2025-03-02"),
    ("in a few weeks", "2024-12-23"),
    ("within 2-3 weeks", "2024-12-23"),
])
def test_a_stretch_counts_every_number_word(words: str, value: str) -> None:
    found = find_time_expressions(words, date(2024, 12, 2))
    assert [(e.text, e.value) for e in found] == [(words, value)]


def test_a_word_that_is_no_number_counts_nothing() -> None:
    assert day_after(date(2025, 1, 1), "sixty", "days") == date(2025, 3, 2)
    assert day_after(date(2025, 1, 1), "forty-five", "days") == date(2025, 2, 15)
    assert day_after(date(2025, 1, 1), "many", "days") is None
    assert find_time_expressions("within many days", date(2025, 1, 1)) == []


# ------------------------------------------------- a suspension lifted


@pytest.mark.parametrize("sentence", [
    "Bolivia on Wednesday lifted the suspension of the memorandum of understanding on river navigation.",
    "The suspension of the agreement on road transport was lifted on Monday, the ministry said.",
    "The ministry announced that Belarus had lifted its suspension of the agreement on road transport.",
    "Minsk has ended the suspension of the road transport agreement, officials confirmed.",
    "Pakistan reinstated the MoU on halal trade after the talks.",
])
def test_a_suspension_lifted_is_a_resumption_not_an_end(sentence: str) -> None:
    assert [c.kind for c in cues_in(sentence)] == ["resumption"]


@pytest.mark.parametrize("sentence", [
    "Belarus will lift the suspension of the agreement on road transport next month.",
    "Pakistan refused to lift the suspension of the MoU on halal trade.",
    "Islamabad announced the suspension of the agreement on road transport.",
])
def test_a_suspension_not_lifted_is_no_resumption(sentence: str) -> None:
    assert "resumption" not in [c.kind for c in cues_in(sentence)]


_SIGNED = date(2024, 11, 26)


def _roads() -> Record:
    quote = "Pakistan and Belarus signed an agreement on international road transport."
    mention = Mention("sig", "signing.txt", "instruments", 0, quote, 0, len(quote), _SIGNED, "Dawn", False)
    fields = {"type": "agreement", "subject": "international road transport", "sectors": ["transport"],
              "stage": "signed", "status": "signed", "date": "2024-11-26", "pair": ["BY", "PK"]}
    return Record("ins-roads", "instruments", fields, [mention])


def _judged(*reports: tuple[str, str], on: str) -> tuple[str, str | None]:
    sources = [Source(Article(name=f"r{i}.txt", text=text, content_hash=f"h{i}",
                              published=date.fromisoformat(day), outlet="APP"), False, frozenset({"BY-PK"}))
               for i, (day, text) in enumerate(reports)]
    judged = Implementations([_roads()], reports_of(sources)).of(_roads(), date.fromisoformat(on))
    assert judged is not None
    return judged.state, judged.how


_SUSPENDED = ("2025-03-20", "Belarus has suspended the agreement on international road transport.")
_LIFTED = ("2025-06-05", "Belarus on Wednesday lifted the suspension of the agreement on road transport.")
_MET = ("2025-07-10", "The joint commission under the agreement on road transport met in Minsk.")


def test_a_suspension_lifted_ends_the_suspension() -> None:
    assert _judged(_SUSPENDED, _LIFTED, on="2025-04-01") == ("terminated", "suspended")
    assert _judged(_SUSPENDED, _LIFTED, on="2025-06-10") == ("no_activity", None)
    assert _judged(_SUSPENDED, _LIFTED, _MET, on="2025-08-01") == ("in_implementation", None)


def test_a_termination_is_not_undone_by_a_lifting_or_after_it() -> None:
    ended = ("2025-03-20", "Belarus has terminated the agreement on international road transport.")
    assert _judged(ended, _LIFTED, on="2025-08-01") == ("terminated", "terminated")
    later = ("2025-09-01", "Belarus again suspended the agreement on international road transport.")
    assert _judged(_SUSPENDED, _LIFTED, later, on="2025-10-01") == ("terminated", "suspended")


# ------------------------------------------------- a thing opened at a place by a deadline


def _actions(extractor: RulesExtractor, text: str) -> list[str | None]:
    return [a for c, a, _d in reported(extractor, text) if c is None]


@pytest.mark.parametrize(("text", "action"), [
    ("Oman and Tanzania will open a joint border post at Horohoro by the end of September.",
     "open a joint border post at Horohoro"),
    ("Tanzania is to open a customs post in Tanga by June, the minister said.",
     "open a customs post in Tanga"),
    ("Oman and Tanzania plan to open a one-stop border post at Namanga before the end of the year.",
     "open a one-stop border post at Namanga"),
    ("By the end of August, Oman will open a logistics hub in Zanzibar, officials said.",
     "open a logistics hub in Zanzibar"),
    ("Oman will open a trade office in Dodoma by the end of the year.", "open a trade office in Dodoma"),
])
def test_named_sides_opening_a_thing_at_a_place_by_a_day_plan_it(extractor: RulesExtractor, text: str,
                                                                   action: str) -> None:
    assert action in _actions(extractor, text)


@pytest.mark.parametrize("text", [
    "Oman and Tanzania will open new markets in Asia by 2030.",
    "The deal will open a new chapter in relations between Oman and Tanzania.",
])
def test_opening_with_no_place_or_no_party_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    assert _actions(extractor, text) == []


# ------------------------------------------------- what a deal changes for a class of people


@pytest.mark.parametrize("text", [
    "Omani companies operating in Tanzania will no longer pay tax twice on the same income.",
    "Under the treaty, exporters from both countries will no longer pay customs duty twice.",
    "Tanzanian students will no longer pay higher fees at Omani universities, the ministry said.",
    "Citizens of Oman and Tanzania will no longer need visas to visit each other's country.",
    "Fishing crews from Zanzibar will no longer be detained in Omani waters, the agreement says.",
])
def test_what_changes_for_a_class_of_people_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert _actions(extractor, text) == []


@pytest.mark.parametrize(("text", "action"), [
    ("Tanzania will no longer charge visa fees for Omani students, the minister said.",
     "charge visa fees for Omani students"),
    ("The two governments will no longer tax the remittances of their workers.",
     "tax the remittances of their workers"),
])
def test_a_party_that_will_no_longer_act_still_promises(extractor: RulesExtractor, text: str,
                                                         action: str) -> None:
    assert action in _actions(extractor, text)
