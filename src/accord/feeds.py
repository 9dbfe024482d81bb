"""Deadlines as an iCalendar file and the register's changes as an Atom feed.

Both are written by maintained libraries (`icalendar`, `feedgen`), from the values
`accord.progress` builds; `link` turns a record id into the URL of its page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from accord.progress import Change, Deadline
from accord.version import __version__

Link = Callable[[str], str]
UID_DOMAIN = "accord"  # a deadline's UID is "<record id>@accord": the same record, the same event


def deadlines_ics(found: Sequence[Deadline], link: Link, stamp: datetime) -> bytes:
    """Return an iCalendar file with one all-day event per deadline that has a day (stamped `stamp`)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//accord//deadlines {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "accord: deadlines")
    for d in found:
        if d.due is None:
            continue  # postponed with no new date: nothing to put on a calendar
        event = Event()
        event.add("uid", f"{d.record.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", d.due)
        event.add("dtend", d.due + timedelta(days=1))
        event.add("summary", d.what)
        owner = f"\nOwner: {d.owner}" if d.owner else ""
        event.add("description", f"Status: {d.status.replace('_', ' ')} ({d.reason}){owner}\n"
                                 f"Sources: {', '.join(d.sources)}")
        event.add("url", link(d.record.id))
        event.add("categories", [d.status])
        cal.add_component(event)
    return bytes(cal.to_ical())


def changes_atom(found: Sequence[Change], stored: Mapping[str, datetime], link: Link, feed_url: str,
                 title: str) -> bytes:
    """Return an Atom feed with one entry per change, dated when the store learnt of it."""
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(feed_url)
    feed.title(title)
    feed.link(href=feed_url, rel="self")
    feed.author({"name": "accord"})
    feed.generator("accord", __version__)
    times = [c.stored_at(stored) for c in found]
    feed.updated(max(times) if times else datetime.fromtimestamp(0).astimezone())
    # feedgen puts the entry added last first: add the oldest first, so the newest lead
    for change, when in sorted(zip(found, times, strict=True), key=lambda ct: ct[1]):
        entry = feed.add_entry()
        url = link(change.record) if change.record else feed_url
        entry.id(f"{url}#{change.kind}-{when.strftime('%Y%m%dT%H%M%S')}-{change.after or ''}")
        entry.title(f"{_HEADINGS[change.kind]}: {change.title}")
        entry.link(href=url)
        entry.updated(when)
        entry.published(when)
        entry.summary(f"{change.day.isoformat()}: {change.detail}")
        entry.category(term=change.kind)
    return bytes(feed.atom_str(pretty=True))


_HEADINGS = {"new": "New", "status": "Status", "curation": "Curation"}
