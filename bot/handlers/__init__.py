"""Routers, one per feature. ``build_router`` assembles them in the order they must match."""

from __future__ import annotations

from aiogram import Router

from bot.handlers import (
    announcements,
    appointment_desk,
    appointments,
    broadcasts,
    deadlines,
    edits,
    emergency,
    errors,
    event_admin,
    events,
    fallback,
    my_requests,
    privacy,
    request_form,
    request_thread,
    rights,
    search,
    start,
)
from bot.handlers.commands_first import CommandsFirst
from bot.handlers.filters import in_private_chat


def build_router() -> Router:
    """Everything a migrant does happens in the private chat with the bot.

    The error handler sits on this same router: every extra router level costs each update
    a propagation step, and errors bubble up to the router the update entered.
    """
    private = Router(name="private")
    private.message.filter(in_private_chat)
    private.edited_message.filter(in_private_chat)
    private.callback_query.filter(in_private_chat)
    private.errors.register(errors.on_error)
    private.message.outer_middleware(CommandsFirst())  # commands win over flows
    private.include_routers(
        start.router(),
        broadcasts.router(),  # admins only; its form takes any message, so before the others
        event_admin.router(),  # admins only
        appointment_desk.router(),  # admins only
        appointments.router(),  # before request_thread: a matter typed is no thread message
        request_form.router(),
        rights.router(),
        search.router(),
        emergency.router(),
        events.router(),
        deadlines.router(),
        announcements.router(),
        privacy.router(),
        my_requests.router(),
        request_thread.router(),  # takes messages written outside any menu
        edits.router(),  # an edited message: its copy follows, if it was relayed
        fallback.router(),  # last: catches what nothing above handled
    )
    return private
