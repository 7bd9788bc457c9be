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

from dataclasses import dataclass

from aiogram import Bot, Router
from aiogram.types import CallbackQuery, InlineKeyboardMarkup
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.requests import Request
from bot.handlers.staff.hand_over import HandOverTexts, take_step
from bot.i18n import Translator
from bot.keyboards.callbacks import RequestAssign
from bot.keyboards.request_menus import assign_confirm_menu, assign_menu
from bot.services.requests import RequestService
from bot.services.staff import StaffService


def router() -> Router:
    router = Router(name="staff_assign")
    router.callback_query.register(on_assign, RequestAssign.filter())
    return router


async def on_assign(
    callback: CallbackQuery,
    callback_data: RequestAssign,
    *,
    request: Request,
    callback_answer: CallbackAnswer,
    bot: Bot,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
) -> None:
    await take_step(
        ToOperator(staff_t, requests, staff),
        callback_data.step,
        callback_data.operator_id,
        callback=callback,
        callback_answer=callback_answer,
        bot=bot,
        request=request,
        staff_t=staff_t,
        requests=requests,
        staff=staff,
    )


TO_OPERATOR_TEXTS = HandOverTexts(
    closed="staff-already-closed",
    not_allowed="staff-assign-not-allowed",
    not_offered="staff-assign-not-operator",
    nobody="staff-assign-nobody",
    choose="staff-assign-choose",
)


@dataclass(frozen=True)
class ToOperator:
    """The list: this chat's operators and admins (a role here), the holder left out."""

    t: Translator
    requests: RequestService
    staff: StaffService
    texts: HandOverTexts = TO_OPERATOR_TEXTS

    async def offered(self, request: Request) -> list[tuple[int, str]]:
        return [
            (member.user_id, await self.staff.label(member.user_id))
            for member in await self.staff.operators(request.staff_chat_id)
            if member.user_id != request.assignee_id
        ]

    async def is_offered(self, request: Request, target: int) -> bool:
        return await self.staff.is_operator(target, request.staff_chat_id)

    async def name_of(self, target: int) -> str:
        return await self.staff.label(target)

    def list_menu(self, request_id: int, offered: list[tuple[int, str]]) -> InlineKeyboardMarkup:
        return assign_menu(self.t, request_id, offered)

    def confirm_menu(self, request_id: int, target: int, name: str) -> InlineKeyboardMarkup:
        return assign_confirm_menu(self.t, request_id, target, name)

    async def hand_on(self, callback: CallbackQuery, request: Request, target: int) -> str:
        name = await self.staff.label(target)
        by = await self.staff.label(callback.from_user.id)
        await self.requests.assign(request.id, target, holder=name, by=by)
        return self.t("staff-assigned", number=request.id, name=name)
