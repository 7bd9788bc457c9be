"""Webhook mode end to end: ``python main.py`` with WEBHOOK_URL, the fake Bot API delivering
every update by POST to the bot's listener (routed from the public https:// URL to loopback, as
a reverse proxy would), re-delivering until it gets a 2xx, as Telegram does.

A migrant's flow works by webhook; a request without the secret is refused and leaves no
trace; /healthz answers; SIGKILL in the middle of an update whose 200 never reached Telegram:
after the restart it is handled from the journal, Telegram's re-delivery is recognised, and it
is handled once. Back to polling: the webhook is deleted and what Telegram held arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import socket
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.i18n import I18n
from fake_telegram import FakeTelegram
from fake_telegram.html_check import visible_text
from fake_telegram.webhook import SECRET_HEADER
from tests.conftest import TEST_TOKEN
from tests.e2e import test_request_kill
from tests.e2e.process import bot_env, run_main, start_main
from tests.e2e.test_request_kill import HELD, OPERATOR, REPLY_TIMEOUT, STAFF, USER, Migrant
from tests.unit.test_webhook import free_port

PUBLIC_URL = "https://helpdesk.example.org/telegram/webhook"
SECRET = "e2e_Secret-7yXq3LmV0pTz"
RETRY_DELAY = 0.3  # Telegram waits longer before it delivers again; a test cannot


@dataclass
class WebhookDesk:
    """The fake Bot API with a staff forum, and main.py in webhook mode (or polling) on one
    database."""

    fake: FakeTelegram
    database: Path
    log: Path
    port: int
    process: asyncio.subprocess.Process | None = None

    @property
    def local(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self, *, webhook: bool = True) -> None:
        settings = {
            "BOT_TOKEN": TEST_TOKEN,
            "TELEGRAM_API_URL": self.fake.base_url,
            "DATABASE_PATH": str(self.database),
            "STAFF_CHAT_ID": str(STAFF),
            "ADMIN_IDS": str(OPERATOR),
            "OFFICE_HOURS": "",
            "DEFAULT_LOCALE": "ru",
            "LOG_LEVEL": "INFO",
        }
        if webhook:
            settings |= {
                "WEBHOOK_URL": PUBLIC_URL,
                "WEBHOOK_SECRET": SECRET,
                "WEBHOOK_LISTEN": f"127.0.0.1:{self.port}",
            }
        calls = len(self._calls("setWebhook" if webhook else "getUpdates"))
        self.process = await start_main(bot_env(**settings), self.log)
        method = "setWebhook" if webhook else "getUpdates"
        await self.fake.wait_for(lambda: len(self._calls(method)) > calls, 30)

    def _calls(self, method: str) -> list[Any]:
        return [c for c in self.fake.calls if c.method == method and c.ok]

    async def kill(self) -> None:
        assert self.process is not None and self.process.returncode is None
        self.process.send_signal(signal.SIGKILL)
        assert await self.process.wait() == -signal.SIGKILL

    async def terminate(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), 20)

    async def stop(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.kill()
        await self.process.wait()

    async def post(self, body: bytes, headers: dict[str, str]) -> int:
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.local + "/telegram/webhook", data=body, headers=headers) as answer,
        ):
            return answer.status

    async def health(self) -> tuple[int, dict[str, Any]]:
        async with (
            aiohttp.ClientSession() as session,
            session.get(self.local + "/healthz") as answer,
        ):
            return answer.status, await answer.json()

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        uri = f"file:{self.database}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            return db.execute(sql, args).fetchall()

    def topic_of(self, number: int) -> int | None:
        for (chat, thread), topic in self.fake.topics.items():
            if chat == STAFF and f"№{number}" in topic["name"] and not topic["deleted"]:
                return thread
        return None

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture(autouse=True)
def unhurried(monkeypatch: pytest.MonkeyPatch) -> None:
    """The migrant pauses 0.4 s after each answer: the form's ten steps stay within the bot's
    flood limit (4 at once, then 1 a second) however fast the machine answers."""
    monkeypatch.setattr(test_request_kill, "HUMAN_PAUSE", 0.4)


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[WebhookDesk]:
    fake = FakeTelegram(token=TEST_TOKEN, webhook_retry_delay=RETRY_DELAY)
    fake.make_forum(STAFF)
    await fake.start()
    port = free_port()
    fake.route_webhook(PUBLIC_URL, f"http://127.0.0.1:{port}/telegram/webhook")
    webhook_desk = WebhookDesk(fake, tmp_path / "webhook.sqlite3", tmp_path / "bot.log", port)
    try:
        yield webhook_desk
    finally:
        await webhook_desk.stop()
        await fake.stop()


def _forged_start(update_id: int) -> bytes:
    """A /start that did not come from Telegram."""
    message = {
        "message_id": 1,
        "date": 1_790_000_000,
        "chat": {"id": USER, "type": "private", "first_name": "X"},
        "from": {"id": USER, "is_bot": False, "first_name": "X"},
        "text": "/start",
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
    }
    return json.dumps({"update_id": update_id, "message": message}).encode()


async def test_a_migrant_walks_the_menu_by_webhook_and_a_forged_request_is_refused(
    desk: WebhookDesk, i18n: I18n
) -> None:
    fake, ky = desk.fake, i18n.get("ky")
    await desk.start()
    (call,) = desk._calls("setWebhook")
    assert call.decoded["url"] == PUBLIC_URL
    assert call.decoded["secret_token"] == SECRET
    assert set(call.decoded["allowed_updates"]) >= {"message", "callback_query"}
    assert "drop_pending_updates" not in call.decoded or not call.decoded["drop_pending_updates"]

    migrant = Migrant(fake, ky)
    text = await migrant.say("/start")
    assert ky("start-greeting") in text
    text = await migrant.press("✅ Кыргызча")
    assert ky("start-language-set", language="Кыргызча") in text
    await migrant.press(ky("menu-rights"))
    text = await migrant.press(ky("rights-section-police"))
    assert ky("rights-page-detained-title") in migrant.labels()
    assert {d.headers.get(SECRET_HEADER) for d in fake.webhook.deliveries} == {SECRET}
    assert all(d.ok for d in fake.webhook.deliveries), fake.webhook.deliveries
    assert fake.updates.pending == []

    # Someone who found the address but not the secret: refused, never stored nor answered.
    sent_before = len(fake.sent_to(USER))
    forged = _forged_start(10_000)
    assert await desk.post(forged, {}) == 401
    assert await desk.post(forged, {SECRET_HEADER: "guess"}) == 401
    await asyncio.sleep(1.0)
    assert len(fake.sent_to(USER)) == sent_before
    assert desk.query("SELECT count(*) FROM update_journal") == [(0,)]

    status, body = await desk.health()
    assert (status, body) == (200, {"ok": True, "mode": "webhook", "problems": []})

    assert await desk.terminate() == 0
    assert fake.api.webhook.url == PUBLIC_URL, "kept: Telegram holds updates while it restarts"
    assert fake.rejected == [], fake.describe_calls()
    log = desk.log_text()
    assert "Traceback" not in log
    assert SECRET not in log and TEST_TOKEN.split(":")[1] not in log
    assert log.count("without the right secret refused (401)") == 1, "one line for a run"


async def _open_request(desk: WebhookDesk, migrant: Migrant) -> tuple[int, int]:
    """The whole form by webhook; returns (number, thread) once the topic has its card."""
    await migrant.open_form()
    await migrant.say("Работодатель не платит зарплату два месяца.")
    receipt = await migrant.finish_form()
    ((number,),) = desk.query("SELECT id FROM requests WHERE user_id = ?", USER)
    assert visible_text(migrant.t("request-receipt", number=number)).splitlines()[0] in receipt
    await desk.fake.wait_for(lambda: desk.topic_of(number) is not None, REPLY_TIMEOUT)
    thread = desk.topic_of(number)
    assert thread is not None
    return number, thread


LINE = "Мигрант: договор прислал, что дальше?"


async def test_sigkill_before_telegram_got_the_200_handles_the_update_once(
    desk: WebhookDesk, i18n: I18n
) -> None:
    fake = desk.fake
    await desk.start()
    migrant = Migrant(fake, i18n.get("ru"))
    number, thread = await _open_request(desk, migrant)

    # The bot journals the line, answers 200 (the answer is lost on the way to Telegram),
    # stores the line and queues its copy, then waits on Telegram for its 👍: killed there.
    fake.webhook.lose_next_answer()
    fake.slow_next("setMessageReaction", HELD)
    update = fake.user_message(USER, LINE)
    update_id = update["update_id"]
    message_id = update["message"]["message_id"]
    await fake.wait_for(lambda: bool(_reactions(fake, message_id)), REPLY_TIMEOUT)
    await desk.kill()
    assert desk.query("SELECT update_id FROM update_journal") == [(update_id,)]
    assert [u["update_id"] for u in fake.updates.pending] == [update_id], "Telegram has it too"

    # Telegram tries again while the bot is down, and again once it is back.
    killed_at = len(fake.webhook.deliveries)
    await fake.wait_for(
        lambda: any(d.error == "Connection refused" for d in fake.webhook.deliveries[killed_at:]),
        REPLY_TIMEOUT,
    )
    await desk.start()
    await fake.wait_for(lambda: fake.updates.pending == [], REPLY_TIMEOUT)
    await fake.wait_for(lambda: _in_topic(fake, thread).count(LINE) >= 1, REPLY_TIMEOUT)
    await fake.wait_for(
        lambda: desk.query("SELECT count(*) FROM update_journal") == [(0,)], REPLY_TIMEOUT
    )
    await asyncio.sleep(1.0)  # time for a wrong second handling to show

    assert fake.webhook.accepted(update_id) == 2, "the lost 200, then the re-delivery's"
    assert _in_topic(fake, thread).count(LINE) == 1
    lines = desk.query(
        "SELECT text FROM request_messages WHERE request_id = ? AND text = ?", number, LINE
    )
    assert lines == [(LINE,)]
    # One 👍 from the handling the kill interrupted, one from the journal after the restart;
    # the re-delivery was recognised, not handled a third time.
    assert len(_reactions(fake, message_id)) == 2
    assert "handling 1 update(s) left by the previous run" in desk.log_text()
    assert fake.rejected == [], fake.describe_calls()
    assert "Traceback" not in desk.log_text()


def _reactions(fake: FakeTelegram, message_id: int) -> list[Any]:
    return [
        c
        for c in fake.calls
        if c.method == "setMessageReaction"
        and c.chat_id == USER
        and c.decoded.get("message_id") == message_id
    ]


def _in_topic(fake: FakeTelegram, thread: int) -> list[str]:
    return [str(r["text"]) for r in fake.topic_messages(STAFF, thread)]


async def test_back_to_polling_deletes_the_webhook_and_what_telegram_held_arrives(
    desk: WebhookDesk, i18n: I18n
) -> None:
    fake, ru = desk.fake, i18n.get("ru")
    await desk.start()
    migrant = Migrant(fake, ru)
    await migrant.say("/start")
    await migrant.press("✅ Русский")
    assert await desk.terminate() == 0

    # Written while the bot is being switched over: Telegram holds it for the webhook.
    fake.user_message(USER, "/menu", language_code="ru")
    await asyncio.sleep(2 * RETRY_DELAY)
    assert len(fake.updates.pending) == 1
    sent_before = len(fake.sent_to(USER))

    await desk.start(webhook=False)
    await fake.wait_for(lambda: len(fake.sent_to(USER)) > sent_before, REPLY_TIMEOUT)
    assert ru("menu-rights") in migrant.labels()
    assert fake.api.webhook.url == ""
    (delete,) = desk._calls("deleteWebhook")
    assert not delete.decoded.get("drop_pending_updates", False)
    assert not [c for c in fake.calls if c.method == "getUpdates" and c.status == 409]

    await migrant.press(ru("menu-rights"))
    assert ru("rights-section-docs") in migrant.labels()
    with pytest.raises(aiohttp.ClientConnectionError):
        await desk.health()  # polling opens no listener
    assert await desk.terminate() == 0
    assert fake.rejected == [], fake.describe_calls()


async def test_a_listen_address_in_use_stops_the_start_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = bot_env(
            BOT_TOKEN=TEST_TOKEN,
            TELEGRAM_API_URL="http://127.0.0.1:9",  # never reached: the listener opens first
            DATABASE_PATH=str(tmp_path / "db.sqlite3"),
            WEBHOOK_URL=PUBLIC_URL,
            WEBHOOK_SECRET=SECRET,
            WEBHOOK_LISTEN=f"127.0.0.1:{port}",
        )
        code, _, stderr = await run_main(env, cwd=tmp_path)
    assert code == 1
    (line,) = [line for line in stderr.splitlines() if "CRITICAL" in line]
    assert "cannot start: OSError" in line
    assert "Traceback" not in stderr and SECRET not in stderr


async def test_webhook_mode_without_a_secret_exits_2_with_one_line(tmp_path: Path) -> None:
    env = bot_env(BOT_TOKEN=TEST_TOKEN, WEBHOOK_URL=PUBLIC_URL)
    code, stdout, stderr = await run_main(env, cwd=tmp_path)
    assert code == 2
    assert stderr.strip().splitlines() == [
        "configuration error: WEBHOOK_SECRET is not set: webhook mode needs it (e.g. the output"
        " of python -c 'import secrets; print(secrets.token_urlsafe(32))')"
    ]
    assert stdout == ""
