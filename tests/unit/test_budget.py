"""The bot's Telegram budget on a virtual clock: never over Telegram's limits, priorities kept,
429 holds obeyed by everyone who was waiting."""

from __future__ import annotations

import asyncio

from bot.telegram.budget import Priority, SendBudget, sending_as
from fake_telegram import VirtualClock


def _most_in_any_second(times: list[float]) -> int:
    times = sorted(times)
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


async def _send(budget: SendBudget, clock: VirtualClock, priority: Priority, chat: int,
                log: list[tuple[float, Priority]]) -> None:  # fmt: skip
    with sending_as(priority):
        await budget.acquire(chat, counts_for_bot=True)
    log.append((clock.now, priority))


async def test_never_more_than_30_a_second_whatever_the_mix() -> None:
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    log: list[tuple[float, Priority]] = []
    sends = [
        _send(budget, clock, priority, chat, log)
        for chat in range(1, 301)
        for priority in (Priority.BULK, Priority.HELPDESK, Priority.INTERACTIVE)
        if chat % (1 + priority) == 0 or priority is Priority.BULK
    ]
    await asyncio.gather(*sends)
    assert _most_in_any_second([moment for moment, _ in log]) <= 30


async def test_a_waiting_answer_goes_before_the_broadcast_queued_ahead_of_it() -> None:
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    log: list[tuple[float, Priority]] = []
    bulk = [
        asyncio.create_task(_send(budget, clock, Priority.BULK, 100 + n, log)) for n in range(60)
    ]
    await asyncio.sleep(0)
    asked = clock.now
    await _send(budget, clock, Priority.INTERACTIVE, 1, log)
    answered = next(moment for moment, p in log if p is Priority.INTERACTIVE)
    assert answered - asked < 0.2
    assert sum(1 for _, p in log if p is Priority.BULK) < 10, "the answer did not queue behind"
    await asyncio.gather(*bulk)


async def test_one_chat_gets_about_one_a_second_and_a_group_20_a_minute() -> None:
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    private: list[tuple[float, Priority]] = []
    group: list[tuple[float, Priority]] = []
    await asyncio.gather(
        *[_send(budget, clock, Priority.HELPDESK, 7, private) for _ in range(10)],
        *[_send(budget, clock, Priority.HELPDESK, -100, group) for _ in range(25)],
    )
    private_times = sorted(moment for moment, _ in private)
    assert private_times[-1] - private_times[0] >= 8 / 0.95 - 0.01
    group_times = sorted(moment for moment, _ in group)
    assert all(b - a >= 60 for a, b in zip(group_times, group_times[20:], strict=False))


async def test_a_429_holds_everyone_who_was_already_waiting() -> None:
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    log: list[tuple[float, Priority]] = []
    waiting = [
        asyncio.create_task(_send(budget, clock, Priority.BULK, 100 + n, log)) for n in range(5)
    ]
    budget.too_many_requests(55, 3.0)  # a private chat: the bot's own limit, likely
    held_from = clock.now
    await asyncio.gather(*waiting)
    assert all(moment >= held_from + 3.0 for moment, _ in log)


async def test_a_groups_long_429_holds_the_group_not_the_migrants() -> None:
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    budget.too_many_requests(-100, 12.0)
    start = clock.now
    log: list[tuple[float, Priority]] = []
    await _send(budget, clock, Priority.HELPDESK, 7, log)
    assert log[-1][0] - start <= 1.01, "a migrant waits at most a second"
    await _send(budget, clock, Priority.HELPDESK, -100, log)
    assert log[-1][0] - start >= 12.0


async def _send_paid(budget: SendBudget, clock: VirtualClock, chat: int, log: list[float]) -> None:
    with sending_as(Priority.BULK):
        await budget.acquire(chat, counts_for_bot=True, paid=True)
    log.append(clock.now)


async def test_paid_sends_keep_under_1000_a_second_with_the_free_30_on_top() -> None:
    """A paid broadcast to 3,000 people and free traffic at once: the paid bucket gives ~950
    a second, the free one 30, never more than 1,000 together in any second."""
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    paid: list[float] = []
    free: list[tuple[float, Priority]] = []
    await asyncio.gather(
        *[_send_paid(budget, clock, 10_000 + n, paid) for n in range(3000)],
        *[_send(budget, clock, Priority.HELPDESK, 100 + n, free) for n in range(90)],
    )
    together = paid + [moment for moment, _ in free]
    assert _most_in_any_second(together) <= 1000
    assert _most_in_any_second([moment for moment, _ in free]) <= 30
    assert 940 <= 3000 / (max(paid) - min(paid)) <= 960, "the paid rate is ~950 a second"


async def test_an_answer_never_waits_for_a_paid_broadcast() -> None:
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    paid: list[float] = []
    broadcast = [
        asyncio.create_task(_send_paid(budget, clock, 10_000 + n, paid)) for n in range(2000)
    ]
    await clock.sleep(0.5)  # the broadcast is in full swing, 1,500 still queued
    asked = clock.now
    log: list[tuple[float, Priority]] = []
    await _send(budget, clock, Priority.INTERACTIVE, 1, log)
    assert log[0][0] - asked < 0.001, "not a token's wait"
    assert len(paid) < 1000
    await asyncio.gather(*broadcast)


async def test_a_paid_429_holds_the_paid_broadcast_and_nothing_else() -> None:
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    budget.too_many_requests(10_000, 2.0, paid=True)
    held_from = clock.now
    paid: list[float] = []
    log: list[tuple[float, Priority]] = []
    waiting = [asyncio.create_task(_send_paid(budget, clock, 10_001 + n, paid)) for n in range(5)]
    await _send(budget, clock, Priority.INTERACTIVE, 7, log)
    await _send(budget, clock, Priority.BULK, 8, log)  # a free broadcast, too
    assert all(moment - held_from < 0.1 for moment, _ in log)
    await asyncio.gather(*waiting)
    assert min(paid) >= held_from + 2.0


async def test_a_cancelled_paid_caller_leaves_its_turn_to_the_next() -> None:
    clock = VirtualClock()
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    budget.too_many_requests(None, 1.0, paid=True)
    held_from = clock.now
    paid: list[float] = []
    first = asyncio.create_task(_send_paid(budget, clock, 10_000, paid))
    second = asyncio.create_task(_send_paid(budget, clock, 10_001, paid))
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.wait_for(second, 5)
    assert len(paid) == 1 and paid[0] >= held_from + 1.0
