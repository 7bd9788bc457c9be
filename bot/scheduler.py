"""APScheduler jobs. The database is the source of truth: a job that runs twice, late or not
at all (the process was down) does no harm and catches up on its next run."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.db.backup import Backup, backup_due, take_backup
from bot.db.clock import utc_now
from bot.fsm_storage import SQLiteStorage
from bot.local_time import MOSCOW
from bot.safe_log import describe_exception
from bot.services.container import Services
from bot.services.deadlines import DeadlineService
from bot.services.outbox import OutboxSender
from bot.services.report import MONTHLY_DAY, MONTHLY_HOUR

log = logging.getLogger(__name__)

PURGE_INTERVAL_HOURS = 6
PAGE_VIEWS_FLUSH_SECONDS = 60
DEADLINES_INTERVAL_MINUTES = 15
EVENTS_INTERVAL_SECONDS = 60
RETENTION_INTERVAL_HOURS = 6
BACKUP_CHECK_INTERVAL_MINUTES = 60
BACKUP_EVERY = timedelta(hours=24)
ESCALATION_INTERVAL_SECONDS = 60


def guarded(job: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """A job that fails is logged with its type and place (never its message, which may carry
    what a user wrote) and runs again at its next time; APScheduler would log the message."""

    @functools.wraps(job)
    async def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return await job(*args, **kwargs)
        except Exception as error:
            name = getattr(job, "__name__", job)
            log.error("job %s failed: %s", name, describe_exception(error))
            return None

    return run


@dataclass(frozen=True)
class DailyBackups:
    """BACKUP_DIR and BACKUP_KEEP, with the database they copy."""

    database: Path
    folder: Path
    keep: int


def build_scheduler(
    services: Services,
    sender: OutboxSender,
    fsm_ttl_days: int,
    retention_days: int = 365,
    backups: DailyBackups | None = None,
) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    common = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600}
    scheduler.add_job(
        guarded(purge_stale_forms),
        "interval",
        hours=PURGE_INTERVAL_HOURS,
        kwargs={"storage": services.storage, "ttl_days": fsm_ttl_days},
        id="purge_stale_forms",
        next_run_time=utc_now() + timedelta(minutes=1),
        **common,
    )
    scheduler.add_job(
        guarded(services.rights.flush_views),
        "interval",
        seconds=PAGE_VIEWS_FLUSH_SECONDS,
        id="flush_page_views",
        **common,
    )
    scheduler.add_job(
        guarded(remind_deadlines),
        "interval",
        minutes=DEADLINES_INTERVAL_MINUTES,
        kwargs={"deadlines": services.deadlines, "sender": sender},
        id="remind_deadlines",
        next_run_time=utc_now() + timedelta(seconds=30),
        **common,
    )
    scheduler.add_job(
        guarded(remind_events),
        "interval",
        seconds=EVENTS_INTERVAL_SECONDS,
        kwargs={"services": services, "sender": sender},
        id="remind_events",
        **common,
    )
    scheduler.add_job(
        guarded(anonymise_expired_requests),
        "interval",
        hours=RETENTION_INTERVAL_HOURS,
        kwargs={"services": services, "retention_days": retention_days},
        id="anonymise_expired_requests",
        next_run_time=utc_now() + timedelta(minutes=2),
        **common,
    )
    if backups is not None:
        # Checked every hour against the newest file in the folder, not at a fixed time: a bot
        # restarted often, or down at that time, still backs up once a day.
        scheduler.add_job(
            guarded(back_up_if_due),
            "interval",
            minutes=BACKUP_CHECK_INTERVAL_MINUTES,
            kwargs={"backups": backups},
            id="daily_backup",
            next_run_time=utc_now() + timedelta(minutes=5),
            **common,
        )
    # At 09:00 Moscow time on the 1st, and once at start-up: a bot that was down at 09:00
    # catches up (queue_monthly knows whether it is due and what was queued already).
    scheduler.add_job(
        guarded(queue_monthly_reports),
        "cron",
        day=MONTHLY_DAY,
        hour=MONTHLY_HOUR,
        minute=0,
        timezone=MOSCOW,
        kwargs={"services": services, "sender": sender},
        id="monthly_reports",
        next_run_time=utc_now() + timedelta(minutes=1),
        **common,
    )
    scheduler.add_job(
        guarded(escalate_overdue_requests),
        "interval",
        seconds=ESCALATION_INTERVAL_SECONDS,
        kwargs={"services": services, "sender": sender},
        id="escalate_overdue_requests",
        **common,
    )
    return scheduler


async def purge_stale_forms(storage: SQLiteStorage, ttl_days: int) -> int:
    """Forget half-filled forms untouched for ``ttl_days``: they may hold personal data."""
    removed = await storage.purge_older_than(utc_now() - timedelta(days=ttl_days))
    if removed:
        log.info("purged %d stale form(s)", removed)
    return removed


async def remind_deadlines(deadlines: DeadlineService, sender: OutboxSender) -> int:
    """Queue today's personal deadline reminders (each recorded, so never sent twice)."""
    queued = await deadlines.send_due_reminders(utc_now())
    if queued:
        log.info("queued %d deadline reminder(s)", queued)
        sender.wake()
    return queued


async def remind_events(services: Services, sender: OutboxSender) -> int:
    """Queue event reminders now due (each recorded, so never sent twice)."""
    queued = await services.events.send_due_reminders(utc_now())
    if queued:
        log.info("queued %d event reminder(s)", queued)
        sender.wake()
    return queued


async def anonymise_expired_requests(services: Services, retention_days: int) -> int:
    """Closed requests older than RETENTION_DAYS lose their texts, phone and files (and their
    copies in the staff chat); counts stay. Works in batches: the next run takes the rest."""
    count = await services.requests.anonymise_expired(retention_days)
    if count:
        log.info("anonymised %d request(s) past the retention period", count)
    return count


async def back_up_if_due(backups: DailyBackups) -> Backup | None:
    """A backup into BACKUP_DIR when the newest one there is a day old (or there is none),
    in a worker thread with its own connection: the bot's connection stays free."""
    if not backup_due(backups.folder, backups.database, BACKUP_EVERY, utc_now()):
        return None
    backup = await asyncio.to_thread(
        take_backup, backups.database, backups.folder, keep=backups.keep, now=utc_now()
    )
    log.info(
        "daily backup: %s (%d bytes, schema %d); the newest %d are kept",
        backup.path,
        backup.size,
        backup.schema_version,
        backups.keep,
    )
    return backup


async def queue_monthly_reports(services: Services, sender: OutboxSender) -> int:
    """Last month's monitoring report to every admin's private chat, through the outbox (made
    when sent, so a 429, a 5xx or a restart only delays it); never twice for a month."""
    queued = await services.reports.queue_monthly(services.requests.staff_chats)
    if queued:
        sender.wake()
    return queued


async def escalate_overdue_requests(services: Services, sender: OutboxSender) -> int:
    """Requests without an operator's answer by their deadline: staff told, once each."""
    escalated = await services.escalations.escalate_overdue()
    if escalated:
        sender.wake()
    return escalated
