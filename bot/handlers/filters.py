"""Filters as coroutines. aiogram runs a plain (sync) filter, a MagicFilter ``F`` included, in a
worker thread (``asyncio.to_thread``) for every update it checks; a coroutine filter runs on
the event loop at no such cost, and these run for nearly every update."""

from __future__ import annotations

from aiogram.enums import ChatType
from aiogram.types import CallbackQuery, Message


async def in_private_chat(event: Message | CallbackQuery) -> bool:
    message = event.message if isinstance(event, CallbackQuery) else event
    return message is not None and message.chat.type == ChatType.PRIVATE


async def is_plain_text(message: Message) -> bool:
    """Text that is not a command: commands keep working inside a flow."""
    return bool(message.text) and not (message.text or "").startswith("/")


async def is_not_command(message: Message) -> bool:
    """Anything but a /command: text, media, a contact..."""
    return not (message.text or "").startswith("/")


async def has_no_text(message: Message) -> bool:
    """Media, stickers, locations: anything without text."""
    return message.text is None


async def is_admin(event: Message | CallbackQuery, admin_ids: frozenset[int]) -> bool:
    """The person acting is an admin (ADMIN_IDS); checked on every step, never trusted from
    callback data."""
    return event.from_user is not None and event.from_user.id in admin_ids
