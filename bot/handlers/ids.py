"""/id, in a private chat or any group the bot is in: the person's Telegram id and the chat's,
so an admin fills STAFF_CHAT_ID (or REQUEST_ROUTING) and /staff add without outside tools."""

from __future__ import annotations

from aiogram import Router
from aiogram.enums import ChatType
from aiogram.filters import Command
from aiogram.types import Message

from bot.handlers import errors
from bot.i18n import Translator


def router() -> Router:
    router = Router(name="ids")
    router.errors.register(errors.on_error)
    router.message.register(on_id, Command("id"))
    return router


async def on_id(message: Message, t: Translator) -> None:
    if message.from_user is None:
        return
    lines = [t("common-id-user", id=str(message.from_user.id))]
    if message.chat.type != ChatType.PRIVATE:
        lines.append(t("common-id-chat", chat=str(message.chat.id)))
        lines.append(t("common-id-staff-hint"))
    await message.reply("\n".join(lines))
