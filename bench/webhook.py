"""Webhook mode's throughput: the full bot (bench/updates.py's stream of menu presses, page
views and searches) behind its real aiohttp listener on loopback, fed by POSTs with the secret
header over ``--connections`` concurrent connections (Telegram opens up to 40 by default), each
update journaled before its 200. Bot API calls are answered at once (no network), so the
figures are the bot's own cost. Prints updates/s until the last 200 and until the last update
was handled, p50/p99 of the time to the 200.

    .venv/bin/python -m bench.webhook [--users 200] [--per-user 20] [--connections 40]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiogram import Bot
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import User

from bench.updates import TOKEN, RecordingSession, build_updates
from bot.app import build_bot, build_dispatcher, open_services
from bot.config import WebhookSettings, load_settings
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.supervisor import Supervisor
from bot.telegram.budget import Limits, SendBudget
from bot.webhook import SECRET_HEADER, HealthCheck, WebhookReceiver

SECRET = "bench_secret-0123456789"
URL = "https://bench.example.org/hook"


class WebhookSession(RecordingSession):
    """RecordingSession that also answers getMe with the bot's user; ``webhook_set`` once
    setWebhook was called."""

    def __init__(self) -> None:
        super().__init__()
        self.webhook_set = asyncio.Event()

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - the signature aiogram defines
    ) -> TelegramType:
        if method.__api_method__ == "setWebhook":
            self.webhook_set.set()
        if method.__api_method__ == "getMe":
            me: Any = User(id=123456, is_bot=True, first_name="Bench", username="bench_bot")
            return me  # type: ignore[no-any-return]
        return await super().make_request(bot, method, timeout)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def post_all(
    port: int, bodies: list[bytes], connections: int
) -> tuple[list[float], list[int]]:
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    latencies: list[float] = []
    statuses: list[int] = []
    url = f"http://127.0.0.1:{port}/hook"
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            while not queue.empty():
                body = queue.get_nowait()
                started = time.perf_counter()
                async with session.post(url, data=body, headers=headers) as answer:
                    await answer.read()
                    statuses.append(answer.status)
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(worker() for _ in range(connections)))
    return latencies, statuses


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--per-user", type=int, default=20)
    parser.add_argument("--connections", type=int, default=40)
    args = parser.parse_args()
    updates = build_updates(args.users, args.per_user)
    bodies = [json.dumps(update).encode() for update in updates]

    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings({"BOT_TOKEN": TOKEN, "DATABASE_PATH": str(Path(folder) / "b")})
        services = await open_services(settings)
        session = WebhookSession()
        bot = build_bot(settings, session=session, budget=SendBudget(Limits.unlimited()))
        no_limit = ThrottlingMiddleware(rate=1e9, burst=1e9)
        dispatcher = build_dispatcher(services, throttling=no_limit)
        port = free_port()
        receiver = WebhookReceiver(
            dispatcher,
            bot,
            services.db,
            WebhookSettings(URL, SECRET, "127.0.0.1", port),
            HealthCheck(services.db, Supervisor()),
            concurrency=64,
            shutdown_grace=600,
        )
        running = asyncio.create_task(receiver.run())
        await session.webhook_set.wait()
        started = time.perf_counter()
        latencies, statuses = await post_all(port, bodies, args.connections)
        answered = time.perf_counter() - started
        receiver.stop()  # waits for every update in hand
        await running
        handled = time.perf_counter() - started
        await services.db.close()

    cuts = statistics.quantiles(latencies, n=100)
    print(f"updates                {len(bodies)} over {args.connections} connections")
    print(f"statuses               {sorted(set(statuses))}")
    print(f"answered 200           {len(bodies) / answered:8.0f} updates/s")
    print(f"handled                {len(bodies) / handled:8.0f} updates/s")
    print(f"time to the 200        p50 {cuts[49] * 1000:6.2f} ms  p99 {cuts[98] * 1000:6.2f} ms")


if __name__ == "__main__":
    asyncio.run(main())
