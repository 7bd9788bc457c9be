"""Repository of ``users``: the bot's own record of a person (id, language, settings)."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.db.clock import to_db, utc_now
from bot.db.connection import Database
from bot.i18n import LOCALES


@dataclass(frozen=True)
class User:
    id: int
    locale: str | None
    announcements: bool
    blocked: bool
    telegram_locale: str | None = None  # what Telegram reports, if we support it

    @property
    def reach_locale(self) -> str | None:
        """The language for messages the bot sends on its own: chosen, else Telegram's (None:
        the default language; ``READS_LOCALE`` is the same rule in SQL)."""
        for locale in (self.locale, self.telegram_locale):
            if locale in LOCALES:
                return locale
        return None


def _user(row: aiosqlite.Row) -> User:
    return User(
        id=row["id"],
        locale=row["locale"],
        announcements=bool(row["announcements"]),
        blocked=row["blocked_at"] is not None,
        telegram_locale=row["telegram_locale"],
    )


# For SQL that picks the language of a message the bot sends on its own.
REACH_LOCALE = "COALESCE(u.locale, u.telegram_locale)"

_OURS = ", ".join(f"'{locale}'" for locale in LOCALES)
#: The language a user reads the bot in, in SQL over ``users`` (one ``?``: the default
#: language): the chosen one, else Telegram's if it is one of ours, else the default — the
#: rule of ``I18n.choose_locale`` and of ``User.reach_locale`` with the default.
READS_LOCALE = (
    f"COALESCE(CASE WHEN locale IN ({_OURS}) THEN locale END,"
    f" CASE WHEN telegram_locale IN ({_OURS}) THEN telegram_locale END, ?)"
)


class UsersRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_id: int) -> User | None:
        row = await self.db.fetch_one(
            "SELECT id, locale, announcements, blocked_at, telegram_locale FROM users"
            " WHERE id = ?",
            (user_id,),
        )
        return _user(row) if row else None

    async def insert_if_missing(
        self, conn: aiosqlite.Connection, user_id: int, telegram_locale: str | None = None
    ) -> None:
        now = to_db(utc_now())
        await conn.execute(
            "INSERT INTO users (id, telegram_locale, created_at, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING",
            (user_id, telegram_locale, now, now),
        )

    async def set_telegram_locale(
        self, conn: aiosqlite.Connection, user_id: int, telegram_locale: str
    ) -> None:
        await conn.execute(
            "UPDATE users SET telegram_locale = ? WHERE id = ?", (telegram_locale, user_id)
        )

    async def set_locale(self, conn: aiosqlite.Connection, user_id: int, locale: str) -> None:
        """One statement: creates the row if it is missing."""
        now = to_db(utc_now())
        await conn.execute(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET locale = excluded.locale,"
            " updated_at = excluded.updated_at",
            (user_id, locale, now, now),
        )

    async def mark_unblocked(self, conn: aiosqlite.Connection, user_id: int) -> None:
        await conn.execute(
            "UPDATE users SET blocked_at = NULL, updated_at = ?"
            " WHERE id = ? AND blocked_at IS NOT NULL",
            (to_db(utc_now()), user_id),
        )

    async def count(self) -> int:
        row = await self.db.fetch_one("SELECT COUNT(*) FROM users")
        return int(row[0]) if row else 0

    async def delete(self, conn: aiosqlite.Connection, user_id: int) -> None:
        """Delete my data: the row goes, and with it (ON DELETE CASCADE) the personal dates,
        deadline reminders and event registrations; broadcast deliveries and the event
        reminders sent name the user too."""
        await conn.execute("DELETE FROM deliveries WHERE user_id = ?", (user_id,))
        await conn.execute("DELETE FROM event_reminders_sent WHERE user_id = ?", (user_id,))
        await conn.execute("DELETE FROM users WHERE id = ?", (user_id,))

    async def mark_blocked(self, conn: aiosqlite.Connection, user_id: int) -> None:
        """Telegram answered 403: the user blocked the bot."""
        await self.mark_all_blocked(conn, [user_id])

    async def mark_all_blocked(self, conn: aiosqlite.Connection, user_ids: list[int]) -> None:
        now = to_db(utc_now())
        await conn.executemany(
            "UPDATE users SET blocked_at = ?, updated_at = ? WHERE id = ? AND blocked_at IS NULL",
            [(now, now, user_id) for user_id in user_ids],
        )

    async def set_announcements(self, conn: aiosqlite.Connection, user_id: int, on: bool) -> None:
        await conn.execute(
            "UPDATE users SET announcements = ?, updated_at = ? WHERE id = ?",
            (int(on), to_db(utc_now()), user_id),
        )

    async def set_city(self, conn: aiosqlite.Connection, user_id: int, city: str) -> None:
        await conn.execute(
            "UPDATE users SET city = ?, updated_at = ? WHERE id = ?",
            (city, to_db(utc_now()), user_id),
        )

    async def city(self, user_id: int) -> str | None:
        row = await self.db.fetch_one("SELECT city FROM users WHERE id = ?", (user_id,))
        return row[0] if row else None
