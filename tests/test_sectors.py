"""The sector taxonomy: its data file and the labels `sectors_for` gives."""

from __future__ import annotations

import json
import re
from importlib.resources import files

import pytest

from accord.normalize.sectors import _trigger_regex, build, is_sector_phrase, labels, sectors_for, taxonomy
from tests.conftest import written_texts


def _data() -> dict[str, list[str]]:
    raw = json.loads(files("accord.data").joinpath("sectors.json").read_text(encoding="utf-8"))
    mapping: dict[str, list[str]] = raw["labels"]
    return mapping


def test_labels_are_short_lower_case_and_unique() -> None:
    names = labels()
    assert len(names) == len(set(names)) >= 40
    for label in names:
        assert label == label.lower().strip() and len(label.split()) <= 3, label


def test_no_trigger_is_claimed_by_two_labels() -> None:
    owner: dict[str, str] = {}
    for label, phrases in _data().items():
        for phrase in (label, *phrases):
            key = phrase if any(c.isupper() for c in phrase) else phrase.lower()
            assert owner.setdefault(key, label) == label, f"{phrase!r}: {owner[key]} and {label}"


def test_every_trigger_names_its_own_label() -> None:
    for label, phrases in _data().items():
        for phrase in (label, *phrases):
            assert sectors_for(phrase)[:1] == (label,), phrase


@pytest.mark.parametrize(("text", "expected"), [
    ("auditing", ("audit",)),
    ("cooperation between supreme audit institutions", ("audit",)),
    ("disaster response", ("disaster management",)),
    ("environmental protection", ("environment",)),
    ("vocational training", ("vocational education",)),
    ("healthcare", ("health",)),
    ("the peaceful uses of nuclear energy", ("nuclear",)),
    ("avoidance of double taxation", ("taxation",)),
])
def test_synonyms_map_to_one_label(text: str, expected: tuple[str, ...]) -> None:
    assert sectors_for(text) == expected


def test_longest_phrase_wins_and_order_follows_the_text() -> None:
    assert sectors_for("halal trade and science and technology") == ("halal trade", "science and technology")
    assert sectors_for("mining and minerals, then trade") == ("mining", "trade")


def test_labels_are_given_once() -> None:
    assert sectors_for("health, public health and health services") == ("health",)


def test_plural_and_case_are_tolerated() -> None:
    assert sectors_for("Postal Service") == ("postal services",)
    assert sectors_for("FISHERIES") == ("fisheries",)


def test_capitalised_acronyms_match_only_as_written() -> None:
    assert sectors_for("cooperation in IT") == ("information technology",)
    assert sectors_for("they said it would help") == ()


def test_words_inside_other_words_do_not_match() -> None:
    assert sectors_for("the tradesman postponed his trip") == ()
    assert sectors_for("post-war reconstruction") == ()


def test_is_sector_phrase_tells_one_item_from_a_list() -> None:
    assert is_sector_phrase("science and technology")
    assert is_sector_phrase("Science  and Technology")
    assert not is_sector_phrase("health and defence")


def test_build_accepts_any_mapping() -> None:
    tax = build({"water": ["irrigation"], "trade": ["exports"]})
    assert tax.labels == ("water", "trade")
    assert tax.sectors_for("irrigation canals and exports") == ("water", "trade")
    assert tax.label_of("Exports") == "trade"


def test_taxonomy_is_read_once() -> None:
    assert taxonomy() is taxonomy()


def test_search_by_first_letter_finds_what_the_plain_alternation_finds() -> None:
    """The compiled search tries only the triggers of a word's first letter: the same matches as all,
    longest first (over the tests' sentences and the example articles)."""
    tax = taxonomy()
    ordered = sorted(tax.triggers, key=lambda t: (-len(t), t))
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(_trigger_regex(t) for t in ordered) + ")")
    texts = written_texts()
    found = [[m.span() for m in tax.pattern.finditer(text)] for text in texts]
    assert found == [[m.span() for m in plain.finditer(text)] for text in texts]
    assert sum(map(len, found)) > 100
