"""How every update reaches the dispatcher, by long polling or by webhook: stored first, handled
once, forgotten after.

``UpdateIntake`` is the one mechanism both ways of receiving share. An update is written to
SQLite (``update_journal``) before Telegram is told it arrived (the next getUpdates' offset; a
webhook's 200), handed to the dispatcher, and deleted from the journal once its handler
finished. After a crash, start-up handles what the journal still holds. An update that arrives
while it is being handled, or soon after (a webhook Telegram re-delivers because the 200 never
reached it), is not handled again.

Webhook deliveries that arrive together are journaled in one transaction (group commit), as
a getUpdates batch is. Handled updates are deleted from the journal in groups: with the next
write (no extra transaction), or ``FORGET_AFTER_SECONDS`` after the first of them when nothing
is written. An update whose handler finished just before a crash, but whose row was not yet
deleted, is handled again after the restart; handlers that store what a user sent are
idempotent for this (see the unique indexes of ``request_messages`` and the form's
``evidence_upto``).

``Receiver`` is the life of either: nothing starts before Telegram answered getMe (while it
cannot be reached one line says so and the call is repeated with growing pauses), then the
startup handlers, the updates a crash left, receiving until SIGTERM/SIGINT, the updates still
in hand (for up to ``shutdown_grace`` seconds), the shutdown handlers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramNotFound, TelegramUnauthorizedError
from aiogram.types import Update, User
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.update_journal import JournaledUpdate, UpdateJournalRepository
from bot.safe_log import describe_exception

log = logging.getLogger(__name__)

CONNECT_BACKOFF = BackoffConfig(min_delay=1.0, max_delay=60.0, factor=2.0, jitter=0.1)
FORGET_AFTER_SECONDS = 0.5
OUTAGE_REPORT_SECONDS = 60.0
# Update ids remembered once handled, so that a re-delivery is recognised: a webhook update is
# re-delivered when Telegram did not get our 200, which a restart follows within seconds.
REMEMBERED_HANDLED = 20_000
# What Telegram's refusal of a call means for a bot that cannot start without it.
ALWAYS_FATAL: tuple[type[Exception], ...] = (TelegramUnauthorizedError, TelegramNotFound)

T = TypeVar("T")


class UpdateIntake:
    """Journals updates, hands each to the dispatcher once, deletes it when handled."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        bot: Bot,
        db: Database,
        *,
        concurrency: int,
        shutdown_grace: float,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.db = db
        self.journal = UpdateJournalRepository(db)
        self.shutdown_grace = shutdown_grace
        self.clock = clock
        self._slots = asyncio.Semaphore(concurrency)  # updates handled at once
        self._claimed: set[int] = set()  # being recorded or handled
        self._in_hand: dict[int, asyncio.Task[None]] = {}
        self._recently_handled: set[int] = set()
        self._handled_order: deque[int] = deque()
        self._handled: list[int] = []  # handled, not yet deleted from the journal
        self._to_record: list[tuple[Update, asyncio.Future[None]]] = []
        self._recording: asyncio.Task[None] | None = None
        self._forgetting: asyncio.Task[None] | None = None
        # What aiogram's start_polling passes to startup, shutdown and every handler.
        self.workflow: dict[str, Any] = {
            "dispatcher": dispatcher,
            "bots": (bot,),
            **dispatcher.workflow_data,
        }

    # --- one update from a webhook ----------------------------------------------------------

    async def accept(self, update: Update) -> bool:
        """Record one update, then start handling it; False if it is already known (being
        handled, or handled a moment ago): a re-delivery, nothing to do. Returns once the
        update is stored; raises if it could not be stored (then it was not taken)."""
        if not self.claim(update.update_id):
            return False
        try:
            await self._record_with_others(update)
        except BaseException:
            self._claimed.discard(update.update_id)
            raise
        await self.start_handling(update)
        return True

    async def _record_with_others(self, update: Update) -> None:
        """Group commit: the updates that arrive while a write is under way are written
        together by the next one, in one transaction, as a getUpdates batch is. Telegram's
        concurrent deliveries then cost one transaction, not one each."""
        stored = asyncio.get_running_loop().create_future()
        self._to_record.append((update, stored))
        if self._recording is None or self._recording.done():
            self._recording = asyncio.create_task(self._record_waiting())
        await stored

    async def _record_waiting(self) -> None:
        while self._to_record:
            batch, self._to_record = self._to_record, []
            try:
                await self.record([update for update, _ in batch])
            except Exception as error:
                for _, stored in batch:
                    if not stored.done():
                        stored.set_exception(error)
            except BaseException:
                for _, stored in batch:
                    stored.cancel()
                raise
            else:
                for _, stored in batch:
                    if not stored.done():
                        stored.set_result(None)

    # --- recording --------------------------------------------------------------------------

    def claim(self, update_id: int) -> bool:
        """Mark an update as ours to handle; False if it already is or was just handled."""
        if update_id in self._claimed or update_id in self._recently_handled:
            return False
        self._claimed.add(update_id)
        return True

    async def record(self, updates: list[Update], next_offset: int | None = None) -> None:
        """Write updates (and, for polling, the offset that will confirm them) in one
        transaction, which also deletes the updates handled since the last write."""
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
                if next_offset is not None:
                    await self.journal.save_offset(conn, next_offset, now)
        except BaseException:
            self._handled[:0] = handled  # still to be deleted
            raise

    async def handle_left_over(self) -> None:
        """Start handling what the journal holds from the previous run, oldest first."""
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
            if self.claim(update.update_id):
                await self.start_handling(update)

    # --- handling ---------------------------------------------------------------------------

    async def start_handling(self, update: Update) -> None:
        """Hand a recorded and claimed update to the dispatcher in a task of its own; waits
        while ``concurrency`` updates are in hand."""
        update_id = update.update_id
        self._claimed.add(update_id)
        if update_id in self._in_hand:
            return
        await self._slots.acquire()
        task = asyncio.create_task(self._handle_in_slot(update), name=f"update-{update_id}")
        self._in_hand[update_id] = task
        task.add_done_callback(lambda _: self._done(update_id))

    async def _handle_in_slot(self, update: Update) -> None:
        try:
            await self.handle(update)
        finally:
            self._slots.release()

    async def handle(self, update: Update) -> None:
        """Feed a recorded update to the dispatcher, then have it deleted from the journal."""
        try:
            await self.dispatcher.feed_update(self.bot, update, **self.workflow)
        except Exception as error:
            # A handler that fails would fail again: the update is not kept for a retry.
            log.error("update %d: handler failed: %s", update.update_id, describe_exception(error))
        self._remember_handled(update.update_id)
        self._forget_later(update.update_id)

    def _done(self, update_id: int) -> None:
        """The update's task ended: handled, or cancelled at shutdown (kept in the journal)."""
        self._in_hand.pop(update_id, None)
        self._claimed.discard(update_id)

    def _remember_handled(self, update_id: int) -> None:
        self._recently_handled.add(update_id)
        self._handled_order.append(update_id)
        if len(self._handled_order) > REMEMBERED_HANDLED:
            self._recently_handled.discard(self._handled_order.popleft())

    def _forget_later(self, update_id: int) -> None:
        """Deleted with the next write, or by a timer if none comes soon."""
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

    async def finish(self) -> None:
        """At shutdown: wait up to ``shutdown_grace`` for the updates in hand (those still
        running stay in the journal for the next start), then delete what was handled."""
        in_hand = list(self._in_hand.values())
        if in_hand:
            _, unfinished = await asyncio.wait(in_hand, timeout=self.shutdown_grace)
            if unfinished:
                log.warning(
                    "%d update(s) still in hand at shutdown: kept for the next start",
                    len(unfinished),
                )
                for task in unfinished:
                    task.cancel()
                await asyncio.gather(*unfinished, return_exceptions=True)
        if self._forgetting is not None:
            self._forgetting.cancel()
        await self._forget_handled()


