"""The event form's summary shows every title and description the admin entered, in every
language, before "Create" (and keeps them across a restart of the bot)."""

from __future__ import annotations

from datetime import timedelta

from bot.db.clock import utc_now
from bot.i18n import I18n
from bot.middlewares.throttling import ThrottlingMiddleware
from tests.handlers.conftest import StartHarness

ADMIN = 888


async def test_the_summary_shows_every_language_before_create(
    start_harness: StartHarness, i18n: I18n
) -> None:
    ru = i18n.get("ru")
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}), throttling=ThrottlingMiddleware(burst=100)
    )
    await harness.send(ADMIN, "/newevent")
    await harness.press(ADMIN, ru("event-kind-webinar"))
    await harness.press(ADMIN, "Кыргызча")
    await harness.send(ADMIN, "Эмгек укуктары <вебинар>")
    await harness.send(ADMIN, "Айлык төлөнбөсө эмне кылуу керек")
    await harness.press(ADMIN, ru("zone-moscow"))
    when = (utc_now() + timedelta(days=3)).strftime("%d.%m.%Y") + " 18:00"
    await harness.send(ADMIN, when)
    await harness.send(ADMIN, "https://example.org/webinar")
    await harness.press(ADMIN, ru("event-form-no-limit"))
    await harness.press(ADMIN, ru("event-form-more-languages"))
    await harness.press(ADMIN, "Русский")
    await harness.send(ADMIN, "Трудовые права <вебинар>")

    await harness.stop()  # the bot restarts in the middle of the second language
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}), throttling=ThrottlingMiddleware(burst=100), fake=harness.fake
    )
    await harness.send(ADMIN, "Что делать, если не платят зарплату")
    summary = harness.screen(ADMIN)
    assert ru("event-form-summary") in summary.text
    for shown in (
        "Эмгек укуктары <вебинар>",
        "Айлык төлөнбөсө эмне кылуу керек",
        "Трудовые права <вебинар>",
        "Что делать, если не платят зарплату",
    ):
        assert shown in summary.text, f"{shown!r} is not on the summary"
    assert "&lt;вебинар&gt;" in summary.html, "admin text is escaped"
    await harness.press(ADMIN, ru("event-form-create"))
    rows = await harness.services.db.fetch_all(
        "SELECT locale, title, description FROM event_texts ORDER BY locale"
    )
    assert [tuple(row) for row in rows] == [
        ("ky", "Эмгек укуктары <вебинар>", "Айлык төлөнбөсө эмне кылуу керек"),
        ("ru", "Трудовые права <вебинар>", "Что делать, если не платят зарплату"),
    ]
