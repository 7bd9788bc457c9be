"""APScheduler jobs. The database is the source of truth: a job that runs twice, late or not
at all (the process was down) does no harm and catches up on its next run."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.db.backup import Backup, backup_due, take_backup
from bot.db.clock import utc_now
from bot.fsm_storage import SQLiteStorage
from bot.local_time import MOSCOW
from bot.safe_log import describe_exception
from bot.services.appointments import KEEP_DAYS, AppointmentService
from bot.services.container import Services
from bot.services.deadlines import DeadlineService
from bot.services.escalations import EscalationService
from bot.services.events import EventService
from bot.services.outbox import OutboxSender
from bot.services.report import MONTHLY_DAY, MONTHLY_HOUR, ReportService
from bot.services.requests import RequestService

log = logging.getLogger(__name__)

PURGE_INTERVAL_HOURS = 6
PAGE_VIEWS_FLUSH_SECONDS = 60
DEADLINES_INTERVAL_MINUTES = 15
EVENTS_INTERVAL_SECONDS = 60
RETENTION_INTERVAL_HOURS = 6
BACKUP_CHECK_INTERVAL_MINUTES = 60
BACKUP_EVERY = timedelta(hours=24)
ESCALATION_INTERVAL_SECONDS = 60


def guarded(
    job: Callable[..., Awaitable[Any]], name: str | None = None
) -> Callable[..., Awaitable[Any]]:
    """A job that fails is logged with its name, type and place (never its message, which may
    carry what a user wrote) and runs again at its next time; APScheduler would log the
    message."""
    name = name or getattr(job, "__name__", "job")

    @functools.wraps(job)
    async def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return await job(*args, **kwargs)
        except Exception as error:
            log.error("job %s failed: %s", name, describe_exception(error))
            return None

    return run


@dataclass(frozen=True)
class DailyBackups:
    """BACKUP_DIR and BACKUP_KEEP, with the database they copy."""

    database: Path
    folder: Path
    keep: int


@dataclass(frozen=True)
class Job:
    """One row of the schedule: its id, when it runs, what it runs (a job function bound to
    the service it needs) and, if not one interval after start-up, when it first runs."""

    id: str
    when: BaseTrigger
    run: Callable[[], Awaitable[object]]
    first_run_after: timedelta | None = None


def every(**interval: int) -> IntervalTrigger:
    """An interval trigger (``every(seconds=60)``) on UTC, the scheduler's zone."""
    return IntervalTrigger(timezone=UTC, **interval)


def scheduled_jobs(
    services: Services,
    sender: OutboxSender,
    fsm_ttl_days: int,
    retention_days: int,
    backups: DailyBackups | None,
) -> list[Job]:
    """The schedule. Jobs that queue messages wake the outbox sender; the rows they queue are
    sent by it (429, 5xx and restarts included), never by the job."""
    jobs = [
        Job(
            "purge_stale_forms",
            every(hours=PURGE_INTERVAL_HOURS),
            functools.partial(purge_stale_forms, services.storage, fsm_ttl_days),
            first_run_after=timedelta(minutes=1),
        ),
        Job(
            "flush_page_views",
            every(seconds=PAGE_VIEWS_FLUSH_SECONDS),
            services.rights.flush_views,
        ),
        Job(
            "remind_deadlines",
            every(minutes=DEADLINES_INTERVAL_MINUTES),
            functools.partial(remind_deadlines, services.deadlines, sender),
            first_run_after=timedelta(seconds=30),
        ),
        Job(
            "remind_events",
            every(seconds=EVENTS_INTERVAL_SECONDS),
            functools.partial(remind_events, services.events, services.appointments, sender),
        ),
        Job(
            "anonymise_expired_requests",
            every(hours=RETENTION_INTERVAL_HOURS),
            functools.partial(anonymise_expired_requests, services.requests, retention_days),
            first_run_after=timedelta(minutes=2),
        ),
        Job(
            "forget_ended_appointments",
            every(hours=RETENTION_INTERVAL_HOURS),
            functools.partial(
                forget_ended_appointments, services.appointments, min(KEEP_DAYS, retention_days)
            ),
            first_run_after=timedelta(minutes=3),
        ),
        # At 09:00 Moscow time on the 1st, and once at start-up: a bot that was down at 09:00
        # catches up (queue_monthly knows whether it is due and what was queued already).
        Job(
            "monthly_reports",
            CronTrigger(day=MONTHLY_DAY, hour=MONTHLY_HOUR, minute=0, timezone=MOSCOW),
            functools.partial(queue_monthly_reports, services.reports, services.requests, sender),
            first_run_after=timedelta(minutes=1),
        ),
        Job(
            "escalate_overdue_requests",
            every(seconds=ESCALATION_INTERVAL_SECONDS),
            functools.partial(escalate_overdue_requests, services.escalations, sender),
        ),
    ]
    if backups is not None:
        # Checked every hour against the newest file in the folder, not at a fixed time: a bot
        # restarted often, or down at that time, still backs up once a day.
        jobs.append(
            Job(
                "daily_backup",
                every(minutes=BACKUP_CHECK_INTERVAL_MINUTES),
                functools.partial(back_up_if_due, backups),
                first_run_after=timedelta(minutes=5),
            )
        )
    return jobs


