"""Every button press is answered exactly once (CallbackAnswers): the spinner stops, the toast
a handler chose is the answer, and Telegram never sees a second answer (the harness fails any
test whose bot answers a press twice)."""

import pytest

from bot.i18n import I18n
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.middlewares.user import UserMiddleware
from bot.services.rights import RightsService
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_events import AIBEK, _admin_harness, _create_reception, _open_event

USER = 5005


async def press(harness: Harness, label: str, language_code: str = "ru") -> str:
    """Press the button labelled ``label`` on the user's last screen; the query's id."""
    screen = harness.screen(USER)
    update = harness.fake.user_callback(
        USER, screen.message_id, screen.data_of(label), language_code=language_code
    )
    await harness.feed(update)
    return str(update["callback_query"]["id"])


async def test_a_press_is_answered_after_its_screen_is_shown(harness: Harness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    await harness.send(USER, "/menu")
    query = await press(harness, ru("menu-rights"))
    assert harness.fake.callback_answers[query] == {"callback_query_id": query}
    methods = [call.method for call in harness.fake.calls if call.method != "getMe"]
    assert methods[-2:] == ["editMessageText", "answerCallbackQuery"]
    assert ru("rights-title") in harness.screen(USER).html


async def test_a_throttled_press_gets_one_answer_the_slow_down_toast(
    start_harness: StartHarness, i18n: I18n
) -> None:
    clock = [1000.0]
    throttling = ThrottlingMiddleware(rate=1.0, burst=3.0, clock=lambda: clock[0])
    harness = await start_harness(throttling=throttling)
    ru = i18n.get("ru")
    await harness.send(USER, "/menu")  # takes one of the three
    menu = harness.screen(USER)
    queries = []
    for _ in range(4):  # the same button, four times in the same instant
        update = harness.fake.user_callback(USER, menu.message_id, menu.data_of(ru("menu-rights")))
        await harness.feed(update)
        queries.append(update["callback_query"]["id"])
    answers = [harness.fake.callback_answers[query] for query in queries]
    assert all(answer is not None for answer in answers), "every press answered"
    texts = [(answer or {}).get("text") for answer in answers]
    assert texts == [None, None, ru("common-slow-down"), ru("common-slow-down")]


async def test_a_press_whose_handler_fails_is_answered_once_and_apologised_for(
    harness: Harness, i18n: I18n, monkeypatch: pytest.MonkeyPatch
) -> None:
    ky = i18n.get("ky")
    await harness.send(USER, "/menu", language_code="ky")
    await press(harness, ky("menu-rights"), language_code="ky")
    section = harness.screen(USER).buttons[0][0]
    await press(harness, section, language_code="ky")

    def failing(self: RightsService, *args: object) -> None:
        raise ValueError("no views today")

    monkeypatch.setattr(RightsService, "record_view", failing)
    query = await press(harness, harness.screen(USER).buttons[0][0], language_code="ky")
    assert harness.fake.callback_answers[query] is not None
    assert ky("common-error") in harness.screen(USER).text
    # The conftest's check: answerCallbackQuery was not called a second time for the query.


async def test_a_press_that_fails_before_any_handler_is_answered_by_the_error_handler(
    harness: Harness, i18n: I18n, monkeypatch: pytest.MonkeyPatch
) -> None:
    await harness.send(USER, "/menu")
    screen = harness.screen(USER)

    async def failing(self: UserMiddleware, *args: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(UserMiddleware, "__call__", failing)
    update = harness.fake.user_callback(
        USER, screen.message_id, screen.data_of(i18n.get("ru")("menu-rights"))
    )
    await harness.feed(update)
    assert harness.fake.callback_answers[update["callback_query"]["id"]] is not None
    default = harness.services.i18n.get(harness.services.i18n.default_locale)  # no user row
    assert default("common-error") in harness.screen(USER).text


async def test_the_calendar_press_is_answered_before_the_file_is_sent(
    start_harness: StartHarness, i18n: I18n
) -> None:
    """An upload waits for the chat's budget; the spinner should not wait with it."""
    harness = await _admin_harness(start_harness)
    await _create_reception(harness, i18n)
    await _open_event(harness, AIBEK, "ru", i18n)
    await harness.press(AIBEK, i18n.get("ru")("event-button-calendar"))
    methods = [call.method for call in harness.fake.calls]
    assert methods[-2:] == ["answerCallbackQuery", "sendDocument"]
