"""UTC timestamps as stored in the database (ISO 8601, seconds), and the bot's one clock.

Everything in the bot that asks "what time is it" calls :func:`utc_now`. The sandbox's clock
control (and a test) may move that clock forward with :func:`advance`, so reminders and deadline
notices due tomorrow can be seen today; :func:`reset` puts it back. It only ever runs ahead of the
real time, never back, and in production nothing calls ``advance``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_ahead = timedelta(0)  # how far the bot's clock runs ahead of the real one


def utc_now() -> datetime:
    return datetime.now(UTC) + _ahead


def advance(delta: timedelta) -> None:
    """Move the bot's clock forward by ``delta`` (process-wide; the sandbox, tests)."""
    global _ahead  # noqa: PLW0603 - the one deliberate piece of process-wide state
    if delta < timedelta(0):
        raise ValueError("the clock only moves forward")
    _ahead += delta


def ahead() -> timedelta:
    """How far :func:`advance` has moved the clock."""
    return _ahead


def reset() -> None:
    """Back to the real time."""
    global _ahead  # noqa: PLW0603
    _ahead = timedelta(0)


def to_db(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")
