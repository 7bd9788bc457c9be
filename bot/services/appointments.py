"""Receptions of citizens by appointment: times (slots), one per person, with the matter.

A reception may offer times, e.g. every 15 minutes from 10:00 to 16:00 on its day (the
admin's "10:00-16:00 15"). A migrant books one of the free times still ahead, says in one line
what the matter is (consent asked first), and may move or cancel it. Two people pressing the
last free time: the unique index on (event, time) decides inside the transaction, one wins,
the other is told and shown the times again.

Reminders use the events' offsets (24 hours, 1 hour), counted from the person's own time, not
the reception's start, and name it; armed when they booked or moved (or the reception moved),
recorded in ``event_reminders_sent`` like a registration's, through the outbox.

Staff (admins, /events) see the day's list with the matters, mark who came, and turn an
appointment into a request: the matter is its description, staff choose the topic, routing as
for any request; the request, the link and the notice to the person are one transaction.

Privacy: the matter and the first name Telegram gives are kept until ``KEEP_DAYS`` after the
reception (or RETENTION_DAYS, if shorter), then erased with the link to the person (the time
and "came" stay, for counts); "Delete my data" deletes the rows at once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from bot.db.appointments import (
    Appointment,
    AppointmentReminder,
    AppointmentsRepository,
    NewAppointment,
)
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.events import Event, EventsRepository, Slots
from bot.db.outbox import OutboxRepository
from bot.db.users import UsersRepository
from bot.i18n import I18n
from bot.services.events import describe, due_offset, time_left, your_time
from bot.services.requests import RequestDraft, RequestService
from bot.telegram.lengths import clip

MATTER_LIMIT = 200  # UTF-16 units: one line
FIRST_NAME_LIMIT = 64  # Telegram's own limit for a first name
MIN_SLOT_MINUTES, MAX_SLOT_MINUTES = 5, 120
MAX_SLOTS = 60
KEEP_DAYS = 30
SLOT_SPEC = re.compile(
    r"^\s*(\d{1,2})[:.](\d{2})\s*[-\u2013\u2014]\s*(\d{1,2})[:.](\d{2})\s+(\d{1,3})\s*$",
    re.ASCII,  # digits 0-9 only, as every number the bot reads
)


class AppointmentError(Exception):
    """A booking, move or request that does not apply; ``text_id`` says why."""

    def __init__(self, text_id: str) -> None:
        super().__init__(text_id)
        self.text_id = text_id


def parse_slots(text: str, starts_at: datetime, tz: str) -> Slots | str:
    """ "10:00-16:00 15" on the reception's day (in its zone): the times, or the text id of
    what is wrong. The first time is not before the reception starts; 5-120 minutes each;
    at most ``MAX_SLOTS``."""
    match = SLOT_SPEC.match(text)
    if match is None:
        return "event-form-bad-slots"
    from_h, from_m, to_h, to_m, minutes = (int(part) for part in match.groups())
    if not (from_h <= 23 and to_h <= 23 and from_m <= 59 and to_m <= 59):
        return "event-form-bad-slots"
    if not MIN_SLOT_MINUTES <= minutes <= MAX_SLOT_MINUTES:
        return "event-form-bad-slot-minutes"
    zone = ZoneInfo(tz)
    day = starts_at.astimezone(zone).date()
    slots = Slots(
        datetime.combine(day, time(from_h, from_m), zone),
        datetime.combine(day, time(to_h, to_m), zone),
        minutes,
    )
    return _checked(slots, starts_at)


def _checked(slots: Slots, starts_at: datetime) -> Slots | str:
    if slots.ends <= slots.starts:
        return "event-form-bad-slots"
    if slots.starts < starts_at:
        return "event-form-bad-slots-before-start"
    count = len(slots.times())
    if count == 0:
        return "event-form-bad-slot-minutes"
    if count > MAX_SLOTS:
        return "event-form-bad-slots-too-many"
    return slots


def one_line(text: str) -> str:
    """The matter as stored: one line, spaces squeezed, at most ``MATTER_LIMIT`` units."""
    return clip(" ".join(text.split()), MATTER_LIMIT).strip()


class AppointmentService:
    def __init__(
        self,
        db: Database,
        i18n: I18n,
        requests: RequestService,
        reminder_minutes: tuple[int, ...],
    ) -> None:
        self.db = db
        self.i18n = i18n
        self.requests = requests
        self.reminder_minutes = tuple(sorted(reminder_minutes))
        self.events = EventsRepository(db)
        self.appointments = AppointmentsRepository(db)
        self.outbox = OutboxRepository(db)
        self.users = UsersRepository(db)

    # --- the migrant's side ---------------------------------------------------------------

    async def free_times(self, event: Event) -> list[datetime]:
        """The times still ahead that nobody has booked."""
        if event.slots is None or event.cancelled:
            return []
        taken = await self.appointments.taken(event.id)
        now = utc_now()
        return [at for at in event.slots.times() if at > now and at not in taken]

    async def mine(self, event_id: int, user_id: int) -> Appointment | None:
        return await self.appointments.of_person(event_id, user_id)

    async def booked_count(self, event_id: int) -> int:
        return await self.appointments.count(event_id)

    async def check_time(self, event_id: int, at: datetime) -> Event:
        """The event, if ``at`` is one of its times still ahead (else AppointmentError)."""
        event = await self.events.get(event_id)
        if event is None or event.cancelled or event.slots is None:
            raise AppointmentError("appointment-closed")
        if at not in event.slots.times() or at <= utc_now():
            raise AppointmentError("appointment-time-gone")
        return event

    async def book(
        self, event_id: int, user_id: int, at: datetime, matter: str, first_name: str
    ) -> Appointment:
        await self.check_time(event_id, at)
        new = NewAppointment(
            event_id, user_id, at, one_line(matter), clip(first_name, FIRST_NAME_LIMIT)
        )
        if not new.matter:
            raise AppointmentError("appointment-matter-empty")
        async with self.db.transaction() as conn:
            appointment_id = await self.appointments.insert(conn, new, utc_now())
        if appointment_id is None:
            if await self.mine(event_id, user_id) is not None:
                raise AppointmentError("appointment-have-one")
            raise AppointmentError("appointment-taken")
        booked = await self.appointments.get(appointment_id)
        assert booked is not None
        return booked

    async def move(self, event_id: int, user_id: int, at: datetime) -> Appointment:
        await self.check_time(event_id, at)
        async with self.db.transaction() as conn:
            moved = await self.appointments.move(conn, event_id, user_id, at, utc_now())
        appointment = await self.mine(event_id, user_id)
        if appointment is None:
            raise AppointmentError("appointment-none")
        if not moved and appointment.slot_start != at:
            raise AppointmentError("appointment-taken")
        return appointment

    async def cancel(self, event_id: int, user_id: int) -> bool:
        async with self.db.transaction() as conn:
            return await self.appointments.delete(conn, event_id, user_id)

    # --- the admins' side ----------------------------------------------------------------

    async def of_event(self, event_id: int) -> list[Appointment]:
        return await self.appointments.of_event(event_id)

    async def get(self, appointment_id: int) -> Appointment | None:
        return await self.appointments.get(appointment_id)

    async def mark_came(self, appointment_id: int, *, came: bool) -> None:
        """Came, or not (a wrong tap undone); the first moment marked is kept."""
        async with self.db.single_statement() as conn:
            await self.appointments.set_came(conn, appointment_id, utc_now() if came else None)

    async def open_request(self, appointment_id: int, category: str) -> int:
        """A request for the person with the matter as its description, routed like any;
        they are told its number in their language. Its number (AppointmentError if it was
        turned into one already or forgotten; RequestError if requests are not accepted)."""
        appointment = await self.appointments.get(appointment_id)
        event = await self.events.get(appointment.event_id) if appointment else None
        if appointment is None or event is None or appointment.user_id is None:
            raise AppointmentError("appointment-desk-gone")
        if appointment.request_id is not None:
            raise AppointmentError("appointment-desk-request-exists")
        draft = RequestDraft(
            category=category,
            city=event.city or "other",
            text=appointment.matter or "",
            phone=None,
        )
        link = self._link_and_tell(appointment, event)
        request = await self.requests.submit(appointment.user_id, draft, by_staff=link)
        return request.id

    def _link_and_tell(
        self, appointment: Appointment, event: Event
    ) -> Callable[[aiosqlite.Connection, int], Awaitable[None]]:
        async def link(conn: aiosqlite.Connection, request_id: int) -> None:
            if not await self.appointments.link_request(conn, appointment.id, request_id):
                raise AppointmentError("appointment-desk-request-exists")
            assert appointment.user_id is not None
            user = await self.users.get(appointment.user_id)
            t = self.i18n.get(user.reach_locale if user else None)
            text = "\n".join(
                [
                    t("appointment-request-opened", number=request_id),
                    t("appointment-request-matter", matter=html.escape(appointment.matter or "")),
                    "",
                    describe(t, event, with_description=False),
                    your_time(t, event, appointment.slot_start),
                ]
            )
            await self.outbox.add_text(conn, chat_id=appointment.user_id, text=text, now=utc_now())

        return link

    async def set_slots(self, event_id: int, slots: Slots | None) -> str | None:
        """New times for a reception; refused (the text id) if a booked time is not among
        them (people keep the time they were given), or if people registered without one."""
        booked = {a.slot_start for a in await self.appointments.of_event(event_id)}
        offered = set(slots.times()) if slots is not None else set()
        if booked - offered:
            return "event-edit-slots-booked"
        seats = await self.events.seats(event_id)
        if slots is not None and seats.registered + seats.waiting:
            return "event-edit-slots-registered"  # their seats are not times
        async with self.db.single_statement() as conn:
            await self.events.set_slots(conn, event_id, slots)
        return None

    # --- scheduled ------------------------------------------------------------------------

    async def send_due_reminders(self, now: datetime) -> int:
        """Queue the reminders due now, each naming the person's own time; how many."""
        if not self.reminder_minutes:
            return 0
        horizon = now + timedelta(minutes=self.reminder_minutes[-1])
        queued = 0
        for person in await self.appointments.due_for_reminder(now, horizon):
            offset = due_offset(
                self.reminder_minutes,
                person.slot_start,
                person.armed_at,
                person.reminded_at,
                now,
            )
            event = await self.events.get(person.event_id) if offset is not None else None
            if event is None or offset is None:
                continue
            if await self._queue_reminder(event, person, offset, now):
                queued += 1
        return queued

    async def _queue_reminder(
        self, event: Event, person: AppointmentReminder, offset: int, now: datetime
    ) -> bool:
        t = self.i18n.get(person.locale)
        left = time_left(t, (person.slot_start - now).total_seconds() / 60)
        text = "\n".join(
            [
                t("appointment-reminder", left=left),
                your_time(t, event, person.slot_start),
                "",
                describe(t, event, with_description=False),
            ]
        )
        async with self.db.transaction() as conn:
            if not await self.events.record_reminder(
                conn, event_id=event.id, user_id=person.user_id, minutes_before=offset, now=now
            ):
                return False
            await self.appointments.record_reminder(conn, event.id, person.user_id, now)
            await self.outbox.add_text(conn, chat_id=person.user_id, text=text, now=now)
        return True

    async def forget_ended(self, keep_days: int) -> int:
        """Receptions over for ``keep_days``: matters, names and people erased."""
        now = utc_now()
        async with self.db.transaction() as conn:
            count = await self.appointments.forget_ended_before(
                conn, now - timedelta(days=keep_days), now
            )
        if count:
            await self.db.checkpoint()
        return count
