"""How each typed answer of the event forms is read: stored in the answers, or the text id of
what is wrong. The new-event form and the edit of one field share them."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.db.clock import utc_now
from bot.db.events import Slots
from bot.handlers.forms import Answers, Reader
from bot.i18n import LOCALES
from bot.keyboards.event_admin_menus import EVENT_KINDS
from bot.services.appointments import parse_slots
from bot.services.events import ZONES
from bot.validation import parse_count

WHEN_INPUT = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})\s*$")
TITLE_LIMIT = 100
DESCRIPTION_LIMIT = 1000
PLACE_LIMIT = 200
MAX_CAPACITY = 100_000
ZONE_BY_KEY = {key: name for name, key in ZONES.items()}
NOT_OFFERED = "common-outdated-button"  # a button of another step, or crafted data


def kind(value: str, data: Answers) -> str | None:
    if value not in EVENT_KINDS:
        return NOT_OFFERED
    data["kind"] = value
    return None


def language(value: str, data: Answers) -> str | None:
    if value not in LOCALES:
        return NOT_OFFERED
    data["locale"] = value
    return None


def zone(value: str, data: Answers) -> str | None:
    if value not in ZONE_BY_KEY:
        return NOT_OFFERED
    data["tz"] = ZONE_BY_KEY[value]
    return None


def use_buttons(_: str, __: Answers) -> str | None:
    return "event-form-use-buttons"


def title(text: str, data: Answers) -> str | None:
    if not 1 <= len(text) <= TITLE_LIMIT:
        return "event-form-bad-title"
    data["texts"][data["locale"]] = {"title": text, "description": ""}
    return None


def description(text: str, data: Answers) -> str | None:
    if len(text) > DESCRIPTION_LIMIT:
        return "event-form-bad-description"
    data["texts"][data["locale"]]["description"] = "" if text == "-" else text
    return None


def _place(key: str) -> Reader:
    def read(text: str, data: Answers) -> str | None:
        if not 1 <= len(text) <= PLACE_LIMIT:
            return "event-form-bad-place"
        data[key] = text
        return None

    return read


city = _place("city")
address = _place("place")


def link(text: str, data: Answers) -> str | None:
    if not re.match(r"^https://\S+$", text) or len(text) > PLACE_LIMIT:
        return "event-form-bad-link"
    data["url"] = text
    return None


def capacity(text: str, data: Answers) -> str | None:
    seats = parse_count(text, 1, MAX_CAPACITY)
    if seats is None:
        return "event-form-bad-capacity"
    data["capacity"] = seats
    return None


def when(text: str, data: Answers) -> str | None:
    match = WHEN_INPUT.match(text)
    if match is None:
        return "event-form-bad-when"
    day, month, year, hour, minute = (int(part) for part in match.groups())
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(data["tz"]))
    except ValueError:
        return "event-form-bad-when"
    if not utc_now() < local < utc_now() + timedelta(days=366):
        return "event-form-bad-when"
    data["starts_at"] = local.isoformat()
    return None


def slots(text: str, data: Answers) -> str | None:
    """A reception's appointment times, "10:00-16:00 15", on its day. The edit of an existing
    event knows its start as ``event_starts_at`` (``starts_at`` there means a new time)."""
    starts_at = datetime.fromisoformat(data.get("starts_at") or data["event_starts_at"])
    parsed = parse_slots(text, starts_at, data["tz"])
    if isinstance(parsed, str):
        return parsed
    data["slots"] = {
        "from": parsed.starts.isoformat(),
        "to": parsed.ends.isoformat(),
        "minutes": parsed.minutes,
    }
    return None


def slots_of(data: Answers) -> Slots | None:
    stored = data.get("slots")
    if not stored:
        return None
    return Slots(
        datetime.fromisoformat(stored["from"]),
        datetime.fromisoformat(stored["to"]),
        int(stored["minutes"]),
    )


#: The typed answers by step name (the edit of one field asks them one at a time).
TYPED: dict[str, Reader] = {
    "title": title,
    "description": description,
    "when": when,
    "city": city,
    "address": address,
    "link": link,
    "capacity": capacity,
    "slots": slots,
}
