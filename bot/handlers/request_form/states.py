"""The request form's steps as FSM states (their names are what the SQLite storage keeps)."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup


class RequestFormStates(StatesGroup):
    category = State()
    city = State()
    text = State()
    contact = State()
    phone = State()
    consent = State()
    summary = State()


def state_named(name: str | None) -> State | None:
    return next((s for s in RequestFormStates.__all_states__ if s.state == name), None)
