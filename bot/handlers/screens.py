"""Showing a screen: edit the menu message in place, or send a new one when that is impossible."""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

log = logging.getLogger(__name__)


async def show_on_callback(
    callback: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    """Replace the pressed menu with the next screen; answer the press so the spinner stops."""
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
    await callback.answer()
