"""The real APScheduler runs the jobs: deadline reminders reach the outbox and wake the sender."""

import asyncio
from datetime import timedelta
from pathlib import Path

from bot.app import build_bot, open_services
from bot.config import load_settings
from bot.db.clock import utc_now
from bot.scheduler import build_scheduler
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
