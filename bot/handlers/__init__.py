"""Routers, one per feature. ``build_router`` assembles them in the order they must match."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatType

from bot.handlers import emergency, errors, fallback, rights, search, start


def build_router() -> Router:
    root = Router(name="root")
    root.include_router(errors.router())
    root.include_router(_private_router())
    return root


def _private_router() -> Router:
    """Everything a migrant does happens in the private chat with the bot."""
    private = Router(name="private")
    private.message.filter(F.chat.type == ChatType.PRIVATE)
    private.callback_query.filter(F.message.chat.type == ChatType.PRIVATE)
    private.include_routers(
        start.router(),
        rights.router(),
        search.router(),
        emergency.router(),
        fallback.router(),  # last: catches what nothing above handled
    )
    return private
