"""Per-user flood limit: a token bucket for each user, other users unaffected.

A user who sends faster than the bucket refills gets one polite "slow down" notice per
``notice_interval`` seconds; their extra updates are dropped unhandled. Idle buckets are pruned,
so memory stays bounded by the number of users active in the last minute.

The burst (20) lets an album of 10 photos of evidence and a few lines of text through at once;
the notice tells a faster sender to wait and send again, so nothing is dropped silently.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject

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
        rate: float = 3.0,
        burst: float = 20.0,
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
        if user is None:
            return await handler(event, data)
        now = self.clock()
        bucket = self._take(user.id, now)
        if bucket is None:
            return await handler(event, data)
        if now - bucket.noticed >= self.notice_interval:
            bucket.noticed = now
            await _notify(event, data.get("t"))
        elif isinstance(event, CallbackQuery):
            await event.answer()
        return None

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


async def _notify(event: TelegramObject, t: Translator | None) -> None:
    if t is None:
        return
    if isinstance(event, CallbackQuery | Message):
        await event.answer(t("common-slow-down"))
