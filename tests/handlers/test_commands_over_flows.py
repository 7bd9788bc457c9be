"""Commands win over flows: every command of the bot, typed in every step of every form (the
request form, the deadlines form, the event form, the broadcast form), does what it does
outside a form, after one line saying the form was left; a half-filled request is kept as a
draft that /request offers to continue. /cancel ends the form.

One bot for the whole module (each case is a new user in the step, set in the FSM storage as
the form's own handlers would leave it); each case compares what the user sees with what a
user in no form sees for the same command.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import StorageKey

from bot.bot_commands import ADMIN_COMMANDS, COMMANDS
from bot.handlers.broadcasts import BroadcastForm
from bot.handlers.deadlines import DeadlinesForm
from bot.handlers.drafts import kept_draft
from bot.handlers.event_admin import EditEvent, NewEvent
from bot.handlers.request_form import RequestFormStates
from bot.i18n import I18n
from bot.middlewares.throttling import ThrottlingMiddleware
from fake_telegram.html_check import visible_text
from tests.handlers.harness import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

ru = I18n.load("ru").get("ru")
STAFF = -1001234567890
ADMINS = frozenset(range(900_000, 901_000))
REQUEST_DATA = {"category": "wages", "city": "moscow", "text": "Не платят", "attachments": []}


def forms(*groups: tuple[tuple[State, ...], dict[str, Any]]) -> list[Any]:
    return [pytest.param(s, data, id=s.state) for states, data in groups for s in states]


MIGRANT_FORMS = forms(
    (RequestFormStates.__all_states__, REQUEST_DATA),
    ((DeadlinesForm.date,), {"field": "entry_date"}),
)
ADMIN_FORMS = forms(
    (NewEvent.__all_states__, {"texts": {}, "kind": "webinar"}),
    (EditEvent.__all_states__, {"event_id": 1, "step": "title", "texts": {}}),
    (BroadcastForm.__all_states__, {}),
)
MIGRANT_COMMANDS = [*COMMANDS, "cancel"]
ALL_COMMANDS = [*COMMANDS, *ADMIN_COMMANDS, "cancel"]
_migrants = itertools.count(100_000)
_admins = iter(sorted(ADMINS))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    harness = await Harness.start(
        tmp_path_factory.mktemp("flows") / "bot.sqlite3",
        throttling=ThrottlingMiddleware(burst=1_000_000),
        admin_ids=ADMINS,
        env={"STAFF_CHAT_ID": str(STAFF), "OFFICE_HOURS": ""},
    )
    harness.fake.make_forum(STAFF)
    yield harness
    await harness.stop()
    assert harness.fake.rejected == [], harness.fake.describe_calls()


def state_of(bot: Harness, user: int) -> FSMContext:
    key = StorageKey(bot_id=bot.bot.id, chat_id=user, user_id=user)
    return FSMContext(storage=bot.services.storage, key=key)


async def seen(bot: Harness, user: int, command: str) -> list[tuple[str, list[str]]]:
    """What the user is shown for ``command``: each message's text and button labels."""
    await bot.services.users.set_locale(user, "ru")
    before = len(bot.fake.calls)
    await bot.send(user, command)
    shown = []
    for call in bot.fake.calls[before:]:
        if call.chat_id == user and call.method in ("sendMessage", "editMessageText"):
            markup = call.decoded.get("reply_markup") or {}
            rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
            labels = [button["text"] for row in rows for button in row]
            shown.append((visible_text(str(call.decoded.get("text", ""))), labels))
    return shown


async def check(
    bot: Harness, users: tuple[int, int], step: State, data: dict[str, Any], command: str
) -> None:
    """``users``: one in the form's ``step``, one in no form."""
    user, outsider = users
    form = state_of(bot, user)
    await form.set_state(step)
    await form.set_data(data)
    in_form = await seen(bot, user, f"/{command}")
    if command == "cancel":
        cancelled = "request-cancelled" if step in RequestFormStates else "common-cancelled"
        assert [text for text, _ in in_form] == [ru(cancelled), visible_text(ru("menu-title"))]
        assert await form.get_state() is None and await kept_draft(form) is None
        return
    in_request_form = step in RequestFormStates
    if command == "request" and in_request_form:
        assert in_form == [(ru("request-draft-found"), [
            ru("request-button-resume"), ru("request-button-restart"), ru("request-button-cancel"),
        ])], "the draft is offered, not a new form"  # fmt: skip
    else:
        outside = await seen(bot, outsider, f"/{command}")
        notice = ru("request-draft-kept") if in_request_form else ru("common-form-left")
        assert in_form[0] == (visible_text(notice), []), "the user is told the form was left"
        assert in_form[1:] == outside, "and the command does what it does outside a form"
        assert await form.get_state() == await state_of(bot, outsider).get_state()
    if in_request_form:
        assert await kept_draft(form) == (step.state, data), "the answers are kept"


@pytest.mark.parametrize("command", MIGRANT_COMMANDS)
@pytest.mark.parametrize(("step", "data"), MIGRANT_FORMS)
async def test_a_command_in_a_migrants_form(
    bot: Harness, step: State, data: dict[str, Any], command: str
) -> None:
    await check(bot, (next(_migrants), next(_migrants)), step, data, command)


@pytest.mark.parametrize("command", ALL_COMMANDS)
@pytest.mark.parametrize(("step", "data"), ADMIN_FORMS)
async def test_a_command_in_an_admins_form(
    bot: Harness, step: State, data: dict[str, Any], command: str
) -> None:
    await check(bot, (next(_admins), next(_admins)), step, data, command)


async def test_the_draft_continues_where_it_stopped(bot: Harness) -> None:
    user = next(_migrants)
    await bot.services.users.set_locale(user, "ru")
    await bot.send(user, "/request")
    await bot.press(user, ru("request-category-wages"))
    await bot.press(user, ru("city-moscow"))
    await bot.send(user, "Мне не платят третий месяц")
    await bot.send(user, "/emergency")  # the form is left; the emergency page is shown
    assert "112" in bot.screen(user).text
    await bot.send(user, "Это не описание")  # outside the form now: not added to the request
    await bot.send(user, "/request")
    await bot.press(user, ru("request-button-resume"))
    assert bot.screen(user).buttons[0][0] == ru("request-button-done"), "back in its step"
    await bot.press(user, ru("request-button-done"))
    await bot.press(user, ru("request-button-chat-only"))
    await bot.press(user, ru("request-button-consent"))
    assert "Мне не платят третий месяц" in bot.screen(user).text
    assert "Это не описание" not in bot.screen(user).text
    await bot.press(user, ru("request-button-submit"))
    (request,) = await bot.services.requests.for_user(user)
    assert request.text == "Мне не платят третий месяц"
    assert await kept_draft(state_of(bot, user)) is None


async def test_start_again_forgets_the_draft_and_cancel_deletes_it(bot: Harness) -> None:
    user = next(_migrants)
    await bot.services.users.set_locale(user, "ru")
    await bot.send(user, "/request")
    await bot.press(user, ru("request-category-police"))
    await bot.send(user, "/menu")
    await bot.send(user, "/request")
    await bot.press(user, ru("request-button-restart"))
    assert bot.screen(user).text == visible_text(ru("request-step-category"))
    await bot.send(user, "/help")
    await bot.send(user, "/request")
    await bot.press(user, ru("request-button-cancel"))
    assert bot.screen(user).text.startswith(ru("request-cancelled"))
    assert await kept_draft(state_of(bot, user)) is None
    await bot.send(user, "/cancel")
    assert bot.fake.store.bot_messages(user)[-2]["text"] == ru("common-nothing-to-cancel")
