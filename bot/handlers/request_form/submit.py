"""Submit: the request is stored (and committed) before the receipt is sent."""

from __future__ import annotations

from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer

from bot.handlers.drafts import set_aside
from bot.handlers.request_form.screens import description, has_content, receipt_text
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.menus import main_menu
from bot.keyboards.request_menus import after_submit_menu
from bot.services.requests import (
    Attachment,
    HelpdeskSettings,
    RequestDraft,
    RequestError,
    RequestService,
)


async def on_submit(
    callback: CallbackQuery,
    *,
    callback_answer: CallbackAnswer,
    state: FSMContext,
    t: Translator,
    requests: RequestService,
    helpdesk: HelpdeskSettings,
) -> None:
    data = await state.get_data()
    if not data.get("consent") or "city" not in data:
        callback_answer.text, callback_answer.show_alert = t("request-consent-missing"), True
        return
    if not has_content(data):  # the description was cleared to be edited, and left empty
        callback_answer.text, callback_answer.show_alert = t("request-evidence-empty"), True
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
        text=description(data),
        phone=data.get("phone"),
        attachments=attachments,
    )
