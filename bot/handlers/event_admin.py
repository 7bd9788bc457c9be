"""Admins create and cancel events.

New event (/newevent), state graph — Back returns to the previous step, Cancel ends the form::

    kind (webinar | reception) → language → title → description → time zone → date and time
      → reception: city → address        webinar: link
      → capacity (a number, or "No limit") → summary
    summary --"Another language"--> language (title and description in one more language)
    summary --"Create"--> the event is created                            [state cleared]

/events for admins lists upcoming events with buttons to change the date and time, the place
or link, or the seats (everyone registered or waiting is told of a change), and to cancel
(asks to confirm, then tells everyone registered or waiting).
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.db.clock import utc_now
from bot.db.events import Event, EventText
from bot.handlers.filters import is_admin, is_plain_text
from bot.i18n import LOCALES, Translator
from bot.keyboards.callbacks import EventAdmin, EventEdit, EventField, EventForm, EventFormStep
from bot.keyboards.menus import language_name
from bot.services.events import ZONES, EventService, describe, text_for
from bot.telegram.lengths import clip, telegram_length
from bot.validation import parse_count

WHEN_INPUT = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})\s*$")
TITLE_LIMIT = 100
DESCRIPTION_LIMIT = 1000
PLACE_LIMIT = 200
SUMMARY_DESCRIPTION_SHOWN = 600  # units, of each language's description, in the summary
MAX_CAPACITY = 100_000
ZONE_BY_KEY = {key: name for name, key in ZONES.items()}


class NewEvent(StatesGroup):
    kind = State()
    language = State()
    title = State()
    description = State()
    zone = State()
    when = State()
    city = State()
    address = State()
    link = State()
    capacity = State()
    summary = State()


class EditEvent(StatesGroup):
    language = State()
    value = State()


def _steps(kind: str | None) -> list[State]:
    place = [NewEvent.city, NewEvent.address] if kind == "reception" else [NewEvent.link]
    return [
        NewEvent.kind,
        NewEvent.language,
        NewEvent.title,
        NewEvent.description,
        NewEvent.zone,
        NewEvent.when,
        *place,
        NewEvent.capacity,
        NewEvent.summary,
    ]


def router() -> Router:
    router = Router(name="event_admin")
    router.message.filter(is_admin)
    router.callback_query.filter(is_admin)
    router.message.register(on_new_event, Command("newevent"))
    router.message.register(on_admin_list, Command("events"))
    router.callback_query.register(
        on_cancel_form, EventForm.filter(F.step == EventFormStep.CANCEL)
    )
    router.callback_query.register(on_back, EventForm.filter(F.step == EventFormStep.BACK))
    router.callback_query.register(
        on_create, StateFilter(NewEvent.summary), EventForm.filter(F.step == EventFormStep.CREATE)
    )
    router.callback_query.register(
        on_more_languages,
        StateFilter(NewEvent.summary),
        EventForm.filter(F.step == EventFormStep.MORE_LANGUAGES),
    )
    router.callback_query.register(
        on_no_limit,
        StateFilter(NewEvent.capacity),
        EventForm.filter(F.step == EventFormStep.NO_LIMIT),
    )
    router.callback_query.register(
        on_edit_language, StateFilter(EditEvent.language), EventForm.filter(F.step.is_(None))
    )
    router.callback_query.register(on_choice, EventForm.filter(F.step.is_(None)))
    router.message.register(
        on_text, StateFilter(*_steps("reception"), NewEvent.link), is_plain_text
    )
    router.callback_query.register(on_admin_cancel_event, EventAdmin.filter())
    router.callback_query.register(on_edit, EventEdit.filter())
    router.message.register(on_edit_value, StateFilter(EditEvent.value), is_plain_text)
    return router


def _button(text: str, step: EventFormStep | None = None, value: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=EventForm(step=step, value=value).pack())


def _nav(t: Translator) -> list[InlineKeyboardButton]:
    return [
        _button(t("common-button-back"), EventFormStep.BACK),
        _button(t("event-form-cancel"), EventFormStep.CANCEL),
    ]


def _choices(t: Translator, state: str) -> list[list[InlineKeyboardButton]]:
    if state == NewEvent.kind.state:
        return [
            [_button(t(f"event-kind-{kind}"), value=kind)] for kind in ("webinar", "reception")
        ]
    if state == NewEvent.language.state:
        return [[_button(language_name(t, loc), value=loc) for loc in LOCALES]]
    if state == NewEvent.zone.state:
        return [[_button(t(f"zone-{key}"), value=key)] for key in ZONE_BY_KEY]
    if state == NewEvent.capacity.state:
        return [[_button(t("event-form-no-limit"), EventFormStep.NO_LIMIT)]]
    return []


def _preview(data: dict[str, Any]) -> Event:
    return Event(
        id=0,
        kind=data["kind"],
        starts_at=datetime.fromisoformat(data["starts_at"]),
        tz=data["tz"],
        city=data.get("city"),
        place=data.get("place"),
        url=data.get("url"),
        capacity=data.get("capacity"),
        cancelled=False,
        texts={loc: EventText(**text) for loc, text in data["texts"].items()},
    )


def summary_text(t: Translator, data: dict[str, Any]) -> str:
    """What the admin checks before "Create": every title and description entered, in each
    language, then when and where (escaped HTML)."""
    lines = [t("event-form-summary"), ""]
    for locale, text in data["texts"].items():
        lines.append(f"{language_name(t, locale)}: <b>{html.escape(text['title'])}</b>")
        lines.append(_shown_description(text["description"]))
        lines.append("")
    lines.append(describe(t, _preview(data), with_description=False, with_title=False))
    return "\n".join(lines)


def _shown_description(description: str) -> str:
    """Four languages' descriptions must fit one summary message: each shows its start."""
    if not description:
        return "—"
    shown = html.escape(clip(description, SUMMARY_DESCRIPTION_SHOWN))
    return shown + "…" if telegram_length(description) > SUMMARY_DESCRIPTION_SHOWN else shown


