"""Broadcast delivery: exactly one message to each reachable recipient through 429s, 403s and
a crash in the middle; paced to Telegram's 30 messages per second."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest

from bot.app import build_bot
from bot.config import load_settings
from bot.db.broadcasts import BroadcastsRepository
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.i18n import I18n
from bot.keyboards.menus import broadcast_progress_menu
from bot.services.broadcasts import (
    UNSETTLED_PAID,
    BroadcastPlanner,
    BroadcastSender,
    OutcomesNotRecordedError,
)
from bot.services.users import UserService
from bot.telegram.budget import SendBudget
from fake_telegram import Call, FakeTelegram, FloodRules, RecordingSession, VirtualClock
from tests.conftest import TEST_TOKEN

ADMIN = 900
USERS = range(1000, 1500)
BLOCKED = {1007, 1100, 1234, 1333, 1499}


@dataclass
class Setup:
    fake: FakeTelegram
    db: Database
    i18n: I18n
    clock: VirtualClock
    bot: Any
    source_id: int
    planner: BroadcastPlanner

    def sender(self, *, paid_allowed: bool = False) -> BroadcastSender:
        """A sender as the app builds it: the planner tells it of Pause and Stop."""
        sender = BroadcastSender(
            self.db,
            self.bot,
            users=UserService(self.db),
            i18n=self.i18n,
            markup=lambda t, b: broadcast_progress_menu(t, b.id, b.status),
            sleep=self.clock.sleep,
            clock=self.clock,
            paid_allowed=paid_allowed,
        )
        self.planner.on_status = sender.status_changed
        return sender

    def deliveries(self) -> Counter[int]:
        return Counter(c.chat_id for c in self.fake.calls if _delivered(c))


def _delivered(call: Call) -> bool:
    return call.method == "copyMessage" and call.ok


@pytest.fixture
async def setup(db: Database, i18n: I18n) -> AsyncIterator[Setup]:
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, ?, 'x', 'x')",
            [(uid, ("ky", "ru")[uid % 2]) for uid in [ADMIN, *USERS]],
        )
        await conn.execute("UPDATE users SET announcements = 0 WHERE id = 1010")
    clock = VirtualClock()
    fake = FakeTelegram(token=TEST_TOKEN, flood=FloodRules(), clock=clock)
    for uid in BLOCKED:
        fake.block_user(uid)
    budget = SendBudget(clock=clock, sleep=clock.sleep)
    bot = build_bot(
        load_settings({"BOT_TOKEN": TEST_TOKEN}), session=RecordingSession(fake), budget=budget
    )
    # The admin's message that is copied: it must exist, as in Telegram.
    source = fake.user_message(ADMIN, "Вебинар о правах мигрантов 5 декабря <в 18:00>")
    planner = BroadcastPlanner(db, default_locale="ru")
    yield Setup(fake, db, i18n, clock, bot, source["message"]["message_id"], planner)
    await bot.session.close()
    assert fake.flood is not None
    assert [r for r in fake.flood.refused if r.early] == [], "nothing inside a retry_after"


def _random_429s(fake: FakeTelegram, rate: float, seed: int) -> None:
    """Make about ``rate`` of the copyMessage calls answer 429 retry_after=1."""
    original = fake.handle_async
    chance = random.Random(seed)

    async def handle_async(method: str, params: dict[str, str], **kwargs: Any) -> Any:
        if method == "copyMessage" and chance.random() < rate:
            fake.fail_next("copyMessage", 429, retry_after=1)
        return await original(method, params, **kwargs)

    fake.handle_async = handle_async  # type: ignore[method-assign]


async def _create(setup: Setup, audience: str = "all") -> int:
    return await setup.planner.create(
        admin_id=ADMIN,
        source_chat_id=ADMIN,
        source_message_id=setup.source_id,
        audience=audience,
        starts_at=utc_now(),
    )


async def test_500_users_5_blocked_random_429s_exactly_one_each(setup: Setup) -> None:
    _random_429s(setup.fake, 0.05, seed=7)
    broadcast_id = await _create(setup)
    started = setup.clock.now
    await setup.sender().run_once()

    reachable = ({ADMIN} | set(USERS)) - BLOCKED - {1010}  # the admin is a user too
    got = setup.deliveries()
    assert set(got) == reachable
    assert set(got.values()) == {1}, "exactly one delivery each"
    progress = await setup.planner.progress(broadcast_id)
    assert (progress.sent, progress.blocked, progress.pending) == (len(reachable), 5, 0)
    row = await setup.db.fetch_one("SELECT COUNT(*) FROM users WHERE blocked_at IS NOT NULL")
    assert row is not None and row[0] == 5
    status = await setup.db.fetch_one(
        "SELECT status FROM broadcasts WHERE id = ?", (broadcast_id,)
    )
    assert status is not None and status[0] == "done"
    sends = len([c for c in setup.fake.calls if c.method == "copyMessage"])
    assert setup.clock.now - started >= (sends - 1) / 30, "never faster than 30 messages/s"
    assert setup.fake.rejected == []
    assert setup.fake.flood is not None
    assert setup.fake.flood.refused == [], "Telegram's flood control never had to refuse"


async def test_killed_in_the_middle_resumes_without_skipping(setup: Setup) -> None:
    await _create(setup, "locale:ru")  # odd ids: 250 users, 3 of them blocked
    first = setup.sender()
    task = asyncio.create_task(first.run_once())
    await setup.fake.wait_for(lambda: sum(setup.deliveries().values()) >= 100, 10)
    task.cancel()  # like SIGKILL: whatever was in flight is lost mid-call
    with pytest.raises(asyncio.CancelledError):
        await task
    await setup.sender().run_once()  # a new process

    reachable = {uid for uid in USERS if uid % 2 == 1} - BLOCKED
    got = setup.deliveries()
    assert set(got) == reachable, "nobody skipped"
    duplicates = sum(count - 1 for count in got.values())
    assert duplicates <= 8, "at most the messages in flight at the kill are sent twice"


async def test_pause_and_cancel_stop_the_sender(setup: Setup) -> None:
    planner = setup.planner
    broadcast_id = await _create(setup)
    paused = await planner.control(broadcast_id, "pause")
    assert paused is not None and paused.status == "paused"
    await setup.sender().run_once()
    assert setup.deliveries() == Counter()
    assert (await planner.control(broadcast_id, "resume")).status == "running"  # type: ignore[union-attr]
    assert (await planner.control(broadcast_id, "cancel")).status == "cancelled"  # type: ignore[union-attr]
    assert (await planner.control(broadcast_id, "resume")).status == "cancelled"  # type: ignore[union-attr]
    await setup.sender().run_once()
    assert setup.deliveries() == Counter()


async def test_a_scheduled_broadcast_waits_for_its_time(setup: Setup) -> None:
    planner = setup.planner
    broadcast_id = await planner.create(
        admin_id=ADMIN,
        source_chat_id=ADMIN,
        source_message_id=setup.source_id,
        audience="locale:ky",
        starts_at=utc_now() + timedelta(hours=1),
    )
    sender = setup.sender()
    await sender.run_once()
    assert setup.deliveries() == Counter()
    sender.now = lambda: utc_now() + timedelta(hours=2)
    await sender.run_once()
    assert len(setup.deliveries()) == (await planner.progress(broadcast_id)).sent > 200


async def test_paused_in_the_middle_then_resumed_sends_the_rest_once(setup: Setup) -> None:
    planner = setup.planner
    broadcast_id = await _create(setup)
    task = asyncio.create_task(setup.sender().run_once())
    await setup.fake.wait_for(lambda: sum(setup.deliveries().values()) >= 50, 10)
    await planner.control(broadcast_id, "pause")
    await asyncio.wait_for(task, 10)  # the sender stops within a second
    paused = await setup.db.fetch_one(
        "SELECT status FROM broadcasts WHERE id = ?", (broadcast_id,)
    )
    assert paused is not None and paused[0] == "paused"
    assert (await planner.progress(broadcast_id)).pending > 0

    await planner.control(broadcast_id, "resume")
    await setup.sender().run_once()
    got = setup.deliveries()
    assert set(got) == ({ADMIN} | set(USERS)) - BLOCKED - {1010}
    assert set(got.values()) == {1}
    done = await setup.db.fetch_one("SELECT status FROM broadcasts WHERE id = ?", (broadcast_id,))
    assert done is not None and done[0] == "done"


async def test_an_outage_is_ridden_out_not_counted_as_failures(setup: Setup) -> None:
    """Telegram answers 502 to everything for 30 seconds: the recipients get the message on a
    later pass, after growing pauses, instead of being written off as failed."""
    outage_ends = setup.clock.now + 30
    original = setup.fake.handle_async

    async def handle_async(method: str, params: dict[str, str], **kwargs: Any) -> Any:
        if method == "copyMessage" and setup.clock.now < outage_ends:
            setup.fake.fail_next("copyMessage", 502)
        return await original(method, params, **kwargs)

    setup.fake.handle_async = handle_async  # type: ignore[method-assign]
    broadcast_id = await _create(setup, "locale:ky")
    await setup.sender().run_once()
    progress = await setup.planner.progress(broadcast_id)
    assert (progress.failed, progress.pending) == (0, 0)
    assert progress.sent > 200
    assert set(setup.deliveries().values()) == {1}


async def test_stop_after_40_sends_lets_at_most_the_sends_in_flight_through(setup: Setup) -> None:
    """An admin presses Stop after 40 people got the message: the sender notices at once,
    and at most the sends already under way follow (UNSETTLED, 8), not the rest of a batch."""
    planner = setup.planner
    broadcast_id = await _create(setup)
    task = asyncio.create_task(setup.sender().run_once())
    await setup.fake.wait_for(lambda: sum(setup.deliveries().values()) >= 40, 10)
    await planner.control(broadcast_id, "cancel")  # stopped once this returns
    at_stop = sum(setup.deliveries().values())
    stopped_at = setup.clock.now
    await asyncio.wait_for(task, 10)
    after = sum(setup.deliveries().values()) - at_stop
    assert after <= 8, f"{after} more people got a stopped broadcast"
    assert setup.clock.now - stopped_at < 1.5, "the sender saw Stop within a second"
    row = await setup.db.fetch_one("SELECT status FROM broadcasts WHERE id = ?", (broadcast_id,))
    assert row is not None and row[0] == "cancelled"


async def test_stop_at_shutdown_does_not_wait_for_the_idle_timeout(setup: Setup) -> None:
    """SIGTERM while a broadcast runs: run() returns at once, not after its idle wait."""
    await _create(setup)
    sender = setup.sender()
    running = asyncio.create_task(sender.run())
    await setup.fake.wait_for(lambda: sum(setup.deliveries().values()) >= 20, 10)
    sender.stop()
    await asyncio.wait_for(running, 2.0)


# --- paid broadcasts, batched writes ---------------------------------------------------------

PAID_USERS = range(20_000, 22_000)


async def _paid_setup(setup: Setup) -> BroadcastPlanner:
    """2,000 more people, Telegram 50 ms away, and a planner for paid broadcasts."""
    async with setup.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, 'uz', 'x', 'x')",
            [(uid,) for uid in PAID_USERS],
        )
    setup.fake.latency, setup.fake.sleep = 0.05, setup.clock.sleep
    setup.planner = BroadcastPlanner(setup.db, default_locale="ru", paid=True)
    return setup.planner


async def _recorded_sent(setup: Setup, broadcast_id: int) -> int:
    return (await setup.planner.progress(broadcast_id)).sent


async def _sent_rows(setup: Setup, broadcast_id: int) -> set[int]:
    """Who the database knows got the message."""
    rows = await setup.db.fetch_all(
        "SELECT user_id FROM deliveries WHERE broadcast_id = ? AND status = 'sent'",
        (broadcast_id,),
    )
    return {int(row[0]) for row in rows}


async def test_a_paid_broadcast_killed_three_times_sends_twice_only_what_was_unsettled(
    setup: Setup,
) -> None:
    """Killed at three moments: each time, what Telegram delivered beyond what the database
    recorded is at most UNSETTLED_PAID, and that is exactly who gets it twice; nobody is
    skipped."""
    await _paid_setup(setup)
    broadcast_id = await _create(setup, "locale:uz")
    unrecorded = 0
    for kill_after in (300, 900, 1500):
        first_call = len(setup.fake.calls)
        task = asyncio.create_task(setup.sender(paid_allowed=True).run_once())
        await setup.fake.wait_for(lambda n=kill_after: sum(setup.deliveries().values()) >= n, 20)
        task.cancel()  # like SIGKILL: in flight or waiting to be written, it is lost
        with pytest.raises(asyncio.CancelledError):
            await task
        got_now = {c.chat_id for c in setup.fake.calls[first_call:] if _delivered(c)}
        gap = len(got_now - await _sent_rows(setup, broadcast_id))
        assert 0 <= gap <= UNSETTLED_PAID, "delivered by this run, unknown to the database"
        unrecorded += gap
    await setup.sender(paid_allowed=True).run_once()

    got = setup.deliveries()
    assert set(got) == set(PAID_USERS), "nobody skipped"
    duplicates = sum(count - 1 for count in got.values())
    assert duplicates == unrecorded, "only the sends the database had not recorded"
    assert unrecorded > 0, "the kills did catch sends in flight"
    copies = [c for c in setup.fake.calls if c.method == "copyMessage"]
    assert all(c.decoded.get("allow_paid_broadcast") is True for c in copies)


async def test_outcomes_are_written_in_batches(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _paid_setup(setup)
    writes: list[int] = []
    record = BroadcastsRepository.record

    async def counted(
        self: BroadcastsRepository, conn: Any, bid: int, outcomes: Any, m: int
    ) -> None:
        writes.append(len(outcomes))
        await record(self, conn, bid, outcomes, m)

    monkeypatch.setattr(BroadcastsRepository, "record", counted)
    setup.fake.block_user(20_005)
    broadcast_id = await _create(setup, "locale:uz")
    await setup.sender(paid_allowed=True).run_once()
    progress = await setup.planner.progress(broadcast_id)
    assert (progress.sent, progress.blocked, progress.pending) == (1999, 1, 0)
    assert sum(writes) == 2000
    assert len(writes) <= 2000 / 20, f"{len(writes)} transactions for 2,000 outcomes"
    blocked = await setup.db.fetch_one("SELECT blocked_at FROM users WHERE id = 20005")
    assert blocked is not None and blocked[0] is not None


async def test_a_database_that_refuses_the_outcomes_stops_the_sends(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fifth batch cannot be written: no send starts any more, so at most UNSETTLED_PAID
    went out unrecorded; once the database is back, the rest is sent and those few twice."""
    await _paid_setup(setup)
    record = BroadcastsRepository.record
    calls = 0

    async def failing(
        self: BroadcastsRepository, conn: Any, bid: int, outcomes: Any, m: int
    ) -> None:
        nonlocal calls
        calls += 1
        if calls >= 5:
            raise sqlite3.OperationalError("disk I/O error")
        await record(self, conn, bid, outcomes, m)

    monkeypatch.setattr(BroadcastsRepository, "record", failing)
    broadcast_id = await _create(setup, "locale:uz")
    with pytest.raises(OutcomesNotRecordedError):
        await setup.sender(paid_allowed=True).run_once()
    gap = sum(setup.deliveries().values()) - await _recorded_sent(setup, broadcast_id)
    assert 0 < gap <= UNSETTLED_PAID
    assert (await setup.planner.progress(broadcast_id)).pending > 1000, "it stopped sending"

    monkeypatch.setattr(BroadcastsRepository, "record", record)
    await setup.sender(paid_allowed=True).run_once()
    got = setup.deliveries()
    assert set(got) == set(PAID_USERS)
    assert sum(count - 1 for count in got.values()) == gap


