"""Inline keyboards of the migrant's menus. Pure functions: texts in, markup out.

The menus are the same for every user of a locale, so builders whose arguments are all
long-lived (the Translator of a locale, the tree, a page) are cached: a menu press then costs
no keyboard construction. Cached markups are shared, so they must never be mutated.
"""

from __future__ import annotations

from functools import cache

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.content.cities import CITIES
from bot.content.request_categories import category_for_page
from bot.content.tree import Page, Section, Tree
from bot.i18n import Translator
from bot.keyboards.buttons import button, home_button
from bot.keyboards.callbacks import (
    AnnouncementsSet,
    BroadcastAction,
    BroadcastAudience,
    BroadcastConfirm,
    BroadcastControl,
    BroadcastStep,
    CityChoice,
    DeadlineAction,
    Deadlines,
    EventAction,
    Events,
    LanguageChoice,
    Nav,
    PageOpen,
    Privacy,
    PrivacyAction,
    RequestStart,
    Screen,
    SectionOpen,
)
from bot.keyboards.request_menus import my_requests_button, start_button


def language_name(t: Translator, locale: str) -> str:
    """A language's name in that language (the same text in every locale's common.ftl)."""
    return t(f"language-name-{locale}")


@cache
def language_keyboard(t: Translator, locales: tuple[str, ...]) -> InlineKeyboardMarkup:
    """Every language, the reader's current one (``t``'s) marked."""
    builder = InlineKeyboardBuilder()
    for locale in locales:
        mark = "✅ " if locale == t.locale else ""
        builder.add(button(mark + language_name(t, locale), LanguageChoice(locale=locale).pack()))
    builder.adjust(2)
    return builder.as_markup()


