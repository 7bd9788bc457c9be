"""Reminders say what is true: one at a time, never for a window that had already begun when
the person registered or the event moved, and with the time really left."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.events import Event, EventText
from bot.i18n import I18n
from bot.services.events import EventService, time_left

PERSON = 2  # reads Russian


async def service(db: Database, i18n: I18n, minutes: tuple[int, ...] = (1440, 60)) -> EventService:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, 'ru', 'x', 'x')",
            (PERSON,),
        )
    return EventService(db, i18n, minutes)


async def webinar(events: EventService, starts_at: datetime) -> int:
    draft = Event(
        id=0,
        kind="webinar",
        starts_at=starts_at,
        tz="Europe/Moscow",
        city=None,
        place=None,
        url="https://example.org/webinar",
        capacity=None,
        cancelled=False,
        texts={"ru": EventText("Вебинар о правах", "")},
    )
    return await events.create(draft, created_by=99)


async def reminders_between(
    events: EventService, db: Database, start: datetime, end: datetime
) -> list[tuple[datetime, str]]:
    """Run the job every minute from ``start`` to ``end``: (when, text) of each reminder."""
    sent: list[tuple[datetime, str]] = []
    moment = start
    while moment <= end:
        before = await db.fetch_one("SELECT COUNT(*) FROM outbox")
        await events.send_due_reminders(moment)
        rows = await db.fetch_all("SELECT text FROM outbox ORDER BY id")
        sent += [(moment, str(row[0])) for row in rows[int(before[0]) if before else 0 :]]
        moment += timedelta(minutes=1)
    return sent


async def test_registering_61_minutes_before_gets_one_reminder_saying_the_time_left(
    db: Database, i18n: I18n
) -> None:
    events = await service(db, i18n)
    now = utc_now().replace(second=0, microsecond=0)
    event_id = await webinar(events, now + timedelta(minutes=61))
    await events.register(event_id, PERSON)
    sent = await reminders_between(events, db, now, now + timedelta(minutes=61))
    assert len(sent) == 1, [text for _, text in sent]
    when, text = sent[0]
    left = (now + timedelta(minutes=61) - when).total_seconds() / 60
    assert left <= 60
    ru = i18n.get("ru")
    assert ru("event-reminder", left=time_left(ru, left)) in text
    assert time_left(ru, left) == "1 час"


async def test_after_the_event_moves_no_reminder_for_a_window_already_begun(
    db: Database, i18n: I18n
) -> None:
    events = await service(db, i18n)
    now = utc_now().replace(second=0, microsecond=0)
    event_id = await webinar(events, now + timedelta(days=5))
    await events.register(event_id, PERSON)
    await events.update(event_id, starts_at=now + timedelta(hours=3))  # moved to today
    notices = await db.fetch_all("SELECT text FROM outbox")
    assert [i18n.get("ru")("event-changed-notice") in row[0] for row in notices] == [True]
    sent = await reminders_between(events, db, now, now + timedelta(hours=3))
    assert len(sent) == 1, "no reminder for the 24-hour window, begun before the move"
    when, reminder = sent[0]
    assert when >= now + timedelta(hours=2)
    assert i18n.get("ru")("event-left-hours", count=1) in reminder


async def test_never_two_reminders_within_30_minutes(db: Database, i18n: I18n) -> None:
    events = await service(db, i18n, minutes=(60, 45))
    now = utc_now().replace(second=0, microsecond=0)
    event_id = await webinar(events, now + timedelta(hours=2))
    await events.register(event_id, PERSON)
    sent = await reminders_between(events, db, now, now + timedelta(hours=2))
    moments = [when for when, _ in sent]
    start = now + timedelta(hours=2)
    assert moments == [start - timedelta(minutes=60), start - timedelta(minutes=30)], (
        "the 45-minute reminder waits until 30 minutes after the 1-hour one"
    )
    assert i18n.get("ru")("event-left-minutes", count=30) in sent[1][1]
