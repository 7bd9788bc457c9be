"""The one place where the bot's objects are built and wired: database, translations, content,
services, Bot, Dispatcher and scheduler. ``main`` runs the bot (long polling, or webhook mode with
WEBHOOK_URL) until SIGTERM or SIGINT, holding the database's lock (one bot per database)."""

from __future__ import annotations

import asyncio
import functools
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
from bot.content.tree import load_tree
from bot.db.backup import default_backup_folder
from bot.db.connection import Database
from bot.db.lock import DatabaseInUseError, ProcessLock
from bot.db.migrate import BackupBeforeMigrating, MigrationError, migrate
from bot.fsm_storage import SQLiteStorage
from bot.handlers import build_router, ids
from bot.handlers.bursts import BurstReplies
from bot.handlers.staff import build_staff_router
from bot.i18n import I18n
from bot.keyboards.menus import broadcast_progress_menu
from bot.middlewares.callback_answers import CallbackAnswers
from bot.middlewares.presses import RepeatedPressMiddleware
from bot.middlewares.shown_messages import ShownMessages
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.middlewares.user import UserMiddleware
from bot.polling import JournaledPolling
from bot.safe_log import LogGuard
from bot.scheduler import DailyBackups, build_scheduler
from bot.services.appointments import AppointmentService
from bot.services.bot_rights import check_staff_chats
from bot.services.broadcasts import BroadcastPlanner, BroadcastSender
from bot.services.case_files import CASE_FILE_KIND, CaseFileService
from bot.services.container import Services
from bot.services.deadlines import DeadlineService
from bot.services.escalations import EscalationService
from bot.services.events import EventService
from bot.services.outbox import OutboxSender
from bot.services.report import REPORT_FILE_KIND, ReportService
from bot.services.request_stats import RequestStatsService
from bot.services.requests import HelpdeskSettings, RequestService
from bot.services.rights import RightsService
from bot.services.staff import StaffService
from bot.services.staff_alerts import StaffChatAlerts
from bot.services.topics import TopicKeeper
from bot.services.transfers import TransferService
from bot.services.users import UserService
from bot.supervisor import Supervisor
from bot.telegram.budget import SendBudget
from bot.telegram.middleware import TelegramLimitsMiddleware
from bot.update_intake import Receiver
from bot.version import DISTRIBUTION, version
from bot.webhook import HealthCheck, WebhookReceiver, WebhookRefusedError

log = logging.getLogger(__name__)

SHUTDOWN_GRACE_SECONDS = 10.0
UPDATES_IN_HAND = 64  # updates handled at once (polling or webhook)


async def open_services(settings: Settings) -> Services:
    db = await Database.open(settings.database_path)
    try:
        schema = await migrate(db, backup_to=backup_before_migrating(settings))
    except BaseException:
        await db.close()  # its thread would keep the process alive
        raise
    log.info(
        "%s %s: database %s, schema version %d",
        DISTRIBUTION,
        version(),
        settings.database_path,
        schema,
    )
    i18n = I18n.load(settings.default_locale)
    tree = load_tree()
    index = SearchIndex.build(tree, i18n)
    rights = RightsService(db, tree, index)
    users = UserService(db)
    storage = SQLiteStorage(db)
    deadlines = DeadlineService(db, i18n)
    events = EventService(db, i18n, settings.event_reminder_minutes)
    requests = RequestService(
        db,
        i18n,
        staff_chat_id=settings.staff_chat_id,
        routing=settings.request_routing,
        office_hours=settings.office_hours,
        answer_deadlines=settings.answer_deadlines,
    )
    helpdesk = HelpdeskSettings(
        office_hours=settings.office_hours,
        retention_days=settings.retention_days,
        privacy_url=settings.privacy_url,
    )
    staff = StaffService(db, settings.admin_ids)
    return Services(
        db=db,
        i18n=i18n,
        tree=tree,
        users=users,
        rights=rights,
        storage=storage,
        deadlines=deadlines,
        broadcast_planner=BroadcastPlanner(
            db, default_locale=settings.default_locale, paid=settings.broadcast_paid
        ),
        events=events,
        requests=requests,
        staff=staff,
        request_stats=RequestStatsService(db),
        helpdesk=helpdesk,
        reports=ReportService(db, i18n, staff),
        escalations=EscalationService(db, i18n, staff),
        case_files=CaseFileService(db, i18n, staff),
        appointments=AppointmentService(db, i18n, requests, settings.event_reminder_minutes),
        transfers=TransferService(db, i18n, requests, settings.team_names),
    )


def backup_before_migrating(settings: Settings) -> BackupBeforeMigrating:
    """Start-up backs up a database that holds data before migrating it: into BACKUP_DIR,
    else the ``backups`` folder beside the database."""
    folder = settings.backup_dir or default_backup_folder(settings.database_path)
    return BackupBeforeMigrating(folder, settings.backup_keep)


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
        **services.as_workflow_data(),
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
    # Inner, on the dispatcher: every handled press in every chat is answered once, and the
    # throttling's toast (inside it) is that answer.
    dispatcher.callback_query.middleware(CallbackAnswers())
    # /id first: it answers in every chat, and a command wins over any flow.
    dispatcher.include_routers(ids.router(), private, build_staff_router())
    return dispatcher


