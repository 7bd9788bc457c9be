"""Commands win over flows, in one place: a command of the bot typed in the middle of a form
(the request form, the deadlines form, the event form, the broadcast form) leaves the form
first and then does exactly what it does outside one.

The user is told, before the command's answer: a half-filled request is kept as a draft
(bot/handlers/drafts.py), which "File a request" or /request offers to continue; the other
forms are short or are the admins' and are simply closed. /cancel is not a way out here but
the form's own end (bot/handlers/start.py), and a text such as "/ok" that is no command of
the bot stays the form's input, which answers it with the step's hint.

An outer middleware of the private chat's messages, so it runs before any router's filters:
the forms' handlers, which take any message of their step, never see a command.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.enums import ChatType
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import StatesGroup
from aiogram.types import Message, ReplyKeyboardRemove, TelegramObject

from bot.bot_commands import ADMIN_COMMANDS, COMMANDS
from bot.handlers.broadcasts import BroadcastForm
from bot.handlers.deadlines import DeadlinesForm
from bot.handlers.drafts import set_aside
from bot.handlers.event_admin import EditEvent, NewEvent
from bot.handlers.request_form import RequestFormStates
from bot.i18n import Translator

COMMAND = re.compile(r"/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s|$)")
FORMS: tuple[type[StatesGroup], ...] = (
    RequestFormStates,
    DeadlinesForm,
    NewEvent,
    EditEvent,
    BroadcastForm,
)
FORM_STATES = frozenset(state for form in FORMS for state in form.__state_names__)
REQUEST_STATES = frozenset(RequestFormStates.__state_names__)


def command_name(text: str | None) -> str | None:
    """'menu' for '/menu', '/menu@bot' or '/Menu args'; None for anything else."""
    match = COMMAND.match(text or "")
    return match.group(1).lower() if match else None


class CommandsFirst(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Message) and event.chat.type == ChatType.PRIVATE:
            await self._leave_form(event, data)
        return await handler(event, data)

    async def _leave_form(self, message: Message, data: dict[str, Any]) -> None:
        name = command_name(message.text)
        state: FSMContext | None = data.get("state")
        t: Translator | None = data.get("t")
        if name is None or state is None or t is None or not _is_ours(name, message, data):
            return
        current = await state.get_state()
        if current not in FORM_STATES:
            return
        # The reply keyboard goes too: the phone step's contact button must not stay behind.
        if current in REQUEST_STATES:
            await set_aside(state)
            if name != "request":  # /request itself offers to continue the draft at once
                await message.answer(t("request-draft-kept"), reply_markup=ReplyKeyboardRemove())
        else:
            await state.clear()
            await message.answer(t("common-form-left"), reply_markup=ReplyKeyboardRemove())
        data["raw_state"] = None  # what aiogram's StateFilter reads: no form from here on


def _is_ours(name: str, message: Message, data: dict[str, Any]) -> bool:
    if name in COMMANDS:
        return True
    admin_ids: frozenset[int] = data.get("admin_ids", frozenset())
    return (
        name in ADMIN_COMMANDS
        and message.from_user is not None
        and (message.from_user.id in admin_ids)
    )
