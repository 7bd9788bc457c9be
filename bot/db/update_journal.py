"""Repository of ``update_journal`` and ``polling_offset``: updates fetched and not yet handled."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database


@dataclass(frozen=True)
class JournaledUpdate:
    update_id: int
    payload: str  # JSON, as Telegram sent it


@dataclass(frozen=True)
class SavedOffset:
    next_offset: int
    saved_at: datetime


class UpdateJournalRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self, conn: aiosqlite.Connection, updates: Iterable[JournaledUpdate], now: datetime
    ) -> None:
        """Record a batch (an update already recorded stays as it is)."""
        await conn.executemany(
            "INSERT OR IGNORE INTO update_journal (update_id, payload, received_at)"
            " VALUES (?, ?, ?)",
            [(update.update_id, update.payload, to_db(now)) for update in updates],
        )

    async def save_offset(
        self, conn: aiosqlite.Connection, next_offset: int, now: datetime
    ) -> None:
        await conn.execute(
            "INSERT INTO polling_offset (id, next_offset, saved_at) VALUES (1, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET next_offset = excluded.next_offset,"
            " saved_at = excluded.saved_at",
            (next_offset, to_db(now)),
        )

    async def remove(self, conn: aiosqlite.Connection, update_ids: Iterable[int]) -> None:
        await conn.executemany(
            "DELETE FROM update_journal WHERE update_id = ?", [(uid,) for uid in update_ids]
        )

    async def left_over(self) -> list[JournaledUpdate]:
        """Every recorded update, oldest first."""
        rows = await self.db.fetch_all(
            "SELECT update_id, payload FROM update_journal ORDER BY update_id"
        )
        return [JournaledUpdate(row["update_id"], row["payload"]) for row in rows]

    async def saved_offset(self) -> SavedOffset | None:
        row = await self.db.fetch_one("SELECT next_offset, saved_at FROM polling_offset")
        if row is None:
            return None
        return SavedOffset(row["next_offset"], datetime.fromisoformat(row["saved_at"]))
