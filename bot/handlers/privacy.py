"""/privacy: what the bot stores and why, and "Delete my data"."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.handlers.drafts import discard
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import Privacy, PrivacyAction
from bot.keyboards.request_menus import erase_confirm_menu, privacy_menu
from bot.services.requests import HelpdeskSettings, RequestService
from bot.services.users import UserService


def router() -> Router:
    router = Router(name="privacy")
    router.message.register(on_command, Command("privacy"))
    router.callback_query.register(on_show, Privacy.filter(F.action == PrivacyAction.SHOW))
    router.callback_query.register(on_erase, Privacy.filter(F.action == PrivacyAction.ERASE))
    router.callback_query.register(on_confirm, Privacy.filter(F.action == PrivacyAction.CONFIRM))
    return router


async def on_command(message: Message, t: Translator, helpdesk: HelpdeskSettings) -> None:
    text = t("privacy-text", days=helpdesk.retention_days)
    await message.answer(text, reply_markup=privacy_menu(t))


async def on_show(callback: CallbackQuery, t: Translator, helpdesk: HelpdeskSettings) -> None:
    text = t("privacy-text", days=helpdesk.retention_days)
    await show_on_callback(callback, text, privacy_menu(t))


async def on_erase(callback: CallbackQuery, t: Translator) -> None:
    await show_on_callback(callback, t("privacy-erase-confirm"), erase_confirm_menu(t))


async def on_confirm(
    callback: CallbackQuery,
    *,
    state: FSMContext,
    t: Translator,
    requests: RequestService,
    users: UserService,
    pressed_before: bool = False,
) -> None:
    """Erase, then confirm in the language the user was reading (their row is gone now).
    A second tap leaves the first one's answer (how many requests were erased) on screen."""
    if pressed_before:
        return
    await state.clear()
    await discard(state)  # a request set aside, never sent
    count = await requests.erase_user(callback.from_user.id)
    users.forget(callback.from_user.id)
    await show_on_callback(callback, t("privacy-erased", requests=count), None)
