"""APScheduler jobs. The database is the source of truth: a job that runs twice, late or not
at all (the process was down) does no harm and catches up on its next run."""

from __future__ import annotations

import logging
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.fsm import FsmRepository

log = logging.getLogger(__name__)

PURGE_INTERVAL_HOURS = 6


def build_scheduler(db: Database, fsm_ttl_days: int) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_job(
        purge_stale_forms,
        "interval",
        hours=PURGE_INTERVAL_HOURS,
        kwargs={"db": db, "ttl_days": fsm_ttl_days},
        id="purge_stale_forms",
        next_run_time=utc_now() + timedelta(minutes=1),
        coalesce=True,
        max_instances=1,
        misfire_grace_time=3600,
    )
    return scheduler


async def purge_stale_forms(db: Database, ttl_days: int) -> int:
    """Forget half-filled forms untouched for ``ttl_days``: they may hold personal data."""
    cutoff = utc_now() - timedelta(days=ttl_days)
    async with db.transaction() as conn:
        removed = await FsmRepository(db).delete_older_than(conn, cutoff)
    if removed:
        log.info("purged %d stale form(s)", removed)
    return removed
