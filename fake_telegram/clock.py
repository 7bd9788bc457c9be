"""A clock for tests in which waiting costs no time.

The bot's ``SendBudget`` and the fake's flood control can share one ``VirtualClock``: the
bot's ``sleep`` moves the clock forward at once by the time asked and yields to the event loop
(sleepers side by side add up, so time passes at least as fast as they asked), and the fake
reads the same clock, so every call's timing is checked against Telegram's limits without a
test waiting for it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

__all__ = ["VirtualClock"]


@dataclass
class VirtualClock:
    now: float = 1000.0
    #: Every sleep asked for, in order (tests read how long the bot waited).
    slept: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(seconds)
        await asyncio.sleep(0)

    def advance(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)
