"""JournaledPolling against the fake Bot API over HTTP, with a real SQLite file: an update is
in the journal before Telegram is told it was received, and leaves it once handled."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from datetime import timedelta

import pytest
from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

from bot.db.clock import to_db, utc_now
from bot.db.connection import Database
from bot.polling import FORGET_AFTER_SECONDS, JournaledPolling
from fake_telegram import FakeTelegram

USER = 4242


class EchoBot:
    """A dispatcher whose one handler records each text; "hold" waits for ``release``."""

    def __init__(self) -> None:
        self.handled: list[str] = []
        self.release = asyncio.Event()
        router = Router()

        @router.message()
        async def on_message(message: Message) -> None:
            if message.text == "hold":
                await self.release.wait()
            if message.text == "boom":
                raise RuntimeError("a handler bug")
            self.handled.append(message.text or "")

        self.dispatcher = Dispatcher()
        self.dispatcher.include_router(router)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


def _bot(fake: FakeTelegram) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url))
    return Bot(fake.token, session=session)


def _polling(
    echo: EchoBot, fake: FakeTelegram, db: Database, grace: float = 5
) -> JournaledPolling:
    return JournaledPolling(
        echo.dispatcher,
        _bot(fake),
        db,
        concurrency=8,
        shutdown_grace=grace,
        polling_timeout=1,
    )


async def _journal(db: Database) -> list[int]:
    rows = await db.fetch_all("SELECT update_id FROM update_journal ORDER BY update_id")
    return [row["update_id"] for row in rows]


async def _run_until(
    polling: JournaledPolling, fake: FakeTelegram, done: Callable[[], bool]
) -> None:
    """Run until ``done()`` is true, then stop as SIGTERM would."""
    running = asyncio.create_task(polling.run())
    await fake.wait_for(done, 10)
    polling.stop()
    await asyncio.wait_for(running, 15)


async def test_an_update_is_journaled_until_its_handler_finished(
    fake: FakeTelegram, db: Database
) -> None:
    echo = EchoBot()
    polling = _polling(echo, fake, db)
    running = asyncio.create_task(polling.run())
    held = fake.user_message(USER, "hold")

    # The next getUpdates has confirmed it to Telegram; the handler still runs.
    await fake.wait_for(lambda: not fake.updates.pending and held in fake.updates.delivered, 5)
    await asyncio.sleep(0.2)
    assert await _journal(db) == [held["update_id"]]
    assert echo.handled == []

    echo.release.set()
    await fake.wait_for(lambda: echo.handled == ["hold"], 5)
    await asyncio.sleep(FORGET_AFTER_SECONDS + 0.2)  # handled updates are deleted in groups
    assert await _journal(db) == []
    polling.stop()
    await asyncio.wait_for(running, 15)


async def test_left_over_updates_are_handled_first_and_not_fetched_again(
    fake: FakeTelegram, db: Database
) -> None:
    """A crash left two updates in the journal; Telegram still has the second (the crash came
    before the getUpdates that confirms it) and a newer one."""
    first = fake.user_message(USER, "первое")
    second = fake.user_message(USER, "второе")
    fake.updates.confirm(second["update_id"])  # the first was confirmed before the crash
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO update_journal (update_id, payload, received_at) VALUES (?, ?, ?)",
            [(u["update_id"], json.dumps(u), to_db(utc_now())) for u in (first, second)],
        )
        await conn.execute(
            "INSERT INTO polling_offset (id, next_offset, saved_at) VALUES (1, ?, ?)",
            (second["update_id"] + 1, to_db(utc_now())),
        )
    fake.user_message(USER, "третье")
    echo = EchoBot()
    await _run_until(_polling(echo, fake, db), fake, done=lambda: len(echo.handled) >= 3)

    assert echo.handled == ["первое", "второе", "третье"]
    assert await _journal(db) == []


async def test_a_stale_saved_offset_is_not_used(fake: FakeTelegram, db: Database) -> None:
    """Saved over a day ago: Telegram may have numbered newer updates from scratch since."""
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO polling_offset (id, next_offset, saved_at) VALUES (1, 1000, ?)",
            (to_db(utc_now() - timedelta(hours=25)),),
        )
    fake.user_message(USER, "новое")  # update_id 1
    echo = EchoBot()
    await _run_until(_polling(echo, fake, db), fake, done=lambda: bool(echo.handled))
    assert echo.handled == ["новое"]


async def test_a_failing_handler_is_logged_without_the_text_and_polling_goes_on(
    fake: FakeTelegram, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    fake.user_message(USER, "boom")
    fake.user_message(USER, "после ошибки")
    echo = EchoBot()
    with caplog.at_level(logging.INFO):
        await _run_until(_polling(echo, fake, db), fake, done=lambda: bool(echo.handled))
    assert echo.handled == ["после ошибки"]
    assert await _journal(db) == [], "a failed update is not retried forever"
    assert "handler failed" in caplog.text
    assert "boom" not in caplog.text.replace("RuntimeError: a handler bug", "")


async def test_an_update_still_in_hand_at_shutdown_stays_for_the_next_start(
    fake: FakeTelegram, db: Database
) -> None:
    held = fake.user_message(USER, "hold")
    echo = EchoBot()
    polling = _polling(echo, fake, db, grace=0.2)
    running = asyncio.create_task(polling.run())
    await fake.wait_for(lambda: held in fake.updates.delivered, 5)
    await asyncio.sleep(0.2)
    polling.stop()
    await asyncio.wait_for(running, 15)
    assert await _journal(db) == [held["update_id"]]

    echo.release.set()
    await _run_until(_polling(echo, fake, db), fake, done=lambda: bool(echo.handled))
    assert echo.handled == ["hold"]
    assert await _journal(db) == []


async def test_getupdates_errors_back_off_and_lose_nothing(
    fake: FakeTelegram, db: Database
) -> None:
    fake.user_message(USER, "после сбоя")
    fake.fail_next("getUpdates", 502, count=2)
    echo = EchoBot()
    await _run_until(_polling(echo, fake, db), fake, done=lambda: bool(echo.handled))
    assert echo.handled == ["после сбоя"]


async def test_an_unreadable_journal_row_is_dropped_and_the_bot_starts(
    fake: FakeTelegram, db: Database
) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO update_journal (update_id, payload, received_at) VALUES (999, ?, ?)",
            ('{"update_id": 999, "message": {"text": "half of it"', to_db(utc_now())),
        )
    fake.user_message(USER, "после")
    echo = EchoBot()
    await _run_until(_polling(echo, fake, db), fake, done=lambda: bool(echo.handled))
    assert echo.handled == ["после"]
    assert await _journal(db) == []


async def test_start_up_waits_for_get_me_through_502_html_and_timeouts(
    fake: FakeTelegram, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    """Telegram unreachable at start-up: one clear line, no traceback, tries again; the
    startup handlers (commands, scheduler, senders) run only once getMe answered."""
    echo = EchoBot()
    started: list[float] = []
    echo.dispatcher.startup.register(lambda: started.append(1))
    fake.fail_next("getMe", 502, mode="page")
    fake.fail_next("getMe", 502, mode="drop")
    polling = _polling(echo, fake, db)
    with caplog.at_level(logging.INFO):
        running = asyncio.create_task(polling.run())
        await fake.wait_for(lambda: len([c for c in fake.calls if c.method == "getMe"]) >= 2, 10)
        assert started == [], "nothing starts before Telegram answered"
        fake.user_message(USER, "hello")
        await fake.wait_for(lambda: echo.handled == ["hello"], 15)
        polling.stop()
        await asyncio.wait_for(running, 10)
    assert started == [1]
    warnings = [
        r
        for r in caplog.records
        if "cannot reach Telegram" in r.getMessage() and r.levelno == logging.WARNING
    ]
    assert len(warnings) == 1 and warnings[0].exc_info is None
    assert "Traceback" not in caplog.text and "<html>" not in caplog.text
    assert "recovered after 2 failed attempt(s)" in caplog.text


async def test_a_refused_token_at_start_up_is_not_retried(
    fake: FakeTelegram, db: Database
) -> None:
    from aiogram.exceptions import TelegramUnauthorizedError

    fake.fail_next("getMe", 401, description="Unauthorized")
    with pytest.raises(TelegramUnauthorizedError):
        await asyncio.wait_for(_polling(EchoBot(), fake, db).run(), 10)
    assert len([c for c in fake.calls if c.method == "getMe"]) == 1


async def test_handled_updates_leave_the_journal_with_the_next_batch(
    fake: FakeTelegram, db: Database
) -> None:
    """Grouped deletes: the batch's own transaction removes what was handled before it."""
    echo = EchoBot()
    polling = _polling(echo, fake, db)
    running = asyncio.create_task(polling.run())
    for n in range(30):
        fake.user_message(USER, f"m{n}")
    await fake.wait_for(lambda: len(echo.handled) == 30, 10)
    await asyncio.sleep(FORGET_AFTER_SECONDS + 0.3)
    assert await _journal(db) == []
    polling.stop()
    await asyncio.wait_for(running, 10)


