"""The request form's steps, each moved on by the form (form.py): buttons, the typed city, the
contact (this chat, or Telegram's contact button), consent, Back, and edits from the summary."""

from __future__ import annotations

from aiogram import flags
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove
from aiogram.utils.callback_answer import CallbackAnswer

from bot.handlers.request_form.form import EDIT_STEPS, FORM
from bot.handlers.request_form.screens import has_content
from bot.handlers.request_form.states import RequestFormStates
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import RequestForm
from bot.keyboards.request_menus import back_cancel_menu, consent_menu, phone_keyboard
from bot.services.requests import HelpdeskSettings


async def on_back(
    callback: CallbackQuery, state: FSMContext, t: Translator, helpdesk: HelpdeskSettings
) -> None:
    await FORM.back(callback, state, t, helpdesk)


async def on_choice(
    callback: CallbackQuery,
    callback_data: RequestForm,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    """A category or a city button."""
    if await FORM.read_button(callback, callback_data.value, state):
        await FORM.advance(callback, state, t, helpdesk)


async def on_typed(
    message: Message, state: FSMContext, t: Translator, helpdesk: HelpdeskSettings
) -> None:
    """A city typed; in a step that wants a button, the step is shown again."""
    if await FORM.read_text(message, state, t, helpdesk):
        await FORM.advance(message, state, t, helpdesk)


async def on_done(
    callback: CallbackQuery,
    callback_answer: CallbackAnswer,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    if not has_content(await state.get_data()):
        callback_answer.text, callback_answer.show_alert = t("request-evidence-empty"), True
        return
    await FORM.advance(callback, state, t, helpdesk)


async def on_chat_only(
    callback: CallbackQuery, state: FSMContext, t: Translator, helpdesk: HelpdeskSettings
) -> None:
    await state.update_data(phone=None)
    await FORM.advance(callback, state, t, helpdesk)


@flags.callback_answer(pre=True)
async def on_share_phone(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    """Telegram's contact button lives on a reply keyboard, so this step is two messages:
    the prompt with the button, and Back/Cancel under it."""
    await state.set_state(RequestFormStates.phone)
    if isinstance(callback.message, Message):
        await callback.message.answer(t("request-step-phone"), reply_markup=phone_keyboard(t))
        await callback.message.answer(
            t("request-phone-back-hint"), reply_markup=back_cancel_menu(t)
        )


async def on_phone(
    message: Message, state: FSMContext, t: Translator, helpdesk: HelpdeskSettings
) -> None:
    contact = message.contact
    if contact is None:
        await message.answer(t("request-phone-hint"), reply_markup=phone_keyboard(t))
        return
    if message.from_user is None or contact.user_id != message.from_user.id:
        await message.answer(t("request-phone-not-yours"), reply_markup=phone_keyboard(t))
        return
    await state.update_data(phone=contact.phone_number)
    await message.answer(t("request-phone-saved"), reply_markup=ReplyKeyboardRemove())
    await FORM.advance(message, state, t, helpdesk)


async def on_privacy(callback: CallbackQuery, t: Translator, helpdesk: HelpdeskSettings) -> None:
    text = t("privacy-text", days=helpdesk.retention_days)
    await show_on_callback(callback, text, consent_menu(t, helpdesk.privacy_url))


async def on_consent(
    callback: CallbackQuery, state: FSMContext, t: Translator, helpdesk: HelpdeskSettings
) -> None:
    await state.update_data(consent=True)
    await FORM.advance(callback, state, t, helpdesk)


async def on_edit(
    callback: CallbackQuery,
    callback_data: RequestForm,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    step = EDIT_STEPS.get(callback_data.value)
    if step is None:
        return
    if step == RequestFormStates.text:  # a new description replaces the old; files stay
        await state.update_data(text="", text_parts=[])
    await FORM.edit(step, callback, state, t, helpdesk)
