"""/stats: requests of this staff chat (/stats all: of every chat, for ADMIN_IDS) by status,
category and city; median time to first answer; rating; per operator, how many they hold (of
them still open, and urgent). For the last 7 days and all time, or with two dates
(/stats 2026-11-01 2026-11-30, Moscow days, both included) for that period."""

from __future__ import annotations

import html
from datetime import datetime, time, timedelta

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.db.clock import utc_now
from bot.handlers.staff.access import chat_scope, is_operator
from bot.handlers.staff.export import parse_range
from bot.i18n import Translator
from bot.local_time import MOSCOW, moscow_date
from bot.services.request_stats import PeriodStats, RequestStatsService
from bot.services.staff import StaffService
from bot.services.topics import city_name

HOLDERS_SHOWN = 20


def router() -> Router:
    router = Router(name="staff_stats")
    router.message.register(on_stats, Command("stats"), is_operator)
    return router


async def on_stats(
    message: Message,
    command: CommandObject,
    staff_t: Translator,
    request_stats: RequestStatsService,
    staff: StaffService,
) -> None:
    scope = await chat_scope(message, (command.args or "").split(), staff_t, staff)
    if scope is None:
        return
    chat_id, args = scope
    lines = [staff_t("staff-stats-title"), ""]
    if not args:
        week, overall = await request_stats.week_and_all(chat_id=chat_id)
        lines += period_lines(staff_t, staff_t("staff-stats-period-week"), week)
        lines += await holder_lines(staff_t, week, staff)
        lines.append("")
        lines += period_lines(staff_t, staff_t("staff-stats-period-all"), overall)
        lines += await holder_lines(staff_t, overall, staff)
        await message.reply("\n".join(lines))
        return
    days = parse_range(args, moscow_date(utc_now()))
    if days is None or len(args) != 2:
        await message.reply(staff_t("staff-stats-usage"))
        return
    first, last = days
    start = datetime.combine(first, time(), tzinfo=MOSCOW)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=MOSCOW)
    stats = await request_stats.period(start, chat_id, until=end)
    title = staff_t("staff-stats-period-days", to=last.isoformat(), **{"from": first.isoformat()})
    lines += period_lines(staff_t, title, stats)
    lines += await holder_lines(staff_t, stats, staff)
    await message.reply("\n".join(lines))


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
