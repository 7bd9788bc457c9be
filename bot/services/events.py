"""Webinars and receptions of citizens: registration with a waiting list, notices and reminders.

Every notice (a seat freed for someone waiting, an event cancelled, a reminder) is written to
the outbox in the same transaction as the change that caused it, so none is lost or doubled.
Reminders, one at a time: an offset (24 hours, 1 hour) counts for a person only if its window
had not begun yet when their reminders were armed — when their seat was confirmed, or the
event last moved, whichever came later. Of the offsets whose window the event has entered, the
nearest one is sent (recorded, so never twice), saying the time really left; and never within
30 minutes of the previous reminder. So someone registering 61 minutes before gets the 1-hour
reminder only, and a move gives no "24 hours" reminder a minute after the change notice.

A reception by appointment (slots, bot/services/appointments.py) has no registrations: its
notices go to the people with an appointment and name their own time; moving the reception
moves every appointment with it.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from bot.db.appointments import AppointmentsRepository
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.events import Event, EventsRepository, EventText, ReminderCandidate, Seats
from bot.db.outbox import OutboxRepository
from bot.i18n import I18n, Translator

UPCOMING_LIMIT = 10
REMINDER_GAP = timedelta(minutes=30)
#: Receptions by appointment stay in the admins' /events this long after the last one ends.
FOLLOW_UP = timedelta(days=3)


def text_for(event: Event, locale: str) -> EventText:
    """The event's text in ``locale``, else Russian, else whichever it has."""
    for candidate in (locale, "ru", *event.texts):
        if candidate in event.texts:
            return event.texts[candidate]
    return EventText(title=f"#{event.id}", description="")


def local_time(event: Event) -> str:
    return event.starts_at.astimezone(ZoneInfo(event.tz)).strftime("%d.%m.%Y %H:%M")


def clock_time(event: Event, moment: datetime) -> str:
    """``moment`` as HH:MM in the event's zone (an appointment's time)."""
    return moment.astimezone(ZoneInfo(event.tz)).strftime("%H:%M")


def your_time(t: Translator, event: Event, slot_start: datetime) -> str:
    """ "Your time: 25.12.2026 10:15 (Moscow time)"."""
    when = slot_start.astimezone(ZoneInfo(event.tz)).strftime("%d.%m.%Y %H:%M")
    return t("appointment-your-time", when=when, zone=t(f"zone-{zone_key(event.tz)}"))


def describe(
    t: Translator, event: Event, with_description: bool = True, *, with_title: bool = True
) -> str:
    """The event as HTML for the reader: title, when (event's zone), where or link.
    Admin-written fields are escaped."""
    text = text_for(event, t.locale)
    lines = [f"<b>{html.escape(text.title)}</b>"] if with_title else []
    lines.append(t(f"event-kind-{event.kind}"))
    lines.append(t("event-when", when=local_time(event), zone=t(f"zone-{zone_key(event.tz)}")))
    if event.kind == "reception":
        where = ", ".join(html.escape(part) for part in (event.city, event.place) if part)
        lines.append(t("event-where", place=where))
    elif event.url:
        lines.append(t("event-link", url=html.escape(event.url)))
    if with_description and text.description:
        lines += ["", html.escape(text.description)]
    return "\n".join(lines)


ZONES = {
    "Europe/Moscow": "moscow",
    "Asia/Yekaterinburg": "yekaterinburg",
    "Asia/Novosibirsk": "novosibirsk",
    "Asia/Bishkek": "bishkek",
    "Europe/Samara": "samara",
    "Asia/Krasnoyarsk": "krasnoyarsk",
    "Asia/Irkutsk": "irkutsk",
    "Asia/Vladivostok": "vladivostok",
}


def zone_key(tz: str) -> str:
    return ZONES.get(tz, "moscow")


