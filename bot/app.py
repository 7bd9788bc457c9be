"""The one place where the bot's objects are built and wired: database, translations, content,
services, Bot, Dispatcher and scheduler. ``main`` runs long polling until SIGTERM or SIGINT."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import sqlite3
import sys
from dataclasses import dataclass

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramUnauthorizedError
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.types import LinkPreviewOptions

from bot.bot_commands import register_commands
from bot.config import ConfigError, Settings, load_settings
from bot.content.search import SearchIndex
from bot.content.tree import Tree, load_tree
from bot.db.connection import Database
from bot.db.migrate import MigrationError, migrate
from bot.fsm_storage import SQLiteStorage
from bot.handlers import build_router
from bot.handlers.staff import build_staff_router
from bot.i18n import I18n
from bot.keyboards.menus import broadcast_progress_menu
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.middlewares.user import UserMiddleware
from bot.polling import JournaledPolling
from bot.safe_log import LogGuard
from bot.scheduler import build_scheduler
from bot.services.broadcasts import BroadcastPlanner, BroadcastSender
from bot.services.deadlines import DeadlineService
from bot.services.events import EventService
from bot.services.outbox import OutboxSender, Pacer
from bot.services.request_stats import RequestStatsService
from bot.services.requests import HelpdeskSettings, RequestService
from bot.services.rights import RightsService
from bot.services.staff import StaffService
from bot.services.topics import TopicKeeper
from bot.services.users import UserService

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
        BroadcastPlanner(db),
        events,
        requests,
        StaffService(db, settings.admin_ids),
        RequestStatsService(db),
        helpdesk,
    )


def build_bot(settings: Settings, session: BaseSession | None = None) -> Bot:
    if session is None and settings.telegram_api_url:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
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
    )
    dispatcher.update.outer_middleware(UserMiddleware(services.users, services.i18n))
    throttling = throttling or ThrottlingMiddleware()
    dispatcher.message.outer_middleware(throttling)
    dispatcher.callback_query.outer_middleware(throttling)
    dispatcher.include_routers(build_router(), build_staff_router())
    return dispatcher


def build_outbox_sender(services: Services, bot: Bot, pacer: Pacer) -> OutboxSender:
    """The outbox sender, with the staff chat's topics, woken whenever a request queues."""
    topics = TopicKeeper(
        services.db,
        bot,
        services.i18n.get(services.i18n.default_locale),
        pacer.wait_turn,
    )
    sender = OutboxSender(services.db, bot, services.users, pacer=pacer, topics=topics)
    services.requests.on_queued = sender.wake
    return sender


def build_broadcast_sender(services: Services, bot: Bot, pacer: Pacer) -> BroadcastSender:
    return BroadcastSender(
        services.db,
        bot,
        users=services.users,
        i18n=services.i18n,
        markup=lambda t, broadcast: broadcast_progress_menu(t, broadcast.id, broadcast.status),
        pacer=pacer,
    )


async def run(settings: Settings) -> None:
    services = await open_services(settings)
    bot = build_bot(settings)
    pacer = Pacer()  # one pace for everything the bot sends: Telegram's limits are per bot
    sender = build_outbox_sender(services, bot, pacer)
    broadcaster = build_broadcast_sender(services, bot, pacer)
    dispatcher = build_dispatcher(
        services, admin_ids=settings.admin_ids, broadcast_sender=broadcaster
    )
    scheduler = build_scheduler(services, sender, settings.fsm_ttl_days, settings.retention_days)
    workers: list[asyncio.Task[None]] = []

    async def on_startup() -> None:
        await register_commands(
            bot, services.i18n, settings.admin_ids, services.requests.staff_chats
        )
        scheduler.start()
        workers.append(asyncio.create_task(sender.run(), name="outbox-sender"))
        workers.append(asyncio.create_task(broadcaster.run(), name="broadcast-sender"))

    async def on_shutdown() -> None:
        scheduler.shutdown(wait=False)
        await services.rights.flush_views()
        sender.stop()
        broadcaster.stop()
        # A sender asleep on a long 429 is cancelled: its row stays pending for next time.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.gather(*workers), SHUTDOWN_GRACE_SECONDS)

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
    return 0
