"""A migrant books a time at a reception of citizens, moves it or cancels it.

State graph (AppointmentForm; /cancel or any command leaves it, nothing booked)::

    reception screen --"Choose a time"--> free times (paged) --a time--> matter
    matter --one line typed--> consent ("I agree, book": booked, the time named)   [cleared]
    consent --the time was taken meanwhile--> retry: free times again; the next time
      pressed is booked at once (the matter and the consent are kept)             [cleared]
    with an appointment: "Change the time" --> free times --a time--> moved        (no state)
                         "Cancel my appointment" --> the time is free again

The matter is kept only in the form (the SQLite FSM storage) until the person agrees; then
it is stored with the appointment (bot/services/appointments.py says how long).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from aiogram import Bot, F, Router, flags
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.events import Event
from bot.handlers.appointment_screens import reception_or_gone, show_reception, show_times
from bot.handlers.filters import is_not_command
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.appointment_menus import consent_menu, matter_menu
from bot.keyboards.callbacks import AppointmentAction, Appointments
from bot.keyboards.menus import events_list_menu
from bot.services.appointments import (
    KEEP_DAYS,
    MATTER_LIMIT,
    AppointmentError,
    AppointmentService,
    one_line,
)
from bot.services.calendar import appointment_ics
from bot.services.events import EventService, clock_time, text_for, your_time
from bot.services.requests import HelpdeskSettings


class AppointmentForm(StatesGroup):
    matter = State()
    consent = State()
    retry = State()


def router() -> Router:
    router = Router(name="appointments")
    for handler, action in (
        (on_times, AppointmentAction.TIMES),
        (on_pick, AppointmentAction.PICK),
        (on_consent, AppointmentAction.CONSENT),
        (on_cancel, AppointmentAction.CANCEL),
        (on_abort, AppointmentAction.ABORT),
        (on_calendar, AppointmentAction.CALENDAR),
    ):
        router.callback_query.register(handler, Appointments.filter(F.action == action))
    # A line typed at the consent step replaces the matter (a correction), and asks again.
    router.message.register(
        on_matter,
        StateFilter(AppointmentForm.matter, AppointmentForm.consent),
        is_not_command,
        flags={"content": True},
    )
    router.message.register(on_retry_message, StateFilter(AppointmentForm.retry), is_not_command)
    return router


def _at(callback_data: Appointments) -> datetime:
    return datetime.fromtimestamp(callback_data.at, UTC)


async def on_times(
    callback: CallbackQuery,
    callback_data: Appointments,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    event = await reception_or_gone(callback, t, events, callback_data.event_id)
    if event is not None:
        await show_times(callback, t, appointments, event, callback_data.page)


async def on_pick(
    callback: CallbackQuery,
    *,
    callback_data: Appointments,
    state: FSMContext,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    """A time: moves an appointment, books at once after a lost race, else asks the matter."""
    event = await reception_or_gone(callback, t, events, callback_data.event_id)
    if event is None:
        return
    at = _at(callback_data)
    data = await state.get_data()
    try:
        if await appointments.mine(event.id, callback.from_user.id) is not None:
            moved = await appointments.move(event.id, callback.from_user.id, at)
            notice = t("appointment-moved", time=clock_time(event, moved.slot_start))
            await show_reception(callback, t, appointments, event, notice)
            return
        await appointments.check_time(event.id, at)
    except AppointmentError as error:
        await show_times(callback, t, appointments, event, notice=t(error.text_id))
        return
    if await state.get_state() == AppointmentForm.retry.state and data.get("event_id") == event.id:
        await _book(callback, state, t, appointments, event, at=at)
        return
    await state.set_state(AppointmentForm.matter)
    await state.set_data({"event_id": event.id, "at": int(at.timestamp())})
    text = t("appointment-ask-matter", time=clock_time(event, at), limit=MATTER_LIMIT)
    await show_on_callback(callback, text, matter_menu(t, event.id))


async def on_matter(
    message: Message,
    state: FSMContext,
    t: Translator,
    events: EventService,
    helpdesk: HelpdeskSettings,
) -> None:
    data = await state.get_data()
    event = await events.get(int(data.get("event_id", 0)))
    matter = one_line(message.text or "")
    if event is None or event.cancelled:
        await state.clear()
        await message.answer(t("event-gone"), reply_markup=events_list_menu(t, []))
        return
    if not matter:
        await message.answer(t("appointment-matter-empty"), reply_markup=matter_menu(t, event.id))
        return
    await state.set_state(AppointmentForm.consent)
    await state.update_data(matter=matter)
    at = datetime.fromtimestamp(int(data["at"]), UTC)
    days = min(KEEP_DAYS, helpdesk.retention_days)
    text = "\n".join(
        [
            your_time(t, event, at),
            t("appointment-your-matter", matter=html.escape(matter)),
            "",
            t("appointment-consent", days=days),
        ]
    )
    await message.answer(text, reply_markup=consent_menu(t, event.id))


async def on_retry_message(message: Message, t: Translator) -> None:
    """Choosing again after a lost race: the times are the buttons above."""
    await message.answer(t("appointment-use-buttons"))


async def on_consent(
    callback: CallbackQuery,
    *,
    callback_data: Appointments,
    callback_answer: CallbackAnswer,
    state: FSMContext,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    data = await state.get_data()
    in_consent = await state.get_state() == AppointmentForm.consent.state
    if not in_consent or data.get("event_id") != callback_data.event_id:
        callback_answer.text = t("common-outdated-button")  # an old screen, or crafted
        return
    event = await reception_or_gone(callback, t, events, callback_data.event_id)
    if event is None:
        await state.clear()
        return
    at = datetime.fromtimestamp(data["at"], UTC)
    await _book(callback, state, t, appointments, event, at=at)


async def _book(
    callback: CallbackQuery,
    state: FSMContext,
    t: Translator,
    appointments: AppointmentService,
    event: Event,
    *,
    at: datetime,
) -> None:
    """Book with the matter agreed to; a time taken meanwhile shows the free ones again."""
    data = await state.get_data()
    first_name = callback.from_user.first_name
    try:
        booked = await appointments.book(
            event.id, callback.from_user.id, at, data["matter"], first_name
        )
    except AppointmentError as error:
        if error.text_id in ("appointment-taken", "appointment-time-gone"):
            await state.set_state(AppointmentForm.retry)
            await show_times(callback, t, appointments, event, notice=t(error.text_id))
            return
        await state.clear()
        await show_reception(callback, t, appointments, event, t(error.text_id))
        return
    await state.clear()
    notice = t("appointment-booked") + "\n" + your_time(t, event, booked.slot_start)
    await show_reception(callback, t, appointments, event, notice)


async def on_cancel(
    callback: CallbackQuery,
    callback_data: Appointments,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    event = await events.get(callback_data.event_id)
    if event is None or event.slots is None:
        await show_on_callback(callback, t("event-gone"), events_list_menu(t, []))
        return
    cancelled = await appointments.cancel(event.id, callback.from_user.id)
    notice = t("appointment-cancelled") if cancelled else None
    await show_reception(callback, t, appointments, event, notice)


async def on_abort(
    callback: CallbackQuery,
    *,
    callback_data: Appointments,
    state: FSMContext,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
) -> None:
    """Leave the times or the booking: nothing is booked, the matter is forgotten."""
    if await state.get_state() in {s.state for s in AppointmentForm.__states__}:
        await state.clear()
    event = await reception_or_gone(callback, t, events, callback_data.event_id)
    if event is not None:
        await show_reception(callback, t, appointments, event)


@flags.callback_answer(pre=True)  # a file follows: the spinner stops first
async def on_calendar(
    callback: CallbackQuery,
    *,
    callback_data: Appointments,
    t: Translator,
    events: EventService,
    appointments: AppointmentService,
    bot: Bot,
) -> None:
    """The .ics of the person's own time (its length the time's)."""
    event = await events.get(callback_data.event_id)
    mine = await appointments.mine(callback_data.event_id, callback.from_user.id)
    if event is None or event.cancelled or mine is None:
        return
    document = BufferedInputFile(
        appointment_ics(event, mine.slot_start, t.locale), filename=f"appointment-{event.id}.ics"
    )
    caption = t("event-calendar-caption", title=html.escape(text_for(event, t.locale).title))
    await bot.send_document(callback.from_user.id, document, caption=caption)
