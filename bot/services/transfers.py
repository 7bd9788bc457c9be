"""Handing a request to a partner institution's staff chat (the Kyrgyz Ombudsman and the
Russian Commissioner take up each other's citizens' cases).

One transaction records the transfer and moves the request: it now belongs to the other staff
chat, nobody holds it, it is new to that team, and its answer deadline counts from the
transfer. The same transaction writes every outbox row the move needs, so a 429, a 5xx or a
restart delays them and loses none, and each is sent once:

- in the partner's chat (the request's own lanes, so the first row opens its topic and card
  there): a line saying where it came from, the full description if the card shows only its
  start, the migrant's files again by file id, and the thread so far (without the first
  team's internal notes: they stay with that team);
- in the chat it left (that chat's own lane, in order): a line naming where it went, then
  'retire': the old card loses its buttons and the old topic is closed;
- to the migrant, in their language: which institution handles the request now.

Rows still waiting for the old topic go to the new one. From then on the migrant's messages
reach the partner's topic and the partner's operators answer; in the old topic an answer is
refused with a line saying where the request went.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

import aiosqlite

from bot.content.institutions import institution_text_id
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxRepository
from bot.db.requests import Request, RequestsRepository
from bot.db.transfers import Transfer, TransferCounts, TransfersRepository
from bot.db.users import UsersRepository
from bot.i18n import I18n, Translator
from bot.services.requests import RequestError, RequestService
from bot.services.topics import RESTORED_MESSAGES, restored_thread
from bot.telegram.lengths import CAPTION_LIMIT, clip

Span = tuple[datetime | None, datetime | None]


class TransferService:
    def __init__(
        self,
        db: Database,
        i18n: I18n,
        requests: RequestService,
        team_names: dict[int, str] | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.i18n = i18n
        self.helpdesk = requests  # where requests go, deadlines, the sender's wake-up
        self.team_names = dict(team_names or {})
        self.now = now
        self.requests = RequestsRepository(db)
        self.transfers = TransfersRepository(db)
        self.outbox = OutboxRepository(db)
        self.users = UsersRepository(db)
        self.staff_t = i18n.get(i18n.default_locale)

    def institution(self, t: Translator, chat_id: int) -> str:
        """The name of the institution whose staff chat ``chat_id`` is (a text of ours, as
        safe in HTML as any other)."""
        return t(institution_text_id(self.team_names, chat_id))

    def targets(self, from_chat_id: int) -> list[int]:
        """The staff chats a request in ``from_chat_id`` may be handed to."""
        return sorted(chat for chat in self.helpdesk.staff_chats if chat != from_chat_id)

    async def transfer(
        self, request_id: int, from_chat_id: int, to_chat_id: int, by_id: int, by: str
    ) -> Request:
        """Hand the request in ``from_chat_id`` to ``to_chat_id``, by staff member ``by_id``
        (named ``by``); RequestError if it may not be (the text says why)."""
        if to_chat_id not in self.targets(from_chat_id):
            raise RequestError("staff-transfer-unknown-chat")
        now = self.now()
        async with self.db.transaction() as conn:
            request = await self._transferable(conn, request_id, from_chat_id)
            await self.transfers.add(
                conn,
                request_id=request.id,
                from_chat_id=from_chat_id,
                to_chat_id=to_chat_id,
                from_topic_id=request.topic_id,
                from_card_message_id=request.card_message_id,
                by_staff_id=by_id,
                now=now,
            )
            due = self.helpdesk.answer_deadlines.due_at(
                now, request.category, request.urgent, self.helpdesk.office_hours
            )
            await self.requests.hand_over(conn, request.id, to_chat_id, due, now)
            await self.outbox.move_pending(conn, request.id, from_chat_id, to_chat_id)
            await self._queue_new_topic(conn, request, to_chat_id, by, now)
            await self._queue_leaving(conn, request, to_chat_id, by, now)
            await self._tell_migrant(conn, request, to_chat_id, now)
        self.helpdesk.on_queued()
        return request

    async def _transferable(
        self, conn: aiosqlite.Connection, request_id: int, from_chat_id: int
    ) -> Request:
        """The request as it is inside the transaction, if it may be transferred from here."""
        request = await self.requests.current(conn, request_id)
        if request is None or request.staff_chat_id != from_chat_id:
            raise RequestError("staff-request-unknown")  # transferred meanwhile, or crafted
        if request.user_id is None:
            raise RequestError("staff-erased")
        if not request.is_open:
            raise RequestError("staff-transfer-closed")
        return request

    async def _queue_new_topic(
        self, conn: aiosqlite.Connection, request: Request, to_chat_id: int, by: str, now: datetime
    ) -> None:
        """The partner's topic: card, where it came from, description, files, thread."""
        t = self.staff_t
        await self.outbox.add_card(conn, chat_id=to_chat_id, request_id=request.id, now=now)
        received = t(
            "staff-transfer-received",
            number=request.id,
            institution=self.institution(t, request.staff_chat_id),
            by=html.escape(by),
        )
        await self._staff_text(conn, request.id, to_chat_id, received, now)
        thread = await self.requests.thread(request.id, RESTORED_MESSAGES)
        shared = [message for message in thread if message.direction != "note"]
        for part in restored_thread(t, request, shared, "staff-transfer-history-title"):
            if isinstance(part, str):
                await self._staff_text(conn, request.id, to_chat_id, part, now)
                continue
            caption = html.escape(clip(part.text, CAPTION_LIMIT)) if part.text else None
            await self.outbox.add_file(
                conn,
                chat_id=to_chat_id,
                file_kind=part.kind,
                file_id=part.file_id or "",
                caption=caption,
                now=now,
                request_id=request.id,
            )

    async def _staff_text(
        self, conn: aiosqlite.Connection, request_id: int, chat_id: int, text: str, now: datetime
    ) -> None:
        await self.outbox.add_text(
            conn, chat_id=chat_id, text=text, now=now, request_id=request_id
        )

    async def _queue_leaving(
        self, conn: aiosqlite.Connection, request: Request, to_chat_id: int, by: str, now: datetime
    ) -> None:
        """The topic it left: a line naming where it went, then its card without buttons and
        the topic closed (rows of that chat's own lane, so in this order)."""
        t = self.staff_t
        notice = t(
            "staff-transfer-left",
            number=request.id,
            institution=self.institution(t, to_chat_id),
            by=html.escape(by),
        )
        await self.outbox.add_text(
            conn,
            chat_id=request.staff_chat_id,
            text=notice,
            now=now,
            thread_id=request.topic_id,
            reply_to_message_id=request.card_message_id if request.topic_id is None else None,
        )
        await self.outbox.add_retire(
            conn,
            chat_id=request.staff_chat_id,
            thread_id=request.topic_id,
            card_message_id=request.card_message_id,
            now=now,
        )

    async def _tell_migrant(
        self, conn: aiosqlite.Connection, request: Request, to_chat_id: int, now: datetime
    ) -> None:
        if request.user_id is None:
            return
        user = await self.users.get(request.user_id)
        t = self.i18n.get((user.reach_locale if user else None) or self.i18n.default_locale)
        text = t(
            "request-notice-transferred",
            number=request.id,
            institution=self.institution(t, to_chat_id),
        )
        await self.outbox.add_text(conn, chat_id=request.user_id, text=text, now=now)

    # --- what staff read ------------------------------------------------------------------

    async def left_here(
        self, chat_id: int, topic_id: int | None, replied_id: int | None
    ) -> Transfer | None:
        """The transfer that took away the request of this topic (or, in a plain group, of
        the card or message replied to), if one did."""
        if topic_id is not None:
            return await self.transfers.left_topic(chat_id, topic_id)
        if replied_id is not None:
            return await self.transfers.left_message(chat_id, replied_id)
        return None

    async def counts(self, span: Span, chat_id: int | None) -> TransferCounts:
        return await self.transfers.counts(span, chat_id)
