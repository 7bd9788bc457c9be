"""The command list shown in Telegram's menu, registered once per language."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats, BotCommandScopeChat

from bot.i18n import I18n, Translator
from bot.safe_log import describe_exception

log = logging.getLogger(__name__)

COMMANDS = (
    "start",
    "menu",
    "request",
    "myrequests",
    "search",
    "emergency",
    "language",
    "privacy",
    "help",
)
ADMIN_COMMANDS = ("broadcast", "newevent", "events")
STAFF_COMMANDS = (
    "queue",
    "stats",
    "export",
    "report",
    "casefile",
    "audit",
    "templates",
    "staff",
    "id",
)


def command_list(t: Translator, names: tuple[str, ...] = COMMANDS) -> list[BotCommand]:
    return [BotCommand(command=name, description=t(f"command-{name}")) for name in names]


async def register_commands(
    bot: Bot,
    i18n: I18n,
    admin_ids: frozenset[int] = frozenset(),
    staff_chats: frozenset[int] = frozenset(),
) -> None:
    """setMyCommands per language, plus the default list, plus each admin's own list (with
    the admin commands, in the default language); failures are logged, not fatal."""
    scope = BotCommandScopeAllPrivateChats()
    try:
        for locale in i18n.locales:
            await bot.set_my_commands(
                command_list(i18n.get(locale)), scope=scope, language_code=locale
            )
        await bot.set_my_commands(command_list(i18n.get(None)), scope=scope)
    except (TelegramAPIError, TelegramNetworkError) as error:
        log.warning("could not register the command list: %s", describe_exception(error))
    admin_list = command_list(i18n.get(None), COMMANDS + ADMIN_COMMANDS)
    for admin_id in sorted(admin_ids):
        try:
            await bot.set_my_commands(admin_list, scope=BotCommandScopeChat(chat_id=admin_id))
        except (TelegramAPIError, TelegramNetworkError) as error:
            # Telegram knows the chat only once the admin has written to the bot.
            log.info("no admin command list for one admin yet: %s", type(error).__name__)
    staff_list = command_list(i18n.get(None), STAFF_COMMANDS)
    for chat_id in sorted(staff_chats):
        try:
            await bot.set_my_commands(staff_list, scope=BotCommandScopeChat(chat_id=chat_id))
        except (TelegramAPIError, TelegramNetworkError) as error:
            log.warning("no command list in a staff chat: %s", type(error).__name__)
