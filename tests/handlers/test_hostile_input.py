"""Hostile input at the edge: integers past 64 bits or in other scripts in callback data and in
command arguments get "this button is out of date" or a usage line, never an exception in a
handler (the error handler, which apologises, must not be reached)."""

from __future__ import annotations

import logging

import pytest

from bot.i18n import I18n
from bot.middlewares.throttling import ThrottlingMiddleware
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness

STAFF = -1001234567890
ADMIN = 5000
OPERATOR = 5001
USER = 7001
HUGE = "9" * 20  # above 2**64
ENV = {"STAFF_CHAT_ID": str(STAFF), "OFFICE_HOURS": ""}

ru = I18n.load("ru").get("ru")

# Every CallbackData with an integer field, with that integer out of range or malformed.
PRIVATE_DATA = [
    f"mr:o:{HUGE}",
    f"mr:w:{HUGE}",
    "mr:o:²",
    "mr:o:1_0",
    f"rr:{HUGE}:1",
    f"rr:1:{HUGE}",
    f"rt:{HUGE}:1",
    f"rt:1:{HUGE}",
    f"ev:o:{HUGE}",
    f"ev:r:{HUGE}",
    f"ev:u:{HUGE}",
    f"ev:c:{HUGE}",
    "ev:r:-1",
    f"pg:wages:{HUGE}",
]
ADMIN_DATA = [f"bcx:{HUGE}:p", f"ea:{HUGE}:1", f"ee:{HUGE}:w", "ea:٣:0"]
STAFF_DATA = [f"rc:{HUGE}:t", f"tp:{HUGE}:received", "rc:1.0:t"]


async def helpdesk(start_harness: StartHarness) -> Harness:
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}), env=ENV, throttling=ThrottlingMiddleware(burst=1000)
    )
    harness.fake.make_forum(STAFF)
    await harness.services.staff.add(OPERATOR, "operator", ADMIN)  # type: ignore[arg-type]
    return harness


def errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot.handlers.errors"]


@pytest.mark.parametrize("data", PRIVATE_DATA + ADMIN_DATA)
async def test_out_of_range_callback_data_is_an_outdated_button(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture, data: str
) -> None:
    harness = await helpdesk(start_harness)
    who = ADMIN if data in ADMIN_DATA else USER
    await harness.send(who, "/menu")
    with caplog.at_level(logging.INFO):
        await harness.press_data(who, data)
    assert errors_logged(caplog) == []
    assert ru("common-outdated-button") in harness.screen(who).text


@pytest.mark.parametrize("data", STAFF_DATA)
async def test_out_of_range_staff_buttons_are_answered_as_outdated(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture, data: str
) -> None:
    harness = await helpdesk(start_harness)
    await harness.staff_send(STAFF, OPERATOR, "/queue")
    card = harness.fake.store.bot_messages(STAFF)[-1]
    with caplog.at_level(logging.INFO):
        query = await harness.staff_press(STAFF, OPERATOR, card["message_id"], data)
    assert errors_logged(caplog) == []
    answer = harness.fake.callback_answers[query]
    assert answer is not None and answer.get("text") == ru("staff-outdated-button")


@pytest.mark.parametrize(
    "command",
    [
        f"/staff add {HUGE} operator",
        "/staff add ² operator",
        "/staff add ١٢٣ operator",
        f"/staff remove {HUGE}",
        "/staff add -5 operator",
    ],
)
async def test_staff_command_with_a_bad_id_gets_the_usage(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture, command: str
) -> None:
    harness = await helpdesk(start_harness)
    members = await harness.services.staff.members(STAFF)
    with caplog.at_level(logging.INFO):
        await harness.staff_send(STAFF, ADMIN, command)
    assert errors_logged(caplog) == []
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == ru("staff-usage")
    assert await harness.services.staff.members(STAFF) == members


@pytest.mark.parametrize(
    "command",
    [
        "/export 9999-12-31 9999-12-31",
        "/export 0001-01-01 0001-01-01",
        "/export 2026-01-01 ２０２６-01-02",
        f"/export {HUGE} {HUGE}",
    ],
)
async def test_export_with_dates_out_of_range_gets_the_usage(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture, command: str
) -> None:
    harness = await helpdesk(start_harness)
    with caplog.at_level(logging.INFO):
        await harness.staff_send(STAFF, OPERATOR, command)
    assert errors_logged(caplog) == []
    assert ru("staff-export-usage") in str(harness.fake.store.bot_messages(STAFF)[-1]["text"])


@pytest.mark.parametrize("capacity", ["²", "١٢", HUGE, "0"])
async def test_event_capacity_in_other_digits_is_refused(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture, capacity: str
) -> None:
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(ADMIN, "ru")
    await harness.send(ADMIN, "/newevent")
    await harness.press(ADMIN, ru("event-kind-webinar"))
    await harness.press(ADMIN, "Русский")
    await harness.send(ADMIN, "Вебинар")
    await harness.send(ADMIN, "-")
    await harness.press(ADMIN, ru("zone-moscow"))
    await harness.send(ADMIN, "01.01.2099 18:00")  # too far: refused, a date inside a year:
    from datetime import timedelta

    from bot.db.clock import utc_now

    await harness.send(ADMIN, (utc_now() + timedelta(days=3)).strftime("%d.%m.%Y 18:00"))
    await harness.send(ADMIN, "https://example.org/webinar")
    with caplog.at_level(logging.INFO):
        await harness.send(ADMIN, capacity)
    assert errors_logged(caplog) == []
    assert harness.screen(ADMIN).text == ru("event-form-bad-capacity")
