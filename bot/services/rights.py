"""The rights guide as a service: finding pages and counting (anonymously) what is read.

Page views are counted in memory and written to SQLite by a scheduled flush and at shutdown:
a page view must not cost a database write on the hot path, and losing the last minute of
anonymous counts to a crash is acceptable.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from bot.content.search import SearchIndex
from bot.content.tree import Page, Tree
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.page_views import PageViewsRepository


class RightsService:
    def __init__(self, db: Database, tree: Tree, index: SearchIndex) -> None:
        self.db = db
        self.tree = tree
        self.index = index
        self.page_views = PageViewsRepository(db)
        self._pending_views: Counter[tuple[date, str, str]] = Counter()

    def search(self, query: str, limit: int = 6) -> list[Page]:
        pages = (self.tree.page(hit.page_id) for hit in self.index.search(query, limit))
        return [page for page in pages if page is not None]

    def record_view(self, page: Page, locale: str) -> None:
        self._pending_views[(utc_now().date(), page.id, locale)] += 1

    async def flush_views(self) -> int:
        """Write the counted views to the database; returns how many were written."""
        pending, self._pending_views = self._pending_views, Counter()
        if not pending:
            return 0
        async with self.db.transaction() as conn:
            for (day, page_id, locale), views in pending.items():
                await self.page_views.add(conn, day, page_id, locale, views)
        return sum(pending.values())
