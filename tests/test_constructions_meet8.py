"""Meeting constructions of the eighth round on unseen text (issue 9), proved on our own wording:
ceremonies named by their noun (documents exchanged, a send-off, a meal apart from the welcome),
groups and bodies met, "meeting the target", a summit between two people, a transcript's heading
of spoken statements, captions and who grants an audience or receives a call.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from accord.normalize.dates import find_time_expressions
from tests.extract_support import facts, meetings, named, of_kind

PUBLISHED = date(2025, 5, 6)



# --------------------------------------------------------------------------- documents handed over


@pytest.mark.parametrize(("text", "names"), [
    ("Following the talks, President William Ruto and President John Mahama witnessed a "
     "documents-exchange ceremony for five memoranda of understanding.", ("Ruto", "Mahama")),
    ("A documents-exchange ceremony was held at the foreign ministry in Accra on Monday.", ()),
    ("Prime Minister Keir Starmer and Chancellor Friedrich Merz witnessed an MoU-exchange ceremony "
     "in Berlin on Friday.", ("Starmer", "Merz")),
    ("The two foreign ministers attended an exchange of documents in Hanoi on Monday.", ()),
    ("An exchange of notes was held at State House in Nairobi on Tuesday.", ()),
    ("President Lula and Prime Minister Carney presided over an agreement-signing ceremony at the "
     "Planalto Palace.", ("Lula", "Carney")),
])
def test_a_ceremony_of_documents_handed_over_is_a_signing(
        extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    found = of_kind(extractor, text, "signing_ceremony")
    assert len(found) == 1, meetings(extractor, text)
    assert all(named(found[0], n) for n in names), found


@pytest.mark.parametrize("text", [
    "The two leaders held an exchange of views on the situation in Sudan.",
    "A welcome ceremony was held for the visiting delegation at the airport.",
    "The agreement provides for an exchange of information between the customs services.",
])
def test_other_exchanges_and_ceremonies_are_no_signing(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "signing_ceremony") == []


# --------------------------------------------------------------------------- a send-off


@pytest.mark.parametrize(("text", "name"), [
    ("President Mahama left Hanoi on Thursday after a send-off at the airport by Deputy Foreign "
     "Minister Nguyen Minh Hang.", "Nguyen Minh Hang"),
    ("President William Ruto was given a warm send-off by Prime Minister Narendra Modi on Friday.", "Modi"),
    ("Chancellor Friedrich Merz was accorded a farewell by President John Mahama at Kotoka airport.",
     "Mahama"),
    ("After a sendoff by Foreign Minister Penny Wong, Sugiono flew home on Tuesday.", "Wong"),
    ("Prime Minister Keir Starmer left Delhi after a farewell by External Affairs Minister Subrahmanyam "
     "Jaishankar.", "Jaishankar"),
])
def test_a_guest_seen_off_by_a_person_is_a_meeting(extractor: RulesExtractor, text: str, name: str) -> None:
    found = of_kind(extractor, text, "other")
    assert len(found) == 1 and named(found[0], name), meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The minister bade farewell to the old tariff policy on Monday.",
    "In his farewell speech, President Ruto thanked the staff of State House.",
    "The ceasefire was a send-off to years of conflict, analysts said.",
])
def test_a_farewell_to_a_thing_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "other") == []


@pytest.mark.parametrize("text", [
    "President Mahama was accorded a welcome ceremony at the palace on Tuesday. In the evening, "
    "President Luong Cuong hosted a state banquet in honour of President Mahama.",
    "President Ruto was received with a guard of honour at State House on Monday. President Lula later "
    "hosted a dinner for Ruto.",
    "Chancellor Merz was given a ceremonial welcome in Accra on Monday. President Mahama hosted a "
    "luncheon in honour of Merz on Monday.",
    "A red-carpet welcome greeted President Ruto in Seoul on Sunday. President Lee hosted a state dinner "
    "for him on Sunday.",
    "President Mahama was accorded a welcome ceremony at the palace on Tuesday. He left Hanoi on "
    "Thursday after a send-off at the airport by Deputy Foreign Minister Nguyen Minh Hang.",
])
def test_a_meal_or_send_off_is_an_event_apart_from_the_welcome(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "other")) == 2, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "President Mahama was accorded a welcome ceremony with a guard of honour at the palace on Tuesday.",
    "President Lee hosted a state banquet for President Ruto on Sunday. The banquet was attended by "
    "200 guests.",
])
def test_one_welcome_or_one_meal_is_one_event(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "other")) == 1, meetings(extractor, text)


# --------------------------------------------------------------------------- groups and bodies met


@pytest.mark.parametrize("text", [
    "Foreign Minister Wang Yi held talks with Prime Minister Srettha Thavisin on Monday. Srettha hailed "
    "the recent meeting between top Chinese and US officials in Bangkok as historic.",
    "President Joe Biden met General Secretary Nguyen Phu Trong in Hanoi on Sunday. Vietnam has held "
    "several high-level defence meetings with top Russian officials.",
    "President Biden and Prime Minister Lapid met in Jerusalem on Thursday. The two sides welcome the "
    "meeting between the National Quantum Coordination Office and the Israel Innovation Authority.",
    "President Ruto held talks with President Mahama in Accra on Monday. Ghana also held consultations "
    "with senior Chinese officials on debt.",
    "Prime Minister Modi met Chancellor Merz in Berlin on Friday. The visit followed a meeting between "
    "the German Foreign Office and the Indian Ministry of External Affairs.",
])
def test_a_group_or_body_met_is_another_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "talks")) == 2, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "President Ruto held talks with President Mahama in Accra on Monday. The meeting with Mahama "
    "focused on trade.",
    "Foreign Minister Wang Yi met Prime Minister Srettha Thavisin on Monday. During the meeting, "
    "officials discussed visas.",
])
def test_the_same_talks_told_again_stay_one(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "talks")) == 1, meetings(extractor, text)


# --------------------------------------------------------------------------- "meeting the target"


@pytest.mark.parametrize("text", [
    "The country is on track in meeting the target of 3 percent inflation.",
    "The government met the demand of the unions on Monday.",
    "Kenya met the deadline for the loan on Friday.",
    "The factory is meeting the needs of farmers in the region.",
    "The plan met the criteria of the lenders last week.",
])
def test_meeting_a_thing_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Speaking after meeting Foreign Minister Wang Yi on Monday, Srettha said visas would be waived.",
    "The minister said on Sunday, after meeting with Foreign Minister Parnpree, that ties were strong.",
])
def test_meeting_a_person_is_still_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 1, meetings(extractor, text)


# --------------------------------------------------------------------------- a summit of two


@pytest.mark.parametrize("text", [
    "The summit on 14 March between President William Ruto and President Dina Boluarte focused on trade.",
    "The summit between President Lula and Prime Minister Carney on Monday focused on minerals.",
    "Lee's November summit with Xi Jinping ended with six agreements.",
    "The summit in Nairobi between President Ruto and President Museveni ended on Monday.",
    "A summit on Tuesday between Chancellor Merz and President Macron dealt with defence.",
])
def test_a_summit_between_two_people_is_their_talks(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)] == ["talks"]


@pytest.mark.parametrize("text", [
    "President Ruto attended the summit of the African Union in Addis Ababa on Monday.",
    "The G20 summit on Monday in Rio de Janeiro ended with a declaration.",
])
def test_a_summit_of_a_body_stays_a_summit(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)] == ["summit"]


# --------------------------------------------------------------------------- a spoken heading


SPOKEN = [
    ("JOINT STATEMENT OF\nJAPANESE PRIME MINISTER SHINZO ABE AND\nPHILIPPINE PRESIDENT RODRIGO DUTERTE\n"
     "Prime Minister's Office\nTokyo, Japan\nMay 5, 2025\nPRIME MINISTER ABE\nMay I once again express my "
     "heartfelt welcome to President Duterte on behalf of the people of Japan, on this first visit of his.\n",
     ("Abe", "Duterte")),
    ("JOINT PRESS STATEMENTS BY\nPRESIDENT WILLIAM RUTO AND\nPRESIDENT LULA DA SILVA\nState House, Nairobi\n"
     "May 5, 2025\nPRESIDENT RUTO\nIt is my pleasure to welcome President Lula to Kenya once again today, "
     "as our "
     "two countries open a new chapter.\n",
     ("Ruto", "Lula")),
    ("REMARKS BY\nPRESIDENT JOHN MAHAMA AND\nCHANCELLOR FRIEDRICH MERZ\nJubilee House, Accra\nMay 5, 2025\n"
     "PRESIDENT MAHAMA: Chancellor, welcome to Ghana, and thank you for coming so far to be with us in Accra "
     "this week.\n",
     ("Mahama", "Merz")),
    ("PRESS STATEMENTS OF\nPRIME MINISTER NARENDRA MODI AND\nPRESIDENT GABRIEL BORIC\nHyderabad House, "
     "New Delhi\nMay 5, 2025\nPRIME MINISTER MODI\nExcellency, it is an honour to welcome you to India, and "
     "to welcome the large business delegation with you.\n",
     ("Modi", "Boric")),
    ("STATEMENTS BY\nPRESIDENT CYRIL RAMAPHOSA AND\nPRIME MINISTER ANTHONY ALBANESE\nUnion Buildings, "
     "Pretoria\nMay 5, 2025\nPRESIDENT RAMAPHOSA:\nPrime Minister, welcome to South Africa, and thank you "
     "for "
     "bringing so many of your ministers with you.\n",
     ("Ramaphosa", "Albanese")),
]


@pytest.mark.parametrize(("text", "names"), SPOKEN)
def test_a_heading_of_statements_spoken_by_two_is_a_press_event(
        extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    found = of_kind(extractor, text, "press_conference")
    assert len(found) == 1, meetings(extractor, text)
    assert all(named(found[0], n) for n in names), found
    assert found[0].date == "2025-05-05", found


@pytest.mark.parametrize("text", [
    # a written statement: no one speaks below the heading
    "JOINT STATEMENT BY\nPRESIDENT WILLIAM RUTO AND\nPRESIDENT LULA DA SILVA\nMay 5, 2025\nThe two "
    "presidents reaffirmed their commitment to a stronger partnership between their countries.\n",
    # one speaker alone gives no joint event
    "REMARKS BY\nPRESIDENT WILLIAM RUTO\nState House, Nairobi\nMay 5, 2025\nPRESIDENT RUTO\nThank you all "
    "for coming to State House this morning for this event.\n",
])
def test_a_written_statement_or_one_speaker_is_no_press_event(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "press_conference") == []


# --------------------------------------------------------------------------- captions


@pytest.mark.parametrize("text", [
    "WRITER: Jane Doe\nPresident Lee Jae Myung attends a welcome ceremony in Beijing on Monday. "
    "(Photo: Reuters)\nPresident Lee Jae Myung was received by President Xi Jinping at a welcome "
    "ceremony on Sunday.\n",
    "PUBLISHED : 5 May 2025 at 09:28\nPresident Ruto speaks during a visit to Seoul on Monday. (Photo: AFP)\n"
    "President Ruto visited Seoul on Monday and met President Lee at the presidential office.\n",
    "UPDATED : 5 May 2025 at 10:02\nKing Charles and President Ruto pass an honour guard at a welcoming "
    "ceremony at State House on Monday. (Photo: Reuters)\nKing Charles was received by President Ruto at "
    "a welcome ceremony on Sunday.\n",
    "WRITER: Reuters\nChancellor Merz walks with President Mahama during a visit to Accra on Monday. "
    "(File photo)\nChancellor Merz visited Accra on Monday for talks on trade and energy.\n",
    "PUBLISHED : 4 May 2025 at 18:00\nPrime Minister Modi and President Boric attend a welcome ceremony in "
    "New Delhi on Monday. (Image: PIB)\nPresident Boric was received by Prime Minister Modi at a welcome "
    "ceremony on Sunday.\n",
])
def test_a_caption_below_a_byline_is_the_meeting_the_body_tells(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert len([m for m in found if m.kind in ("other", "visit")]) == 1, found


@pytest.mark.parametrize("text", [
    "President Ruto greets wellwishers in Seoul. (Photo: AFP)\nPresident Ruto was received by President "
    "Lee at a welcome ceremony on Monday. President Ruto was received by King Charles at a welcome "
    "ceremony in London in 2023.\n",
    "Chancellor Merz in Accra. (Photo: Reuters)\nChancellor Merz visited Accra on Monday. Chancellor "
    "Scholz visited Lagos in 2022.\n",
])
def test_a_body_line_after_a_caption_keeps_its_own_day(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert len([m for m in found if m.kind in ("other", "visit")]) == 2, found


# --------------------------------------------------------------------------- the one who grants


@pytest.mark.parametrize(("text", "names"), [
    ("King Norodom Sihamoni granted an audience to President Prabowo at the Royal Palace on Tuesday.",
     ("Sihamoni", "Prabowo")),
    ("Egyptian Foreign Minister Badr Abdelatty received a phone call from his Brazilian counterpart Mauro "
     "Vieira on Wednesday.", ("Abdelatty", "Vieira")),
    ("Pope Leo granted an audience to President William Ruto at the Vatican on Monday.", ("Leo", "Ruto")),
    ("President John Mahama received a telephone call from Chancellor Friedrich Merz on Friday.",
     ("Mahama", "Merz")),
    ("Emir Tamim bin Hamad Al Thani granted an audience to Prime Minister Keir Starmer in Doha.",
     ("Tamim", "Starmer")),
])
def test_who_grants_an_audience_or_receives_a_call_takes_part(
        extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1 and all(named(found[0], n) for n in names), found


@pytest.mark.parametrize("text", [
    "The audience applauded President Ruto's speech at the university on Monday.",
    "President Ruto received a call for calm from church leaders on Monday.",
])
def test_an_audience_of_listeners_or_a_call_for_something_is_no_meeting(
        extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == []


# --------------------------------------------------------------------------- a separate meeting


@pytest.mark.parametrize("text", [
    "President William Ruto and President Dina Boluarte held talks in Lima on Friday. Trade ministers from "
    "both sides also held a separate meeting on customs procedures.",
    "President Prabowo and President Boric held talks in Santiago on Tuesday. Their foreign ministers held "
    "a separate meeting on visas on Tuesday.",
    "Chancellor Merz met President Mahama in Accra on Monday. Officials of the two sides held separate "
    "talks on energy.",
    "Prime Minister Modi held talks with Prime Minister Starmer in London on Thursday. A parallel meeting "
    "of the two trade ministers dealt with tariffs.",
    "President Lula received President Ruto in Brasilia on Monday. The agriculture ministers met in a "
    "separate meeting on fertiliser.",
])
def test_a_meeting_told_as_separate_is_another_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "talks")) == 2, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "President William Ruto and President Dina Boluarte held talks in Lima on Friday. The meeting focused "
    "on fertiliser trade.",
    "President Prabowo and President Boric held talks in Santiago on Tuesday. During the talks, the two "
    "leaders discussed separate issues of trade and visas.",
])
def test_talks_told_again_without_separate_stay_one(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "talks")) == 1, meetings(extractor, text)


# --------------------------------------------------------------------------- a report joined to a plan


@pytest.mark.parametrize("text", [
    "Thailand affirmed its support for China and the US to hold talks on tensions and hailed the recent "
    "meeting between top Chinese and US officials in Bangkok.",
    "Kenya backed the plan for both sides to resume negotiations and welcomed the talks held with "
    "President Mahama in Accra on Monday.",
    "Ghana urged the parties to reach a deal soon and praised the meeting between Chinese and US "
    "officials in Geneva last week.",
    "The minister asked the envoys to prepare a draft and recalled the meeting with President Ruto in "
    "Nairobi on Monday.",
    "Brazil called on both sides to keep talking and hailed the summit between President Lula and "
    "President Ruto on Monday.",
])
def test_a_past_report_joined_to_a_plan_is_held(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 1, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The two ministers agreed to hold talks in Accra and sign the memorandum there in June.",
    "Kenya invited President Mahama to visit Nairobi and address the parliament next year.",
])
def test_acts_joined_under_a_plan_stay_planned(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == []


# --------------------------------------------------------------------------- a numbered long name


@pytest.mark.parametrize("text", [
    "Secretary Blinken and Minister Teo chaired the second U.S.-Singapore Critical and Emerging Technology "
    "(CET) Dialogue in Singapore today. Building on the inaugural U.S.-Singapore CET Dialogue held in "
    "Washington, the two sides reaffirmed their cooperation.",
    "Minister Mudavadi and Minister Schialer co-chaired the third Kenya-Peru Joint Economic Dialogue in "
    "Lima today. Building on the first Kenya-Peru Joint Economic Dialogue held in Nairobi, they agreed "
    "on new steps.",
    "The two ministers chaired the fourth India-Ghana Strategic Dialogue in Accra today. Recalling the "
    "maiden India-Ghana Strategic Dialogue held in New Delhi, they set up four working groups.",
    "Ministers Wong and Sugiono chaired the fifth Australia-Indonesia Maritime Dialogue in Canberra today, "
    "after the inaugural Australia-Indonesia Maritime Dialogue held in Jakarta.",
    "The envoys chaired the second Chile-Oman Energy Transition Dialogue in Santiago today. The first "
    "Chile-Oman Energy Transition Dialogue held in Muscat had launched the hydrogen study.",
])
def test_sittings_numbered_apart_in_long_names_are_two(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "commission_session")) == 2, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "Secretary Blinken and Minister Teo chaired the second U.S.-Singapore Critical and Emerging Technology "
    "(CET) Dialogue in Singapore today. During the CET Dialogue, the co-chairs noted progress.",
    "Minister Mudavadi and Minister Schialer co-chaired the third Kenya-Peru Joint Economic Dialogue in "
    "Lima today. The Kenya-Peru Joint Economic Dialogue held in Lima agreed on new steps.",
])
def test_one_sitting_told_again_stays_one(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "commission_session")) == 1, meetings(extractor, text)


# --------------------------------------------------------------------------- a visit of several days


@pytest.mark.parametrize(("text", "day"), [
    ("President Shavkat Mirziyoyev concluded a three-day state visit to Malaysia on Monday. Mirziyoyev "
     "arrived in Kuala Lumpur on Saturday and was welcomed by Prime Minister Anwar Ibrahim.", "2025-05-03"),
    ("President William Ruto wrapped up his four-day state visit to Ghana on Tuesday. President Ruto "
     "arrived in Accra on Saturday and was received by President Mahama.", "2025-05-03"),
    ("Chancellor Friedrich Merz ended a two-day visit to India on Monday. Chancellor Merz arrived in New "
     "Delhi on Sunday.", "2025-05-04"),
    ("Prime Minister Starmer arrived in Tokyo on Sunday. Starmer concluded his three-day official visit to "
     "Japan on Tuesday with a trip to Osaka.", "2025-05-04"),
    ("President Lula landed in Beijing on Friday. Lula left China on Monday, ending a four-day state "
     "visit to China.", "2025-05-02"),
])
def test_a_visit_of_several_days_is_one_dated_by_its_arrival(
        extractor: RulesExtractor, text: str, day: str) -> None:
    visits = of_kind(extractor, text, "visit")
    assert len(visits) == 1, visits
    assert visits[0].date == day, visits


@pytest.mark.parametrize("text", [
    "President Ruto concluded a two-day visit to Ghana on Tuesday. Ruto first visited Ghana on 10 April "
    "for a funeral.",
    "Chancellor Merz ended a three-day visit to India on Monday. His predecessor visited India in 2022 "
    "for a summit.",
])
def test_a_visit_outside_the_days_is_another(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "visit")) == 2, meetings(extractor, text)


# --------------------------------------------------------------------------- "Lee's November summit"


@pytest.mark.parametrize(("text", "month"), [
    ("The issue was raised during Lee's November summit with Xi Jinping.", "2025-11"),
    ("President Ruto's March visit to Accra produced three agreements.", "2025-03"),
    ("President Mahama’s February talks with Chancellor Merz focused on cocoa.", "2025-02"),
    ("Prime Minister Modi's April meeting with Prime Minister Starmer ended with a trade deal.", "2025-04"),
    ("President Lula's January trip to Beijing was his second this term.", "2025-01"),
])
def test_a_month_after_a_possessive_dates_the_meeting(
        extractor: RulesExtractor, text: str, month: str) -> None:
    found = list(facts(extractor, text, published=date(2026, 1, 4) if "Lee" in text else PUBLISHED).meetings)
    assert [m.date for m in found] == [month], found


@pytest.mark.parametrize("text", [
    "the country's May elections were peaceful",
    "Kenya's March exports of tea rose sharply",
])
def test_a_month_after_a_possessive_before_other_things_is_no_time(text: str) -> None:
    assert find_time_expressions(text, PUBLISHED, future=False) == []


# --------------------------------------------------------------------------- whom the subject went with


@pytest.mark.parametrize(("text", "absent"), [
    ("Ministers who accompanied President Ruto met their Ghanaian counterparts in Accra on Monday.", "Ruto"),
    ("Brazilian ministers who travelled with President Lula held talks with Kenyan officials on Monday.",
     "Lula"),
    ("Officials who travelled with Chancellor Merz held a meeting with Indian business leaders on Friday.",
     "Merz"),
    ("Trade Minister Budi Santoso, who accompanied President Prabowo, met Chilean Foreign Minister Alberto "
     "van Klaveren in Santiago.", "Prabowo"),
    ("Senior aides who flew in with President Macron held talks with Nigerian officials in Abuja.", "Macron"),
])
def test_whom_the_subject_went_with_takes_no_part(extractor: RulesExtractor, text: str, absent: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1 and not named(found[0], absent), found


@pytest.mark.parametrize(("text", "present"), [
    ("President Ruto met President Mahama in Accra on Monday, with the ministers accompanying him.", "Ruto"),
    ("Ministers who accompanied the president met President Mahama in Accra on Monday.", "Mahama"),
])
def test_who_the_subject_names_or_meets_takes_part(
        extractor: RulesExtractor, text: str, present: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1 and named(found[0], present), found


# --------------------------------------------------------------------------- a spokesperson's briefing


@pytest.mark.parametrize("text", [
    "The two leaders later addressed a joint press conference in Kuala Lumpur on Tuesday. Anwar will visit "
    "Tashkent next year, a spokesman for the prime minister said at a press briefing on Tuesday.",
    "President Ruto and President Mahama held a joint press conference in Accra on Monday. A spokeswoman "
    "for the ministry told a news conference on Monday that the visa deal was ready.",
    "Chancellor Merz and President Macron spoke at a joint news conference on Friday. Later on Friday, the "
    "government spokesperson gave a press briefing on the talks.",
    "Prime Minister Modi and Prime Minister Starmer addressed a press conference in London on Thursday. The "
    "foreign ministry spokesperson held a media briefing on Thursday on the trade deal.",
    "President Lula and President Boric held a joint press conference on Monday. On Monday evening, a "
    "spokesman for Lula briefed reporters on the agreements.",
])
def test_a_spokespersons_briefing_is_not_the_leaders_press_conference(
        extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "press_conference")) == 2, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The foreign ministry spokesperson held a press briefing on Monday. At the briefing, the spokesperson "
    "said the visit would go ahead.",
    "President Ruto and President Mahama held a joint press conference in Accra on Monday. At the press "
    "conference, Ruto said trade would double.",
])
def test_one_briefing_told_twice_stays_one(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "press_conference")) == 1, meetings(extractor, text)
