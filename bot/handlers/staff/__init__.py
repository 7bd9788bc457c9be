"""The staff chat(s): request cards, operators' messages in topics, and staff commands.

Every handler here checks the role of the person who acted (StaffService); the chat filter
only decides which router looks at an update.
"""

from __future__ import annotations

from aiogram import Router

from bot.handlers import errors
from bot.handlers.staff import (
    assign,
    cards,
    case_files,
    edits,
    export,
    fallback,
    members,
    queue,
    relay,
    report,
    stats,
    templates,
    transfer,
)
from bot.handlers.staff.access import in_staff_chat
from bot.middlewares.pressed_request import PressedRequestMiddleware
from bot.middlewares.staff_names import StaffNamesMiddleware


def build_staff_router() -> Router:
    staff = Router(name="staff")
    staff.message.filter(in_staff_chat)
    staff.edited_message.filter(in_staff_chat)
    staff.callback_query.filter(in_staff_chat)
    staff.errors.register(errors.on_error)
    names = StaffNamesMiddleware()
    staff.message.outer_middleware(names)
    staff.callback_query.outer_middleware(names)
    # Inner: after a handler's filter parsed the button, before the handler runs.
    staff.callback_query.middleware(PressedRequestMiddleware())
    staff.include_routers(
        cards.router(),
        assign.router(),
        transfer.router(),
        queue.router(),
        stats.router(),
        export.router(),
        report.router(),
        case_files.router(),
        templates.router(),
        members.router(),
        edits.router(),
        relay.router(),  # last for messages: every other one in a topic is for the migrant
        fallback.router(),  # last: a button nothing above took
    )
    return staff
