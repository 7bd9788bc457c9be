"""The screens of a reception by appointment for a migrant: the reception with their time or
the free ones, and the free times to choose from (paged). Shared by the events' screens and the
booking (bot/handlers/appointments.py)."""

from __future__ import annotations

import html

from aiogram.types import CallbackQuery

from bot.db.events import Event
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.appointment_menus import reception_menu, times_menu
from bot.keyboards.menus import events_list_menu
from bot.services.appointments import AppointmentService
from bot.services.events import EventService, clock_time, describe, your_time


async def show_reception(
    callback: CallbackQuery,
    t: Translator,
    appointments: AppointmentService,
    event: Event,
    notice: str | None = None,
) -> None:
    """A reception by appointment: the person's time and matter, or how many times are free."""
    mine = await appointments.mine(event.id, callback.from_user.id)
    free = await appointments.free_times(event)
    lines = [describe(t, event), ""]
    if mine is not None:
        lines.append(your_time(t, event, mine.slot_start))
        lines.append(t("appointment-your-matter", matter=html.escape(mine.matter or "")))
    elif free:
        lines.append(t("appointment-free", count=len(free)))
    else:
        lines.append(t("appointment-none-free"))
    if notice:
        lines = [notice, "", *lines]
    menu = reception_menu(t, event.id, booked=mine is not None, free=bool(free))
    await show_on_callback(callback, "\n".join(lines), menu)


async def show_times(
    callback: CallbackQuery,
    t: Translator,
    appointments: AppointmentService,
    event: Event,
    page: int = 0,
    *,
    notice: str | None = None,
) -> None:
    free = await appointments.free_times(event)
    if not free:
        await show_reception(callback, t, appointments, event, notice)
        return
    day = describe(t, event, with_description=False)
    text = "\n".join([*([notice, ""] if notice else []), t("appointment-choose"), "", day])
    entries = [(int(at.timestamp()), clock_time(event, at)) for at in free]
    await show_on_callback(callback, text, times_menu(t, event.id, entries, page))


async def reception_or_gone(
    callback: CallbackQuery, t: Translator, events: EventService, event_id: int
) -> Event | None:
    """The reception by appointment, or None (it is gone: the person is told)."""
    event = await events.get(event_id)
    if event is None or event.cancelled or event.slots is None:
        await show_on_callback(callback, t("event-gone"), events_list_menu(t, []))
        return None
    return event
