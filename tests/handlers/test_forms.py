"""The form helper (bot/handlers/forms.py) as the admin meets it in the event form: Back passes
over the steps that do not apply, a refused answer keeps Back and Cancel at hand, a further
language returns to the summary, and a form's button pressed after the form is over restarts
nothing."""

from __future__ import annotations

from datetime import timedelta

from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey

from bot.db.clock import utc_now
from bot.i18n import I18n
from bot.middlewares.throttling import ThrottlingMiddleware
from fake_telegram.html_check import visible_text
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness

ADMIN = 888
ru = I18n.load("ru").get("ru")


async def _admin(start_harness: StartHarness) -> Harness:
    return await start_harness(
        admin_ids=frozenset({ADMIN}), throttling=ThrottlingMiddleware(burst=100)
    )


def _asked(harness: Harness, step: str) -> bool:
    return harness.screen(ADMIN).text == visible_text(ru(f"event-form-ask-{step}"))


async def _up_to_capacity(harness: Harness, kind: str) -> None:
    await harness.send(ADMIN, "/newevent")
    await harness.press(ADMIN, ru(f"event-kind-{kind}"))
    await harness.press(ADMIN, "Русский")
    await harness.send(ADMIN, "Трудовые права")
    await harness.send(ADMIN, "-")
    await harness.press(ADMIN, ru("zone-moscow"))
    await harness.send(ADMIN, (utc_now() + timedelta(days=3)).strftime("%d.%m.%Y 18:00"))
    if kind == "reception":
        await harness.send(ADMIN, "Москва")
        await harness.send(ADMIN, "Посольство")
        assert _asked(harness, "slots")
        await harness.press(ADMIN, ru("event-form-no-slots"))  # walk-in: seats, as before
    else:
        await harness.send(ADMIN, "https://example.org/webinar")
    assert _asked(harness, "capacity")


async def test_back_passes_over_the_steps_of_the_other_kind(start_harness: StartHarness) -> None:
    harness = await _admin(start_harness)
    await _up_to_capacity(harness, "webinar")
    await harness.press(ADMIN, ru("common-button-back"))
    assert _asked(harness, "link"), "a webinar has no city and address"
    await harness.send(ADMIN, "/cancel")
    await _up_to_capacity(harness, "reception")
    await harness.press(ADMIN, ru("common-button-back"))
    assert _asked(harness, "slots"), "a reception has no link"
    await harness.press(ADMIN, ru("common-button-back"))
    assert _asked(harness, "address")
    await harness.press(ADMIN, ru("common-button-back"))
    assert _asked(harness, "city")


async def test_a_refused_answer_keeps_back_and_cancel(start_harness: StartHarness) -> None:
    harness = await _admin(start_harness)
    await _up_to_capacity(harness, "webinar")
    await harness.send(ADMIN, "много")
    refused = harness.screen(ADMIN)
    assert refused.text == ru("event-form-bad-capacity")
    labels = [label for label, _ in refused.buttons]
    assert labels == [ru("event-form-no-limit"), ru("common-button-back"), ru("event-form-cancel")]
    await harness.press(ADMIN, ru("common-button-back"))
    assert _asked(harness, "link")


async def test_a_further_language_returns_to_the_summary(start_harness: StartHarness) -> None:
    harness = await _admin(start_harness)
    await _up_to_capacity(harness, "webinar")
    await harness.press(ADMIN, ru("event-form-no-limit"))
    await harness.press(ADMIN, ru("event-form-more-languages"))
    await harness.press(ADMIN, "Кыргызча")
    assert _asked(harness, "title"), "a language added from the summary asks its title"
    await harness.send(ADMIN, "Эмгек укуктары")
    assert _asked(harness, "description")
    await harness.send(ADMIN, "-")
    summary = harness.screen(ADMIN).text
    assert ru("event-form-summary") in summary and "Эмгек укуктары" in summary
    await harness.press(ADMIN, ru("event-form-more-languages"))
    await harness.press(ADMIN, ru("common-button-back"))
    assert ru("event-form-summary") in harness.screen(ADMIN).text, "Back leaves the detour"
    await harness.press(ADMIN, ru("event-form-create"))
    rows = await harness.services.db.fetch_all("SELECT locale, title FROM event_texts")
    assert sorted(tuple(row) for row in rows) == [
        ("ky", "Эмгек укуктары"),
        ("ru", "Трудовые права"),
    ]


async def test_a_forms_button_after_the_form_restarts_nothing(
    start_harness: StartHarness,
) -> None:
    harness = await _admin(start_harness)
    await _up_to_capacity(harness, "webinar")
    back = harness.screen(ADMIN).data_of(ru("common-button-back"))
    await harness.press(ADMIN, ru("event-form-no-limit"))
    await harness.press(ADMIN, ru("event-form-create"))
    await harness.press_data(ADMIN, back)
    assert harness.screen(ADMIN).text.startswith(ru("common-outdated-button"))
    key = StorageKey(bot_id=harness.bot.id, chat_id=ADMIN, user_id=ADMIN)
    assert await FSMContext(storage=harness.services.storage, key=key).get_state() is None
