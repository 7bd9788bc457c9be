"""A button in the staff chat that no handler took: from an older version of the bot, or
crafted data. Answered, so the operator's spinner stops and they know why nothing happened."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer

from bot.i18n import Translator


def router() -> Router:
    router = Router(name="staff_fallback")
    router.callback_query.register(on_unknown_button)
    return router


async def on_unknown_button(
    callback: CallbackQuery, callback_answer: CallbackAnswer, staff_t: Translator
) -> None:
    callback_answer.text, callback_answer.show_alert = staff_t("staff-outdated-button"), True
