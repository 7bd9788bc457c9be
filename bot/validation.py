"""Numbers and dates from outside (callback data, command arguments, typed answers), checked
where they enter the bot: a value that fails here is refused with a clear answer and never
reaches a handler's arithmetic or SQLite.

Only ASCII digits count: ``str.isdigit`` accepts superscripts ("²") that ``int`` refuses, and
``int`` accepts digits of other scripts ("١٢") and underscores ("1_0") that no button of ours
ever packs. SQLite integers and Telegram ids are signed 64-bit.
"""

from __future__ import annotations

import re
from datetime import date

MAX_ID = 2**63 - 1
_ASCII_NUMBER = re.compile(r"[0-9]{1,19}")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


def parse_id(text: str) -> int | None:
    """A non-negative id written in ASCII digits and within 64 bits, else None."""
    if _ASCII_NUMBER.fullmatch(text) is None:
        return None
    number = int(text)
    return number if number <= MAX_ID else None


def parse_count(text: str, minimum: int, maximum: int) -> int | None:
    """A number typed by a person (spaces around allowed) within [minimum, maximum]."""
    number = parse_id(text.strip())
    if number is None or not minimum <= number <= maximum:
        return None
    return number


def parse_day(text: str, earliest: date, latest: date) -> date | None:
    """An ISO day (YYYY-MM-DD, ASCII digits) within [earliest, latest], else None."""
    match = _ISO_DAY.fullmatch(text)
    if match is None:
        return None
    try:
        day = date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return day if earliest <= day <= latest else None


def parse_month(text: str, earliest: date, latest: date) -> date | None:
    """An ISO month (YYYY-MM, ASCII digits) as its first day, within [earliest, latest]."""
    match = _ISO_MONTH.fullmatch(text)
    if match is None:
        return None
    year, month = (int(part) for part in match.groups())
    try:
        first = date(year, month, 1)
    except ValueError:  # month 13, year 0
        return None
    return first if earliest <= first <= latest else None


def checked_id(value: object) -> int:
    """For pydantic (callback data): an int or its ASCII digits, within [0, MAX_ID]; raises
    ValueError otherwise, which makes aiogram's CallbackData filter not match."""
    if isinstance(value, bool):
        raise ValueError("not an id")
    number = parse_id(value) if isinstance(value, str) else value
    if not isinstance(number, int) or not 0 <= number <= MAX_ID:
        raise ValueError("not an id")
    return number
