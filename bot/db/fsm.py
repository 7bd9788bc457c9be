"""Repository of ``fsm``: aiogram FSM state and data by storage key."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.db.clock import to_db, utc_now
from bot.db.connection import Database


@dataclass(frozen=True)
class FsmRecord:
    state: str | None
    data: dict[str, Any]


class FsmRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, key: str) -> FsmRecord | None:
        row = await self.db.fetch_one("SELECT state, data FROM fsm WHERE key = ?", (key,))
        if row is None:
            return None
        return FsmRecord(state=row["state"], data=json.loads(row["data"]))

    async def put(self, conn: aiosqlite.Connection, key: str, record: FsmRecord) -> None:
        if record.state is None and not record.data:
            await conn.execute("DELETE FROM fsm WHERE key = ?", (key,))
            return
        await conn.execute(
            "INSERT INTO fsm (key, state, data, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET state = excluded.state, data = excluded.data,"
            " updated_at = excluded.updated_at",
            (key, record.state, json.dumps(record.data, ensure_ascii=False), to_db(utc_now())),
        )

    async def delete_older_than(self, conn: aiosqlite.Connection, cutoff: datetime) -> int:
        cursor = await conn.execute("DELETE FROM fsm WHERE updated_at < ?", (to_db(cutoff),))
        return cursor.rowcount
