"""Entering and leaving the request form: "File a request" and /request (a draft set aside is
offered first), Continue, Start again, Cancel."""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.content.request_categories import CATEGORIES
from bot.handlers.drafts import discard, kept_draft, set_aside, take_back
from bot.handlers.request_form.form import FORM
from bot.handlers.request_form.states import RequestFormStates, state_named
from bot.handlers.screens import on_outdated_button, show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import RequestForm, RequestStart
from bot.keyboards.menus import back_home, main_menu
from bot.keyboards.request_menus import draft_menu
from bot.services.requests import HelpdeskSettings, RequestService


async def on_start_button(
    callback: CallbackQuery,
    *,
    callback_data: RequestStart,
    state: FSMContext,
    t: Translator,
    requests: RequestService,
    helpdesk: HelpdeskSettings,
) -> None:
    if not requests.accepting:
        await show_on_callback(callback, t("request-not-accepting"), back_home(t))
        return
    if limit := await requests.limit_reached(callback.from_user.id):
        await show_on_callback(callback, t(limit.text_id, **limit.args_), main_menu(t))
        return
    if await _offered_draft(callback, state, t, callback_data.category):
        return
    await _begin(callback, state, t, helpdesk, callback_data.category)


async def on_start_command(
    message: Message,
    state: FSMContext,
    t: Translator,
    requests: RequestService,
    helpdesk: HelpdeskSettings,
) -> None:
    if not requests.accepting:
        await message.answer(t("request-not-accepting"), reply_markup=back_home(t))
        return
    if message.from_user and (limit := await requests.limit_reached(message.from_user.id)):
        await message.answer(t(limit.text_id, **limit.args_), reply_markup=main_menu(t))
        return
    if await _offered_draft(message, state, t):
        return
    await _begin(message, state, t, helpdesk)


async def _begin(
    event: CallbackQuery | Message,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
    category: str = "",
) -> None:
    """A new, empty form: at the category step, or at the city with ``category`` chosen."""
    await state.clear()
    if category in CATEGORIES:
        await state.update_data(category=category)
        await FORM.show(RequestFormStates.city, event, state, t, helpdesk)
        return
    await FORM.show(RequestFormStates.category, event, state, t, helpdesk)


async def _offered_draft(
    event: CallbackQuery | Message, state: FSMContext, t: Translator, category: str = ""
) -> bool:
    """A request set aside earlier, or the one in progress (a "File a request" button pressed
    mid-form): offer to continue it (True) instead of a new form."""
    if state_named(await state.get_state()) is not None:
        await set_aside(state)
    if await kept_draft(state) is None:
        return False
    if isinstance(event, CallbackQuery):
        await show_on_callback(event, t("request-draft-found"), draft_menu(t, category))
    else:
        await event.answer(t("request-draft-found"), reply_markup=draft_menu(t, category))
    return True


async def on_cancel(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await discard(state)
    await FORM.cancel(callback, state, t("request-cancelled"), main_menu(t))


async def on_resume(
    callback: CallbackQuery, state: FSMContext, t: Translator, helpdesk: HelpdeskSettings
) -> None:
    step = state_named(await take_back(state))
    if step is None:  # the draft was sent, cancelled or forgotten since
        await on_outdated_button(callback, t)
        return
    if step == RequestFormStates.phone:  # its reply keyboard is gone: ask again from contact
        step = RequestFormStates.contact
    await FORM.show(step, callback, state, t, helpdesk)


async def on_restart(
    callback: CallbackQuery,
    callback_data: RequestForm,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    await discard(state)
    await _begin(callback, state, t, helpdesk, callback_data.value)
