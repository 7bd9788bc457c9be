"""The monitoring report: what migrants complained about in a period of months, as counts.

The office reports to parliament and to its partners. /report (admins) and the monthly job
make an XLSX of anonymous counts (bot/services/report_workbook.py): requests by topic and
month, by city, status, urgency, rating and language, and the median and 90th percentile of
the time to the first answer and to closing. No text, no request number, no person: counts from
1 to 4 are hidden and the totals protected (bot/services/report_suppression.py).

The monthly report is a 'file' row of the outbox (file_kind 'report') whose file_id names the
period and the scope; the workbook is made when the row is sent, so a 429, a 5xx or a restart
only delays it (the outbox keeps it and retries), and no spreadsheet sits in the database.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from aiogram import Bot
from aiogram.types import BufferedInputFile

from bot.content.cities import CITIES
from bot.content.request_categories import CATEGORIES
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxMessage, OutboxRepository
from bot.db.request_stats import RequestStatsRepository
from bot.db.staff import EVERY_STAFF_CHAT
from bot.db.users import UsersRepository
from bot.i18n import I18n, Translator
from bot.local_time import MOSCOW, moscow_date
from bot.services.report_figures import (
    EARLIEST_MONTH,
    Figures,
    Period,
    last_full_month,
    nearest_rank,
)
from bot.services.report_suppression import is_small
from bot.services.report_workbook import render_workbook
from bot.services.staff import StaffService
from bot.validation import parse_month

log = logging.getLogger(__name__)

REPORT_FILE_KIND = "report"  # outbox 'file' rows made when sent (see the module's docstring)
ALL_CHATS = "all"
MONTHLY_DAY, MONTHLY_HOUR = 1, 9  # the 1st of each month, 09:00 Moscow time
CATCH_UP_DAYS = 7  # a bot that was down at 09:00 on the 1st sends it when it is back, till the 7th
CHART_WEEKS = 12


@dataclass(frozen=True)
class WeeklyFigures:
    """The /stats chart: requests per week (Monday to Sunday, Moscow time) and topic, and the
    median time to the first answer of each week's requests (None: no answer yet)."""

    weeks: list[date]
    by_category: list[list[int]]  # [category][week]
    median_hours: list[float | None]


@dataclass(frozen=True)
class Report:
    xlsx: bytes
    file_name: str
    caption: str
    total: int


def scope_text(t: Translator, chat_id: int | None) -> str:
    if chat_id is None:
        return t("report-scope-all")
    return t("report-scope-chat", chat=str(chat_id))


