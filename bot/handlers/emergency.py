"""Emergency help: the numbers, what to do if detained, official websites."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import Nav, Screen
from bot.keyboards.menus import back_home


def router() -> Router:
    router = Router(name="emergency")
    router.callback_query.register(on_emergency_button, Nav.filter(F.screen == Screen.EMERGENCY))
    router.message.register(on_emergency_command, Command("emergency"))
    return router


def emergency_text(t: Translator) -> str:
    return f"<b>{t('emergency-title')}</b>\n\n{t('emergency-body')}"


async def on_emergency_button(callback: CallbackQuery, t: Translator) -> None:
    await show_on_callback(callback, emergency_text(t), back_home(t))


async def on_emergency_command(message: Message, t: Translator) -> None:
    await message.answer(emergency_text(t), reply_markup=back_home(t))