async def test_stop_during_a_paid_broadcast_lets_at_most_the_unsettled_through(
    setup: Setup,
) -> None:
    planner = await _paid_setup(setup)
    broadcast_id = await _create(setup, "locale:uz")
    task = asyncio.create_task(setup.sender(paid_allowed=True).run_once())
    # Watched in virtual time, a millisecond at a time: polling in real time (fake.wait_for)
    # lets the virtual clock run hundreds of sends past 500 on a busy machine.
    while sum(setup.deliveries().values()) < 500:
        await setup.clock.sleep(0.001)
    await planner.control(broadcast_id, "cancel")
    at_stop, stopped_at = sum(setup.deliveries().values()), setup.clock.now
    await asyncio.wait_for(task, 10)
    after = sum(setup.deliveries().values()) - at_stop
    assert after <= UNSETTLED_PAID, f"{after} more people got a stopped broadcast"
    assert setup.clock.now - stopped_at < 0.5, "the sender let go within half a second"
    assert (await planner.progress(broadcast_id)).pending > 1000


@pytest.mark.parametrize(
    ("confirmed_paid", "allowed", "paid"),
    [(True, True, True), (True, False, False), (False, True, False)],
)
async def test_paid_only_if_confirmed_paid_and_still_allowed(
    setup: Setup, confirmed_paid: bool, allowed: bool, paid: bool
) -> None:
    await _paid_setup(setup)
    setup.planner.paid = confirmed_paid
    await _create(setup, "locale:uz")
    task = asyncio.create_task(setup.sender(paid_allowed=allowed).run_once())
    await setup.fake.wait_for(lambda: sum(setup.deliveries().values()) >= 200, 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    copies = [c for c in setup.fake.calls if c.method == "copyMessage" and c.ok]
    flags = {c.decoded.get("allow_paid_broadcast", False) for c in copies}
    assert flags == {paid}
    if not paid:
        assert _most_in_any_second([c.at for c in copies]) <= 30


def _most_in_any_second(times: list[float]) -> int:
    times = sorted(times)
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most
