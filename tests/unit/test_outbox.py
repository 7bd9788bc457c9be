"""The outbox delivers every message once, within Telegram's limits, through 429/5xx/403."""

from __future__ import annotations

import asyncio
import html
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.app import build_bot
from bot.config import load_settings
from bot.db.connection import Database
from bot.db.outbox import OutboxRepository
from bot.services.outbox import MAX_ATTEMPTS, OutboxSender
from bot.services.users import UserService
from bot.telegram.budget import SendBudget
from fake_telegram import FakeTelegram, FloodRules, RecordingSession
from tests.conftest import TEST_TOKEN

USER = 8001


@dataclass
class FakeTime:
    """A test clock: sleeping advances it at once, so no test waits for real."""

    monotonic: float = 1000.0
    wall: datetime = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    slept: list[float] = field(default_factory=list)

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(seconds)

    def advance(self, seconds: float) -> None:
        self.monotonic += seconds
        self.wall += timedelta(seconds=seconds)


@dataclass
class Outbox:
    fake: FakeTelegram
    sender: OutboxSender
    repo: OutboxRepository
    db: Database
    time: FakeTime

    async def add(self, chat_id: int, text: str) -> int:
        async with self.db.transaction() as conn:
            return await self.repo.add_text(conn, chat_id=chat_id, text=text, now=self.time.wall)

    async def drain(self) -> None:
        """Deliver until nothing is due, moving the clock past every backoff."""
        for _ in range(50):
            if not await self.sender.deliver_due():
                self.time.advance(601)
                if not await self.sender.deliver_due():
                    return
        raise AssertionError("the outbox never drained")

    def texts_to(self, chat_id: int) -> list[str]:
        return [c.params["text"] for c in self.fake.sent_to(chat_id) if c.method == "sendMessage"]


@pytest.fixture
async def outbox(db: Database) -> AsyncIterator[Outbox]:
    clock = FakeTime()
    fake = FakeTelegram(token=TEST_TOKEN, flood=FloodRules(), clock=lambda: clock.monotonic)
    budget = SendBudget(clock=lambda: clock.monotonic, sleep=clock.sleep)
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN})
    bot = build_bot(settings, session=RecordingSession(fake), budget=budget)
    sender = OutboxSender(db, bot, UserService(db), now=lambda: clock.wall)
    yield Outbox(fake, sender, OutboxRepository(db), db, clock)
    await bot.session.close()
    assert fake.rejected == []
    assert fake.flood is not None
    assert [r for r in fake.flood.refused if r.early] == [], "a call inside a retry_after"


async def _status(db: Database, row_id: int) -> tuple[str, int, str | None]:
    row = await db.fetch_one("SELECT status, attempts, text FROM outbox WHERE id = ?", (row_id,))
    assert row is not None
    return row["status"], row["attempts"], row["text"]


async def test_delivers_in_order_once_and_forgets_the_text(outbox: Outbox) -> None:
    ids = [await outbox.add(USER, f"message {n}") for n in range(3)]
    await outbox.drain()
    assert outbox.texts_to(USER) == ["message 0", "message 1", "message 2"]
    for row_id in ids:
        assert await _status(outbox.db, row_id) == ("sent", 0, None)
    await outbox.drain()
    assert len(outbox.texts_to(USER)) == 3, "nothing is sent twice"


async def test_one_message_per_second_per_chat_and_thirty_per_second_overall(
    outbox: Outbox,
) -> None:
    for n in range(3):
        await outbox.add(USER, f"to one chat {n}")
    for user in range(100, 160):
        await outbox.add(user, "to many chats")
    started = outbox.time.monotonic
    await outbox.drain()
    elapsed = outbox.time.monotonic - started
    assert len(outbox.fake.sent_to(USER)) == 3
    assert elapsed >= 63 / 30 - 0.01, "no faster than 30 messages per second"
    one_chat = [c.at for c in outbox.fake.sent_to(USER)]
    assert one_chat[2] - one_chat[0] >= 1.0, "about one a second into one chat (a burst of 2)"
    assert outbox.fake.flood is not None and outbox.fake.flood.refused == []


async def test_429_sleeps_retry_after_and_sends_once(outbox: Outbox) -> None:
    row_id = await outbox.add(USER, "after a pause")
    outbox.fake.fail_next("sendMessage", 429, retry_after=7)
    await outbox.drain()
    assert any(7 <= s < 8 for s in outbox.time.slept), outbox.time.slept
    assert outbox.texts_to(USER) == ["after a pause"]
    assert await _status(outbox.db, row_id) == ("sent", 0, None)


async def test_5xx_is_retried_with_backoff(outbox: Outbox) -> None:
    row_id = await outbox.add(USER, "eventually")
    outbox.fake.fail_next("sendMessage", 502, description="Bad Gateway", count=2)
    assert await outbox.sender.deliver_due() == 1
    status, attempts, _ = await _status(outbox.db, row_id)
    assert (status, attempts) == ("pending", 1)
    assert await outbox.sender.deliver_due() == 0, "not due again before its backoff"
    await outbox.drain()
    assert outbox.texts_to(USER) == ["eventually"]
    assert (await _status(outbox.db, row_id))[0] == "sent"


async def test_gives_up_after_max_attempts(outbox: Outbox) -> None:
    row_id = await outbox.add(USER, "never")
    outbox.fake.fail_next("sendMessage", 500, count=MAX_ATTEMPTS + 5)
    await outbox.drain()
    status, attempts, text = await _status(outbox.db, row_id)
    assert status == "failed"
    assert attempts == MAX_ATTEMPTS - 1
    assert text is None


