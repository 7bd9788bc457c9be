"""A limit on requests per person (open at once, new in 24 hours), said in their language,
checked at the form's start and again when it is sent; admins lift it for one person."""

from __future__ import annotations

from bot.keyboards.callbacks import CardAction
from bot.services.requests import MAX_NEW_PER_DAY, MAX_OPEN_PER_USER, RequestDraft
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import (
    ADMIN,
    OPERATOR,
    STAFF,
    USER,
    file_request,
    helpdesk,
    ky,
    press_card,
    ru,
)

DRAFT = RequestDraft(category="wages", city="moscow", text="Не платят", phone=None)


async def requests_of(harness: Harness, user: int = USER) -> int:
    return len(await harness.services.requests.for_user(user))


async def test_open_requests_are_limited_and_a_closed_one_frees_a_place(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    numbers = [await file_request(harness, lang="ky") for _ in range(MAX_OPEN_PER_USER)]
    await harness.send(USER, "/request", language_code="ky")
    assert harness.screen(USER).text == ky("request-limit-open", max=MAX_OPEN_PER_USER)
    assert ky("request-category-wages") not in str(harness.screen(USER).buttons), "no form"
    assert await requests_of(harness) == MAX_OPEN_PER_USER

    await harness.deliver()
    await press_card(harness, numbers[0], CardAction.CLOSE)
    await file_request(harness, lang="ky")
    assert await requests_of(harness) == MAX_OPEN_PER_USER + 1


async def test_new_requests_per_day_are_limited_until_an_admin_lifts_it(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    for _ in range(MAX_NEW_PER_DAY):
        number = await file_request(harness)
        await harness.deliver()
        await press_card(harness, number, CardAction.CLOSE)
    await harness.send(USER, "/request")
    assert harness.screen(USER).text == ru("request-limit-daily", max=MAX_NEW_PER_DAY)

    await harness.staff_send(STAFF, OPERATOR, f"/staff lift {USER}")
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == ru("staff-admins-only")
    await harness.staff_send(STAFF, ADMIN, f"/staff lift {USER}")
    lifted = ru("staff-limit-lifted", id=str(USER))
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == lifted
    await file_request(harness)
    assert await requests_of(harness) == MAX_NEW_PER_DAY + 1

    await harness.staff_send(STAFF, ADMIN, f"/staff limit {USER}")
    restored = ru(
        "staff-limit-restored", id=str(USER), open=MAX_OPEN_PER_USER, daily=MAX_NEW_PER_DAY
    )
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == restored
    await harness.send(USER, "/request")
    assert harness.screen(USER).text == ru("request-limit-daily", max=MAX_NEW_PER_DAY)


async def test_the_limit_is_checked_again_when_the_form_is_sent(
    start_harness: StartHarness,
) -> None:
    """The form started with a place free; meanwhile the last place was taken."""
    harness = await helpdesk(start_harness)
    for _ in range(MAX_OPEN_PER_USER - 1):
        await harness.services.requests.submit(USER, DRAFT)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-wages"))
    await harness.press(USER, ru("city-moscow"))
    await harness.send(USER, "Текст")
    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("request-button-chat-only"))
    await harness.press(USER, ru("request-button-consent"))
    await harness.services.requests.submit(USER, DRAFT)  # e.g. from a second phone
    await harness.press(USER, ru("request-button-submit"))
    assert harness.screen(USER).text == ru("request-limit-open", max=MAX_OPEN_PER_USER)
    assert await requests_of(harness) == MAX_OPEN_PER_USER
