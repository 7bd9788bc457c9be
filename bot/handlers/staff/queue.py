"""/queue: open requests of this staff chat (/queue all: of every chat, for ADMIN_IDS), urgent
first then the oldest, each linked to its topic, and how many each operator holds (open and
urgent). /queue mine: only the requests the operator who asks holds."""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.db.clock import utc_now
from bot.db.requests import HolderCount, Request
from bot.handlers.staff.access import chat_scope, is_not_operator, is_operator
from bot.i18n import Translator
from bot.services.request_stats import RequestStatsService
from bot.services.staff import StaffService
from bot.services.topics import city_name, holder_label, request_link

QUEUE_SHOWN = 30
HOLDERS_SHOWN = 30
MINE = "mine"


def router() -> Router:
    router = Router(name="staff_queue")
    router.message.register(on_queue, Command("queue"), is_operator)
    router.message.register(
        on_not_allowed, Command("queue", "stats", "export", "report", "templates"), is_not_operator
    )
    return router


async def on_not_allowed(message: Message, staff_t: Translator) -> None:
    await message.reply(staff_t("staff-not-allowed"))


async def on_queue(
    message: Message,
    command: CommandObject,
    staff_t: Translator,
    request_stats: RequestStatsService,
    staff: StaffService,
) -> None:
    scope = await chat_scope(message, (command.args or "").split(), staff_t, staff)
    if scope is None or message.from_user is None:
        return
    chat_id, args = scope
    if [arg.lower() for arg in args] not in ([], [MINE]):
        await message.reply(staff_t("staff-queue-usage"))
        return
    now = utc_now()
    if args:  # mine
        me = message.from_user.id
        shown, total = await request_stats.queue(QUEUE_SHOWN, chat_id, assignee_id=me)
        mine = [h for h in await request_stats.holders(chat_id) if h.assignee_id == me]
        urgent = mine[0].urgent if mine else 0
        names = await _names(staff, shown)
        await message.reply(mine_text(staff_t, shown, total, names, now, urgent=urgent))
        return
    shown, total = await request_stats.queue(QUEUE_SHOWN, chat_id)
    holders = await request_stats.holders(chat_id)
    names = await _names(staff, shown, holders)
    await message.reply(queue_text(staff_t, shown, total, names, now, holders=holders))


async def _names(
    staff: StaffService, shown: list[Request], holders: list[HolderCount] | None = None
) -> dict[int, str]:
    ids = {r.assignee_id for r in shown} | {h.assignee_id for h in holders or []}
    return {i: await staff.label(i) for i in ids if i is not None}


def queue_text(
    t: Translator,
    shown: list[Request],
    total: int,
    names: dict[int, str],
    now: datetime,
    *,
    holders: list[HolderCount] | None = None,
) -> str:
    if not shown:
        return t("staff-queue-empty")
    lines = [t("staff-queue-title", count=total), ""]
    lines += [queue_line(t, request, names, now) for request in shown]
    if total > len(shown):
        lines.append(t("staff-queue-more", count=total - len(shown)))
    if holders:
        lines += ["", t("staff-queue-holders-title")]
        lines += [holder_line(t, holder, names) for holder in holders[:HOLDERS_SHOWN]]
    return "\n".join(lines)


def mine_text(
    t: Translator,
    shown: list[Request],
    total: int,
    names: dict[int, str],
    now: datetime,
    *,
    urgent: int,
) -> str:
    if not shown:
        return t("staff-queue-mine-empty")
    lines = [t("staff-queue-mine-title", count=total, urgent=urgent), ""]
    lines += [queue_line(t, request, names, now) for request in shown]
    if total > len(shown):
        lines.append(t("staff-queue-more", count=total - len(shown)))
    return "\n".join(lines)


def holder_line(t: Translator, holder: HolderCount, names: dict[int, str]) -> str:
    """One operator's open requests, and how many of them are urgent."""
    if holder.assignee_id is None:
        who = t("staff-queue-unassigned")
    else:
        who = html.escape(names.get(holder.assignee_id, f"id {holder.assignee_id}"))
    return t("staff-queue-holder", name=who, open=holder.open, urgent=holder.urgent)


def queue_line(t: Translator, request: Request, names: dict[int, str], now: datetime) -> str:
    holder = (
        html.escape(holder_label(request, names.get(request.assignee_id)))
        if request.assignee_id is not None
        else t("staff-queue-unassigned")
    )
    return t(
        "staff-queue-item",
        urgent="🔴 " if request.urgent else "",
        link=request_link(request),
        category=t(f"request-category-{request.category}"),
        city=html.escape(city_name(t, request.city)),
        status=t(f"request-status-{request.status}"),
        assignee=holder,
        age=age(t, now - request.created_at),
    )


def age(t: Translator, elapsed: timedelta) -> str:
    seconds = int(elapsed.total_seconds())
    if seconds < 3600:
        return t("staff-age-minutes", count=max(seconds // 60, 0))
    if seconds < 86400:
        return t("staff-age-hours", count=seconds // 3600)
    return t("staff-age-days", count=seconds // 86400)
