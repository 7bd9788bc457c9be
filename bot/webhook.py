"""Webhook mode: Telegram POSTs each update to WEBHOOK_URL; a reverse proxy terminates TLS and
forwards it here, to WEBHOOK_LISTEN, on the same path. GET /healthz on the same listener.

An update is answered 200 only once it is in the update journal (:class:`UpdateIntake`, the
mechanism polling uses too); then it is handled. If storing fails the answer is 500, and
Telegram delivers the update again. A crash before the 200 leaves the update in the journal
*and* at Telegram: start-up handles it from the journal, and the re-delivery is recognised by
its update_id and answered 200 without handling it again.

A request without Telegram's secret header (X-Telegram-Bot-Api-Secret-Token, the
WEBHOOK_SECRET given to setWebhook) or with another value gets 401 and is neither stored nor
handled. A body that is not an Update gets 400.

The webhook stays set at shutdown: Telegram keeps the updates while the bot restarts and
delivers them once it is back. Polling mode deletes it (bot/polling.py).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections.abc import Callable
from datetime import datetime

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import Update, User
from aiohttp import web

from bot.config import HEALTH_PATH, WebhookSettings
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.safe_log import describe_exception
from bot.supervisor import Supervisor
from bot.update_intake import ALWAYS_FATAL, Receiver

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_QUERY_TIMEOUT = 2.0  # seconds the database may take to answer the health check
LISTENER_SHUTDOWN_TIMEOUT = 5.0  # seconds requests in flight get when the listener closes
REFUSALS_REPORTED_EVERY = 60.0  # seconds between log lines about refused requests


class WebhookRefusedError(Exception):
    """Telegram refused setWebhook (400): the URL or the secret is wrong, retrying is no use."""


class HealthCheck:
    """What GET /healthz reports: the names of what is wrong, never data about anyone."""

    def __init__(self, db: Database, supervisor: Supervisor) -> None:
        self.db = db
        self.supervisor = supervisor

    async def problems(self) -> list[str]:
        problems = list(self.supervisor.problems())
        if not await self._database_answers():
            problems.append("database")
        return problems

    async def _database_answers(self) -> bool:
        try:
            await asyncio.wait_for(self.db.fetch_one("SELECT 1"), HEALTH_QUERY_TIMEOUT)
        except Exception as error:  # closed, locked, a broken disk: all mean unhealthy
            log.warning("health check: the database does not answer: %s", type(error).__name__)
            return False
        return True


class WebhookReceiver(Receiver):
    """Serves the webhook and /healthz until :meth:`stop` (or SIGTERM/SIGINT)."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        bot: Bot,
        db: Database,
        settings: WebhookSettings,
        health: HealthCheck,
        *,
        concurrency: int,
        shutdown_grace: float,
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
        self.settings = settings
        self.health = health
        self.app = self._build_app()
        self._secret = settings.secret.encode()
        self._accepting = False  # the updates a crash left are in hand: new ones may come
        self._webhook_set = False
        self._runner: web.AppRunner | None = None
        self._refusals = RefusalLog()

    def _build_app(self) -> web.Application:
        app = web.Application()
        app.router.add_post(self.settings.path, self._on_update)
        app.router.add_get(HEALTH_PATH, self._on_health)
        return app

    # --- the receiver's life -----------------------------------------------------------------

    async def _open(self) -> None:
        """The listener opens first, so /healthz answers (503) while Telegram is unreachable."""
        runner = web.AppRunner(
            self.app, access_log=None, shutdown_timeout=LISTENER_SHUTDOWN_TIMEOUT
        )
        await runner.setup()
        self._runner = runner
        host, port = self.settings.listen_host, self.settings.listen_port
        await web.TCPSite(runner, host, port).start()
        log.info(
            "listening on %s:%d (webhook %s, %s)", host, port, self.settings.path, HEALTH_PATH
        )

    async def _close(self) -> None:
        self._accepting = False
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _log_start(self, me: User) -> None:
        log.info("webhook mode as @%s", me.username)

    async def _receive(self) -> None:
        self._accepting = True
        if not await self._set_webhook():
            return
        self._webhook_set = True
        log.info("webhook set: Telegram delivers updates to %s", self.settings.url)
        await asyncio.Event().wait()  # serving until stopped (this task is cancelled)

    async def _set_webhook(self) -> bool:
        """setWebhook with the secret and the update types the handlers use, keeping what
        Telegram holds (drop_pending_updates false); False if stopped first."""
        try:
            done = await self.until_answered(
                lambda: self.bot.set_webhook(
                    url=self.settings.url,
                    secret_token=self.settings.secret,
                    allowed_updates=self.dispatcher.resolve_used_update_types(),
                    drop_pending_updates=False,
                ),
                "setWebhook failed",
                fatal=(*ALWAYS_FATAL, TelegramBadRequest),
            )
        except TelegramBadRequest as error:
            raise WebhookRefusedError(error.message) from None
        return done is not None

    # --- requests ---------------------------------------------------------------------------

    async def _on_update(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            self._refusals.refused()
            return web.Response(status=401, text="Unauthorized")
        if not self._accepting:
            return web.Response(status=503, text="starting")  # Telegram will deliver it again
        try:
            update = Update.model_validate_json(await request.read(), context={"bot": self.bot})
        except ValueError as error:  # pydantic's ValidationError; its text quotes the body
            log.warning("webhook: a body that is not an Update (%s): 400", type(error).__name__)
            return web.Response(status=400, text="Bad Request: not an Update")
        try:
            await self.intake.accept(update)
        except Exception as error:
            log.error(
                "webhook: update %d not stored (Telegram will deliver it again): %s",
                update.update_id,
                describe_exception(error),
            )
            return web.Response(status=500, text="not stored")
        return web.Response(status=200)

    def _authorised(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER)
        return given is not None and hmac.compare_digest(given.encode(), self._secret)

    async def _on_health(self, _request: web.Request) -> web.Response:
        problems = await self.health.problems()
        if not self._webhook_set:
            problems.append("webhook-not-set")
        body = {"ok": not problems, "mode": "webhook", "problems": problems}
        return web.json_response(body, status=503 if problems else 200)


class RefusalLog:
    """One log line for a run of refused requests (a scanner may send thousands), at most
    every ``REFUSALS_REPORTED_EVERY`` seconds."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._count = 0
        self._reported_at: float | None = None

    def refused(self) -> None:
        self._count += 1
        now = self.clock()
        if self._reported_at is not None and now - self._reported_at < REFUSALS_REPORTED_EVERY:
            return
        log.warning("webhook: %d request(s) without the right secret refused (401)", self._count)
        self._count = 0
        self._reported_at = now
