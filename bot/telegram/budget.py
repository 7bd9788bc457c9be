"""Telegram's flood limits, kept for every call the bot makes.

Telegram lets a bot send about 30 messages a second in all, about one a second into a private
chat (with short bursts) and 20 a minute into a group, and answers 429 with ``retry_after``
beyond that. ``SendBudget`` is a token bucket for the whole bot and one for each chat, a little
under those limits so that timing jitter does not turn into 429s, plus the holds a 429 imposes.

Every call waits for its turn in ``acquire``; nothing sleeps holding a lock, and a caller that
wakes up looks at the buckets and the holds again, so a 429 that arrived meanwhile is obeyed.

Priorities share the budget without starving it. Interactive answers (a person is waiting)
come first, then helpdesk traffic (relay, receipts, reminders), then broadcasts. For the bot's
30 a second this is strict: a broadcast leaves the next token to anyone of a higher priority
who is waiting for one, and takes every token nobody else wants. In a chat's slow bucket a
lower priority takes a token only while some remain, a reserve the others can take at once.

A paid broadcast (``allow_paid_broadcast``: Telegram lets such messages go at up to 1,000 a
second, for Stars) has a bucket of its own, ``Limits.paid_broadcast``: its sends never take the
bot's 30 a second, so answers, the helpdesk and free broadcasts keep their budget and their
priority whatever the paid broadcast does. Only a paid broadcast waits there, so its callers
queue for that bucket in order and one timer hands out its tokens: at ~1,000 a second a crowd
of callers that all woke up for every token would cost more than the sends.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import enum
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field


class Priority(enum.IntEnum):
    INTERACTIVE = 0  # an answer to a person who is waiting for it
    HELPDESK = 1  # the outbox: relayed messages, receipts, notices, reminders
    BULK = 2  # broadcasts


def threshold(priority: Priority, burst: float) -> float:
    """Tokens a chat's bucket must hold for ``priority`` to take one: interactive answers take
    any whole token, helpdesk traffic leaves a quarter, bulk leaves half a token more than that
    (it runs only where there is room, so the others rarely wait behind it)."""
    if priority is Priority.INTERACTIVE:
        return 1.0
    if priority is Priority.HELPDESK:
        return min(1.25, burst)
    return max(1.0, burst - 0.5)


_priority: contextvars.ContextVar[Priority] = contextvars.ContextVar(
    "telegram_priority", default=Priority.INTERACTIVE
)


def current_priority() -> Priority:
    return _priority.get()


@contextlib.contextmanager
def sending_as(priority: Priority) -> Iterator[None]:
    """Calls made inside (and in tasks started inside) count as ``priority``."""
    token = _priority.set(priority)
    try:
        yield
    finally:
        _priority.reset(token)


@dataclass(frozen=True)
class Rate:
    """A token bucket: ``burst`` tokens at most, refilled at ``per_second``."""

    per_second: float
    burst: float


@dataclass(frozen=True)
class Limits:
    """The bot's own limits, under Telegram's (30/s, 1/s per private chat, 20/min per group)."""

    bot: Rate = Rate(per_second=28.5, burst=1.5)  # never 31 in any second
    private_chat: Rate = Rate(per_second=0.95, burst=2.0)
    group_chat: Rate = Rate(per_second=17 / 60, burst=3.0)  # never 21 in any 60 s
    #: A 429 from a group is most likely the group's own limit (long retry_after); it holds
    #: the whole bot only this long, enough for a 429 that was really about the bot's 30/s.
    group_429_holds_bot_for: float = 1.0
    #: Messages sent with allow_paid_broadcast (Telegram: up to 1,000 a second). With the
    #: burst and the bot's own 30, never more than 1,000 messages in any second.
    paid_broadcast: Rate = Rate(per_second=950, burst=20)

    @staticmethod
    def unlimited() -> Limits:
        """For tests and benchmarks that are not about pacing."""
        fast = Rate(per_second=1e9, burst=1e9)
        return Limits(bot=fast, private_chat=fast, group_chat=fast, paid_broadcast=fast)


TELEGRAM = Limits()


@dataclass
class _Bucket:
    rate: Rate
    tokens: float
    updated: float
    held_until: float = float("-inf")

    def refill(self, now: float) -> None:
        elapsed = max(now - self.updated, 0.0)
        self.tokens = min(self.rate.burst, self.tokens + elapsed * self.rate.per_second)
        self.updated = now

    def wait_for(self, needed: float, now: float) -> float:
        """Seconds until this bucket holds ``needed`` tokens and no hold (0: now)."""
        self.refill(now)
        need = min(needed, self.rate.burst) - self.tokens
        by_tokens = need / self.rate.per_second if need > _EPSILON else 0.0
        return max(by_tokens, self.held_until - now, 0.0)


@dataclass
class SendBudget:
    """Shared by everything that calls Telegram for one bot; safe for concurrent callers."""

    limits: Limits = TELEGRAM
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    _bot: _Bucket = field(init=False)
    _paid: _Bucket = field(init=False)
    _paid_waiters: deque[asyncio.Future[None]] = field(init=False, default_factory=deque)
    _paid_granter: asyncio.Task[None] | None = field(init=False, default=None)
    _chats: dict[int, _Bucket] = field(init=False, default_factory=dict)
    _waiting_for_bot: dict[object, Priority] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        now = self.clock()
        self._bot = _Bucket(self.limits.bot, self.limits.bot.burst, now)
        self._paid = _Bucket(self.limits.paid_broadcast, self.limits.paid_broadcast.burst, now)

    async def acquire(
        self, chat_id: int | None, *, counts_for_bot: bool, paid: bool = False
    ) -> None:
        """Wait until a call into ``chat_id`` may go, then take its tokens: the chat's, and the
        bot's when it is a new message (``counts_for_bot``) — the paid broadcast bucket's
        instead when it is sent with allow_paid_broadcast (``paid``). A hold after a 429 for
        the whole bot delays every call that comes here but paid ones (their own bucket is
        held instead). Priority: the caller's context."""
        if paid and counts_for_bot:
            await self._acquire_paid(chat_id)
            return
        priority = current_priority()
        ticket = object()
        try:
            while True:
                now = self.clock()
                chat = self._chat(chat_id, now) if chat_id is not None else None
                waits = [self._bot.held_until - now]
                if chat is not None:
                    waits.append(chat.wait_for(threshold(priority, chat.rate.burst), now))
                if counts_for_bot:
                    waits.append(self._bot_wait(ticket, priority, now, max(waits)))
                wait = max(waits)
                if wait <= 0:
                    self._take(chat, counts_for_bot)
                    return
                await self.sleep(max(wait, _SHORTEST_SLEEP))
        finally:
            self._waiting_for_bot.pop(ticket, None)

    def _bot_wait(self, ticket: object, priority: Priority, now: float, other: float) -> float:
        """Seconds until the bot's bucket gives this caller a token. The bot's budget refills
        fast (28 a second), so priority there is strict rather than a reserve: while someone
        of a higher priority waits for it, a lower priority leaves the next token to them."""
        ahead = any(p < priority for p in self._waiting_for_bot.values())
        wait = self._bot.wait_for(self._bot.rate.burst if ahead else 1.0, now)
        if wait >= other:  # it is the bot's token this caller waits for, not its chat's
            self._waiting_for_bot[ticket] = priority
        else:
            self._waiting_for_bot.pop(ticket, None)
        return wait

    async def _acquire_paid(self, chat_id: int | None) -> None:
        """The chat's token and the paid bucket's. The chat is waited for outside the queue
        (a chat held by its own 429 must not hold the whole broadcast); then the caller
        queues for a paid token, which ``_grant_paid`` hands out in order."""
        priority = current_priority()
        while True:
            await self._wait_for_chat(chat_id, priority)
            granted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._paid_waiters.append(granted)
            if self._paid_granter is None or self._paid_granter.done():
                self._paid_granter = asyncio.create_task(self._grant_paid())
            await granted
            now = self.clock()
            chat = self._chat(chat_id, now) if chat_id is not None else None
            if chat is None or chat.wait_for(threshold(priority, chat.rate.burst), now) <= 0:
                if chat is not None:
                    chat.tokens -= 1.0
                return
            # someone else took the chat's token meanwhile (the paid one is spent: the
            # broadcast goes a hair slower, never faster): wait for the chat again

    async def _grant_paid(self) -> None:
        """While callers wait: every token the paid bucket holds goes to the next of them at
        once, then this sleeps until a few more are there (or a 429's hold is over). One
        timer for the whole queue, a few grants per wake-up, not one wake-up per caller per
        token (at ~1,000 a second the wake-ups would cost more than the sends)."""
        while self._paid_waiters:
            wanted = min(len(self._paid_waiters), _PAID_GRANT_BATCH)
            wait = self._paid.wait_for(wanted, self.clock())
            if wait > 0:
                await self.sleep(max(wait, _SHORTEST_SLEEP))
                continue
            while self._paid_waiters and self._paid.tokens >= 1.0 - _EPSILON:
                granted = self._paid_waiters.popleft()
                if not granted.done():  # not cancelled meanwhile
                    self._paid.tokens -= 1.0
                    granted.set_result(None)

    async def _wait_for_chat(self, chat_id: int | None, priority: Priority) -> None:
        while chat_id is not None:
            now = self.clock()
            chat = self._chat(chat_id, now)
            wait = chat.wait_for(threshold(priority, chat.rate.burst), now)
            if wait <= 0:
                return
            await self.sleep(max(wait, _SHORTEST_SLEEP))

    def _take(self, chat: _Bucket | None, counts_for_bot: bool) -> None:
        if chat is not None:
            chat.tokens -= 1.0
        if counts_for_bot:
            self._bot.tokens -= 1.0

    def too_many_requests(
        self, chat_id: int | None, retry_after: float, *, paid: bool = False
    ) -> None:
        """Telegram answered 429 for a call into ``chat_id``: nothing goes there (and, as the
        limit may have been the bot's own, nothing at all for a while) until it has passed.
        A paid broadcast's 429 is about its own limit or the chat's: it holds the paid bucket,
        never the bot's, so answers to people are not delayed by it."""
        now = self.clock()
        if chat_id is not None:
            bucket = self._chat(chat_id, now)
            bucket.held_until = max(bucket.held_until, now + retry_after)
        if paid:
            self._paid.held_until = max(self._paid.held_until, now + retry_after)
            return
        bot_hold = retry_after
        if chat_id is not None and chat_id < 0:
            bot_hold = min(retry_after, self.limits.group_429_holds_bot_for)
        self._bot.held_until = max(self._bot.held_until, now + bot_hold)

    def _chat(self, chat_id: int, now: float) -> _Bucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) >= _MAX_CHATS:
                self._forget_idle(now)
            rate = self.limits.private_chat if chat_id > 0 else self.limits.group_chat
            bucket = self._chats[chat_id] = _Bucket(rate, rate.burst, now)
        return bucket

    def _forget_idle(self, now: float) -> None:
        """A chat whose bucket is full again and not held is the same as a new one."""
        idle = [
            chat_id
            for chat_id, bucket in self._chats.items()
            if bucket.held_until <= now and _full_by(bucket, now)
        ]
        for chat_id in idle:
            del self._chats[chat_id]


_MAX_CHATS = 10_000
_PAID_GRANT_BATCH = 5  # tokens, ~5 ms of the paid rate: well within its burst of 20
_EPSILON = 1e-9  # tokens: less than this missing is nothing missing (float rounding)
_SHORTEST_SLEEP = 0.001  # seconds: a wait shorter than this would not move a clock


def _full_by(bucket: _Bucket, now: float) -> bool:
    missing = bucket.rate.burst - bucket.tokens
    return missing <= 0 or now - bucket.updated >= missing / bucket.rate.per_second


def retry_after_seconds(value: float) -> float:
    """Telegram's retry_after is whole seconds; wait a hair longer than it says."""
    return math.ceil(value) + 0.05