async def _ask(target: Message | CallbackQuery, state: FSMContext, t: Translator) -> None:
    """Show the prompt of the current step (as a new message: the admin types in between)."""
    current = await state.get_state() or ""
    data = await state.get_data()
    if current == NewEvent.summary.state:
        text = summary_text(t, data)
        if data.get("capacity"):
            text += "\n" + t("event-seats", free=data["capacity"], total=data["capacity"])
        rows = [
            [_button(t("event-form-create"), EventFormStep.CREATE)],
            [_button(t("event-form-more-languages"), EventFormStep.MORE_LANGUAGES)],
            _nav(t),
        ]
    else:
        step = current.split(":")[-1]
        text = t(f"event-form-ask-{step}")
        rows = [*_choices(t, current), _nav(t)]
    message = target.message if isinstance(target, CallbackQuery) else target
    if isinstance(target, CallbackQuery):
        await target.answer()
    if message is not None:
        await message.answer(text, reply_markup=InlineKeyboardMarkup(inline_keyboard=rows))


async def _next(target: Message | CallbackQuery, state: FSMContext, t: Translator) -> None:
    data = await state.get_data()
    steps = _steps(data.get("kind"))
    current = await state.get_state()
    position = next(i for i, s in enumerate(steps) if s.state == current)
    await state.set_state(steps[position + 1])
    await _ask(target, state, t)


