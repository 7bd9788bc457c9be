"""Delivers the outbox: every message that must reach someone goes through SQLite first.

Callers add a row with ``OutboxRepository.add_text`` / ``add_copy`` inside their own
transaction (so the message exists exactly when what caused it was committed), then call
``OutboxSender.wake()``. The sender sends due rows oldest first, as fast as Telegram allows and
no faster (about 30 messages/s per bot, 1/s per private chat, 20/min per group), and:

- 429: sleeps ``retry_after`` and sends the same row again (not counted as an attempt);
- 5xx or a network error: retries with exponential backoff, at most ``MAX_ATTEMPTS`` times;
- 403: marks the chat's pending rows 'blocked' and the user as having blocked the bot;
- any other refusal (400): marks the row 'failed' with Telegram's description.

A row stays 'pending' until Telegram confirmed it, so a crash loses nothing; the one message in
flight at the moment of a crash may be delivered twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
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
from aiogram.types import InlineKeyboardMarkup, Message, MessageId, ReplyParameters

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxMessage, OutboxRepository
from bot.db.requests import RequestsRepository
from bot.services.topics import RequestErasedError, TopicKeeper, is_thread_missing
from bot.services.users import UserService

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
MAX_BACKOFF_SECONDS = 600
BATCH = 50
IDLE_WAIT_SECONDS = 5.0
GLOBAL_INTERVAL = 1 / 30  # Telegram: about 30 messages per second per bot
PRIVATE_CHAT_INTERVAL = 1.0  # 1 message per second per private chat
GROUP_CHAT_INTERVAL = 3.0  # 20 messages per minute per group
LOST_TOPIC_RETRIES = 2  # a topic deleted again while we recreate it: give up on this pass


def backoff(attempt: int) -> timedelta:
    """1, 2, 4 … seconds, capped."""
    return timedelta(seconds=min(2 ** max(attempt - 1, 0), MAX_BACKOFF_SECONDS))


class Pacer:
    """Spaces sends to Telegram's limits: globally and per chat, and holds everything after a
    429 for its retry_after. Shared by every sender of the bot; safe for concurrent callers."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        *,
        global_interval: float = GLOBAL_INTERVAL,
        private_interval: float = PRIVATE_CHAT_INTERVAL,
        group_interval: float = GROUP_CHAT_INTERVAL,
    ) -> None:
        """The intervals are Telegram's limits; tests and benchmarks may loosen them."""
        self.clock = clock
        self.sleep = sleep
        self.global_interval = global_interval
        self.private_interval = private_interval
        self.group_interval = group_interval
        self._lock = asyncio.Lock()
        self._last_global = float("-inf")
        self._held_until = float("-inf")
        self._last_by_chat: dict[int, float] = {}

    def hold(self, seconds: float) -> None:
        """Telegram said 429: nobody sends for ``seconds``."""
        self._held_until = max(self._held_until, self.clock() + seconds)

    async def wait_turn(self, chat_id: int) -> None:
        async with self._lock:
            interval = self.private_interval if chat_id > 0 else self.group_interval
            ready = max(
                self._held_until,
                self._last_global + self.global_interval,
                self._last_by_chat.get(chat_id, float("-inf")) + interval,
            )
            delay = ready - self.clock()
            if delay > 0:
                await self.sleep(delay)
            now = self.clock()
            self._last_global = now
            self._last_by_chat[chat_id] = now
            if len(self._last_by_chat) > 10_000:  # forget chats idle longer than any interval
                cutoff = now - max(self.group_interval, self.private_interval)
                self._last_by_chat = {c: t for c, t in self._last_by_chat.items() if t > cutoff}


