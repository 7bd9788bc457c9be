"""Filing a request: a guided form, kept in the SQLite FSM storage (a restart resumes it).

State graph (Back goes one step up; while editing from the summary it returns there;
Cancel or /cancel anywhere forgets the form)::

    [any] --"File a request" / /request--> category
    [any] --"File a request about this" (rights page)--> city   (category preselected)
    category --a category button--> city
    city --a city button or typed name--> text
    text --text, photo, voice, document, video (repeatable)--> text
    text --Done (something was sent)--> contact
    contact --"Only in this chat"--> consent
    contact --"Share my phone"--> phone --Telegram's contact button--> consent
    consent --"I agree"--> summary
    summary --Submit--> receipt   [state cleared; committed before the receipt is sent]
    summary --Edit a field--> that step --> summary

A command in any step sets the form aside as a draft (bot/handlers/commands_first.py);
"File a request" or /request then offers::

    draft --Continue--> the step it was in      draft --Start again--> category (or city)
    draft --Cancel--> [draft deleted]

The package: states.py (the steps' FSM states), form.py (the steps on bot/handlers/forms.py),
screens.py (what each shows), entry.py (start, drafts, cancel), steps.py, evidence.py (the
description) and submit.py (the handlers).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.state import State

from bot.handlers.request_form import entry, evidence, steps, submit
from bot.handlers.request_form.states import RequestFormStates
from bot.handlers.screens import on_outdated_button
from bot.keyboards.callbacks import RequestForm, RequestFormStep, RequestStart

__all__ = ["RequestFormStates", "router"]


def router() -> Router:
    router = Router(name="request_form")
    form = StateFilter(RequestFormStates)
    router.callback_query.register(entry.on_start_button, RequestStart.filter())
    router.message.register(entry.on_start_command, Command("request"))
    for leaving, step in (
        (entry.on_cancel, RequestFormStep.CANCEL),
        (entry.on_resume, RequestFormStep.RESUME),
        (entry.on_restart, RequestFormStep.RESTART),
    ):
        router.callback_query.register(leaving, RequestForm.filter(F.step == step))
    router.callback_query.register(
        steps.on_back, RequestForm.filter(F.step == RequestFormStep.BACK), form
    )
    # A button of the form works only in the step that shows it.
    buttons: tuple[tuple[Callable[..., Awaitable[None]], RequestFormStep, State], ...] = (
        (steps.on_choice, RequestFormStep.CATEGORY, RequestFormStates.category),
        (steps.on_choice, RequestFormStep.CITY, RequestFormStates.city),
        (steps.on_done, RequestFormStep.DONE, RequestFormStates.text),
        (steps.on_chat_only, RequestFormStep.CHAT_ONLY, RequestFormStates.contact),
        (steps.on_share_phone, RequestFormStep.PHONE, RequestFormStates.contact),
        (steps.on_consent, RequestFormStep.CONSENT, RequestFormStates.consent),
        (steps.on_privacy, RequestFormStep.PRIVACY, RequestFormStates.consent),
        (steps.on_edit, RequestFormStep.EDIT, RequestFormStates.summary),
        (submit.on_submit, RequestFormStep.SUBMIT, RequestFormStates.summary),
    )
    for handler, step, state in buttons:
        router.callback_query.register(
            handler, RequestForm.filter(F.step == step), StateFilter(state)
        )
    # What is typed or sent in a step.
    router.message.register(
        evidence.on_evidence, StateFilter(RequestFormStates.text), flags={"content": True}
    )
    router.message.register(steps.on_phone, StateFilter(RequestFormStates.phone))
    router.message.register(steps.on_typed, form)
    # A button of a step that is no longer current (or of a form already sent).
    router.callback_query.register(on_outdated_button, RequestForm.filter())
    return router
