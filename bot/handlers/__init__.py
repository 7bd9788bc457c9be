"""Routers, one per feature. ``build_router`` assembles them in the order they must match."""

from __future__ import annotations

from aiogram import Router

from bot.handlers import emergency, errors, fallback, rights, search, start
from bot.handlers.filters import in_private_chat


def build_router() -> Router:
    root = Router(name="root")
    root.include_router(errors.router())
    root.include_router(_private_router())
    return root


def _private_router() -> Router:
    """Everything a migrant does happens in the private chat with the bot."""
    private = Router(name="private")
    private.message.filter(in_private_chat)
    private.callback_query.filter(in_private_chat)
    private.include_routers(
        start.router(),
        rights.router(),
        search.router(),
        emergency.router(),
        fallback.router(),  # last: catches what nothing above handled
    )
    return private
