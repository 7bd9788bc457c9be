"""Repository of ``request_transfers``: requests handed from one staff chat to another."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database


@dataclass(frozen=True)
class Transfer:
    id: int
    request_id: int
    from_chat_id: int
    to_chat_id: int
    from_topic_id: int | None
    from_card_message_id: int | None
    by_staff_id: int
    at: datetime


@dataclass(frozen=True)
class TransferCounts:
    """Transfers in a period: out of a chat and into it (of every chat: both the total)."""

    out: int
    into: int


def _transfer(row: aiosqlite.Row) -> Transfer:
    return Transfer(
        id=row["id"],
        request_id=row["request_id"],
        from_chat_id=row["from_chat_id"],
        to_chat_id=row["to_chat_id"],
        from_topic_id=row["from_topic_id"],
        from_card_message_id=row["from_card_message_id"],
        by_staff_id=row["by_staff_id"],
        at=datetime.fromisoformat(row["at"]),
    )


Span = tuple[datetime | None, datetime | None]


class TransfersRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self,
        conn: aiosqlite.Connection,
        *,
        request_id: int,
        from_chat_id: int,
        to_chat_id: int,
        from_topic_id: int | None,
        from_card_message_id: int | None,
        by_staff_id: int,
        now: datetime,
    ) -> int:
        cursor = await conn.execute(
            "INSERT INTO request_transfers (request_id, from_chat_id, to_chat_id, from_topic_id,"
            " from_card_message_id, by_staff_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                request_id,
                from_chat_id,
                to_chat_id,
                from_topic_id,
                from_card_message_id,
                by_staff_id,
                to_db(now),
            ),
        )
        return int(cursor.lastrowid or 0)

    async def of_request(self, request_id: int) -> list[Transfer]:
        rows = await self.db.fetch_all(
            "SELECT * FROM request_transfers WHERE request_id = ? ORDER BY id", (request_id,)
        )
        return [_transfer(row) for row in rows]

    async def left_topic(self, chat_id: int, topic_id: int) -> Transfer | None:
        """The latest transfer that left this topic behind."""
        row = await self.db.fetch_one(
            "SELECT * FROM request_transfers WHERE from_chat_id = ? AND from_topic_id = ?"
            " ORDER BY id DESC LIMIT 1",
            (chat_id, topic_id),
        )
        return _transfer(row) if row else None

    async def left_message(self, chat_id: int, message_id: int) -> Transfer | None:
        """The latest transfer out of ``chat_id`` of the request whose card, or one of whose
        messages, ``message_id`` is there (a plain group: replies lead to the request)."""
        row = await self.db.fetch_one(
            "SELECT * FROM request_transfers WHERE from_chat_id = ?1 AND (from_card_message_id"
            " = ?2 OR request_id IN (SELECT request_id FROM request_messages"
            " WHERE staff_message_id = ?2 AND staff_chat_id = ?1)) ORDER BY id DESC LIMIT 1",
            (chat_id, message_id),
        )
        return _transfer(row) if row else None

    async def counts(self, span: Span, chat_id: int | None) -> TransferCounts:
        """Transfers made in [since, until) (None: without that bound)."""
        since, until = span
        row = await self.db.fetch_one(
            "SELECT COALESCE(SUM(from_chat_id = ?1), 0), COALESCE(SUM(to_chat_id = ?1), 0),"
            " COUNT(*) FROM request_transfers"
            " WHERE (?2 IS NULL OR at >= ?2) AND (?3 IS NULL OR at < ?3)",
            (chat_id, to_db(since) if since else None, to_db(until) if until else None),
        )
        if row is None:
            return TransferCounts(0, 0)
        if chat_id is None:
            return TransferCounts(int(row[2]), int(row[2]))
        return TransferCounts(int(row[0]), int(row[1]))
