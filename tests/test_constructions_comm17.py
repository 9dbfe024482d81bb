"""Constructions of commitments (issue 9, comm17), in our own wording.

Hyphened spellings of the British and Commonwealth press ("co-operate", "co-ordinate", "re-open",
"re-establish", "co-operation") are one word each, read as their usual spelling: split, "co" or "re"
became the promised act.
"""

from __future__ import annotations

import pytest

from accord.datelines import match_dateline
from accord.extract.rules import RulesExtractor
from accord.nlp import load_pipeline
from accord.settings import Settings
from tests.extract_support import facts as extract_facts

LEAD = "Kenya and Norway held talks on trade cooperation in Nairobi. "


def promises(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    """Return each promise's action and deadline as written."""
    return [(c.action, c.deadline_text)
            for c in extract_facts(extractor, text, lead=LEAD).commitments if c.change is None]


# --------------------------------------------------------------------------- hyphened "co-" and "re-"


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Norway agreed to re-open their consulates in Mombasa and Bergen by June.",
     ("re-open their consulates in Mombasa and Bergen", "by June")),
    ("The two sides agreed to re-open the border crossing next month.",
     ("re-open the border crossing", "next month")),
    ("Kenya said it would re-open its consulate in Bergen in April.",
     ("re-open its consulate in Bergen", "in April")),
    ("The ministers agreed to re-open negotiations on a free trade agreement before the end of the year.",
     ("re-open negotiations on a free trade agreement", "before the end of the year")),
    ("Oslo pledged to re-establish its aid office in Nairobi, closed since 2020, within six months.",
     ("re-establish its aid office in Nairobi", "within six months")),
    ("The ministers decided to re-activate the joint working group, which has not met since 2019.",
     ("re-activate the joint working group", None)),
    ("The leaders agreed to co-operate in energy, to co-ordinate at the UN and to re-open the air link.",
     ("co-operate in energy, to co-ordinate at the UN and to re-open the air link", None)),
])
def test_a_hyphened_verb_is_the_promised_act(extractor: RulesExtractor, text: str,
                                             expected: tuple[str, str | None]) -> None:
    assert promises(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "word", "lemma", "pos"), [
    ("The sides will co-operate closely.", "co-operate", "cooperate", "VERB"),
    ("Norway re-opened its embassy.", "re-opened", "reopen", "VERB"),
    ("They praised the co-operation between the ports.", "co-operation", "cooperation", "NOUN"),
    ("Co-ordination of aid will improve.", "Co-ordination", "coordination", "NOUN"),
])
def test_a_hyphened_word_is_one_token_read_as_its_usual_spelling(text: str, word: str, lemma: str,
                                                                 pos: str) -> None:
    doc = load_pipeline(Settings.from_env().model)(text)
    tok = next(t for t in doc if t.text == word)
    assert (tok.lemma_, tok.pos_) == (lemma, pos)


@pytest.mark.parametrize("text", [
    # a co-chaired meeting keeps its verb's own lemma and is no promise
    "Kenya and Norway co-chaired the session on ocean governance last week.",
    # done, not promised
    "Norway re-opened its consulate in Mombasa on Monday.",
])
def test_a_hyphened_verb_told_as_done_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert promises(extractor, text) == []


def test_other_hyphened_words_stay_split() -> None:
    doc = load_pipeline(Settings.from_env().model)("The Kenya-Norway re-route of the India-bound ship.")
    assert [t.text for t in doc][:4] == ["The", "Kenya", "-", "Norway"]
    assert "re-route" not in [t.text for t in doc]


# --------------------------------------------------------------------------- "Place, day :" datelines


