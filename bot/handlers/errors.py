"""The last line of defence: log the failure (its type, the update and where it happened, never
the exception's message, which may quote the user's text) and apologise to the user."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.enums import ChatType
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.types import ErrorEvent

from bot.i18n import I18n, Translator
from bot.middlewares.callback_answers import answered_before_failing
from bot.safe_log import describe_exception

log = logging.getLogger(__name__)

TELEGRAM_TROUBLE = (TelegramRetryAfter, TelegramNetworkError, TelegramServerError)


async def on_error(event: ErrorEvent, bot: Bot, i18n: I18n, t: Translator | None = None) -> bool:
    update = event.update
    log.error(
        "update %s (%s) failed: %s",
        update.update_id,
        update.event_type,
        describe_exception(event.exception),
    )
    if isinstance(event.exception, TELEGRAM_TROUBLE):
        # Telegram is refusing or unreachable: the middleware already waited and tried again,
        # and an apology would meet the same trouble (and add to a flood).
        return True
    try:
        await _apologise(event, bot, t or i18n.get(None))
    except Exception as error:
        log.warning("could not tell the user about the error: %s", describe_exception(error))
    return True


async def _apologise(event: ErrorEvent, bot: Bot, t: Translator) -> None:
    update = event.update
    if update.callback_query is not None:
        if not answered_before_failing(event.exception):  # it failed before any handler
            await update.callback_query.answer()
        chat = update.callback_query.message.chat if update.callback_query.message else None
    else:
        chat = update.message.chat if update.message else None
    if chat is not None and chat.type == ChatType.PRIVATE:
        await bot.send_message(chat.id, t("common-error"))
