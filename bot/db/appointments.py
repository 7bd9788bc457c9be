"""Repository of ``appointments``: the times booked at receptions of citizens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database
from bot.db.users import REACH_LOCALE


@dataclass(frozen=True)
class Appointment:
    id: int
    event_id: int
    user_id: int | None  # None once forgotten (retention)
    slot_start: datetime  # UTC
    matter: str | None
    first_name: str | None
    came: bool
    request_id: int | None  # the request it was turned into


@dataclass(frozen=True)
class NewAppointment:
    event_id: int
    user_id: int
    slot_start: datetime
    matter: str
    first_name: str


@dataclass(frozen=True)
class AppointmentReminder:
    """A person whose appointment is soon."""

    event_id: int
    user_id: int
    locale: str | None
    slot_start: datetime
    armed_at: datetime  # booked, moved, or the reception moved, whichever came last
    reminded_at: datetime | None


def _appointment(row: aiosqlite.Row) -> Appointment:
    return Appointment(
        id=row["id"],
        event_id=row["event_id"],
        user_id=row["user_id"],
        slot_start=datetime.fromisoformat(row["slot_start"]),
        matter=row["matter"],
        first_name=row["first_name"],
        came=row["came_at"] is not None,
        request_id=row["request_id"],
    )


class AppointmentsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, appointment_id: int) -> Appointment | None:
        row = await self.db.fetch_one("SELECT * FROM appointments WHERE id = ?", (appointment_id,))
        return _appointment(row) if row else None

    async def of_person(self, event_id: int, user_id: int) -> Appointment | None:
        row = await self.db.fetch_one(
            "SELECT * FROM appointments WHERE event_id = ? AND user_id = ?", (event_id, user_id)
        )
        return _appointment(row) if row else None

    async def of_event(self, event_id: int) -> list[Appointment]:
        rows = await self.db.fetch_all(
            "SELECT * FROM appointments WHERE event_id = ? ORDER BY slot_start", (event_id,)
        )
        return [_appointment(row) for row in rows]

    async def taken(self, event_id: int) -> set[datetime]:
        rows = await self.db.fetch_all(
            "SELECT slot_start FROM appointments WHERE event_id = ?", (event_id,)
        )
        return {datetime.fromisoformat(row[0]) for row in rows}

    async def count(self, event_id: int) -> int:
        row = await self.db.fetch_one(
            "SELECT COUNT(*) FROM appointments WHERE event_id = ?", (event_id,)
        )
        return int(row[0]) if row else 0

    async def insert(
        self, conn: aiosqlite.Connection, new: NewAppointment, now: datetime
    ) -> int | None:
        """The new id; None if the time is taken or the person has one already (the unique
        indexes decide, inside the transaction)."""
        cursor = await conn.execute(
            "INSERT INTO appointments (event_id, user_id, slot_start, matter, first_name,"
            " consent_at, booked_at, armed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (
                new.event_id,
                new.user_id,
                to_db(new.slot_start),
                new.matter,
                new.first_name,
                to_db(now),
                to_db(now),
                to_db(now),
            ),
        )
        return int(cursor.lastrowid or 0) if cursor.rowcount == 1 else None

    async def move(
        self,
        conn: aiosqlite.Connection,
        event_id: int,
        user_id: int,
        slot_start: datetime,
        now: datetime,
    ) -> bool:
        """False if the new time is taken (or there is no appointment); the reminders of the
        old time are forgotten, those of the new one armed from now."""
        cursor = await conn.execute(
            "UPDATE OR IGNORE appointments SET slot_start = ?, armed_at = ?"
            " WHERE event_id = ? AND user_id = ?",
            (to_db(slot_start), to_db(now), event_id, user_id),
        )
        if cursor.rowcount != 1:
            return False
        await conn.execute(
            "DELETE FROM event_reminders_sent WHERE event_id = ? AND user_id = ?",
            (event_id, user_id),
        )
        return True

    async def delete(self, conn: aiosqlite.Connection, event_id: int, user_id: int) -> bool:
        cursor = await conn.execute(
            "DELETE FROM appointments WHERE event_id = ? AND user_id = ?", (event_id, user_id)
        )
        await conn.execute(
            "DELETE FROM event_reminders_sent WHERE event_id = ? AND user_id = ?",
            (event_id, user_id),
        )
        return cursor.rowcount == 1

    async def shift(self, conn: aiosqlite.Connection, event_id: int, delta: timedelta) -> None:
        """Every appointment of the event moves by ``delta`` (the reception moved). Row by
        row, the last first when moving later (the first first when earlier), so no two ever
        share a time on the way."""
        rows = await conn.execute_fetchall(
            "SELECT id, slot_start FROM appointments WHERE event_id = ? ORDER BY slot_start",
            (event_id,),
        )
        ordered = list(rows)[::-1] if delta > timedelta(0) else list(rows)
        for row in ordered:
            moved = datetime.fromisoformat(row[1]) + delta
            await conn.execute(
                "UPDATE appointments SET slot_start = ? WHERE id = ?", (to_db(moved), row[0])
            )

    async def set_came(
        self, conn: aiosqlite.Connection, appointment_id: int, now: datetime | None
    ) -> None:
        """``now`` None: not came. Marking again keeps the first moment."""
        if now is None:
            await conn.execute(
                "UPDATE appointments SET came_at = NULL WHERE id = ?", (appointment_id,)
            )
            return
        await conn.execute(
            "UPDATE appointments SET came_at = COALESCE(came_at, ?) WHERE id = ?",
            (to_db(now), appointment_id),
        )

    async def link_request(
        self, conn: aiosqlite.Connection, appointment_id: int, request_id: int
    ) -> bool:
        """False if it was turned into a request already (or is gone)."""
        cursor = await conn.execute(
            "UPDATE appointments SET request_id = ? WHERE id = ? AND request_id IS NULL"
            " AND user_id IS NOT NULL",
            (request_id, appointment_id),
        )
        return cursor.rowcount == 1

    async def due_for_reminder(self, now: datetime, until: datetime) -> list[AppointmentReminder]:
        """People whose appointment starts in (now, until], the reception not cancelled."""
        rows = await self.db.fetch_all(
            f"SELECT a.event_id, a.user_id, {REACH_LOCALE}, a.slot_start,"
            " MAX(a.armed_at, COALESCE(e.rescheduled_at, '')) AS armed_at, a.reminded_at"
            " FROM appointments a JOIN events e ON e.id = a.event_id"
            " JOIN users u ON u.id = a.user_id AND u.blocked_at IS NULL"
            " WHERE e.cancelled_at IS NULL AND a.slot_start > ? AND a.slot_start <= ?"
            " ORDER BY a.slot_start, a.user_id",
            (to_db(now), to_db(until)),
        )
        return [
            AppointmentReminder(
                event_id=int(row[0]),
                user_id=int(row[1]),
                locale=row[2],
                slot_start=datetime.fromisoformat(row[3]),
                armed_at=datetime.fromisoformat(row["armed_at"]),
                reminded_at=datetime.fromisoformat(row[5]) if row[5] else None,
            )
            for row in rows
        ]

    async def record_reminder(
        self, conn: aiosqlite.Connection, event_id: int, user_id: int, now: datetime
    ) -> None:
        await conn.execute(
            "UPDATE appointments SET reminded_at = ? WHERE event_id = ? AND user_id = ?",
            (to_db(now), event_id, user_id),
        )

    async def forget_ended_before(
        self, conn: aiosqlite.Connection, cutoff: datetime, now: datetime
    ) -> int:
        """Receptions whose last appointment ended before ``cutoff``: the matter, the name
        and the person are erased; the time and "came" stay, for the counts."""
        ended = "SELECT id FROM events WHERE COALESCE(slots_to, starts_at) < ?"
        await conn.execute(
            f"DELETE FROM event_reminders_sent WHERE event_id IN ({ended})"
            " AND user_id IN (SELECT user_id FROM appointments a"
            " WHERE a.event_id = event_reminders_sent.event_id)",
            (to_db(cutoff),),
        )
        cursor = await conn.execute(
            "UPDATE appointments SET matter = NULL, first_name = NULL, user_id = NULL,"
            f" forgotten_at = ? WHERE forgotten_at IS NULL AND event_id IN ({ended})",
            (to_db(now), to_db(cutoff)),
        )
        return cursor.rowcount
