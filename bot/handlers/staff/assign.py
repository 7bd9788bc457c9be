"""Handing a request to another operator, from its card.

    card ──"👤 Assign"──▶ the chat's operators by name ──a name──▶ "Hand it to …?"
      ▲                        │ Back                              │ Back → the list
      └────────────────────────┘                                   │ Confirm → handed over

Only an admin of this staff chat, or the operator who holds the request, may hand it over;
anyone else is told so in a toast and nothing changes. The list is this chat's operators and
admins (a role here), the holder left out. The card's keyboard changes in place; after the
handover the outbox redraws the card with its holder, and the topic gets a notice that
mentions the new holder (Telegram notifies them). The migrant is not told who holds it.
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InlineKeyboardMarkup
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.requests import Request
from bot.handlers.staff.access import hand_over_refusal, pressed_request
from bot.i18n import Translator
from bot.keyboards.callbacks import AssignStep, RequestAssign
from bot.keyboards.request_menus import assign_confirm_menu, assign_menu, card_menu
from bot.services.requests import RequestError, RequestService
from bot.services.staff import StaffService


def router() -> Router:
    router = Router(name="staff_assign")
    router.callback_query.register(on_assign, RequestAssign.filter())
    return router


async def on_assign(
    callback: CallbackQuery,
    callback_data: RequestAssign,
    *,
    callback_answer: CallbackAnswer,
    bot: Bot,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
) -> None:
    request = await pressed_request(
        callback,
        callback_answer,
        callback_data.request_id,
        staff_t=staff_t,
        requests=requests,
        staff=staff,
    )
    if request is None:
        return
    if callback_data.step == AssignStep.BACK:
        await show_markup(bot, callback, card_menu(staff_t, request, requests.several_teams))
        return
    refusal = await hand_over_refusal(
        callback,
        request,
        staff,
        closed="staff-already-closed",
        not_allowed="staff-assign-not-allowed",
    )
    if refusal is not None:
        callback_answer.text, callback_answer.show_alert = staff_t(refusal), True
    elif callback_data.step == AssignStep.LIST:
        toast = await _list(bot, callback, request, staff_t, staff)
        callback_answer.text, callback_answer.show_alert = toast
    elif not await staff.is_operator(callback_data.operator_id, request.staff_chat_id):
        callback_answer.text = staff_t("staff-assign-not-operator")
        callback_answer.show_alert = True
    elif callback_data.step == AssignStep.PICK:
        name = await staff.label(callback_data.operator_id)
        markup = assign_confirm_menu(staff_t, request.id, callback_data.operator_id, name)
        await show_markup(bot, callback, markup)
    else:
        toast = await _confirm(
            callback,
            request,
            callback_data.operator_id,
            staff_t=staff_t,
            requests=requests,
            staff=staff,
        )
        callback_answer.text, callback_answer.show_alert = toast


async def _confirm(
    callback: CallbackQuery,
    request: Request,
    target: int,
    *,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
) -> tuple[str, bool]:
    """Hands the request over; the press's answer: what happened, and whether as an alert."""
    name = await staff.label(target)
    by = await staff.label(callback.from_user.id)
    try:
        await requests.assign(request.id, target, holder=name, by=by)
    except RequestError as error:
        return staff_t(error.text_id, **error.args_), True
    return staff_t("staff-assigned", number=request.id, name=name), False


async def _list(
    bot: Bot, callback: CallbackQuery, request: Request, staff_t: Translator, staff: StaffService
) -> tuple[str, bool]:
    """The card's buttons become the chat's operators; the press's answer, and if an alert."""
    operators = [
        (member.user_id, await staff.label(member.user_id))
        for member in await staff.operators(request.staff_chat_id)
        if member.user_id != request.assignee_id
    ]
    if not operators:
        return staff_t("staff-assign-nobody"), True
    await show_markup(bot, callback, assign_menu(staff_t, request.id, operators))
    return staff_t("staff-assign-choose", number=request.id), False


async def show_markup(bot: Bot, callback: CallbackQuery, markup: InlineKeyboardMarkup) -> None:
    """The card keeps its text; only its buttons change."""
    message = callback.message
    if message is None:
        return
    try:
        await bot.edit_message_reply_markup(
            chat_id=message.chat.id, message_id=message.message_id, reply_markup=markup
        )
    except TelegramBadRequest as error:
        if "not modified" not in error.message:
            raise
