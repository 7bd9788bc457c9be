"""What each step of the request form shows, the summary, and the receipt."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from bot.content.request_categories import URGENT_CATEGORIES
from bot.db.clock import utc_now
from bot.handlers.forms import Answers, Screen
from bot.i18n import Translator
from bot.keyboards.request_menus import (
    category_menu,
    city_menu,
    consent_menu,
    contact_menu,
    evidence_menu,
    phone_keyboard,
    summary_menu,
)
from bot.services.office_hours import OfficeHours, after_hours_lines
from bot.services.relay import MAX_TEXT
from bot.services.requests import MAX_ATTACHMENTS, HelpdeskSettings
from bot.services.topics import city_name
from bot.telegram.lengths import clip, telegram_length

SUMMARY_TEXT_SHOWN = 1500


async def category_screen(t: Translator, _: Answers, __: HelpdeskSettings) -> Screen:
    return t("request-step-category"), category_menu(t)


async def city_screen(t: Translator, _: Answers, __: HelpdeskSettings) -> Screen:
    return t("request-step-city"), city_menu(t)


async def text_screen(t: Translator, data: Answers, _: HelpdeskSettings) -> Screen:
    text = t("request-step-text", max_text=MAX_TEXT, max_files=MAX_ATTACHMENTS)
    return text, evidence_menu(t, has_content(data))


async def contact_screen(t: Translator, _: Answers, __: HelpdeskSettings) -> Screen:
    return t("request-step-contact"), contact_menu(t)


async def phone_screen(t: Translator, _: Answers, __: HelpdeskSettings) -> Screen:
    """Shown again for anything but the contact; the step itself opens with two messages
    (steps.on_share_phone)."""
    return t("request-phone-hint"), phone_keyboard(t)


async def consent_screen(t: Translator, _: Answers, helpdesk: HelpdeskSettings) -> Screen:
    text = t("request-step-consent", days=helpdesk.retention_days)
    return text, consent_menu(t, helpdesk.privacy_url)


async def summary_screen(t: Translator, data: Answers, _: HelpdeskSettings) -> Screen:
    return summary_text(t, data), summary_menu(t)


def description(data: dict[str, Any]) -> str:
    """What happened: the lines sent to the form, joined (each kept with its message id in
    ``text_parts``, so that an edited line replaces its own). A draft from before lines were
    kept apart holds it in ``text``."""
    parts = data.get("text_parts")
    if parts:
        return "\n".join(str(line) for _, line in parts)
    return str(data.get("text", ""))


def summary_text(t: Translator, data: dict[str, Any]) -> str:
    text = description(data)
    shown = html.escape(clip(text, SUMMARY_TEXT_SHOWN)) + (
        "…" if telegram_length(text) > SUMMARY_TEXT_SHOWN else ""
    )
    lines = [
        t("request-summary-title"),
        "",
        t("request-summary-category", category=t(f"request-category-{data['category']}")),
        t("request-summary-city", city=html.escape(city_name(t, str(data["city"])))),
        t("request-summary-text"),
        f"<blockquote>{shown}</blockquote>" if shown else "—",
        t("request-summary-files", count=len(data.get("attachments", []))),
    ]
    phone = data.get("phone")
    if phone:
        lines.append(t("request-summary-phone", phone=html.escape(str(phone))))
    else:
        lines.append(t("request-summary-chat"))
    lines += ["", t("request-summary-hint")]
    return "\n".join(lines)


def has_content(data: dict[str, Any]) -> bool:
    return bool(description(data)) or bool(data.get("attachments"))


def receipt_text(
    t: Translator,
    number: int,
    category: str,
    office_hours: OfficeHours | None,
    now: datetime | None = None,
) -> str:
    now = now or utc_now()
    lines = [t("request-receipt", number=number)]
    if office_hours is not None and not office_hours.is_open(now):
        opening = office_hours.next_opening(now)
        lines += after_hours_lines(t, opening, category in URGENT_CATEGORIES)
    return "\n".join(lines)
