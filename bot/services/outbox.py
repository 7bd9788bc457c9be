"""Delivers the outbox: every message that must reach someone goes through SQLite first.

Callers add a row with ``OutboxRepository.add_text`` / ``add_copy`` inside their own
transaction (so the message exists exactly when what caused it was committed), then call
``OutboxSender.wake()``. The sender works in lanes: a private chat is one lane, each request's
rows in a staff chat another, its card refreshes a third. A lane's rows go out one at a time in
the order they were written. Chats are served side by side (up to ``MAX_CHATS``), one row at a
time per chat (and one card refresh beside it), each call paced by the bot's ``SendBudget``
at helpdesk priority (card refreshes: low, when the group has room; bot/telegram/), so a
staff group's 20 messages a minute never hold up a migrant's answer. A row:

- 429: the session middleware waits retry_after and sends it again; if Telegram keeps
  refusing, the row is postponed (not counted as an attempt);
- 5xx or a network error: retried with exponential backoff, at most ``MAX_ATTEMPTS`` times;
- 403 from a private chat: the chat's pending rows are 'blocked' and the user marked;
- the staff chat refusing the bot (no right to manage topics, the bot removed, the chat gone):
  the row waits and is tried again (admins are told), never failed for good;
- any other refusal (400): 'failed' with Telegram's description;
- anything unexpected: logged with its type and place, retried with backoff like a 5xx.

A row stays 'pending' until Telegram confirmed it, so a crash loses nothing; the one message in
flight per lane at the moment of a crash may be delivered twice. An 'edit' row changes a copy
sent earlier in its lane (bot/services/copy_edits.py); sent twice, it changes nothing more.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardMarkup, MessageId, ReplyParameters

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxMessage, OutboxRepository
from bot.db.requests import RequestsRepository
from bot.safe_log import describe_exception
from bot.services.copy_edits import CopyEditor
from bot.services.files import send_by_file_id
from bot.services.topics import (
    RequestErasedError,
    TopicGone,
    TopicKeeper,
    is_thread_missing,
    is_topic_closed,
)
from bot.services.users import UserService
from bot.telegram.budget import Priority, sending_as

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
MAX_BACKOFF_SECONDS = 600
MAX_CHATS = 16  # chats served side by side
HEADS_READ = 500  # lane heads read at once (a busy staff chat has one per request)
IDLE_WAIT_SECONDS = 5.0
LOST_TOPIC_RETRIES = 2  # a topic deleted again while we recreate it: give up on this pass
TRANSFER_RACE_RETRIES = 2  # a row sent as its request was transferred goes once more
STAFF_CHAT_RETRY_SECONDS = 60  # the staff chat refused the bot: try again this often (at most)

#: What the staff chat answers when the bot may not (any longer) write there as it needs.
_STAFF_CHAT_REFUSALS = (
    "not enough rights",
    "chat_admin_required",
    "need administrator rights",
    "have no rights",
    "chat not found",
    "bot was kicked",
    "bot is not a member",
    "chat_write_forbidden",
    "topic_closed",  # even after reopening it: the bot may not manage topics
)

StaffChatProblem = Callable[[int, str], Awaitable[None]]
#: Makes and sends a document the bot renders itself when the row is sent (a 'file' row whose
#: file_kind names the maker, e.g. the monthly report); returns the sent message's id.
MadeDocument = Callable[[OutboxMessage], Awaitable[int]]


def backoff(attempt: int) -> timedelta:
    """1, 2, 4 … seconds, capped."""
    return timedelta(seconds=min(2 ** max(attempt - 1, 0), MAX_BACKOFF_SECONDS))


def _priority_of(row: OutboxMessage) -> Priority:
    """The row's own (a card an operator waits for), else: a card refresh when the staff chat
    has room, everything else as helpdesk traffic."""
    if row.priority is not None:
        return Priority(row.priority)
    return Priority.BULK if row.kind == "card" else Priority.HELPDESK


def is_staff_chat_refusal(row: OutboxMessage, error: TelegramAPIError) -> bool:
    """The staff chat refused the bot itself (rights, membership), not this message."""
    if row.chat_id >= 0:
        return False
    if isinstance(error, TelegramForbiddenError):
        return True
    text = error.message.lower()
    return any(phrase in text for phrase in _STAFF_CHAT_REFUSALS)


class OutboxSender:
    def __init__(
        self,
        db: Database,
        bot: Bot,
        users: UserService,
        *,
        now: Callable[[], datetime] = utc_now,
        topics: TopicKeeper | None = None,
        on_staff_chat_problem: StaffChatProblem | None = None,
        max_chats: int = MAX_CHATS,
        made_documents: Mapping[str, MadeDocument] | None = None,
    ) -> None:
        self.db = db
        self.bot = bot
        self.users = users
        self.outbox = OutboxRepository(db)
        self.requests = RequestsRepository(db)
        self.editor = CopyEditor(bot, self.outbox, self.requests)
        self.now = now
        self.topics = topics
        self.on_staff_chat_problem = on_staff_chat_problem
        self.max_chats = max_chats
        self.made_documents = dict(made_documents or {})
        # In flight: one row per chat, and one card refresh per chat beside it.
        self._lanes: dict[tuple[int, bool], asyncio.Task[None]] = {}
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        """Deliver until ``stop()``: start a lane for every chat with something due, and wait
        for a wake-up, a lane that finished, or the next check."""
        failures = 0
        with sending_as(Priority.HELPDESK):
            while not self._stopping:
                self._wake.clear()
                try:
                    await self._start_lanes()
                    failures = 0
                except Exception as error:  # the database, say: wait and look again
                    failures += 1
                    log.error("outbox: cannot read what is due: %s", describe_exception(error))
                    await asyncio.sleep(min(2**failures, 60))
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), IDLE_WAIT_SECONDS)
            await self._finish_lanes()

    async def deliver_due(self) -> int:
        """Send everything due now and wait until it is settled; returns how many rows were
        settled or postponed (tests and tools use this instead of ``run``)."""
        settled = 0
        with sending_as(Priority.HELPDESK):
            while started := await self._start_lanes():
                settled += started
                await self._finish_lanes()
        return settled

    async def _start_lanes(self) -> int:
        """Start a task for the first due row of lanes whose chat is idle; returns how many
        started. Several requests' lanes in one staff chat take turns: the chat's budget
        would make them wait for each other anyway, and they must not crowd out others."""
        if len(self._lanes) >= self.max_chats or self._stopping:
            return 0
        started = 0
        for row in await self.outbox.due_lane_heads(self.now(), HEADS_READ):
            slot = (row.chat_id, row.kind == "card")
            if slot in self._lanes:
                continue
            if len(self._lanes) >= self.max_chats:
                break
            task = asyncio.create_task(self._deliver_guarded(row), name=f"outbox-{row.id}")
            self._lanes[slot] = task
            task.add_done_callback(functools.partial(self._lane_done, slot))
            started += 1
        return started

    def _lane_done(self, slot: tuple[int, bool], _task: asyncio.Task[None]) -> None:
        self._lanes.pop(slot, None)
        self._wake.set()

    async def _finish_lanes(self) -> None:
        while self._lanes:
            await asyncio.gather(*self._lanes.values(), return_exceptions=True)

    async def _deliver_guarded(self, row: OutboxMessage) -> None:
        """One row, whatever happens: an unexpected failure is retried like a 5xx. A card
        refresh goes when the staff chat has room: relayed messages first."""
        try:
            with sending_as(_priority_of(row)):
                await self._deliver(row)
        except Exception as error:
            log.error("outbox: row %s: %s", row.id, describe_exception(error))
            try:
                await self._retry_later(row, type(error).__name__)
            except Exception as again:
                log.error("outbox: row %s not postponed: %s", row.id, describe_exception(again))

    async def _deliver(self, row: OutboxMessage) -> None:
        for tries_left in range(LOST_TOPIC_RETRIES, -1, -1):
            try:
                sent_chat, sent_id = await self._send(row)
            except RequestErasedError:  # erased since this row was read: the erasure blanked it
                return
            except TopicGone as gone:
                if not tries_left:  # deleted again and again while we recreate it
                    await self._retry_later(row, "the topic was deleted again")
                    return
                await self._topic_gone(row, gone)
                continue
            except TelegramAPIError as error:
                await self._not_sent(row, error)
                return
            await self._mark_sent(row, sent_id, sent_chat)
            return

    async def _topic_gone(self, row: OutboxMessage, gone: TopicGone) -> None:
        if self.topics is not None and row.request_id is not None:
            await self.topics.topic_lost(row.request_id, gone.topic_id)

    async def _not_sent(self, row: OutboxMessage, error: TelegramAPIError) -> None:
        """What Telegram's refusal means for the row."""
        if isinstance(error, TelegramRetryAfter):  # the middleware gave up waiting
            await self._postpone(row, timedelta(seconds=error.retry_after), error.message)
        elif is_staff_chat_refusal(row, error):
            await self._staff_chat_refused(row, error)
        elif isinstance(error, TelegramForbiddenError):
            async with self.db.single_statement() as conn:
                await self.outbox.block_chat(conn, row.chat_id, error.message)
            if row.chat_id > 0:
                await self.users.mark_blocked(row.chat_id)
        elif isinstance(error, TelegramServerError | TelegramNetworkError):
            await self._retry_later(row, error.message)
        elif "too many requests" in error.message.lower():  # a 429 without retry_after
            await self._postpone(row, timedelta(seconds=1), error.message)
        else:
            await self._refused(row, error)

    async def _staff_chat_refused(self, row: OutboxMessage, error: TelegramAPIError) -> None:
        """Wait for someone to give the bot back its place in the staff chat."""
        delay = min(backoff(row.attempts + 1), timedelta(seconds=STAFF_CHAT_RETRY_SECONDS))
        await self._postpone(row, delay, error.message)
        if self.on_staff_chat_problem is not None:
            await self.on_staff_chat_problem(row.chat_id, error.message)

    async def _postpone(self, row: OutboxMessage, delay: timedelta, error: str) -> None:
        """Try again after ``delay`` without counting an attempt."""
        async with self.db.single_statement() as conn:
            await self.outbox.postpone(conn, row.id, self.now() + delay, error, count=False)

    async def _refused(self, row: OutboxMessage, error: TelegramAPIError) -> None:
        log.warning("outbox: row %s refused: %s", row.id, error.message)
        await self._settle(row, "failed", error.message)

    async def _mark_sent(self, row: OutboxMessage, sent_id: int, sent_chat: int) -> None:
        now = self.now()
        if row.request_message_id is None or row.kind == "edit":  # an edit: the copy stays
            async with self.db.single_statement() as conn:
                if not await self.outbox.mark_sent(conn, row, sent_id, now):
                    log.debug("outbox: card row %s asked for again while sent", row.id)
            return
        async with self.db.transaction() as conn:
            await self.outbox.mark_sent(conn, row, sent_id, now)
            await self.requests.set_delivered(
                conn, row.request_message_id, sent_id, now, sent_chat
            )

    async def _send(self, row: OutboxMessage) -> tuple[int, int]:
        """Send the row; returns (the chat it went to, the sent message's id)."""
        if row.kind == "edit":
            edited = await self.editor.apply(row)
            if isinstance(edited, int):
                return row.chat_id, edited
            row = edited  # the copy cannot show it: a reply to it, sent as any other row
        if self.topics is not None and row.kind == "retire":
            await self.topics.retire(row.chat_id, row.thread_id, row.reply_to_message_id)
            return row.chat_id, 0
        if row.request_id is None or self.topics is None:
            sent = await self._send_into(row, row.chat_id, row.thread_id, row.reply_to_message_id)
            return row.chat_id, sent
        if row.kind == "card":
            return row.chat_id, await self.topics.refresh_card(row.request_id)
        if row.kind == "erase":
            await self.topics.erase(row.request_id)
            return row.chat_id, 0
        for _ in range(TRANSFER_RACE_RETRIES):
            chat_id, sent = await self._send_to_topic(row, row.request_id, self.topics)
            if await self.topics.still_in(row.request_id, chat_id):
                break
            # Transferred while this row was being sent: the old topic got it, the new must.
            log.info("outbox: row %s reached a chat its request has left, sent again", row.id)
        return chat_id, sent

    async def _send_to_topic(
        self, row: OutboxMessage, request_id: int, topics: TopicKeeper
    ) -> tuple[int, int]:
        """Into the request's topic, in the staff chat the request is in now (a row written
        before a transfer goes where the request went)."""
        chat_id, thread_id, card = await topics.place(request_id)
        reply_to = row.reply_to_message_id or card
        try:
            return chat_id, await self._send_into(row, chat_id, thread_id, reply_to)
        except TelegramBadRequest as error:
            if is_thread_missing(error):
                raise TopicGone(thread_id) from error
            if not is_topic_closed(error):
                raise
        # Closed, and the bot lacks the right to post there: reopen, then post.
        async with topics.reopened(request_id):
            return chat_id, await self._send_into(row, chat_id, thread_id, reply_to)

    async def _send_into(
        self, row: OutboxMessage, chat_id: int, thread_id: int | None, reply_to: int | None
    ) -> int:
        reply = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to
            else None
        )
        if row.kind == "copy":
            copied: MessageId = await self.bot.copy_message(
                chat_id=chat_id,
                from_chat_id=row.from_chat_id or 0,
                message_id=row.from_message_id or 0,
                message_thread_id=thread_id,
                caption=row.text,  # an edit's repost carries its mark; a copy keeps its own
                reply_parameters=reply,
            )
            return copied.message_id
        if row.kind == "file" and row.file_kind in self.made_documents:
            return await self.made_documents[row.file_kind](row)
        if row.kind == "file":
            sent = await send_by_file_id(
                self.bot,
                chat_id,
                row.file_kind or "document",
                row.file_id or "",
                caption=row.text,
                thread_id=thread_id,
                reply=reply,
            )
            return sent.message_id
        markup = (
            InlineKeyboardMarkup.model_validate(row.reply_markup) if row.reply_markup else None
        )
        message = await self.bot.send_message(
            chat_id=chat_id,
            text=row.text or "",
            message_thread_id=thread_id,
            reply_markup=markup,
            reply_parameters=reply,
        )
        return message.message_id

    async def _settle(self, row: OutboxMessage, status: str, error: str) -> None:
        async with self.db.single_statement() as conn:
            await self.outbox.mark_final(conn, row.id, status, error)

    async def _retry_later(self, row: OutboxMessage, error: str) -> None:
        """``error``: Telegram's description or an exception's type, never message text."""
        attempt = row.attempts + 1
        if attempt >= MAX_ATTEMPTS:
            log.error("outbox: row %s failed after %d attempts: %s", row.id, attempt, error)
            await self._settle(row, "failed", error)
            return
        until = self.now() + backoff(attempt)
        log.info("outbox: row %s attempt %d failed (%s), retry later", row.id, attempt, error)
        async with self.db.single_statement() as conn:
            await self.outbox.postpone(conn, row.id, until, error)
