"""Repository of ``staff``: operators and admins added with /staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database


@dataclass(frozen=True)
class StaffMember:
    user_id: int
    role: str  # operator | admin


class StaffRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def all(self) -> list[StaffMember]:
        rows = await self.db.fetch_all("SELECT user_id, role FROM staff ORDER BY role, user_id")
        return [StaffMember(row["user_id"], row["role"]) for row in rows]

    async def upsert(
        self, conn: aiosqlite.Connection, user_id: int, role: str, added_by: int, now: datetime
    ) -> None:
        await conn.execute(
            "INSERT INTO staff (user_id, role, added_by, added_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET role = excluded.role,"
            " added_by = excluded.added_by, added_at = excluded.added_at",
            (user_id, role, added_by, to_db(now)),
        )

    async def delete(self, conn: aiosqlite.Connection, user_id: int) -> bool:
        cursor = await conn.execute("DELETE FROM staff WHERE user_id = ?", (user_id,))
        return cursor.rowcount > 0
