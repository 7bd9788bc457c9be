"""An .ics file (RFC 5545) for one event, so a migrant can put it in the phone's calendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.db.clock import utc_now
from bot.db.events import Event
from bot.services.events import text_for

DURATION = timedelta(hours=2)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_ics(event: Event, locale: str) -> bytes:
    text = text_for(event, locale)
    where = ", ".join(part for part in (event.city, event.place) if part) or (event.url or "")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//migrant-helpdesk//events//EN",
        "BEGIN:VEVENT",
        f"UID:event-{event.id}@migrant-helpdesk",
        f"DTSTAMP:{_utc(utc_now())}",
        f"DTSTART:{_utc(event.starts_at)}",
        f"DTEND:{_utc(event.starts_at + DURATION)}",
        f"SUMMARY:{_escape(text.title)}",
        f"LOCATION:{_escape(where)}",
        f"DESCRIPTION:{_escape(text.description)}",
    ]
    if event.url:
        lines.append(f"URL:{event.url}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")
