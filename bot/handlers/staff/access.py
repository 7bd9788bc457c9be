"""Who may act in the staff chat, and how to find the request a message belongs to."""

from __future__ import annotations

from aiogram.types import CallbackQuery, Message

from bot.db.requests import Request
from bot.i18n import Translator
from bot.services.requests import RequestService
from bot.services.staff import StaffService


async def in_staff_chat(event: Message | CallbackQuery, requests: RequestService) -> bool:
    message = event.message if isinstance(event, CallbackQuery) else event
    return message is not None and message.chat.id in requests.staff_chats


async def is_operator(event: Message | CallbackQuery, staff: StaffService) -> bool:
    """Operators and admins: anyone else in the group can neither answer nor press."""
    return event.from_user is not None and await staff.is_operator(event.from_user.id)


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
    request_id: int,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
) -> Request | None:
    """The request a staff button names, if an operator pressed it in that request's own chat
    (callback data alone grants nothing); otherwise the presser is told why, and None."""
    if not await staff.is_operator(callback.from_user.id):
        await callback.answer(staff_t("staff-not-allowed"), show_alert=True)
        return None
    request = await requests.get(request_id)
    chat_id = callback.message.chat.id if callback.message else None
    if request is None or request.staff_chat_id != chat_id:
        await callback.answer(staff_t("staff-request-unknown"), show_alert=True)
        return None
    return request
