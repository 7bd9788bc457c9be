"""/queue: open requests of this staff chat (/queue all: of every chat, for ADMIN_IDS), urgent
first then the oldest, each linked to its topic."""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.db.clock import utc_now
from bot.db.requests import Request
from bot.handlers.staff.access import chat_scope, is_not_operator, is_operator
from bot.i18n import Translator
from bot.services.request_stats import RequestStatsService
from bot.services.staff import StaffService
from bot.services.topics import city_name

QUEUE_SHOWN = 30


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
    if scope is None:
        return
    shown, total = await request_stats.queue(QUEUE_SHOWN, scope[0])
    await message.reply(queue_text(staff_t, shown, total, utc_now()))


def queue_text(t: Translator, shown: list[Request], total: int, now: datetime) -> str:
    if not shown:
        return t("staff-queue-empty")
    lines = [t("staff-queue-title", count=total), ""]
    lines += [queue_line(t, request, now) for request in shown]
    if total > len(shown):
        lines.append(t("staff-queue-more", count=total - len(shown)))
    return "\n".join(lines)


def queue_line(t: Translator, request: Request, now: datetime) -> str:
    return t(
        "staff-queue-item",
        urgent="🔴 " if request.urgent else "",
        link=request_link(request),
        category=t(f"request-category-{request.category}"),
        city=html.escape(city_name(t, request.city)),
        status=t(f"request-status-{request.status}"),
        assignee=str(request.assignee_id) if request.assignee_id else t("staff-queue-unassigned"),
        age=age(t, now - request.created_at),
    )


def request_link(request: Request) -> str:
    """№12 as a link to the request's topic (or its card in a plain group)."""
    target = request.topic_id or request.card_message_id
    label = f"№{request.id}"
    chat = str(request.staff_chat_id)
    if target is None or not chat.startswith("-100"):
        return label
    return f'<a href="https://t.me/c/{chat[4:]}/{target}">{label}</a>'


def age(t: Translator, elapsed: timedelta) -> str:
    seconds = int(elapsed.total_seconds())
    if seconds < 3600:
        return t("staff-age-minutes", count=max(seconds // 60, 0))
    if seconds < 86400:
        return t("staff-age-hours", count=seconds // 3600)
    return t("staff-age-days", count=seconds // 86400)
