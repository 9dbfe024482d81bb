"""Follow-through of round 26's chains (chain26): a trading house is a post a promise opens ("will open a
trading house in the capital within four months"); a visit received at a venue no gazetteer places, told "on
an official visit to" the promised state, keeps the promise to visit it; goods told after their receiver
("delivered to Madagascar the doses"), by a sentence verb the parser tags as a participle, are an act done,
whoever did it (a ministry keeps its prime minister's promise); a relative clause telling that someone "had
promised" the goods is no new promise. Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.test_constructions_chain21 import extractor
from tests.test_follow import batch, status_of

__all__ = ["extractor"]  # the fixture of tests/test_constructions_chain21.py, shared


def _promises(extractor: RulesExtractor, text: str) -> list[tuple[str | None, str | None]]:
    return [(c.change, c.action) for c in facts(extractor, text).commitments]


# ------------------------------------------------- a trading house is opened


@pytest.mark.parametrize(("text", "action"), [
    ("The Belarusian side will open a trading house in Dushanbe within four months, the sides said.",
     "open a trading house in Dushanbe"),
    ("Kenya will open a trade house in Kampala by the end of June.", "open a trade house in Kampala"),
    ("Uzbekistan is to open a trading house in Minsk before the end of the year.",
     "open a trading house in Minsk"),
    ("By September, Hungary will open its trading houses in Ulaanbaatar and Darkhan, the minister said.",
     None),
    ("Vietnam pledged to open a commercial house in Santiago within six months.",
     "open a commercial house in Santiago"),
])
def test_a_trading_house_is_a_post_a_promise_opens(extractor: RulesExtractor, text: str,
                                                   action: str | None) -> None:
    found = [a for c, a in _promises(extractor, text) if c is None and a and "house" in a]
    assert found and (action is None or action in found)


@pytest.mark.parametrize("text", [
    # a house with no word of trade is no post ("the house" of a parliament votes)
    "The house will open its debate on the treaty within four months.",
    "The family will open a guest house in Dushanbe within four months.",
])
def test_a_house_with_no_word_of_trade_is_no_post(extractor: RulesExtractor, text: str) -> None:
    assert not any(a and "open" in a and "house" in a for _c, a in _promises(extractor, text))


# ------------------------------------------------- a visit received at an unplaced venue

_VISIT = (" date 2031-02-10 \nSAN JOSE - Costa Rican President Rodrigo Chaves will make an official visit "
          "to Panama on March 6, the foreign ministry said on Monday.\n")


@pytest.mark.parametrize("held", [
    "President José Raúl Mulino received Costa Rican President Rodrigo Chaves at the Palacio de las Garzas "
    "on Thursday, on an official visit to Panama.",
    "President José Raúl Mulino hosted President Rodrigo Chaves of Costa Rica at the Palacio de las Garzas "
    "on Thursday, during his state visit to Panama.",
    "Costa Rican President Rodrigo Chaves was received at the Palacio de las Garzas on Thursday, on his "
    "first official visit to Panama.",
    "President Mulino and President Chaves held talks at the Palacio de las Garzas on Thursday, during "
    "a visit to Panama by the Costa Rican leader.",
    "Costa Rican President Rodrigo Chaves met President José Raúl Mulino at the Palacio de las Garzas on "
    "Thursday, on a working visit to Panama.",
])
def test_a_visit_at_an_unplaced_venue_to_the_promised_state_keeps_the_promise(tmp_path: Path,
                                                                              held: str) -> None:
    result = batch(tmp_path, _VISIT, f" date 2031-03-07 \nPANAMA - {held}\n")
    assert status_of(result, "visit", date(2031, 4, 30)) == "fulfilled"


@pytest.mark.parametrize("held", [
    # a visit to another state, at a venue no gazetteer places: not the one promised
    "President José Raúl Mulino received Costa Rican President Rodrigo Chaves at the Palacio de las Garzas "
    "on Thursday, on his way back from an official visit to Colombia.",
    # no trip told: a venue alone says nothing of where it is
    "Chaves spoke at the Palacio de las Garzas forum on Thursday.",
])
def test_a_venue_told_with_another_trip_or_none_keeps_nothing(tmp_path: Path, held: str) -> None:
    result = batch(tmp_path, _VISIT, f" date 2031-03-07 \nPANAMA - {held}\n")
    assert status_of(result, "visit", date(2031, 4, 30)) == "overdue"


# ------------------------------------------------- goods told after their receiver, kept by another office


@pytest.mark.parametrize("text", [
    "The Mauritian Ministry of Health on Friday delivered to Madagascar the 20,000 doses of cholera vaccine.",
    "The health ministry of Mauritius delivered to Madagascar the 20,000 doses of cholera vaccine on Friday.",
    "Mauritius on Friday delivered to Madagascar the cholera vaccine.",
    "The Mauritian health ministry has delivered to the Malagasy government the promised doses of cholera "
    "vaccine.",
    "On Friday the ministry delivered to the Malagasy authorities 5,000 tonnes of rice.",
])
def test_goods_told_after_their_receiver_are_delivered(extractor: RulesExtractor, text: str) -> None:
    assert [c for c, a in _promises(extractor, text) if c == "done" and a and a.startswith("deliver")]


@pytest.mark.parametrize("text", [
    # to be delivered: still ahead
    "The Mauritian Ministry of Health will deliver to Madagascar the 20,000 doses of cholera vaccine.",
    # a participle describing the goods, no act of the sentence
    "The doses delivered to Madagascar last year were used on the east coast.",
])
def test_goods_to_be_delivered_or_described_are_no_act_done(extractor: RulesExtractor, text: str) -> None:
    assert [c for c, _a in _promises(extractor, text) if c == "done"] == []


@pytest.mark.parametrize("text", [
    "The ministry on Friday delivered to Madagascar the doses that Prime Minister Ramgoolam had promised in "
    "February.",
    "Madagascar received the vaccines which the Mauritian prime minister promised in February.",
    "The rice that Mauritius pledged in January arrived on Friday.",
])
def test_what_someone_had_promised_in_a_relative_clause_is_no_new_promise(extractor: RulesExtractor,
                                                                          text: str) -> None:
    assert [a for c, a in _promises(extractor, text) if c is None] == []


_PROMISED = (" date 2031-02-18 \nPORT LOUIS - The Prime Minister, Navinchandra Ramgoolam, promised on Monday "
             "to send 20,000 doses of cholera vaccine to Madagascar by the end of March.\n")


@pytest.mark.parametrize("done", [
    "The Mauritian Ministry of Health and Wellness on Friday delivered to Madagascar the 20,000 doses of "
    "cholera vaccine that Prime Minister Navinchandra Ramgoolam had promised in February.",
    "The health ministry of Mauritius delivered 20,000 doses of cholera vaccine to Madagascar on Friday.",
])
def test_a_promise_is_kept_by_another_office_of_its_side(tmp_path: Path, done: str) -> None:
    result = batch(tmp_path, _PROMISED, f" date 2031-03-22 \nANTANANARIVO - {done}\n")
    assert status_of(result, "vaccine", date(2031, 4, 30)) == "fulfilled"
