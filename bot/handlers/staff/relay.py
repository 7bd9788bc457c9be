"""What an operator writes in a request's topic reaches the migrant (a copy: the operator's
name stays hidden). A message starting with "!" is an internal note: recorded, never sent."""

from __future__ import annotations

import contextlib

from aiogram import Router
from aiogram.enums import ContentType
from aiogram.exceptions import TelegramAPIError
from aiogram.types import Message, ReactionTypeEmoji

from bot.handlers.filters import is_not_command
from bot.handlers.staff.access import is_operator, request_of
from bot.i18n import Translator
from bot.services.requests import RequestError, RequestService
from bot.services.staff import StaffService
from bot.services.transfers import TransferService

NOTE_MARK = "!"
NOTED = "✍"
RELAYABLE = frozenset(
    {
        "text",
        "photo",
        "document",
        "voice",
        "video",
        "audio",
        "video_note",
        "animation",
        "sticker",
        "location",
        "contact",
    }
)


def router() -> Router:
    router = Router(name="staff_relay")
    router.message.register(on_staff_message, is_not_command, is_operator, is_relayable)
    router.message.register(on_not_operator, is_not_command, is_relayable)
    return router


async def is_relayable(message: Message) -> bool:
    """Content, not a service message (topic created, member joined...)."""
    return ContentType(message.content_type).value in RELAYABLE


async def on_staff_message(
    message: Message, staff_t: Translator, requests: RequestService, transfers: TransferService
) -> None:
    request = await request_of(message, requests)
    if request is None or message.from_user is None:
        await _if_transferred(message, staff_t, transfers)
        return  # else talk among staff outside any request's topic
    author = message.from_user.id
    if (message.text or message.caption or "").startswith(NOTE_MARK):
        await requests.add_note(request, message, author)
        with contextlib.suppress(TelegramAPIError):  # the mark is a courtesy
            await message.react([ReactionTypeEmoji(emoji=NOTED)])
        return
    if not request.is_open:
        await message.reply(staff_t("staff-closed-hint", number=request.id))
        return
    try:
        await requests.relay_from_staff(request, message, author)
    except RequestError as error:
        await message.reply(staff_t(error.text_id))


async def _if_transferred(
    message: Message, staff_t: Translator, transfers: TransferService
) -> None:
    """Written where a request was until it was handed to another team: nothing reaches the
    migrant from here any more, and the operator is told where it went."""
    topic = message.message_thread_id if message.is_topic_message else None
    replied = message.reply_to_message.message_id if message.reply_to_message else None
    left = await transfers.left_here(message.chat.id, topic, replied)
    if left is None:
        return
    institution = transfers.institution(staff_t, left.to_chat_id)
    await message.reply(
        staff_t("staff-transfer-gone", number=left.request_id, institution=institution)
    )


async def on_not_operator(
    message: Message, staff_t: Translator, requests: RequestService, staff: StaffService
) -> None:
    """A member of the group without a role wrote in a request's topic: nothing reaches the
    migrant, and they are told how to become an operator (once in a while, not per message)."""
    if message.from_user is None or await request_of(message, requests) is None:
        return
    if staff.hint_due(message.from_user.id, message.chat.id):
        await message.reply(staff_t("staff-operators-only-hint", id=str(message.from_user.id)))
