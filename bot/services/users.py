"""Who the user is to the bot: their row, created on first contact, and their language.

Users are cached (bounded, write-through): this runs for every update, and the process owns
the database, so a cached row is current until this service changes it.
"""

from __future__ import annotations

from dataclasses import replace

from cachetools import LRUCache

from bot.db.connection import Database
from bot.db.users import User, UsersRepository

CACHE_SIZE = 50_000


class UserService:
    def __init__(self, db: Database, cache_size: int = CACHE_SIZE) -> None:
        self.db = db
        self.users = UsersRepository(db)
        self._cache: LRUCache[int, User] = LRUCache(cache_size)

    async def get_or_create(self, user_id: int, telegram_locale: str | None = None) -> User:
        """The user's row, created on first contact; ``telegram_locale`` (Telegram's language,
        if supported) is kept up to date for messages the bot sends later on its own."""
        user = self._cache.get(user_id) or await self._load_or_create(user_id, telegram_locale)
        if telegram_locale and user.telegram_locale != telegram_locale:
            async with self.db.single_statement() as conn:
                await self.users.set_telegram_locale(conn, user_id, telegram_locale)
            user = replace(user, telegram_locale=telegram_locale)
        self._cache[user_id] = user
        return user

    async def _load_or_create(self, user_id: int, telegram_locale: str | None) -> User:
        user = await self.users.get(user_id)
        if user is None:
            async with self.db.single_statement() as conn:
                await self.users.insert_if_missing(conn, user_id, telegram_locale)
            return User(user_id, None, True, False, telegram_locale)
        if user.blocked:  # they wrote to us, so they unblocked the bot
            async with self.db.single_statement() as conn:
                await self.users.mark_unblocked(conn, user_id)
            return replace(user, blocked=False)
        return user

    async def set_locale(self, user_id: int, locale: str) -> None:
        async with self.db.single_statement() as conn:
            await self.users.set_locale(conn, user_id, locale)
        cached = self._cache.get(user_id)
        if cached is not None:
            self._cache[user_id] = replace(cached, locale=locale)

    async def mark_blocked(self, user_id: int) -> None:
        """Telegram said the user blocked the bot; writing to us again unblocks them."""
        async with self.db.single_statement() as conn:
            await self.users.mark_blocked(conn, user_id)
        self.blocked_recorded([user_id])

    def blocked_recorded(self, user_ids: list[int]) -> None:
        """They were marked blocked (by the caller's transaction): their next update loads
        the row again, and so unblocks them (a cached row would keep them blocked)."""
        for user_id in user_ids:
            self._cache.pop(user_id, None)

    async def set_announcements(self, user_id: int, on: bool) -> None:
        async with self.db.single_statement() as conn:
            await self.users.set_announcements(conn, user_id, on)
        cached = self._cache.get(user_id)
        if cached is not None:
            self._cache[user_id] = replace(cached, announcements=on)

    async def set_city(self, user_id: int, city: str) -> None:
        async with self.db.single_statement() as conn:
            await self.users.set_city(conn, user_id, city)

    async def city(self, user_id: int) -> str | None:
        return await self.users.city(user_id)

    def forget(self, user_id: int) -> None:
        """Their row was deleted (Delete my data): the next update starts afresh."""
        self._cache.pop(user_id, None)
