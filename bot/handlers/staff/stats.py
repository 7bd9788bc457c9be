"""/stats: requests of this staff chat (/stats all: of every chat, for ADMIN_IDS) by status,
category and city; median time to first answer; rating; requests transferred to other teams'
chats and from them; per operator, how many they hold (of
them still open, and urgent). For the last 7 days and all time, or with two dates
(/stats 2026-11-01 2026-11-30, Moscow days, both included) for that period. Then one PNG:
requests per week by topic over the last 12 weeks and the median time to the first answer, its
texts in the language of whoever asked; drawn after the figures went out, from a task of its
own (a restart in between loses the chart, not the figures)."""

from __future__ import annotations

import asyncio
import html
import logging
from datetime import datetime, time, timedelta

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message

from bot.db.clock import utc_now
from bot.handlers.bursts import BurstReplies
from bot.handlers.staff.access import chat_scope, is_operator
from bot.handlers.staff.export import parse_range
from bot.i18n import I18n, Translator
from bot.local_time import MOSCOW, moscow_date
from bot.safe_log import describe_exception
from bot.services.charts import render_weekly_png
from bot.services.report import ReportService
from bot.services.request_stats import PeriodStats, RequestStatsService
from bot.services.staff import StaffService
from bot.services.topics import city_name

log = logging.getLogger(__name__)
HOLDERS_SHOWN = 20


def router() -> Router:
    router = Router(name="staff_stats")
    router.message.register(on_stats, Command("stats"), is_operator)
    return router


async def on_stats(
    message: Message,
    *,
    command: CommandObject,
    staff_t: Translator,
    i18n: I18n,
    request_stats: RequestStatsService,
    reports: ReportService,
    staff: StaffService,
    bursts: BurstReplies,
) -> None:
    scope = await chat_scope(message, (command.args or "").split(), staff_t, staff)
    if scope is None:
        return
    chat_id, args = scope
    figures = await figure_lines(staff_t, args, chat_id, request_stats, staff)
    if figures is None:
        await message.reply(staff_t("staff-stats-usage"))
        return
    await message.reply("\n".join([staff_t("staff-stats-title"), "", *figures]))

    async def send_chart(_notes: list[str]) -> None:
        await _send_chart(message, chat_id, i18n, reports)

    # Drawing takes ~0.5 s of CPU: the figures are read at once, the chart follows.
    bursts.follow_up(message.chat.id, send_chart)


async def figure_lines(
    t: Translator,
    args: list[str],
    chat_id: int | None,
    request_stats: RequestStatsService,
    staff: StaffService,
) -> list[str] | None:
    """The last 7 days and all time, or the period two dates name; None: not two dates."""
    if not args:
        week, overall = await request_stats.week_and_all(chat_id=chat_id)
        return [
            *period_lines(t, t("staff-stats-period-week"), week),
            *await holder_lines(t, week, staff),
            "",
            *period_lines(t, t("staff-stats-period-all"), overall),
            *await holder_lines(t, overall, staff),
        ]
    days = parse_range(args, moscow_date(utc_now()))
    if days is None or len(args) != 2:
        return None
    first, last = days
    start = datetime.combine(first, time(), tzinfo=MOSCOW)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=MOSCOW)
    stats = await request_stats.period(start, chat_id, until=end)
    title = t("staff-stats-period-days", to=last.isoformat(), **{"from": first.isoformat()})
    return [*period_lines(t, title, stats), *await holder_lines(t, stats, staff)]


async def _send_chart(
    message: Message, chat_id: int | None, i18n: I18n, reports: ReportService
) -> None:
    """The figures went out above: a chart that cannot be drawn is logged, not an error."""
    reader = message.from_user
    locale = await reports.locale_of(reader.id, reader.language_code) if reader else None
    t = i18n.get(locale)
    try:
        weekly = await reports.weekly(chat_id)
        png = await asyncio.to_thread(render_weekly_png, weekly, t)
    except Exception as error:
        log.error("the /stats chart was not drawn: %s", describe_exception(error))
        return
    await message.reply_photo(
        BufferedInputFile(png, "stats.png"), caption=t("staff-chart-caption")
    )


async def holder_lines(t: Translator, stats: PeriodStats, staff: StaffService) -> list[str]:
    """Per operator: requests of the period they hold, of them open, and urgent."""
    if not stats.by_holder:
        return []
    lines = [t("staff-stats-holders-title")]
    for holder in stats.by_holder[:HOLDERS_SHOWN]:
        if holder.assignee_id is None:
            who = t("staff-queue-unassigned")
        else:
            who = html.escape(await staff.label(holder.assignee_id))
        lines.append(
            t(
                "staff-stats-holder",
                name=who,
                count=holder.total,
                open=holder.open,
                urgent=holder.urgent,
            )
        )
    return lines


def period_lines(t: Translator, title: str, stats: PeriodStats) -> list[str]:
    def listing(pairs: list[tuple[str, int]], name: str) -> str:
        return ", ".join(f"{name_of(name, key)}: {count}" for key, count in pairs) or "—"

    def name_of(kind: str, key: str) -> str:
        if kind == "status":
            return t(f"request-status-{key}")
        if kind == "category":
            return t(f"request-category-{key}")
        return html.escape(city_name(t, key))

    lines = [
        title,
        t("staff-stats-total", count=stats.total),
        t("staff-stats-by-status", list=listing(stats.by_status, "status")),
        t("staff-stats-by-category", list=listing(stats.by_category, "category")),
        t("staff-stats-by-city", list=listing(stats.by_city, "city")),
    ]
    if stats.median_response_seconds is None:
        lines.append(t("staff-stats-no-answers"))
    else:
        lines.append(t("staff-stats-median", time=duration(t, stats.median_response_seconds)))
    if stats.average_rating is not None:
        lines.append(
            t("staff-stats-rating", rating=f"{stats.average_rating:.1f}", count=stats.rated)
        )
    if stats.transfers.out or stats.transfers.into:
        lines.append(
            t("staff-stats-transfers", out=stats.transfers.out, into=stats.transfers.into)
        )
    return lines


def duration(t: Translator, seconds: int) -> str:
    """ "2 d 4 h", "3 h 5 min" or "12 min", from the staff-age-* texts."""
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{t('staff-age-days', count=days)} {t('staff-age-hours', count=hours)}"
    if hours:
        return f"{t('staff-age-hours', count=hours)} {t('staff-age-minutes', count=minutes)}"
    return t("staff-age-minutes", count=minutes)
