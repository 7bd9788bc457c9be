"""An .ics file (RFC 5545) for one event, so a migrant can put it in the phone's calendar.

Written with icalendar, which escapes values and folds lines over 75 octets as the RFC asks
(a Kyrgyz description is two octets a letter; phones' calendars refuse unfolded lines).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from bot.db.clock import utc_now
from bot.db.events import Event
from bot.services.events import text_for

DURATION = timedelta(hours=2)


def event_ics(event: Event, locale: str) -> bytes:
    return _ics(event, locale, f"event-{event.id}", event.starts_at, DURATION)


def appointment_ics(event: Event, slot_start: datetime, locale: str) -> bytes:
    """The person's own time at a reception by appointment, as long as one time."""
    assert event.slots is not None
    length = timedelta(minutes=event.slots.minutes)
    return _ics(event, locale, f"appointment-{event.id}", slot_start, length)


def _ics(event: Event, locale: str, uid: str, starts: datetime, length: timedelta) -> bytes:
    text = text_for(event, locale)
    where = ", ".join(part for part in (event.city, event.place) if part) or (event.url or "")
    entry = CalendarEvent()
    entry.add("uid", f"{uid}@migrant-helpdesk")
    entry.add("dtstamp", utc_now().replace(microsecond=0))
    entry.add("dtstart", starts.astimezone(UTC))
    entry.add("dtend", (starts + length).astimezone(UTC))
    entry.add("summary", text.title)
    entry.add("location", where)
    entry.add("description", text.description)
    if event.url:
        entry.add("url", event.url)
    calendar = Calendar()
    calendar.add("prodid", "-//migrant-helpdesk//events//EN")
    calendar.add("version", "2.0")
    calendar.add_component(entry)
    return bytes(calendar.to_ical())
