"""Repository of ``personal_dates`` and ``deadline_reminders_sent``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from bot.db.clock import to_db, utc_now
from bot.db.connection import Database
from bot.db.users import REACH_LOCALE

DATE_FIELDS = ("entry_date", "contract_end", "medical_expiry")


@dataclass(frozen=True)
class PersonalDates:
    entry_date: date | None = None
    contract_end: date | None = None
    medical_expiry: date | None = None
    contract_early: bool | None = None  # ended early; None: not asked (entered before 0011)

    @property
    def empty(self) -> bool:
        return not (self.entry_date or self.contract_end or self.medical_expiry)


@dataclass(frozen=True)
class UserDates:
    user_id: int
    locale: str | None
    dates: PersonalDates
    city: str | None = None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _dates(row: aiosqlite.Row) -> PersonalDates:
    early = row["contract_early"]
    return PersonalDates(
        entry_date=_date(row["entry_date"]),
        contract_end=_date(row["contract_end"]),
        medical_expiry=_date(row["medical_expiry"]),
        contract_early=None if early is None else bool(early),
    )


class PersonalDatesRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_id: int) -> PersonalDates:
        row = await self.db.fetch_one(
            "SELECT entry_date, contract_end, medical_expiry, contract_early FROM personal_dates"
            " WHERE user_id = ?",
            (user_id,),
        )
        return _dates(row) if row else PersonalDates()

    async def set_date(
        self, conn: aiosqlite.Connection, user_id: int, field: str, value: date
    ) -> None:
        if field not in DATE_FIELDS:  # the column name goes into the SQL text
            raise ValueError(f"unknown date field {field!r}")
        await conn.execute(
            f"INSERT INTO personal_dates (user_id, {field}, updated_at) VALUES (?, ?, ?)"
            f" ON CONFLICT (user_id) DO UPDATE SET {field} = excluded.{field},"
            " updated_at = excluded.updated_at",
            (user_id, value.isoformat(), to_db(utc_now())),
        )

    async def set_contract_end(
        self, conn: aiosqlite.Connection, user_id: int, end: date, early: bool
    ) -> None:
        """The contract's end date together with whether it ended early: one statement."""
        await conn.execute(
            "INSERT INTO personal_dates (user_id, contract_end, contract_early, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
            " contract_end = excluded.contract_end, contract_early = excluded.contract_early,"
            " updated_at = excluded.updated_at",
            (user_id, end.isoformat(), int(early), to_db(utc_now())),
        )

    async def delete(self, conn: aiosqlite.Connection, user_id: int) -> None:
        await conn.execute("DELETE FROM personal_dates WHERE user_id = ?", (user_id,))
        await conn.execute("DELETE FROM deadline_reminders_sent WHERE user_id = ?", (user_id,))

    async def page_after(self, user_id: int, limit: int) -> list[UserDates]:
        """Users with dates, in id order, after ``user_id``: streamed, never all at once."""
        rows = await self.db.fetch_all(
            f"SELECT p.user_id, {REACH_LOCALE} AS locale, u.city, p.entry_date, p.contract_end,"
            " p.medical_expiry, p.contract_early"
            " FROM personal_dates p JOIN users u ON u.id = p.user_id"
            " WHERE p.user_id > ? AND u.blocked_at IS NULL ORDER BY p.user_id LIMIT ?",
            (user_id, limit),
        )
        return [UserDates(row["user_id"], row["locale"], _dates(row), row["city"]) for row in rows]

    async def record_reminder(
        self,
        conn: aiosqlite.Connection,
        *,
        user_id: int,
        kind: str,
        due: date,
        days_before: int,
        now: datetime,
    ) -> bool:
        """True if this reminder was not recorded before (so it is to be sent now)."""
        cursor = await conn.execute(
            "INSERT INTO deadline_reminders_sent (user_id, kind, due_date, days_before, sent_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (user_id, kind, due.isoformat(), days_before, to_db(now)),
        )
        return cursor.rowcount == 1
