"""When operators are at work: OFFICE_HOURS="mon-fri 09:00-18:00", OFFICE_TIMEZONE.

Outside these hours a migrant's receipt (and, once per closed period, a message written into an
open request) says when to expect an answer; answer deadlines count only these hours. Empty:
always open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.i18n import Translator
from bot.local_time import moscow_minute

MAX_OPEN_DAYS = 800  # working days a deadline may reach (a month of minutes needs ~100)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PATTERN = re.compile(
    r"^(?P<first>[a-z]{3})(?:-(?P<last>[a-z]{3}))?\s+"
    r"(?P<start>\d{1,2}:\d{2})-(?P<end>\d{1,2}:\d{2})$"
)


@dataclass(frozen=True)
class OfficeHours:
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time
    tz: str

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(ZoneInfo(self.tz))
        return local.weekday() in self.days and self.start <= local.time() < self.end

    def next_opening(self, moment: datetime) -> datetime:
        """The next moment the office opens after ``moment`` (in the office's zone)."""
        zone = ZoneInfo(self.tz)
        local = moment.astimezone(zone)
        for days_ahead in range(8):
            day = local.date() + timedelta(days=days_ahead)
            opening = datetime.combine(day, self.start, tzinfo=zone)
            if day.weekday() in self.days and opening > local:
                return opening
        raise ValueError("office hours without a working day")

    def add_open_minutes(self, start: datetime, minutes: int) -> datetime:
        """The moment (UTC) when ``minutes`` of office time have passed since ``start``:
        closed hours, nights and days off do not count."""
        zone = ZoneInfo(self.tz)
        moment = start.astimezone(zone)
        left = timedelta(minutes=minutes)
        for _ in range(MAX_OPEN_DAYS):
            if not self.is_open(moment):
                moment = self.next_opening(moment)
            closing = datetime.combine(moment.date(), self.end, tzinfo=zone)
            room = closing.astimezone(UTC) - moment.astimezone(UTC)
            if left <= room:
                return moment.astimezone(UTC) + left
            left -= room
            moment = closing
        raise ValueError("a deadline beyond MAX_OPEN_DAYS working days")


def after_hours_lines(t: Translator, opening: datetime, urgent: bool) -> list[str]:
    """What a migrant is told outside office hours: when the office answers (in Moscow time)
    and, for an urgent matter, the emergency numbers not to wait for it."""
    lines = [t("request-receipt-after-hours", when=moscow_minute(opening))]
    if urgent:
        lines += ["", t("request-receipt-urgent"), t("emergency-body")]
    return lines


def parse_office_hours(raw: str, tz: str) -> OfficeHours | None:
    """None for an empty setting; ValueError with a readable message otherwise."""
    raw = raw.strip().lower()
    if not raw:
        return None
    match = PATTERN.match(raw)
    if match is None or match["first"] not in DAYS or (match["last"] or "mon") not in DAYS:
        raise ValueError("expected e.g. 'mon-fri 09:00-18:00'")
    first = DAYS.index(match["first"])
    last = DAYS.index(match["last"]) if match["last"] else first
    if last < first:
        raise ValueError("days must run forward within a week, e.g. 'mon-fri'")
    start, end = _time(match["start"]), _time(match["end"])
    if start >= end:
        raise ValueError("the office must open before it closes")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {tz!r}") from None
    return OfficeHours(frozenset(range(first, last + 1)), start, end, tz)


def _time(text: str) -> time:
    hours, minutes = (int(part) for part in text.split(":"))
    if hours > 23 or minutes > 59:
        raise ValueError(f"bad time {text!r}")
    return time(hours, minutes)
