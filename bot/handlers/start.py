"""/start, /menu, /help, /language: greeting, language choice and the main menu; /cancel, the
one way to end whatever form is in progress (and a request's draft)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot.db.users import User
from bot.handlers.commands_first import FORM_STATES, REQUEST_STATES
from bot.handlers.drafts import discard
from bot.handlers.screens import show_on_callback
from bot.i18n import LOCALES, I18n, Translator
from bot.keyboards.callbacks import LanguageChoice, Nav, Screen
from bot.keyboards.menus import language_keyboard, language_name, main_menu
from bot.services.users import UserService


def router() -> Router:
    router = Router(name="start")
    router.message.register(on_start, CommandStart())
    router.message.register(on_menu, Command("menu"))
    router.message.register(on_help, Command("help"))
    router.message.register(on_language_command, Command("language"))
    router.message.register(on_cancel, Command("cancel"))
    router.callback_query.register(on_home, Nav.filter(F.screen == Screen.HOME))
    router.callback_query.register(on_language_menu, Nav.filter(F.screen == Screen.LANGUAGE))
    router.callback_query.register(on_language_chosen, LanguageChoice.filter())
    return router


def language_prompt(i18n: I18n, t: Translator) -> str:
    """The prompt in every language, so a reader whose phone speaks Russian finds Kyrgyz too."""
    lines = [t("start-choose-language")]
    lines += [i18n.get(loc)("start-choose-language") for loc in i18n.locales if loc != t.locale]
    return "\n".join(lines)


async def on_start(
    message: Message, state: FSMContext, user: User, t: Translator, i18n: I18n
) -> None:
    await state.clear()
    if user.locale is not None:
        await message.answer(t("start-welcome-back"), reply_markup=main_menu(t))
        return
    text = t("start-greeting") + "\n\n" + language_prompt(i18n, t)
    await message.answer(text, reply_markup=language_keyboard(t, i18n.locales))


async def on_menu(message: Message, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await message.answer(t("menu-title"), reply_markup=main_menu(t))


async def on_help(message: Message, t: Translator) -> None:
    await message.answer(t("help-text"), reply_markup=main_menu(t))


async def on_language_command(message: Message, t: Translator, i18n: I18n) -> None:
    await message.answer(language_prompt(i18n, t), reply_markup=language_keyboard(t, i18n.locales))


async def on_cancel(message: Message, state: FSMContext, t: Translator) -> None:
    current = await state.get_state()
    had_draft = await discard(state)
    if current in REQUEST_STATES or had_draft:
        text = t("request-cancelled")
    elif current in FORM_STATES:
        text = t("common-cancelled")
    else:
        text = t("common-nothing-to-cancel")
    if current is not None:  # with no state, the data keeps the thread's chosen request
        await state.clear()
    await message.answer(text, reply_markup=ReplyKeyboardRemove())
    await message.answer(t("menu-title"), reply_markup=main_menu(t))


async def on_home(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await show_on_callback(callback, t("menu-title"), main_menu(t))


async def on_language_menu(callback: CallbackQuery, t: Translator, i18n: I18n) -> None:
    await show_on_callback(callback, language_prompt(i18n, t), language_keyboard(t, i18n.locales))


async def on_language_chosen(
    callback: CallbackQuery,
    callback_data: LanguageChoice,
    users: UserService,
    i18n: I18n,
    t: Translator,
) -> None:
    if callback_data.locale not in LOCALES:  # a crafted or outdated button
        await on_language_menu(callback, t, i18n)
        return
    await users.set_locale(callback.from_user.id, callback_data.locale)
    t = i18n.get(callback_data.locale)
    text = (
        t("start-language-set", language=language_name(t, callback_data.locale))
        + "\n\n"
        + t("menu-title")
    )
    await show_on_callback(callback, text, main_menu(t))
