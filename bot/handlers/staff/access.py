"""Who may act in the staff chat, and how to find the request a message belongs to."""

from __future__ import annotations

from aiogram.types import CallbackQuery, Message

from bot.db.requests import Request
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
