"""Handing a request on from its card: to another operator (assign.py) or to a partner
institution's staff chat (transfer.py). Both walk the same steps on the card's keyboard:

    card ──button──▶ whom to (a list) ──one──▶ "Hand it to …?"
      ▲                  │ Back                  │ Back → the list
      └──────────────────┘                       │ Confirm → handed on

Only an admin of this staff chat, or the operator who holds the request, may hand it on, and
only while it is open; anyone else is told so in a toast and nothing changes. The one chosen
is checked again at every step (callback data grants nothing). The card's keyboard changes in
place; what follows a handover goes through the outbox. A flow says what differs: whom the
list offers, how they are named, what "hand it on" does, its menus and its texts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InlineKeyboardMarkup
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.requests import Request
from bot.i18n import Translator
from bot.keyboards.callbacks import HandOverStep
from bot.keyboards.request_menus import card_menu
from bot.services.requests import RequestError, RequestService
from bot.services.staff import StaffService


@dataclass(frozen=True)
class HandOverTexts:
    """Text ids: the request is closed; the presser may not; the one chosen is not offered;
    the list would be empty; the toast over the list."""

    closed: str
    not_allowed: str
    not_offered: str
    nobody: str
    choose: str


@dataclass(frozen=True)
class HandOverMenus:
    """The card's keyboard while choosing (whom to: (id, name shown)) and while confirming."""

    choose: Callable[[Translator, int, list[tuple[int, str]]], InlineKeyboardMarkup]
    confirm: Callable[[Translator, int, int, str], InlineKeyboardMarkup]


@dataclass(frozen=True)
class HandOverDesk:
    """What every step needs: the staff's language, the requests, the staff and their roles."""

    t: Translator
    requests: RequestService
    staff: StaffService


@dataclass(frozen=True)
class Press:
    """The press on the card being answered."""

    callback: CallbackQuery
    answer: CallbackAnswer
    bot: Bot
    request: Request


class HandOverFlow(Protocol):
    @property
    def desk(self) -> HandOverDesk: ...

    @property
    def texts(self) -> HandOverTexts: ...

    @property
    def menus(self) -> HandOverMenus: ...

    async def offered(self, request: Request) -> list[tuple[int, str]]:
        """Whom the list offers: (id, name shown)."""

    async def is_offered(self, request: Request, target: int) -> bool: ...

    async def name_of(self, target: int) -> str: ...

    async def hand_on(self, callback: CallbackQuery, request: Request, target: int) -> str:
        """Do it; the toast saying what happened (RequestError: why not)."""


async def take_step(flow: HandOverFlow, step: HandOverStep, target: int, press: Press) -> None:
    """One press on the card during a handover; the press's answer says what it did."""
    t, request, answer = flow.desk.t, press.request, press.answer
    if step == HandOverStep.BACK:
        several_teams = flow.desk.requests.several_teams
        await show_markup(press.bot, press.callback, card_menu(t, request, several_teams))
        return
    texts = flow.texts
    refusal = await _refusal(press.callback, request, flow.desk.staff, texts)
    if refusal is not None:
        answer.text, answer.show_alert = t(refusal), True
    elif step == HandOverStep.LIST:
        offered = await flow.offered(request)
        if not offered:
            answer.text, answer.show_alert = t(texts.nobody), True
            return
        await show_markup(press.bot, press.callback, flow.menus.choose(t, request.id, offered))
        answer.text = t(texts.choose, number=request.id)
    elif not await flow.is_offered(request, target):
        answer.text, answer.show_alert = t(texts.not_offered), True
    elif step == HandOverStep.PICK:
        name = await flow.name_of(target)
        menu = flow.menus.confirm(t, request.id, target, name)
        await show_markup(press.bot, press.callback, menu)
    else:
        try:
            answer.text = await flow.hand_on(press.callback, request, target)
        except RequestError as error:
            answer.text, answer.show_alert = t(error.text_id, **error.args_), True


async def _refusal(
    callback: CallbackQuery, request: Request, staff: StaffService, texts: HandOverTexts
) -> str | None:
    """Why this presser may not hand this request on, if so, as a text id."""
    if not request.is_open:
        return texts.closed
    if request.user_id is None:
        return "staff-erased"
    presser = callback.from_user.id
    if presser == request.assignee_id or await staff.is_admin(presser, request.staff_chat_id):
        return None
    return texts.not_allowed


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
