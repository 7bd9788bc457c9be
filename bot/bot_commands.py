"""The command list shown in Telegram's menu, registered once per language."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats

from bot.i18n import I18n, Translator

log = logging.getLogger(__name__)

COMMANDS = ("start", "menu", "search", "emergency", "language", "help")


def command_list(t: Translator) -> list[BotCommand]:
    return [BotCommand(command=name, description=t(f"command-{name}")) for name in COMMANDS]


async def register_commands(bot: Bot, i18n: I18n) -> None:
    """setMyCommands per language, plus the default list; failures are logged, not fatal."""
    scope = BotCommandScopeAllPrivateChats()
    try:
        for locale in i18n.locales:
            await bot.set_my_commands(
                command_list(i18n.get(locale)), scope=scope, language_code=locale
            )
        await bot.set_my_commands(command_list(i18n.get(None)), scope=scope)
    except (TelegramAPIError, TelegramNetworkError) as error:
        log.warning("could not register the command list: %s", error)
