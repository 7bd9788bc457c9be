"""Repository of ``events``, ``event_texts``, ``registrations`` and ``event_reminders_sent``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database
from bot.db.users import REACH_LOCALE


@dataclass(frozen=True)
class EventText:
    title: str
    description: str


@dataclass(frozen=True)
class Slots:
    """A reception's appointment times: from ``starts`` every ``minutes``, none ending after
    ``ends`` (both UTC)."""

    starts: datetime
    ends: datetime
    minutes: int

    def times(self) -> list[datetime]:
        step = timedelta(minutes=self.minutes)
        count = int((self.ends - self.starts) / step)
        return [self.starts + step * index for index in range(count)]

    def shifted(self, delta: timedelta) -> Slots:
        return Slots(self.starts + delta, self.ends + delta, self.minutes)


@dataclass(frozen=True)
class Event:
    id: int
    kind: str  # 'webinar' | 'reception'
    starts_at: datetime  # UTC
    tz: str
    city: str | None
    place: str | None
    url: str | None
    capacity: int | None
    cancelled: bool
    texts: dict[str, EventText]  # locale -> text
    slots: Slots | None = None  # a reception by appointment

    @property
    def ends_at(self) -> datetime:
        """When the last appointment ends, else the start (what "still ahead" means)."""
        return self.slots.ends if self.slots is not None else self.starts_at


@dataclass(frozen=True)
class ReminderCandidate:
    """A registered person of an event that starts soon."""

    event_id: int
    user_id: int
    locale: str | None
    armed_at: datetime  # their seat confirmed, or the event moved, whichever came last
    reminded_at: datetime | None  # the last reminder they got for it


@dataclass(frozen=True)
class Seats:
    registered: int
    waiting: int


def _slots(row: aiosqlite.Row) -> Slots | None:
    if row["slot_minutes"] is None:
        return None
    return Slots(
        datetime.fromisoformat(row["slots_from"]),
        datetime.fromisoformat(row["slots_to"]),
        int(row["slot_minutes"]),
    )


def _event(row: aiosqlite.Row, texts: dict[str, EventText]) -> Event:
    return Event(
        id=row["id"],
        kind=row["kind"],
        starts_at=datetime.fromisoformat(row["starts_at"]),
        tz=row["tz"],
        city=row["city"],
        place=row["place"],
        url=row["url"],
        capacity=row["capacity"],
        cancelled=row["cancelled_at"] is not None,
        texts=texts,
        slots=_slots(row),
    )


def _slot_columns(slots: Slots | None) -> tuple[int | None, str | None, str | None]:
    if slots is None:
        return None, None, None
    return slots.minutes, to_db(slots.starts), to_db(slots.ends)


# Not over yet: the start (or a reception's last appointment) is ahead.
NOT_OVER = "COALESCE(slots_to, starts_at) > ?"


class EventsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(
        self, conn: aiosqlite.Connection, draft: Event, created_by: int, now: datetime
    ) -> int:
        """Store a drafted event (its id and cancelled flag are ignored); the new id."""
        cursor = await conn.execute(
            "INSERT INTO events (kind, starts_at, tz, city, place, url, capacity, created_by,"
            " created_at, slot_minutes, slots_from, slots_to)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                draft.kind,
                to_db(draft.starts_at),
                draft.tz,
                draft.city,
                draft.place,
                draft.url,
                draft.capacity,
                created_by,
                to_db(now),
                *_slot_columns(draft.slots),
            ),
        )
        event_id = int(cursor.lastrowid or 0)
        await conn.executemany(
            "INSERT INTO event_texts (event_id, locale, title, description) VALUES (?, ?, ?, ?)",
            [(event_id, loc, text.title, text.description) for loc, text in draft.texts.items()],
        )
        return event_id

    async def _texts(self, event_ids: list[int]) -> dict[int, dict[str, EventText]]:
        if not event_ids:
            return {}
        marks = ",".join("?" * len(event_ids))
        rows = await self.db.fetch_all(
            f"SELECT event_id, locale, title, description FROM event_texts"
            f" WHERE event_id IN ({marks})",
            event_ids,
        )
        texts: dict[int, dict[str, EventText]] = {}
        for row in rows:
            texts.setdefault(row[0], {})[row[1]] = EventText(row[2], row[3])
        return texts

    async def get(self, event_id: int) -> Event | None:
        row = await self.db.fetch_one("SELECT * FROM events WHERE id = ?", (event_id,))
        if row is None:
            return None
        return _event(row, (await self._texts([event_id])).get(event_id, {}))

    async def upcoming(self, now: datetime, limit: int) -> list[Event]:
        """Events not cancelled and not over (a reception by appointment: until its last
        appointment ends)."""
        rows = await self.db.fetch_all(
            f"SELECT * FROM events WHERE cancelled_at IS NULL AND {NOT_OVER}"
            " ORDER BY starts_at, id LIMIT ?",
            (to_db(now), limit),
        )
        texts = await self._texts([row["id"] for row in rows])
        return [_event(row, texts.get(row["id"], {})) for row in rows]

    async def cancel(self, conn: aiosqlite.Connection, event_id: int, now: datetime) -> bool:
        cursor = await conn.execute(
            "UPDATE events SET cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL",
            (to_db(now), event_id),
        )
        return cursor.rowcount == 1

    async def seats(self, event_id: int) -> Seats:
        rows = await self.db.fetch_all(
            "SELECT status, COUNT(*) FROM registrations WHERE event_id = ? GROUP BY status",
            (event_id,),
        )
        counts = {row[0]: int(row[1]) for row in rows}
        return Seats(counts.get("registered", 0), counts.get("waiting", 0))

    async def registration(self, event_id: int, user_id: int) -> str | None:
        row = await self.db.fetch_one(
            "SELECT status FROM registrations WHERE event_id = ? AND user_id = ?",
            (event_id, user_id),
        )
        return row[0] if row else None

    async def register(
        self, conn: aiosqlite.Connection, event_id: int, user_id: int, now: datetime
    ) -> str:
        """'registered' while seats are free, else 'waiting'; decided inside the transaction."""
        cursor = await conn.execute(
            "SELECT e.capacity, (SELECT COUNT(*) FROM registrations r"
            "  WHERE r.event_id = e.id AND r.status = 'registered') FROM events e WHERE e.id = ?",
            (event_id,),
        )
        capacity, taken = await cursor.fetchone() or (None, 0)
        status = "waiting" if capacity is not None and taken >= capacity else "registered"
        registered_at = to_db(now) if status == "registered" else None
        await conn.execute(
            "INSERT INTO registrations (event_id, user_id, status, created_at, registered_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (event_id, user_id, status, to_db(now), registered_at),
        )
        return status

    async def unregister(
        self, conn: aiosqlite.Connection, event_id: int, user_id: int
    ) -> str | None:
        cursor = await conn.execute(
            "DELETE FROM registrations WHERE event_id = ? AND user_id = ? RETURNING status",
            (event_id, user_id),
        )
        row = await cursor.fetchone()
        return row[0] if row else None

    async def promote_first_waiting(
        self, conn: aiosqlite.Connection, event_id: int, now: datetime
    ) -> int | None:
        """Move the longest-waiting person up to a freed seat; their user id."""
        cursor = await conn.execute(
            "UPDATE registrations SET status = 'registered', registered_at = ?"
            " WHERE event_id = ? AND user_id = ("
            " SELECT user_id FROM registrations WHERE event_id = ? AND status = 'waiting'"
            " ORDER BY created_at, user_id LIMIT 1) RETURNING user_id",
            (to_db(now), event_id, event_id),
        )
        row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def people(self, event_id: int) -> list[tuple[int, str | None]]:
        """(user id, locale) of everyone registered, waiting or with an appointment, not
        blocked."""
        rows = await self.db.fetch_all(
            f"SELECT u.id, {REACH_LOCALE} FROM users u"
            " WHERE u.blocked_at IS NULL AND u.id IN ("
            " SELECT user_id FROM registrations WHERE event_id = ?"
            " UNION SELECT user_id FROM appointments WHERE event_id = ?) ORDER BY u.id",
            (event_id, event_id),
        )
        return [(int(row[0]), row[1]) for row in rows]

    async def registered_for_reminder(
        self, now: datetime, until: datetime
    ) -> list[ReminderCandidate]:
        """Registered people of events starting in (now, until]."""
        rows = await self.db.fetch_all(
            f"SELECT e.id, r.user_id, {REACH_LOCALE},"
            " MAX(COALESCE(r.registered_at, r.created_at), COALESCE(e.rescheduled_at, ''))"
            " AS armed_at, r.reminded_at FROM events e"
            " JOIN registrations r ON r.event_id = e.id AND r.status = 'registered'"
            " JOIN users u ON u.id = r.user_id AND u.blocked_at IS NULL"
            " WHERE e.cancelled_at IS NULL AND e.starts_at > ? AND e.starts_at <= ?"
            " ORDER BY e.id, r.user_id",
            (to_db(now), to_db(until)),
        )
        return [
            ReminderCandidate(
                event_id=int(row[0]),
                user_id=int(row[1]),
                locale=row[2],
                armed_at=datetime.fromisoformat(row["armed_at"]),
                reminded_at=datetime.fromisoformat(row[4]) if row[4] else None,
            )
            for row in rows
        ]

    async def record_reminder(
        self,
        conn: aiosqlite.Connection,
        *,
        event_id: int,
        user_id: int,
        minutes_before: int,
        now: datetime,
    ) -> bool:
        cursor = await conn.execute(
            "INSERT INTO event_reminders_sent (event_id, user_id, minutes_before, sent_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (event_id, user_id, minutes_before, to_db(now)),
        )
        if cursor.rowcount != 1:
            return False
        await conn.execute(
            "UPDATE registrations SET reminded_at = ? WHERE event_id = ? AND user_id = ?",
            (to_db(now), event_id, user_id),
        )
        return True

    async def update(
        self,
        conn: aiosqlite.Connection,
        event_id: int,
        *,
        now: datetime,
        starts_at: datetime | None = None,
        place: str | None = None,
        url: str | None = None,
        capacity: int | None = None,
    ) -> None:
        """Change what is given; a new time re-arms the reminders (those already sent are
        forgotten; the moment of the change decides which windows are still ahead)."""
        if starts_at is not None:
            await conn.execute(
                "UPDATE events SET starts_at = ?, rescheduled_at = ? WHERE id = ?",
                (to_db(starts_at), to_db(now), event_id),
            )
            await conn.execute("DELETE FROM event_reminders_sent WHERE event_id = ?", (event_id,))

        if place is not None:
            await conn.execute("UPDATE events SET place = ? WHERE id = ?", (place, event_id))
        if url is not None:
            await conn.execute("UPDATE events SET url = ? WHERE id = ?", (url, event_id))
        if capacity is not None:
            await conn.execute("UPDATE events SET capacity = ? WHERE id = ?", (capacity, event_id))

    async def put_text(
        self, conn: aiosqlite.Connection, event_id: int, locale: str, text: EventText
    ) -> None:
        await conn.execute(
            "INSERT INTO event_texts (event_id, locale, title, description) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (event_id, locale) DO UPDATE SET title = excluded.title,"
            " description = excluded.description",
            (event_id, locale, text.title, text.description),
        )

    async def set_slots(
        self, conn: aiosqlite.Connection, event_id: int, slots: Slots | None
    ) -> None:
        await conn.execute(
            "UPDATE events SET slot_minutes = ?, slots_from = ?, slots_to = ? WHERE id = ?",
            (*_slot_columns(slots), event_id),
        )

    async def for_admin(self, now: datetime, follow_up: timedelta, limit: int) -> list[Event]:
        """Events not over, and receptions by appointment over for less than ``follow_up``
        (staff mark who came and open requests the days after)."""
        rows = await self.db.fetch_all(
            f"SELECT * FROM events WHERE cancelled_at IS NULL AND ({NOT_OVER}"
            " OR (slots_to IS NOT NULL AND slots_to > ?)) ORDER BY starts_at, id LIMIT ?",
            (to_db(now), to_db(now - follow_up), limit),
        )
        texts = await self._texts([row["id"] for row in rows])
        return [_event(row, texts.get(row["id"], {})) for row in rows]
