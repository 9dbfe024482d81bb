"""How people read records: titles ("Talks: Sharif – Lukashenko, Islamabad, 26 Nov 2024"),
kinds as words ("business forum"), days as "26 Nov 2024" and the prose names of instruments.

The brief, the CLI and the dashboard all name records through these functions, so a record
reads the same everywhere and never as its id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from accord.lexicon import STATEMENT_NOUNS, words
from accord.resolve import Record

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

# Meeting kinds as words, and whether the word is plural ("talks were held")
_KIND_WORDS = {"signing_ceremony": "signing ceremony", "press_conference": "press conference",
               "business_forum": "business forum", "phone_call": "phone call"}
PLURAL_KINDS = frozenset({"talks", "consultations", "negotiations"})

_TYPE_WORDS = {"mou": "MoU", "agreement": "agreement", "treaty": "treaty", "convention": "convention",
               "protocol": "protocol", "roadmap": "roadmap", "programme": "programme", "plan": "plan",
               "declaration": "declaration", "other": "instrument"}


# Head nouns that name a document by themselves ("the joint communique")
_DOCUMENT_NOUNS = STATEMENT_NOUNS | words("memorandum charter accord pact deal")


def day_words(value: str | date | None) -> str:
    """Return an ISO day, month or year as people write it ("26 Nov 2024", "Dec 2024", "2025")."""
    if value is None:
        return "undated"
    text = value.isoformat() if isinstance(value, date) else str(value)
    match = _ISO.match(text)
    if match is None:
        return text  # a range or free text: shown as the source gives it
    year, month, day = match.groups()
    if month is None:
        return year
    name = MONTHS[int(month) - 1]
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"


def kind_words(kind: str) -> str:
    """Return a meeting kind as words ("business_forum" → "business forum")."""
    return _KIND_WORDS.get(kind, kind.replace("_", " "))


def surname(name: str) -> str:
    """Return the family name of a full name ("Shehbaz Sharif" → "Sharif")."""
    words = name.split()
    return words[-1] if words else name


def join_words(items: Sequence[str]) -> str:
    """Return items as prose: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def instrument_name(fields: dict[str, Any]) -> str:
    """Return how prose names an instrument: its own title, or "the MoU on e-commerce"."""
    subject, kind = str(fields.get("subject") or ""), str(fields.get("type") or "other")
    word = _TYPE_WORDS.get(kind, kind)
    subject_words = subject.lower().replace("memorandum of understanding", "mou").split()
    if subject[:1].isupper() or word.lower() in subject_words or kind in subject_words \
            or (subject_words and subject_words[-1] in _DOCUMENT_NOUNS):
        # a title ("Roadmap for Comprehensive Cooperation …") or a phrase that names its type
        return subject if subject[:1].isupper() else f"the {subject}"
    return f"the {word} on {subject}"


def meeting_title(fields: dict[str, Any]) -> str:
    """Return a meeting's title: "Talks: Sharif – Lukashenko, Islamabad, 26 Nov 2024"."""
    kind = kind_words(str(fields.get("kind") or "meeting"))
    who = " – ".join(surname(p) for p in fields.get("participants") or [])
    parts = [p for p in (who, str(fields.get("place") or ""), day_words(fields["date"]) if fields.get("date")
                         else "") if p]
    return kind[:1].upper() + kind[1:] + (": " + ", ".join(parts) if parts else "")


# Initiative types as the heading of their title ("Area of cooperation: mining")
_INITIATIVE_WORDS = {"joint_venture": "Joint venture", "project": "Project", "offer": "Offer",
                     "connectivity": "Connectivity", "area": "Area of cooperation", "other": "Initiative"}


def record_title(record: Record) -> str:
    """Return the title a record is shown by, in the CLI and on the dashboard."""
    f = record.fields
    if record.kind == "meetings":
        return meeting_title(f)
    if record.kind == "instruments":
        name = instrument_name(f)
        when = f", {day_words(f['date'])}" if f.get("date") else ""
        return name[:1].upper() + name[1:] + when
    if record.kind == "commitments":
        due = f" (due {day_words(f['deadline'])})" if f.get("deadline") else ""
        return f"Undertaking to {f.get('action') or 'act'}{due}"
    if record.kind == "people":
        return str(f.get("name") or record.id)
    if record.kind == "figures":
        what = f" {f['what']}" if f.get("what") else ""
        return f"Figure: {f.get('value')}{what}"
    if record.kind == "initiatives":
        kind = str(f.get("type") or "other")
        return f"{_INITIATIVE_WORDS.get(kind, kind_words(kind).capitalize())}: {f.get('subject')}"
    return record.id
