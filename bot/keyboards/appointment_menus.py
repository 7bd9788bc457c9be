"""Keyboards of receptions by appointment: the migrant's (times, booking, their appointment)
and the admins' list of the day. Pure builders: labels and ids in, markup out."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content.request_categories import CATEGORIES
from bot.i18n import Translator
from bot.keyboards.buttons import button, home_button
from bot.keyboards.callbacks import (
    AppointmentAction,
    AppointmentDesk,
    Appointments,
    DeskAction,
    EventAction,
    Events,
)

TIMES_PER_ROW = 4
TIMES_PER_PAGE = 20
DESK_PER_PAGE = 15


def page_of(items: Sequence[object], page: int, size: int) -> tuple[int, int]:
    """The page actually shown (a page past the end shows the last one) and how many."""
    pages = max((len(items) + size - 1) // size, 1)
    return min(max(page, 0), pages - 1), pages


def _act(
    t: Translator, label: str, action: AppointmentAction, event_id: int
) -> InlineKeyboardButton:
    return button(t(label), Appointments(action=action, event_id=event_id).pack())


def reception_menu(
    t: Translator, event_id: int, *, booked: bool, free: bool
) -> InlineKeyboardMarkup:
    """A reception by appointment: choose a time; or change, cancel, add to the calendar."""
    rows: list[list[InlineKeyboardButton]] = []
    if booked:
        rows += [
            [_act(t, "appointment-button-move", AppointmentAction.TIMES, event_id)],
            [_act(t, "appointment-button-cancel", AppointmentAction.CANCEL, event_id)],
            [_act(t, "event-button-calendar", AppointmentAction.CALENDAR, event_id)],
        ]
    elif free:
        rows.append([_act(t, "appointment-button-book", AppointmentAction.TIMES, event_id)])
    back = button(t("common-button-back"), Events(action=EventAction.LIST).pack())
    rows.append([back, home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def times_menu(
    t: Translator, event_id: int, times: Sequence[tuple[int, str]], page: int
) -> InlineKeyboardMarkup:
    """``times``: (Unix seconds, "10:15"), all the free ones; one page of them as buttons."""
    page, pages = page_of(times, page, TIMES_PER_PAGE)
    shown = times[page * TIMES_PER_PAGE : (page + 1) * TIMES_PER_PAGE]
    buttons = [
        button(label, Appointments(action=AppointmentAction.PICK, event_id=event_id, at=at).pack())
        for at, label in shown
    ]
    rows = [buttons[i : i + TIMES_PER_ROW] for i in range(0, len(buttons), TIMES_PER_ROW)]
    paging = []
    if page > 0:
        paging.append(_times_page(t, "appointment-button-earlier", event_id, page - 1))
    if page + 1 < pages:
        paging.append(_times_page(t, "appointment-button-later", event_id, page + 1))
    if paging:
        rows.append(paging)
    # Back to the reception (whoever is moving their time keeps it).
    rows.append([_act(t, "common-button-back", AppointmentAction.ABORT, event_id)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def _times_page(t: Translator, label: str, event_id: int, page: int) -> InlineKeyboardButton:
    data = Appointments(action=AppointmentAction.TIMES, event_id=event_id, page=page).pack()
    return button(t(label), data)


def matter_menu(t: Translator, event_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[_act(t, "appointment-button-abort", AppointmentAction.ABORT, event_id)]]
    )


def consent_menu(t: Translator, event_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_act(t, "appointment-button-consent", AppointmentAction.CONSENT, event_id)],
            [_act(t, "appointment-button-abort", AppointmentAction.ABORT, event_id)],
        ]
    )


# --- the admins' side ---------------------------------------------------------------------


def _desk(
    action: DeskAction, event_id: int, appointment_id: int = 0, page: int = 0, category: str = ""
) -> str:
    return AppointmentDesk(
        action=action,
        event_id=event_id,
        appointment_id=appointment_id,
        page=page,
        category=category,
    ).pack()


def desk_list_menu(
    t: Translator, event_id: int, entries: Sequence[tuple[int, str]], page: int, pages: int
) -> InlineKeyboardMarkup:
    """``entries``: (appointment id, "10:15 Almaz ✅") of the page shown."""
    rows = [
        [button(label, _desk(DeskAction.OPEN, event_id, appointment_id))]
        for appointment_id, label in entries
    ]
    paging = []
    if page > 0:
        earlier = _desk(DeskAction.LIST, event_id, page=page - 1)
        paging.append(button(t("appointment-button-earlier"), earlier))
    if page + 1 < pages:
        later = _desk(DeskAction.LIST, event_id, page=page + 1)
        paging.append(button(t("appointment-button-later"), later))
    if paging:
        rows.append(paging)
    return InlineKeyboardMarkup(inline_keyboard=rows)


def desk_card_menu(
    t: Translator, event_id: int, appointment_id: int, *, came: bool, can_request: bool
) -> InlineKeyboardMarkup:
    came_label = "appointment-desk-button-not-came" if came else "appointment-desk-button-came"
    mark = DeskAction.NOT_CAME if came else DeskAction.CAME
    rows = [[button(t(came_label), _desk(mark, event_id, appointment_id))]]
    if can_request:
        request = _desk(DeskAction.REQUEST, event_id, appointment_id)
        rows.append([button(t("appointment-desk-button-request"), request)])
    back = _desk(DeskAction.LIST, event_id)
    rows.append([button(t("appointment-desk-button-list"), back)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def desk_category_menu(t: Translator, event_id: int, appointment_id: int) -> InlineKeyboardMarkup:
    """The request's topic, "Other" among them."""
    rows = [
        [
            button(
                t(f"request-category-{category}"),
                _desk(DeskAction.CATEGORY, event_id, appointment_id, category=category),
            )
        ]
        for category in CATEGORIES
    ]
    rows.append(
        [button(t("common-button-back"), _desk(DeskAction.OPEN, event_id, appointment_id))]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)
