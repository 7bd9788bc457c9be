"""Admins at a reception by appointment (from /events): the day's list with the matters, who
came, and an appointment turned into a request (the matter as its description, the topic
chosen here, routed like any request; the person is told its number in their language).

Every press is checked against ADMIN_IDS (the router's filter); the appointment is read from
the database, never trusted from the button. Names are the first names Telegram gave at
booking, never a phone.
"""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer

from bot.content.request_categories import CATEGORIES
from bot.db.appointments import Appointment
from bot.db.events import Event
from bot.handlers.filters import is_admin
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.appointment_menus import (
    DESK_PER_PAGE,
    desk_card_menu,
    desk_category_menu,
    desk_list_menu,
    page_of,
)
from bot.keyboards.callbacks import AppointmentDesk, DeskAction
from bot.services.appointments import AppointmentError, AppointmentService
from bot.services.events import EventService, clock_time, describe
from bot.services.requests import RequestError
from bot.telegram.lengths import clip, telegram_length

MATTER_SHOWN = 60  # units of each matter in the list; the card shows it whole
NAME_SHOWN = 24


def router() -> Router:
    router = Router(name="appointment_desk")
    router.callback_query.filter(is_admin)
    for handler, action in (
        (on_list, DeskAction.LIST),
        (on_open, DeskAction.OPEN),
        (on_came, DeskAction.CAME),
        (on_came, DeskAction.NOT_CAME),
        (on_request, DeskAction.REQUEST),
        (on_category, DeskAction.CATEGORY),
    ):
        router.callback_query.register(handler, AppointmentDesk.filter(F.action == action))
    return router


def _shown(text: str | None, limit: int) -> str:
    """Clipped by UTF-16 units, then escaped; "—" for nothing (forgotten)."""
    if not text:
        return "—"
    cut = clip(text, limit)
    return html.escape(cut) + ("…" if telegram_length(text) > limit else "")


def _line(t: Translator, event: Event, appointment: Appointment) -> str:
    mark = "✅" if appointment.came else "·"
    request = f" → №{appointment.request_id}" if appointment.request_id else ""
    name = _shown(appointment.first_name, NAME_SHOWN)
    matter = _shown(appointment.matter, MATTER_SHOWN)
    return f"{mark} <b>{clock_time(event, appointment.slot_start)}</b> {name}: {matter}{request}"


def _label(event: Event, appointment: Appointment) -> str:
    mark = " ✅" if appointment.came else ""
    name = clip(appointment.first_name or "—", NAME_SHOWN)
    return f"{clock_time(event, appointment.slot_start)} {name}{mark}"


async def on_list(
    callback: CallbackQuery,
    callback_data: AppointmentDesk,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    event = await events.get(callback_data.event_id)
    if event is None or event.slots is None:
        await show_on_callback(callback, t("event-gone"), None)
        return
    booked = await appointments.of_event(event.id)
    page, pages = page_of(booked, callback_data.page, DESK_PER_PAGE)
    shown = booked[page * DESK_PER_PAGE : (page + 1) * DESK_PER_PAGE]
    came = sum(1 for appointment in booked if appointment.came)
    lines = [
        describe(t, event, with_description=False),
        t(
            "appointment-desk-counts",
            booked=len(booked),
            times=len(event.slots.times()),
            came=came,
        ),
        "",
        *([_line(t, event, a) for a in shown] or [t("appointment-desk-empty")]),
    ]
    entries = [(a.id, _label(event, a)) for a in shown]
    await show_on_callback(
        callback, "\n".join(lines), desk_list_menu(t, event.id, entries, page, pages)
    )


async def _card(
    callback: CallbackQuery,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
    appointment_id: int,
    *,
    notice: str | None = None,
) -> None:
    appointment = await appointments.get(appointment_id)
    event = await events.get(appointment.event_id) if appointment else None
    if appointment is None or event is None:
        await show_on_callback(callback, t("appointment-desk-gone"), None)
        return
    lines = [*([notice, ""] if notice else [])]
    lines += [
        f"<b>{clock_time(event, appointment.slot_start)}</b> {_shown(appointment.first_name, 64)}",
        t("appointment-desk-matter", matter=_shown(appointment.matter, 4 * MATTER_SHOWN)),
        t("appointment-desk-came-yes" if appointment.came else "appointment-desk-came-no"),
    ]
    if appointment.request_id:
        lines.append(t("appointment-desk-request", number=appointment.request_id))
    can_request = appointment.request_id is None and appointment.user_id is not None
    menu = desk_card_menu(
        t, event.id, appointment.id, came=appointment.came, can_request=can_request
    )
    await show_on_callback(callback, "\n".join(lines), menu)


async def on_open(
    callback: CallbackQuery,
    callback_data: AppointmentDesk,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    await _card(callback, t, events, appointments, callback_data.appointment_id)


async def on_came(
    callback: CallbackQuery,
    callback_data: AppointmentDesk,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    came = callback_data.action == DeskAction.CAME
    await appointments.mark_came(callback_data.appointment_id, came=came)
    await _card(callback, t, events, appointments, callback_data.appointment_id)


async def on_request(
    callback: CallbackQuery,
    callback_data: AppointmentDesk,
    t: Translator,
    appointments: AppointmentService,
) -> None:
    appointment = await appointments.get(callback_data.appointment_id)
    if appointment is None or appointment.user_id is None:
        await show_on_callback(callback, t("appointment-desk-gone"), None)
        return
    menu = desk_category_menu(t, appointment.event_id, appointment.id)
    await show_on_callback(callback, t("appointment-desk-choose-category"), menu)


async def on_category(
    callback: CallbackQuery,
    callback_data: AppointmentDesk,
    *,
    callback_answer: CallbackAnswer,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    if callback_data.category not in CATEGORIES:
        callback_answer.text = t("common-outdated-button")
        return
    try:
        number = await appointments.open_request(
            callback_data.appointment_id, callback_data.category
        )
    except (AppointmentError, RequestError) as error:
        notice = t(error.text_id)
    else:
        notice = t("appointment-desk-request-opened", number=number)
    await _card(callback, t, events, appointments, callback_data.appointment_id, notice=notice)
