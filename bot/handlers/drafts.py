"""A half-filled request form set aside: its step and answers, kept in the FSM storage beside
the user's current state (the same SQLite table, purged after FSM_TTL_DAYS like any form), so
a command or another screen can use the state while the request waits to be continued.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from aiogram.fsm.context import FSMContext

DRAFT_DESTINY = "request_draft"


def _draft(state: FSMContext) -> FSMContext:
    return FSMContext(storage=state.storage, key=replace(state.key, destiny=DRAFT_DESTINY))


async def set_aside(state: FSMContext) -> None:
    """Move the current form (state and data) into the draft and leave it."""
    draft = _draft(state)
    await draft.set_state(await state.get_state())
    await draft.set_data(await state.get_data())
    await state.clear()


async def kept_draft(state: FSMContext) -> tuple[str, dict[str, Any]] | None:
    """(step, answers) of the request set aside, if there is one."""
    draft = _draft(state)
    step = await draft.get_state()
    return (step, await draft.get_data()) if step is not None else None


async def take_back(state: FSMContext) -> str | None:
    """Make the draft the current form again; returns its step (None: there was none)."""
    found = await kept_draft(state)
    if found is None:
        return None
    step, data = found
    await state.set_state(step)
    await state.set_data(data)
    await _draft(state).clear()
    return step


async def discard(state: FSMContext) -> bool:
    """Forget the draft; True if there was one."""
    had = await kept_draft(state) is not None
    await _draft(state).clear()
    return had
