"""Who the user is to the bot: their row, created on first contact, and their language."""

from __future__ import annotations

from bot.db.connection import Database
from bot.db.users import User, UsersRepository


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.users = UsersRepository(db)

    async def get_or_create(self, user_id: int) -> User:
        user = await self.users.get(user_id)
        if user is not None:
            if user.blocked:  # they wrote to us, so they unblocked the bot
                async with self.db.transaction() as conn:
                    await self.users.mark_unblocked(conn, user_id)
                return User(user.id, user.locale, user.announcements, blocked=False)
            return user
        async with self.db.transaction() as conn:
            await self.users.insert_if_missing(conn, user_id)
        return User(user_id, locale=None, announcements=True, blocked=False)

    async def set_locale(self, user_id: int, locale: str) -> None:
        async with self.db.transaction() as conn:
            await self.users.insert_if_missing(conn, user_id)
            await self.users.set_locale(conn, user_id, locale)
