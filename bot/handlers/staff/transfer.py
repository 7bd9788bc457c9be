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
from bot.keyboards.callbacks import RequestTransfer
from bot.keyboards.request_menus import transfer_confirm_menu, transfer_menu
from bot.services.requests import RequestService
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
    request: Request,
    transfers: TransferService,
    callback_answer: CallbackAnswer,
    bot: Bot,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
) -> None:
    flow = ToPartner(HandOverDesk(staff_t, requests, staff), transfers)
    press = Press(callback, callback_answer, bot, request)
    await take_step(flow, callback_data.step, callback_data.chat_id, press)


@dataclass(frozen=True)
class ToPartner:
    """The list: the bot's other staff chats, by institution."""

    desk: HandOverDesk
    transfers: TransferService
    texts: ClassVar[HandOverTexts] = HandOverTexts(
        closed="staff-transfer-closed",
        not_allowed="staff-transfer-not-allowed",
        not_offered="staff-transfer-unknown-chat",
        nobody="staff-transfer-nowhere",
        choose="staff-transfer-choose",
    )
    menus: ClassVar[HandOverMenus] = HandOverMenus(transfer_menu, transfer_confirm_menu)

    async def offered(self, request: Request) -> list[tuple[int, str]]:
        return [
            (chat_id, await self.name_of(chat_id))
            for chat_id in self.transfers.targets(request.staff_chat_id)
        ]

    async def is_offered(self, request: Request, target: int) -> bool:
        return target in self.transfers.targets(request.staff_chat_id)

    async def name_of(self, target: int) -> str:
        """The institution's name; a chat without one also shows its id (two partners
        apart)."""
        name = self.transfers.institution(self.desk.t, target)
        return name if target in self.transfers.team_names else f"{name} ({target})"

    async def hand_on(self, callback: CallbackQuery, request: Request, target: int) -> str:
        by = await self.desk.staff.label(callback.from_user.id)
        presser = callback.from_user.id
        await self.transfers.transfer(request.id, request.staff_chat_id, target, presser, by)
        institution = self.transfers.institution(self.desk.t, target)
        return self.desk.t("staff-transferred", number=request.id, institution=institution)
