"""The commitments stage on sentences written for the purpose: cues, exclusions, deadlines, merging."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.core import Article, Commitment
from accord.extract.rules import commitments
from accord.extract.rules.context import Context
from accord.nlp import load_pipeline
from accord.settings import Settings

# The lead dates the event: "on Tuesday" before Wednesday 27 November 2024 is the 26th.
LEAD = "VIENNA: Austria and Hungary on Tuesday signed a wide-ranging trade agreement.\n"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(Settings.from_env().model)


def run(nlp: Language, body: str, *, lead: str = LEAD) -> list[Commitment]:
    text = lead + body
    article = Article(name="t.txt", text=text, content_hash="h", published=date(2024, 11, 27))
    found = commitments.find(Context(article, nlp(text)))
    for c in found:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
    return found


def test_reconvene_within_two_weeks_resolves_against_the_event_date(nlp: Language) -> None:
    [c] = run(nlp, "The chancellor said both sides would reconvene in Graz within two weeks to "
                   "finalise practical measures.")
    assert c.deadline_text == "within two weeks"
    assert c.deadline == "2024-12-10"
    assert c.action.startswith("reconvene in Graz")
    assert c.actor == "Austria and Hungary"
    assert c.evidence.text.startswith("both sides would reconvene")


def test_a_month_deadline_and_a_planned_visit_in_one_sentence(nlp: Language) -> None:
    found = run(nlp, "The sides will prepare additional agreements, which are expected to be signed "
                     "during his likely visit to Hungary in February 2025.")
    assert len(found) == 3
    assert all(c.deadline == "2025-02" for c in found[1:])
    visit = next(c for c in found if c.evidence.text.startswith("his likely visit"))
    assert visit.deadline_text == "in February 2025"


@pytest.mark.parametrize(("body", "verb"), [
    ("President Tomas Varga expressed Hungary's willingness to share its expertise with Austria.",
     "share"),
    ("The president also offered to purchase textile products from Austria.", "purchase"),
    ("They committed to enhancing cooperation in health and education.", "enhance"),
    ("The two leaders pledged to work together on water management.", "work"),
    ("Both sides concurred on the importance of sustaining this progress through regular visits.",
     "sustain"),
    ("The chancellor issued instructions to the ministers to take the necessary steps.", "take"),
    ("Chancellor Anna Berg is scheduled to meet the Hungarian speaker on Friday.", "meet"),
])
def test_cues(nlp: Language, body: str, verb: str) -> None:
    found = run(nlp, body)
    assert len(found) == 1
    assert found[0].action.startswith(verb)


def test_actor_of_a_noun_cue_is_its_possessor(nlp: Language) -> None:
    [c] = run(nlp, "President Tomas Varga expressed Hungary's willingness to share its expertise.")
    assert c.actor == "Hungary"


@pytest.mark.parametrize("body", [
    "Austria needed to have joint ventures with Hungarian companies.",
    "They reiterated their call for peaceful resolutions to conflicts in the region.",
    "The ministers signed a customs agreement last year.",
    "If the talks succeed, the two sides would sign a treaty.",
    "The chancellor expressed hopes that Hungary will soon send a delegation.",
    "The leaders reaffirmed their commitment to the sovereignty and territorial integrity of Ukraine.",
    "Chancellor Anna Berg is not scheduled to meet the president.",
    "The new rail line will benefit farmers in both countries.",
    "Austria and Hungary agreed in 2019 to recognise their maritime boundary.",
])
def test_exclusions(nlp: Language, body: str) -> None:
    assert run(nlp, body) == []


def test_invitation_and_its_acceptance_are_one_commitment(nlp: Language) -> None:
    found = run(nlp, "President Tomas Varga invited Chancellor Anna Berg to visit Hungary, and "
                     "Chancellor Anna Berg accepted the invitation.")
    assert len(found) == 1
    assert found[0].action.startswith("visit")
    assert "accepted the invitation" in found[0].evidence.text


def test_the_same_commitment_stated_twice_is_one(nlp: Language) -> None:
    found = run(nlp, "Both sides agreed to expand trade in farm products.\n"
                     "The two countries also agreed to expand trade in farm products and machinery.")
    assert len(found) == 1
    assert found[0].evidence.text.startswith("Both sides agreed")


def test_headline_restatement_is_dropped_for_the_body(nlp: Language) -> None:
    lead = "Leaders to meet again in Graz within two weeks\n" + LEAD
    found = run(nlp, "The chancellor said the two leaders would meet again in Graz within two weeks "
                     "to finish the text.", lead=lead)
    assert len(found) == 1
    assert not found[0].evidence.text.startswith("Leaders")


def test_a_headline_with_another_deadline_is_kept_beside_the_body(nlp: Language) -> None:
    # "next month" over "within two weeks": two claims, which consolidation shows as a conflict
    lead = "Leaders to meet again in Graz next month\n" + LEAD
    found = run(nlp, "The chancellor said the two leaders would meet again in Graz within two weeks "
                     "to finish the text.", lead=lead)
    assert sorted(c.deadline_text or "" for c in found) == ["next month", "within two weeks"]
    assert any(c.evidence.text == "Leaders to meet again in Graz next month" for c in found)


def test_a_headline_infinitive_is_a_future_undertaking(nlp: Language) -> None:
    # a subheading between paragraphs, as reports print them
    [c] = run(nlp, "Both sides to reconvene in Vienna next month to finalise practical steps\n")
    assert c.action.startswith("reconvene in Vienna") and c.deadline_text == "next month"


@pytest.mark.parametrize(("body", "text", "value"), [
    ("The chancellor instructed the ministers to take the necessary steps as soon as possible.",
     "as soon as possible", None),
    ("The two sides will establish a joint trade office in 2026.", "in 2026", None),
    ("Chancellor Anna Berg will travel to Budapest this afternoon.", "this afternoon", "2024-11-26"),
])
def test_deadline_values(nlp: Language, body: str, text: str, value: str | None) -> None:
    [c] = run(nlp, body)
    assert c.deadline_text == text
    assert c.deadline == value


@pytest.mark.parametrize("body", [
    "The prime minister offered condolences to the families of the victims.",
    "The new trade agreement is expected to create thousands of jobs.",
    "Austria has no plans to open an embassy in the region.",
])
def test_courtesies_forecasts_and_denials_are_not_commitments(nlp: Language, body: str) -> None:
    assert run(nlp, body) == []


def test_a_signing_expected_on_a_day_is_a_commitment(nlp: Language) -> None:
    [c] = run(nlp, "Several memorandums of understanding are expected to be signed on Friday.")
    assert c.deadline == "2024-11-29"
    assert c.actor == "Austria and Hungary"


@pytest.mark.parametrize(("body", "action"), [
    ("Austria pledged a 40 million euro credit line for rail upgrades.",
     "pledge a 40 million euro credit line"),
    ("Hungary committed 5 million euros to the joint fund.", "commit 5 million euros"),
])
def test_a_pledged_thing_is_a_commitment_led_by_the_verb(nlp: Language, body: str, action: str) -> None:
    [c] = run(nlp, body)
    assert c.action.startswith(action)


def test_a_reflexive_object_is_not_a_pledge(nlp: Language) -> None:
    assert all("themselves" not in c.action for c in run(nlp, "Both sides committed themselves to peace."))


@pytest.mark.parametrize(("body", "action"), [
    ("The two leaders agreed to convene a joint council before the end of June.", "convene a joint council"),
    ("The leaders will meet again at the EU summit on December 12.", "meet again at the EU summit"),
])
def test_removing_the_deadline_leaves_no_dangling_words(nlp: Language, body: str, action: str) -> None:
    [c] = run(nlp, body)
    assert c.action == action and c.deadline is not None


@pytest.mark.parametrize(("lead", "actor"), [
    ("OTTAWA, March 3 (Reuters) - ", "Canada and Chile"),
    ("Ottawa, March 3, 2025 (Wire) - ", "Canada and Chile"),
    ("SANTIAGO: ", "Canada and Chile"),
    ("VALPARAISO, 3 March (AFP) — ", "Canada and Chile"),
    ("OTTAWA/SANTIAGO, March 3 (Reuters) -- ", "Canada and Chile"),
])
def test_a_dateline_gives_neither_actor_nor_deadline(nlp: Language, lead: str, actor: str) -> None:
    [c] = run(nlp, "Canada and Chile have agreed to finish talks on a modernised trade agreement.",
              lead=lead)
    assert c.actor == actor
    assert c.deadline_text is None and c.deadline is None


@pytest.mark.parametrize("lead", ["", "Trade talks resume\n\n"])
def test_a_promise_s_own_time_is_read_where_no_dateline_opens_the_story(nlp: Language, lead: str) -> None:
    [c] = run(nlp, "Canada and Chile have agreed to finish talks on a modernised trade agreement "
                   "by March 3.", lead=lead)
    assert c.deadline_text is not None and "March 3" in c.deadline_text


@pytest.mark.parametrize(("body", "action"), [
    ("Norway will open a consulate in Gdansk by March.", "open a consulate in Gdansk"),
    ("The Finnish side will open an embassy in Hanoi by April.", "open an embassy in Hanoi"),
    ("Kenya is expected to open a trade office in Kampala by June.", "open a trade office in Kampala"),
    ("Both airlines will open a direct route between the capitals by December.", "open a direct route"),
    ("Peru would open a border crossing at Tacna within the year.", "open a border crossing at Tacna"),
])
def test_opening_a_mission_or_a_link_is_an_undertaking(nlp: Language, body: str, action: str) -> None:
    [c] = [c for c in run(nlp, body) if c.change is None]
    assert c.action.startswith(action)
    assert c.deadline is not None


@pytest.mark.parametrize("body", [
    "The agreement will open new markets for farmers by 2026.",
    "The deal is expected to open opportunities for investors within the year.",
])
def test_opening_markets_or_opportunities_is_a_forecast(nlp: Language, body: str) -> None:
    assert [c for c in run(nlp, body) if c.change is None] == []


@pytest.mark.parametrize(("body", "action", "deadline"), [
    ("The leaders told their negotiators to get the investment treaty done within the year.",
     "get the investment treaty done", "2024-12"),
    ("The chancellor promised to get the customs protocol signed by March.",
     "get the customs protocol signed", "2025-03"),
    ("Both sides agreed to have the text finalised by the end of January.", "have the text finalised",
     "2025-01"),
    ("The ministers pledged to get the new rail link opened by June.", "get the new rail link opened",
     "2025-06"),
    ("The presidents instructed officials to get the visa waiver ratified within the year.",
     "get the visa waiver ratified", "2024-12"),
])
def test_a_thing_to_get_done_is_the_undertaking(nlp: Language, body: str, action: str, deadline: str) -> None:
    [c] = run(nlp, body)
    assert c.action.startswith(action)
    assert c.deadline == deadline


def test_what_someone_said_stays_out_of_the_undertaking(nlp: Language) -> None:
    [c] = run(nlp, "The minister agreed to reconvene in Graz within two weeks, and said the talks "
                   "were useful.")
    assert "useful" not in c.action


@pytest.mark.parametrize(("body", "action"), [
    ("The leaders agreed that the next meeting of the joint commission would be held in Graz in March.",
     "hold the next meeting of the joint commission in Graz"),
    ("They decided that the third round of talks will be held in Pecs before June.",
     "hold the third round of talks in Pecs"),
    ("Both sides agreed that a business forum should be organised in Vienna next spring.",
     "organise a business forum in Vienna"),
    ("The ministers agreed that the summit would be convened in Budapest by the end of the year.",
     "convene the summit in Budapest"),
    ("It was agreed that the agreement on road transport will be signed in Graz in May.",
     "sign the agreement on road transport in Graz"),
])
def test_a_passive_event_or_document_keeps_its_subject_in_the_action(nlp: Language, body: str,
                                                                      action: str) -> None:
    found = [c for c in run(nlp, body) if not c.change]
    assert [c.action for c in found] == [action]
    assert found[0].deadline is not None


@pytest.mark.parametrize(("body", "action", "deadline"), [
    ("The two sides aim to sign the road transport agreement before the end of June.",
     "sign the road transport agreement", "2025-06"),  # said in November: next June
    ("Austria and Hungary are aiming to conclude the talks on gas transit by March.",
     "conclude the talks on gas transit", "2025-03"),
    ("Both governments aim to open the new border crossing within six months.",
     "open the new border crossing", "2025-05-26"),
    ("The ministers aim to hold the next session in Graz in the spring.", "hold the next session in Graz",
     "2025-05"),
    ("Hungary aims to double its exports to Austria by the end of next year.",
     "double its exports to Austria", "2025-12"),
])
def test_an_aim_with_a_date_is_an_undertaking(nlp: Language, body: str, action: str, deadline: str) -> None:
    [c] = [c for c in run(nlp, body) if not c.change]
    assert (c.action, c.deadline) == (action, deadline)


@pytest.mark.parametrize("body", [
    "The new rail line aims to boost trade between the two countries.",
    "The forum aimed to bring investors from both countries together.",
])
def test_an_aim_without_a_date_is_a_purpose(nlp: Language, body: str) -> None:
    assert [c for c in run(nlp, body) if not c.change] == []
