"""/stats: requests of this staff chat (/stats all: of every chat, for ADMIN_IDS) by status,
category and city; median time to first answer; rating."""

from __future__ import annotations

import html

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.handlers.staff.access import chat_scope, is_operator
from bot.i18n import Translator
from bot.services.request_stats import PeriodStats, RequestStatsService
from bot.services.staff import StaffService
from bot.services.topics import city_name


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
    week, overall = await request_stats.week_and_all(chat_id=scope[0])
    lines = [staff_t("staff-stats-title"), ""]
    lines += period_lines(staff_t, staff_t("staff-stats-period-week"), week)
    lines.append("")
    lines += period_lines(staff_t, staff_t("staff-stats-period-all"), overall)
    await message.reply("\n".join(lines))


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
