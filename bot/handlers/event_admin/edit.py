"""/events for admins: each upcoming event with buttons to change its date and time, place or
link, seats, a reception's times or texts (a form of one question on bot/handlers/forms.py;
everyone registered, waiting or with an appointment is told of a change), and to cancel it
(asks to confirm, then tells them)."""

from __future__ import annotations

import html
from datetime import datetime

from aiogram import flags
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.db.clock import utc_now
from bot.db.events import EventText
from bot.handlers.event_admin import fields
from bot.handlers.event_admin.states import EditEvent
from bot.handlers.forms import Answers, Form, Screen, Step
from bot.i18n import Translator
from bot.keyboards.callbacks import EventAdmin, EventEdit, EventField, EventForm
from bot.keyboards.event_admin_menus import (
    admin_event_menu,
    confirm_cancel_menu,
    edit_language_menu,
    edit_slots_menu,
    edit_value_menu,
)
from bot.services.appointments import AppointmentService
from bot.services.events import EventService, describe, text_for

# The question asked for each field (the place depends on the event's kind).
EDIT_STEP = {
    EventField.WHEN: "when",
    EventField.CAPACITY: "capacity",
    EventField.SLOTS: "slots",
}


async def _language_screen(t: Translator, _: Answers, __: None) -> Screen:
    return t("event-form-ask-language"), edit_language_menu(t)


async def _value_screen(t: Translator, data: Answers, _: None) -> Screen:
    menu = edit_slots_menu(t) if data["step"] == "slots" else edit_value_menu(t)
    return t(f"event-form-ask-{data['step']}"), menu


def _language(value: str, data: Answers) -> str | None:
    problem = fields.language(value, data)
    if problem is None:
        data["step"] = "title"  # then the description
    return problem


def _value(text: str, data: Answers) -> str | None:
    return fields.TYPED[data["step"]](text, data)


EDIT_EVENT: Form[None] = Form(
    [
        Step(EditEvent.language, _language_screen, button=_language),
        Step(EditEvent.value, _value_screen, typed=_value),
    ],
    in_place=False,
)


async def on_admin_list(
    message: Message, t: Translator, events: EventService, appointments: AppointmentService
) -> None:
    shown = await events.for_admin()
    if not shown:
        await message.answer(t("events-none"))
        return
    for event in shown:
        text = describe(t, event, with_description=False) + "\n"
        if event.slots is not None:
            booked = await appointments.booked_count(event.id)
            text += t("event-admin-booked", booked=booked, times=len(event.slots.times()))
        else:
            seats = await events.seats(event.id)
            text += t("event-admin-counts", registered=seats.registered, waiting=seats.waiting)
        over = event.ends_at <= utc_now()
        await message.answer(text, reply_markup=admin_event_menu(t, event, over=over))


async def on_edit(
    callback: CallbackQuery,
    callback_data: EventEdit,
    state: FSMContext,
    t: Translator,
    events: EventService,
) -> None:
    event = await events.get(callback_data.event_id)
    if event is None or event.cancelled or not isinstance(callback.message, Message):
        return
    await state.set_data(
        {
            "event_id": event.id,
            "tz": event.tz,
            "texts": {},
            "event_starts_at": event.starts_at.isoformat(),
        }
    )
    if callback_data.field == EventField.TEXT:
        await EDIT_EVENT.show(EditEvent.language, callback, state, t, None)
        return
    if callback_data.field == EventField.PLACE:
        step = "address" if event.kind == "reception" else "link"
    else:
        step = EDIT_STEP[callback_data.field]
    await state.update_data(step=step)
    await EDIT_EVENT.show(EditEvent.value, callback, state, t, None)


async def on_edit_language(
    callback: CallbackQuery, callback_data: EventForm, state: FSMContext, t: Translator
) -> None:
    if await EDIT_EVENT.read_button(callback, callback_data.value, state):
        await EDIT_EVENT.advance(callback, state, t, None)


@flags.callback_answer(pre=True)  # a message follows
async def on_edit_no_slots(
    callback: CallbackQuery, state: FSMContext, t: Translator, appointments: AppointmentService
) -> None:
    """A reception's times removed: walk-in again (refused while anyone has one)."""
    data = await state.get_data()
    if data.get("step") != "slots" or callback.message is None:
        return
    problem = await appointments.set_slots(data["event_id"], None)
    if problem is None:
        await state.clear()
    menu = edit_slots_menu(t) if problem else None
    await callback.message.answer(t(problem or "event-edit-saved", told=0), reply_markup=menu)


async def on_edit_value(
    message: Message,
    state: FSMContext,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    if not await EDIT_EVENT.read_text(message, state, t, None):
        return
    data = await state.get_data()
    if data["step"] == "slots":
        problem = await appointments.set_slots(data["event_id"], fields.slots_of(data))
        if problem is None:
            await state.clear()
        menu = edit_slots_menu(t) if problem else None
        await message.answer(t(problem or "event-edit-saved", told=0), reply_markup=menu)
        return
    if data["step"] == "title":
        await state.update_data(step="description")
        await EDIT_EVENT.show(EditEvent.value, message, state, t, None)
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


@flags.callback_answer(pre=True)
async def on_admin_cancel_event(
    callback: CallbackQuery,
    callback_data: EventAdmin,
    t: Translator,
    events: EventService,
    pressed_before: bool = False,
) -> None:
    event = await events.get(callback_data.event_id)
    if event is None or callback.message is None:
        return
    if pressed_before and callback_data.confirm:  # a double tap: cancelled the first time
        return
    title = html.escape(text_for(event, t.locale).title)
    if not callback_data.confirm:
        await callback.message.answer(
            t("event-admin-really-cancel", title=title),
            reply_markup=confirm_cancel_menu(t, event.id),
        )
        return
    told = await events.cancel_event(event.id)
    await callback.message.answer(t("event-admin-cancelled", title=title, told=told))
