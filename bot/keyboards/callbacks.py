"""Every CallbackData factory of the bot, in one place.

Short prefixes, ids rather than texts, enums for actions: each packs well under Telegram's
64-byte limit (a test packs the longest value of each).
"""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class Screen(StrEnum):
    HOME = "h"
    RIGHTS = "r"
    SEARCH = "s"
    EMERGENCY = "e"
    LANGUAGE = "l"


class Nav(CallbackData, prefix="n"):
    """A top-level screen."""

    screen: Screen


class LanguageChoice(CallbackData, prefix="lang"):
    locale: str


class SectionOpen(CallbackData, prefix="sec"):
    section_id: str


class PageOpen(CallbackData, prefix="pg"):
    page_id: str
    part: int = 0


class DeadlineAction(StrEnum):
    SHOW = "s"
    ENTRY = "e"
    CONTRACT = "c"
    MEDICAL = "m"
    DELETE = "d"


class Deadlines(CallbackData, prefix="dl"):
    """The personal deadlines screen and its actions."""

    action: DeadlineAction
