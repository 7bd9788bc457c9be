"""Announcements on/off: whether the user receives broadcasts from the office."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery

from bot.db.users import User
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import AnnouncementsSet, Nav, Screen
from bot.keyboards.menus import announcements_menu
from bot.services.users import UserService


def router() -> Router:
    router = Router(name="announcements")
    router.callback_query.register(on_screen, Nav.filter(F.screen == Screen.ANNOUNCEMENTS))
    router.callback_query.register(on_set, AnnouncementsSet.filter())
    return router


def screen_text(t: Translator, on: bool) -> str:
    return t("announcements-on" if on else "announcements-off")


async def on_screen(callback: CallbackQuery, user: User, t: Translator) -> None:
    await show_on_callback(
        callback, screen_text(t, user.announcements), announcements_menu(t, user.announcements)
    )


async def on_set(
    callback: CallbackQuery, callback_data: AnnouncementsSet, users: UserService, t: Translator
) -> None:
    await users.set_announcements(callback.from_user.id, callback_data.on)
    on = callback_data.on
    await show_on_callback(callback, screen_text(t, on), announcements_menu(t, on))
