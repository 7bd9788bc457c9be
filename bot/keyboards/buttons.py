"""The two buttons every keyboard module builds with: a callback button and "Main menu"."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton

from bot.i18n import Translator
from bot.keyboards.callbacks import Nav, Screen


def button(text: str, callback_data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=callback_data)


def home_button(t: Translator) -> InlineKeyboardButton:
    return button(t("common-button-home"), Nav(screen=Screen.HOME).pack())