async def on_new_event(message: Message, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await state.set_state(NewEvent.kind)
    await state.set_data({"texts": {}})
    await _ask(message, state, t)


async def on_cancel_form(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await callback.answer()
    if callback.message is not None:
        await callback.message.answer(t("event-form-cancelled"))


async def on_back(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    data = await state.get_data()
    steps = _steps(data.get("kind"))
    current = await state.get_state()
    position = next((i for i, s in enumerate(steps) if s.state == current), 0)
    await state.set_state(steps[max(position - 1, 0)])
    await _ask(callback, state, t)


async def on_choice(
    callback: CallbackQuery, callback_data: EventForm, state: FSMContext, t: Translator
) -> None:
    current = await state.get_state()
    value = callback_data.value
    if current == NewEvent.kind.state and value in ("webinar", "reception"):
        await state.update_data(kind=value)
    elif current == NewEvent.language.state and value in LOCALES:
        await state.update_data(locale=value)
    elif current == NewEvent.zone.state and value in ZONE_BY_KEY:
        await state.update_data(tz=ZONE_BY_KEY[value])
    else:  # a button of another step, or crafted data
        await callback.answer()
        return
    await _next(callback, state, t)


async def on_no_limit(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.update_data(capacity=None)
    await _next(callback, state, t)


async def on_more_languages(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.set_state(NewEvent.language)
    await _ask(callback, state, t)


async def on_text(message: Message, state: FSMContext, t: Translator) -> None:
    current = (await state.get_state() or "").split(":")[-1]
    data = await state.get_data()
    take = TAKERS.get(current)
    problem = take((message.text or "").strip(), data) if take else "event-form-use-buttons"
    if problem is not None:
        await message.answer(t(problem))
        return
    await state.set_data(data)
    if current == "description" and "starts_at" in data:
        # A further language: its title and description were all that was missing.
        await state.set_state(NewEvent.summary)
        await _ask(message, state, t)
        return
    await _next(message, state, t)


# Each typed step stores its answer in the form data, or names the message explaining the error.


def _take_title(text: str, data: dict[str, Any]) -> str | None:
    if not 1 <= len(text) <= TITLE_LIMIT:
        return "event-form-bad-title"
    data["texts"][data["locale"]] = {"title": text, "description": ""}
    return None


def _take_description(text: str, data: dict[str, Any]) -> str | None:
    if len(text) > DESCRIPTION_LIMIT:
        return "event-form-bad-description"
    data["texts"][data["locale"]]["description"] = "" if text == "-" else text
    return None


def _take_city(text: str, data: dict[str, Any]) -> str | None:
    if not 1 <= len(text) <= PLACE_LIMIT:
        return "event-form-bad-place"
    data["city"] = text
    return None


def _take_address(text: str, data: dict[str, Any]) -> str | None:
    if not 1 <= len(text) <= PLACE_LIMIT:
        return "event-form-bad-place"
    data["place"] = text
    return None


def _take_link(text: str, data: dict[str, Any]) -> str | None:
    if not re.match(r"^https://\S+$", text) or len(text) > PLACE_LIMIT:
        return "event-form-bad-link"
    data["url"] = text
    return None


def _take_capacity(text: str, data: dict[str, Any]) -> str | None:
    capacity = parse_count(text, 1, MAX_CAPACITY)
    if capacity is None:
        return "event-form-bad-capacity"
    data["capacity"] = capacity
    return None


def _take_when(text: str, data: dict[str, Any]) -> str | None:
    match = WHEN_INPUT.match(text)
    if match is None:
        return "event-form-bad-when"
    day, month, year, hour, minute = (int(part) for part in match.groups())
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(data["tz"]))
    except ValueError:
        return "event-form-bad-when"
    if not utc_now() < local < utc_now() + timedelta(days=366):
        return "event-form-bad-when"
    data["starts_at"] = local.isoformat()
    return None


TAKERS = {
    "title": _take_title,
    "description": _take_description,
    "when": _take_when,
    "city": _take_city,
    "address": _take_address,
    "link": _take_link,
    "capacity": _take_capacity,
}


async def on_create(
    callback: CallbackQuery, state: FSMContext, t: Translator, events: EventService
) -> None:
    data = await state.get_data()
    await state.clear()
    event_id = await events.create(_preview(data), created_by=callback.from_user.id)
    await callback.answer()
    if callback.message is not None:
        await callback.message.answer(t("event-form-created", number=event_id))


async def on_admin_list(message: Message, t: Translator, events: EventService) -> None:
    upcoming = await events.upcoming()
    if not upcoming:
        await message.answer(t("events-none"))
        return
    for event in upcoming:
        seats = await events.seats(event.id)
        text = (
            describe(t, event, with_description=False)
            + "\n"
            + t("event-admin-counts", registered=seats.registered, waiting=seats.waiting)
        )
        await message.answer(text, reply_markup=_admin_event_menu(t, event))


def _admin_event_menu(t: Translator, event: Event) -> InlineKeyboardMarkup:
    def edit(label: str, field: EventField) -> InlineKeyboardButton:
        data = EventEdit(event_id=event.id, field=field).pack()
        return InlineKeyboardButton(text=t(label), callback_data=data)

    place_label = "event-edit-place" if event.kind == "reception" else "event-edit-link"
    cancel = InlineKeyboardButton(
        text=t("event-admin-cancel"), callback_data=EventAdmin(event_id=event.id).pack()
    )
    rows = [
        [edit("event-edit-when", EventField.WHEN), edit(place_label, EventField.PLACE)],
        [
            edit("event-edit-capacity", EventField.CAPACITY),
            edit("event-edit-text", EventField.TEXT),
        ],
        [cancel],
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


# Editing one field: the step whose question and check are reused from the new-event form.
EDIT_STEP = {EventField.WHEN: "when", EventField.CAPACITY: "capacity"}


def _edit_step(field: EventField, kind: str) -> str:
    if field == EventField.PLACE:
        return "address" if kind == "reception" else "link"
    return EDIT_STEP[field]


async def on_edit(
    callback: CallbackQuery,
    callback_data: EventEdit,
    state: FSMContext,
    t: Translator,
    events: EventService,
) -> None:
    event = await events.get(callback_data.event_id)
    await callback.answer()
    if event is None or event.cancelled or not isinstance(callback.message, Message):
        return
    await state.set_data({"event_id": event.id, "tz": event.tz, "texts": {}})
    if callback_data.field == EventField.TEXT:
        await state.set_state(EditEvent.language)
        rows = [*_choices(t, NewEvent.language.state or ""), [_cancel_button(t)]]
        markup = InlineKeyboardMarkup(inline_keyboard=rows)
        await callback.message.answer(t("event-form-ask-language"), reply_markup=markup)
        return
    await _ask_edit(callback.message, state, t, _edit_step(callback_data.field, event.kind))


def _cancel_button(t: Translator) -> InlineKeyboardButton:
    return _button(t("event-form-cancel"), EventFormStep.CANCEL)


async def _ask_edit(message: Message, state: FSMContext, t: Translator, step: str) -> None:
    await state.set_state(EditEvent.value)
    await state.update_data(step=step)
    markup = InlineKeyboardMarkup(inline_keyboard=[[_cancel_button(t)]])
    await message.answer(t(f"event-form-ask-{step}"), reply_markup=markup)


async def on_edit_language(
    callback: CallbackQuery, callback_data: EventForm, state: FSMContext, t: Translator
) -> None:
    await callback.answer()
    if callback_data.value not in LOCALES or not isinstance(callback.message, Message):
        return
    await state.update_data(locale=callback_data.value)
    await _ask_edit(callback.message, state, t, "title")  # then the description


async def on_edit_value(
    message: Message, state: FSMContext, t: Translator, events: EventService
) -> None:
    data = await state.get_data()
    problem = TAKERS[data["step"]]((message.text or "").strip(), data)
    if problem is not None:
        await message.answer(t(problem))
        return
    await state.set_data(data)
    if data["step"] == "title":
        await _ask_edit(message, state, t, "description")
        return
    await state.clear()
    if data["step"] == "description":
        text = data["texts"][data["locale"]]
        await events.set_text(data["event_id"], data["locale"], EventText(**text))
        await message.answer(t("event-edit-saved", told=0))
        return
    starts_at = datetime.fromisoformat(data["starts_at"]) if "starts_at" in data else None
    told = await events.update(
        data["event_id"],
        starts_at=starts_at,
        place=data.get("place"),
        url=data.get("url"),
        capacity=data.get("capacity"),
    )
    await message.answer(t("event-edit-saved", told=told))


async def on_admin_cancel_event(
    callback: CallbackQuery,
    callback_data: EventAdmin,
    t: Translator,
    events: EventService,
    pressed_before: bool = False,
) -> None:
    event = await events.get(callback_data.event_id)
    await callback.answer()
    if event is None or callback.message is None:
        return
    if pressed_before and callback_data.confirm:  # a double tap: cancelled the first time
        return
    title = html.escape(text_for(event, t.locale).title)
    if not callback_data.confirm:
        confirm = InlineKeyboardButton(
            text=t("event-admin-confirm-cancel"),
            callback_data=EventAdmin(event_id=event.id, confirm=True).pack(),
        )
        await callback.message.answer(
            t("event-admin-really-cancel", title=title),
            reply_markup=InlineKeyboardMarkup(inline_keyboard=[[confirm]]),
        )
        return
    told = await events.cancel_event(event.id)
    await callback.message.answer(t("event-admin-cancelled", title=title, told=told))
