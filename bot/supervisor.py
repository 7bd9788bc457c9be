"""Keeps the bot's long-running tasks alive: a task that dies is logged at ERROR and started
again after a pause that grows with repeated deaths; ``problems`` says which are not running
(for the health check)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.safe_log import describe_exception

log = logging.getLogger(__name__)

MAX_RESTART_PAUSE = 60.0


@dataclass
class _Worker:
    name: str
    start: Callable[[], Awaitable[None]]
    stop: Callable[[], None]
    task: asyncio.Task[None] | None = None
    restarts: int = 0
    running: bool = False


@dataclass
class Supervisor:
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    _workers: list[_Worker] = field(default_factory=list)
    _stopping: bool = False

    def start(
        self, name: str, run: Callable[[], Awaitable[None]], stop: Callable[[], None]
    ) -> None:
        """Run ``run()`` until ``stop`` is called by :meth:`stop`; restart it if it ends."""
        worker = _Worker(name, run, stop)
        worker.task = asyncio.create_task(self._keep(worker), name=name)
        self._workers.append(worker)

    def problems(self) -> list[str]:
        """Names of the tasks that are not running now (restarting after a death)."""
        return [worker.name for worker in self._workers if not worker.running]

    def restarts(self) -> dict[str, int]:
        return {worker.name: worker.restarts for worker in self._workers}

    async def stop(self, grace: float) -> None:
        """Ask every task to stop; cancel what has not stopped within ``grace`` seconds."""
        self._stopping = True
        for worker in self._workers:
            worker.stop()
        tasks = [worker.task for worker in self._workers if worker.task is not None]
        if not tasks:
            return
        _, unfinished = await asyncio.wait(tasks, timeout=grace)
        for task in unfinished:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*unfinished, return_exceptions=True)

    async def _keep(self, worker: _Worker) -> None:
        while not self._stopping:
            worker.running = True
            try:
                await worker.start()
            except Exception as error:
                log.error("%s died: %s; starting it again", worker.name, describe_exception(error))
            else:
                if self._stopping:
                    return
                log.error("%s ended by itself; starting it again", worker.name)
            finally:
                worker.running = False
            worker.restarts += 1
            await self.sleep(min(2.0 ** (worker.restarts - 1), MAX_RESTART_PAUSE))
