"""WebhookReceiver against the fake Bot API delivering by webhook over HTTP, with a real SQLite
file: an update is in the journal before it is answered 200, is handled once however often it
arrives, and a request without the secret is refused and leaves no trace. GET /healthz says
whether the database answers and the supervised tasks run."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sqlite3
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update

from bot.config import WebhookSettings
from bot.db.clock import to_db, utc_now
from bot.db.connection import Database
from bot.supervisor import Supervisor
from bot.update_intake import FORGET_AFTER_SECONDS
from bot.webhook import SECRET_HEADER, HealthCheck, WebhookReceiver, WebhookRefusedError
from fake_telegram import FakeTelegram
from tests.unit.test_polling import USER, EchoBot

PUBLIC_URL = "https://helpdesk.example.org/telegram/webhook"
SECRET = "Zq7_w-4VtLr2Xc9p"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Webhook:
    """A WebhookReceiver running the echo dispatcher; the fake delivers to it."""

    fake: FakeTelegram
    db: Database
    echo: EchoBot
    receiver: WebhookReceiver
    supervisor: Supervisor
    local: str  # where it listens: http://127.0.0.1:PORT
    task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.task = asyncio.create_task(self.receiver.run())
        await self.fake.wait_for(lambda: self.fake.api.webhook.url == PUBLIC_URL, 10)

    async def stop(self) -> None:
        if self.task is not None and not self.task.done():
            self.receiver.stop()
            await asyncio.wait_for(self.task, 15)
        await self.supervisor.stop(0.1)

    async def post(self, body: bytes, headers: dict[str, str] | None = None) -> int:
        """POST to the webhook as anyone on the network could."""
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                self.local + "/telegram/webhook",
                data=body,
                headers={SECRET_HEADER: SECRET} if headers is None else headers,
            ) as response,
        ):
            return response.status

    async def health(self) -> tuple[int, dict[str, Any]]:
        async with (
            aiohttp.ClientSession() as session,
            session.get(self.local + "/healthz") as response,
        ):
            return response.status, await response.json()

    async def journal(self) -> list[int]:
        rows = await self.db.fetch_all("SELECT update_id FROM update_journal ORDER BY update_id")
        return [row["update_id"] for row in rows]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(webhook_retry_delay=0.1) as server:
        yield server


def _receiver(
    fake: FakeTelegram, db: Database, echo: EchoBot, supervisor: Supervisor, port: int
) -> WebhookReceiver:
    bot = Bot(fake.token, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url)))
    settings = WebhookSettings(PUBLIC_URL, SECRET, "127.0.0.1", port)
    return WebhookReceiver(
        echo.dispatcher,
        bot,
        db,
        settings,
        HealthCheck(db, supervisor),
        concurrency=8,
        shutdown_grace=5,
    )


@pytest.fixture
async def webhook(fake: FakeTelegram, db: Database) -> AsyncIterator[Webhook]:
    """Not started: a test may prepare the journal or the fake first."""
    port = free_port()
    local = f"http://127.0.0.1:{port}"
    fake.route_webhook(PUBLIC_URL, local + "/telegram/webhook")
    echo, supervisor = EchoBot(), Supervisor()
    hook = Webhook(fake, db, echo, _receiver(fake, db, echo, supervisor, port), supervisor, local)
    yield hook
    hook.echo.release.set()
    await hook.stop()


def _update(update_id: int, text: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_790_000_000,
            "chat": {"id": USER, "type": "private", "first_name": "Test"},
            "from": {"id": USER, "is_bot": False, "first_name": "Test"},
            "text": text,
        },
    }


# --- setWebhook ---------------------------------------------------------------------------


async def test_start_up_sets_the_webhook_with_the_secret_and_the_used_update_types(
    webhook: Webhook,
) -> None:
    await webhook.start()
    (call,) = [c for c in webhook.fake.calls if c.method == "setWebhook"]
    assert call.decoded["url"] == PUBLIC_URL
    assert call.decoded["secret_token"] == SECRET
    assert call.decoded["allowed_updates"] == webhook.echo.dispatcher.resolve_used_update_types()
    assert call.decoded.get("drop_pending_updates", False) is False
    assert webhook.fake.rejected == []


async def test_set_webhook_is_retried_through_502_and_then_serves(
    webhook: Webhook, caplog: pytest.LogCaptureFixture
) -> None:
    webhook.fake.fail_next("setWebhook", 502)
    with caplog.at_level(logging.INFO):
        task = asyncio.create_task(webhook.receiver.run())
        webhook.task = task
        await webhook.fake.wait_for(
            lambda: any(c.method == "setWebhook" for c in webhook.fake.calls)
        )
        await asyncio.sleep(0.2)
        status, body = await webhook.health()
        assert (status, body["problems"]) == (503, ["webhook-not-set"])
        await webhook.fake.wait_for(lambda: webhook.fake.api.webhook.url == PUBLIC_URL, 10)
    webhook.fake.user_message(USER, "после сбоя")
    await webhook.fake.wait_for(lambda: webhook.echo.handled == ["после сбоя"], 5)
    assert "setWebhook failed (TelegramServerError: Bad Gateway)" in caplog.text
    assert "Traceback" not in caplog.text


async def test_a_refused_webhook_stops_the_start_with_telegrams_reason(webhook: Webhook) -> None:
    webhook.fake.fail_next(
        "setWebhook", 400, description="Bad Request: bad webhook: Failed to resolve host"
    )
    with pytest.raises(WebhookRefusedError, match="Failed to resolve host"):
        await asyncio.wait_for(webhook.receiver.run(), 10)
    assert len([c for c in webhook.fake.calls if c.method == "setWebhook"]) == 1


# --- updates ------------------------------------------------------------------------------


async def test_an_update_is_journaled_before_the_200_and_leaves_once_handled(
    webhook: Webhook,
) -> None:
    await webhook.start()
    held = webhook.fake.user_message(USER, "hold")
    await webhook.fake.wait_for(lambda: webhook.fake.webhook.accepted(held["update_id"]) == 1)
    assert webhook.fake.updates.pending == [], "Telegram got its 200"
    assert await webhook.journal() == [held["update_id"]]
    assert webhook.echo.handled == []

    webhook.echo.release.set()
    await webhook.fake.wait_for(lambda: webhook.echo.handled == ["hold"])
    await asyncio.sleep(FORGET_AFTER_SECONDS + 0.2)
    assert await webhook.journal() == []


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {SECRET_HEADER: ""},
        {SECRET_HEADER: SECRET[:-1]},
        {SECRET_HEADER: SECRET + "x"},
        {SECRET_HEADER: SECRET.lower()},
        {"X-Telegram-Bot-Api-Secret": SECRET},
    ],
    ids=["missing", "empty", "shorter", "longer", "other-case", "other-header"],
)
async def test_a_request_without_the_secret_is_refused_and_leaves_no_trace(
    webhook: Webhook, headers: dict[str, str]
) -> None:
    await webhook.start()
    body = json.dumps(_update(900, "подделка")).encode()
    assert await webhook.post(body, headers) == 401
    await asyncio.sleep(0.3)
    assert webhook.echo.handled == []
    assert await webhook.journal() == []
    # The real update with the same id is not taken for a duplicate of the refused one.
    assert await webhook.post(json.dumps(_update(900, "настоящее")).encode()) == 200
    await webhook.fake.wait_for(lambda: webhook.echo.handled == ["настоящее"])


async def test_a_secret_header_that_is_not_ascii_is_refused(webhook: Webhook) -> None:
    await webhook.start()
    headers = {SECRET_HEADER: "ключ".encode().decode("latin-1")}
    assert await webhook.post(json.dumps(_update(901, "x")).encode(), headers) == 401
    assert await webhook.journal() == []


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"",
        b"{}",
        b"[]",
        b'{"update_id": "many"}',
        b'{"update_id": 5, "message": {"text": "no chat"}}',
        b'{"update_id": 5, "message": ',
        b"\xff\xfe{}",
    ],
    ids=["text", "empty", "no-id", "array", "id-not-int", "half-message", "cut", "not-utf8"],
)
async def test_a_body_that_is_not_an_update_gets_400_and_the_webhook_goes_on(
    webhook: Webhook, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    await webhook.start()
    assert await webhook.post(body) == 400
    assert await webhook.journal() == []
    webhook.fake.user_message(USER, "дальше")
    await webhook.fake.wait_for(lambda: webhook.echo.handled == ["дальше"])
    assert "no chat" not in caplog.text


async def test_an_update_posted_twice_is_handled_once(webhook: Webhook) -> None:
    await webhook.start()
    body = json.dumps(_update(700, "один раз")).encode()
    assert await asyncio.gather(webhook.post(body), webhook.post(body)) == [200, 200]
    await webhook.fake.wait_for(lambda: webhook.echo.handled == ["один раз"])
    await asyncio.sleep(FORGET_AFTER_SECONDS + 0.2)
    assert await webhook.journal() == []
    # Again, once handled and gone from the journal: Telegram never got the first 200.
    assert await webhook.post(body) == 200
    await asyncio.sleep(0.3)
    assert webhook.echo.handled == ["один раз"]
    assert await webhook.journal() == []


async def test_an_update_whose_200_was_lost_is_delivered_again_and_handled_once(
    webhook: Webhook,
) -> None:
    await webhook.start()
    webhook.fake.webhook.lose_next_answer()
    update = webhook.fake.user_message(USER, "дошло?")
    await webhook.fake.wait_for(lambda: not webhook.fake.updates.pending)
    assert webhook.fake.webhook.accepted(update["update_id"]) == 2
    await asyncio.sleep(0.3)
    assert webhook.echo.handled == ["дошло?"]


async def test_an_update_that_cannot_be_stored_gets_500_and_comes_again(
    webhook: Webhook, caplog: pytest.LogCaptureFixture
) -> None:
    """Another process holds the database's write lock: the update cannot be journaled, so it
    is not taken; Telegram delivers it again and it is handled once the lock is gone."""
    await webhook.start()
    await webhook.db.connection.execute("PRAGMA busy_timeout=100")
    path = (await webhook.db.fetch_all("PRAGMA database_list"))[0]["file"]
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        update = webhook.fake.user_message(USER, "после блокировки")
        await webhook.fake.wait_for(
            lambda: any(d.status == 500 for d in webhook.fake.webhook.deliveries)
        )
        assert webhook.echo.handled == []
        assert webhook.fake.updates.pending == [update]
    finally:
        other.execute("ROLLBACK")
        other.close()
    await webhook.fake.wait_for(lambda: webhook.echo.handled == ["после блокировки"])
    assert "not stored (Telegram will deliver it again): OperationalError" in caplog.text
    assert "после блокировки" not in caplog.text


async def test_updates_left_by_a_crash_are_handled_once_though_delivered_again(
    webhook: Webhook,
) -> None:
    """The bot died after journaling two updates but before its 200s: Telegram delivers them
    again after the restart, and the journal has them too."""
    first = webhook.fake.user_message(USER, "первое")
    second = webhook.fake.user_message(USER, "второе")
    async with webhook.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO update_journal (update_id, payload, received_at) VALUES (?, ?, ?)",
            [(u["update_id"], json.dumps(u), to_db(utc_now())) for u in (first, second)],
        )
    third = webhook.fake.user_message(USER, "третье")
    await webhook.start()
    await webhook.fake.wait_for(lambda: not webhook.fake.updates.pending)
    await asyncio.sleep(0.3)
    assert webhook.echo.handled == ["первое", "второе", "третье"]
    assert [webhook.fake.webhook.accepted(u["update_id"]) for u in (first, second, third)] == [
        1,
        1,
        1,
    ]
    await asyncio.sleep(FORGET_AFTER_SECONDS)
    assert await webhook.journal() == []


async def test_an_update_in_hand_at_shutdown_stays_for_the_next_start(
    fake: FakeTelegram, db: Database, webhook: Webhook
) -> None:
    webhook.receiver.intake.shutdown_grace = 0.2
    await webhook.start()
    held = fake.user_message(USER, "hold")
    await fake.wait_for(lambda: fake.webhook.accepted(held["update_id"]) == 1)
    await webhook.stop()
    assert await webhook.journal() == [held["update_id"]]
    assert fake.api.webhook.url == PUBLIC_URL, "the webhook stays set across a restart"

    echo = EchoBot()
    echo.release.set()
    port = int(webhook.local.rsplit(":", 1)[1])
    again = Webhook(
        fake, db, echo, _receiver(fake, db, echo, Supervisor(), port), Supervisor(), webhook.local
    )
    await again.start()
    await fake.wait_for(lambda: echo.handled == ["hold"])
    await again.stop()


# --- /healthz -----------------------------------------------------------------------------


async def _until(predicate: Callable[[], bool]) -> None:
    for _ in range(100):
        if predicate():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met")


async def test_healthz_is_200_when_the_database_answers_and_the_tasks_run(
    webhook: Webhook,
) -> None:
    webhook.supervisor.start("outbox-sender", asyncio.Event().wait, lambda: None)
    await webhook.start()
    status, body = await webhook.health()
    assert (status, body) == (200, {"ok": True, "mode": "webhook", "problems": []})


async def test_healthz_is_503_naming_a_supervised_task_that_died(webhook: Webhook) -> None:
    async def dies() -> None:
        raise RuntimeError("the sender broke")

    async def never_wakes(_seconds: float) -> None:
        await asyncio.Event().wait()

    webhook.supervisor.sleep = never_wakes  # restarting, for as long as the test looks
    webhook.supervisor.start("broadcast-sender", dies, lambda: None)
    webhook.supervisor.start("outbox-sender", asyncio.Event().wait, lambda: None)
    await webhook.start()
    await _until(lambda: webhook.supervisor.problems() == ["broadcast-sender"])
    status, body = await webhook.health()
    assert (status, body) == (
        503,
        {"ok": False, "mode": "webhook", "problems": ["broadcast-sender"]},
    )


async def test_healthz_is_503_when_the_database_is_closed(webhook: Webhook) -> None:
    await webhook.start()
    assert (await webhook.health())[0] == 200
    await webhook.db.close()
    status, body = await webhook.health()
    assert (status, body["ok"], body["problems"]) == (503, False, ["database"])


async def test_healthz_shows_no_personal_data(webhook: Webhook) -> None:
    await webhook.start()
    webhook.fake.user_message(USER, "моё имя и телефон +79991234567")
    await webhook.fake.wait_for(lambda: bool(webhook.echo.handled))
    _, body = await webhook.health()
    assert set(body) == {"ok", "mode", "problems"}
    assert str(USER) not in json.dumps(body)


async def test_updates_arriving_together_are_journaled_in_one_transaction(
    webhook: Webhook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Group commit: Telegram's concurrent deliveries share one write, as a getUpdates batch
    does; each is still answered only once it is stored."""
    intake = webhook.receiver.intake
    transactions: list[int] = []
    real_transaction = webhook.db.transaction

    def counted() -> Any:
        transactions.append(1)
        return real_transaction()

    monkeypatch.setattr(webhook.db, "transaction", counted)
    updates = [
        Update.model_validate(_update(800 + n, f"m{n}"), context={"bot": intake.bot})
        for n in range(20)
    ]
    assert await asyncio.gather(*(intake.accept(u) for u in updates)) == [True] * 20
    assert len(transactions) == 1
    assert await webhook.journal() == [800 + n for n in range(20)]
    await webhook.fake.wait_for(lambda: len(webhook.echo.handled) == 20)
    await intake.finish()
