"""/broadcast for admins: the message as it should look → audience → preview → send or schedule.

State graph::

    [any] --/broadcast (admin)--> BroadcastForm.message
    BroadcastForm.message --any message--> BroadcastForm.audience (keyboard with counts)
    BroadcastForm.audience --an audience--> BroadcastForm.confirm (preview: recipients, time;
                                             with BROADCAST_PAID: paid, cost in Stars)
    BroadcastForm.confirm --Send now--> created, progress message        [state cleared]
    BroadcastForm.confirm --Schedule--> BroadcastForm.when
    BroadcastForm.when --"DD.MM.YYYY HH:MM" (Moscow)--> created, scheduled [state cleared]
    BroadcastForm.when --anything else--> hint (stays)
    any step --Cancel, /menu--> [state cleared]

The steps are a form on bot/handlers/forms.py; the preview (a copy of the message, then the
text) is shown by ``on_audience`` itself.
Every step checks the admin role of the person acting; callback data grants nothing by itself.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from aiogram import Bot, F, Router, flags
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.db.clock import utc_now
from bot.handlers.filters import is_admin, is_plain_text
from bot.handlers.forms import Answers, Form, Screen, Step
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import (
    BroadcastAction,
    BroadcastAudience,
    BroadcastConfirm,
    BroadcastControl,
    BroadcastStep,
)
from bot.keyboards.menus import (
    broadcast_audience_menu,
    broadcast_cancel_menu,
    broadcast_confirm_menu,
    broadcast_progress_menu,
)
from bot.services.broadcasts import (
    BroadcastPlanner,
    BroadcastSender,
    preview_text,
    progress_text,
)
from bot.services.deadlines import MOSCOW

WHEN_INPUT = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})\s*$")
MAX_DAYS_AHEAD = 60
ACTION_NAMES = {
    BroadcastAction.PAUSE: "pause",
    BroadcastAction.RESUME: "resume",
    BroadcastAction.CANCEL: "cancel",
}


class BroadcastForm(StatesGroup):
    message = State()
    audience = State()
    confirm = State()
    when = State()


async def _message_screen(t: Translator, _: Answers, __: BroadcastPlanner) -> Screen:
    return t("broadcast-ask-message"), broadcast_cancel_menu(t)


async def _audience_screen(t: Translator, _: Answers, planner: BroadcastPlanner) -> Screen:
    counts, titles = await planner.audiences(t.locale)
    return t("broadcast-ask-audience"), broadcast_audience_menu(t, counts, titles)


async def _when_screen(t: Translator, _: Answers, __: BroadcastPlanner) -> Screen:
    return t("broadcast-ask-when"), broadcast_cancel_menu(t)


def _read_when(text: str, data: Answers) -> str | None:
    when = parse_when(text)
    now = utc_now()
    if when is None or not now < when < now + timedelta(days=MAX_DAYS_AHEAD):
        return "broadcast-bad-when"
    data["starts_at"] = when.isoformat()
    return None


FORM: Form[BroadcastPlanner] = Form(
    [
        Step(BroadcastForm.message, _message_screen),  # any message: on_source
        Step(BroadcastForm.audience, _audience_screen),  # its counts: on_audience
        Step(BroadcastForm.confirm, None),
        Step(BroadcastForm.when, _when_screen, typed=_read_when),
    ],
    in_place=True,
)


def router() -> Router:
    router = Router(name="broadcasts")
    router.message.filter(is_admin)
    router.callback_query.filter(is_admin)
    router.message.register(on_broadcast, Command("broadcast"))
    router.message.register(on_source, StateFilter(BroadcastForm.message))
    router.callback_query.register(
        on_audience, StateFilter(BroadcastForm.audience), BroadcastAudience.filter()
    )
    router.callback_query.register(
        on_cancel, BroadcastConfirm.filter(F.step == BroadcastStep.CANCEL)
    )
    router.callback_query.register(
        on_send_now,
        StateFilter(BroadcastForm.confirm),
        BroadcastConfirm.filter(F.step == BroadcastStep.SEND_NOW),
    )
    router.callback_query.register(
        on_schedule,
        StateFilter(BroadcastForm.confirm),
        BroadcastConfirm.filter(F.step == BroadcastStep.SCHEDULE),
    )
    router.message.register(on_when, StateFilter(BroadcastForm.when), is_plain_text)
    router.callback_query.register(on_control, BroadcastControl.filter())
    return router


def parse_when(text: str) -> datetime | None:
    """'25.12.2026 18:30' in Moscow time, as an aware datetime; None if unreadable."""
    match = WHEN_INPUT.match(text)
    if match is None:
        return None
    day, month, year, hour, minute = (int(part) for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, tzinfo=MOSCOW)
    except ValueError:
        return None


async def on_broadcast(
    message: Message, state: FSMContext, t: Translator, broadcast_planner: BroadcastPlanner
) -> None:
    await state.clear()
    await FORM.show(BroadcastForm.message, message, state, t, broadcast_planner)


async def on_source(
    message: Message, state: FSMContext, t: Translator, broadcast_planner: BroadcastPlanner
) -> None:
    if message.text is not None and message.text.startswith("/"):
        await FORM.show(BroadcastForm.message, message, state, t, broadcast_planner)
        return
    await state.update_data(source_chat_id=message.chat.id, source_message_id=message.message_id)
    await FORM.advance(message, state, t, broadcast_planner)


@flags.callback_answer(pre=True)
async def on_audience(
    callback: CallbackQuery,
    *,
    callback_data: BroadcastAudience,
    state: FSMContext,
    t: Translator,
    bot: Bot,
    broadcast_planner: BroadcastPlanner,
) -> None:
    audience = callback_data.stored
    counts, _ = await broadcast_planner.audiences(t.locale)
    if audience not in counts:  # an old or crafted button
        return
    data = await state.update_data(audience=audience)
    await state.set_state(BroadcastForm.confirm)
    await bot.copy_message(
        callback.from_user.id, data["source_chat_id"], data["source_message_id"]
    )
    recipients = counts[audience]
    await bot.send_message(
        callback.from_user.id,
        preview_text(t, recipients, broadcast_planner.estimate(recipients)),
        reply_markup=broadcast_confirm_menu(t),
    )


async def on_cancel(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await FORM.cancel(callback, state, t("broadcast-cancelled"), None)


@flags.callback_answer(pre=True)
async def on_send_now(
    callback: CallbackQuery,
    state: FSMContext,
    t: Translator,
    broadcast_planner: BroadcastPlanner,
    broadcast_sender: BroadcastSender | None = None,
) -> None:
    await _create(callback, state, t, broadcast_planner, utc_now())
    if broadcast_sender is not None:
        broadcast_sender.wake()


async def on_schedule(
    callback: CallbackQuery, state: FSMContext, t: Translator, broadcast_planner: BroadcastPlanner
) -> None:
    await FORM.advance(callback, state, t, broadcast_planner)


async def on_when(
    message: Message, state: FSMContext, t: Translator, broadcast_planner: BroadcastPlanner
) -> None:
    if await FORM.read_text(message, state, t, broadcast_planner):
        starts_at = datetime.fromisoformat((await state.get_data())["starts_at"])
        await _create(message, state, t, broadcast_planner, starts_at)


async def _create(
    event: CallbackQuery | Message,
    state: FSMContext,
    t: Translator,
    planner: BroadcastPlanner,
    starts_at: datetime,
) -> None:
    data = await state.get_data()
    await state.clear()
    broadcast_id = await planner.create(
        admin_id=event.from_user.id if event.from_user else 0,
        source_chat_id=data["source_chat_id"],
        source_message_id=data["source_message_id"],
        audience=data["audience"],
        starts_at=starts_at,
    )
    status = "scheduled" if starts_at > utc_now() else "running"
    text = progress_text(t, broadcast_id, status, await planner.progress(broadcast_id))
    if status == "scheduled":
        when = starts_at.astimezone(MOSCOW).strftime("%d.%m.%Y %H:%M")
        text = t("broadcast-scheduled", when=when) + "\n\n" + text
    bot = event.bot
    chat_id = event.from_user.id if event.from_user else 0
    if bot is None:
        return
    sent = await bot.send_message(
        chat_id, text, reply_markup=broadcast_progress_menu(t, broadcast_id, status)
    )
    await planner.attach_progress(broadcast_id, chat_id, sent.message_id)


async def on_control(
    callback: CallbackQuery,
    callback_data: BroadcastControl,
    t: Translator,
    broadcast_planner: BroadcastPlanner,
    broadcast_sender: BroadcastSender | None = None,
) -> None:
    broadcast = await broadcast_planner.control(
        callback_data.broadcast_id, ACTION_NAMES[callback_data.action]
    )
    if broadcast is None:
        return
    progress = await broadcast_planner.progress(broadcast.id)
    text = progress_text(t, broadcast.id, broadcast.status, progress)
    await show_on_callback(
        callback, text, broadcast_progress_menu(t, broadcast.id, broadcast.status)
    )
    if broadcast_sender is not None:
        broadcast_sender.wake()