class ReportService:
    def __init__(self, db: Database, i18n: I18n, staff: StaffService) -> None:
        self.db = db
        self.i18n = i18n
        self.staff = staff
        self.stats = RequestStatsRepository(db)
        self.users = UsersRepository(db)
        self.outbox = OutboxRepository(db)

    async def locale_of(self, user_id: int, language_code: str | None = None) -> str:
        """A staff member's language: the one they chose with the bot (or Telegram's, as the
        bot last saw it in their private chat), else the Telegram language of this update."""
        user = await self.users.get(user_id)
        stored = user.reach_locale if user else None
        return self.i18n.choose_locale(stored, language_code)

    async def figures(self, period: Period, chat_id: int | None) -> Figures:
        spans = period.spans
        groups = await self.stats.report_groups(spans, CITIES, chat_id)
        durations = await self.stats.report_durations(spans, chat_id)
        return Figures.count(period, groups, durations)

    async def build(
        self, period: Period, chat_id: int | None, locale: str, now: datetime | None = None
    ) -> Report:
        """The report's workbook in ``locale``; made in a thread (openpyxl is CPU work)."""
        figures = await self.figures(period, chat_id)
        t = self.i18n.get(locale)
        made_at = now or utc_now()
        xlsx = await asyncio.to_thread(
            render_workbook, figures, t, scope_text(t, chat_id), made_at
        )
        small = is_small(figures.total)
        shown_total = html.escape(t("report-cell-small")) if small else str(figures.total)
        caption = t(
            "report-caption",
            to=f"{period.last:%Y-%m}",
            count=shown_total,
            scope=scope_text(t, chat_id),
            **{"from": f"{period.first:%Y-%m}"},
        )
        name = f"report_{period.first:%Y-%m}_{period.last:%Y-%m}.xlsx"
        return Report(xlsx, name, caption, figures.total)

    async def weekly(self, chat_id: int | None, now: datetime | None = None) -> WeeklyFigures:
        """The last CHART_WEEKS weeks (Monday to Sunday, Moscow time), this one included."""
        today = moscow_date(now or utc_now())
        first = today - timedelta(days=today.weekday() + 7 * (CHART_WEEKS - 1))
        weeks = [first + timedelta(weeks=i) for i in range(CHART_WEEKS)]
        midnights = [
            datetime.combine(day, time(), tzinfo=MOSCOW)
            for day in [*weeks, weeks[-1] + timedelta(weeks=1)]
        ]
        spans = list(itertools.pairwise(midnights))
        counts = [[0] * CHART_WEEKS for _ in CATEGORIES]
        for group in await self.stats.report_groups(spans, CITIES, chat_id):
            category = group.category if group.category in CATEGORIES else "other"
            counts[CATEGORIES.index(category)][group.span] += group.count
        answers: list[list[int]] = [[] for _ in weeks]
        for times in await self.stats.report_durations(spans, chat_id):
            if times.response_seconds is not None:
                answers[times.span].append(times.response_seconds)
        medians = [
            round(nearest_rank(sorted(seconds), 0.5) / 3600, 2) if seconds else None
            for seconds in answers
        ]
        return WeeklyFigures(weeks, counts, medians)

    # --- the monthly report, through the outbox ------------------------------------------

    async def recipients(self, staff_chats: Iterable[int]) -> list[tuple[int, int | None]]:
        """(admin, scope) for the monthly report: ADMIN_IDS get every chat's requests, an
        admin of one staff chat that chat's (one given in every chat: each chat's)."""
        chats = sorted(staff_chats)
        wanted: set[tuple[int, int | None]] = {(admin, None) for admin in self.staff.admin_ids}
        for chat_id, user_id in await self.staff.given_admins():
            if user_id in self.staff.admin_ids:
                continue
            scopes = chats if chat_id == EVERY_STAFF_CHAT else [chat_id]
            wanted |= {(user_id, chat) for chat in scopes}
        return sorted(wanted, key=lambda pair: (pair[0], pair[1] or 0))

    async def queue_monthly(self, staff_chats: Iterable[int], now: datetime | None = None) -> int:
        """Queue last month's report for every admin who has not had it yet, from 09:00
        Moscow time on the 1st until the end of the CATCH_UP_DAYS-th day (a bot that was down
        at 09:00 catches up when it is back). One transaction; a second run queues nothing.
        Returns how many were queued."""
        moment = (now or utc_now()).astimezone(MOSCOW)
        due = datetime.combine(
            moment.date().replace(day=MONTHLY_DAY), time(MONTHLY_HOUR), tzinfo=MOSCOW
        )
        if not due <= moment < due + timedelta(days=CATCH_UP_DAYS):
            return 0
        period = last_full_month(moment.date())
        queued = 0
        async with self.db.transaction() as conn:
            already = await self.outbox.files_queued_since(conn, REPORT_FILE_KIND, due)
            for admin_id, chat_id in await self.recipients(staff_chats):
                spec = report_spec(period, chat_id)
                if (admin_id, spec) in already:
                    continue
                await self.outbox.add_file(
                    conn,
                    chat_id=admin_id,
                    file_kind=REPORT_FILE_KIND,
                    file_id=spec,
                    caption=None,
                    now=moment,
                )
                queued += 1
        if queued:
            log.info("queued %d monthly report(s) for %s", queued, period.spec)
        return queued

    async def send_queued(self, bot: Bot, row: OutboxMessage) -> int:
        """Make and send a queued report (the outbox calls this, and handles what Telegram
        answers); returns the sent message's id."""
        period, chat_id = parse_spec(row.file_id or "")
        user = await self.users.get(row.chat_id)
        locale = self.i18n.choose_locale(user.reach_locale if user else None, None)
        report = await self.build(period, chat_id, locale)
        sent = await bot.send_document(
            row.chat_id, BufferedInputFile(report.xlsx, report.file_name), caption=report.caption
        )
        return sent.message_id


def report_spec(period: Period, chat_id: int | None) -> str:
    """What a queued report row holds in file_id: "report:2026-05:2026-05:all"."""
    return f"{REPORT_FILE_KIND}:{period.spec}:{ALL_CHATS if chat_id is None else chat_id}"


def parse_spec(spec: str) -> tuple[Period, int | None]:
    kind, first, last, scope = spec.split(":")
    if kind != REPORT_FILE_KIND:
        raise ValueError("not a report")
    start = parse_month(first, EARLIEST_MONTH, date.max)
    end = parse_month(last, EARLIEST_MONTH, date.max)
    if start is None or end is None:
        raise ValueError("not a report period")
    return Period(start, end), None if scope == ALL_CHATS else int(scope)
