"""Events for migrants: upcoming webinars and receptions, register or cancel with one tap,
a waiting list when full, and an .ics file for the phone's calendar."""

from __future__ import annotations

import html

from aiogram import Bot, F, Router, flags
from aiogram.types import BufferedInputFile, CallbackQuery

from bot.db.events import Event
from bot.handlers.appointment_screens import show_reception
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import EventAction, Events
from bot.keyboards.menus import event_menu, events_list_menu
from bot.services.appointments import AppointmentService
from bot.services.calendar import event_ics
from bot.services.events import EventService, describe, local_time, text_for

LABEL_LIMIT = 48


def router() -> Router:
    router = Router(name="events")
    router.callback_query.register(on_list, Events.filter(F.action == EventAction.LIST))
    router.callback_query.register(on_open, Events.filter(F.action == EventAction.OPEN))
    router.callback_query.register(on_register, Events.filter(F.action == EventAction.REGISTER))
    router.callback_query.register(
        on_unregister, Events.filter(F.action == EventAction.UNREGISTER)
    )
    router.callback_query.register(on_calendar, Events.filter(F.action == EventAction.CALENDAR))
    return router


def _label(t: Translator, event: Event) -> str:
    label = f"{local_time(event)[:5]} · {text_for(event, t.locale).title}"
    return label if len(label) <= LABEL_LIMIT else label[: LABEL_LIMIT - 1] + "…"


async def on_list(callback: CallbackQuery, t: Translator, events: EventService) -> None:
    upcoming = await events.upcoming()
    text = t("events-title") + "\n\n" + (t("events-intro") if upcoming else t("events-none"))
    entries = [(event.id, _label(t, event)) for event in upcoming]
    await show_on_callback(callback, text, events_list_menu(t, entries))


async def _show(
    callback: CallbackQuery,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
    event_id: int,
    *,
    notice: str | None = None,
) -> None:
    event = await events.get(event_id)
    if event is None or event.cancelled:
        await show_on_callback(callback, t("event-gone"), events_list_menu(t, []))
        return
    if event.slots is not None:  # by appointment: times instead of seats
        await show_reception(callback, t, appointments, event, notice)
        return
    seats = await events.seats(event_id)
    status = await events.status_of(event_id, callback.from_user.id)
    full = event.capacity is not None and seats.registered >= event.capacity
    lines = [describe(t, event), ""]
    if event.capacity is not None:
        lines.append(
            t("event-seats", free=max(event.capacity - seats.registered, 0), total=event.capacity)
        )
    if status is not None:
        lines.append(t(f"event-status-{status}"))
    if notice:
        lines = [notice, "", *lines]
    await show_on_callback(callback, "\n".join(lines), event_menu(t, event_id, status, full))


async def on_open(
    callback: CallbackQuery,
    callback_data: Events,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    await _show(callback, t, events, appointments, callback_data.event_id)


async def on_register(
    callback: CallbackQuery,
    callback_data: Events,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    status = await events.register(callback_data.event_id, callback.from_user.id)
    notice = t("event-closed") if status is None else t(f"event-done-{status}")
    await _show(callback, t, events, appointments, callback_data.event_id, notice=notice)


async def on_unregister(
    callback: CallbackQuery,
    callback_data: Events,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    await events.unregister(callback_data.event_id, callback.from_user.id)
    notice = t("event-done-unregistered")
    await _show(callback, t, events, appointments, callback_data.event_id, notice=notice)


@flags.callback_answer(pre=True)
async def on_calendar(
    callback: CallbackQuery, callback_data: Events, t: Translator, events: EventService, bot: Bot
) -> None:
    event = await events.get(callback_data.event_id)
    if event is None or event.cancelled:
        return
    document = BufferedInputFile(event_ics(event, t.locale), filename=f"event-{event.id}.ics")
    caption = t("event-calendar-caption", title=html.escape(text_for(event, t.locale).title))
    await bot.send_document(callback.from_user.id, document, caption=caption)
