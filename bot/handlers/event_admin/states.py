"""The admins' event forms as FSM states (their names are what the SQLite storage keeps)."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup


class NewEvent(StatesGroup):
    kind = State()
    language = State()
    title = State()
    description = State()
    zone = State()
    when = State()
    city = State()
    address = State()
    slots = State()
    link = State()
    capacity = State()
    summary = State()


class EditEvent(StatesGroup):
    language = State()
    value = State()
