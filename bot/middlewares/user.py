"""Loads the user's row and locale for every message and button press.

Puts into the handler data: ``user`` (bot.db.users.User), ``locale`` (str) and ``t`` (the
Translator for that locale). Only a private chat with the bot makes someone a user with a
row: members of a staff chat (or of any group the bot is in) get ``locale`` and ``t`` from
their Telegram language, and nothing about them is stored.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.enums import ChatType
from aiogram.types import Chat, TelegramObject
from aiogram.types import User as TelegramUser

from bot.i18n import I18n, supported_locale
from bot.services.users import UserService


class UserMiddleware(BaseMiddleware):
    def __init__(self, users: UserService, i18n: I18n) -> None:
        self.users = users
        self.i18n = i18n

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        telegram_user: TelegramUser | None = data.get("event_from_user")
        if telegram_user is None or telegram_user.is_bot:
            return await handler(event, data)
        chat: Chat | None = data.get("event_chat")
        if chat is not None and chat.type != ChatType.PRIVATE:
            locale = self.i18n.choose_locale(None, telegram_user.language_code)
            data["locale"] = locale
            data["t"] = self.i18n.get(locale)
            return await handler(event, data)
        telegram_locale = supported_locale(telegram_user.language_code)
        user = await self.users.get_or_create(telegram_user.id, telegram_locale)
        locale = self.i18n.choose_locale(user.locale, telegram_user.language_code)
        data["user"] = user
        data["locale"] = locale
        data["t"] = self.i18n.get(locale)
        return await handler(event, data)
