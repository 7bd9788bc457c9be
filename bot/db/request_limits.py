"""Repository of ``request_limit_lifts``: who may file requests without the per-person limit."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.clock import to_db


class RequestLimitsRepository:
    async def is_lifted(self, conn: aiosqlite.Connection, user_id: int) -> bool:
        async with conn.execute(
            "SELECT 1 FROM request_limit_lifts WHERE user_id = ?", (user_id,)
        ) as cursor:
            return await cursor.fetchone() is not None

    async def lift(
        self, conn: aiosqlite.Connection, user_id: int, lifted_by: int, now: datetime
    ) -> None:
        await conn.execute(
            "INSERT INTO request_limit_lifts (user_id, lifted_by, lifted_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET lifted_by = excluded.lifted_by,"
            " lifted_at = excluded.lifted_at",
            (user_id, lifted_by, to_db(now)),
        )

    async def delete(self, conn: aiosqlite.Connection, user_id: int) -> bool:
        cursor = await conn.execute(
            "DELETE FROM request_limit_lifts WHERE user_id = ?", (user_id,)
        )
        return cursor.rowcount > 0
