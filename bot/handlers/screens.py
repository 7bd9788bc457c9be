"""Showing a screen: edit the menu message in place, or send a new one when that is impossible."""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.i18n import Translator
from bot.keyboards.menus import main_menu

log = logging.getLogger(__name__)


async def show_on_callback(
    callback: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    """Replace the pressed menu with the next screen (CallbackAnswers answers the press)."""
    message = callback.message
    if isinstance(message, Message):
        try:
            await message.edit_text(text, reply_markup=markup)
        except TelegramBadRequest as error:
            if "not modified" not in error.message:
                log.info("cannot edit menu message, sending a new one: %s", error.message)
                await message.answer(text, reply_markup=markup)
    elif callback.bot is not None:  # the message is too old to edit
        await callback.bot.send_message(callback.from_user.id, text, reply_markup=markup)


async def on_outdated_button(
    callback: CallbackQuery, t: Translator, pressed_before: bool = False
) -> None:
    """A button nothing handles: from an older version of the bot, crafted, or of a step the
    user has left. If the same button on the same message was pressed before, its action has
    already happened (a double tap on Submit): the press is answered and the screen that
    action produced stays (bot/middlewares/presses.py). Otherwise: "out of date" and the menu."""
    if pressed_before:
        return
    await show_on_callback(callback, t("common-outdated-button"), main_menu(t))
