"""Staff members' names, as Telegram shows them in the staff chat, kept up to date.

An outer middleware of the staff chats' router: whoever writes or presses a button in a staff
chat, and has a role there, has their current name noted (bot/services/staff.py), so cards,
/queue and notices name operators rather than show a number. It never stops an update.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot.services.requests import RequestService
from bot.services.staff import StaffService


class StaffNamesMiddleware(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        message = event.message if isinstance(event, CallbackQuery) else event
        staff: StaffService | None = data.get("staff")
        requests: RequestService | None = data.get("requests")
        if (
            isinstance(message, Message)
            and isinstance(event, Message | CallbackQuery)
            and event.from_user is not None
            and staff is not None
            and requests is not None
            and message.chat.id in requests.staff_chats
        ):
            await staff.note_name(event.from_user, message.chat.id)
        return await handler(event, data)
