"""Long polling that loses no update, even to a crash.

Telegram forgets an update once a getUpdates call carries an offset past it. aiogram's
``Dispatcher.start_polling`` sends that call while the handlers of the previous batch are still
running, so a crash (SIGKILL, power loss, OOM) loses every update in hand: a migrant's message
that was fetched but not yet stored. Here each batch is written to SQLite (``update_journal``)
before the next getUpdates confirms it, and each update is deleted from there once its handler
finished. Start-up handles what a crash left behind before it fetches anything new, and asks
Telegram for updates past the last batch recorded, so those are not delivered twice.

An update whose handler finished just before a crash, but whose row was not yet deleted, is
handled again after the restart; handlers that store what a user sent are idempotent for this
(see the unique indexes of ``request_messages`` and the form's ``evidence_upto``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.update_journal import JournaledUpdate, UpdateJournalRepository

log = logging.getLogger(__name__)

POLLING_TIMEOUT = 10  # seconds a getUpdates call waits for something new (as aiogram's default)
BACKOFF = BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1)
# Telegram keeps an unconfirmed update for 24 hours, and after a week without updates it may
# number the next one from a random value: an offset saved longer ago than this is not reused.
OFFSET_FRESH_FOR = timedelta(hours=24)


class JournaledPolling:
    """Runs the dispatcher on long polling until :meth:`stop` (or SIGTERM/SIGINT)."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        bot: Bot,
        db: Database,
        *,
        concurrency: int,
        shutdown_grace: float,
        polling_timeout: int = POLLING_TIMEOUT,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.db = db
        self.journal = UpdateJournalRepository(db)
        self.shutdown_grace = shutdown_grace
        self.polling_timeout = polling_timeout
        self.clock = clock
        self._slots = asyncio.Semaphore(concurrency)  # updates handled at once
        self._in_hand: dict[int, asyncio.Task[None]] = {}
        self._stopping = asyncio.Event()
        # What aiogram's start_polling passes to startup, shutdown and every handler.
        self._workflow: dict[str, Any] = {
            "dispatcher": dispatcher,
            "bots": (bot,),
            **dispatcher.workflow_data,
        }

    def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        """Startup handlers, the updates a crash left, polling until stopped, then the updates
        still in hand (for up to ``shutdown_grace`` seconds), shutdown handlers."""
        await self.dispatcher.emit_startup(bot=self.bot, **self._workflow)
        self._handle_signals()
        try:
            me = await self.bot.me()
            log.info("polling as @%s", me.username)
            await self._handle_left_over()
            poller = asyncio.create_task(self._poll(), name="polling")
            stopped = asyncio.create_task(self._stopping.wait())
            done, pending = await asyncio.wait(
                {poller, stopped}, return_when=asyncio.FIRST_COMPLETED
            )
            for task in pending:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await asyncio.gather(*done)  # the poller's exception, if it had one
        finally:
            await self._finish_in_hand()
            try:
                await self.dispatcher.emit_shutdown(bot=self.bot, **self._workflow)
            finally:
                await self.bot.session.close()

    # --- fetching -------------------------------------------------------------------------------

    async def _poll(self) -> None:
        call = GetUpdates(
            offset=await self._start_offset(),
            timeout=self.polling_timeout,
            allowed_updates=self.dispatcher.resolve_used_update_types(),
        )
        # The HTTP request must outlive the long poll it carries.
        request_timeout = int(self.bot.session.timeout + self.polling_timeout)
        backoff = Backoff(config=BACKOFF)
        while True:
            try:
                updates = await self.bot(call, request_timeout=request_timeout)
                await self.record(updates)
            except Exception as error:  # polling must outlive any failure
                # Not recorded means not confirmed: the same call fetches the batch again.
                log.error("getUpdates failed: %s: %s", type(error).__name__, error)
                await backoff.asleep()
                continue
            backoff.reset()
            if updates:
                call.offset = updates[-1].update_id + 1
            for update in updates:
                await self._start_handling(update)

    async def _start_offset(self) -> int | None:
        saved = await self.journal.saved_offset()
        if saved is None or self.clock() - saved.saved_at > OFFSET_FRESH_FOR:
            return None
        return saved.next_offset

    async def record(self, updates: list[Update]) -> None:
        """Write a fetched batch and the offset that will confirm it, in one transaction."""
        if not updates:
            return
        rows = [
            JournaledUpdate(
                update.update_id, update.model_dump_json(exclude_unset=True, by_alias=True)
            )
            for update in updates
        ]
        now = self.clock()
        async with self.db.transaction() as conn:
            await self.journal.add(conn, rows, now)
            await self.journal.save_offset(conn, updates[-1].update_id + 1, now)

    async def _handle_left_over(self) -> None:
        left_over = await self.journal.left_over()
        if left_over:
            log.warning("handling %d update(s) left by the previous run", len(left_over))
        for row in left_over:
            try:
                update = Update.model_validate_json(row.payload, context={"bot": self.bot})
            except ValueError as error:  # pydantic's ValidationError; its text quotes the payload
                log.error(
                    "update %d in the journal is unreadable (%s): dropped",
                    row.update_id,
                    type(error).__name__,
                )
                await self._forget(row.update_id)
                continue
            await self._start_handling(update)

    # --- handling -------------------------------------------------------------------------------

    async def _start_handling(self, update: Update) -> None:
        if update.update_id in self._in_hand:
            return  # already being handled (left over, and delivered again)
        await self._slots.acquire()
        task = asyncio.create_task(self._handle_in_slot(update), name=f"update-{update.update_id}")
        self._in_hand[update.update_id] = task
        task.add_done_callback(lambda _: self._in_hand.pop(update.update_id, None))

    async def _handle_in_slot(self, update: Update) -> None:
        try:
            await self.handle(update)
        finally:
            self._slots.release()

    async def handle(self, update: Update) -> None:
        """Feed a recorded update to the dispatcher, then delete it from the journal."""
        try:
            await self.dispatcher.feed_update(self.bot, update, **self._workflow)
        except Exception:
            # A handler that fails would fail again: the update is not kept for a retry.
            log.exception("update %d: handler failed", update.update_id)
        await self._forget(update.update_id)

    async def _forget(self, update_id: int) -> None:
        try:
            async with self.db.single_statement() as conn:
                await self.journal.remove(conn, update_id)
        except Exception as error:  # handled all the same; at worst it is handled again
            log.error("update %d: not removed from the journal: %s", update_id, error)

    async def _finish_in_hand(self) -> None:
        in_hand = list(self._in_hand.values())
        if not in_hand:
            return
        _, unfinished = await asyncio.wait(in_hand, timeout=self.shutdown_grace)
        if unfinished:
            log.warning(
                "%d update(s) still in hand at shutdown: kept for the next start", len(unfinished)
            )
            for task in unfinished:
                task.cancel()
            await asyncio.gather(*unfinished, return_exceptions=True)

    def _handle_signals(self) -> None:
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):  # not on Windows
                loop.add_signal_handler(number, self.stop)
