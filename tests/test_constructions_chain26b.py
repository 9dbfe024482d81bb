"""Follow-through of round 26's chains, second pass (chain26b): a facility opened in the passive is a
promise like a body set up ("a trading house will be opened in the capital by September"); goods told
after their receiver with no article before their number ("delivered to Madagascar 20,000 doses"), which
the parser reads as the receiver qualifying the goods, are an act done; a planned visit "called off" or
"put off" is the setback alone, no open promise beside it. Texts are invented."""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.test_constructions_chain21 import extractor

__all__ = ["extractor"]  # the fixture of tests/test_constructions_chain21.py, shared


def _promises(extractor: RulesExtractor, text: str) -> list[tuple[str | None, str | None]]:
    return [(c.change, c.action) for c in facts(extractor, text).commitments]


# ------------------------------------------------- a facility opened in the passive


@pytest.mark.parametrize(("text", "noun"), [
    ("A Hungarian trading house will be opened in Ulaanbaatar by September.", "trading house"),
    ("A Kenyan trade house is to be opened in Kampala before the end of the year.", "trade house"),
    ("Two commercial houses of Uzbekistan will be opened in Minsk and Gomel, the minister said.",
     "commercial houses"),
    ("A new border crossing between the two countries will be opened by the end of June.", "crossing"),
    ("A direct air route between Almaty and Tbilisi will be launched in July.", "route"),
])
def test_a_facility_opened_in_the_passive_is_a_promise(extractor: RulesExtractor, text: str,
                                                       noun: str) -> None:
    assert [a for c, a in _promises(extractor, text) if c is None and a and noun in a]


@pytest.mark.parametrize("text", [
    # a house with no word of trade is no post
    "A guest house will be opened in Dushanbe by September.",
    "The house will be opened to the public in May.",
])
def test_a_house_opened_with_no_word_of_trade_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert _promises(extractor, text) == []


@pytest.mark.parametrize("text", [
    # facilities neither one nor counted: a forecast, no one's promise
    "New trading houses will be opened across the region.",
    "New factories will be opened in the north of the country.",
])
def test_uncounted_facilities_opened_are_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert _promises(extractor, text) == []


# ------------------------------------------------- goods after a receiver, with no article


@pytest.mark.parametrize(("text", "goods"), [
    ("The ministry of health of Mauritius delivered to Madagascar 20,000 doses of cholera vaccine on "
     "Friday.", "vaccine"),
    ("India on Monday delivered to Sri Lanka 10,000 tonnes of rice.", "rice"),
    ("Turkey delivered to Somalia two patrol boats on Tuesday.", "boats"),
    ("Japan has handed over to Fiji 56,000 doses of vaccine, the embassy said.", "vaccine"),
    ("On Friday, Kuwait disbursed to Sudan $25 million of the loan.", "loan"),
])
def test_goods_after_a_receiver_with_no_article_are_delivered(extractor: RulesExtractor, text: str,
                                                              goods: str) -> None:
    assert [a for c, a in _promises(extractor, text) if c == "done" and a and goods in a]


@pytest.mark.parametrize("text", [
    # to be delivered: ahead, not done
    "Japan will deliver to Fiji 56,000 doses of vaccine in March.",
    # a number after a place that is no receiver of a handing
    "The exports to Madagascar 20 years ago were small.",
])
def test_goods_ahead_or_no_handing_are_no_act_done(extractor: RulesExtractor, text: str) -> None:
    assert [a for c, a in _promises(extractor, text) if c == "done"] == []


# ------------------------------------------------- a planned visit called off


@pytest.mark.parametrize(("text", "change"), [
    ("The planned trip of the Nepali prime minister to Bhutan has been called off.", "cancelled"),
    ("The Nepali prime minister's planned visit to Bhutan has been called off, officials said.", "cancelled"),
    ("Bhutan called off the proposed visit of the Nepali foreign minister.", "cancelled"),
    ("The upcoming visit of the Nepali prime minister to Bhutan was put off until next year.", "postponed"),
    ("The planned visit of the Nepali prime minister to Bhutan was put on hold.", "postponed"),
])
def test_a_planned_visit_called_off_is_the_setback_alone(extractor: RulesExtractor, text: str,
                                                         change: str) -> None:
    found = _promises(extractor, text)
    assert [c for c, _a in found] == [change]


@pytest.mark.parametrize("text", [
    # the plan goes on, or is only named
    "The planned visit of the Nepali prime minister to Bhutan will go ahead in May.",
    "Officials called the planned visit of the Nepali prime minister to Bhutan a milestone.",
])
def test_a_planned_visit_not_called_off_stays_open(extractor: RulesExtractor, text: str) -> None:
    found = _promises(extractor, text)
    assert found and all(c is None for c, _a in found)
