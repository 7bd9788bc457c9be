"""Two updates about one request handled at the same time: the relay has read the request when
the other side erases or closes it. Interleaved for real (the relay is held inside its handler,
after its read, while the other update runs), through the real Dispatcher and SQLite."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.db.requests import RequestsRepository
from bot.keyboards.callbacks import CardAction
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import (
    OPERATOR,
    STAFF,
    USER,
    file_request,
    helpdesk,
    press_card,
    ru,
    topic_of,
    user_texts,
)


def hold_after_read(monkeypatch: pytest.MonkeyPatch, method: str) -> tuple[Any, Any]:
    """Make ``RequestsRepository.<method>`` (a read the relay makes before it writes) wait for
    a gate; returns (reached, gate) events."""
    reached, gate = asyncio.Event(), asyncio.Event()
    original: Callable[..., Awaitable[bool]] = getattr(RequestsRepository, method)

    async def held(self: RequestsRepository, *args: Any) -> bool:
        reached.set()
        await gate.wait()
        return await original(self, *args)

    monkeypatch.setattr(RequestsRepository, method, held)
    return reached, gate


async def interleave(harness: Harness, first: dict[str, Any], reached: Any, gate: Any,
                     second: Callable[[], Awaitable[None]]) -> None:  # fmt: skip
    relay = asyncio.create_task(harness.feed(first))
    await asyncio.wait_for(reached.wait(), 5)
    await second()
    gate.set()
    await asyncio.wait_for(relay, 5)


async def test_an_answer_racing_an_erasure_reaches_nobody(
    start_harness: StartHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    thread = topic_of(harness, number)
    await harness.send(USER, "/privacy")
    await harness.press(USER, ru("privacy-button-erase"))
    confirm = harness.screen(USER).data_of(ru("privacy-button-confirm"))

    reached, gate = hold_after_read(monkeypatch, "written")
    answer = harness.fake.group_message(STAFF, OPERATOR, "Ваш адрес?", thread_id=thread)
    await interleave(harness, answer, reached, gate, lambda: harness.press_data(USER, confirm))
    await harness.deliver()

    request = await harness.services.requests.get(number)
    assert request is not None and (request.user_id, request.status) == (None, "closed")
    assert "Ваш адрес?" not in user_texts(harness), "nothing goes to a user who erased"
    copies = [c for c in harness.fake.calls if c.method == "copyMessage" and c.chat_id == USER]
    assert copies == []
    told = [c.params.get("text") for c in harness.fake.calls if c.chat_id == STAFF]
    assert ru("staff-erased") in told, "the operator is told why (the topic is gone since)"


async def test_a_message_racing_the_close_does_not_reopen_the_request(
    start_harness: StartHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    await harness.staff_send(STAFF, OPERATOR, "Ответ", thread_id=topic_of(harness, number))
    await harness.deliver()  # answered: a message from the migrant would reopen the work

    reached, gate = hold_after_read(monkeypatch, "written")
    message = harness.fake.user_message(USER, "Спасибо, ещё вопрос")

    async def close() -> None:
        await press_card(harness, number, CardAction.CLOSE)

    await interleave(harness, message, reached, gate, close)
    request = await harness.services.requests.get(number)
    assert request is not None and request.status == "closed"
    assert harness.screen(USER).text == ru("request-closed")
    assert ru("common-error") not in user_texts(harness)
