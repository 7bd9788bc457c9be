"""My requests: the list (paged), one request's history, rating a closed one. Writing into
a request's thread is bot/handlers/request_thread.py."""

from __future__ import annotations

import html
import logging
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.requests import Request, RequestMessage
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import (
    MyRequests,
    MyRequestsAction,
    MyRequestsPage,
    RequestRate,
)
from bot.keyboards.menus import back_home
from bot.keyboards.request_menus import my_requests_menu, request_view_menu
from bot.local_time import moscow_date, moscow_short
from bot.services.requests import PAGE_SIZE, RequestError, RequestService
from bot.telegram.lengths import clip, telegram_length

log = logging.getLogger(__name__)

VIEW_LIMIT = 3900  # leaves room under Telegram's 4096 for the header
LINE_LIMIT = 600


def router() -> Router:
    router = Router(name="my_requests")
    router.message.register(on_command, Command("myrequests"))
    router.callback_query.register(on_list, MyRequests.filter(F.action == MyRequestsAction.LIST))
    router.callback_query.register(on_page, MyRequestsPage.filter())
    router.callback_query.register(on_open, MyRequests.filter(F.action == MyRequestsAction.OPEN))
    router.callback_query.register(on_rate, RequestRate.filter())
    return router


async def on_command(message: Message, t: Translator, requests: RequestService) -> None:
    if message.from_user is None:
        return
    text, markup = await list_screen(t, requests, message.from_user.id)
    await message.answer(text, reply_markup=markup)


async def on_list(callback: CallbackQuery, t: Translator, requests: RequestService) -> None:
    text, markup = await list_screen(t, requests, callback.from_user.id)
    await show_on_callback(callback, text, markup)


async def on_page(
    callback: CallbackQuery, callback_data: MyRequestsPage, t: Translator, requests: RequestService
) -> None:
    text, markup = await list_screen(t, requests, callback.from_user.id, callback_data)
    await show_on_callback(callback, text, markup)


async def list_screen(
    t: Translator, requests: RequestService, user_id: int, at: MyRequestsPage | None = None
) -> tuple[str, Any]:
    """A page of the user's requests (the newest without ``at``); "11–20 of 47" if several."""
    at = at or MyRequestsPage()
    page = await requests.page_for_user(
        user_id, older_than=at.older_than, newer_than=at.newer_than
    )
    if not page.requests:
        return t("request-list-empty"), my_requests_menu(t, page)
    text = t("request-list-title")
    if page.total > PAGE_SIZE:
        span = {"from": str(page.first), "to": str(page.last), "total": str(page.total)}
        text += "\n" + t("request-list-page", **span)
    return text, my_requests_menu(t, page)


async def on_open(
    callback: CallbackQuery,
    callback_data: MyRequests,
    *,
    callback_answer: CallbackAnswer,
    t: Translator,
    requests: RequestService,
) -> None:
    request = await requests.get_for_user(callback.from_user.id, callback_data.request_id)
    if request is None:  # not theirs, or erased: nothing about it is shown
        callback_answer.text, callback_answer.show_alert = t("request-not-found"), True
        return
    history = await requests.history(request)
    anchor = await requests.page_anchor_of(callback.from_user.id, request.id)
    markup = request_view_menu(t, request, anchor)
    await show_on_callback(callback, view_text(t, request, history), markup)


def view_text(t: Translator, request: Request, history: list[RequestMessage]) -> str:
    header = [
        t(
            "request-view-title",
            number=request.id,
            category=t(f"request-category-{request.category}"),
        ),
        t(
            "request-view-status",
            status=t(f"request-status-{request.status}"),
            date=t.date(moscow_date(request.created_at)),
        ),
        "",
    ]
    lines: list[str] = []
    used = sum(map(telegram_length, header))
    for message in reversed(history):  # newest first until the message is full
        line = history_line(t, message)
        if used + telegram_length(line) > VIEW_LIMIT:
            lines.append("…")
            break
        lines.append(line)
        used += telegram_length(line) + 1
    if not lines:
        return "\n".join([*header, t("request-view-empty")])
    return "\n".join([*header, *reversed(lines), "", t("common-moscow-time")])


def history_line(t: Translator, message: RequestMessage) -> str:
    who = t("request-history-in") if message.direction == "in" else t("request-history-out")
    when = moscow_short(message.created_at)
    text = message.text or ""
    body = html.escape(clip(text, LINE_LIMIT))
    if telegram_length(text) > LINE_LIMIT:
        body += "…"
    if message.file_id or message.kind != "text":
        body = f"{t('request-history-file')} {body}".strip()
    return f"<b>{who}</b> ({when}): {body}"


async def on_rate(
    callback: CallbackQuery,
    callback_data: RequestRate,
    *,
    callback_answer: CallbackAnswer,
    t: Translator,
    requests: RequestService,
) -> None:
    try:
        await requests.rate(callback.from_user.id, callback_data.request_id, callback_data.rating)
    except RequestError:
        callback_answer.text, callback_answer.show_alert = t("request-not-found"), True
        return
    await show_on_callback(callback, t("request-rated"), back_home(t))
