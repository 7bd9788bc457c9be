"""The fake's flood control: paid broadcasts count against Telegram's 1,000 a second instead
of 30, everything against the 1,000; an answer's latency; a broadcast's chats forgotten."""

from __future__ import annotations

import asyncio

from aiogram import Bot

from fake_telegram import FakeTelegram, FloodRules, RecordingSession, VirtualClock
from fake_telegram.flood import FloodControl
from tests.conftest import TEST_TOKEN


def _copy(flood: FloodControl, chat: int, paid: bool) -> bool:
    params = {"chat_id": chat, "from_chat_id": 1, "message_id": 1}
    if paid:
        params["allow_paid_broadcast"] = True
    return flood.check("copyMessage", params) is None


def test_a_31st_free_message_in_a_second_is_refused_a_paid_one_is_not() -> None:
    clock = VirtualClock()
    flood = FloodControl(FloodRules(), clock)
    assert all(_copy(flood, 100 + n, paid=False) for n in range(30))
    assert not _copy(flood, 200, paid=False)
    assert all(_copy(flood, 300 + n, paid=True) for n in range(900))
    assert flood.passed_paid == 900


def test_paid_messages_stop_at_1000_a_second_free_ones_included() -> None:
    clock = VirtualClock()
    flood = FloodControl(FloodRules(), clock)
    assert all(_copy(flood, 100 + n, paid=False) for n in range(30))
    assert all(_copy(flood, 1000 + n, paid=True) for n in range(970))
    assert not _copy(flood, 5000, paid=True)
    assert flood.refused[-1].retry_after == 1
    assert not _copy(flood, 5001, paid=True), "inside the window it gave"
    assert flood.early, "a call inside retry_after is recorded"
    clock.advance(1.0)
    assert _copy(flood, 5002, paid=True)


def test_a_paid_broadcast_to_many_chats_keeps_no_bucket_per_chat() -> None:
    clock = VirtualClock()
    flood = FloodControl(FloodRules(), clock)
    for n in range(30_000):
        clock.advance(0.0011)
        assert _copy(flood, 10_000 + n, paid=True)
    assert len(flood._buckets) <= 10_000


async def test_latency_delays_the_answer_not_the_arrival() -> None:
    clock = VirtualClock()
    fake = FakeTelegram(token=TEST_TOKEN, clock=clock, latency=0.05, sleep=clock.sleep)
    bot = Bot(TEST_TOKEN, session=RecordingSession(fake))
    started = clock.now
    await asyncio.gather(*(bot.send_message(chat_id=100 + n, text="hi") for n in range(10)))
    assert [call.at for call in fake.calls] == [started] * 10, "all arrive at once"
    assert clock.now - started >= 0.05 - 1e-9
    await bot.session.close()
