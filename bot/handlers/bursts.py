"""One answer to a burst of messages.

A migrant sends an album of ten photos, or types a description as thirty short lines: Telegram
delivers each as its own update, and Telegram lets the bot write into their chat about once a
second. Everything they sent is stored as it arrives; the answer ("received: 10 files") is
sent once, ``quiet`` seconds after the burst's last message, showing the state at that moment,
with whatever notes messages of the burst left ("that file was one too many").
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.safe_log import describe_exception

log = logging.getLogger(__name__)

QUIET_SECONDS = 1.0

#: Sends the answer; gets the notes collected during the burst, in order, without repeats.
Answer = Callable[[list[str]], Awaitable[None]]


@dataclass
class _Pending:
    answer: Answer
    notes: list[str] = field(default_factory=list)
    timer: asyncio.TimerHandle | None = None


class BurstReplies:
    def __init__(self, quiet: float = QUIET_SECONDS) -> None:
        self.quiet = quiet
        self._pending: dict[int, _Pending] = {}
        self._sending: set[asyncio.Task[None]] = set()

    def answer_later(self, chat_id: int, answer: Answer, note: str | None = None) -> None:
        """Answer ``chat_id`` once the burst is over; a later message of the same burst
        replaces ``answer`` and adds its ``note``."""
        pending = self._pending.get(chat_id)
        if pending is None:
            pending = self._pending[chat_id] = _Pending(answer)
        elif pending.timer is not None:
            pending.timer.cancel()
        pending.answer = answer
        if note and note not in pending.notes:
            pending.notes.append(note)
        loop = asyncio.get_running_loop()
        pending.timer = loop.call_later(self.quiet, self._fire, chat_id)

    def follow_up(self, chat_id: int, answer: Answer) -> None:
        """Send ``answer`` now, from a task of its own: an answer that takes a while (the
        /stats chart) holds up neither the handler nor the chat's next update."""
        self._start(chat_id, _Pending(answer))

    async def flush(self) -> None:
        """Send every waiting answer now and wait for them (shutdown; tests)."""
        for chat_id in list(self._pending):
            self._fire(chat_id)
        while self._sending:
            await asyncio.gather(*self._sending, return_exceptions=True)

    def _fire(self, chat_id: int) -> None:
        pending = self._pending.pop(chat_id, None)
        if pending is None:
            return
        if pending.timer is not None:
            pending.timer.cancel()
        self._start(chat_id, pending)

    def _start(self, chat_id: int, pending: _Pending) -> None:
        task = asyncio.create_task(self._send(chat_id, pending))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    @staticmethod
    async def _send(chat_id: int, pending: _Pending) -> None:
        try:
            await pending.answer(pending.notes)
        except Exception as error:
            log.warning(
                "a later answer in chat %s not sent: %s", chat_id, describe_exception(error)
            )
