"""Long polling that loses no update, even to a crash.

Telegram forgets an update once a getUpdates call carries an offset past it. aiogram's
``Dispatcher.start_polling`` sends that call while the handlers of the previous batch are still
running, so a crash (SIGKILL, power loss, OOM) loses every update in hand: a migrant's message
that was fetched but not yet stored. Here each batch is written to SQLite (``update_journal``)
before the next getUpdates confirms it, and each update is deleted from there once its handler
finished. Start-up handles what a crash left behind before it fetches anything new, and asks
Telegram for updates past the last batch recorded, so those are not delivered twice.

Handled updates are deleted from the journal in groups: with the next batch's own write (no
extra transaction), or ``FORGET_AFTER_SECONDS`` after the first of them when no batch comes. An
update whose handler finished just before a crash, but whose row was not yet deleted, is
handled again after the restart; handlers that store what a user sent are idempotent for this
(see the unique indexes of ``request_messages`` and the form's ``evidence_upto``).

Nothing starts before Telegram answered getMe: while it cannot be reached (no network, DNS, a
proxy timing out, 5xx) one line says so and the call is repeated with growing pauses.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramNotFound, TelegramUnauthorizedError
from aiogram.methods import GetUpdates
from aiogram.types import Update, User
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.update_journal import JournaledUpdate, UpdateJournalRepository
from bot.safe_log import describe_exception

log = logging.getLogger(__name__)

POLLING_TIMEOUT = 10  # seconds a getUpdates call waits for something new (as aiogram's default)
BACKOFF = BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1)
CONNECT_BACKOFF = BackoffConfig(min_delay=1.0, max_delay=60.0, factor=2.0, jitter=0.1)
FORGET_AFTER_SECONDS = 0.5
OUTAGE_REPORT_SECONDS = 60.0
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
        self._handled: list[int] = []  # handled, not yet deleted from the journal
        self._forgetting: asyncio.Task[None] | None = None
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
        """getMe until Telegram answers, startup handlers, the updates a crash left, polling
        until stopped, then the updates still in hand (for up to ``shutdown_grace`` seconds),
        shutdown handlers."""
        self._handle_signals()
        try:
            me = await self._connect()
            if me is None:
                return
            log.info("polling as @%s", me.username)
            await self.dispatcher.emit_startup(bot=self.bot, **self._workflow)
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
            if self._forgetting is not None:
                self._forgetting.cancel()
            await self._forget_handled()
            try:
                await self.dispatcher.emit_shutdown(bot=self.bot, **self._workflow)
            finally:
                await self.bot.session.close()

    # --- fetching -------------------------------------------------------------------------------

    async def _connect(self) -> User | None:
        """getMe, repeated with growing pauses until Telegram answers; None if stopped first.
        A refused token (401) is not retried: it raises for main() to report."""
        backoff = Backoff(config=CONNECT_BACKOFF)
        outage = Outage("cannot reach Telegram")
        while not self._stopping.is_set():
            try:
                me = await self.bot.me()
            except (TelegramUnauthorizedError, TelegramNotFound):
                raise
            except Exception as error:
                outage.failed(error)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), next(backoff))
                continue
            outage.over()
            return me
        return None

    async def _poll(self) -> None:
        call = GetUpdates(
            offset=await self._start_offset(),
            timeout=self.polling_timeout,
            allowed_updates=self.dispatcher.resolve_used_update_types(),
        )
        # The HTTP request must outlive the long poll it carries.
        request_timeout = int(self.bot.session.timeout + self.polling_timeout)
        backoff = Backoff(config=BACKOFF)
        outage = Outage("getUpdates failed")
        while True:
            try:
                updates = await self.bot(call, request_timeout=request_timeout)
                await self.record(updates)
            except Exception as error:  # polling must outlive any failure
                # Not recorded means not confirmed: the same call fetches the batch again.
                outage.failed(error)
                await backoff.asleep()
                continue
            outage.over()
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
        """Write a fetched batch and the offset that will confirm it, in one transaction,
        which also deletes the updates handled since the last write."""
        if not updates:
            return
        handled, self._handled = self._handled, []
        rows = [
            JournaledUpdate(
                update.update_id, update.model_dump_json(exclude_unset=True, by_alias=True)
            )
            for update in updates
        ]
        now = self.clock()
        try:
            async with self.db.transaction() as conn:
                await self.journal.remove(conn, handled)
                await self.journal.add(conn, rows, now)
                await self.journal.save_offset(conn, updates[-1].update_id + 1, now)
        except BaseException:
            self._handled[:0] = handled  # still to be deleted
            raise

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
                self._forget_later(row.update_id)
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
        """Feed a recorded update to the dispatcher, then have it deleted from the journal."""
        try:
            await self.dispatcher.feed_update(self.bot, update, **self._workflow)
        except Exception as error:
            # A handler that fails would fail again: the update is not kept for a retry.
            log.error("update %d: handler failed: %s", update.update_id, describe_exception(error))
        self._forget_later(update.update_id)

    def _forget_later(self, update_id: int) -> None:
        """Deleted with the next batch's write, or by a timer if no batch comes soon."""
        self._handled.append(update_id)
        if self._forgetting is None or self._forgetting.done():
            self._forgetting = asyncio.create_task(self._forget_soon())

    async def _forget_soon(self) -> None:
        await asyncio.sleep(FORGET_AFTER_SECONDS)
        await self._forget_handled()

    async def _forget_handled(self) -> None:
        handled, self._handled = self._handled, []
        if not handled:
            return
        try:
            async with self.db.single_statement() as conn:
                await self.journal.remove(conn, handled)
        except Exception as error:  # handled all the same; at worst handled again later
            self._handled[:0] = handled
            log.error(
                "%d update(s) not removed from the journal: %s",
                len(handled),
                describe_exception(error),
            )

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


class Outage:
    """Logs a run of failures of one call as a person would want to read it: the first one
    with its reason, then a reminder at most every ``OUTAGE_REPORT_SECONDS``, then the end."""

    def __init__(self, what: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.what = what
        self.clock = clock
        self.failures = 0
        self._began = 0.0
        self._reported = 0.0

    def failed(self, error: BaseException) -> None:
        now = self.clock()
        self.failures += 1
        if self.failures == 1:
            self._began = self._reported = now
            log.warning("%s (%s): trying again with growing pauses", self.what, _reason(error))
        elif now - self._reported >= OUTAGE_REPORT_SECONDS:
            self._reported = now
            log.warning(
                "%s for %.0f s now (%d attempts; last: %s)",
                self.what,
                now - self._began,
                self.failures,
                _reason(error),
            )

    def over(self) -> None:
        if self.failures:
            log.info("%s: recovered after %d failed attempt(s)", self.what, self.failures)
        self.failures = 0


def _reason(error: BaseException) -> str:
    """Telegram's or aiohttp's description (no user text in either), else the type."""
    message = getattr(error, "message", None)
    if isinstance(message, str):
        return f"{type(error).__name__}: {message}"
    return describe_exception(error)
