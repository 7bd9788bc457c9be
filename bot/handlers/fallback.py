"""Whatever no other handler took: a short hint and the menu, never silence."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import Message

from bot.handlers.screens import on_outdated_button
from bot.i18n import Translator
from bot.keyboards.menus import main_menu


def router() -> Router:
    router = Router(name="fallback")
    router.message.register(on_other_message)
    router.callback_query.register(on_outdated_button)
    return router


async def on_other_message(message: Message, t: Translator) -> None:
    hint = (
        t("common-unknown-command") if (message.text or "").startswith("/") else t("common-hint")
    )
    await message.answer(hint, reply_markup=main_menu(t))
