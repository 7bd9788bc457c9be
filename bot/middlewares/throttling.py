"""Per-user flood limit: a person tapping briskly is served, a flood is not.

Telegram accepts about one message a second into a private chat; answers beyond that wait in
the send budget (bot/telegram/budget.py), they are not refused. This limit only stops a user
(or a script) from building an endless queue of answers: eight presses at once, then two a
second — more than a person tapping through a menu, whose taps would otherwise be lost.
Each user has a token bucket (``burst`` presses at once, ``rate`` a second after that); past it,
a button press is answered with a short "slow down" toast (as the press's one answer, which
CallbackAnswers sends; callback answers do not count against the chat) and a message gets one
"slow down" notice per ``notice_interval``.

It runs as an inner middleware of the private chat's router, so it knows the handler chosen:
handlers flagged ``content`` (a description line, an album's photo, a message into a request's
thread) store what the user sent and are never dropped nor counted — they answer once per
burst (bot/handlers/bursts.py). Staff chats and other groups never reach it. Idle buckets are
pruned, so memory stays bounded by the users active in the last minute.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.flags import get_flag
from aiogram.types import CallbackQuery, Message, TelegramObject
from aiogram.utils.callback_answer import CallbackAnswer

from bot.i18n import Translator

PRUNE_EVERY = 1000
IDLE_SECONDS = 60.0


@dataclass
class Bucket:
    tokens: float
    updated: float
    noticed: float = float("-inf")


class ThrottlingMiddleware(BaseMiddleware):
    def __init__(
        self,
        rate: float = 2.0,
        burst: float = 8.0,
        notice_interval: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.notice_interval = notice_interval
        self.clock = clock
        self.buckets: dict[int, Bucket] = {}
        self._calls = 0

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user = data.get("event_from_user")
        if user is None or get_flag(data, "content"):
            return await handler(event, data)
        now = self.clock()
        bucket = self._take(user.id, now)
        if bucket is None:
            return await handler(event, data)
        await self._slow_down(event, bucket, now, data)
        return None

    async def _slow_down(
        self, event: TelegramObject, bucket: Bucket, now: float, data: dict[str, Any]
    ) -> None:
        t: Translator | None = data.get("t")
        if isinstance(event, CallbackQuery):
            answer: CallbackAnswer | None = data.get("callback_answer")
            if answer is not None and not answer.answered and t is not None:
                answer.text = t("common-slow-down")  # the press's one answer is the toast
            return
        noticed_lately = now - bucket.noticed < self.notice_interval
        if isinstance(event, Message) and t is not None and not noticed_lately:
            bucket.noticed = now
            await event.answer(t("common-slow-down"))

    def _take(self, user_id: int, now: float) -> Bucket | None:
        """Take a token; return the bucket if there was none left (the update is throttled)."""
        self._prune(now)
        bucket = self.buckets.get(user_id)
        if bucket is None:
            bucket = self.buckets[user_id] = Bucket(tokens=self.burst, updated=now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return None
        return bucket

    def _prune(self, now: float) -> None:
        self._calls += 1
        if self._calls % PRUNE_EVERY:
            return
        idle = [uid for uid, b in self.buckets.items() if now - b.updated > IDLE_SECONDS]
        for user_id in idle:
            del self.buckets[user_id]
