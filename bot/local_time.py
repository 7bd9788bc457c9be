"""The one time zone in which people read times: Moscow's, the office's and that of most
migrants' work. The database keeps UTC; every time a migrant or an operator reads goes through
here, and the text around it names the zone ("МСК", "по Москве"). Events are the exception:
each is shown in its own zone, named too (bot/services/events.py)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")


def moscow_date(moment: datetime) -> date:
    return moment.astimezone(MOSCOW).date()


def moscow_minute(moment: datetime) -> str:
    """25.12.2026 18:30"""
    return moment.astimezone(MOSCOW).strftime("%d.%m.%Y %H:%M")


def moscow_short(moment: datetime) -> str:
    """25.12 18:30, for lines of a thread."""
    return moment.astimezone(MOSCOW).strftime("%d.%m %H:%M")
