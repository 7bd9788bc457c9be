"""The rights guide as a service: finding pages and counting (anonymously) what is read."""

from __future__ import annotations

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

    def search(self, query: str, limit: int = 6) -> list[Page]:
        pages = (self.tree.page(hit.page_id) for hit in self.index.search(query, limit))
        return [page for page in pages if page is not None]

    async def record_view(self, page: Page, locale: str) -> None:
        async with self.db.transaction() as conn:
            await self.page_views.add(conn, utc_now().date(), page.id, locale)
