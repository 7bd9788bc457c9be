"""Telegram's flood control, as strict as the real one is known to be.

Telegram documents its limits only roughly: about 30 messages a second per bot, about one a
second into a private chat (short bursts pass), 20 a minute into a group. Beyond them it answers
``429 Too Many Requests: retry after N`` with ``parameters.retry_after``, and a bot that calls
again inside that window is refused again. The fake enforces:

- per bot: at most ``bot_per_second`` new messages (send*, copy*, forward*) in any 1 s window;
- paid broadcasts: a new message with ``allow_paid_broadcast`` counts against
  ``paid_per_second`` (Telegram: up to 1,000 a second, for Stars) instead of the 30; every new
  message, paid or not, counts against that 1,000 (stricter than known: Telegram does not say
  whether the free 30 come on top);
- per private chat: a bucket of ``private_burst`` messages or edits, refilled 1 a second;
- per group: at most ``group_per_minute`` messages or edits (and topic changes) in any 60 s
  window, and a bucket of ``group_burst`` refilled 1 a second;

and records every call that arrived inside a retry_after window it gave (``early``).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .bot_api import ApiError

__all__ = ["FloodControl", "FloodRules", "counted_in_chat", "is_new_message"]

# The fake states Telegram's rule in its own words (by the methods' names, as the Bot API
# documents them), not by a copy of the bot's list in bot/telegram/middleware.py: the referee
# must not share the player's belief.
_NOT_MESSAGES = frozenset({"sendChatAction"})
_CHANGES_BY_PREFIX = ("editMessage", "stopMessage")
_TOPIC_AND_PIN_CHANGES = frozenset(
    {"createForumTopic", "editForumTopic", "closeForumTopic", "reopenForumTopic", "pinChatMessage"}
)


def is_new_message(method: str) -> bool:
    if method in _NOT_MESSAGES:
        return False
    return method.startswith(("send", "copyMessage", "forwardMessage"))


def counted_in_chat(method: str) -> bool:
    """New messages, edits of a message, and changes to the chat's topics and pins count
    against the chat's limit."""
    return (
        is_new_message(method)
        or method.startswith(_CHANGES_BY_PREFIX)
        or method in _TOPIC_AND_PIN_CHANGES
    )


@dataclass(frozen=True)
class FloodRules:
    bot_per_second: int = 30
    paid_per_second: int = 1000
    private_burst: float = 3.0
    private_per_second: float = 1.0
    group_per_minute: int = 20
    group_burst: float = 5.0
    group_per_second: float = 1.0


@dataclass
class _Bucket:
    burst: float
    per_second: float
    tokens: float
    updated: float

    def seconds_until_token(self, now: float) -> float:
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.per_second)
        self.updated = now
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.per_second


@dataclass
class Refusal:
    """A call answered 429 (by the limits or inside a window), with where it went."""

    method: str
    chat_id: Any
    at: float
    retry_after: int
    early: bool


