"""Long polling that loses no update, even to a crash.

Telegram forgets an update once a getUpdates call carries an offset past it. aiogram's
``Dispatcher.start_polling`` sends that call while the handlers of the previous batch are still
running, so a crash (SIGKILL, power loss, OOM) loses every update in hand: a migrant's message
that was fetched but not yet stored. Here each batch is written to the update journal
(:class:`bot.update_intake.UpdateIntake`, shared with webhook mode) together with the offset
that will confirm it, before the next getUpdates sends that offset. Start-up handles what a
crash left behind before it fetches anything new, and asks Telegram for updates past the last
batch recorded, so those are not delivered twice.

A webhook left by webhook mode is deleted first (Telegram refuses getUpdates while one is set),
keeping the updates Telegram holds for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import GetUpdates
from aiogram.types import Update, User
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.update_intake import ALWAYS_FATAL, FORGET_AFTER_SECONDS, Outage, Receiver

__all__ = ["FORGET_AFTER_SECONDS", "POLLING_TIMEOUT", "JournaledPolling"]

log = logging.getLogger(__name__)

POLLING_TIMEOUT = 10  # seconds a getUpdates call waits for something new (as aiogram's default)
BACKOFF = BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1)
# Telegram keeps an unconfirmed update for 24 hours, and after a week without updates it may
# number the next one from a random value: an offset saved longer ago than this is not reused.
OFFSET_FRESH_FOR = timedelta(hours=24)


class JournaledPolling(Receiver):
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
        super().__init__(
            dispatcher,
            bot,
            db,
            concurrency=concurrency,
            shutdown_grace=shutdown_grace,
            clock=clock,
        )
        self.polling_timeout = polling_timeout

    def _log_start(self, me: User) -> None:
        log.info("polling as @%s", me.username)

    async def _receive(self) -> None:
        if not await self._webhook_deleted():
            return
        await self._poll()

    async def _webhook_deleted(self) -> bool:
        """Delete a webhook set by webhook mode (drop_pending_updates false: what Telegram
        holds comes by getUpdates); False if stopped first."""
        info = await self.until_answered(self.bot.get_webhook_info, "getWebhookInfo failed")
        if info is None:
            return False
        if not info.url:
            return True
        log.info(
            "a webhook is set (%d update(s) pending): deleting it to poll",
            info.pending_update_count,
        )
        deleted = await self.until_answered(
            lambda: self.bot.delete_webhook(drop_pending_updates=False),
            "deleteWebhook failed",
            fatal=(*ALWAYS_FATAL, TelegramBadRequest),
        )
        return deleted is not None

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
                if updates:
                    await self.intake.record(updates, next_offset=updates[-1].update_id + 1)
            except Exception as error:  # polling must outlive any failure
                # Not recorded means not confirmed: the same call fetches the batch again.
                outage.failed(error)
                await backoff.asleep()
                continue
            outage.over()
            backoff.reset()
            if updates:
                call.offset = updates[-1].update_id + 1
            await self._start_handling(updates)

    async def _start_handling(self, updates: list[Update]) -> None:
        for update in updates:
            if self.intake.claim(update.update_id):
                await self.intake.start_handling(update)

    async def _start_offset(self) -> int | None:
        saved = await self.intake.journal.saved_offset()
        if saved is None or self.intake.clock() - saved.saved_at > OFFSET_FRESH_FOR:
            return None
        return saved.next_offset
