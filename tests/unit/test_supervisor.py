"""Long-running tasks survive: a task that dies is started again and reported; a failing job
is logged by type and place, never by its message."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.scheduler import guarded
from bot.supervisor import Supervisor


async def test_a_task_that_dies_is_restarted_and_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    runs: list[int] = []
    stopping = asyncio.Event()

    async def worker() -> None:
        runs.append(1)
        if len(runs) < 3:
            raise KeyError("Паспорт AN1234567")
        await stopping.wait()

    async def no_pause(_: float) -> None:
        await asyncio.sleep(0)

    supervisor = Supervisor(sleep=no_pause)
    with caplog.at_level(logging.ERROR):
        supervisor.start("outbox-sender", worker, stopping.set)
        for _ in range(100):
            if len(runs) == 3:
                break
            await asyncio.sleep(0.01)
        assert len(runs) == 3
        assert supervisor.restarts() == {"outbox-sender": 2}
        assert supervisor.problems() == []
        await supervisor.stop(grace=1)
    died = [r for r in caplog.records if "outbox-sender died" in r.getMessage()]
    assert len(died) == 2 and all(r.levelno == logging.ERROR for r in died)
    assert "AN1234567" not in caplog.text and "KeyError at" in caplog.text


async def test_stop_cancels_what_does_not_stop_within_the_grace() -> None:
    async def stubborn() -> None:
        await asyncio.sleep(3600)

    supervisor = Supervisor()
    supervisor.start("stubborn", stubborn, lambda: None)
    await asyncio.sleep(0)
    await asyncio.wait_for(supervisor.stop(grace=0.1), 2)


async def test_a_failing_job_is_logged_without_its_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def remind() -> None:
        raise ValueError("+79001234567")

    with caplog.at_level(logging.ERROR):
        assert await guarded(remind)() is None
    assert "job remind failed: ValueError at" in caplog.text
    assert "79001234567" not in caplog.text