def build_scheduler(
    services: Services,
    sender: OutboxSender,
    fsm_ttl_days: int,
    retention_days: int = 365,
    backups: DailyBackups | None = None,
) -> AsyncIOScheduler:
    """Every job of :func:`scheduled_jobs`, guarded; a run missed by up to an hour (a busy or
    suspended process) still happens, once, never two at a time."""
    scheduler = AsyncIOScheduler(timezone="UTC")
    for job in scheduled_jobs(services, sender, fsm_ttl_days, retention_days, backups):
        first_run: dict[str, datetime] = {}
        if job.first_run_after is not None:
            first_run["next_run_time"] = utc_now() + job.first_run_after
        scheduler.add_job(
            guarded(job.run, name=job.id),
            job.when,
            id=job.id,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=3600,
            **first_run,
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


async def remind_events(
    events: EventService, appointments: AppointmentService, sender: OutboxSender
) -> int:
    """Queue event reminders now due, and appointments' (each naming the person's own time);
    each recorded, so never sent twice."""
    now = utc_now()
    queued = await events.send_due_reminders(now)
    queued += await appointments.send_due_reminders(now)
    if queued:
        log.info("queued %d event reminder(s)", queued)
        sender.wake()
    return queued


async def anonymise_expired_requests(requests: RequestService, retention_days: int) -> int:
    """Closed requests older than RETENTION_DAYS lose their texts, phone and files (and their
    copies in the staff chat); counts stay. Works in batches: the next run takes the rest."""
    count = await requests.anonymise_expired(retention_days)
    if count:
        log.info("anonymised %d request(s) past the retention period", count)
    return count


async def forget_ended_appointments(appointments: AppointmentService, keep_days: int) -> int:
    """Receptions over for ``keep_days`` (30, or RETENTION_DAYS if shorter): the matters,
    names and links to the people of their appointments are erased."""
    count = await appointments.forget_ended(keep_days)
    if count:
        log.info("forgot %d appointment(s) of past receptions", count)
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


async def queue_monthly_reports(
    reports: ReportService, requests: RequestService, sender: OutboxSender
) -> int:
    """Last month's monitoring report to every admin's private chat, through the outbox (made
    when sent, so a 429, a 5xx or a restart only delays it); never twice for a month."""
    queued = await reports.queue_monthly(requests.staff_chats)
    if queued:
        sender.wake()
    return queued


async def escalate_overdue_requests(escalations: EscalationService, sender: OutboxSender) -> int:
    """Requests without an operator's answer by their deadline: staff told, once each."""
    escalated = await escalations.escalate_overdue()
    if escalated:
        sender.wake()
    return escalated