@dataclass
class FloodControl:
    rules: FloodRules = field(default_factory=FloodRules)
    clock: Callable[[], float] = time.monotonic
    #: Every call answered 429 by flood control, in order.
    refused: list[Refusal] = field(default_factory=list)
    #: Calls that arrived while a retry_after window for their chat or the bot was open.
    early: list[Refusal] = field(default_factory=list)
    #: How many calls flood control let through.
    passed: int = 0
    #: How many paid-broadcast messages (allow_paid_broadcast) it let through.
    passed_paid: int = 0
    _bot_window: deque[float] = field(default_factory=deque)
    _all_window: deque[float] = field(default_factory=deque)  # every new message, paid or not
    _group_windows: dict[int, deque[float]] = field(default_factory=dict)
    _buckets: dict[int, _Bucket] = field(default_factory=dict)
    _closed_until: dict[Any, float] = field(default_factory=dict)  # "bot" or a chat id

    def check(self, method: str, params: Mapping[str, Any]) -> ApiError | None:
        """A 429 for this call, or None (then the call is counted)."""
        if not counted_in_chat(method):
            return None
        now = self.clock()
        chat_id = params.get("chat_id")
        chat = chat_id if isinstance(chat_id, int) else None
        paid = is_new_message(method) and params.get("allow_paid_broadcast") is True
        scopes: list[Any] = [("paid" if paid else "bot")] if is_new_message(method) else []
        if chat is not None:
            scopes.append(chat)
        closed = max((self._closed_until.get(scope, -math.inf) for scope in scopes), default=0)
        if closed > now:
            return self._refuse(method, chat_id, now, closed - now, scope=None, early=True)
        wait, scope = self._wait(method, chat, now, paid=paid)
        if wait > 0:
            return self._refuse(method, chat_id, now, wait, scope=scope, early=False)
        self._count(method, chat, now, paid=paid)
        self.passed += 1
        self.passed_paid += paid
        return None

    def window_given(self, chat_id: Any, retry_after: int) -> None:
        """A 429 answered by other means (an injected fault) opens a window for its chat."""
        scope = chat_id if isinstance(chat_id, int) else "bot"
        self._close(scope, self.clock() + retry_after)

    # --- inside ------------------------------------------------------------------------------

    def _wait(self, method: str, chat: int | None, now: float, *, paid: bool) -> tuple[float, Any]:
        waits: list[tuple[float, Any]] = []
        if is_new_message(method):
            all_wait = _window_wait(self._all_window, self.rules.paid_per_second, 1.0, now)
            waits.append((all_wait, "paid" if paid else "bot"))
        if is_new_message(method) and not paid:
            bot_wait = _window_wait(self._bot_window, self.rules.bot_per_second, 1.0, now)
            waits.append((bot_wait, "bot"))
        if chat is not None:
            waits.append((self._bucket(chat, now).seconds_until_token(now), chat))
            if chat < 0:
                window = self._group_windows.setdefault(chat, deque())
                waits.append((_window_wait(window, self.rules.group_per_minute, 60.0, now), chat))
        return max(waits, key=lambda pair: pair[0], default=(0.0, None))

    def _count(self, method: str, chat: int | None, now: float, *, paid: bool) -> None:
        if is_new_message(method):
            self._all_window.append(now)
        if is_new_message(method) and not paid:
            self._bot_window.append(now)
        if chat is not None:
            self._bucket(chat, now).tokens -= 1.0
            if chat < 0:
                self._group_windows.setdefault(chat, deque()).append(now)

    def _bucket(self, chat: int, now: float) -> _Bucket:
        bucket = self._buckets.get(chat)
        if bucket is None:
            if len(self._buckets) >= _MAX_BUCKETS:
                self._forget_full_buckets(now)
            rules = self.rules
            burst, rate = (
                (rules.private_burst, rules.private_per_second)
                if chat > 0
                else (rules.group_burst, rules.group_per_second)
            )
            bucket = self._buckets[chat] = _Bucket(burst, rate, burst, now)
        return bucket

    def _forget_full_buckets(self, now: float) -> None:
        """A chat whose bucket has refilled is the same as a chat never seen (a broadcast to
        50,000 people would otherwise keep 50,000 buckets)."""
        for chat in [c for c, b in self._buckets.items() if _refilled(b, now)]:
            if chat > 0 or not self._group_windows.get(chat):
                del self._buckets[chat]

    def _refuse(
        self, method: str, chat_id: Any, now: float, wait: float, *, scope: Any, early: bool
    ) -> ApiError:
        retry_after = max(1, math.ceil(wait))
        if scope is not None:
            self._close(scope, now + retry_after)
        refusal = Refusal(method, chat_id, now, retry_after, early)
        self.refused.append(refusal)
        if early:
            self.early.append(refusal)
        return ApiError(
            429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
        )

    def _close(self, scope: Any, until: float) -> None:
        self._closed_until[scope] = max(self._closed_until.get(scope, -math.inf), until)


_MAX_BUCKETS = 10_000


def _refilled(bucket: _Bucket, now: float) -> bool:
    return bucket.tokens + (now - bucket.updated) * bucket.per_second >= bucket.burst


def _window_wait(window: deque[float], limit: int, span: float, now: float) -> float:
    """Seconds until a sliding window of ``span`` seconds has room for one more."""
    while window and now - window[0] >= span:
        window.popleft()
    if len(window) < limit:
        return 0.0
    return span - (now - window[0])
