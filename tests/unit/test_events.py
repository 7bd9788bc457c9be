"""Events: capacity and waiting list, notices, and reminders that arrive once each."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.events import Event, EventText, Seats
from bot.i18n import I18n
from bot.services.events import EventService, describe

# Ten days ahead at 15:00 UTC (18:00 in Moscow): registration is open whenever the tests run.
START = (utc_now() + timedelta(days=10)).replace(hour=15, minute=0, second=0, microsecond=0)


async def _users(db: Database, *users: tuple[int, str]) -> None:
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, ?, 'x', 'x')",
            users,
        )


async def _queued(db: Database) -> list[tuple[int, str]]:
    rows = await db.fetch_all("SELECT chat_id, text FROM outbox ORDER BY id")
    return [(int(row[0]), str(row[1])) for row in rows]


@pytest.fixture
async def events(db: Database, i18n: I18n) -> EventService:
    await _users(db, (1, "ky"), (2, "ru"), (3, "uz"), (4, "ru"))
    return EventService(db, i18n, (1440, 60))


async def _reception(events: EventService, capacity: int | None = 2) -> int:
    draft = Event(
        id=0,
        kind="reception",
        starts_at=START,
        tz="Europe/Moscow",
        city="Москва",
        place="Посольство <КР> & консульство",
        url=None,
        capacity=capacity,
        cancelled=False,
        texts={
            "ru": EventText("Приём граждан", "Возьмите паспорт"),
            "ky": EventText("Жарандарды кабыл алуу", "Паспортуңузду алыңыз"),
        },
    )
    return await events.create(draft, created_by=99)


async def test_capacity_then_waiting_list_moves_up_with_a_notice(
    events: EventService, db: Database, i18n: I18n
) -> None:
    event_id = await _reception(events, capacity=2)
    assert await events.register(event_id, 1) == "registered"
    assert await events.register(event_id, 2) == "registered"
    assert await events.register(event_id, 3) == "waiting"
    assert await events.register(event_id, 4) == "waiting"
    assert await events.register(event_id, 3) == "waiting", "a second press changes nothing"
    assert await events.seats(event_id) == Seats(registered=2, waiting=2)

    assert await events.unregister(event_id, 1)
    assert await events.status_of(event_id, 3) == "registered", "the first in line moves up"
    assert await events.status_of(event_id, 4) == "waiting"
    queued = await _queued(db)
    assert [chat for chat, _ in queued] == [3]
    assert i18n.get("uz")("event-seat-freed") in queued[0][1]

    assert await events.unregister(event_id, 4)  # someone waiting leaves: nobody moves
    assert len(await _queued(db)) == 1


async def test_cancelling_tells_everyone_in_their_language(
    events: EventService, db: Database, i18n: I18n
) -> None:
    event_id = await _reception(events, capacity=1)
    await events.register(event_id, 1)
    await events.register(event_id, 2)  # waiting
    assert await events.cancel_event(event_id) == 2
    assert await events.cancel_event(event_id) == 0, "cancelling twice tells nobody again"
    queued = dict(await _queued(db))
    assert i18n.get("ky")("event-cancelled-notice") in queued[1]
    assert "Жарандарды кабыл алуу" in queued[1]
    assert i18n.get("ru")("event-cancelled-notice") in queued[2]
    assert await events.register(event_id, 3) is None, "no registration for a cancelled event"


async def test_shown_in_the_events_zone_and_escaped(events: EventService, i18n: I18n) -> None:
    event_id = await _reception(events)
    event = await events.get(event_id)
    assert event is not None
    text = describe(i18n.get("en"), event)
    assert START.strftime("%d.%m.%Y") + " 18:00" in text
    assert i18n.get("en")("zone-moscow") in text
    assert "Посольство &lt;КР&gt; &amp; консульство" in text
    assert "Приём граждан" in text, "no English title: Russian is shown"


async def test_each_reminder_once_through_many_job_runs(
    events: EventService, db: Database, i18n: I18n
) -> None:
    """Three people in two languages; the job runs every 7 minutes of a test clock."""
    event_id = await _reception(events, capacity=None)
    for user in (1, 2, 4):
        await events.register(event_id, user)
    moment = START - timedelta(days=2)
    while moment < START + timedelta(hours=1):
        await events.send_due_reminders(moment)
        moment += timedelta(minutes=7)
    queued = await _queued(db)
    assert sorted(chat for chat, _ in queued) == [1, 1, 2, 2, 4, 4], "24 h and 1 h, once each"
    for chat, text in queued:
        locale = "ky" if chat == 1 else "ru"
        before_time_left = i18n.get(locale)("event-reminder", left="|").split("|")[0]
        assert text.startswith(before_time_left), text
    rows = await db.fetch_all(
        "SELECT user_id, minutes_before FROM event_reminders_sent ORDER BY user_id, minutes_before"
    )
    assert [tuple(row) for row in rows] == [
        (1, 60),
        (1, 1440),
        (2, 60),
        (2, 1440),
        (4, 60),
        (4, 1440),
    ]


async def test_a_late_registration_gets_only_the_nearest_reminder(
    events: EventService, db: Database
) -> None:
    event_id = await _reception(events, capacity=None)
    await events.register(event_id, 4)
    await events.send_due_reminders(START - timedelta(minutes=30))
    await events.send_due_reminders(START - timedelta(minutes=20))
    assert [chat for chat, _ in await _queued(db)] == [4]


async def test_no_reminders_for_a_cancelled_event(events: EventService, db: Database) -> None:
    event_id = await _reception(events, capacity=None)
    await events.register(event_id, 2)
    await events.cancel_event(event_id)
    before = len(await _queued(db))
    await events.send_due_reminders(START - timedelta(minutes=30))
    assert len(await _queued(db)) == before
