"""Repository of ``broadcasts`` and ``deliveries``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database
from bot.db.users import READS_LOCALE

ALL = "all"


@dataclass(frozen=True)
class Broadcast:
    id: int
    admin_id: int
    source_chat_id: int
    source_message_id: int
    audience: str
    status: str
    progress_chat_id: int | None
    progress_message_id: int | None
    paid: bool = False  # confirmed as a paid broadcast (allow_paid_broadcast)


@dataclass(frozen=True)
class Outcome:
    """What Telegram answered to one send: 'sent', 'blocked', 'failed' settle the delivery;
    'retry' (5xx, network) leaves it pending for a later pass, counting the attempt."""

    user_id: int
    status: str


@dataclass(frozen=True)
class Progress:
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.blocked + self.failed + self.pending


def _broadcast(row: aiosqlite.Row) -> Broadcast:
    return Broadcast(
        id=row["id"],
        admin_id=row["admin_id"],
        source_chat_id=row["source_chat_id"],
        source_message_id=row["source_message_id"],
        audience=row["audience"],
        status=row["status"],
        progress_chat_id=row["progress_chat_id"],
        progress_message_id=row["progress_message_id"],
        paid=bool(row["paid"]),
    )


def _audience_filter(audience: str, default_locale: str) -> tuple[str, tuple[str, ...]]:
    """SQL condition on ``users`` for an audience: 'all' and 'locale:<code>' are everyone
    reachable who wants announcements ('locale:<code>': who reads the bot in that language —
    chosen, else Telegram's, else ``default_locale``); 'event:<id>' the people registered for
    that event (or with an appointment). Counting and sending use this one condition."""
    if audience.startswith("event:"):
        # News about an event they registered for reaches them even with announcements off.
        return (
            "blocked_at IS NULL AND id IN (SELECT user_id FROM registrations"
            " WHERE event_id = ? AND status = 'registered'"
            " UNION SELECT user_id FROM appointments WHERE event_id = ?)",
            (audience.removeprefix("event:"),) * 2,
        )
    base = "blocked_at IS NULL AND announcements = 1"
    if audience.startswith("city:"):
        return f"{base} AND city = ?", (audience.removeprefix("city:"),)
    if audience.startswith("locale:"):
        return f"{base} AND {READS_LOCALE} = ?", (default_locale, audience.removeprefix("locale:"))
    return base, ()


class BroadcastsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def count_audience(self, audience: str, default_locale: str) -> int:
        condition, params = _audience_filter(audience, default_locale)
        row = await self.db.fetch_one(f"SELECT COUNT(*) FROM users WHERE {condition}", params)
        return int(row[0]) if row else 0

    async def create(
        self,
        conn: aiosqlite.Connection,
        *,
        admin_id: int,
        source_chat_id: int,
        source_message_id: int,
        audience: str,
        default_locale: str,
        starts_at: datetime,
        now: datetime,
        paid: bool = False,
    ) -> int:
        """The broadcast and one delivery row per recipient, in the caller's transaction."""
        status = "scheduled" if starts_at > now else "running"
        cursor = await conn.execute(
            "INSERT INTO broadcasts (admin_id, source_chat_id, source_message_id, audience,"
            " status, starts_at, created_at, paid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                admin_id,
                source_chat_id,
                source_message_id,
                audience,
                status,
                to_db(starts_at),
                to_db(now),
                int(paid),
            ),
        )
        broadcast_id = int(cursor.lastrowid or 0)
        condition, params = _audience_filter(audience, default_locale)
        await conn.execute(
            "INSERT INTO deliveries (broadcast_id, user_id)"
            f" SELECT ?, id FROM users WHERE {condition}",
            (broadcast_id, *params),
        )
        return broadcast_id

    async def get(self, broadcast_id: int) -> Broadcast | None:
        row = await self.db.fetch_one("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
        return _broadcast(row) if row else None

    async def start_due(self, conn: aiosqlite.Connection, now: datetime) -> None:
        await conn.execute(
            "UPDATE broadcasts SET status = 'running'"
            " WHERE status = 'scheduled' AND starts_at <= ?",
            (to_db(now),),
        )

    async def running(self) -> list[Broadcast]:
        rows = await self.db.fetch_all(
            "SELECT * FROM broadcasts WHERE status = 'running' ORDER BY id"
        )
        return [_broadcast(row) for row in rows]

    async def set_status(
        self, conn: aiosqlite.Connection, broadcast_id: int, status: str, now: datetime
    ) -> None:
        finished = to_db(now) if status in ("cancelled", "done") else None
        await conn.execute(
            "UPDATE broadcasts SET status = ?, finished_at = COALESCE(?, finished_at)"
            " WHERE id = ?",
            (status, finished, broadcast_id),
        )

    async def set_progress_message(
        self, conn: aiosqlite.Connection, broadcast_id: int, chat_id: int, message_id: int
    ) -> None:
        await conn.execute(
            "UPDATE broadcasts SET progress_chat_id = ?, progress_message_id = ? WHERE id = ?",
            (chat_id, message_id, broadcast_id),
        )

    async def pending_after(self, broadcast_id: int, user_id: int, limit: int) -> list[int]:
        rows = await self.db.fetch_all(
            "SELECT user_id FROM deliveries WHERE broadcast_id = ? AND status = 'pending'"
            " AND user_id > ? ORDER BY user_id LIMIT ?",
            (broadcast_id, user_id, limit),
        )
        return [int(row[0]) for row in rows]

    async def record(
        self,
        conn: aiosqlite.Connection,
        broadcast_id: int,
        outcomes: list[Outcome],
        max_attempts: int,
    ) -> None:
        """Many sends' outcomes in the caller's transaction (two statements, however many
        rows). Only pending rows change: an outcome recorded twice changes nothing."""
        settled = [o for o in outcomes if o.status != "retry"]
        retried = [o for o in outcomes if o.status == "retry"]
        await conn.executemany(
            "UPDATE deliveries SET status = ?, attempts = attempts + 1"
            " WHERE broadcast_id = ? AND user_id = ? AND status = 'pending'",
            [(o.status, broadcast_id, o.user_id) for o in settled],
        )
        await conn.executemany(
            "UPDATE deliveries SET attempts = attempts + 1,"
            " status = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE status END"
            " WHERE broadcast_id = ? AND user_id = ? AND status = 'pending'",
            [(max_attempts, broadcast_id, o.user_id) for o in retried],
        )

    async def progress(self, broadcast_id: int) -> Progress:
        rows = await self.db.fetch_all(
            "SELECT status, COUNT(*) FROM deliveries WHERE broadcast_id = ? GROUP BY status",
            (broadcast_id,),
        )
        counts = {row[0]: int(row[1]) for row in rows}
        return Progress(**{k: counts.get(k, 0) for k in ("sent", "blocked", "failed", "pending")})
