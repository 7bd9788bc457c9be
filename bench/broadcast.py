"""Broadcast throughput against a Bot API that enforces Telegram's 30 messages/s.

The fake API (in-process, a session) adds 50 ms latency to every call and answers 429 with
retry_after=1 when a 31st message arrives within one second. In the same run, a naive loop
(send, sleep 0.05 s) is the baseline. Prints messages/s, the ratio to the 30/s limit, 429s,
lost and duplicated deliveries, and memory.

    .venv/bin/python -m bench.broadcast [--recipients 3000] [--naive-recipients 600]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import tempfile
import time
import tracemalloc
from collections import Counter, deque
from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import CopyMessage, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import MessageId

from bot.app import build_bot, build_broadcast_sender, open_services
from bot.config import load_settings
from bot.db.clock import utc_now

TOKEN = "123456:AAE-bench-token-000000000000000000000"
ADMIN = 1
LATENCY = 0.05
LIMIT_PER_SECOND = 30


class RateLimitedSession(BaseSession):
    """Telegram as a bulk sender meets it: latency, and 429 past 30 messages per second."""

    def __init__(self) -> None:
        super().__init__()
        self.arrivals: deque[float] = deque()
        self.delivered: Counter[int] = Counter()
        self.too_many = 0

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - the signature aiogram defines
    ) -> TelegramType:
        await asyncio.sleep(LATENCY)
        if not isinstance(method, CopyMessage):
            return True  # type: ignore[return-value]  # progress edits: not counted
        now = time.monotonic()
        while self.arrivals and now - self.arrivals[0] >= 1.0:
            self.arrivals.popleft()
        if len(self.arrivals) >= LIMIT_PER_SECOND:
            self.too_many += 1
            raise TelegramRetryAfter(method=method, message="Too Many Requests", retry_after=1)
        self.arrivals.append(now)
        self.delivered[int(method.chat_id)] += 1
        result: Any = MessageId(message_id=len(self.arrivals))
        return result  # type: ignore[no-any-return]

    async def close(self) -> None:
        return None

    async def stream_content(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError


async def bot_sender(folder: Path, recipients: int) -> None:
    settings = load_settings({"BOT_TOKEN": TOKEN, "DATABASE_PATH": str(folder / "b.sqlite3")})
    services = await open_services(settings)
    async with services.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, 'ru', 'x', 'x')",
            [(10_000 + n,) for n in range(recipients)],
        )
    session = RateLimitedSession()
    bot = build_bot(settings, session=session)
    sender = build_broadcast_sender(services, bot)
    await services.broadcast_planner.create(
        admin_id=ADMIN,
        source_chat_id=ADMIN,
        source_message_id=1,
        audience="all",
        starts_at=utc_now(),
    )
    tracemalloc.start()
    started = time.monotonic()
    await sender.run_once()
    elapsed = time.monotonic() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    pending = await services.db.fetch_one("SELECT COUNT(*) FROM deliveries WHERE status != 'sent'")
    await services.db.close()

    expected = {10_000 + n for n in range(recipients)}
    lost = len(expected - set(session.delivered))
    duplicates = sum(count - 1 for count in session.delivered.values())
    rate = sum(session.delivered.values()) / elapsed
    print(
        f"bot sender   {recipients:>6} recipients  {rate:6.2f} msg/s  ratio {rate / 30:.2f}"
        f"  429s {session.too_many}  lost {lost}  duplicates {duplicates}"
        f"  not sent in db {pending[0] if pending else '?'}  {elapsed:.0f} s"
    )
    print(f"             python memory peak while sending {traced_peak / 1e6:.1f} MB")


async def naive_loop(recipients: int) -> None:
    session = RateLimitedSession()
    bot = Bot(TOKEN, session=session)
    started = time.monotonic()
    for n in range(recipients):
        while True:
            try:
                await bot.copy_message(chat_id=10_000 + n, from_chat_id=ADMIN, message_id=1)
                break
            except TelegramRetryAfter as error:
                await asyncio.sleep(error.retry_after)
        await asyncio.sleep(0.05)
    elapsed = time.monotonic() - started
    rate = recipients / elapsed
    print(
        f"naive loop   {recipients:>6} recipients  {rate:6.2f} msg/s  ratio {rate / 30:.2f}"
        f"  429s {session.too_many}  {elapsed:.0f} s"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--recipients", type=int, default=3000)
    parser.add_argument("--naive-recipients", type=int, default=600)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        await bot_sender(Path(folder), args.recipients)
    await naive_loop(args.naive_recipients)
    print(f"peak RSS     {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
