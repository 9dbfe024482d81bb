"""Small invented articles about Chile and Norway, built as ArticleFacts for resolve/track tests."""

from __future__ import annotations

import hashlib
from datetime import date

from accord.core import Article, ArticleFacts, Commitment, Evidence, Figure, Instrument, Meeting, Person
from accord.normalize.numbers import parse_number
from accord.resolve import consolidate


def ev(text: str, quote: str) -> Evidence:
    """Return the evidence of `quote` in `text` (the test fails loudly when it is absent)."""
    start = text.index(quote)
    return Evidence(start, start + len(quote), quote)


def record_groups(reports: list[ArticleFacts], kind: str, quotes: bool = False) -> list[list[str]]:
    """Return, per consolidated record of one kind, the articles its mentions come from (with each
    mention's quote after a colon when `quotes`), sorted, so a test states which reports were joined."""
    register = consolidate(reports)
    return sorted(sorted(f"{m.article_name}:{m.quote}" if quotes else m.article_name for m in r.mentions)
                  for r in register.records.values() if r.kind == kind)


def article(name: str, text: str, published: date | None, outlet: str | None = None) -> Article:
    return Article(
        name=name,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
        published=published,
        outlet=outlet,
    )


def amount_told(name: str, text: str, value: str, states: str, published: date,
                approx: str | None = None) -> ArticleFacts:
    """One report of one amount ("$1.2 billion", or "over a billion dollars" with approx "over"), its
    first sentence the evidence, the pair's states named after it."""
    return ArticleFacts(
        article(name, f"{text} {states}", published), "test", "1",
        figures=[Figure(value=value, number=parse_number(value), approx=approx,
                        evidence=ev(text, text.split(". ")[0]))],
    )


def promised(name: str, actor: str, action: str, pair: str, published: date) -> ArticleFacts:
    """Return a one-line report of one promise ("X will <action>, the ministry said.") closed by a
    sentence naming the pair, with the promise as its only fact, for tests of which promises join."""
    text = f"{actor} will {action}, the ministry said. {pair}"
    return ArticleFacts(
        article(name, text, published), "test", "1",
        commitments=[Commitment(actor=actor, action=action, deadline_text=None, deadline=None,
                                evidence=ev(text, f"{actor} will {action}"))],
    )


PAIR = ("Chile", "Norway")

VISIT_A = (
    "SANTIAGO: Chile and Norway signed an MoU on renewable energy on Monday during the visit of "
    "Prime Minister Ingrid Halvorsen, who held talks with President Mateo Rojas in Santiago. "
    "The two sides signed 12 agreements in all. Both sides will reconvene in Oslo within two weeks."
)
VISIT_B = (
    "Norwegian Premier Ingrid Halvorssen and Chilean President Mateo Rojas held talks in Santiago "
    "and signed an agreement on renewable energy and several other documents. "
    "Headline: Chile, Norway to meet in Oslo next month. Halvorssen invited Rojas to visit Norway in "
    "March 2025."
)
LATER = (
    "OSLO: President Mateo Rojas arrived in Oslo on a state visit on Friday. Chile and Norway signed "
    "an agreement on renewable energy cooperation during the visit, formalising the 2024 MoU."
)


def visit_a() -> ArticleFacts:
    t = VISIT_A
    a = article("a.txt", t, date(2024, 11, 18), outlet="Ministry of Foreign Affairs of Norway")
    return ArticleFacts(
        a,
        "test",
        "1",
        instruments=[
            Instrument(
                type="mou",
                subject="renewable energy",
                parties=PAIR,
                status="signed",
                date="2024-11-18",
                evidence=ev(t, "signed an MoU on renewable energy"),
            )
        ],
        commitments=[
            Commitment(
                actor="Chile and Norway",
                action="reconvene in Oslo",
                deadline_text="within two weeks",
                deadline="2024-12-02",
                evidence=ev(t, "Both sides will reconvene in Oslo within two weeks"),
            )
        ],
        meetings=[
            Meeting(
                kind="talks",
                participants=("Ingrid Halvorsen", "Mateo Rojas"),
                place="Santiago",
                date="2024-11-18",
                evidence=ev(t, "held talks with President Mateo Rojas"),
            )
        ],
        people=[
            Person(
                name="Ingrid Halvorsen",
                role="Prime Minister",
                country="Norway",
                evidence=ev(t, "Prime Minister Ingrid Halvorsen"),
            ),
            Person(
                name="Mateo Rojas", role="President", country="Chile", evidence=ev(t, "President Mateo Rojas")
            ),
        ],
        figures=[
            Figure(
                value="12",
                number=12,
                what="agreements signed during the visit",
                evidence=ev(t, "signed 12 agreements in all"),
            )
        ],
    )


