"""The all-time counts /stats reads (kept by triggers, migrations/0025_request_counts.sql) are
what counting the requests gives, after random filing, changes, moves between staff chats and
deletions; and a database migrated with requests already in it starts with the right counts."""

from __future__ import annotations

import random
from pathlib import Path

from bot.db.connection import Database
from bot.db.migrate import discover, migrate
from bot.db.request_stats import ALL_TIME, RequestStatsRepository

CHATS = (-1001, -1002)
STATUSES = ("new", "in_progress", "answered", "closed")
CATEGORIES = ("wages", "documents", "police", "health")
CITIES = ("moscow", "spb", "Подольск", "kazan")
HOLDERS = (None, 11, 12, 13)


async def file_one(db: Database, rng: random.Random) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO requests (user_id, category, city, status, urgent, assignee_id,"
            " staff_chat_id, consent_at, created_at, updated_at)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, 'x', '2026-01-01T00:00:00', 'x')",
            (
                rng.choice(CATEGORIES),
                rng.choice(CITIES),
                rng.choice(STATUSES),
                rng.randint(0, 1),
                rng.choice(HOLDERS),
                rng.choice(CHATS),
            ),
        )


async def change_one(db: Database, rng: random.Random) -> None:
    column, values = rng.choice(
        [
            ("status", STATUSES),
            ("category", CATEGORIES),
            ("city", CITIES),
            ("urgent", (0, 1)),
            ("assignee_id", HOLDERS),
            ("staff_chat_id", CHATS),
            ("text", ("changed",)),  # not counted: the triggers leave the counts alone
        ]
    )
    async with db.transaction() as conn:
        await conn.execute(
            f"UPDATE requests SET {column} = ?"
            " WHERE id = (SELECT id FROM requests ORDER BY random() LIMIT 1)",
            (rng.choice(values),),
        )


async def delete_one(db: Database) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "DELETE FROM requests WHERE id = (SELECT id FROM requests ORDER BY random() LIMIT 1)"
        )


async def counted(db: Database, column: str, chat_id: int | None) -> list[tuple[str, int]]:
    where = " WHERE staff_chat_id = ?" if chat_id is not None else ""
    rows = await db.fetch_all(
        f"SELECT {column}, COUNT(*) AS n FROM requests{where}"
        f" GROUP BY {column} ORDER BY n DESC, {column}",
        (chat_id,) if chat_id is not None else (),
    )
    return [(str(row[0]), int(row[1])) for row in rows]


async def held(db: Database, chat_id: int | None) -> list[tuple[int | None, int, int, int]]:
    where = " WHERE staff_chat_id = ?" if chat_id is not None else ""
    rows = await db.fetch_all(
        "SELECT assignee_id, COUNT(*), SUM(status != 'closed'), SUM(urgent)"
        f" FROM requests{where} GROUP BY assignee_id ORDER BY COUNT(*) DESC, assignee_id",
        (chat_id,) if chat_id is not None else (),
    )
    return [(row[0], int(row[1]), int(row[2]), int(row[3])) for row in rows]


async def assert_counts_match(db: Database) -> None:
    stats = RequestStatsRepository(db)
    for chat_id in (None, *CHATS):
        for column in ("status", "category", "city"):
            assert await stats.count_by(column, ALL_TIME, 50, chat_id) == await counted(
                db, column, chat_id
            ), (column, chat_id)
        holders = [
            (h.assignee_id, h.total, h.open, h.urgent)
            for h in await stats.by_holder(ALL_TIME, chat_id)
        ]
        assert holders == await held(db, chat_id), chat_id
        total = sum(n for _, n in await counted(db, "status", chat_id))
        assert await stats.total(ALL_TIME, chat_id) == total


async def test_the_counts_follow_every_change(db: Database) -> None:
    rng = random.Random(16)
    for _ in range(60):
        await file_one(db, rng)
    for step in range(600):
        action = rng.random()
        if action < 0.25:
            await file_one(db, rng)
        elif action < 0.9:
            await change_one(db, rng)
        else:
            await delete_one(db)
        if step % 100 == 0:
            await assert_counts_match(db)
    await assert_counts_match(db)
    assert await db.fetch_one("SELECT COUNT(*) FROM requests") != (0,)


async def test_a_database_migrated_with_requests_starts_counted(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "old.sqlite3")
    try:
        await migrate(db, [m for m in discover() if m.version < 25])
        rng = random.Random(3)
        for _ in range(200):
            await file_one(db, rng)
        await migrate(db)
        await assert_counts_match(db)
    finally:
        await db.close()
