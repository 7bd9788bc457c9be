"""Keyboards of the admins' event forms (new event, edit one) and of /events."""

from __future__ import annotations

from functools import cache

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.events import Event
from bot.i18n import LOCALES, Translator
from bot.keyboards.buttons import button
from bot.keyboards.callbacks import (
    AppointmentDesk,
    DeskAction,
    EventAdmin,
    EventEdit,
    EventField,
    EventForm,
    EventFormStep,
)
from bot.keyboards.menus import language_name

EVENT_KINDS = ("webinar", "reception")


def _form_button(
    t: Translator, text_id: str, step: EventFormStep | None = None, value: str = ""
) -> InlineKeyboardButton:
    return button(t(text_id), EventForm(step=step, value=value).pack())


def _nav(t: Translator) -> list[InlineKeyboardButton]:
    return [
        _form_button(t, "common-button-back", EventFormStep.BACK),
        _form_button(t, "event-form-cancel", EventFormStep.CANCEL),
    ]


def _with_nav(t: Translator, rows: list[list[InlineKeyboardButton]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[*rows, _nav(t)])


def _languages(t: Translator) -> list[InlineKeyboardButton]:
    return [button(language_name(t, locale), EventForm(value=locale).pack()) for locale in LOCALES]


@cache
def question_menu(t: Translator) -> InlineKeyboardMarkup:
    """A step answered by typing: Back and Cancel."""
    return _with_nav(t, [])


@cache
def kind_menu(t: Translator) -> InlineKeyboardMarkup:
    return _with_nav(
        t, [[_form_button(t, f"event-kind-{kind}", value=kind)] for kind in EVENT_KINDS]
    )


@cache
def language_menu(t: Translator) -> InlineKeyboardMarkup:
    return _with_nav(t, [_languages(t)])


@cache
def zone_menu(t: Translator, zone_keys: tuple[str, ...]) -> InlineKeyboardMarkup:
    return _with_nav(t, [[_form_button(t, f"zone-{key}", value=key)] for key in zone_keys])


@cache
def capacity_menu(t: Translator) -> InlineKeyboardMarkup:
    return _with_nav(t, [[_form_button(t, "event-form-no-limit", EventFormStep.NO_LIMIT)]])


@cache
def slots_menu(t: Translator) -> InlineKeyboardMarkup:
    """The reception's times: typed, or none (walk-in, registration as before)."""
    return _with_nav(t, [[_form_button(t, "event-form-no-slots", EventFormStep.NO_SLOTS)]])


@cache
def edit_slots_menu(t: Translator) -> InlineKeyboardMarkup:
    no_slots = _form_button(t, "event-form-no-slots", EventFormStep.NO_SLOTS)
    return InlineKeyboardMarkup(inline_keyboard=[[no_slots], _cancel(t)])


@cache
def event_summary_menu(t: Translator) -> InlineKeyboardMarkup:
    return _with_nav(
        t,
        [
            [_form_button(t, "event-form-create", EventFormStep.CREATE)],
            [_form_button(t, "event-form-more-languages", EventFormStep.MORE_LANGUAGES)],
        ],
    )


def _cancel(t: Translator) -> list[InlineKeyboardButton]:
    return [_form_button(t, "event-form-cancel", EventFormStep.CANCEL)]


@cache
def edit_language_menu(t: Translator) -> InlineKeyboardMarkup:
    """Editing an event's texts: which language (no Back: the edit is one question)."""
    return InlineKeyboardMarkup(inline_keyboard=[_languages(t), _cancel(t)])


@cache
def edit_value_menu(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[_cancel(t)])


def admin_event_menu(t: Translator, event: Event, *, over: bool = False) -> InlineKeyboardMarkup:
    """Under each event of /events: change a field, or cancel the event; a reception by
    appointment also opens its list of appointments (the only button once it is over)."""

    def edit(label: str, field: EventField) -> InlineKeyboardButton:
        return button(t(label), EventEdit(event_id=event.id, field=field).pack())

    desk = AppointmentDesk(action=DeskAction.LIST, event_id=event.id).pack()
    appointments = [button(t("event-admin-appointments-button"), desk)]
    if over:
        return InlineKeyboardMarkup(inline_keyboard=[appointments])
    place_label = "event-edit-place" if event.kind == "reception" else "event-edit-link"
    rows = [[edit("event-edit-when", EventField.WHEN), edit(place_label, EventField.PLACE)]]
    if event.slots is None:
        rows.append(
            [
                edit("event-edit-capacity", EventField.CAPACITY),
                edit("event-edit-text", EventField.TEXT),
            ]
        )
    else:
        rows += [[edit("event-edit-text", EventField.TEXT)], appointments]
    if event.kind == "reception":
        rows.append([edit("event-edit-slots", EventField.SLOTS)])
    rows.append([button(t("event-admin-cancel"), EventAdmin(event_id=event.id).pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def confirm_cancel_menu(t: Translator, event_id: int) -> InlineKeyboardMarkup:
    confirm = EventAdmin(event_id=event_id, confirm=True).pack()
    return InlineKeyboardMarkup(
        inline_keyboard=[[button(t("event-admin-confirm-cancel"), confirm)]]
    )
