"""The one place where the bot's objects are built and wired: database, translations, content,
services, Bot, Dispatcher and scheduler. ``main`` runs long polling until SIGTERM or SIGINT."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramNotFound, TelegramUnauthorizedError
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.types import LinkPreviewOptions
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.bot_commands import register_commands
from bot.config import ConfigError, Settings, load_settings
from bot.content.search import SearchIndex
from bot.content.tree import Tree, load_tree
from bot.db.connection import Database
from bot.db.migrate import MigrationError, migrate
from bot.fsm_storage import SQLiteStorage
from bot.handlers import build_router, ids
from bot.handlers.bursts import BurstReplies
from bot.handlers.staff import build_staff_router
from bot.i18n import I18n
from bot.keyboards.menus import broadcast_progress_menu
from bot.middlewares.presses import RepeatedPressMiddleware
from bot.middlewares.shown_messages import ShownMessages
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.middlewares.user import UserMiddleware
from bot.polling import JournaledPolling
from bot.safe_log import LogGuard
from bot.scheduler import build_scheduler
from bot.services.broadcasts import BroadcastPlanner, BroadcastSender
from bot.services.deadlines import DeadlineService
from bot.services.events import EventService
from bot.services.outbox import OutboxSender
from bot.services.request_stats import RequestStatsService
from bot.services.requests import HelpdeskSettings, RequestService
from bot.services.rights import RightsService
from bot.services.staff import StaffService
from bot.services.staff_alerts import StaffChatAlerts
from bot.services.topics import TopicKeeper
from bot.services.users import UserService
from bot.supervisor import Supervisor
from bot.telegram.budget import SendBudget
from bot.telegram.middleware import TelegramLimitsMiddleware

log = logging.getLogger(__name__)

SHUTDOWN_GRACE_SECONDS = 10.0
POLLING_CONCURRENCY = 64


@dataclass(frozen=True)
class Services:
    db: Database
    i18n: I18n
    tree: Tree
    users: UserService
    rights: RightsService
    storage: SQLiteStorage
    deadlines: DeadlineService
    broadcast_planner: BroadcastPlanner
    events: EventService
    requests: RequestService
    staff: StaffService
    request_stats: RequestStatsService
    helpdesk: HelpdeskSettings


async def open_services(settings: Settings) -> Services:
    db = await Database.open(settings.database_path)
    await migrate(db)
    i18n = I18n.load(settings.default_locale)
    tree = load_tree()
    index = SearchIndex.build(tree, i18n)
    rights = RightsService(db, tree, index)
    users = UserService(db)
    storage = SQLiteStorage(db)
    deadlines = DeadlineService(db, i18n)
    events = EventService(db, i18n, settings.event_reminder_minutes)
    requests = RequestService(
        db, i18n, staff_chat_id=settings.staff_chat_id, routing=settings.request_routing
    )
    helpdesk = HelpdeskSettings(
        office_hours=settings.office_hours,
        retention_days=settings.retention_days,
        privacy_url=settings.privacy_url,
    )
    return Services(
        db,
        i18n,
        tree,
        users,
        rights,
        storage,
        deadlines,
        BroadcastPlanner(db, default_locale=settings.default_locale, paid=settings.broadcast_paid),
        events,
        requests,
        StaffService(db, settings.admin_ids),
        RequestStatsService(db),
        helpdesk,
    )


def build_bot(
    settings: Settings, session: BaseSession | None = None, budget: SendBudget | None = None
) -> Bot:
    """The Bot, every call of which goes through Telegram's limits (bot/telegram/): one budget
    per bot, since Telegram's limits are per bot. An edit that would change nothing is never
    sent (it would cost a turn of the chat's budget for a refusal)."""
    if session is None:
        url = settings.telegram_api_url
        session = AiohttpSession(api=TelegramAPIServer.from_base(url) if url else PRODUCTION)
    session.middleware(ShownMessages())
    session.middleware(TelegramLimitsMiddleware(budget or SendBudget()))
    return Bot(
        settings.bot_token,
        session=session,
        # link_preview, not link_preview_is_disabled: the latter also sends the deprecated
        # disable_web_page_preview, which Bot API 10.1 no longer lists.
        default=DefaultBotProperties(
            parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
        ),
    )


def build_dispatcher(
    services: Services,
    *,
    admin_ids: frozenset[int] = frozenset(),
    broadcast_sender: BroadcastSender | None = None,
    throttling: ThrottlingMiddleware | None = None,
    bursts: BurstReplies | None = None,
) -> Dispatcher:
    dispatcher = Dispatcher(
        storage=services.storage,
        # One update at a time per user and chat: a form's read-modify-write never races.
        events_isolation=SimpleEventIsolation(),
        db=services.db,
        i18n=services.i18n,
        tree=services.tree,
        users=services.users,
        rights=services.rights,
        deadlines=services.deadlines,
        broadcast_planner=services.broadcast_planner,
        events=services.events,
        requests=services.requests,
        staff=services.staff,
        request_stats=services.request_stats,
        helpdesk=services.helpdesk,
        staff_t=services.i18n.get(services.i18n.default_locale),
        broadcast_sender=broadcast_sender,
        admin_ids=admin_ids,
        bursts=bursts or BurstReplies(),
    )
    dispatcher.update.outer_middleware(UserMiddleware(services.users, services.i18n))
    private = build_router()
    # Inner, on the private chat's router: it sees the chosen handler's flags, and staff
    # chats and other groups never meet the migrants' flood limit.
    throttling = throttling or ThrottlingMiddleware()
    private.message.middleware(throttling)
    private.callback_query.middleware(throttling)
    dispatcher.callback_query.outer_middleware(RepeatedPressMiddleware())
    # /id first: it answers in every chat, and a command wins over any flow.
    dispatcher.include_routers(ids.router(), private, build_staff_router())
    return dispatcher


def build_outbox_sender(
    services: Services, bot: Bot, admin_ids: frozenset[int] = frozenset()
) -> OutboxSender:
    """The outbox sender, with the staff chat's topics, woken whenever a request queues;
    admins are told in private when the staff chat refuses the bot."""
    topics = TopicKeeper(services.db, bot, services.i18n.get(services.i18n.default_locale))
    alerts = StaffChatAlerts(services.db, services.i18n, admin_ids)
    sender = OutboxSender(
        services.db,
        bot,
        services.users,
        topics=topics,
        on_staff_chat_problem=alerts.staff_chat_refused,
    )
    services.requests.on_queued = sender.wake
    return sender


def build_broadcast_sender(
    services: Services,
    bot: Bot,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> BroadcastSender:
    """``sleep`` and ``clock``: its pauses between passes and status checks (tests). The
    planner tells it at once when an admin pauses, resumes or stops a broadcast."""
    sender = BroadcastSender(
        services.db,
        bot,
        users=services.users,
        i18n=services.i18n,
        markup=lambda t, broadcast: broadcast_progress_menu(t, broadcast.id, broadcast.status),
        sleep=sleep,
        clock=clock,
        paid_allowed=services.broadcast_planner.paid,
    )
    services.broadcast_planner.on_status = sender.status_changed
    return sender


@dataclass(frozen=True)
class Running:
    """Handles on a bot that :func:`run` started, for a caller that runs it in its own event
    loop (the sandbox; tests): stop it, or catch up on the scheduled jobs after moving the
    clock (:func:`bot.db.clock.advance`)."""

    polling: JournaledPolling
    scheduler: AsyncIOScheduler
    outbox: OutboxSender
    broadcasts: BroadcastSender

    def stop(self) -> None:
        self.polling.stop()

    def run_jobs_now(self) -> None:
        """Every scheduled job runs at once (APScheduler's own clock is the real one), and
        both senders look for due rows."""
        for job in self.scheduler.get_jobs():
            job.modify(next_run_time=datetime.now(UTC))
        self.outbox.wake()
        self.broadcasts.wake()


async def run(settings: Settings, on_running: Callable[[Running], None] | None = None) -> None:
    """Run the bot until SIGTERM/SIGINT or ``Running.stop``; ``on_running`` is called once
    it is up (main.py passes none)."""
    services = await open_services(settings)
    bot = build_bot(settings)
    sender = build_outbox_sender(services, bot, settings.admin_ids)
    broadcaster = build_broadcast_sender(services, bot)
    bursts = BurstReplies()
    dispatcher = build_dispatcher(
        services, admin_ids=settings.admin_ids, broadcast_sender=broadcaster, bursts=bursts
    )
    scheduler = build_scheduler(services, sender, settings.fsm_ttl_days, settings.retention_days)
    supervisor = Supervisor()

    async def on_startup() -> None:
        """Runs once getMe has succeeded (see JournaledPolling.run)."""
        await register_commands(
            bot, services.i18n, settings.admin_ids, services.requests.staff_chats
        )
        scheduler.start()
        supervisor.start("outbox-sender", sender.run, sender.stop)
        supervisor.start("broadcast-sender", broadcaster.run, broadcaster.stop)
        if on_running is not None:
            on_running(Running(polling, scheduler, sender, broadcaster))

    async def on_shutdown() -> None:
        if scheduler.running:
            scheduler.shutdown(wait=False)
        await services.rights.flush_views()
        await bursts.flush()
        # A sender asleep on a long 429 is cancelled: its row stays pending for next time.
        await supervisor.stop(SHUTDOWN_GRACE_SECONDS)

    dispatcher.startup.register(on_startup)
    dispatcher.shutdown.register(on_shutdown)
    # Everything imported so far (aiogram's ~200,000 type objects) lives as long as the process:
    # keep it out of the collector's full passes, which otherwise pause the bot ~100 ms.
    gc.collect()
    gc.freeze()
    try:
        polling = JournaledPolling(
            dispatcher,
            bot,
            services.db,
            concurrency=POLLING_CONCURRENCY,
            shutdown_grace=SHUTDOWN_GRACE_SECONDS,
        )
        await polling.run()
    finally:
        await services.db.close()
        log.info("stopped")


def configure_logging(level: str, secrets: tuple[str, ...] = ()) -> None:
    """Log lines to stderr, each passed through ``LogGuard``: no traceback with an exception's
    message, and ``secrets`` (the token) masked, whoever logs."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    guard = LogGuard(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(guard)
    # aiosqlite's DEBUG lines carry every statement's parameters: migrants' texts and phones.
    logging.getLogger("aiosqlite").setLevel(max(logging.getLogger().level, logging.INFO))


def main() -> int:
    try:
        settings = load_settings(os.environ)
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)  # noqa: T201
        return 2
    configure_logging(settings.log_level, secrets=(settings.bot_token,))
    try:
        asyncio.run(run(settings))
    except (OSError, sqlite3.DatabaseError, MigrationError) as error:
        log.critical("cannot start: %s: %s", type(error).__name__, error)
        return 1
    except TelegramUnauthorizedError:
        log.critical("cannot start: Telegram does not accept BOT_TOKEN (revoked or mistyped?)")
        return 1
    except TelegramNotFound:
        log.critical(
            "cannot start: the Bot API answered 404 Not Found: check BOT_TOKEN and"
            " TELEGRAM_API_URL (it must be the server's address, without /bot<token>)"
        )
        return 1
    return 0
