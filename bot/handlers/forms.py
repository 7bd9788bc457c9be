"""One way to write a form: steps in order, Back, a summary with "edit this field", Cancel.

A ``Step`` is an FSM state, how its screen is built from the answers so far, how it reads
input (a button's value or typed text: a reader stores what it read in the answers and returns
None, or the text id saying what is wrong) and whether it applies to these answers. A ``Form``
is its steps in order, the last one its summary; forward and Back go to the next and the
previous step that applies, and after a field edited from the summary both return there.

Everything a form holds is the FSM state and data (the SQLite storage: a restart resumes it),
so its handlers stay ordinary aiogram handlers: they read the event, call the form, and do
what is their own (a draft, a burst, a submit).

``C`` is what a form's screens need besides the translator and the answers (the helpdesk's
settings, the broadcast planner): each form's handlers pass it along.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, ReplyKeyboardMarkup

from bot.handlers.screens import show_on_callback
from bot.i18n import Translator

C = TypeVar("C")
Answers = dict[str, Any]
Screen = tuple[str, InlineKeyboardMarkup | ReplyKeyboardMarkup | None]
#: Stores what it read in the answers; returns None, or the text id of what is wrong.
Reader = Callable[[str, Answers], str | None]
EDITING = "editing"  # in the answers: a field is being edited from the summary


@dataclass(frozen=True)
class Step(Generic[C]):
    state: State
    #: None: the step's own handler shows it (the broadcast's preview, a copy of the message).
    screen: Callable[[Translator, Answers, C], Awaitable[Screen]] | None
    button: Reader | None = None  # a button's value (callback data) in this step
    typed: Reader | None = None  # typed text; None: the screen is shown again
    #: True for these answers: passed over going forward and back (a webinar has no address;
    #: the phone step is reached only by its own button).
    skip: Callable[[Answers], bool] | None = None
    #: Edited from the summary, the answer leads to the next step, not back to the summary.
    edit_goes_on: bool = False


class Form(Generic[C]):
    """``in_place``: a pressed menu becomes the next screen (edited); otherwise every screen is
    a new message (admins type between the steps). A message is always answered with one."""

    def __init__(self, steps: Sequence[Step[C]], *, in_place: bool) -> None:
        self.steps = tuple(steps)
        self.summary = self.steps[-1]
        self.in_place = in_place
        self._by_state = {step.state.state: step for step in self.steps}

    def step_of(self, state_name: str | None) -> Step[C] | None:
        return self._by_state.get(state_name or "")

    async def current(self, state: FSMContext) -> Step[C] | None:
        return self.step_of(await state.get_state())

    async def show(
        self,
        step: State,
        event: CallbackQuery | Message,
        state: FSMContext,
        t: Translator,
        context: C,
    ) -> None:
        """Enter ``step`` and show its screen."""
        await state.set_state(step)
        text, markup = await self._screen(self._by_state[step.state or ""], t, state, context)
        await self._send(event, text, markup)

    async def advance(
        self,
        event: CallbackQuery | Message,
        state: FSMContext,
        t: Translator,
        context: C,
    ) -> None:
        """The current step is answered: on to the next (the summary while a field is edited
        from there)."""
        data = await state.get_data()
        current = await self.current(state)
        if data.get(EDITING) and not (current is not None and current.edit_goes_on):
            await self._back_to_summary(event, state, t, context)
            return
        await self.show(self._neighbour(current, data, +1), event, state, t, context)

    async def back(
        self, event: CallbackQuery | Message, state: FSMContext, t: Translator, context: C
    ) -> None:
        data = await state.get_data()
        if data.get(EDITING):
            await self._back_to_summary(event, state, t, context)
            return
        await self.show(
            self._neighbour(await self.current(state), data, -1), event, state, t, context
        )

    async def edit(
        self,
        step: State,
        event: CallbackQuery | Message,
        state: FSMContext,
        t: Translator,
        context: C,
    ) -> None:
        """From the summary: change the answer of ``step``, then come back."""
        await state.update_data({EDITING: True})
        await self.show(step, event, state, t, context)

    async def read_button(self, callback: CallbackQuery, value: str, state: FSMContext) -> bool:
        """The current step reads the button's value; a value it does not take (another step's
        button, crafted data) changes nothing (the press is answered all the same)."""
        step = await self.current(state)
        data = await state.get_data()
        if step is None or step.button is None or step.button(value, data) is not None:
            return False
        await state.set_data(data)
        return True

    async def read_text(
        self, message: Message, state: FSMContext, t: Translator, context: C
    ) -> bool:
        """The current step reads the typed text; what it does not take is answered with what
        is wrong (or the step's screen again) and the step's keyboard."""
        step = await self.current(state)
        if step is None:
            return False
        data = await state.get_data()
        problem = step.typed((message.text or "").strip(), data) if step.typed else None
        if step.typed is not None and problem is None:
            await state.set_data(data)
            return True
        text, markup = await self._screen(step, t, state, context)
        await message.answer(t(problem) if problem else text, reply_markup=markup)
        return False

    async def cancel(
        self,
        event: CallbackQuery | Message,
        state: FSMContext,
        text: str,
        markup: InlineKeyboardMarkup | None,
    ) -> None:
        await state.clear()
        await self._send(event, text, markup)

    def _neighbour(self, current: Step[C] | None, data: Answers, direction: int) -> State:
        """The step before (-1) or after (+1) ``current`` that these answers do not skip;
        ``current`` itself at either end."""
        if current is None:
            return self.steps[0].state
        index = self.steps.index(current) + direction
        while 0 <= index < len(self.steps):
            step = self.steps[index]
            if step.skip is None or not step.skip(data):
                return step.state
            index += direction
        return current.state

    async def _back_to_summary(
        self, event: CallbackQuery | Message, state: FSMContext, t: Translator, context: C
    ) -> None:
        await state.update_data({EDITING: False})
        await self.show(self.summary.state, event, state, t, context)

    @staticmethod
    async def _screen(step: Step[C], t: Translator, state: FSMContext, context: C) -> Screen:
        assert step.screen is not None, f"{step.state.state} is shown by its own handler"
        return await step.screen(t, await state.get_data(), context)

    async def _send(
        self,
        event: CallbackQuery | Message,
        text: str,
        markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | None,
    ) -> None:
        if isinstance(event, Message):
            await event.answer(text, reply_markup=markup)
        elif self.in_place and not isinstance(markup, ReplyKeyboardMarkup):
            await show_on_callback(event, text, markup)
        elif event.message is not None:
            await event.message.answer(text, reply_markup=markup)
