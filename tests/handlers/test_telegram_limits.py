"""Telegram's limits on every call, with its flood control on (as in every handler test: the
harness's fake answers 429 past 30 messages/s per bot, about 1/s per private chat with short
bursts, 20/min per group, and its teardown fails a test that met any 429 or sent anything inside
a retry_after window). Time is virtual: the bot's waiting costs the test nothing."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.db.clock import utc_now
from bot.i18n import I18n
from fake_telegram import Call
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_events import ADMIN as EVENT_ADMIN
from tests.handlers.test_events import _create_reception
from tests.handlers.test_requests import (
    OPERATOR,
    STAFF,
    USER,
    file_request,
    helpdesk,
    topic_of,
    topic_texts,
)

i18n = I18n.load("ru")
ru = i18n.get("ru")


async def _to_the_description_step(harness: Harness) -> None:
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-wages"))
    await harness.press(USER, ru("city-moscow"))


def _messages_to(harness: Harness, chat_id: int, after: int) -> list[Call]:
    return [c for c in harness.fake.sent_to(chat_id)[after:] if c.method == "sendMessage"]


async def _burst(harness: Harness, updates: list[dict[str, Any]], seconds: float) -> None:
    """The updates arrive within ``seconds``; the bot answers what it answers after that."""
    harness.think_seconds = seconds / len(updates)
    for update in updates[:-1]:
        await harness.feed(update, burst=True)
    await harness.feed(updates[-1])
    harness.think_seconds = 1.0


async def test_thirty_lines_in_two_seconds_all_reach_the_staff_one_answer(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await _to_the_description_step(harness)
    before = len(harness.fake.sent_to(USER))
    lines = [f"Строка {n}: хозяин <не> платит & молчит" for n in range(1, 31)]
    await _burst(harness, [harness.fake.user_message(USER, line) for line in lines], 2.0)

    answers = _messages_to(harness, USER, before)
    description = "\n".join(lines)
    expected = ru("request-evidence-received", chars=len(description), files=0)
    assert [harness.fake.last_text(USER)] == [expected]
    assert len(answers) == 1, "one answer for the burst, not one per line"

    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("request-button-chat-only"))
    await harness.press(USER, ru("request-button-consent"))
    await harness.press(USER, ru("request-button-submit"))
    number = (await harness.services.requests.for_user(USER))[0].id
    await harness.deliver()
    in_topic = "\n".join(topic_texts(harness, topic_of(harness, number)))
    assert all(line in in_topic for line in lines), "the staff got the whole description"


async def test_an_album_of_ten_photos_is_answered_once_with_ten_files(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await _to_the_description_step(harness)
    before = len(harness.fake.sent_to(USER))
    album = []
    for _ in range(10):
        update = harness.fake.user_media(USER, "photo")
        update["message"]["media_group_id"] = "13579"
        album.append(update)
    await _burst(harness, album, 0.5)

    assert len(_messages_to(harness, USER, before)) == 1
    assert harness.fake.last_text(USER) == ru("request-evidence-received", chars=0, files=10)
    data = await harness.dispatcher.fsm.get_context(harness.bot, USER, USER).get_data()
    assert len(data["attachments"]) == 10


async def test_menu_is_answered_at_once_during_a_broadcast(start_harness: StartHarness) -> None:
    admin = 900
    harness = await start_harness(admin_ids=frozenset({admin}))
    async with harness.services.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, 'ru', 'x', 'x')",
            [(uid,) for uid in range(10_000, 10_300)],
        )
    source = harness.fake.user_message(admin, "Вебинар 5 декабря")["message"]["message_id"]
    await harness.services.broadcast_planner.create(
        admin_id=admin,
        source_chat_id=admin,
        source_message_id=source,
        audience="all",
        starts_at=utc_now(),
    )
    assert harness.broadcaster is not None
    sending = asyncio.create_task(harness.broadcaster.run_once())
    copies = lambda: len([c for c in harness.fake.calls if c.method == "copyMessage"])  # noqa: E731
    await harness.fake.wait_for(lambda: copies() >= 60)

    harness.think_seconds = 0
    asked_at = harness.clock.now
    await harness.send(USER, "/menu")
    answer = harness.fake.sent_to(USER)[-1]
    assert answer.method == "sendMessage"
    assert ru("menu-rights") in [label for label, _ in harness.screen(USER).buttons]
    assert answer.at - asked_at < 1.5, "a person waiting goes before the broadcast"
    assert copies() < 300, "the broadcast was still running"
    await sending
    assert copies() == 300, "everyone got it once"


async def test_the_event_form_filled_a_step_a_second_loses_no_prompt(
    start_harness: StartHarness,
) -> None:
    """The production flood limit (not a test's larger burst), a step every second."""
    harness = await start_harness(admin_ids=frozenset({EVENT_ADMIN}))
    await _create_reception(harness, i18n)  # asserts each prompt on the way
    assert harness.fake.flood is not None and harness.fake.flood.refused == []


async def test_staff_commands_and_the_outbox_share_the_groups_20_a_minute(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    for n in range(12):
        await harness.send(USER, f"Ещё одно сообщение {n}")
    sending = asyncio.create_task(harness.deliver())
    await harness.staff_send(STAFF, OPERATOR, "/queue")
    await harness.staff_send(STAFF, OPERATOR, "/stats")
    await sending
    group = [c for c in harness.fake.calls if c.chat_id == STAFF and c.ok]
    assert any(f"№{number}" in str(c.params.get("text", "")) for c in group), "/queue answered"
    thread = topic_of(harness, number)
    assert all(f"Ещё одно сообщение {n}" in topic_texts(harness, thread) for n in range(12))
    sends = sorted(c.at for c in group if c.method.startswith(("send", "copy", "edit")))
    over_a_minute = [b - a for a, b in zip(sends, sends[20:], strict=False)]
    assert all(gap >= 60 for gap in over_a_minute), "never 21 in a minute into the group"
