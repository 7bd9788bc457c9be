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
from typing import ClassVar

from aiogram import Bot, Router
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.requests import Request
from bot.handlers.staff.hand_over import (
    HandOverDesk,
    HandOverMenus,
    HandOverTexts,
    Press,
    take_step,
)
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
    flow = ToOperator(HandOverDesk(staff_t, requests, staff))
    press = Press(callback, callback_answer, bot, request)
    await take_step(flow, callback_data.step, callback_data.operator_id, press)


@dataclass(frozen=True)
class ToOperator:
    """The list: this chat's operators and admins (a role here), the holder left out."""

    desk: HandOverDesk
    texts: ClassVar[HandOverTexts] = HandOverTexts(
        closed="staff-already-closed",
        not_allowed="staff-assign-not-allowed",
        not_offered="staff-assign-not-operator",
        nobody="staff-assign-nobody",
        choose="staff-assign-choose",
    )
    menus: ClassVar[HandOverMenus] = HandOverMenus(assign_menu, assign_confirm_menu)

    async def offered(self, request: Request) -> list[tuple[int, str]]:
        staff = self.desk.staff
        return [
            (member.user_id, await staff.label(member.user_id))
            for member in await staff.operators(request.staff_chat_id)
            if member.user_id != request.assignee_id
        ]

    async def is_offered(self, request: Request, target: int) -> bool:
        return await self.desk.staff.is_operator(target, request.staff_chat_id)

    async def name_of(self, target: int) -> str:
        return await self.desk.staff.label(target)

    async def hand_on(self, callback: CallbackQuery, request: Request, target: int) -> str:
        name = await self.desk.staff.label(target)
        by = await self.desk.staff.label(callback.from_user.id)
        await self.desk.requests.assign(request.id, target, holder=name, by=by)
        return self.desk.t("staff-assigned", number=request.id, name=name)
