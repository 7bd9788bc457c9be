"""Handing a request to another team's staff chat (a partner institution), from its card.

    card ──"↪ Transfer"──▶ the other staff chats by institution ──one──▶ "Hand it to …?"
      ▲                        │ Back                                   │ Back → the list
      └────────────────────────┘                                        │ Confirm → handed

Only an admin of this staff chat, or the operator who holds the request, may hand it over;
anyone else is told so in a toast and nothing changes. A closed request is not handed over
(reopen it first), and a chat that is not one of the bot's staff chats is refused. The card's
keyboard changes in place; the rest (the partner's topic, the notice here and this topic
closed, the migrant told) goes through the outbox (bot/services/transfers.py).
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.requests import Request
from bot.handlers.staff.access import hand_over_refusal, pressed_request
from bot.handlers.staff.assign import show_markup
from bot.i18n import Translator
from bot.keyboards.callbacks import RequestTransfer, TransferStep
from bot.keyboards.request_menus import card_menu, transfer_confirm_menu, transfer_menu
from bot.services.requests import RequestError, RequestService
from bot.services.staff import StaffService
from bot.services.transfers import TransferService


def router() -> Router:
    router = Router(name="staff_transfer")
    router.callback_query.register(on_transfer, RequestTransfer.filter())
    return router


async def on_transfer(
    callback: CallbackQuery,
    callback_data: RequestTransfer,
    *,
    callback_answer: CallbackAnswer,
    bot: Bot,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
    transfers: TransferService,
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
    if callback_data.step == TransferStep.BACK:
        await show_markup(bot, callback, card_menu(staff_t, request, requests.several_teams))
        return
    refusal = await hand_over_refusal(
        callback,
        request,
        staff,
        closed="staff-transfer-closed",
        not_allowed="staff-transfer-not-allowed",
    )
    if refusal is not None:
        callback_answer.text, callback_answer.show_alert = staff_t(refusal), True
    elif callback_data.step == TransferStep.LIST:
        toast = await _list(bot, callback, request, staff_t, transfers)
        callback_answer.text, callback_answer.show_alert = toast
    elif callback_data.chat_id not in transfers.targets(request.staff_chat_id):
        callback_answer.text = staff_t("staff-transfer-unknown-chat")
        callback_answer.show_alert = True
    elif callback_data.step == TransferStep.PICK:
        label = _label(staff_t, transfers, callback_data.chat_id)
        markup = transfer_confirm_menu(staff_t, request.id, callback_data.chat_id, label)
        await show_markup(bot, callback, markup)
    else:
        toast = await _confirm(
            callback,
            request,
            callback_data.chat_id,
            staff_t=staff_t,
            staff=staff,
            transfers=transfers,
        )
        callback_answer.text, callback_answer.show_alert = toast


async def _confirm(
    callback: CallbackQuery,
    request: Request,
    to_chat_id: int,
    *,
    staff_t: Translator,
    staff: StaffService,
    transfers: TransferService,
) -> tuple[str, bool]:
    """Hands the request over; the press's answer: what happened, and whether as an alert."""
    by = await staff.label(callback.from_user.id)
    try:
        await transfers.transfer(
            request.id, request.staff_chat_id, to_chat_id, callback.from_user.id, by
        )
    except RequestError as error:
        return staff_t(error.text_id, **error.args_), True
    institution = transfers.institution(staff_t, to_chat_id)
    return staff_t("staff-transferred", number=request.id, institution=institution), False


async def _list(
    bot: Bot,
    callback: CallbackQuery,
    request: Request,
    staff_t: Translator,
    transfers: TransferService,
) -> tuple[str, bool]:
    """The card's buttons become the other staff chats; the press's answer, and if an alert."""
    chats = [
        (chat_id, _label(staff_t, transfers, chat_id))
        for chat_id in transfers.targets(request.staff_chat_id)
    ]
    if not chats:
        return staff_t("staff-transfer-nowhere"), True
    await show_markup(bot, callback, transfer_menu(staff_t, request.id, chats))
    return staff_t("staff-transfer-choose", number=request.id), False


def _label(staff_t: Translator, transfers: TransferService, chat_id: int) -> str:
    """The institution's name; a chat without one also shows its id (two partners apart)."""
    name = transfers.institution(staff_t, chat_id)
    return name if chat_id in transfers.team_names else f"{name} ({chat_id})"
