"""Filing a request: a guided form, kept in the SQLite FSM storage (a restart resumes it).

State graph (Back goes one step up; while editing from the summary it returns there;
Cancel or /cancel anywhere forgets the form)::

    [any] --"File a request" / /request--> category
    [any] --"File a request about this" (rights page)--> city   (category preselected)
    category --a category button--> city
    city --a city button or typed name--> text
    text --text, photo, voice, document, video (repeatable)--> text
    text --Done (something was sent)--> contact
    contact --"Only in this chat"--> consent
    contact --"Share my phone"--> phone --Telegram's contact button--> consent
    consent --"I agree"--> summary
    summary --Submit--> receipt   [state cleared; committed before the receipt is sent]
    summary --Edit a field--> that step --> summary

A command in any step sets the form aside as a draft (bot/handlers/commands_first.py);
"File a request" or /request then offers::

    draft --Continue--> the step it was in      draft --Start again--> category (or city)
    draft --Cancel--> [draft deleted]
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot.content.cities import CITIES
from bot.content.request_categories import CATEGORIES, URGENT_CATEGORIES
from bot.db.clock import utc_now
from bot.handlers.bursts import BurstReplies
from bot.handlers.drafts import discard, kept_draft, set_aside, take_back
from bot.handlers.screens import on_outdated_button, show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import RequestForm, RequestFormStep, RequestStart
from bot.keyboards.menus import back_home, main_menu
from bot.keyboards.request_menus import (
    after_submit_menu,
    back_cancel_menu,
    category_menu,
    city_menu,
    consent_menu,
    contact_menu,
    draft_menu,
    evidence_menu,
    phone_keyboard,
    summary_menu,
)
from bot.services.office_hours import OfficeHours, after_hours_lines
from bot.services.requests import (
    ATTACHMENT_KINDS,
    MAX_ATTACHMENTS,
    MAX_TEXT,
    Attachment,
    HelpdeskSettings,
    RequestDraft,
    RequestError,
    RequestService,
    content_of,
)
from bot.services.topics import city_name

MAX_CITY = 80
SUMMARY_TEXT_SHOWN = 1500


class RequestFormStates(StatesGroup):
    category = State()
    city = State()
    text = State()
    contact = State()
    phone = State()
    consent = State()
    summary = State()


PREVIOUS = {
    RequestFormStates.city.state: RequestFormStates.category,
    RequestFormStates.text.state: RequestFormStates.city,
    RequestFormStates.contact.state: RequestFormStates.text,
    RequestFormStates.phone.state: RequestFormStates.contact,
    RequestFormStates.consent.state: RequestFormStates.contact,
    RequestFormStates.summary.state: RequestFormStates.consent,
}
EDIT_STEPS = {
    "category": RequestFormStates.category,
    "city": RequestFormStates.city,
    "text": RequestFormStates.text,
    "contact": RequestFormStates.contact,
}


def router() -> Router:
    router = Router(name="request_form")
    form = StateFilter(RequestFormStates)
    router.callback_query.register(on_start_button, RequestStart.filter())
    router.message.register(on_start_command, Command("request"))
    router.callback_query.register(on_cancel, RequestForm.filter(F.step == RequestFormStep.CANCEL))
    router.callback_query.register(on_resume, RequestForm.filter(F.step == RequestFormStep.RESUME))
    router.callback_query.register(
        on_restart, RequestForm.filter(F.step == RequestFormStep.RESTART)
    )
    router.callback_query.register(
        on_back, RequestForm.filter(F.step == RequestFormStep.BACK), form
    )
    # A button of the form works only in the step that shows it.
    for handler, step, state in (
        (on_category, RequestFormStep.CATEGORY, RequestFormStates.category),
        (on_city_button, RequestFormStep.CITY, RequestFormStates.city),
        (on_done, RequestFormStep.DONE, RequestFormStates.text),
        (on_chat_only, RequestFormStep.CHAT_ONLY, RequestFormStates.contact),
        (on_share_phone, RequestFormStep.PHONE, RequestFormStates.contact),
        (on_consent, RequestFormStep.CONSENT, RequestFormStates.consent),
        (on_privacy, RequestFormStep.PRIVACY, RequestFormStates.consent),
        (on_edit, RequestFormStep.EDIT, RequestFormStates.summary),
        (on_submit, RequestFormStep.SUBMIT, RequestFormStates.summary),
    ):
        router.callback_query.register(
            handler, RequestForm.filter(F.step == step), StateFilter(state)
        )
    # What is typed or sent in a step.
    router.message.register(on_city_typed, StateFilter(RequestFormStates.city))
    router.message.register(
        on_evidence, StateFilter(RequestFormStates.text), flags={"content": True}
    )
    router.message.register(on_phone, StateFilter(RequestFormStates.phone))
    router.message.register(on_other_input, form)
    # A button of a step that is no longer current (or of a form already sent).
    router.callback_query.register(on_outdated_button, RequestForm.filter())
    return router


# --- screens -------------------------------------------------------------------------------


def step_screen(
    step: State, t: Translator, data: dict[str, Any], helpdesk: HelpdeskSettings
) -> tuple[str, Any]:
    """Text and keyboard of a step, from what the form holds so far."""
    if step == RequestFormStates.category:
        return t("request-step-category"), category_menu(t)
    if step == RequestFormStates.city:
        return t("request-step-city"), city_menu(t)
    if step == RequestFormStates.text:
        text = t("request-step-text", max_text=MAX_TEXT, max_files=MAX_ATTACHMENTS)
        return text, evidence_menu(t, _has_content(data))
    if step == RequestFormStates.contact:
        return t("request-step-contact"), contact_menu(t)
    if step == RequestFormStates.consent:
        text = t("request-step-consent", days=helpdesk.retention_days)
        return text, consent_menu(t, helpdesk.privacy_url)
    return summary_text(t, data), summary_menu(t)


def summary_text(t: Translator, data: dict[str, Any]) -> str:
    text = str(data.get("text", ""))
    shown = html.escape(text[:SUMMARY_TEXT_SHOWN]) + (
        "…" if len(text) > SUMMARY_TEXT_SHOWN else ""
    )
    lines = [
        t("request-summary-title"),
        "",
        t("request-summary-category", category=t(f"request-category-{data['category']}")),
        t("request-summary-city", city=html.escape(city_name(t, str(data["city"])))),
        t("request-summary-text"),
        f"<blockquote>{shown}</blockquote>" if shown else "—",
        t("request-summary-files", count=len(data.get("attachments", []))),
    ]
    phone = data.get("phone")
    if phone:
        lines.append(t("request-summary-phone", phone=html.escape(str(phone))))
    else:
        lines.append(t("request-summary-chat"))
    lines += ["", t("request-summary-hint")]
    return "\n".join(lines)


def _has_content(data: dict[str, Any]) -> bool:
    return bool(data.get("text")) or bool(data.get("attachments"))


async def go_to(
    step: State,
    event: CallbackQuery | Message,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    """Enter ``step`` (or, while editing, return to the summary once the step is done)."""
    data = await state.get_data()
    if data.get("editing") and step != RequestFormStates.summary and step in _AFTER_EDIT:
        step = RequestFormStates.summary
    await state.set_state(step)
    text, markup = step_screen(step, t, data, helpdesk)
    if isinstance(event, CallbackQuery):
        await show_on_callback(event, text, markup)
    else:
        await event.answer(text, reply_markup=markup)


# Steps that, reached by going forward while editing a field, return to the summary instead.
_AFTER_EDIT = (
    RequestFormStates.city,
    RequestFormStates.text,
    RequestFormStates.contact,
    RequestFormStates.consent,
)


# --- entering and leaving ----------------------------------------------------------------


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
        await go_to(RequestFormStates.city, event, state, t, helpdesk)
        return
    await go_to(RequestFormStates.category, event, state, t, helpdesk)


async def _offered_draft(
    event: CallbackQuery | Message, state: FSMContext, t: Translator, category: str = ""
) -> bool:
    """A request set aside earlier, or the one in progress (a "File a request" button pressed
    mid-form): offer to continue it (True) instead of a new form."""
    if _state_named(await state.get_state()) is not None:
        await set_aside(state)
    if await kept_draft(state) is None:
        return False
    if isinstance(event, CallbackQuery):
        await show_on_callback(event, t("request-draft-found"), draft_menu(t, category))
    else:
        await event.answer(t("request-draft-found"), reply_markup=draft_menu(t, category))
    return True


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


async def on_cancel(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await discard(state)
    await state.clear()
    await show_on_callback(callback, t("request-cancelled"), main_menu(t))


async def on_resume(
    callback: CallbackQuery, state: FSMContext, t: Translator, helpdesk: HelpdeskSettings
) -> None:
    step = _state_named(await take_back(state))
    if step is None:  # the draft was sent, cancelled or forgotten since
        await on_outdated_button(callback, t)
        return
    if step == RequestFormStates.phone:  # its reply keyboard is gone: ask again from contact
        step = RequestFormStates.contact
    await state.set_state(step)
    text, markup = step_screen(step, t, await state.get_data(), helpdesk)
    await show_on_callback(callback, text, markup)


async def on_restart(
    callback: CallbackQuery,
    callback_data: RequestForm,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    await discard(state)
    await _begin(callback, state, t, helpdesk, callback_data.value)


def _state_named(name: str | None) -> State | None:
    return next((s for s in RequestFormStates.__all_states__ if s.state == name), None)


async def on_back(
    callback: CallbackQuery,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    current = await state.get_state()
    data = await state.get_data()
    if data.get("editing"):
        target = RequestFormStates.summary
    else:
        target = PREVIOUS.get(current or "", RequestFormStates.category)
    await state.set_state(target)
    text, markup = step_screen(target, t, data, helpdesk)
    await show_on_callback(callback, text, markup)


# --- steps ---------------------------------------------------------------------------------


async def on_category(
    callback: CallbackQuery,
    callback_data: RequestForm,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    if callback_data.value not in CATEGORIES:
        await callback.answer()
        return
    await state.update_data(category=callback_data.value)
    await go_to(RequestFormStates.city, callback, state, t, helpdesk)


async def on_city_button(
    callback: CallbackQuery,
    callback_data: RequestForm,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    if callback_data.value not in CITIES:
        await callback.answer()
        return
    await state.update_data(city=callback_data.value)
    await go_to(RequestFormStates.text, callback, state, t, helpdesk)


async def on_city_typed(
    message: Message,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    city = " ".join((message.text or "").split())
    if not city or city.startswith("/") or len(city) > MAX_CITY:
        await message.answer(t("request-city-hint"), reply_markup=city_menu(t))
        return
    await state.update_data(city=city)
    await go_to(RequestFormStates.text, message, state, t, helpdesk)


async def on_evidence(
    message: Message, state: FSMContext, t: Translator, bursts: BurstReplies
) -> None:
    """Text adds to the description; a photo, voice, document or video is kept as evidence.
    An album or lines sent in a row are all kept, and answered once (``BurstReplies``)."""
    data = await state.get_data()
    if message.message_id <= int(data.get("evidence_upto", 0)):
        # Telegram delivered this message again (the bot was restarted while handling it):
        # it is already in the description; only answer again.
        _acknowledge_later(message, state, t, bursts)
        return
    note = await _add_evidence(message, state, t, data)
    _acknowledge_later(message, state, t, bursts, note)


async def _add_evidence(
    message: Message, state: FSMContext, t: Translator, data: dict[str, Any]
) -> str | None:
    """Store what the message adds; a note for the answer when it could not be added."""
    content = content_of(message)
    text = str(data.get("text", ""))
    if content.kind == "text":
        addition = content.text or ""
        if addition.startswith("/"):
            return t("request-evidence-hint")
        combined = f"{text}\n{addition}" if text else addition
        if len(combined) > MAX_TEXT:
            left = max(MAX_TEXT - len(text) - 1, 0) if text else MAX_TEXT
            return t("request-text-too-long", max=MAX_TEXT, left=left)
        await state.update_data(text=combined, evidence_upto=message.message_id)
        return None
    if content.kind not in ATTACHMENT_KINDS or not content.file_id:
        return t("request-evidence-hint")
    attachments: list[dict[str, Any]] = list(data.get("attachments", []))
    if len(attachments) >= MAX_ATTACHMENTS:
        return t("request-too-many-files", max=MAX_ATTACHMENTS)
    attachments.append(
        {
            "kind": content.kind,
            "file_id": content.file_id,
            "message_id": message.message_id,
            "caption": (content.text or "")[:1000] or None,
        }
    )
    await state.update_data(attachments=attachments, evidence_upto=message.message_id)
    return None


def _acknowledge_later(
    message: Message,
    state: FSMContext,
    t: Translator,
    bursts: BurstReplies,
    note: str | None = None,
) -> None:
    async def answer(notes: list[str]) -> None:
        if await state.get_state() != RequestFormStates.text.state:
            return  # they moved on (Done, Back, a command) before the burst was answered
        data = await state.get_data()
        text, files = str(data.get("text", "")), len(data.get("attachments", []))
        has_content = bool(text or files)
        lines = list(notes)
        if has_content:
            lines.append(t("request-evidence-received", chars=len(text), files=files))
        if lines:
            await message.answer("\n\n".join(lines), reply_markup=evidence_menu(t, has_content))

    bursts.answer_later(message.chat.id, answer, note)


async def on_done(
    callback: CallbackQuery,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    data = await state.get_data()
    if not _has_content(data):
        await callback.answer(t("request-evidence-empty"), show_alert=True)
        return
    await go_to(RequestFormStates.contact, callback, state, t, helpdesk)


async def on_chat_only(
    callback: CallbackQuery,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    await state.update_data(phone=None)
    await go_to(RequestFormStates.consent, callback, state, t, helpdesk)


async def on_share_phone(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    """Telegram's contact button lives on a reply keyboard, so this step is two messages:
    the prompt with the button, and Back/Cancel under it."""
    await state.set_state(RequestFormStates.phone)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(t("request-step-phone"), reply_markup=phone_keyboard(t))
        await callback.message.answer(
            t("request-phone-back-hint"), reply_markup=back_cancel_menu(t)
        )


async def on_phone(
    message: Message,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
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
    await go_to(RequestFormStates.consent, message, state, t, helpdesk)


async def on_privacy(callback: CallbackQuery, t: Translator, helpdesk: HelpdeskSettings) -> None:
    text = t("privacy-text", days=helpdesk.retention_days)
    await show_on_callback(callback, text, consent_menu(t, helpdesk.privacy_url))


async def on_consent(
    callback: CallbackQuery,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    await state.update_data(consent=True, editing=False)
    await go_to(RequestFormStates.summary, callback, state, t, helpdesk)


async def on_edit(
    callback: CallbackQuery,
    callback_data: RequestForm,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    step = EDIT_STEPS.get(callback_data.value)
    if step is None:
        await callback.answer()
        return
    await state.update_data(editing=True)
    if step == RequestFormStates.text:  # a new description replaces the old; files stay
        await state.update_data(text="")
    await state.set_state(step)
    data = await state.get_data()
    text, markup = step_screen(step, t, data, helpdesk)
    await show_on_callback(callback, text, markup)


async def on_submit(
    callback: CallbackQuery,
    state: FSMContext,
    t: Translator,
    requests: RequestService,
    helpdesk: HelpdeskSettings,
) -> None:
    data = await state.get_data()
    if not data.get("consent") or "city" not in data:
        await callback.answer(t("request-consent-missing"), show_alert=True)
        return
    if not _has_content(data):  # the description was cleared to be edited, and left empty
        await callback.answer(t("request-evidence-empty"), show_alert=True)
        return
    try:
        request = await requests.submit(callback.from_user.id, draft_of(data))
    except RequestError as error:
        if error.text_id.startswith("request-limit"):
            await set_aside(state)  # to be sent when a place is free again
        else:
            await state.clear()
        await show_on_callback(callback, t(error.text_id, **error.args_), main_menu(t))
        return
    await state.clear()  # committed: from now on the receipt may be lost, the request not
    await show_on_callback(
        callback,
        receipt_text(t, request.id, request.category, helpdesk.office_hours),
        after_submit_menu(t),
    )


def draft_of(data: dict[str, Any]) -> RequestDraft:
    attachments = tuple(
        Attachment(
            kind=str(item["kind"]),
            file_id=str(item["file_id"]),
            user_message_id=int(item["message_id"]),
            caption=item.get("caption"),
        )
        for item in data.get("attachments", [])
    )
    return RequestDraft(
        category=str(data["category"]),
        city=str(data["city"]),
        text=str(data.get("text", "")),
        phone=data.get("phone"),
        attachments=attachments,
    )


def receipt_text(
    t: Translator,
    number: int,
    category: str,
    office_hours: OfficeHours | None,
    now: datetime | None = None,
) -> str:
    now = now or utc_now()
    lines = [t("request-receipt", number=number)]
    if office_hours is not None and not office_hours.is_open(now):
        opening = office_hours.next_opening(now)
        lines += after_hours_lines(t, opening, category in URGENT_CATEGORIES)
    return "\n".join(lines)


async def on_other_input(
    message: Message,
    state: FSMContext,
    t: Translator,
    helpdesk: HelpdeskSettings,
) -> None:
    """Typed text or media where the step wants a button: show the step again."""
    current = await state.get_state()
    if current == RequestFormStates.phone.state:
        await message.answer(t("request-phone-hint"), reply_markup=phone_keyboard(t))
        return
    step = _state_named(current)
    if step is None:
        return
    text, markup = step_screen(step, t, await state.get_data(), helpdesk)
    await message.answer(text, reply_markup=markup)
