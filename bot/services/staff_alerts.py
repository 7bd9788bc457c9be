"""Telling admins, in private, that the staff chat refuses the bot (a right taken away, the bot
removed from the group): at most once an hour per staff chat, through the outbox, in each
admin's language. Requests keep waiting for the staff chat meanwhile; nothing is lost. The
start-up check of the bot's rights (bot/services/bot_rights.py) tells them the same way."""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable, Sequence

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxRepository
from bot.db.users import UsersRepository
from bot.i18n import I18n

log = logging.getLogger(__name__)

ALERT_EVERY_SECONDS = 3600.0


class StaffChatAlerts:
    def __init__(
        self,
        db: Database,
        i18n: I18n,
        admin_ids: frozenset[int],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.i18n = i18n
        self.admin_ids = admin_ids
        self.clock = clock
        self.outbox = OutboxRepository(db)
        self.users = UsersRepository(db)
        self._last: dict[int, float] = {}

    async def staff_chat_refused(self, chat_id: int, description: str) -> None:
        """``description``: Telegram's reason (it names the right or the membership)."""
        now = self.clock()
        if now - self._last.get(chat_id, float("-inf")) < ALERT_EVERY_SECONDS:
            return
        self._last[chat_id] = now
        log.warning(
            "the staff chat %s refuses the bot (%s): requests wait until an admin gives it back"
            " its rights (admin with 'manage topics')",
            chat_id,
            description,
        )
        reason = html.escape(description[:200])
        async with self.db.transaction() as conn:
            for admin_id in sorted(self.admin_ids):
                user = await self.users.get(admin_id)
                t = self.i18n.get(user.reach_locale if user else None)
                text = t("staff-chat-refused", chat=str(chat_id), reason=reason)
                await self.outbox.add_text(conn, chat_id=admin_id, text=text, now=utc_now())

    async def rights_missing(self, chat_id: int, problems: Sequence[str]) -> None:
        """What the start-up check found missing in a staff chat; ``problems`` are
        ``RightsProblem`` values, each a line of the message (``staff-rights-<problem>``)."""
        async with self.db.transaction() as conn:
            for admin_id in sorted(self.admin_ids):
                user = await self.users.get(admin_id)
                t = self.i18n.get(user.reach_locale if user else None)
                lines = "\n".join(t(f"staff-rights-{problem}") for problem in problems)
                text = t("staff-rights-alert", chat=str(chat_id), problems=lines)
                await self.outbox.add_text(conn, chat_id=admin_id, text=text, now=utc_now())
