"""My deadlines: the migrant enters dates, sees the deadlines that follow (each with the rule
it rests on, the reminders still to come and a button to its rights page), deletes them.

State graph::

    [any] --"My deadlines"--> screen
    screen --"✏️ Contract end"--> "ended early or runs to its date?"   [state cleared]
    "ended early…" --either button--> DeadlinesForm.date (field and "early" in the state data)
    screen --"✏️ entry / certificate" button--> DeadlinesForm.date (which date: in the data)
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
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.db.clock import utc_now
from bot.db.personal_dates import PersonalDates
from bot.handlers.filters import is_plain_text
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import DeadlineAction, Deadlines
from bot.keyboards.menus import contract_kind_menu, deadline_input_menu, deadlines_menu
from bot.services.deadlines import (
    Deadline,
    DeadlineService,
    deadlines,
    describe,
    in_moscow_region,
    notes,
    reminders_ahead,
    rule,
    today_in_russia,
)

DATE_INPUT = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
MAX_YEARS_AWAY = 3
# The date each button asks for, the question, and (for the contract) whether it ended early.
ASKS = {
    DeadlineAction.ENTRY: ("entry_date", "deadlines-ask-entry", None),
    DeadlineAction.CONTRACT_EARLY: ("contract_end", "deadlines-ask-contract-early", True),
    DeadlineAction.CONTRACT_TERM: ("contract_end", "deadlines-ask-contract", False),
    DeadlineAction.MEDICAL: ("medical_expiry", "deadlines-ask-medical", None),
}
FIELDS = {field for field, _, _ in ASKS.values()}


class DeadlinesForm(StatesGroup):
    date = State()


def router() -> Router:
    router = Router(name="deadlines")
    router.callback_query.register(on_show, Deadlines.filter(F.action == DeadlineAction.SHOW))
    router.callback_query.register(on_delete, Deadlines.filter(F.action == DeadlineAction.DELETE))
    router.callback_query.register(
        on_ask_contract_kind, Deadlines.filter(F.action == DeadlineAction.CONTRACT)
    )
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


def screen_text(t: Translator, dates: PersonalDates, today: date, city: str | None) -> str:
    """The deadlines screen; ``city`` is the user's (Moscow: Amina's rules, None: a hint)."""
    lines = [t("deadlines-title"), "", t("deadlines-intro"), ""]
    if dates.empty:
        lines.append(t("deadlines-none"))
        return "\n".join(lines)
    lines += [t("deadlines-your-dates"), *_date_lines(t, dates), "", t("deadlines-list")]
    moscow = in_moscow_region(city)
    for deadline in deadlines(dates, moscow=moscow):
        lines += _deadline_lines(t, deadline, today)
    lines += ["• " + t(f"deadlines-note-{note.value}") for note in notes(dates)]
    if moscow:
        lines += ["", t("deadlines-amina-title"), t("deadlines-amina-duties")]
    elif city is None and dates.entry_date is not None:
        lines += ["", t("deadlines-city-hint")]
    lines += ["", f"<i>{t('deadlines-note')}</i>"]
    return "\n".join(lines)


def _date_lines(t: Translator, dates: PersonalDates) -> list[str]:
    contract = "deadlines-contract-early" if dates.contract_early else "deadlines-contract"
    return [
        "• " + t(message_id, date=t.date(value))
        for message_id, value in (
            ("deadlines-entry", dates.entry_date),
            (contract, dates.contract_end),
            ("deadlines-medical", dates.medical_expiry),
        )
        if value is not None
    ]


def _deadline_lines(t: Translator, deadline: Deadline, today: date) -> list[str]:
    """The deadline, the rule it rests on, and only the reminders still ahead."""
    if deadline.due < today:
        return ["• " + describe(t, deadline) + " " + t("deadlines-passed")]
    if deadline.due == today:
        when = t("deadlines-last-day-today")
    else:
        ahead = [
            t("deadlines-remind-before", days=days) if days else t("deadlines-remind-last-day")
            for days in reminders_ahead(deadline, today)
        ]
        when = t("deadlines-reminders-ahead", when=", ".join(ahead))
    return ["• " + describe(t, deadline), f"<i>{rule(t, deadline)} {when}</i>"]


def page_ids(dates: PersonalDates, city: str | None) -> tuple[str, ...]:
    """The rights pages of the deadlines shown, each once, in the order shown."""
    found = deadlines(dates, moscow=in_moscow_region(city))
    return tuple(dict.fromkeys(deadline.page_id for deadline in found))


async def _screen(
    t: Translator, service: DeadlineService, user_id: int
) -> tuple[str, InlineKeyboardMarkup]:
    dates = await service.get(user_id)
    city = await service.city(user_id)
    text = screen_text(t, dates, today_in_russia(utc_now()), city)
    return text, deadlines_menu(t, not dates.empty, page_ids(dates, city))


async def on_show(
    callback: CallbackQuery, state: FSMContext, t: Translator, deadlines: DeadlineService
) -> None:
    await state.clear()
    text, markup = await _screen(t, deadlines, callback.from_user.id)
    await show_on_callback(callback, text, markup)


async def on_delete(
    callback: CallbackQuery, state: FSMContext, t: Translator, deadlines: DeadlineService
) -> None:
    await state.clear()
    await deadlines.delete(callback.from_user.id)
    text, markup = await _screen(t, deadlines, callback.from_user.id)
    await show_on_callback(callback, t("deadlines-deleted") + "\n\n" + text, markup)


async def on_ask_contract_kind(callback: CallbackQuery, state: FSMContext, t: Translator) -> None:
    """The 15 days exist only after an early end: ask before asking for the date (A4)."""
    await state.clear()
    await show_on_callback(callback, t("deadlines-ask-contract-kind"), contract_kind_menu(t))


async def on_ask_date(
    callback: CallbackQuery, callback_data: Deadlines, state: FSMContext, t: Translator
) -> None:
    field, question, early = ASKS[callback_data.action]
    await state.set_state(DeadlinesForm.date)
    await state.set_data({"field": field, "early": early})
    example = t.date(today_in_russia(utc_now()))
    await show_on_callback(callback, t(question, example=example), deadline_input_menu(t))


async def on_date(
    message: Message, state: FSMContext, t: Translator, deadlines: DeadlineService
) -> None:
    data = await state.get_data()
    field = data.get("field")
    today = today_in_russia(utc_now())
    value = parse_date(message.text or "")
    if field not in FIELDS:  # stale state from an older version
        await state.clear()
        return
    problem = _problem(field, value, today)
    if problem is not None:
        await message.answer(
            t(problem, example=t.date(today)), reply_markup=deadline_input_menu(t)
        )
        return
    assert value is not None
    early = data.get("early")
    if field == "contract_end" and isinstance(early, bool):
        await deadlines.set_contract_end(message.chat.id, value, early)
    else:  # a contract date from a form started before the bot asked: kind stays unknown
        await deadlines.set_date(message.chat.id, field, value)
    await state.clear()
    text, markup = await _screen(t, deadlines, message.chat.id)
    await message.answer(t("deadlines-saved") + "\n\n" + text, reply_markup=markup)


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
