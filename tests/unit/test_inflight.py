"""Shutdown waits for the update in hand: the in-flight counter says when the bot is idle."""

import asyncio
from typing import Any

import pytest
from aiogram.types import TelegramObject

from bot.middlewares.inflight import InFlightMiddleware


async def test_wait_idle_waits_for_the_update_in_hand() -> None:
    inflight = InFlightMiddleware()
    release = asyncio.Event()
    finished: list[str] = []

    async def slow_handler(event: TelegramObject, data: dict[str, Any]) -> None:
        await release.wait()
        finished.append("done")

    task = asyncio.create_task(inflight(slow_handler, TelegramObject(), {}))
    await asyncio.sleep(0)
    assert inflight.active == 1
    assert await inflight.wait_idle(0.05) is False, "not idle while an update is in hand"

    release.set()
    assert await inflight.wait_idle(1.0) is True
    await task
    assert finished == ["done"]
    assert inflight.active == 0


async def test_a_failing_update_does_not_leave_the_counter_up() -> None:
    inflight = InFlightMiddleware()

    async def failing(event: TelegramObject, data: dict[str, Any]) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await inflight(failing, TelegramObject(), {})
    assert inflight.active == 0
    assert await inflight.wait_idle(0.01) is True
