"""Article-level constructions of yet more genres (issue 9, gen8c), proved on our own wording:
section title lines over a page, a transcript's time stamps and speaker labels, a broadcast's
date line, a digest's one-line items headed by their pair.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import Article, ArticleFacts
from accord.datelines import match_dateline, speaker_labels
from accord.extract.rules import RulesExtractor
from accord.ingest.metadata import find_metadata


def _page(extractor: RulesExtractor, text: str) -> ArticleFacts:
    """Return what the rules find in `text` read as a page (its metadata's skipped spans too)."""
    meta = find_metadata(text)
    article = Article(name="t.txt", text=text, content_hash=text, dateline=meta.dateline, skip=meta.skip,
                      published=meta.published or date(2025, 5, 6))
    return next(extractor.extract([article]))


# --------------------------------------------------------------------------- section title lines

@pytest.mark.parametrize("line", [
    "EVENING NEWS - TRANSCRIPT",
    "DIPLOMATIC DIGEST - Week 45, 2025",
    "HOUSE OF REPRESENTATIVES - QUESTIONS WITHOUT NOTICE",
    "WORLD BRIEFING — Asia Pacific Edition",
    "MORNING REPORT: Top Stories Of The Day",
])
def test_a_caps_title_line_with_a_dash_is_no_dateline(line: str) -> None:
    assert match_dateline(line) is None
    text = f"{line}\n\nGhana and Kenya signed a fisheries agreement in Accra on Monday.\n"
    assert find_metadata(text).dateline is None


@pytest.mark.parametrize(("line", "place"), [
    ("ISLAMABAD: Pakistan and China signed a trade deal on Monday.", "Islamabad"),
    ("KYIV - Ukraine and Poland agreed on Friday to open a new crossing.", "Kyiv"),
    ("BERLIN, May 4 (Reuters) - Germany And Chile", "Berlin"),  # a wire's day and agency: a dateline
])
def test_a_dateline_before_the_story_stays_one(line: str, place: str) -> None:
    assert find_metadata(f"Headline here\n\n{line}\n").dateline == place


# --------------------------------------------------------------------------- transcripts

_SPEECH = "Kenya and Ghana signed an agreement on fisheries cooperation in Nairobi on Monday."


@pytest.mark.parametrize(("label", "absent"), [
    ("Mr WALSH (Brisbane North) (14:22):", "Brisbane North"),
    ("Ms PRICE (Minister for Foreign Affairs) (14:23):", "PRICE"),
    ("[00:00:19] RAJ MEHTA (CORRESPONDENT):", "RAJ MEHTA"),
    ("[00:01:05] ANCHOR:", "ANCHOR"),
    ("(10:42) The SPEAKER:", "SPEAKER"),
    ("Dr OKONJO (Lagos West):", "Lagos West"),
])
def test_a_transcript_label_is_furniture_and_the_speech_a_sentence(
        extractor: RulesExtractor, label: str, absent: str) -> None:
    text = f"QUESTIONS WITHOUT NOTICE\n\nMr LEE (9:58): Can the minister update us?\n\n{label} {_SPEECH}\n"
    found = _page(extractor, text)
    assert [i.evidence.text for i in found.instruments] == [_SPEECH]
    assert all(absent not in p.name for p in found.people)
    assert not any(absent in (c.actor or "") for c in found.commitments)


def test_bare_speaker_names_are_labels_only_in_a_transcript() -> None:
    transcript = "HOST: Welcome.\nGUEST: Thank you.\nHOST: What was signed?\nGUEST: A treaty.\n"
    assert len(speaker_labels(transcript)) == 4
    assert speaker_labels("NOTE: Ghana and Kenya signed a treaty on Monday.\n") == []


@pytest.mark.parametrize("text", [
    "ISLAMABAD (APP): Pakistan and China signed a trade deal on Monday.\n",  # a dateline with its agency
    "PUBLISHED : 13 Jun 2024\nUPDATED : 14 Jun 2024\nWRITER: Staff\nBody text.\n",  # a page's labels
    "Ghana and Kenya signed a deal at 14:22: the first of three.\n",  # a time inside a sentence
])
def test_datelines_page_labels_and_times_in_prose_are_no_speaker_labels(text: str) -> None:
    assert speaker_labels(text) == []


# --------------------------------------------------------------------------- broadcast date lines

@pytest.mark.parametrize(("line", "day"), [
    ("Broadcast 21 October 2025", date(2025, 10, 21)),
    ("Broadcast: 3 May 2026", date(2026, 5, 3)),
    ("Aired 5 June 2025", date(2025, 6, 5)),
    ("First aired: March 3, 2025", date(2025, 3, 3)),
    ("Aired on 12 January 2026", date(2026, 1, 12)),
])
def test_a_broadcast_line_dates_the_transcript(line: str, day: date) -> None:
    text = f"EVENING NEWS - TRANSCRIPT\n{line}\n\nGhana and Kenya signed a trade deal on Monday.\n"
    assert find_metadata(text).published == day


@pytest.mark.parametrize("line", [
    "Broadcast rights to the summit were sold on 3 May 2026 to a network.",
    "The interview aired on 12 January 2026 on state television after the talks ended.",
])
def test_a_sentence_about_a_broadcast_does_not(line: str) -> None:
    text = f"Ghana and Kenya sign a deal\n\n{line}\n\nGhana and Kenya signed a trade deal on Monday.\n"
    assert find_metadata(text).published is None


# --------------------------------------------------------------------------- digest items

_DIGEST = ("WEEKLY DIGEST\n\nNorway and Japan held talks in Oslo on Monday. "
           "Norway and Japan will meet again.\n\n")


@pytest.mark.parametrize(("item", "pair"), [
    ("- Kenya, Peru: MoU on fisheries cooperation signed 3 May in Lima", {"Kenya", "Peru"}),
    ("- Ghana and Brazil: agreement on the avoidance of double taxation signed 4 May", {"Ghana", "Brazil"}),
    ("• Mongolia – Austria: air services agreement signed 5 May", {"Mongolia", "Austria"}),
    ("* Chile/Uruguay: memorandum of understanding on tourism signed on 2 May", {"Chile", "Uruguay"}),
    ("3. Nepal & Bangladesh: treaty on power trade signed 1 May in Kathmandu", {"Nepal", "Bangladesh"}),
])
def test_a_digest_item_headed_by_a_pair_is_that_pair_s(
        extractor: RulesExtractor, item: str, pair: set[str]) -> None:
    found = _page(extractor, f"{_DIGEST}{item}\n")
    assert [set(i.parties) for i in found.instruments] == [pair]


@pytest.mark.parametrize("item", [
    "- Jordan, Portugal: next consultations planned for spring 2026",
    "- Chad, Niger: next round of political consultations planned for March 2026",
])
def test_a_digest_item_s_undertaking_by_both_is_the_item_pair_s(
        extractor: RulesExtractor, item: str) -> None:
    found = _page(extractor, f"{_DIGEST}{item}\n")
    actors = [c.actor for c in found.commitments if c.evidence.start >= len(_DIGEST)]
    assert actors and all(a is not None and "Norway" not in a for a in actors)


@pytest.mark.parametrize("item", [
    "- Highlights: MoU on fisheries cooperation signed 3 May in Lima",     # no pair heads it
    "- Oslo, Tokyo: MoU on fisheries cooperation signed 3 May",            # cities, not states
    "- Kenya, Peru, Chile: MoU on fisheries cooperation signed 3 May",     # three heads, no pair
])
def test_an_item_not_headed_by_two_states_keeps_the_article_s_pair(
        extractor: RulesExtractor, item: str) -> None:
    found = _page(extractor, f"{_DIGEST}{item}\n")
    assert [set(i.parties) for i in found.instruments] == [{"Norway", "Japan"}]


# --------------------------------------------------------------------------- questions

_TOLD = "Ghana and Kenya signed a treaty on fisheries cooperation in Accra on 4 May. "


@pytest.mark.parametrize("question", [
    "Has the Kenyan Parliament ratified the treaty?",
    "Will Ghana and Kenya sign a new agreement on energy next year?",
    "Did the two ministers sign the memorandum on health in Nairobi?",
    'Reporters asked: "Will Kenya ratify the treaty before June?"',
    "When will the Parliament of Ghana approve the agreement on trade?",
])
def test_a_question_reports_no_document_step(extractor: RulesExtractor, question: str) -> None:
    found = _page(extractor, f"Talks\n\n{_TOLD}{question}\n")
    assert [i.status for i in found.instruments] == ["signed"]


@pytest.mark.parametrize("told", [
    "Kenya ratified the treaty on 6 May, didn't it?",  # a tag question: told all the same
    "Kenya ratified the treaty on 6 May, so what comes next?",
])
def test_a_told_step_in_a_question_s_shape_is_kept(extractor: RulesExtractor, told: str) -> None:
    found = _page(extractor, f"Talks\n\n{_TOLD}\n\n{told}\n")
    assert "ratified" in [i.status for i in found.instruments]


# --------------------------------------------------------------------------- "I" in a transcript

_ASKED = "QUESTIONS WITHOUT NOTICE\n\nMr LEE (9:58): What will the government do next?\n\n"


@pytest.mark.parametrize(("turn", "speaker"), [
    ("Ms PRICE (14:25): Yes. I will travel to Nadi on 8 December for the forum.", "Price"),
    ("Mr OKELLO (Kampala Central) (10:02): I will table the treaty before the end of June.", "Okello"),
    ("[00:02:10] JOHN BAKER: I will visit Nairobi next month to sign the agreement.", "John Baker"),
    ("Dr MWANGI (11:40): Next year I will visit Ghana to open the new consulate.", "Mwangi"),
    ("Mrs ODUYA (15:01): Thank you. I shall sign the protocol in Accra in May.", "Oduya"),
])
def test_i_in_a_transcript_is_the_labelled_speaker(
        extractor: RulesExtractor, turn: str, speaker: str) -> None:
    found = _page(extractor, f"{_ASKED}{turn}\n")
    assert [c.actor for c in found.commitments] == [speaker]


@pytest.mark.parametrize("text", [
    f"{_ASKED}[00:01:05] ANCHOR: I will travel to Accra next week for the summit.\n",  # a role, no name
    'Talks\n\nGhana and Kenya held talks. "I will travel to Accra next week,"'
    " Foreign Minister Ama Boateng said.\n",
])
def test_i_without_a_named_label_is_not_a_label_s(extractor: RulesExtractor, text: str) -> None:
    found = _page(extractor, text)
    assert not any(c.actor in ("Anchor", "Lee") for c in found.commitments)
