"""Search the rights guide.

State graph::

    [any] --"Search" button or /search--> SearchForm.query
    SearchForm.query --text--> results (stays in SearchForm.query: type again to search again)
    SearchForm.query --media--> hint (stays)
    SearchForm.query --a command--> that command (stays, except /menu and /start)
    SearchForm.query --Home, /menu, /start--> [none]

"/search words" searches at once.
"""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.handlers.filters import has_no_text, is_plain_text
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import Nav, Screen
from bot.keyboards.menus import back_home, search_results
from bot.services.rights import RightsService

MAX_QUERY_SHOWN = 60


class SearchForm(StatesGroup):
    query = State()


def router() -> Router:
    router = Router(name="search")
    router.callback_query.register(on_search_button, Nav.filter(F.screen == Screen.SEARCH))
    router.message.register(on_search_command, Command("search"))
    router.message.register(on_query, StateFilter(SearchForm.query), is_plain_text)
    router.message.register(on_not_text, StateFilter(SearchForm.query), has_no_text)
    return router


async def on_search_button(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.set_state(SearchForm.query)
    await show_on_callback(callback, t("search-prompt"), back_home(t))


async def on_search_command(
    message: Message,
    command: CommandObject,
    state: FSMContext,
    t: Translator,
    rights: RightsService,
) -> None:
    await state.set_state(SearchForm.query)
    if not command.args:
        await message.answer(t("search-prompt"), reply_markup=back_home(t))
        return
    await _answer_query(message, command.args, t, rights)


async def on_query(message: Message, t: Translator, rights: RightsService) -> None:
    await _answer_query(message, message.text or "", t, rights)


async def on_not_text(message: Message, t: Translator) -> None:
    await message.answer(t("search-text-only"), reply_markup=back_home(t))


async def _answer_query(
    message: Message, query: str, t: Translator, rights: RightsService
) -> None:
    pages = rights.search(query)
    shown = html.escape(_shorten(query.strip()))
    if not pages:
        await message.answer(t("search-nothing", query=shown), reply_markup=search_results(t, []))
        return
    await message.answer(t("search-results", query=shown), reply_markup=search_results(t, pages))


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUERY_SHOWN else text[: MAX_QUERY_SHOWN - 1] + "…"
