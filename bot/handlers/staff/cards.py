"""The buttons on a request's card: Take, Urgent on/off, Close, Reopen."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer

from bot.i18n import Translator
from bot.keyboards.callbacks import CardAction, RequestCard
from bot.services.requests import RequestError, RequestService


def router() -> Router:
    router = Router(name="staff_cards")
    router.callback_query.register(on_card_button, RequestCard.filter())
    return router


async def on_card_button(
    callback: CallbackQuery,
    callback_data: RequestCard,
    *,
    callback_answer: CallbackAnswer,
    staff_t: Translator,
    requests: RequestService,
) -> None:
    """The press was checked (bot/middlewares/pressed_request.py): an operator, the
    request's own chat."""
    try:
        toast = await _apply(callback_data, callback.from_user.id, requests, staff_t)
    except RequestError as error:
        callback_answer.text, callback_answer.show_alert = staff_t(error.text_id), True
        return
    callback_answer.text = toast


async def _apply(
    pressed: RequestCard, operator_id: int, requests: RequestService, staff_t: Translator
) -> str:
    """Do what the button says; the card itself is refreshed through the outbox."""
    number = pressed.request_id
    if pressed.action == CardAction.TAKE:
        await requests.take(number, operator_id)
        return staff_t("staff-taken", number=number)
    if pressed.action == CardAction.URGENT_ON:
        await requests.set_urgent(number, True)
        return staff_t("staff-urgent-set")
    if pressed.action == CardAction.URGENT_OFF:
        await requests.set_urgent(number, False)
        return staff_t("staff-urgent-unset")
    if pressed.action == CardAction.CLOSE:
        await requests.close(number)
        return staff_t("staff-closed", number=number)
    await requests.reopen(number)
    return staff_t("staff-reopened", number=number)
