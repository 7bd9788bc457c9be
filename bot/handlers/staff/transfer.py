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

from bot.db.requests import Request
from bot.handlers.staff.access import pressed_request
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
    bot: Bot,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
    transfers: TransferService,
) -> None:
    request = await pressed_request(callback, callback_data.request_id, staff_t, requests, staff)
    if request is None:
        return
    if callback_data.step == TransferStep.BACK:
        await show_markup(bot, callback, card_menu(staff_t, request, requests.several_teams))
        await callback.answer()
        return
    refusal = await _refusal(callback, request, staff)
    targets = transfers.targets(request.staff_chat_id)
    if refusal is not None:
        await callback.answer(staff_t(refusal), show_alert=True)
    elif callback_data.step == TransferStep.LIST:
        await _list(bot, callback, request, staff_t, transfers)
    elif callback_data.chat_id not in targets:
        await callback.answer(staff_t("staff-transfer-unknown-chat"), show_alert=True)
    elif callback_data.step == TransferStep.PICK:
        label = _label(staff_t, transfers, callback_data.chat_id)
        markup = transfer_confirm_menu(staff_t, request.id, callback_data.chat_id, label)
        await show_markup(bot, callback, markup)
        await callback.answer()
    else:
        await _confirm(
            callback,
            request,
            callback_data.chat_id,
            staff_t=staff_t,
            staff=staff,
            transfers=transfers,
        )


async def _confirm(
    callback: CallbackQuery,
    request: Request,
    to_chat_id: int,
    *,
    staff_t: Translator,
    staff: StaffService,
    transfers: TransferService,
) -> None:
    by = await staff.label(callback.from_user.id)
    try:
        await transfers.transfer(
            request.id, request.staff_chat_id, to_chat_id, callback.from_user.id, by
        )
    except RequestError as error:
        await callback.answer(staff_t(error.text_id, **error.args_), show_alert=True)
        return
    institution = transfers.institution(staff_t, to_chat_id)
    await callback.answer(staff_t("staff-transferred", number=request.id, institution=institution))


async def _refusal(callback: CallbackQuery, request: Request, staff: StaffService) -> str | None:
    """Why this presser may not hand this request over, if so."""
    if not request.is_open:
        return "staff-transfer-closed"
    if request.user_id is None:
        return "staff-erased"
    presser = callback.from_user.id
    if presser == request.assignee_id or await staff.is_admin(presser, request.staff_chat_id):
        return None
    return "staff-transfer-not-allowed"


async def _list(
    bot: Bot,
    callback: CallbackQuery,
    request: Request,
    staff_t: Translator,
    transfers: TransferService,
) -> None:
    chats = [
        (chat_id, _label(staff_t, transfers, chat_id))
        for chat_id in transfers.targets(request.staff_chat_id)
    ]
    if not chats:
        await callback.answer(staff_t("staff-transfer-nowhere"), show_alert=True)
        return
    await show_markup(bot, callback, transfer_menu(staff_t, request.id, chats))
    await callback.answer(staff_t("staff-transfer-choose", number=request.id))


def _label(staff_t: Translator, transfers: TransferService, chat_id: int) -> str:
    """The institution's name; a chat without one also shows its id (two partners apart)."""
    name = transfers.institution(staff_t, chat_id)
    return name if chat_id in transfers.team_names else f"{name} ({chat_id})"
