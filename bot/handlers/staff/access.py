"""Who may act in the staff chat, and how to find the request a message belongs to."""

from __future__ import annotations

from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.requests import Request
from bot.i18n import Translator
from bot.services.requests import RequestService
from bot.services.staff import StaffService


async def in_staff_chat(event: Message | CallbackQuery, requests: RequestService) -> bool:
    message = event.message if isinstance(event, CallbackQuery) else event
    return message is not None and message.chat.id in requests.staff_chats


async def is_operator(event: Message | CallbackQuery, staff: StaffService) -> bool:
    """Operators and admins of this staff chat: anyone else in the group (an operator of
    another team's chat included) can neither answer nor press."""
    message = event.message if isinstance(event, CallbackQuery) else event
    if event.from_user is None or message is None:
        return False
    return await staff.is_operator(event.from_user.id, message.chat.id)


async def is_not_operator(event: Message | CallbackQuery, staff: StaffService) -> bool:
    return not await is_operator(event, staff)


async def request_of(message: Message, requests: RequestService) -> Request | None:
    """The request whose topic the message is in; in a plain group, the one whose card or
    relayed message it replies to."""
    if message.is_topic_message and message.message_thread_id is not None:
        return await requests.by_topic(message.chat.id, message.message_thread_id)
    replied = message.reply_to_message
    if replied is not None:
        return await requests.by_staff_message(message.chat.id, replied.message_id)
    return None


async def pressed_request(
    callback: CallbackQuery,
    callback_answer: CallbackAnswer,
    request_id: int,
    *,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
) -> Request | None:
    """The request a staff button names, if an operator pressed it in that request's own chat
    (callback data alone grants nothing); otherwise the press's answer says why, and None."""
    if not await is_operator(callback, staff):
        callback_answer.text, callback_answer.show_alert = staff_t("staff-not-allowed"), True
        return None
    request = await requests.get(request_id)
    chat_id = callback.message.chat.id if callback.message else None
    if request is None:
        callback_answer.text, callback_answer.show_alert = staff_t("staff-request-unknown"), True
        return None
    if request.staff_chat_id != chat_id:  # transferred to another team (or crafted data)
        callback_answer.text, callback_answer.show_alert = staff_t("staff-request-elsewhere"), True
        return None
    return request


ALL_CHATS = "all"


async def chat_scope(
    message: Message, args: list[str], staff_t: Translator, staff: StaffService
) -> tuple[int | None, list[str]] | None:
    """Which requests /queue, /stats and /export show: those routed to this staff chat, or
    with a first argument "all" (ADMIN_IDS only) every chat's; None if refused (the person
    was told). Returns the chat (None: all) and the remaining arguments."""
    if not args or args[0].lower() != ALL_CHATS:
        return message.chat.id, args
    if message.from_user is None or not staff.is_bot_admin(message.from_user.id):
        await message.reply(staff_t("staff-scope-all-not-allowed"))
        return None
    return None, args[1:]