async def test_a_webhook_left_by_webhook_mode_is_deleted_and_its_updates_polled(
    fake: FakeTelegram, db: Database
) -> None:
    """Back from webhook mode: Telegram refuses getUpdates while a webhook is set, and holds
    what came since; deleteWebhook without drop_pending_updates keeps it for getUpdates."""
    fake.handle("setWebhook", {"url": "https://helpdesk.example.org/hook", "secret_token": "s"})
    fake.user_message(USER, "пока был вебхук")
    echo = EchoBot()
    await _run_until(_polling(echo, fake, db), fake, done=lambda: bool(echo.handled))
    assert echo.handled == ["пока был вебхук"]
    (delete,) = [c for c in fake.calls if c.method == "deleteWebhook"]
    assert delete.decoded.get("drop_pending_updates", False) is False
    assert fake.api.webhook.url == ""
    assert not [c for c in fake.calls if c.method == "getUpdates" and c.status == 409]


async def test_without_a_webhook_nothing_is_deleted(fake: FakeTelegram, db: Database) -> None:
    fake.user_message(USER, "как всегда")
    echo = EchoBot()
    await _run_until(_polling(echo, fake, db), fake, done=lambda: bool(echo.handled))
    assert [c.method for c in fake.calls][:2] == ["getMe", "getWebhookInfo"]
    assert not [c for c in fake.calls if c.method == "deleteWebhook"]
