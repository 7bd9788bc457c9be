"""An operator edits an answer the migrant got (or is about to get): the migrant's copy
follows. An edited note stays a note; anything else edited in the staff chat is ignored."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import Message

from bot.handlers.staff.access import is_operator
from bot.i18n import Translator
from bot.services.relay import edited_of
from bot.services.requests import RequestError, RequestService


def router() -> Router:
    router = Router(name="staff_edits")
    router.edited_message.register(on_edited, is_operator)
    return router


async def on_edited(message: Message, staff_t: Translator, requests: RequestService) -> None:
    try:
        await requests.edit_from_staff(edited_of(message))
    except RequestError as error:
        await message.reply(staff_t(error.text_id, **error.args_))
