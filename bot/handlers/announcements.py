"""Announcements on/off, and the user's city (for announcements about their city)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery

from bot.content.cities import CITIES
from bot.db.users import User
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import AnnouncementsSet, CityChoice, Nav, Screen
from bot.keyboards.menus import announcements_menu, cities_menu
from bot.services.users import UserService


def router() -> Router:
    router = Router(name="announcements")
    router.callback_query.register(on_screen, Nav.filter(F.screen == Screen.ANNOUNCEMENTS))
    router.callback_query.register(on_set, AnnouncementsSet.filter())
    router.callback_query.register(on_city_list, CityChoice.filter(F.city == ""))
    router.callback_query.register(on_city, CityChoice.filter())
    return router


async def screen_text(t: Translator, on: bool, users: UserService, user_id: int) -> str:
    city = await users.city(user_id)
    city_line = (
        t("announcements-city", city=t(f"city-{city}"))
        if city in CITIES
        else (t("announcements-city-unknown"))
    )
    return t("announcements-on" if on else "announcements-off") + "\n\n" + city_line


async def on_screen(
    callback: CallbackQuery, user: User, t: Translator, users: UserService
) -> None:
    text = await screen_text(t, user.announcements, users, user.id)
    await show_on_callback(callback, text, announcements_menu(t, user.announcements))


async def on_set(
    callback: CallbackQuery, callback_data: AnnouncementsSet, users: UserService, t: Translator
) -> None:
    await users.set_announcements(callback.from_user.id, callback_data.on)
    on = callback_data.on
    text = await screen_text(t, on, users, callback.from_user.id)
    await show_on_callback(callback, text, announcements_menu(t, on))


async def on_city_list(callback: CallbackQuery, t: Translator) -> None:
    await show_on_callback(callback, t("announcements-ask-city"), cities_menu(t))


async def on_city(
    callback: CallbackQuery,
    callback_data: CityChoice,
    user: User,
    t: Translator,
    users: UserService,
) -> None:
    if callback_data.city in CITIES:  # anything else is a crafted button: just show the screen
        await users.set_city(callback.from_user.id, callback_data.city)
    text = await screen_text(t, user.announcements, users, user.id)
    await show_on_callback(callback, text, announcements_menu(t, user.announcements))
