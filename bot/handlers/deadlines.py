"""My deadlines: the migrant enters dates, sees the deadlines that follow, deletes them.

State graph::

    [any] --"My deadlines"--> screen
    screen --"✏️ date" button--> DeadlinesForm.date (which date: in the state data)
    DeadlinesForm.date --a valid date--> saved, screen        [state cleared]
    DeadlinesForm.date --anything else--> hint (stays)
    DeadlinesForm.date --Back, Home, /menu--> screen or menu  [state cleared]
    screen --"🗑 Delete my dates"--> deleted, screen
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.db.clock import utc_now
from bot.db.personal_dates import PersonalDates
from bot.handlers.filters import is_plain_text
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import DeadlineAction, Deadlines
from bot.keyboards.menus import deadline_input_menu, deadlines_menu
from bot.services.deadlines import DeadlineService, deadlines, describe, today_in_russia

DATE_INPUT = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
MAX_YEARS_AWAY = 3
FIELD_OF = {
    DeadlineAction.ENTRY: "entry_date",
    DeadlineAction.CONTRACT: "contract_end",
    DeadlineAction.MEDICAL: "medical_expiry",
}
ASK_OF = {
    "entry_date": "deadlines-ask-entry",
    "contract_end": "deadlines-ask-contract",
    "medical_expiry": "deadlines-ask-medical",
}


class DeadlinesForm(StatesGroup):
    date = State()


def router() -> Router:
    router = Router(name="deadlines")
    router.callback_query.register(on_show, Deadlines.filter(F.action == DeadlineAction.SHOW))
    router.callback_query.register(on_delete, Deadlines.filter(F.action == DeadlineAction.DELETE))
    router.callback_query.register(on_ask_date, Deadlines.filter())
    router.message.register(on_date, StateFilter(DeadlinesForm.date), is_plain_text)
    router.message.register(on_not_a_date, StateFilter(DeadlinesForm.date))
    return router


def parse_date(text: str) -> date | None:
    match = DATE_INPUT.match(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def screen_text(t: Translator, dates: PersonalDates, today: date) -> str:
    lines = [t("deadlines-title"), "", t("deadlines-intro"), ""]
    if dates.empty:
        lines.append(t("deadlines-none"))
        return "\n".join(lines)
    lines.append(t("deadlines-your-dates"))
    for message_id, value in (
        ("deadlines-entry", dates.entry_date),
        ("deadlines-contract", dates.contract_end),
        ("deadlines-medical", dates.medical_expiry),
    ):
        if value is not None:
            lines.append("• " + t(message_id, date=t.date(value)))
    lines += ["", t("deadlines-list")]
    for deadline in deadlines(dates):
        passed = " " + t("deadlines-passed") if deadline.due < today else ""
        lines.append("• " + describe(t, deadline) + passed)
    lines += ["", f"<i>{t('deadlines-note')}</i>"]
    return "\n".join(lines)


async def _screen(t: Translator, service: DeadlineService, user_id: int) -> tuple[str, bool]:
    dates = await service.get(user_id)
    return screen_text(t, dates, today_in_russia(utc_now())), not dates.empty


async def on_show(
    callback: CallbackQuery, state: FSMContext, t: Translator, deadlines: DeadlineService
) -> None:
    await state.clear()
    text, has_dates = await _screen(t, deadlines, callback.from_user.id)
    await show_on_callback(callback, text, deadlines_menu(t, has_dates))


async def on_delete(
    callback: CallbackQuery, state: FSMContext, t: Translator, deadlines: DeadlineService
) -> None:
    await state.clear()
    await deadlines.delete(callback.from_user.id)
    text, has_dates = await _screen(t, deadlines, callback.from_user.id)
    await show_on_callback(
        callback, t("deadlines-deleted") + "\n\n" + text, deadlines_menu(t, has_dates)
    )


async def on_ask_date(
    callback: CallbackQuery, callback_data: Deadlines, state: FSMContext, t: Translator
) -> None:
    field = FIELD_OF[callback_data.action]
    await state.set_state(DeadlinesForm.date)
    await state.set_data({"field": field})
    example = t.date(today_in_russia(utc_now()))
    await show_on_callback(callback, t(ASK_OF[field], example=example), deadline_input_menu(t))


async def on_date(
    message: Message, state: FSMContext, t: Translator, deadlines: DeadlineService
) -> None:
    field = (await state.get_data()).get("field")
    today = today_in_russia(utc_now())
    value = parse_date(message.text or "")
    if field not in ASK_OF:  # stale state from an older version
        await state.clear()
        return
    problem = _problem(field, value, today)
    if problem is not None:
        await message.answer(
            t(problem, example=t.date(today)), reply_markup=deadline_input_menu(t)
        )
        return
    assert value is not None
    await deadlines.set_date(message.chat.id, field, value)
    await state.clear()
    text, has_dates = await _screen(t, deadlines, message.chat.id)
    await message.answer(
        t("deadlines-saved") + "\n\n" + text, reply_markup=deadlines_menu(t, has_dates)
    )


def _problem(field: str, value: date | None, today: date) -> str | None:
    """The message id that explains what is wrong with the date, or None if it is fine."""
    if value is None:
        return "deadlines-bad-date"
    if abs((value - today).days) > MAX_YEARS_AWAY * 366:
        return "deadlines-out-of-range"
    if field == "entry_date" and value > today + timedelta(days=1):
        return "deadlines-entry-in-future"
    return None


async def on_not_a_date(message: Message, t: Translator) -> None:
    example = t.date(today_in_russia(utc_now()))
    await message.answer(
        t("deadlines-bad-date", example=example), reply_markup=deadline_input_menu(t)
    )