@pytest.mark.parametrize(("text", "place", "actor"), [
    ("Accra, May 3 - Ghana and Peru agreed to open direct flights by December.", "Accra", "Ghana and Peru"),
    ("Accra, 3 May: Ghana and Peru agreed to open direct flights by December.", "Accra", "Ghana and Peru"),
    ("Kathmandu, 13 June : Nepal and Bhutan agreed to open two more border points by 2027.", "Kathmandu",
     "Nepal and Bhutan"),
    ("Lima, 2 May: The ministers of Ghana and Peru agreed to open direct flights by December.", "Lima",
     "Ghana and Peru"),
    ("Quito, 9 April — Ecuador and Chile agreed to hold the next round of talks in Santiago in July.",
     "Quito", "Ecuador and Chile"),
])
def test_a_place_and_day_before_a_colon_or_dash_is_the_dateline(extractor: RulesExtractor, text: str,
                                                                place: str, actor: str) -> None:
    m = match_dateline(text)
    assert m is not None and m.group("place") == place
    assert [c.actor for c in extract_facts(extractor, text).commitments] == [actor]


@pytest.mark.parametrize("line", [
    "Monday, May 3 - the talks resume in Lima.",  # a weekday, no place
    "Ghana, Peru: MoU on fisheries signed",  # no day
    "Updated, 3 May: the visit was postponed.",  # a page's note
])
def test_a_weekday_or_a_line_with_no_day_is_no_such_dateline(line: str) -> None:
    assert match_dateline(line) is None


# ------------------------------------------------------------------- "They" after talks in a third state


@pytest.mark.parametrize(("text", "actor"), [
    ("China is hosting the regional forum in Qingdao this week. Chinese officials said China expects 20 "
     "ministers.\n\nGhana's foreign minister and his Peruvian counterpart held talks on the sidelines of the "
     "forum on Monday.\n\nThey agreed to open embassies in Accra and Lima by 2026.", "Ghana and Peru"),
    ("Japan is the host of this year's conference, and Japanese firms are its sponsors. Japan's premier "
     "opened it.\n\nThe Ghanaian and Peruvian trade ministers met in Tokyo on Tuesday.\n\nThey agreed to set "
     "up a joint business council next year.", "Ghana and Peru"),
    ("Germany hosted the energy forum in Berlin. German Chancellor Merz welcomed guests. Germany pledged "
     "funds.\n\nOn Tuesday, the Kenyan president and the Norwegian prime minister met at the forum.\n\nThey "
     "pledged to double bilateral trade by 2030.", "Kenya and Norway"),
    ("Singapore is hosting the security dialogue. Singapore's defence minister opened it, and Singaporean "
     "troops guarded the venue.\n\nThe Vietnamese and Chilean foreign ministers held talks there on "
     "Friday.\n\nThey agreed to hold the next round of talks in Hanoi in October.", "Vietnam and Chile"),
    ("Turkey hosted the donors' meeting in Ankara, and Turkish ministers chaired it. Turkey gave $5 "
     "million.\n\nSweden's aid minister and her Jordanian counterpart met on the margins of the meeting.\n\n"
     "They agreed to sign a water accord in June.", "Sweden and Jordan"),
])
def test_they_opening_a_line_are_the_two_sides_just_above(extractor: RulesExtractor, text: str,
                                                          actor: str) -> None:
    assert [c.actor for c in extract_facts(extractor, text).commitments if c.deadline_text] == [actor]


@pytest.mark.parametrize("text", [
    # "the two countries", not "they": the article's pair
    "Kenya and Norway signed a fisheries deal. Kenya also signed a port deal with Uganda on Monday.\n\n"
    "The two countries agreed to review the fisheries agreement in 2027.",
    # the sides are named in the sentence itself
    "Kenya and Norway signed a fisheries deal in Nairobi. Kenya's minister met Norway's envoy.\n\n"
    "President Ruto spoke to Ugandan President Museveni by phone.\n\n"
    "Kenya and Norway agreed to review the fisheries agreement in 2027.",
    # "they" within the line of the article's pair
    "Kenya and Norway signed a fisheries deal in Nairobi. Kenya also signed a port deal with Uganda. "
    "Kenya and Norway met again on Monday and they agreed to review the fisheries agreement in 2027.",
])
def test_other_subjects_keep_the_article_pair(extractor: RulesExtractor, text: str) -> None:
    assert [c.actor for c in extract_facts(extractor, text).commitments if c.deadline_text] == \
        ["Kenya and Norway"]
