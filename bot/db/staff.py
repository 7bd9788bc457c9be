"""Repository of ``staff``: operators and admins, each role given in one staff chat (chat 0:
in every staff chat, as roles were before they were per chat)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database

EVERY_STAFF_CHAT = 0


@dataclass(frozen=True)
class StaffMember:
    user_id: int
    role: str  # operator | admin
    chat_id: int = EVERY_STAFF_CHAT


class StaffRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def all(self) -> list[StaffMember]:
        rows = await self.db.fetch_all(
            "SELECT user_id, role, chat_id FROM staff ORDER BY chat_id, role, user_id"
        )
        return [StaffMember(row["user_id"], row["role"], row["chat_id"]) for row in rows]

    async def upsert(
        self,
        conn: aiosqlite.Connection,
        member: StaffMember,
        added_by: int,
        now: datetime,
    ) -> None:
        await conn.execute(
            "INSERT INTO staff (chat_id, user_id, role, added_by, added_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (chat_id, user_id) DO UPDATE SET role = excluded.role,"
            " added_by = excluded.added_by, added_at = excluded.added_at",
            (member.chat_id, member.user_id, member.role, added_by, to_db(now)),
        )

    async def delete(self, conn: aiosqlite.Connection, user_id: int, chat_id: int) -> bool:
        """The role in ``chat_id``, and a role in every staff chat (given before roles were
        per chat): removed in one chat, such a role would still count there."""
        cursor = await conn.execute(
            "DELETE FROM staff WHERE user_id = ? AND chat_id IN (?, ?)",
            (user_id, chat_id, EVERY_STAFF_CHAT),
        )
        return cursor.rowcount > 0

    async def names(self) -> dict[int, str]:
        """Staff members' display names, as last seen in a staff chat."""
        rows = await self.db.fetch_all("SELECT user_id, name FROM staff_names")
        return {int(row[0]): str(row[1]) for row in rows}

    async def set_name(
        self, conn: aiosqlite.Connection, user_id: int, name: str, now: datetime
    ) -> None:
        await conn.execute(
            "INSERT INTO staff_names (user_id, name, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET name = excluded.name,"
            " updated_at = excluded.updated_at",
            (user_id, name, to_db(now)),
        )
