"""The request a staff button names, checked once for every such button.

An inner middleware of the staff chats' router (it runs after a handler's filter has parsed the
button's callback data): a button whose data names a ``request_id`` reaches its handler only if
an operator of that chat pressed it in the chat the request is in now; the handler then gets
the request as ``request``. Otherwise the press's one answer says why and no handler runs —
callback data alone grants nothing, whoever crafted it (bot/handlers/staff/access.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, TelegramObject

from bot.handlers.staff.access import pressed_request


class PressedRequestMiddleware(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        request_id = getattr(data.get("callback_data"), "request_id", None)
        if not isinstance(event, CallbackQuery) or not isinstance(request_id, int):
            return await handler(event, data)
        request = await pressed_request(
            event,
            data["callback_answer"],
            request_id,
            staff_t=data["staff_t"],
            requests=data["requests"],
            staff=data["staff"],
        )
        if request is None:
            return None
        data["request"] = request
        return await handler(event, data)
