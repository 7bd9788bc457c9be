"""Repository of ``outbox``: messages waiting to be delivered, and what became of them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    chat_id: int
    thread_id: int | None
    kind: str  # 'text' | 'copy'
    text: str | None
    reply_markup: dict[str, Any] | None
    from_chat_id: int | None
    from_message_id: int | None
    attempts: int


def _message(row: aiosqlite.Row) -> OutboxMessage:
    markup = row["reply_markup"]
    return OutboxMessage(
        id=row["id"],
        chat_id=row["chat_id"],
        thread_id=row["thread_id"],
        kind=row["kind"],
        text=row["text"],
        reply_markup=json.loads(markup) if markup else None,
        from_chat_id=row["from_chat_id"],
        from_message_id=row["from_message_id"],
        attempts=row["attempts"],
    )


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add_text(
        self,
        conn: aiosqlite.Connection,
        *,
        chat_id: int,
        text: str,
        now: datetime,
        reply_markup: dict[str, Any] | None = None,
        thread_id: int | None = None,
    ) -> int:
        markup = json.dumps(reply_markup, ensure_ascii=False) if reply_markup else None
        cursor = await conn.execute(
            "INSERT INTO outbox (chat_id, thread_id, kind, text, reply_markup,"
            " next_attempt_at, created_at) VALUES (?, ?, 'text', ?, ?, ?, ?)",
            (chat_id, thread_id, text, markup, to_db(now), to_db(now)),
        )
        return int(cursor.lastrowid or 0)

    async def add_copy(
        self,
        conn: aiosqlite.Connection,
        *,
        chat_id: int,
        from_chat_id: int,
        from_message_id: int,
        now: datetime,
        thread_id: int | None = None,
    ) -> int:
        cursor = await conn.execute(
            "INSERT INTO outbox (chat_id, thread_id, kind, from_chat_id, from_message_id,"
            " next_attempt_at, created_at) VALUES (?, ?, 'copy', ?, ?, ?, ?)",
            (chat_id, thread_id, from_chat_id, from_message_id, to_db(now), to_db(now)),
        )
        return int(cursor.lastrowid or 0)

    async def due(self, now: datetime, limit: int) -> list[OutboxMessage]:
        rows = await self.db.fetch_all(
            "SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?",
            (to_db(now), limit),
        )
        return [_message(row) for row in rows]

    async def mark_sent(
        self, conn: aiosqlite.Connection, message_id: int, sent_message_id: int, now: datetime
    ) -> None:
        """Delivered: keep the ids, forget the text (it is personal data)."""
        await conn.execute(
            "UPDATE outbox SET status = 'sent', sent_message_id = ?, sent_at = ?,"
            " text = NULL, reply_markup = NULL WHERE id = ?",
            (sent_message_id, to_db(now), message_id),
        )

    async def mark_final(
        self, conn: aiosqlite.Connection, message_id: int, status: str, error: str
    ) -> None:
        """'blocked' or 'failed': never retried."""
        await conn.execute(
            "UPDATE outbox SET status = ?, last_error = ?, text = NULL, reply_markup = NULL"
            " WHERE id = ?",
            (status, error[:200], message_id),
        )

    async def block_chat(self, conn: aiosqlite.Connection, chat_id: int, error: str) -> None:
        """403 for one message means all of that chat's pending messages will fail too."""
        await conn.execute(
            "UPDATE outbox SET status = 'blocked', last_error = ?, text = NULL,"
            " reply_markup = NULL WHERE chat_id = ? AND status = 'pending'",
            (error[:200], chat_id),
        )

    async def postpone(
        self, conn: aiosqlite.Connection, message_id: int, until: datetime, error: str
    ) -> None:
        await conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
            " WHERE id = ?",
            (to_db(until), error[:200], message_id),
        )

    async def count_by_status(self) -> dict[str, int]:
        rows = await self.db.fetch_all("SELECT status, COUNT(*) FROM outbox GROUP BY status")
        return {row[0]: int(row[1]) for row in rows}
