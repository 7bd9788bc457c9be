"""Repository of ``page_views``: anonymous daily counts of rights pages read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import aiosqlite

from bot.db.connection import Database


@dataclass(frozen=True)
class PageViews:
    page_id: str
    locale: str
    views: int


class PageViewsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self, conn: aiosqlite.Connection, day: date, page_id: str, locale: str, views: int
    ) -> None:
        await conn.execute(
            "INSERT INTO page_views (day, page_id, locale, views) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (day, page_id, locale) DO UPDATE SET views = views + excluded.views",
            (day.isoformat(), page_id, locale, views),
        )

    async def totals(self, since: date) -> list[PageViews]:
        rows = await self.db.fetch_all(
            "SELECT page_id, locale, SUM(views) AS views FROM page_views WHERE day >= ?"
            " GROUP BY page_id, locale ORDER BY views DESC, page_id, locale",
            (since.isoformat(),),
        )
        return [PageViews(row["page_id"], row["locale"], int(row["views"])) for row in rows]