def build_outbox_sender(
    services: Services, bot: Bot, admin_ids: frozenset[int] = frozenset()
) -> OutboxSender:
    """The outbox sender, with the staff chat's topics, woken whenever a request queues;
    admins are told in private when the staff chat refuses the bot."""
    topics = TopicKeeper(
        services.db,
        bot,
        services.i18n.get(services.i18n.default_locale),
        names=services.staff.name_of,
        transfers=services.requests.several_teams,
    )
    alerts = StaffChatAlerts(services.db, services.i18n, admin_ids)
    sender = OutboxSender(
        services.db,
        bot,
        services.users,
        topics=topics,
        on_staff_chat_problem=alerts.staff_chat_refused,
        made_documents={
            REPORT_FILE_KIND: functools.partial(services.reports.send_queued, bot),
            CASE_FILE_KIND: functools.partial(services.case_files.send_queued, bot),
        },
    )
    services.requests.on_queued = sender.wake
    services.case_files.on_queued = sender.wake
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

    receiver: Receiver
    scheduler: AsyncIOScheduler
    outbox: OutboxSender
    broadcasts: BroadcastSender

    def stop(self) -> None:
        self.receiver.stop()

    def run_jobs_now(self) -> None:
        """Every scheduled job runs at once (APScheduler's own clock is the real one), and
        both senders look for due rows."""
        for job in self.scheduler.get_jobs():
            job.modify(next_run_time=datetime.now(UTC))
        self.outbox.wake()
        self.broadcasts.wake()


async def run(settings: Settings, on_running: Callable[[Running], None] | None = None) -> None:
    """Run the bot until SIGTERM/SIGINT or ``Running.stop``; ``on_running`` is called once
    it is up (main.py passes none). ``DatabaseInUseError`` if another process runs on the same
    database."""
    with ProcessLock.acquire(settings.database_path):
        await _run(settings, on_running)


async def _run(settings: Settings, on_running: Callable[[Running], None] | None) -> None:
    services = await open_services(settings)
    bot = build_bot(settings)
    sender = build_outbox_sender(services, bot, settings.admin_ids)
    broadcaster = build_broadcast_sender(services, bot)
    bursts = BurstReplies()
    dispatcher = build_dispatcher(
        services, admin_ids=settings.admin_ids, broadcast_sender=broadcaster, bursts=bursts
    )
    backups = (
        DailyBackups(settings.database_path, settings.backup_dir, settings.backup_keep)
        if settings.backup_dir is not None
        else None
    )
    scheduler = build_scheduler(
        services, sender, settings.fsm_ttl_days, settings.retention_days, backups
    )
    supervisor = Supervisor()
    alerts = StaffChatAlerts(services.db, services.i18n, settings.admin_ids)
    rights_check: list[asyncio.Task[None]] = []

    async def check_rights() -> None:
        await check_staff_chats(bot, services.requests.staff_chats, alerts)
        sender.wake()

    async def on_startup() -> None:
        """Runs once getMe has succeeded (see Receiver.run)."""
        await register_commands(
            bot, services.i18n, settings.admin_ids, services.requests.staff_chats
        )
        scheduler.start()
        supervisor.start("outbox-sender", sender.run, sender.stop)
        supervisor.start("broadcast-sender", broadcaster.run, broadcaster.stop)
        # In the background: a slow Telegram does not hold back the first updates.
        rights_check.append(asyncio.create_task(check_rights(), name="rights-check"))
        if on_running is not None:
            on_running(Running(receiver, scheduler, sender, broadcaster))

    async def on_shutdown() -> None:
        for task in rights_check:
            task.cancel()
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
        receiver = build_receiver(settings, services.db, dispatcher, bot, supervisor)
        await receiver.run()
    finally:
        await services.db.close()
        log.info("stopped")


def build_receiver(
    settings: Settings, db: Database, dispatcher: Dispatcher, bot: Bot, supervisor: Supervisor
) -> Receiver:
    """Long polling, or webhook mode when WEBHOOK_URL is set: the same journal either way."""
    if settings.webhook is None:
        return JournaledPolling(
            dispatcher,
            bot,
            db,
            concurrency=UPDATES_IN_HAND,
            shutdown_grace=SHUTDOWN_GRACE_SECONDS,
        )
    return WebhookReceiver(
        dispatcher,
        bot,
        db,
        settings.webhook,
        HealthCheck(db, supervisor),
        concurrency=UPDATES_IN_HAND,
        shutdown_grace=SHUTDOWN_GRACE_SECONDS,
    )


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


CANNOT_START = (
    DatabaseInUseError,
    OSError,
    sqlite3.DatabaseError,
    MigrationError,
    WebhookRefusedError,
    TelegramUnauthorizedError,
    TelegramNotFound,
)


def why_not_started(error: BaseException) -> str:
    """One line for the log: what stopped the start-up, and what to check."""
    if isinstance(error, DatabaseInUseError):
        return f"another bot process runs on {error.database} ({error}): one bot per database"
    if isinstance(error, WebhookRefusedError):
        return f"Telegram refused setWebhook (check WEBHOOK_URL): {error}"
    if isinstance(error, TelegramUnauthorizedError):
        return "Telegram does not accept BOT_TOKEN (revoked or mistyped?)"
    if isinstance(error, TelegramNotFound):
        return (
            "the Bot API answered 404 Not Found: check BOT_TOKEN and"
            " TELEGRAM_API_URL (it must be the server's address, without /bot<token>)"
        )
    return f"{type(error).__name__}: {error}"


def main() -> int:
    try:
        settings = load_settings(os.environ)
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)  # noqa: T201
        return 2
    secrets: tuple[str, ...] = (settings.bot_token,)
    if settings.webhook is not None:
        secrets += (settings.webhook.secret,)
    configure_logging(settings.log_level, secrets=secrets)
    try:
        asyncio.run(run(settings))
    except CANNOT_START as error:
        log.critical("cannot start: %s", why_not_started(error))
        return 1
    return 0