class EventService:
    def __init__(self, db: Database, i18n: I18n, reminder_minutes: tuple[int, ...]) -> None:
        self.db = db
        self.i18n = i18n
        self.reminder_minutes = tuple(sorted(reminder_minutes))
        self.events = EventsRepository(db)
        self.appointments = AppointmentsRepository(db)
        self.outbox = OutboxRepository(db)

    async def create(self, draft: Event, created_by: int) -> int:
        if not draft.texts:
            raise ValueError("an event needs a title in at least one language")
        async with self.db.transaction() as conn:
            return await self.events.create(conn, draft, created_by, utc_now())

    async def upcoming(self) -> list[Event]:
        return await self.events.upcoming(utc_now(), UPCOMING_LIMIT)

    async def for_admin(self) -> list[Event]:
        """/events: what is ahead, and receptions by appointment a few days after."""
        return await self.events.for_admin(utc_now(), FOLLOW_UP, UPCOMING_LIMIT)

    async def get(self, event_id: int) -> Event | None:
        return await self.events.get(event_id)

    async def seats(self, event_id: int) -> Seats:
        return await self.events.seats(event_id)

    async def status_of(self, event_id: int, user_id: int) -> str | None:
        return await self.events.registration(event_id, user_id)

    async def register(self, event_id: int, user_id: int) -> str | None:
        """'registered' or 'waiting' (also if already so); None if the event is closed."""
        event = await self.events.get(event_id)
        if event is None or event.cancelled or event.starts_at <= utc_now():
            return None
        if event.slots is not None:  # by appointment only (a crafted button)
            return None
        existing = await self.events.registration(event_id, user_id)
        if existing is not None:
            return existing
        async with self.db.transaction() as conn:
            return await self.events.register(conn, event_id, user_id, utc_now())

    async def unregister(self, event_id: int, user_id: int) -> bool:
        """Cancel a registration; a freed seat goes to the longest-waiting person, who is told."""
        event = await self.events.get(event_id)
        if event is None:
            return False
        locales = dict(await self.events.people(event_id))
        async with self.db.transaction() as conn:
            was = await self.events.unregister(conn, event_id, user_id)
            if was == "registered" and not event.cancelled:
                promoted = await self.events.promote_first_waiting(conn, event_id, utc_now())
                if promoted is not None:
                    text = self._notice(event, locales.get(promoted), "event-seat-freed")
                    await self.outbox.add_text(conn, chat_id=promoted, text=text, now=utc_now())
        return was is not None

    async def cancel_event(self, event_id: int) -> int:
        """Cancel the event and tell everyone registered or waiting; how many were told."""
        event = await self.events.get(event_id)
        if event is None:
            return 0
        people = await self.events.people(event_id)
        times = await self._appointment_times(event_id)
        async with self.db.transaction() as conn:
            if not await self.events.cancel(conn, event_id, utc_now()):
                return 0
            for user_id, locale in people:
                text = self._notice(event, locale, "event-cancelled-notice", times.get(user_id))
                await self.outbox.add_text(conn, chat_id=user_id, text=text, now=utc_now())
        return len(people)

    async def update(
        self,
        event_id: int,
        *,
        starts_at: datetime | None = None,
        place: str | None = None,
        url: str | None = None,
        capacity: int | None = None,
    ) -> int:
        """Change the time, place, link or seats; everyone registered or waiting is told of a
        new time, place or link, and more seats move people up from the waiting list. People
        already registered keep their seats if the number of seats goes down. Returns how many
        people were told."""
        people = await self.events.people(event_id)
        before = await self.events.get(event_id)
        async with self.db.transaction() as conn:
            if starts_at is not None and before is not None and before.slots is not None:
                await self._move_appointments(conn, before, starts_at - before.starts_at)
            await self.events.update(
                conn,
                event_id,
                now=utc_now(),
                starts_at=starts_at,
                place=place,
                url=url,
                capacity=capacity,
            )
            promoted = await self._fill_freed_seats(conn, event_id, capacity)
        event = await self.events.get(event_id)
        if event is None:
            return 0
        times = await self._appointment_times(event_id)
        told = 0
        async with self.db.transaction() as conn:
            for user_id, locale in people:
                if user_id in promoted:
                    text = self._notice(event, locale, "event-seat-freed")
                elif capacity is None:
                    slot = times.get(user_id)
                    text = self._notice(event, locale, "event-changed-notice", slot)
                else:
                    continue
                await self.outbox.add_text(conn, chat_id=user_id, text=text, now=utc_now())
                told += 1
        return told

    async def set_text(self, event_id: int, locale: str, text: EventText) -> None:
        """Add or replace the title and description in one language."""
        async with self.db.single_statement() as conn:
            await self.events.put_text(conn, event_id, locale, text)

    async def _fill_freed_seats(
        self, conn: aiosqlite.Connection, event_id: int, capacity: int | None
    ) -> set[int]:
        if capacity is None:
            return set()
        promoted: set[int] = set()
        seats = await self.events.seats(event_id)
        for _ in range(max(capacity - seats.registered, 0)):
            user_id = await self.events.promote_first_waiting(conn, event_id, utc_now())
            if user_id is None:
                break
            promoted.add(user_id)
        return promoted

    async def _move_appointments(
        self, conn: aiosqlite.Connection, event: Event, delta: timedelta
    ) -> None:
        """The reception moved: its times and every appointment move with it."""
        assert event.slots is not None
        await self.events.set_slots(conn, event.id, event.slots.shifted(delta))
        await self.appointments.shift(conn, event.id, delta)

    async def _appointment_times(self, event_id: int) -> dict[int, datetime]:
        return {
            a.user_id: a.slot_start
            for a in await self.appointments.of_event(event_id)
            if a.user_id is not None
        }

    def _notice(
        self,
        event: Event,
        locale: str | None,
        message_id: str,
        slot_start: datetime | None = None,
    ) -> str:
        """The notice, the event, and for someone with an appointment their own time."""
        t = self.i18n.get(locale)
        text = t(message_id) + "\n\n" + describe(t, event, with_description=False)
        return text + "\n" + your_time(t, event, slot_start) if slot_start else text

    async def send_due_reminders(self, now: datetime) -> int:
        """Queue the reminders due now (see the module docstring); how many were queued."""
        if not self.reminder_minutes:
            return 0
        horizon = now + timedelta(minutes=self.reminder_minutes[-1])
        queued = 0
        for person in await self.events.registered_for_reminder(now, horizon):
            event = await self.events.get(person.event_id)
            offset = self._due_offset(event, person, now) if event else None
            if event is None or offset is None:
                continue
            t = self.i18n.get(person.locale)
            left = time_left(t, (event.starts_at - now).total_seconds() / 60)
            text = t("event-reminder", left=left) + "\n\n" + describe(t, event, False)
            async with self.db.transaction() as conn:
                if await self.events.record_reminder(
                    conn,
                    event_id=event.id,
                    user_id=person.user_id,
                    minutes_before=offset,
                    now=now,
                ):
                    await self.outbox.add_text(conn, chat_id=person.user_id, text=text, now=now)
                    queued += 1
        return queued

    def _due_offset(self, event: Event, person: ReminderCandidate, now: datetime) -> int | None:
        return due_offset(
            self.reminder_minutes, event.starts_at, person.armed_at, person.reminded_at, now
        )


def due_offset(
    offsets: tuple[int, ...],
    starts_at: datetime,
    armed_at: datetime,
    reminded_at: datetime | None,
    now: datetime,
) -> int | None:
    """The nearest offset (minutes before ``starts_at``) whose window has been entered but had
    not when the reminders were armed; None if there is none, or the last reminder was too
    recent."""
    if reminded_at is not None and now - reminded_at < REMINDER_GAP:
        return None
    left = (starts_at - now).total_seconds() / 60
    armed_left = (starts_at - armed_at).total_seconds() / 60
    entered = [m for m in offsets if left <= m < armed_left]
    return min(entered) if entered else None


def time_left(t: Translator, minutes: float) -> str:
    """ "45 minutes", "1 hour 30 minutes", "23 hours", "3 days": the time until the start."""
    total = max(round(minutes), 1)
    hours, rest = divmod(total, 60)
    if hours == 0:
        return t("event-left-minutes", count=total)
    if hours >= 48:
        return t("event-left-days", count=round(total / 1440))
    if hours >= 6 or rest == 0:
        return t("event-left-hours", count=round(total / 60))
    return t("event-left-hours-minutes", hours=hours, minutes=rest)