@cache
def main_menu(t: Translator) -> InlineKeyboardMarkup:
    rows = [
        [button(t("menu-rights"), Nav(screen=Screen.RIGHTS).pack())],
        [start_button(t), my_requests_button(t)],
        [button(t("menu-search"), Nav(screen=Screen.SEARCH).pack())],
        [button(t("menu-events"), Events(action=EventAction.LIST).pack())],
        [button(t("menu-deadlines"), Deadlines(action=DeadlineAction.SHOW).pack())],
        [button(t("menu-emergency"), Nav(screen=Screen.EMERGENCY).pack())],
        [button(t("menu-language"), Nav(screen=Screen.LANGUAGE).pack())],
        [button(t("menu-announcements"), Nav(screen=Screen.ANNOUNCEMENTS).pack())],
        [button(t("menu-privacy"), Privacy(action=PrivacyAction.SHOW).pack())],
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def sections_menu(t: Translator, tree: Tree) -> InlineKeyboardMarkup:
    rows = [
        [button(t(section.title_id), SectionOpen(section_id=section.id).pack())]
        for section in tree.sections
    ]
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def section_menu(t: Translator, section: Section) -> InlineKeyboardMarkup:
    rows = [[button(t(page.title_id), PageOpen(page_id=page.id).pack())] for page in section.pages]
    rows.append(
        [button(t("common-button-back"), Nav(screen=Screen.RIGHTS).pack()), home_button(t)]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def page_menu(t: Translator, page: Page, part: int, parts: int) -> InlineKeyboardMarkup:
    rows: list[list[InlineKeyboardButton]] = []
    paging = []
    if part > 0:
        paging.append(
            button(t("rights-button-previous"), PageOpen(page_id=page.id, part=part - 1).pack())
        )
    if part < parts - 1:
        paging.append(
            button(t("rights-button-next"), PageOpen(page_id=page.id, part=part + 1).pack())
        )
    if paging:
        rows.append(paging)
    rows.append(
        [
            button(t("common-button-back"), SectionOpen(section_id=page.section_id).pack()),
            button(t("menu-emergency"), Nav(screen=Screen.EMERGENCY).pack()),
        ]
    )
    category = category_for_page(page.id, page.section_id)
    rows.append([button(t("request-button-about-page"), RequestStart(category=category).pack())])
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def search_results(t: Translator, pages: list[Page]) -> InlineKeyboardMarkup:
    rows = [[button(t(page.title_id), PageOpen(page_id=page.id).pack())] for page in pages]
    rows.append([button(t("menu-rights"), Nav(screen=Screen.RIGHTS).pack()), home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def back_home(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[home_button(t)]])


def _deadline_action(t: Translator, label: str, what: DeadlineAction) -> InlineKeyboardButton:
    return button(t(label), Deadlines(action=what).pack())


@cache
def deadlines_menu(
    t: Translator, has_dates: bool, page_ids: tuple[str, ...] = ()
) -> InlineKeyboardMarkup:
    """The dates to enter, then a button to the rights page of each deadline shown."""
    rows = [
        [_deadline_action(t, "deadlines-button-entry", DeadlineAction.ENTRY)],
        [_deadline_action(t, "deadlines-button-contract", DeadlineAction.CONTRACT)],
        [_deadline_action(t, "deadlines-button-medical", DeadlineAction.MEDICAL)],
    ]
    for page_id in page_ids:
        label = t("deadlines-button-page-of", title=t(f"rights-page-{page_id}-title"))
        rows.append([button(label, PageOpen(page_id=page_id).pack())])
    if has_dates:
        rows.append([_deadline_action(t, "deadlines-button-delete", DeadlineAction.DELETE)])
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def contract_kind_menu(t: Translator) -> InlineKeyboardMarkup:
    back = button(t("common-button-back"), Deadlines(action=DeadlineAction.SHOW).pack())
    early = _deadline_action(t, "deadlines-button-contract-early", DeadlineAction.CONTRACT_EARLY)
    term = _deadline_action(t, "deadlines-button-contract-term", DeadlineAction.CONTRACT_TERM)
    return InlineKeyboardMarkup(inline_keyboard=[[early], [term], [back, home_button(t)]])


@cache
def deadline_input_menu(t: Translator) -> InlineKeyboardMarkup:
    back = button(t("common-button-back"), Deadlines(action=DeadlineAction.SHOW).pack())
    return InlineKeyboardMarkup(inline_keyboard=[[back, home_button(t)]])


@cache
def announcements_menu(t: Translator, on: bool) -> InlineKeyboardMarkup:
    label = "announcements-button-off" if on else "announcements-button-on"
    toggle = button(t(label), AnnouncementsSet(on=not on).pack())
    city = button(t("announcements-button-city"), CityChoice().pack())
    return InlineKeyboardMarkup(inline_keyboard=[[toggle], [city], [home_button(t)]])


@cache
def cities_menu(t: Translator) -> InlineKeyboardMarkup:
    buttons = [button(t(f"city-{city}"), CityChoice(city=city).pack()) for city in CITIES]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([button(t("common-button-back"), Nav(screen=Screen.ANNOUNCEMENTS).pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def broadcast_audience_menu(
    t: Translator, counts: dict[str, int], event_titles: dict[str, str]
) -> InlineKeyboardMarkup:
    """One button per audience with its number of recipients; ``counts`` keys are audiences,
    ``event_titles`` names the 'event:<id>' ones."""
    rows = []
    for audience, count in counts.items():
        if audience == "all":
            name = t("broadcast-audience-all")
        elif audience.startswith("event:"):
            name = "🗓 " + event_titles.get(audience, audience)[:40]
        elif audience.startswith("city:"):
            name = "🏙 " + t(f"city-{audience.removeprefix('city:')}")
        else:
            name = language_name(t, audience.removeprefix("locale:"))
        data = BroadcastAudience.of(audience).pack()
        rows.append([button(f"{name} · {count}", data)])
    rows.append(
        [button(t("broadcast-button-cancel"), BroadcastConfirm(step=BroadcastStep.CANCEL).pack())]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def broadcast_confirm_menu(t: Translator) -> InlineKeyboardMarkup:
    def step(label: str, value: BroadcastStep) -> list[InlineKeyboardButton]:
        return [button(t(label), BroadcastConfirm(step=value).pack())]

    return InlineKeyboardMarkup(
        inline_keyboard=[
            step("broadcast-button-send-now", BroadcastStep.SEND_NOW),
            step("broadcast-button-schedule", BroadcastStep.SCHEDULE),
            step("broadcast-button-cancel", BroadcastStep.CANCEL),
        ]
    )


@cache
def broadcast_cancel_menu(t: Translator) -> InlineKeyboardMarkup:
    data = BroadcastConfirm(step=BroadcastStep.CANCEL).pack()
    return InlineKeyboardMarkup(inline_keyboard=[[button(t("broadcast-button-cancel"), data)]])


def broadcast_progress_menu(
    t: Translator, broadcast_id: int, status: str
) -> InlineKeyboardMarkup | None:
    """Pause or resume, and cancel, while the broadcast can still change; nothing after."""
    if status not in ("running", "paused", "scheduled"):
        return None

    def control(label: str, action: BroadcastAction) -> InlineKeyboardButton:
        return button(t(label), BroadcastControl(broadcast_id=broadcast_id, action=action).pack())

    first = (
        control("broadcast-button-resume", BroadcastAction.RESUME)
        if status == "paused"
        else control("broadcast-button-pause", BroadcastAction.PAUSE)
    )
    return InlineKeyboardMarkup(
        inline_keyboard=[[first, control("broadcast-button-stop", BroadcastAction.CANCEL)]]
    )


def events_list_menu(t: Translator, entries: list[tuple[int, str]]) -> InlineKeyboardMarkup:
    """``entries``: (event id, button label)."""
    rows = [
        [button(label, Events(action=EventAction.OPEN, event_id=event_id).pack())]
        for event_id, label in entries
    ]
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def event_menu(
    t: Translator, event_id: int, status: str | None, full: bool
) -> InlineKeyboardMarkup:
    def action(label: str, what: EventAction) -> InlineKeyboardButton:
        return button(t(label), Events(action=what, event_id=event_id).pack())

    if status is None:
        main = action(
            "event-button-wait" if full else "event-button-register", EventAction.REGISTER
        )
    else:
        main = action("event-button-unregister", EventAction.UNREGISTER)
    rows = [[main], [action("event-button-calendar", EventAction.CALENDAR)]]
    rows.append([action("common-button-back", EventAction.LIST), home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)