class Receiver:
    """The life of a bot receiving updates one way or another; a subclass says how in
    :meth:`_receive` (which runs until cancelled)."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        bot: Bot,
        db: Database,
        *,
        concurrency: int,
        shutdown_grace: float,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.db = db
        self.intake = UpdateIntake(
            dispatcher,
            bot,
            db,
            concurrency=concurrency,
            shutdown_grace=shutdown_grace,
            clock=clock,
        )
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        """getMe until Telegram answers, startup handlers, the updates a crash left,
        :meth:`_receive` until stopped, then the updates still in hand, shutdown handlers."""
        self._handle_signals()
        workflow = self.intake.workflow
        try:
            await self._open()
            me = await self.until_answered(self.bot.me, "cannot reach Telegram")
            if me is None:
                return
            self._log_start(me)
            await self.dispatcher.emit_startup(bot=self.bot, **workflow)
            await self.intake.handle_left_over()
            receiving = asyncio.create_task(self._receive(), name="receiving")
            stopped = asyncio.create_task(self._stopping.wait())
            done, pending = await asyncio.wait(
                {receiving, stopped}, return_when=asyncio.FIRST_COMPLETED
            )
            for task in pending:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await asyncio.gather(*done)  # the receiver's exception, if it had one
        finally:
            try:
                await self._close()
                await self.intake.finish()
                await self.dispatcher.emit_shutdown(bot=self.bot, **workflow)
            finally:
                await self.bot.session.close()

    async def _open(self) -> None:
        """Before anything else (the webhook's listener, for its health check)."""

    async def _close(self) -> None:
        """Before the updates in hand are finished (no new ones come in after)."""

    def _log_start(self, me: User) -> None:
        log.info("receiving updates as @%s", me.username)

    async def _receive(self) -> None:
        raise NotImplementedError

    async def until_answered(
        self,
        call: Callable[[], Awaitable[T]],
        what: str,
        fatal: tuple[type[Exception], ...] = ALWAYS_FATAL,
    ) -> T | None:
        """``call()``, repeated with growing pauses until Telegram answers; None if stopped
        first. ``fatal`` refusals (a revoked token: 401) are not retried: they raise."""
        backoff = Backoff(config=CONNECT_BACKOFF)
        outage = Outage(what)
        while not self._stopping.is_set():
            try:
                result = await call()
            except fatal:
                raise
            except Exception as error:
                outage.failed(error)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), next(backoff))
                continue
            outage.over()
            return result
        return None

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
