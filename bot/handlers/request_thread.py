"""Writing into a request's thread from the private chat.

While a request is open, anything the migrant writes outside a menu (no form in progress, not
a command) goes into that request's topic. With more than one open request the bot asks
which one, once for everything written until they answer (an album included); the choice is
remembered for the next messages; "Write to this request" (My requests) chooses in advance.
"""

from __future__ import annotations

import logging
from typing import Any

from aiogram import F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, ReactionTypeEmoji
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.requests import Request
from bot.handlers.filters import is_not_command
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import MyRequests, MyRequestsAction, ThreadChoice
from bot.keyboards.menus import back_home
from bot.keyboards.request_menus import thread_choice_menu
from bot.services.relay import Content, content_of
from bot.services.requests import RequestError, RequestService

log = logging.getLogger(__name__)

RELAYED = "👍"
MAX_PENDING = 20  # messages kept while "which request?" waits for an answer (an album is ≤ 10)


def router() -> Router:
    router = Router(name="request_thread")
    router.callback_query.register(on_write, MyRequests.filter(F.action == MyRequestsAction.WRITE))
    router.callback_query.register(on_thread_choice, ThreadChoice.filter())
    router.message.register(
        on_thread_message,
        StateFilter(None),
        is_not_command,
        has_open_requests,
        flags={"content": True},
    )
    return router


async def on_write(
    callback: CallbackQuery,
    callback_data: MyRequests,
    *,
    callback_answer: CallbackAnswer,
    state: FSMContext,
    t: Translator,
    requests: RequestService,
) -> None:
    request = await requests.get_for_user(callback.from_user.id, callback_data.request_id)
    if request is None or not request.is_open:
        callback_answer.text, callback_answer.show_alert = t("request-closed"), True
        return
    await state.update_data(thread_request=request.id)
    await show_on_callback(callback, t("request-write-hint", number=request.id), back_home(t))


async def has_open_requests(
    message: Message, requests: RequestService
) -> dict[str, list[Request]] | bool:
    """Passes the user's open requests to the handler; without any, the fallback answers."""
    if message.from_user is None:
        return False
    open_requests = await requests.open_for_user(message.from_user.id)
    return {"open_requests": open_requests} if open_requests else False


async def on_thread_message(
    message: Message,
    state: FSMContext,
    t: Translator,
    requests: RequestService,
    open_requests: list[Request],
) -> None:
    """Outside any menu: into the open request's thread. With several open and none chosen,
    the message waits with everything else written since the question (up to MAX_PENDING);
    an album (one media_group_id) is asked about once."""
    chosen = await _remembered(state, open_requests)
    if chosen is None and len(open_requests) == 1:
        chosen = open_requests[0]
    if chosen is None:
        pending = _pending_messages(await state.get_data())
        asked = message.media_group_id is not None and any(
            item.get("group") == message.media_group_id for item in pending
        )
        await state.update_data(pending=[*pending, _pending(message)][-MAX_PENDING:])
        if not asked:
            markup = thread_choice_menu(t, open_requests, message.message_id)
            await message.reply(t("request-choose"), reply_markup=markup)
        return
    try:
        await _relay(
            message.message_id, content_of(message), _replied_to(message), chosen, requests
        )
    except RequestError as error:  # closed or erased since it was read
        await message.answer(t(error.text_id), reply_markup=back_home(t))
        return
    await _confirm(message)


async def on_thread_choice(
    callback: CallbackQuery,
    *,
    callback_data: ThreadChoice,
    state: FSMContext,
    t: Translator,
    requests: RequestService,
    pressed_before: bool = False,
) -> None:
    if pressed_before:  # a double tap: the message went on the first time
        return
    request = await requests.get_for_user(callback.from_user.id, callback_data.request_id)
    pending = _pending_messages(await state.get_data())
    asked_about = {item.get("id") for item in pending}
    if request is None or not request.is_open or callback_data.message_id not in asked_about:
        await show_on_callback(callback, t("request-relay-failed"), back_home(t))
        return
    try:
        for item in pending:
            content = Content(item["kind"], item.get("text"), item.get("file_id"))
            await _relay(int(item["id"]), content, item.get("reply_to"), request, requests)
    except RequestError as error:
        await show_on_callback(callback, t(error.text_id), back_home(t))
        return
    await state.update_data(pending=None, thread_request=request.id)
    await show_on_callback(callback, t("request-write-hint", number=request.id), back_home(t))


async def _remembered(state: FSMContext, open_requests: list[Request]) -> Request | None:
    chosen_id = (await state.get_data()).get("thread_request")
    return next((r for r in open_requests if r.id == chosen_id), None)


def _pending_messages(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Messages waiting for "which request?"; a single dict is how an older version kept one."""
    pending = data.get("pending") or []
    return [pending] if isinstance(pending, dict) else list(pending)


async def edit_pending(state: FSMContext, message: Message) -> bool:
    """A message waiting for "which request?" was edited: it waits as it is now (its copy
    will be made from the edited message anyway). False if it is not waiting."""
    pending = _pending_messages(await state.get_data())
    if not any(item.get("id") == message.message_id for item in pending):
        return False
    edited = _pending(message)
    replaced = [
        {**edited, "reply_to": item.get("reply_to"), "group": item.get("group")}
        if item.get("id") == message.message_id
        else item
        for item in pending
    ]
    await state.update_data(pending=replaced)
    return True


def _pending(message: Message) -> dict[str, Any]:
    content = content_of(message)
    return {
        "id": message.message_id,
        "kind": content.kind,
        "text": content.text,
        "file_id": content.file_id,
        "reply_to": _replied_to(message),
        "group": message.media_group_id,
    }


def _replied_to(message: Message) -> int | None:
    return message.reply_to_message.message_id if message.reply_to_message else None


async def _relay(
    message_id: int,
    content: Content,
    replied_to: int | None,
    request: Request,
    requests: RequestService,
) -> None:
    await requests.relay_from_user(request, message_id, content, replied_to)


async def _confirm(message: Message) -> None:
    """A quiet 👍 on the message: stored, on its way to the operators. Only a courtesy: if
    Telegram refuses the reaction, the message is still relayed."""
    try:
        await message.react([ReactionTypeEmoji(emoji=RELAYED)])
    except TelegramAPIError as error:
        log.info("no reaction on a relayed message: %s", error.message)
