"""The real APScheduler runs the jobs: deadline reminders reach the outbox and wake the sender."""

import asyncio
import logging
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.app import build_bot, open_services
from bot.config import load_settings
from bot.db import clock
from bot.db.backup import backups_of
from bot.db.clock import utc_now
from bot.db.migrate import latest_version
from bot.scheduler import DailyBackups, back_up_if_due, build_scheduler
from bot.services.deadlines import today_in_russia
from bot.services.outbox import OutboxSender
from fake_telegram import FakeTelegram, RecordingSession
from tests.conftest import TEST_TOKEN


async def test_scheduled_jobs_run_and_queue_reminders(tmp_path: Path) -> None:
    settings = load_settings(
        {"BOT_TOKEN": TEST_TOKEN, "DATABASE_PATH": str(tmp_path / "s.sqlite3")}
    )
    services = await open_services(settings)
    bot = build_bot(settings, session=RecordingSession(FakeTelegram(token=TEST_TOKEN)))
    sender = OutboxSender(services.db, bot, services.users)
    await services.users.set_locale(42, "ru")
    entry = today_in_russia(utc_now()) - timedelta(days=29)  # today is the last day
    await services.deadlines.set_date(42, "entry_date", entry)

    scheduler = build_scheduler(services, sender, settings.fsm_ttl_days)
    assert {job.id for job in scheduler.get_jobs()} == {
        "purge_stale_forms",
        "flush_page_views",
        "remind_deadlines",
        "remind_events",
        "anonymise_expired_requests",
        "forget_ended_appointments",
        "monthly_reports",
        "escalate_overdue_requests",
    }
    escalation = scheduler.get_job("escalate_overdue_requests")
    assert escalation is not None and escalation.trigger.interval == timedelta(minutes=1)
    scheduler.start()
    try:
        scheduler.modify_job("remind_deadlines", next_run_time=utc_now())
        for _ in range(100):
            counts = await sender.outbox.count_by_status()
            if counts.get("pending") == 2:
                break
            await asyncio.sleep(0.05)
        assert counts == {"pending": 2}, "registration and medical: last day today"
    finally:
        scheduler.shutdown(wait=False)
        await services.db.close()
        await bot.session.close()


async def test_the_daily_backup_runs_once_a_day_whatever_the_restarts(tmp_path: Path) -> None:
    database = tmp_path / "data" / "helpdesk.sqlite3"
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN, "DATABASE_PATH": str(database)})
    services = await open_services(settings)
    await services.users.set_locale(42, "ru")
    bot = build_bot(settings, session=RecordingSession(FakeTelegram(token=TEST_TOKEN)))
    sender = OutboxSender(services.db, bot, services.users)
    backups = DailyBackups(database, tmp_path / "backups", keep=2)
    scheduler = build_scheduler(services, sender, settings.fsm_ttl_days, backups=backups)
    try:
        assert "daily_backup" in {job.id for job in scheduler.get_jobs()}
        first = await back_up_if_due(backups)
        assert first is not None and first.schema_version == latest_version()
        assert await back_up_if_due(backups) is None, "one a day, not one per check"
        clock.advance(timedelta(hours=23))
        assert await back_up_if_due(backups) is None
        for _ in range(3):
            clock.advance(timedelta(hours=1, minutes=1))
            assert await back_up_if_due(backups) is not None
            clock.advance(timedelta(hours=23))
        names = [path.name for _, path in backups_of(backups.folder, database)]
        assert len(names) == 2, "BACKUP_KEEP newest kept"
        with sqlite3.connect(backups.folder / names[0]) as conn:
            assert conn.execute("SELECT id FROM users").fetchall() == [(42,)]
    finally:
        clock.reset()
        await services.db.close()
        await bot.session.close()


def test_no_backup_job_without_backup_dir(tmp_path: Path) -> None:
    assert load_settings({"BOT_TOKEN": TEST_TOKEN}).backup_dir is None
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN, "BACKUP_DIR": str(tmp_path)})
    assert (settings.backup_dir, settings.backup_keep) == (tmp_path, 14)


async def test_the_schedule_keeps_its_times_and_every_job_survives_a_failure(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "s.sqlite3"
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN, "DATABASE_PATH": str(database)})
    services = await open_services(settings)
    bot = build_bot(settings, session=RecordingSession(FakeTelegram(token=TEST_TOKEN)))
    sender = OutboxSender(services.db, bot, services.users)
    backups = DailyBackups(database, tmp_path / "backups", keep=2)
    scheduler = build_scheduler(services, sender, settings.fsm_ttl_days, backups=backups)
    intervals = {
        job.id: job.trigger.interval
        for job in scheduler.get_jobs()
        if isinstance(job.trigger, IntervalTrigger)
    }
    assert intervals == {
        "purge_stale_forms": timedelta(hours=6),
        "flush_page_views": timedelta(seconds=60),
        "remind_deadlines": timedelta(minutes=15),
        "remind_events": timedelta(seconds=60),
        "anonymise_expired_requests": timedelta(hours=6),
        "forget_ended_appointments": timedelta(hours=6),
        "daily_backup": timedelta(minutes=60),
        "escalate_overdue_requests": timedelta(seconds=60),
    }
    monthly = scheduler.get_job("monthly_reports")
    assert monthly is not None and isinstance(monthly.trigger, CronTrigger)
    scheduler.start(paused=True)  # next run times are set on start
    jobs = scheduler.get_jobs()
    first_runs = {job.id: job.next_run_time - utc_now() for job in jobs}
    scheduler.shutdown(wait=False)
    assert timedelta(seconds=25) < first_runs["remind_deadlines"] <= timedelta(seconds=30)
    assert timedelta(minutes=4) < first_runs["daily_backup"] <= timedelta(minutes=5)
    assert timedelta(minutes=2) < first_runs["forget_ended_appointments"] <= timedelta(minutes=3)
    assert timedelta(seconds=55) < first_runs["escalate_overdue_requests"] <= timedelta(minutes=1)

    await services.db.close()  # every job that touches the database now fails
    await bot.session.close()
    with caplog.at_level(logging.ERROR):
        for job in jobs:
            await job.func(*job.args, **job.kwargs)  # raises if a job is not guarded
    failed = {r.getMessage().split()[1] for r in caplog.records if "failed" in r.getMessage()}
    assert failed >= {
        "purge_stale_forms",
        "remind_events",
        "escalate_overdue_requests",
        "forget_ended_appointments",
    }
