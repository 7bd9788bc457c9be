"""The fake's webhooks as Telegram runs them: setWebhook refused where Telegram refuses it,
getUpdates refused while a webhook is set, updates POSTed with the secret header and delivered
again until the webhook answers 2xx; deleteWebhook hands the queue back to getUpdates."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest, TelegramConflictError
from aiohttp import web

from fake_telegram import FakeTelegram
from fake_telegram.webhook import SECRET_HEADER

USER = 4242
PUBLIC_URL = "https://helpdesk.example.org/telegram/hook"
SECRET = "kGz_8-pQ"


class Hook:
    """A webhook listener on loopback that answers with the statuses it is given, in turn."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], dict[str, object]]] = []
        self.answers: list[int] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/telegram/hook", self._on_post)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/telegram/hook"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _on_post(self, request: web.Request) -> web.Response:
        self.received.append((dict(request.headers), json.loads(await request.read())))
        status = self.answers.pop(0) if self.answers else 200
        return web.Response(status=status)

    def update_ids(self) -> list[object]:
        return [body["update_id"] for _, body in self.received]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(webhook_retry_delay=0.05) as server:
        yield server


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url))
    client = Bot(fake.token, session=session)
    yield client
    await session.close()


@pytest.fixture
async def hook(fake: FakeTelegram) -> AsyncIterator[Hook]:
    listener = Hook()
    await listener.start()
    fake.route_webhook(PUBLIC_URL, listener.url)
    yield listener
    await listener.stop()


@pytest.mark.parametrize(
    ("params", "refusal"),
    [
        ({"url": "http://helpdesk.example.org/hook"}, "An HTTPS URL must be provided"),
        ({"url": "https://helpdesk.example.org:8080/hook"}, "only on ports 80, 88, 443 or 8443"),
        ({"url": PUBLIC_URL, "secret_token": "with space"}, "unallowed characters"),
        ({"url": PUBLIC_URL, "secret_token": "ключ"}, "unallowed characters"),
        ({"url": PUBLIC_URL, "secret_token": "a" * 257}, "secret token is too long"),
        ({"url": PUBLIC_URL, "max_connections": 101}, "between 1 and 100"),
    ],
)
async def test_set_webhook_refuses_what_telegram_refuses(
    bot: Bot, fake: FakeTelegram, params: dict[str, object], refusal: str
) -> None:
    with pytest.raises(TelegramBadRequest, match=refusal):
        await bot.set_webhook(**params)  # type: ignore[arg-type]
    assert (await bot.get_webhook_info()).url == ""


async def test_the_longest_secret_and_every_allowed_character_are_accepted(bot: Bot) -> None:
    secret = ("AZaz09_-" * 32)[:256]
    assert await bot.set_webhook(url="https://bot.example.org:8443/", secret_token=secret)
    info = await bot.get_webhook_info()
    assert info.url == "https://bot.example.org:8443/"
    assert info.max_connections == 40


async def test_get_updates_is_refused_while_a_webhook_is_set(bot: Bot, fake: FakeTelegram) -> None:
    await bot.set_webhook(url=PUBLIC_URL, secret_token=SECRET, allowed_updates=["message"])
    with pytest.raises(TelegramConflictError, match="webhook is active"):
        await bot.get_updates(timeout=5)
    info = await bot.get_webhook_info()
    assert (info.url, info.allowed_updates, info.pending_update_count) == (
        PUBLIC_URL,
        ["message"],
        0,
    )


async def test_updates_are_posted_with_the_secret_in_order(
    bot: Bot, fake: FakeTelegram, hook: Hook
) -> None:
    first = fake.user_message(USER, "раз")
    second = fake.user_message(USER, "два")
    await bot.set_webhook(url=PUBLIC_URL, secret_token=SECRET)
    await fake.wait_for(lambda: len(hook.received) == 2, 5)
    assert hook.update_ids() == [first["update_id"], second["update_id"]]
    headers, body = hook.received[0]
    assert headers[SECRET_HEADER] == SECRET
    assert headers["Content-Type"] == "application/json"
    assert body == first
    assert fake.updates.pending == []
    assert (await bot.get_webhook_info()).pending_update_count == 0