def visit_b() -> ArticleFacts:
    t = VISIT_B
    a = article("b.txt", t, date(2024, 11, 19), outlet="Daily Courier")
    return ArticleFacts(
        a,
        "test",
        "1",
        instruments=[
            Instrument(
                type="agreement",
                subject="renewable energy",
                parties=PAIR,
                status="signed",
                date="2024-11-18",
                evidence=ev(t, "signed an agreement on renewable energy"),
            )
        ],
        commitments=[
            Commitment(
                actor="Chile and Norway",
                action="meet in Oslo",
                deadline_text="next month",
                deadline="2024-12",
                evidence=ev(t, "Chile, Norway to meet in Oslo next month"),
            ),
            Commitment(
                actor="Mateo Rojas",
                action="visit Norway",
                deadline_text="in March 2025",
                deadline="2025-03",
                evidence=ev(t, "Halvorssen invited Rojas to visit Norway in March 2025"),
            ),
        ],
        meetings=[
            Meeting(
                kind="talks",
                participants=("Ingrid Halvorssen", "Mateo Rojas"),
                place="Santiago",
                date="2024-11-18",
                evidence=ev(t, "Mateo Rojas held talks in Santiago"),
            )
        ],
        people=[
            Person(
                name="Ingrid Halvorssen",
                role="Premier",
                country="Norway",
                evidence=ev(t, "Norwegian Premier Ingrid Halvorssen"),
            ),
            Person(
                name="Mateo Rojas",
                role="President",
                country="Chile",
                evidence=ev(t, "Chilean President Mateo Rojas"),
            ),
        ],
    )


def later() -> ArticleFacts:
    t = LATER
    a = article("c.txt", t, date(2025, 4, 11))
    return ArticleFacts(
        a,
        "test",
        "1",
        instruments=[
            Instrument(
                type="agreement",
                subject="renewable energy cooperation",
                parties=PAIR,
                status="signed",
                date="2025-04-11",
                evidence=ev(t, "signed an agreement on renewable energy cooperation"),
            )
        ],
        meetings=[
            Meeting(
                kind="visit",
                participants=("Mateo Rojas",),
                place="Oslo",
                date="2025-04-11",
                evidence=ev(t, "President Mateo Rojas arrived in Oslo on a state visit"),
            )
        ],
        people=[
            Person(
                name="Mateo Rojas", role="President", country="Chile", evidence=ev(t, "President Mateo Rojas")
            )
        ],
    )


def all_articles() -> list[ArticleFacts]:
    return [visit_a(), visit_b(), later()]


SUBJECTS = ("renewable energy", "fisheries", "health services", "higher education", "customs", "tourism")
NAMES = ("Ingrid Halvorsen", "Ingrid Halvorssen", "Mateo Rojas", "Matteo Rojas", "Lars Berg")
DAYS = (date(2024, 3, 4), date(2024, 3, 6), date(2024, 9, 10), date(2025, 1, 20))


def generated(n: int) -> ArticleFacts:
    """Return the n-th of a family of small articles that overlap in subjects, people and dates."""
    subject = SUBJECTS[n % len(SUBJECTS)]
    name = NAMES[n % len(NAMES)]
    day = DAYS[(n // 2) % len(DAYS)]
    kind = ("mou", "agreement")[(n // 6) % 2]
    text = (
        f"Report {n}. Chile and Norway signed an {kind} on {subject} on {day.isoformat()}. "
        f"Minister {name} said the sides would meet in Oslo within two weeks. "
        f"They signed {3 + n % 2} agreements."
    )
    # every fifth report carries no date at all, as some pages do
    published = None if n % 5 == 4 else day + (n % 3) * (DAYS[1] - DAYS[0]) // 2
    a = article(f"g{n}.txt", text, published)
    return ArticleFacts(
        a,
        "test",
        "1",
        instruments=[
            Instrument(
                type=kind,
                subject=subject,
                parties=PAIR,
                status="signed",
                date=day.isoformat() if published else None,
                evidence=ev(text, f"signed an {kind} on {subject}"),
            )
        ],
        commitments=[
            Commitment(
                actor="Chile and Norway",
                action="meet in Oslo",
                deadline_text="within two weeks",
                deadline=None,
                evidence=ev(text, "would meet in Oslo within two weeks"),
            )
        ],
        people=[Person(name=name, role="Minister", country=None, evidence=ev(text, f"Minister {name}"))],
        figures=[
            Figure(value=str(3 + n % 2), what="agreements", evidence=ev(text, f"{3 + n % 2} agreements"))
        ],
    )
