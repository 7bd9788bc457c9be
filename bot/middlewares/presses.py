"""Remembers which buttons were pressed, so a second press of one is recognised.

A double tap on Submit reaches the bot as two presses; the first files the request and
replaces the form with the receipt, the second finds the form gone. Without this, the second
went to the "this button is out of date" handler, which replaced the receipt (and its number)
with the menu. Now every press carries ``pressed_before`` (this button, on this message, was
pressed before), and the out-of-date handler only answers such a press: the screen the first
press produced stays. A button pressed for the first time that nothing handles is still out of
date. In memory, bounded: after a restart a repeated press counts as new.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, TelegramObject
from cachetools import LRUCache

PRESSES_REMEMBERED = 50_000


class RepeatedPressMiddleware(BaseMiddleware):
    def __init__(self, capacity: int = PRESSES_REMEMBERED) -> None:
        self._pressed: LRUCache[tuple[object, ...], bool] = LRUCache(capacity)

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, CallbackQuery):
            key = _press_key(event)
            data["pressed_before"] = self._pressed.get(key) is not None
            self._pressed[key] = True
        return await handler(event, data)


def _press_key(callback: CallbackQuery) -> tuple[object, ...]:
    message = callback.message
    if message is None:
        return (callback.inline_message_id, callback.data)
    return (message.chat.id, message.message_id, callback.data)
