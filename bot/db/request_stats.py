"""Read-only queries over ``requests`` for /stats and /export (anonymous unless asked), of one
staff chat (``chat_id``: the requests routed to it) or of all (``chat_id`` None)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database
from bot.db.requests import HolderCount

#: [since, until) of the requests' filing time; None: no bound on that side.
Span = tuple[datetime | None, datetime | None]

EXPORT_COLUMNS = (
    "id",
    "created_at",
    "category",
    "city",
    "status",
    "urgent",
    "assignee_id",
    "first_response_at",
    "response_seconds",
    "closed_at",
    "rating",
)
PERSONAL_COLUMNS = ("user_id", "phone", "text")


class RequestStatsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _since(
        span: Span,
        chat_id: int | None,
        condition: str | None = None,
        index: str | None = None,
    ) -> tuple[str, tuple[str | int, ...]]:
        """FROM and WHERE for a period of one staff chat or all (and ``condition``, if given).
        For a recent period SQLite, left to itself, walks a whole one-column index and looks
        up each row's date (1.5 s at 500,000 requests); the covering (created_at, status,
        category, city) index, or (staff_chat_id, created_at, ...) for one chat, reads only
        the period (``index``: another one the caller knows to be better)."""
        since, until = span
        conditions = [condition] if condition else []
        params: tuple[str | int, ...] = ()
        chosen = ""
        if chat_id is not None:
            conditions.insert(0, "staff_chat_id = ?")
            params = (chat_id,)
            chosen = " INDEXED BY requests_chat_created"
        if since is not None:
            conditions.insert(len(params), "created_at >= ?")
            params = (*params, to_db(since))
            chosen = chosen or " INDEXED BY requests_created"
        if until is not None:
            conditions.insert(len(params), "created_at < ?")
            params = (*params, to_db(until))
            chosen = chosen or " INDEXED BY requests_created"
        if index is not None:
            chosen = f" INDEXED BY {index}"
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return f" FROM requests{chosen}{where}", params

    async def total(self, span: Span, chat_id: int | None = None) -> int:
        source, params = self._since(span, chat_id)
        row = await self.db.fetch_one(f"SELECT COUNT(*){source}", params)
        return int(row[0]) if row else 0

    async def count_by(
        self, column: str, span: Span, limit: int, chat_id: int | None = None
    ) -> list[tuple[str, int]]:
        """Counts per status, category or city, largest first."""
        if column not in {"status", "category", "city"}:
            raise ValueError(column)
        source, params = self._since(span, chat_id)
        rows = await self.db.fetch_all(
            f"SELECT {column}, COUNT(*) AS n{source}"
            f" GROUP BY {column} ORDER BY n DESC, {column} LIMIT ?",
            (*params, limit),
        )
        return [(str(row[0]), int(row[1])) for row in rows]

    async def median_response_seconds(self, span: Span, chat_id: int | None = None) -> int | None:
        """The median of first-response times (seconds), over requests that have one."""
        source, params = self._since(span, chat_id, "response_seconds IS NOT NULL")
        row = await self.db.fetch_one(f"SELECT COUNT(*){source}", params)
        count = int(row[0]) if row else 0
        if count == 0:
            return None
        row = await self.db.fetch_one(
            f"SELECT response_seconds{source} ORDER BY response_seconds LIMIT 1 OFFSET ?",
            (*params, (count - 1) // 2),
        )
        return int(row[0]) if row else None

    async def rating(self, span: Span, chat_id: int | None = None) -> tuple[float | None, int]:
        source, params = self._since(span, chat_id, "rating IS NOT NULL")
        row = await self.db.fetch_one(f"SELECT AVG(rating), COUNT(rating){source}", params)
        if row is None or not row[1]:
            return None, 0
        return float(row[0]), int(row[1])

    async def by_holder(self, span: Span, chat_id: int | None = None) -> list[HolderCount]:
        """Per operator (None: nobody), of the requests filed in the period: how many they
        hold, how many of those are still open, how many urgent; the most first. Over all
        time, one chat's come from the (staff_chat_id, assignee_id, ...) index alone."""
        index = "requests_by_holder" if span == (None, None) and chat_id is not None else None
        source, params = self._since(span, chat_id, index=index)
        rows = await self.db.fetch_all(
            f"SELECT assignee_id, COUNT(*), COALESCE(SUM(status != 'closed'), 0),"
            f" COALESCE(SUM(urgent), 0){source}"
            " GROUP BY assignee_id ORDER BY COUNT(*) DESC, assignee_id",
            params,
        )
        return [HolderCount(row[0], int(row[1]), int(row[2]), int(row[3])) for row in rows]

    async def export(
        self, start: datetime, end: datetime, personal: bool, chat_id: int | None = None
    ) -> AsyncIterator[aiosqlite.Row]:
        """Requests filed in [start, end), oldest first; personal columns only if asked."""
        columns = EXPORT_COLUMNS + (PERSONAL_COLUMNS if personal else ())
        chat = " AND staff_chat_id = ?" if chat_id is not None else ""
        params = (to_db(start), to_db(end)) + ((chat_id,) if chat_id is not None else ())
        async with self.db.connection.execute(
            f"SELECT {', '.join(columns)} FROM requests"
            f" WHERE created_at >= ? AND created_at < ?{chat} ORDER BY created_at, id",
            params,
        ) as cursor:
            async for row in cursor:
                yield row
