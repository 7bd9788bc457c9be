"""Admins create, change and cancel events.

New event (/newevent, new.py), state graph — Back returns to the previous step, Cancel ends
the form::

    kind (webinar | reception) → language → title → description → time zone → date and time
      → reception: city → address → times ("10:00-16:00 15", or "No times")   webinar: link
      → capacity (a number, or "No limit"; not asked for a reception with times) → summary
    summary --"Another language"--> language → title → description → summary
    summary --"Create"--> the event is created                            [state cleared]

/events (edit.py) lists upcoming events with buttons to change the date and time, the place
or link, the seats, a reception's times or the texts of a language (one question:
EditEvent.value, or EditEvent.language then the title and description), and to cancel the
event. A reception with times also opens its appointments (bot/handlers/appointment_desk.py).

The package: states.py (the FSM states), fields.py (how each typed answer is read), new.py
and edit.py (the two forms on bot/handlers/forms.py and their handlers).
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery

from bot.handlers.event_admin import edit, new
from bot.handlers.event_admin.new import summary_text
from bot.handlers.event_admin.states import EditEvent, NewEvent
from bot.handlers.filters import is_admin, is_plain_text
from bot.i18n import Translator
from bot.keyboards.callbacks import EventAdmin, EventEdit, EventForm, EventFormStep

__all__ = ["EditEvent", "NewEvent", "router", "summary_text"]


def router() -> Router:
    router = Router(name="event_admin")
    router.message.filter(is_admin)
    router.callback_query.filter(is_admin)
    router.message.register(new.on_new_event, Command("newevent"))
    router.message.register(edit.on_admin_list, Command("events"))
    router.callback_query.register(on_cancel, EventForm.filter(F.step == EventFormStep.CANCEL))
    in_new_event = StateFilter(NewEvent)
    for handler, step, state in (
        (new.on_back, EventFormStep.BACK, in_new_event),
        (new.on_create, EventFormStep.CREATE, StateFilter(NewEvent.summary)),
        (new.on_more_languages, EventFormStep.MORE_LANGUAGES, StateFilter(NewEvent.summary)),
        (new.on_no_limit, EventFormStep.NO_LIMIT, StateFilter(NewEvent.capacity)),
        (new.on_no_slots, EventFormStep.NO_SLOTS, StateFilter(NewEvent.slots)),
        (edit.on_edit_no_slots, EventFormStep.NO_SLOTS, StateFilter(EditEvent.value)),
        (edit.on_edit_language, None, StateFilter(EditEvent.language)),
        (new.on_choice, None, in_new_event),
    ):
        router.callback_query.register(handler, state, EventForm.filter(F.step == step))
    router.message.register(new.on_text, in_new_event, is_plain_text)
    router.callback_query.register(edit.on_admin_cancel_event, EventAdmin.filter())
    router.callback_query.register(edit.on_edit, EventEdit.filter())
    router.message.register(edit.on_edit_value, StateFilter(EditEvent.value), is_plain_text)
    return router


async def on_cancel(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    """Cancel in either form: nothing is created or changed."""
    await new.NEW_EVENT.cancel(callback, state, t("event-form-cancelled"), None)
