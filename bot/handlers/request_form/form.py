"""The request form's steps: what each shows, reads and where Back goes (bot/handlers/forms.py).

The description (``text``) and the phone are read by their own handlers (steps.py, evidence.py):
they take media, bursts and Telegram's contact button rather than a button value or a line.
"""

from __future__ import annotations

from bot.content.cities import CITIES
from bot.content.request_categories import CATEGORIES
from bot.handlers.forms import Answers, Form, Step
from bot.handlers.request_form import screens
from bot.handlers.request_form.states import RequestFormStates as S
from bot.services.requests import HelpdeskSettings

MAX_CITY = 80


def _category(value: str, data: Answers) -> str | None:
    if value not in CATEGORIES:
        return "common-outdated-button"
    data["category"] = value
    return None


def _city_button(value: str, data: Answers) -> str | None:
    if value not in CITIES:
        return "common-outdated-button"
    data["city"] = value
    return None


def _city_typed(text: str, data: Answers) -> str | None:
    city = " ".join(text.split())
    if not city or city.startswith("/") or len(city) > MAX_CITY:
        return "request-city-hint"
    data["city"] = city
    return None


def _always(_: Answers) -> bool:
    return True


FORM: Form[HelpdeskSettings] = Form(
    [
        Step(S.category, screens.category_screen, button=_category),
        Step(S.city, screens.city_screen, button=_city_button, typed=_city_typed),
        Step(S.text, screens.text_screen),
        Step(S.contact, screens.contact_screen),
        Step(S.phone, screens.phone_screen, skip=_always),  # only by "Share my phone"
        Step(S.consent, screens.consent_screen),
        Step(S.summary, screens.summary_screen),
    ],
    in_place=True,
)
# The fields the summary offers to edit, and the step that asks each.
EDIT_STEPS = {"category": S.category, "city": S.city, "text": S.text, "contact": S.contact}
