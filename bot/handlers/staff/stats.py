"""/stats: requests of this staff chat (/stats all: of every chat, for ADMIN_IDS) by status,
category and city; median time to first answer; rating. Then one PNG: requests per week by
topic over the last 12 weeks and the median time to the first answer, its texts in the
language of whoever asked."""

from __future__ import annotations

import asyncio
import html
import logging

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message

from bot.handlers.staff.access import chat_scope, is_operator
from bot.i18n import I18n, Translator
from bot.safe_log import describe_exception
from bot.services.charts import render_weekly_png
from bot.services.report import ReportService
from bot.services.request_stats import PeriodStats, RequestStatsService
from bot.services.staff import StaffService
from bot.services.topics import city_name

log = logging.getLogger(__name__)


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
) -> None:
    scope = await chat_scope(message, (command.args or "").split(), staff_t, staff)
    if scope is None:
        return
    week, overall = await request_stats.week_and_all(chat_id=scope[0])
    lines = [staff_t("staff-stats-title"), ""]
    lines += period_lines(staff_t, staff_t("staff-stats-period-week"), week)
    lines.append("")
    lines += period_lines(staff_t, staff_t("staff-stats-period-all"), overall)
    await message.reply("\n".join(lines))
    await _send_chart(message, scope[0], i18n, reports)


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
