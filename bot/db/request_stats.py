"""Read-only queries over ``requests`` for /stats and /export (anonymous unless asked), of one
staff chat (``chat_id``: the requests routed to it) or of all (``chat_id`` None)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database
from bot.db.requests import HolderCount

#: [since, until) of the requests' filing time for /stats; None: no bound on that side.
Period = tuple[datetime | None, datetime | None]
ALL_TIME: Period = (None, None)
STATUSES = ("new", "in_progress", "answered", "closed")

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


#: A span of the monitoring report (a month, a week): [since, until).
Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class ReportGroup:
    """How many requests filed in span ``span`` share these values: what the monitoring
    report counts, with no id, text or person. ``city``: a city id of the list given, or
    'other' (what a migrant typed stays out); ``locale``: the language their author reads the
    bot in (None once their data is erased)."""

    span: int
    category: str
    city: str
    status: str
    urgent: bool
    rating: int | None
    locale: str | None
    count: int


@dataclass(frozen=True)
class ReportDurations:
    """One request's seconds to its first answer and to its closing (None: not yet)."""

    span: int
    response_seconds: int | None
    closing_seconds: int | None


class RequestStatsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _since(
        span: Period,
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

    @staticmethod
    def _chat_index(span: Period, chat_id: int | None, index: str) -> str | None:
        """``index`` for one chat over all time (an index of that chat alone holds what is
        counted), else None: the period's rows come from the created_at indexes."""
        return index if span == (None, None) and chat_id is not None else None

    async def total(self, span: Period, chat_id: int | None = None) -> int:
        if span == ALL_TIME:  # every request has one status: their counts add up to all
            counts = await self.count_by("status", span, len(STATUSES), chat_id)
            return sum(n for _, n in counts)
        source, params = self._since(span, chat_id)
        row = await self.db.fetch_one(f"SELECT COUNT(*){source}", params)
        return int(row[0]) if row else 0

    async def count_by(
        self, column: str, span: Period, limit: int, chat_id: int | None = None
    ) -> list[tuple[str, int]]:
        """Counts per status, category or city, largest first; over all time from the
        counts the triggers keep (migrations/0025_request_counts.sql)."""
        if column not in {"status", "category", "city"}:
            raise ValueError(column)
        if span == ALL_TIME:
            chat, chat_params = _of_chat(chat_id)
            rows = await self.db.fetch_all(
                "SELECT value, SUM(n) AS total FROM request_counts"
                f" WHERE dimension = ? AND n > 0{chat} GROUP BY value"
                " ORDER BY total DESC, value LIMIT ?",
                (column, *chat_params, limit),
            )
            return [(str(row[0]), int(row[1])) for row in rows]
        source, params = self._since(span, chat_id)
        rows = await self.db.fetch_all(
            f"SELECT {column}, COUNT(*) AS n{source}"
            f" GROUP BY {column} ORDER BY n DESC, {column} LIMIT ?",
            (*params, limit),
        )
        return [(str(row[0]), int(row[1])) for row in rows]

    async def median_response_seconds(
        self, span: Period, chat_id: int | None = None
    ) -> int | None:
        """The median of first-response times (seconds), over requests that have one."""
        index = self._chat_index(span, chat_id, "requests_chat_response")
        source, params = self._since(span, chat_id, "response_seconds IS NOT NULL", index)
        row = await self.db.fetch_one(f"SELECT COUNT(*){source}", params)
        count = int(row[0]) if row else 0
        if count == 0:
            return None
        row = await self.db.fetch_one(
            f"SELECT response_seconds{source} ORDER BY response_seconds LIMIT 1 OFFSET ?",
            (*params, (count - 1) // 2),
        )
        return int(row[0]) if row else None

    async def rating(self, span: Period, chat_id: int | None = None) -> tuple[float | None, int]:
        index = self._chat_index(span, chat_id, "requests_chat_rating")
        source, params = self._since(span, chat_id, "rating IS NOT NULL", index)
        row = await self.db.fetch_one(f"SELECT AVG(rating), COUNT(rating){source}", params)
        if row is None or not row[1]:
            return None, 0
        return float(row[0]), int(row[1])

    async def by_holder(self, span: Period, chat_id: int | None = None) -> list[HolderCount]:
        """Per operator (None: nobody), of the requests filed in the period: how many they
        hold, how many of those are still open, how many urgent; the most first. Over all
        time from the counts the triggers keep."""
        if span == ALL_TIME:
            chat, chat_params = _of_chat(chat_id)
            rows = await self.db.fetch_all(
                "SELECT NULLIF(assignee_id, 0) AS holder, SUM(n) AS total, SUM(open_n),"
                f" SUM(urgent_n) FROM request_holder_counts WHERE n > 0{chat}"
                " GROUP BY assignee_id ORDER BY total DESC, holder",
                chat_params,
            )
        else:
            source, params = self._since(span, chat_id)
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

    @staticmethod
    def _spans(
        spans: Sequence[Span], select: str, chat_id: int | None
    ) -> tuple[str, list[str | int]]:
        """WITH … ``select`` FROM spans JOIN requests: each request filed in a span, with the
        span's index (the bounds go in UTC, so a month is Moscow's whatever its offset).
        The parameters of ``select`` go in between the spans' and the chat's."""
        values = ", ".join("(?, ?, ?)" for _ in spans)
        params: list[str | int] = []
        for index, (since, until) in enumerate(spans):
            params += [index, to_db(since), to_db(until)]
        chat = " AND r.staff_chat_id = ?" if chat_id is not None else ""
        sql = (
            f"WITH spans (i, since, until) AS (VALUES {values}) {select}"
            f" FROM spans s JOIN requests r ON r.created_at >= s.since"
            f" AND r.created_at < s.until{chat}"
        )
        return sql, params

    async def report_groups(
        self, spans: Sequence[Span], cities: Sequence[str], chat_id: int | None = None
    ) -> list[ReportGroup]:
        """Requests filed in ``spans`` counted by span, category, city, status, urgency,
        rating and their author's language; grouped by SQLite, not read row by row."""
        if not spans:
            return []
        known = ", ".join("?" for _ in cities)
        select = (
            f"SELECT s.i, r.category, CASE WHEN r.city IN ({known}) THEN r.city"
            " ELSE 'other' END, r.status, r.urgent, r.rating,"
            " COALESCE(u.locale, u.telegram_locale), COUNT(*)"
        )
        sql, params = self._spans(spans, select, chat_id)
        chat = [chat_id] if chat_id is not None else []
        rows = await self.db.fetch_all(
            sql + " LEFT JOIN users u ON u.id = r.user_id GROUP BY 1, 2, 3, 4, 5, 6, 7",
            (*params, *cities, *chat),
        )
        return [
            ReportGroup(
                int(row[0]), row[1], row[2], row[3], bool(row[4]), row[5], row[6], int(row[7])
            )
            for row in rows
        ]

    async def report_durations(
        self, spans: Sequence[Span], chat_id: int | None = None
    ) -> list[ReportDurations]:
        """Times to the first answer and to closing of the requests filed in ``spans`` that
        have either (integers only: the percentiles are taken from them)."""
        if not spans:
            return []
        select = (
            "SELECT s.i, r.response_seconds, CAST(ROUND((julianday(r.closed_at)"
            " - julianday(r.created_at)) * 86400) AS INTEGER)"
        )
        sql, params = self._spans(spans, select, chat_id)
        chat = [chat_id] if chat_id is not None else []
        rows = await self.db.fetch_all(
            sql + " WHERE r.response_seconds IS NOT NULL OR r.closed_at IS NOT NULL",
            (*params, *chat),
        )
        return [ReportDurations(int(row[0]), row[1], row[2]) for row in rows]


def _of_chat(chat_id: int | None) -> tuple[str, tuple[int, ...]]:
    """The condition on the staff chat for the counts tables (none: every chat's)."""
    return (" AND staff_chat_id = ?", (chat_id,)) if chat_id is not None else ("", ())
