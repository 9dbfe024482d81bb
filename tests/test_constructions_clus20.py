"""Consolidation across reports (round 20, clus20): one thing each report names its own way.

Invented reports of one pair of states: a contract's value in won in one and in dollars in the
other ("a 2.8 trillion won (US$2 billion) contract", "a $2 billion deal"); a count in words and in
digits ("a dozen agreements", "12 agreements"); a document a wire lists by one word and a ministry
names in full ("deals on minerals", "the Memorandum of Understanding on Critical Minerals"); a guest
who met two people of the host state; a capital in its own language's syllables ("Ha Noi"); a trade
pact by title and by purpose ("the protocol to upgrade the CEPA", "a deal expanding their trade
pact"); and a ceremony or meal of no known kind beside another report's talks.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Figure, Instrument, Meeting, Person
from tests.resolve_fixtures import article, ev, record_groups

DAY = date(2026, 6, 17)



# ------------------ one amount told in two currencies: "2.8 trillion won (US$2 billion)"

def _amount(name: str, text: str, value: str, what: str | None) -> ArticleFacts:
    return ArticleFacts(article(name, text, DAY), "test", "1",
                        figures=[Figure(value=value, what=what, evidence=ev(text, text.rstrip(".")))])


@pytest.mark.parametrize(("both", "one", "other"), [
    ("Korea and Romania: Daerim signed a 2.8 trillion won (US$2 billion) howitzer contract.",
     "2.8 trillion won", "$2 billion"),
    ("Norway and Ghana: the programme gets 120 million kroner, or about 11 million dollars.",
     "120 million", "11 million dollars"),
    ("Pakistan and Belarus: the tractor plant will cost Rs 50 billion, equivalent to $180 million.",
     "Rs 50 billion", "$180 million"),
    ("Kenya and Japan: Tokyo lends KSh 13 billion ($100 million) for the Mombasa port.",
     "KSh 13 billion", "$100 million"),
    ("France and India: the deal is worth €450 million (about $490 million), officials said.",
     "€450 million", "$490 million"),
])
def test_an_amount_restated_in_another_currency_joins_either(both: str, one: str, other: str) -> None:
    state_a, state_b = both.split(":")[0].split(" and ")
    a = _amount("a.txt", both, one, "contract")
    said = f"{state_a} and {state_b} agreed on a {other} contract on Tuesday."
    b = _amount("b.txt", said, other, "contract")
    assert len(record_groups([a, b], "figures", quotes=True)) == 1


@pytest.mark.parametrize(("first", "second"), [
    # the bracket holds another amount of another thing, not the same one in dollars
    ("Korea and Romania: Daerim signed a 2.8 trillion won (up from 2.1 trillion won) contract.",
     "Korea and Romania agreed on a 2.1 trillion won contract on Tuesday."),
    # no restatement: won and dollars are two sums
    ("Korea and Romania: Daerim signed a 2.8 trillion won contract with Bucharest.",
     "Korea and Romania agreed on a $2 billion contract on Tuesday."),
])
def test_another_amount_beside_one_is_no_restatement(first: str, second: str) -> None:
    a = _amount("a.txt", first, "2.8 trillion won", "contract")
    value = "2.1 trillion won" if "2.1" in second else "$2 billion"
    b = _amount("b.txt", second, value, "contract")
    assert len(record_groups([a, b], "figures", quotes=True)) == 2


# ------------------ a count in words with no `what`: the noun after it says what it counts

@pytest.mark.parametrize(("words", "value", "digits", "noun"), [
    ("The two presidents oversaw the signing of a dozen agreements in Cairo.", "a dozen", "12",
     "agreements"),
    ("Ministers signed five memorandums of understanding on Monday.", "five", "5", "MoUs"),
    ("In all, three treaties were signed at the palace.", "three", "3", "agreements"),
    ("The leaders witnessed the exchange of seven accords, officials said.", "seven", "7", "documents"),
    ("They signed 12 deals during the visit.", "12", "twelve", "agreements"),
])
def test_a_bare_count_of_documents_joins_the_same_count(words: str, value: str, digits: str,
                                                        noun: str) -> None:
    lead = "Egypt and Turkey. "
    a = ArticleFacts(article("a.txt", lead + words, DAY), "test", "1",
                     figures=[Figure(value=value, what=None, evidence=ev(lead + words, words.rstrip(".")))])
    text = f"Egypt and Turkey signed {digits} {noun} on Wednesday."
    b = ArticleFacts(article("b.txt", text, DAY), "test", "1",
                     figures=[Figure(value=digits, what=noun, evidence=ev(text, f"{digits} {noun}"))])
    assert len(record_groups([a, b], "figures", quotes=True)) == 1


@pytest.mark.parametrize("words", [
    "Egypt and Turkey. The talks followed a dozen rounds of negotiation in Ankara.",
    "Egypt and Turkey. A dozen, officials said, were still under review.",
])
def test_a_bare_count_of_something_else_stays_apart(words: str) -> None:
    quote = words.split(". ", 1)[1].rstrip(".")
    a = ArticleFacts(article("a.txt", words, DAY), "test", "1",
                     figures=[Figure(value="a dozen" if "a dozen" in quote else "A dozen", what=None,
                                     evidence=ev(words, quote))])
    text = "Egypt and Turkey signed 12 agreements on Wednesday."
    b = ArticleFacts(article("b.txt", text, DAY), "test", "1",
                     figures=[Figure(value="12", what="agreements", evidence=ev(text, "12 agreements"))])
    assert len(record_groups([a, b], "figures", quotes=True)) == 2


# ------------------ a one-word list item and the document's full title in another report

def _documents(name: str, text: str, *docs: tuple[str, str, str]) -> ArticleFacts:
    """A report of documents given as (type, subject, sector); each quote is its subject."""
    return ArticleFacts(article(name, text, DAY), "test", "1", instruments=[
        Instrument(type=t, subject=s, sectors=(sector,), parties=("Indonesia", "South Africa"),
                   date=DAY.isoformat(), evidence=ev(text, s)) for t, s, sector in docs])


@pytest.mark.parametrize(("item", "title"), [
    (("mou", "minerals", "mining"),
     ("mou", "Memorandum of Understanding on Cooperation in Critical Minerals and Battery Value Chains",
      "critical minerals")),
    (("agreement", "minerals", "mining"),
     ("mou", "Memorandum of Understanding on Critical Minerals Cooperation", "critical minerals")),
    (("mou", "energy", "energy"),
     ("agreement", "Agreement on Cooperation in the Peaceful Uses of Nuclear Energy", "nuclear")),
    (("agreement", "atomic energy", "nuclear"),
     ("agreement", "Intergovernmental Agreement on Atomic Energy Research and Training", "nuclear")),
    (("mou", "critical minerals", "critical minerals"),
     ("mou", "Memorandum on critical minerals supply chains", "critical minerals")),
])
def test_a_list_item_joins_the_title_that_holds_its_words(item: tuple[str, str, str],
                                                          title: tuple[str, str, str]) -> None:
    a = _documents("a.txt", f"Indonesia and South Africa signed deals on {item[1]} and health.", item)
    b = _documents("b.txt", f"The instruments signed include the {title[1]}.", title)
    assert record_groups([a, b], "instruments", quotes=True) == [[f"a.txt:{item[1]}", f"b.txt:{title[1]}"]]


def test_a_list_item_joins_the_title_of_its_own_sector_first() -> None:
    a = _documents("a.txt", "Indonesia and South Africa signed deals on minerals and health.",
                   ("mou", "minerals", "mining"))
    text = ("The ministers signed the MoU on Mining and Mineral Resources and the MoU on "
            "Critical Minerals and Battery Value Chains.")
    b = _documents("b.txt", text, ("mou", "MoU on Mining and Mineral Resources", "mining"),
                   ("mou", "MoU on Critical Minerals and Battery Value Chains", "critical minerals"))
    assert record_groups([a, b], "instruments", quotes=True) == [
        ["a.txt:minerals", "b.txt:MoU on Mining and Mineral Resources"],
        ["b.txt:MoU on Critical Minerals and Battery Value Chains"],
    ]


@pytest.mark.parametrize(("item", "title"), [
    # the title's head is another sector: customs statistics, not trade
    (("agreement", "trade", "trade"), ("agreement", "Agreement on customs statistics on bilateral trade",
                                       "customs")),
    # not all of the item's words are the title's
    (("mou", "energy", "energy"), ("agreement", "Agreement on nuclear safety and radiation", "nuclear")),
])
def test_an_item_of_another_thing_stays_apart(item: tuple[str, str, str],
                                             title: tuple[str, str, str]) -> None:
    a = _documents("a.txt", f"Indonesia and South Africa signed deals on {item[1]} and health.", item)
    b = _documents("b.txt", f"The instruments signed include the {title[1]}.", title)
    assert len(record_groups([a, b], "instruments", quotes=True)) == 2


# ------------------ one guest, two hosts of one state the same day: two meetings

Met = tuple[str, tuple[str, ...], str | None, str]  # kind, participants, place, quote


def _meeting_report(name: str, text: str, people: tuple[tuple[str, str], ...],
                    *meetings: Met) -> ArticleFacts:
    """A report of meetings, placing its people (name, state) as its people facts do."""
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        meetings=[Meeting(kind=k, participants=p, place=where, date=DAY.isoformat(), evidence=ev(text, q))
                  for k, p, where, q in meetings],
        people=[Person(name=n, country=c, evidence=ev(text, n.split()[-1])) for n, c in people],
    )


GUEST = ("Wang Yi", "China")


@pytest.mark.parametrize(("host_a", "host_b"), [
    (("Srettha Thavisin", "Thailand"), ("Parnpree Bahiddha-Nukara", "Thailand")),
    (("Anwar Ibrahim", "Malaysia"), ("Mohamad Hasan", "Malaysia")),
    (("Shehbaz Sharif", "Pakistan"), ("Ishaq Dar", "Pakistan")),
    (("Prabowo Subianto", "Indonesia"), ("Sugiono Sugiono", "Indonesia")),
    (("Ferdinand Marcos", "Philippines"), ("Enrique Manalo", "Philippines")),
])
def test_a_guest_meeting_two_hosts_of_one_state_is_two_meetings(host_a: tuple[str, str],
                                                                 host_b: tuple[str, str]) -> None:
    text_a = f"{host_a[0]} held a meeting with Wang Yi on Monday."
    a = _meeting_report("a.txt", text_a, (host_a, GUEST),
                        ("talks", (GUEST[0], host_a[0]), None, text_a.rstrip(".")))
    first = "Wang Yi called on the prime minister at Government House."
    second = f"Wang Yi also held a meeting with {host_b[0]} on Monday."
    text_b = f"{first} {second}"
    b = _meeting_report("b.txt", text_b, (host_b, GUEST),
                        ("talks", (GUEST[0],), "Government House", first.rstrip(".")),
                        ("talks", (host_b[0], GUEST[0]), None, second.rstrip(".")))
    groups = record_groups([a, b], "meetings", quotes=True)
    assert [f"a.txt:{text_a.rstrip('.')}", f"b.txt:{first.rstrip('.')}"] in groups
    assert [f"b.txt:{second.rstrip('.')}"] in groups


@pytest.mark.parametrize(("named_a", "named_b"), [
    # one report names the host's foreign minister beside him: one meeting
    (("Srettha Thavisin",), ("Srettha Thavisin", "Parnpree Bahiddha-Nukara")),
    # the other side's people differ, not the host's: one meeting told with two delegations
    (("Srettha Thavisin", "Sun Weidong"), ("Srettha Thavisin",)),
])
def test_a_meeting_named_with_more_people_stays_one(named_a: tuple[str, ...],
                                                    named_b: tuple[str, ...]) -> None:
    people = (("Srettha Thavisin", "Thailand"), ("Parnpree Bahiddha-Nukara", "Thailand"), GUEST,
              ("Sun Weidong", "China"))
    text_a = f"Wang Yi held a meeting with {' and '.join(named_a)} on Monday."
    text_b = f"Wang Yi met {' and '.join(named_b)} at Government House."
    a = _meeting_report("a.txt", text_a, tuple(p for p in people if p[0] in text_a),
                        ("talks", (GUEST[0], *named_a), None, text_a.rstrip(".")))
    b = _meeting_report("b.txt", text_b, tuple(p for p in people if p[0] in text_b),
                        ("talks", (GUEST[0], *named_b), "Government House", text_b.rstrip(".")))
    assert len(record_groups([a, b], "meetings", quotes=True)) == 1


# ------------------ a capital in its own language's syllables: "Hà Nội", "Ha Noi"

@pytest.mark.parametrize(("written", "state"), [
    ("Hà Nội", "VN"), ("Ha Noi", "VN"), ("HA NOI", "VN"), ("Phnompenh", "KH"), ("Kuala  Lumpur", "MY"),
])
def test_a_capital_written_in_syllables_is_its_state(written: str, state: str) -> None:
    from accord.normalize.countries import gazetteer

    found = gazetteer().by_capital(written)
    assert found is not None and found.iso2 == state


@pytest.mark.parametrize("written", ["Noi", "Ha", "Penh Phnom", "Lumpur"])
def test_a_part_of_a_capital_is_no_capital(written: str) -> None:
    from accord.normalize.countries import gazetteer

    assert gazetteer().by_capital(written) is None


def test_talks_in_ha_noi_and_in_addis_ababa_are_two_meetings() -> None:
    people = ("Pham Minh Chinh", "Abiy Ahmed Ali")
    text_a = "Pham Minh Chinh held talks with Abiy Ahmed Ali in Ha Noi on Wednesday."
    text_b = "Abiy Ahmed and Pham Minh Chinh held talks in Addis Ababa on Wednesday."
    text_c = "Ethiopian Prime Minister Abiy Ahmed met Pham Minh Chinh in Hanoi on Wednesday."
    a = _meeting_report("a.txt", text_a, (), ("talks", people, "Ha Noi", text_a.rstrip(".")))
    b = _meeting_report("b.txt", text_b, (), ("talks", people, "Addis Ababa", text_b.rstrip(".")))
    c = _meeting_report("c.txt", text_c, (), ("talks", people, "Hanoi", text_c.rstrip(".")))
    groups = record_groups([a, b, c], "meetings", quotes=True)
    assert [f"a.txt:{text_a.rstrip('.')}", f"c.txt:{text_c.rstrip('.')}"] in groups
    assert [f"b.txt:{text_b.rstrip('.')}"] in groups


# ------------------ a trade pact named by its title in one report and by its purpose in another

def _pact(name: str, text: str, kind: str, subject: str, sector: str) -> ArticleFacts:
    return ArticleFacts(article(name, text, DAY), "test", "1", instruments=[
        Instrument(type=kind, subject=subject, sectors=(sector,), parties=("Indonesia", "Chile"),
                   date=DAY.isoformat(), evidence=ev(text, subject))])


@pytest.mark.parametrize(("title", "purpose"), [
    (("protocol", "protocol to upgrade the Indonesia-Chile Comprehensive Economic Partnership Agreement "
      "(IC-CEPA)", "economy"), ("agreement", "agreement expanding their 2017 trade pact", "trade")),
    (("protocol", "Protocol for the Expansion of the Comprehensive Economic Partnership Agreement",
      "economy"), ("agreement", "deal widening their trade pact", "trade")),
    (("agreement", "Comprehensive Economic Partnership Agreement (CEPA)", "economy"),
     ("agreement", "free trade agreement", "trade")),
    (("protocol", "Second Protocol amending the Economic Partnership Agreement", "economy"),
     ("agreement", "upgraded trade agreement", "trade")),
    (("agreement", "Indonesia-Chile CEPA upgrade", "economy"), ("agreement", "expanded trade deal", "trade")),
])
def test_a_partnership_agreement_is_the_trade_pact_of_another_report(title: tuple[str, str, str],
                                                                     purpose: tuple[str, str, str]) -> None:
    a = _pact("a.txt", f"Indonesia and Chile signed the {title[1]} on Tuesday.", *title)
    b = _pact("b.txt", f"Indonesia and Chile signed an {purpose[1]} on Tuesday.", *purpose)
    assert len(record_groups([a, b], "instruments", quotes=True)) == 1


@pytest.mark.parametrize(("one", "other"), [
    # economic cooperation is no trade pact
    (("mou", "MoU on economic cooperation", "economy"), ("agreement", "free trade agreement", "trade")),
    # a trade pact is not a memorandum on customs statistics
    (("agreement", "Comprehensive Economic Partnership Agreement (CEPA)", "economy"),
     ("mou", "MoU on customs statistics on bilateral trade", "customs")),
])
def test_other_economic_documents_stay_apart_from_the_pact(one: tuple[str, str, str],
                                                          other: tuple[str, str, str]) -> None:
    a = _pact("a.txt", f"Indonesia and Chile signed the {one[1]} on Tuesday.", *one)
    b = _pact("b.txt", f"Indonesia and Chile signed the {other[1]} on Tuesday.", *other)
    assert len(record_groups([a, b], "instruments", quotes=True)) == 2


# ------------------ a ceremony or meal of no known kind joins talks only on more than their day

@pytest.mark.parametrize(("text_a", "event"), [
    ("Abiy Ahmed Ali arrived in Hanoi, following an official welcome ceremony at the Presidential Palace.",
     "an official welcome ceremony at the Presidential Palace"),
    ("Earlier, Abiy Ahmed Ali attended a wreath-laying ceremony at the Ho Chi Minh Mausoleum.",
     "a wreath-laying ceremony at the Ho Chi Minh Mausoleum"),
    ("The visit ended with an official luncheon at the Government Guesthouse.",
     "an official luncheon at the Government Guesthouse"),
    ("In the evening the hosts gave a state dinner at the Metropole.", "a state dinner at the Metropole"),
    ("The day began with a working breakfast at the embassy.", "a working breakfast at the embassy"),
])
def test_an_event_of_no_known_kind_stays_apart_from_the_talks_of_another_report(text_a: str,
                                                                                 event: str) -> None:
    people = ("Pham Minh Chinh", "Abiy Ahmed Ali")
    text_b = "Abiy Ahmed and Pham Minh Chinh held bilateral discussions on trade and coffee."
    a = _meeting_report("a.txt", text_a, (), ("other", people, None, event))
    b = _meeting_report("b.txt", text_b, (), ("talks", people, None, text_b.rstrip(".")))
    assert len(record_groups([a, b], "meetings", quotes=True)) == 2


@pytest.mark.parametrize(("other", "talks"), [
    ("Pham Minh Chinh met Abiy Ahmed Ali at the Presidential Palace.",
     "Abiy Ahmed met Pham Minh Chinh at the Presidential Palace for talks."),
    ("Pham Minh Chinh and Abiy Ahmed Ali held a meeting in Hanoi on trade.",
     "Abiy Ahmed and Pham Minh Chinh held talks in Hanoi on trade."),
])
def test_a_meeting_of_no_known_kind_told_alike_joins_the_talks(other: str, talks: str) -> None:
    people = ("Pham Minh Chinh", "Abiy Ahmed Ali")
    a = _meeting_report("a.txt", other, (), ("other", people, "Hanoi", other.rstrip(".")))
    b = _meeting_report("b.txt", talks, (), ("talks", people, "Hanoi", talks.rstrip(".")))
    assert len(record_groups([a, b], "meetings", quotes=True)) == 1