async def test_an_update_is_delivered_again_until_the_webhook_answers_2xx(
    bot: Bot, fake: FakeTelegram, hook: Hook
) -> None:
    hook.answers = [500, 401]
    update = fake.user_message(USER, "не потеряйся")
    later = fake.user_message(USER, "после")
    await bot.set_webhook(url=PUBLIC_URL, secret_token=SECRET)
    await fake.wait_for(lambda: len(hook.received) == 4, 5)
    assert hook.update_ids() == [update["update_id"]] * 3 + [later["update_id"]]
    statuses = [d.status for d in fake.webhook.deliveries]
    assert statuses == [500, 401, 200, 200]
    assert fake.webhook.deliveries[1].error == "Wrong response from the webhook: 401 Unauthorized"


async def test_a_lost_answer_means_another_delivery(
    bot: Bot, fake: FakeTelegram, hook: Hook
) -> None:
    update = fake.user_message(USER, "дважды")
    fake.webhook.lose_next_answer()
    await bot.set_webhook(url=PUBLIC_URL, secret_token=SECRET)
    await fake.wait_for(lambda: not fake.updates.pending, 5)
    assert hook.update_ids() == [update["update_id"]] * 2
    assert fake.webhook.accepted(update["update_id"]) == 2


async def test_a_webhook_that_cannot_be_reached_keeps_the_update_and_says_why(
    bot: Bot, fake: FakeTelegram
) -> None:
    fake.route_webhook(PUBLIC_URL, "http://127.0.0.1:9/telegram/hook")  # nothing listens
    fake.user_message(USER, "ждите")
    await bot.set_webhook(url=PUBLIC_URL, secret_token=SECRET)
    await fake.wait_for(lambda: len(fake.webhook.deliveries) >= 2, 5)
    info = await bot.get_webhook_info()
    assert info.pending_update_count == 1
    assert info.last_error_message == "Connection refused"
    assert info.last_error_date is not None


async def test_a_webhook_without_a_route_is_never_reached(bot: Bot, fake: FakeTelegram) -> None:
    fake.user_message(USER, "куда?")
    await bot.set_webhook(url="https://elsewhere.example.org/hook")
    await fake.wait_for(lambda: bool(fake.webhook.deliveries), 5)
    assert fake.webhook.deliveries[0].status is None
    assert len(fake.updates.pending) == 1


def test_a_route_goes_only_to_loopback() -> None:
    with pytest.raises(ValueError, match="loopback"):
        FakeTelegram().route_webhook(PUBLIC_URL, "http://example.org/hook")


async def test_delete_webhook_hands_the_queue_back_to_get_updates(
    bot: Bot, fake: FakeTelegram
) -> None:
    await bot.set_webhook(url=PUBLIC_URL, secret_token=SECRET)  # no route: nothing delivered
    fake.user_message(USER, "сохрани")
    assert await bot.delete_webhook(drop_pending_updates=False)
    assert (await bot.get_webhook_info()).url == ""
    (update,) = await bot.get_updates(timeout=0)
    assert update.message is not None and update.message.text == "сохрани"


async def test_drop_pending_updates_forgets_the_queue(bot: Bot, fake: FakeTelegram) -> None:
    fake.user_message(USER, "забудь")
    await bot.set_webhook(url=PUBLIC_URL, drop_pending_updates=True)
    assert (await bot.get_webhook_info()).pending_update_count == 0
    await bot.delete_webhook()
    assert await bot.get_updates(timeout=0) == []


async def test_an_empty_url_deletes_the_webhook(bot: Bot, fake: FakeTelegram) -> None:
    await bot.set_webhook(url=PUBLIC_URL)
    # aiogram leaves an empty field out of its form: sent by hand, as another client would.
    assert fake.handle("setWebhook", {"url": ""}) == (200, {"ok": True, "result": True})
    assert (await bot.get_webhook_info()).url == ""
    await asyncio.wait_for(bot.get_updates(timeout=0), 2)
