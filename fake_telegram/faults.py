"""Fault injection: scripted errors, slow answers and users who blocked the bot."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .bot_api import ApiError

__all__ = ["BLOCKED", "ERROR_PAGE", "FAULT_MODES", "RANDOM_FAULTS", "FaultPlan", "InjectedError"]

BLOCKED = "Forbidden: bot was blocked by the user"

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: BLOCKED,
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
#: Methods that put something into a chat; a user who blocked the bot refuses them.
_CHAT_WRITE_PREFIXES = ("send", "copy", "forward", "edit")


#: How an injected fault reaches the bot: Telegram's JSON error ("answer"), a web page instead
#: of JSON as Telegram's nginx sends during outages ("page"), the connection dropped with no
#: answer ("drop"), or the call carried out and then answered with the error ("after_effect").
FAULT_MODES = ("answer", "page", "drop", "after_effect")
#: The page Telegram's front end answers with when the Bot API behind it is down.
ERROR_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)


#: What an unreliable Telegram answers, for random injection: (status, mode, retry_after).
RANDOM_FAULTS = (
    (500, "answer", None),
    (502, "page", None),
    (429, "answer", 1),
    (429, "answer", 2),
    (502, "drop", None),  # no answer: to the bot, a timeout or a reset connection
    (502, "after_effect", None),
)


@dataclass
class _Fault:
    status: int
    description: str
    parameters: dict[str, Any] | None
    remaining: int
    mode: str = "answer"
    chat_id: int | None = None  # only calls into this chat


class InjectedError(ApiError):
    """An ApiError from the fault plan, with how it is to be delivered."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None, mode: str
    ) -> None:
        super().__init__(status, description, parameters)
        self.mode = mode


def _describe(status: int, retry_after: int | None) -> str:
    if status == 429:
        return f"Too Many Requests: retry after {retry_after}"
    return _DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")


class FaultPlan:
    """Errors to return instead of the normal answer.

    ``fail_next("sendMessage", 429, retry_after=3)`` makes the next valid
    sendMessage answer ``429 Too Many Requests`` with ``parameters.retry_after``,
    exactly what aiogram turns into ``TelegramRetryAfter``.  The method ``"*"``
    matches every method.
    """

    def __init__(self) -> None:
        self._faults: dict[str, list[_Fault]] = {}
        self._delays: dict[str, list[float]] = {}
        self.blocked: set[int] = set()
        self._random: tuple[random.Random, float, frozenset[str]] | None = None
        #: (method, status, mode) of every fault injected at random, in order.
        self.random_injected: list[tuple[str, int, str]] = []

    def inject_randomly(
        self, rng: random.Random, rate: float, *, spare: frozenset[str] = frozenset()
    ) -> None:
        """From now on, a ``rate`` share of calls (of any method not in ``spare``) meet one of
        :data:`RANDOM_FAULTS`, chosen by ``rng`` (seeded: reproducible)."""
        self._random = (rng, rate, spare)

    def stop_random(self) -> None:
        self._random = None

    def fail_next(
        self,
        method: str,
        status: int,
        *,
        retry_after: int | None = None,
        description: str | None = None,
        count: int = 1,
        mode: str = "answer",
        chat_id: int | None = None,
    ) -> None:
        if mode not in FAULT_MODES:
            raise ValueError(f"mode must be one of {FAULT_MODES}, got {mode!r}")
        if status == 429 and retry_after is None:
            retry_after = 1
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        text = description or _describe(status, retry_after)
        fault = _Fault(status, text, parameters, count, mode, chat_id)
        self._faults.setdefault(method, []).append(fault)

    def clear(self, method: str | None = None) -> None:
        """Forget the scripted failures for ``method`` (all of them: ``None``)."""
        if method is None:
            self._faults.clear()
        else:
            self._faults.pop(method, None)

    def slow_next(self, method: str, seconds: float, *, count: int = 1) -> None:
        """The next ``count`` calls of ``method`` (or ``"*"``) are carried out at once but
        answered ``seconds`` later: a client stopped meanwhile never learns they happened."""
        self._delays.setdefault(method, []).extend([seconds] * count)

    def take_delay(self, method: str) -> float:
        """Consume one scripted delay for ``method`` (specific before ``"*"``); 0 if none."""
        for key in (method, "*"):
            queue = self._delays.get(key)
            if queue:
                return queue.pop(0)
        return 0.0

    def pending(self, method: str) -> bool:
        return bool(self._faults.get(method) or self._faults.get("*"))

    def take(self, method: str, chat_id: object = None) -> InjectedError | None:
        """Consume one scripted failure for ``method`` (specific before ``"*"``); a fault
        meant for one chat only matches calls into that chat."""
        for key in (method, "*"):
            for fault in self._faults.get(key, []):
                if fault.chat_id is not None and fault.chat_id != chat_id:
                    continue
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults[key].remove(fault)
                return InjectedError(fault.status, fault.description, fault.parameters, fault.mode)
        return self._take_random(method)

    def _take_random(self, method: str) -> InjectedError | None:
        if self._random is None:
            return None
        rng, rate, spare = self._random
        if method in spare or rng.random() >= rate:
            return None
        status, mode, retry_after = rng.choice(RANDOM_FAULTS)
        self.random_injected.append((method, status, mode))
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        return InjectedError(status, _describe(status, retry_after), parameters, mode)

    def blocked_error(self, method: str, params: Mapping[str, Any]) -> ApiError | None:
        """403 for anything written to the chat of a user who blocked the bot."""
        if params.get("chat_id") in self.blocked and method.startswith(_CHAT_WRITE_PREFIXES):
            return ApiError(403, BLOCKED)
        return None