class OutboxSender:
    def __init__(
        self,
        db: Database,
        bot: Bot,
        users: UserService,
        *,
        pacer: Pacer | None = None,
        now: Callable[[], datetime] = utc_now,
        topics: TopicKeeper | None = None,
    ) -> None:
        self.db = db
        self.bot = bot
        self.users = users
        self.outbox = OutboxRepository(db)
        self.requests = RequestsRepository(db)
        self.pacer = pacer or Pacer()
        self.now = now
        self.topics = topics
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        """Deliver until ``stop()``; between batches wait for a wake-up or the next due row."""
        while not self._stopping:
            delivered = await self.deliver_due()
            if delivered or self._stopping:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), IDLE_WAIT_SECONDS)

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def deliver_due(self) -> int:
        """Send one batch of due rows; returns how many rows were settled or postponed."""
        rows = await self.outbox.due(self.now(), BATCH)
        blocked: set[int] = set()
        for row in rows:
            if self._stopping:
                break
            if row.chat_id not in blocked and not await self._deliver(row):
                blocked.add(row.chat_id)
        return len(rows)

    async def _deliver(self, row: OutboxMessage) -> bool:
        """False if the chat turned out to be blocked (its other rows are settled too)."""
        lost_topics = 0
        while True:
            await self.pacer.wait_turn(row.chat_id)
            try:
                sent_id = await self._send(row)
            except RequestErasedError:  # erased since this row was read: the erasure deleted it
                return True
            except TelegramRetryAfter as error:
                log.warning("outbox: 429, holding all sends for %s s", error.retry_after)
                self.pacer.hold(error.retry_after)
                continue
            except TelegramForbiddenError as error:
                async with self.db.single_statement() as conn:
                    await self.outbox.block_chat(conn, row.chat_id, error.message)
                if row.chat_id > 0:
                    await self.users.mark_blocked(row.chat_id)
                return False
            except (TelegramServerError, TelegramNetworkError) as error:
                await self._retry_later(row, error)
                return True
            except TelegramBadRequest as error:
                if self._topic_was_deleted(row, error) and lost_topics < LOST_TOPIC_RETRIES:
                    lost_topics += 1
                    await self._forget_topic(row)
                    continue
                await self._refused(row, error)
                return True
            except TelegramAPIError as error:
                if "too many requests" in error.message.lower():  # a 429 without retry_after
                    self.pacer.hold(1.0)
                    continue
                await self._refused(row, error)
                return True
            await self._mark_sent(row, sent_id)
            return True

    async def _refused(self, row: OutboxMessage, error: TelegramAPIError) -> None:
        log.warning("outbox: row %s refused: %s", row.id, error.message)
        await self._settle(row, "failed", error.message)

    def _topic_was_deleted(self, row: OutboxMessage, error: TelegramBadRequest) -> bool:
        return self.topics is not None and row.request_id is not None and is_thread_missing(error)

    async def _forget_topic(self, row: OutboxMessage) -> None:
        assert self.topics is not None
        assert row.request_id is not None
        request = await self.requests.get(row.request_id)
        await self.topics.topic_lost(row.request_id, request.topic_id if request else None)

    async def _mark_sent(self, row: OutboxMessage, sent_id: int) -> None:
        now = self.now()
        if row.request_message_id is None:
            async with self.db.single_statement() as conn:
                await self.outbox.mark_sent(conn, row.id, sent_id, now)
            return
        async with self.db.transaction() as conn:
            await self.outbox.mark_sent(conn, row.id, sent_id, now)
            await self.requests.set_delivered(conn, row.request_message_id, sent_id, now)

    async def _send(self, row: OutboxMessage) -> int:
        thread_id, reply_to = row.thread_id, row.reply_to_message_id
        if row.request_id is not None and self.topics is not None:
            if row.kind == "card":
                return await self.topics.refresh_card(row.request_id)
            if row.kind == "erase":
                await self.topics.erase(row.request_id)
                return 0
            thread_id, card = await self.topics.place(row.request_id)
            reply_to = reply_to or card
        reply = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to
            else None
        )
        if row.kind == "copy":
            copied: MessageId = await self.bot.copy_message(
                chat_id=row.chat_id,
                from_chat_id=row.from_chat_id or 0,
                message_id=row.from_message_id or 0,
                message_thread_id=thread_id,
                reply_parameters=reply,
            )
            return copied.message_id
        if row.kind == "file":
            return await self._send_file(row, thread_id, reply)
        markup = (
            InlineKeyboardMarkup.model_validate(row.reply_markup) if row.reply_markup else None
        )
        message = await self.bot.send_message(
            chat_id=row.chat_id,
            text=row.text or "",
            message_thread_id=thread_id,
            reply_markup=markup,
            reply_parameters=reply,
        )
        return message.message_id

    async def _send_file(
        self, row: OutboxMessage, thread_id: int | None, reply: ReplyParameters | None
    ) -> int:
        chat, file, caption = row.chat_id, row.file_id or "", row.text
        message: Message
        if row.file_kind == "photo":
            message = await self.bot.send_photo(
                chat, file, caption=caption, message_thread_id=thread_id, reply_parameters=reply
            )
        elif row.file_kind == "voice":
            message = await self.bot.send_voice(
                chat, file, caption=caption, message_thread_id=thread_id, reply_parameters=reply
            )
        elif row.file_kind == "video":
            message = await self.bot.send_video(
                chat, file, caption=caption, message_thread_id=thread_id, reply_parameters=reply
            )
        elif row.file_kind == "audio":
            message = await self.bot.send_audio(
                chat, file, caption=caption, message_thread_id=thread_id, reply_parameters=reply
            )
        elif row.file_kind == "video_note":
            message = await self.bot.send_video_note(
                chat, file, message_thread_id=thread_id, reply_parameters=reply
            )
        else:
            message = await self.bot.send_document(
                chat, file, caption=caption, message_thread_id=thread_id, reply_parameters=reply
            )
        return message.message_id

    async def _settle(self, row: OutboxMessage, status: str, error: str) -> None:
        async with self.db.single_statement() as conn:
            await self.outbox.mark_final(conn, row.id, status, error)

    async def _retry_later(self, row: OutboxMessage, error: TelegramAPIError) -> None:
        attempt = row.attempts + 1
        if attempt >= MAX_ATTEMPTS:
            log.error(
                "outbox: row %s failed after %d attempts: %s", row.id, attempt, error.message
            )
            await self._settle(row, "failed", error.message)
            return
        until = self.now() + backoff(attempt)
        log.info(
            "outbox: row %s attempt %d failed (%s), retry later", row.id, attempt, error.message
        )
        async with self.db.single_statement() as conn:
            await self.outbox.postpone(conn, row.id, until, error.message)
