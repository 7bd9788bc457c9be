"""Requests whose first answer is overdue: staff are told, once.

A job looks every minute (bot/scheduler.py) for open requests without an operator's answer
whose deadline (bot/services/answer_deadlines.py) has passed and that were not escalated
before. Each is marked escalated in the same transaction as the messages it causes, so it is
escalated once, whatever restarts or repeated runs happen:

- one message in the staff chat's general topic naming them (linked to their topics, their
  holder mentioned so Telegram notifies them);
- for urgent ones, a message to every admin of that staff chat (ADMIN_IDS and those given the
  role there) in private, in the admin's language;
- a refresh of each card, which then says "overdue".

Everything goes through the outbox. A batch per run (the next run takes the rest), so an outage
of the bot does not flood the staff chat at once.
"""

from __future__ import annotations

import html
import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime

import aiosqlite

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxRepository
from bot.db.requests import Request, RequestsRepository
from bot.db.users import UsersRepository
from bot.i18n import I18n, Translator
from bot.local_time import moscow_short
from bot.services.staff import Role, StaffService
from bot.services.topics import mention, request_link

log = logging.getLogger(__name__)

BATCH = 60  # requests escalated per run, over all staff chats
MESSAGE_LIMIT = 3500  # characters of one message's lines (Telegram takes 4096)


class EscalationService:
    def __init__(
        self,
        db: Database,
        i18n: I18n,
        staff: StaffService,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.i18n = i18n
        self.staff = staff
        self.now = now
        self.requests = RequestsRepository(db)
        self.outbox = OutboxRepository(db)
        self.users = UsersRepository(db)

    async def escalate_overdue(self) -> int:
        """Escalate what is overdue now; returns how many requests were escalated."""
        now = self.now()
        overdue = await self.requests.overdue(now, BATCH)
        if not overdue:
            return 0
        by_chat: dict[int, list[Request]] = defaultdict(list)
        for request in overdue:
            by_chat[request.staff_chat_id].append(request)
        escalated = 0
        async with self.db.transaction() as conn:
            for chat_id, requests in by_chat.items():
                escalated += await self._escalate_in_chat(conn, chat_id, requests, now)
        if escalated:
            log.info("escalated %d request(s) without an answer by their deadline", escalated)
        return escalated

    async def _escalate_in_chat(
        self, conn: aiosqlite.Connection, chat_id: int, candidates: list[Request], now: datetime
    ) -> int:
        requests = [r for r in candidates if await self.requests.mark_escalated(conn, r.id, now)]
        if not requests:
            return 0
        staff_t = self.i18n.get(self.i18n.default_locale)
        lines = [await self._line(staff_t, request, notify=True) for request in requests]
        for text in _messages(staff_t("staff-escalation-title"), lines):
            await self.outbox.add_text(conn, chat_id=chat_id, text=text, now=now)
        for request in requests:  # the card now says "overdue"
            await self.outbox.add_card(conn, chat_id=chat_id, request_id=request.id, now=now)
        urgent = [request for request in requests if request.urgent]
        if urgent:
            await self._tell_admins(conn, chat_id, urgent, now)
        return len(requests)

    async def _tell_admins(
        self, conn: aiosqlite.Connection, chat_id: int, urgent: list[Request], now: datetime
    ) -> None:
        """Each admin of the staff chat, in private and in their language."""
        admins = [m.user_id for m in await self.staff.members(chat_id) if m.role == Role.ADMIN]
        for admin_id in admins:
            user = await self.users.get(admin_id)
            t = self.i18n.get(user.reach_locale if user else None)
            lines = [await self._line(t, request, notify=False) for request in urgent]
            for text in _messages(t("staff-escalation-urgent-title"), lines):
                await self.outbox.add_text(conn, chat_id=admin_id, text=text, now=now)

    async def _line(self, t: Translator, request: Request, *, notify: bool) -> str:
        """One overdue request: its link, category, deadline and holder (mentioned, in the
        staff chat, so that Telegram notifies them)."""
        if request.assignee_id is None:
            holder = t("staff-queue-unassigned")
        elif notify:
            holder = mention(request.assignee_id, await self.staff.label(request.assignee_id))
        else:
            holder = html.escape(await self.staff.label(request.assignee_id))
        assert request.answer_due_at is not None  # overdue() reads only those with one
        return t(
            "staff-escalation-item",
            urgent="🔴 " if request.urgent else "",
            link=request_link(request),
            category=t(f"request-category-{request.category}"),
            due=moscow_short(request.answer_due_at),
            holder=holder,
        )


def _messages(title: str, lines: list[str]) -> list[str]:
    """The title and the lines, split into messages Telegram takes."""
    messages: list[str] = []
    current = [title]
    for line in lines:
        if sum(len(x) + 1 for x in current) + len(line) > MESSAGE_LIMIT:
            messages.append("\n".join(current))
            current = [title]
        current.append(line)
    messages.append("\n".join(current))
    return messages
