"""Faults on the helpdesk's path to the staff chat: the staff chat refusing the bot, and calls
that took effect although Telegram answered 5xx. Nothing a migrant sent is lost."""

from __future__ import annotations

from datetime import timedelta

from bot.db.clock import utc_now
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import (
    ADMIN,
    STAFF,
    USER,
    file_request,
    helpdesk,
    i18n,
    topic_of,
    topic_texts,
)

ru = i18n.get("ru")
NO_TOPIC_RIGHT = "Bad Request: not enough rights to create a topic"
KICKED = "Forbidden: bot was kicked from the supergroup chat"


async def _file_with_photo(harness: Harness) -> int:
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-wages"))
    await harness.press(USER, ru("city-moscow"))
    await harness.send(USER, "Не платят зарплату.")
    await harness.feed(harness.fake.user_media(USER, "photo", caption="ведомость"))
    for button in ("request-button-done", "request-button-chat-only"):
        await harness.press(USER, ru(button))
    await harness.press(USER, ru("request-button-consent"))
    await harness.press(USER, ru("request-button-submit"))
    return (await harness.services.requests.for_user(USER))[0].id


async def _statuses(harness: Harness, chat_id: int) -> list[str]:
    rows = await harness.services.db.fetch_all(
        "SELECT status FROM outbox WHERE chat_id = ? ORDER BY id", (chat_id,)
    )
    return [row[0] for row in rows]


def _later(harness: Harness, minutes: int) -> None:
    assert harness.sender is not None
    harness.sender.now = lambda: utc_now() + timedelta(minutes=minutes)


async def test_no_right_to_create_topics_rows_wait_admins_are_told_then_all_arrives(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    harness.fake.fail_next("createForumTopic", 400, description=NO_TOPIC_RIGHT, count=1000)
    number = await _file_with_photo(harness)
    for minutes in (0, 2, 4):  # the sender tries again a few times
        _later(harness, minutes)
        await harness.deliver()
    assert set(await _statuses(harness, STAFF)) == {"pending"}, "waiting, not failed"
    to_admin = [str(c.params.get("text")) for c in harness.fake.sent_to(ADMIN)]
    warning = [text for text in to_admin if "не может писать в чат сотрудников" in text]
    assert len(warning) == 1, "admins are told once, not per attempt"
    assert "not enough rights" in warning[0]

    harness.fake.faults.clear("createForumTopic")  # an admin gave the bot the right
    _later(harness, 10)
    await harness.deliver()
    thread = topic_of(harness, number)
    kinds = [record["kind"] for record in harness.fake.topic_messages(STAFF, thread)]
    assert kinds[:2] == ["text", "photo"], "the card, then the photo"
    assert "ведомость" in topic_texts(harness, thread)
    assert set(await _statuses(harness, STAFF)) == {"sent"}


async def test_a_403_from_the_staff_chat_never_marks_the_migrant(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    harness.fake.fail_next("*", 403, description=KICKED, chat_id=STAFF, count=1000)
    await file_request(harness)
    await harness.send(USER, "Ещё подробности")
    await harness.deliver()
    assert set(await _statuses(harness, STAFF)) == {"pending"}
    assert "blocked" not in await _statuses(harness, USER)
    row = await harness.services.db.fetch_one("SELECT blocked_at FROM users WHERE id = ?", (USER,))
    assert row is not None and row[0] is None, "the migrant did not block anyone"


async def test_effect_then_5xx_costs_at_most_one_duplicate_per_fault(
    start_harness: StartHarness,
) -> None:
    """Telegram gives no idempotency key: a call that took effect but was answered 5xx is made
    again. The duplicate stays the one call in flight: one spare topic, one repeated copy."""
    harness = await helpdesk(start_harness)
    harness.fake.fail_next("createForumTopic", 502, mode="after_effect")
    number = await file_request(harness)
    await harness.deliver()
    _later(harness, 1)  # past the backoff
    await harness.deliver()
    topics = [key for key in harness.fake.topics if key[0] == STAFF]
    assert len(topics) == 2, "one spare, empty topic"
    request = await harness.services.requests.get(number)
    assert request is not None and request.topic_id is not None
    thread = request.topic_id
    assert harness.fake.topic_messages(STAFF, thread), "the request's own topic has its card"

    harness.fake.fail_next("copyMessage", 502, mode="after_effect")
    await harness.send(USER, "Это сообщение дойдёт")
    await harness.deliver()
    _later(harness, 2)
    await harness.deliver()
    copies = [text for text in topic_texts(harness, thread) if text == "Это сообщение дойдёт"]
    assert len(copies) == 2, "at most the call in flight twice"