async def test_403_marks_the_user_blocked_and_is_not_retried(outbox: Outbox) -> None:
    async with outbox.db.transaction() as conn:
        await UserService(outbox.db).users.insert_if_missing(conn, USER)
    outbox.fake.block_user(USER)
    row_id = await outbox.add(USER, "blocked")
    second = await outbox.add(USER, "also blocked")
    other = await outbox.add(USER + 1, "fine")
    await outbox.drain()
    assert (await _status(outbox.db, row_id))[0] == "blocked"
    assert await _status(outbox.db, second) == ("blocked", 0, None), "not even tried"
    assert (await _status(outbox.db, other))[0] == "sent"
    row = await outbox.db.fetch_one("SELECT blocked_at FROM users WHERE id = ?", (USER,))
    assert row is not None and row["blocked_at"] is not None
    assert len([c for c in outbox.fake.calls if c.chat_id == USER]) == 1


async def test_a_refused_message_fails_without_blocking_the_queue(outbox: Outbox) -> None:
    bad = await outbox.add(USER, "<b>unclosed")  # Telegram refuses malformed HTML
    good = await outbox.add(USER, "<b>closed</b>")
    await outbox.drain()
    status, _, _ = await _status(outbox.db, bad)
    assert status == "failed"
    assert (await _status(outbox.db, good))[0] == "sent"
    outbox.fake.rejected.clear()  # the refusal was the point of this test


async def test_long_cyrillic_text_with_markup_characters_arrives_intact(outbox: Outbox) -> None:
    original = ("Работодатель <ООО «Стрӧй»> & не платит > 3 месяцев. " * 80)[:4000]
    await outbox.add(USER, html.escape(original))
    await outbox.drain()
    sent = outbox.fake.last_text(USER)
    assert sent == original


async def test_a_new_sender_after_a_restart_delivers_what_is_pending(outbox: Outbox) -> None:
    await outbox.add(USER, "before the crash")
    await outbox.drain()
    await outbox.add(USER, "queued while down")
    restarted = OutboxSender(
        outbox.db,
        outbox.sender.bot,
        UserService(outbox.db),
        now=lambda: outbox.time.wall,
    )
    outbox.time.advance(2)
    await restarted.deliver_due()
    assert outbox.texts_to(USER) == ["before the crash", "queued while down"]


async def test_an_html_error_page_is_a_5xx_and_the_row_is_sent_later(outbox: Outbox) -> None:
    """Telegram's nginx answers 502 with a web page during outages: aiogram cannot decode it
    (ClientDecodeError, not a TelegramAPIError); the row waits and is sent, nothing dies."""
    row_id = await outbox.add(USER, "through the outage")
    outbox.fake.fail_next("sendMessage", 502, mode="page", count=3)
    assert await outbox.sender.deliver_due() == 1
    assert (await _status(outbox.db, row_id))[:2] == ("pending", 1)
    await outbox.drain()
    assert outbox.texts_to(USER) == ["through the outage"]


async def test_a_dropped_connection_is_retried_like_a_5xx(outbox: Outbox) -> None:
    row_id = await outbox.add(USER, "after the reconnect")
    outbox.fake.fail_next("sendMessage", 502, mode="drop")
    await outbox.drain()
    assert outbox.texts_to(USER) == ["after the reconnect"]
    assert (await _status(outbox.db, row_id))[0] == "sent"


async def test_any_exception_from_one_send_is_retried_and_logged_without_its_text(
    outbox: Outbox, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Паспорт AN1234567"
    row_id = await outbox.add(USER, "still delivered")
    real_send = outbox.sender._send
    failures = iter([RuntimeError(secret)])

    async def send_failing_once(row: Any) -> int:
        error = next(failures, None)
        if error is not None:
            raise error
        return await real_send(row)

    outbox.sender._send = send_failing_once  # type: ignore[method-assign]
    await outbox.sender.deliver_due()
    assert (await _status(outbox.db, row_id))[:2] == ("pending", 1)
    assert "RuntimeError at" in caplog.text and "bot/services/outbox.py" in caplog.text
    assert secret not in caplog.text
    await outbox.drain()
    assert outbox.texts_to(USER) == ["still delivered"]


async def test_the_running_sender_outlives_a_failing_database_read(outbox: Outbox) -> None:
    """The loop itself (not one row) fails: it logs, waits and goes on."""
    real_heads = outbox.sender.outbox.due_lane_heads
    calls = {"n": 0}

    async def heads_failing_once(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("disk I/O error")
        return await real_heads(*args)

    outbox.sender.outbox.due_lane_heads = heads_failing_once  # type: ignore[method-assign]
    running = asyncio.create_task(outbox.sender.run())
    await outbox.add(USER, "after the hiccup")
    outbox.sender.wake()
    await outbox.fake.wait_for(lambda: outbox.texts_to(USER) == ["after the hiccup"], 10)
    assert not running.done()
    outbox.sender.stop()
    await asyncio.wait_for(running, 5)


async def test_one_slow_group_does_not_hold_up_private_chats(outbox: Outbox) -> None:
    """Twenty rows for a staff group (20 a minute) and one for a migrant: the migrant's goes
    out at once, beside the group's, not after them."""
    group = -100777
    outbox.fake.make_forum(group)
    for n in range(20):
        await outbox.add(group, f"to the group {n}")
    await outbox.add(USER, "to the migrant")
    started = outbox.time.monotonic
    await outbox.drain()
    to_migrant = outbox.fake.sent_to(USER)
    assert to_migrant[0].at - started < 1.0
    assert len(outbox.fake.sent_to(group)) == 20
