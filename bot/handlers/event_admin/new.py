"""/newevent: the new-event form on bot/handlers/forms.py, its summary, and "Create"."""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from datetime import datetime

from aiogram import flags
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.db.events import Event, EventText
from bot.handlers.event_admin import fields
from bot.handlers.event_admin.states import NewEvent
from bot.handlers.forms import Answers, Form, Screen, Step
from bot.i18n import Translator
from bot.keyboards.callbacks import EventForm
from bot.keyboards.event_admin_menus import (
    capacity_menu,
    event_summary_menu,
    kind_menu,
    language_menu,
    question_menu,
    slots_menu,
    zone_menu,
)
from bot.keyboards.menus import language_name
from bot.services.events import EventService, clock_time, describe
from bot.telegram.lengths import clip, telegram_length

SUMMARY_DESCRIPTION_SHOWN = 600  # units, of each language's description, in the summary
ZONE_KEYS = tuple(fields.ZONE_BY_KEY)


def _asks(
    name: str, menu: Callable[[Translator], InlineKeyboardMarkup] = question_menu
) -> Callable[[Translator, Answers, None], Awaitable[Screen]]:
    """The screen of a step: its question (``event-form-ask-<name>``) and ``menu``."""

    async def screen(t: Translator, _: Answers, __: None) -> Screen:
        return t(f"event-form-ask-{name}"), menu(t)

    return screen


async def _summary_screen(t: Translator, data: Answers, _: None) -> Screen:
    text = summary_text(t, data)
    event = preview(data)
    if event.slots is not None:
        text += "\n" + slots_line(t, event)
    elif event.capacity:
        text += "\n" + t("event-seats", free=event.capacity, total=event.capacity)
    return text, event_summary_menu(t)


def slots_line(t: Translator, event: Event) -> str:
    """ "Appointments 10:00-16:00, 15 minutes each (24 times)"."""
    assert event.slots is not None
    return t(
        "event-slots-summary",
        first=clock_time(event, event.slots.starts),
        last=clock_time(event, event.slots.ends),
        minutes=event.slots.minutes,
        count=len(event.slots.times()),
    )


def _not_reception(data: Answers) -> bool:
    return data.get("kind") != "reception"


def _reception(data: Answers) -> bool:
    return data.get("kind") == "reception"


def _by_appointment(data: Answers) -> bool:
    """A reception with times has no seats to count: the times are its capacity."""
    return _reception(data) and bool(data.get("slots"))


NEW_EVENT: Form[None] = Form(
    [
        Step(
            NewEvent.kind,
            _asks("kind", kind_menu),
            button=fields.kind,
            typed=fields.use_buttons,
        ),
        Step(
            NewEvent.language,
            _asks("language", language_menu),
            button=fields.language,
            typed=fields.use_buttons,
            edit_goes_on=True,  # "Another language" asks its title and description
        ),
        Step(NewEvent.title, _asks("title"), typed=fields.title, edit_goes_on=True),
        Step(NewEvent.description, _asks("description"), typed=fields.description),
        Step(
            NewEvent.zone,
            _asks("zone", lambda t: zone_menu(t, ZONE_KEYS)),
            button=fields.zone,
            typed=fields.use_buttons,
        ),
        Step(NewEvent.when, _asks("when"), typed=fields.when),
        Step(NewEvent.city, _asks("city"), typed=fields.city, skip=_not_reception),
        Step(NewEvent.address, _asks("address"), typed=fields.address, skip=_not_reception),
        Step(NewEvent.slots, _asks("slots", slots_menu), typed=fields.slots, skip=_not_reception),
        Step(NewEvent.link, _asks("link"), typed=fields.link, skip=_reception),
        Step(
            NewEvent.capacity,
            _asks("capacity", capacity_menu),
            typed=fields.capacity,
            skip=_by_appointment,
        ),
        Step(NewEvent.summary, _summary_screen, typed=fields.use_buttons),
    ],
    in_place=False,  # every question a new message: the admin types in between
)


def preview(data: Answers) -> Event:
    slots = fields.slots_of(data) if _by_appointment(data) else None
    return Event(
        id=0,
        kind=data["kind"],
        starts_at=datetime.fromisoformat(data["starts_at"]),
        tz=data["tz"],
        city=data.get("city"),
        place=data.get("place"),
        url=data.get("url"),
        capacity=None if slots else data.get("capacity"),
        cancelled=False,
        texts={loc: EventText(**text) for loc, text in data["texts"].items()},
        slots=slots,
    )


def summary_text(t: Translator, data: Answers) -> str:
    """What the admin checks before "Create": every title and description entered, in each
    language, then when and where (escaped HTML)."""
    lines = [t("event-form-summary"), ""]
    for locale, text in data["texts"].items():
        lines.append(f"{language_name(t, locale)}: <b>{html.escape(text['title'])}</b>")
        lines.append(_shown_description(text["description"]))
        lines.append("")
    lines.append(describe(t, preview(data), with_description=False, with_title=False))
    return "\n".join(lines)


def _shown_description(description: str) -> str:
    """Four languages' descriptions must fit one summary message: each shows its start."""
    if not description:
        return "—"
    shown = html.escape(clip(description, SUMMARY_DESCRIPTION_SHOWN))
    return shown + "…" if telegram_length(description) > SUMMARY_DESCRIPTION_SHOWN else shown


async def on_new_event(message: Message, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await state.set_data({"texts": {}})
    await NEW_EVENT.show(NewEvent.kind, message, state, t, None)


async def on_back(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await NEW_EVENT.back(callback, state, t, None)


async def on_choice(
    callback: CallbackQuery, callback_data: EventForm, state: FSMContext, t: Translator
) -> None:
    """A kind, a language or a time zone."""
    if await NEW_EVENT.read_button(callback, callback_data.value, state):
        await NEW_EVENT.advance(callback, state, t, None)


async def on_no_limit(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.update_data(capacity=None)
    await NEW_EVENT.advance(callback, state, t, None)


async def on_no_slots(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.update_data(slots=None)
    await NEW_EVENT.advance(callback, state, t, None)


async def on_more_languages(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await NEW_EVENT.edit(NewEvent.language, callback, state, t, None)


async def on_text(message: Message, state: FSMContext, t: Translator) -> None:
    if await NEW_EVENT.read_text(message, state, t, None):
        await NEW_EVENT.advance(message, state, t, None)


@flags.callback_answer(pre=True)
async def on_create(
    callback: CallbackQuery, state: FSMContext, t: Translator, events: EventService
) -> None:
    data = await state.get_data()
    await state.clear()
    event_id = await events.create(preview(data), created_by=callback.from_user.id)
    if callback.message is not None:
        await callback.message.answer(t("event-form-created", number=event_id))
