"""A clock for tests in which waiting costs no time.

The bot's ``SendBudget`` and the fake's flood control can share one ``VirtualClock``: a task
that sleeps on it is woken when the virtual time reaches its moment, and the time jumps to the
earliest such moment as soon as every task that can run has run (a ticker task yields to the
event loop a few times before each jump). Sleepers side by side wake in the order of their
moments, as in real time, and the fake reads the same clock, so every call's timing is checked
against Telegram's limits without a test waiting for it.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from dataclasses import dataclass, field

__all__ = ["VirtualClock"]

_YIELDS_BEFORE_A_JUMP = 5


@dataclass
class VirtualClock:
    now: float = 1000.0
    #: Every sleep asked for, in order (tests read how long the bot waited).
    slept: list[float] = field(default_factory=list)
    _sleepers: list[tuple[float, int, asyncio.Future[None]]] = field(default_factory=list)
    _order: itertools.count[int] = field(default_factory=itertools.count)
    _ticker: asyncio.Task[None] | None = None

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + max(seconds, 0.0), next(self._order), future))
        if self._ticker is None or self._ticker.done():
            self._ticker = asyncio.create_task(self._tick())
        await future

    def advance(self, seconds: float) -> None:
        """Time passes (a user thinking, say): sleepers whose moment came are woken."""
        self.now += max(seconds, 0.0)
        self._wake_due()

    async def _tick(self) -> None:
        while self._sleepers:
            for _ in range(_YIELDS_BEFORE_A_JUMP):
                await asyncio.sleep(0)
            if self._sleepers:
                self.now = max(self.now, self._sleepers[0][0])
                self._wake_due()

    def _wake_due(self) -> None:
        while self._sleepers and self._sleepers[0][0] <= self.now:
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)
