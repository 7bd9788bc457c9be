"""Broadcast throughput against a Bot API that enforces Telegram's limits.

The fake API (in-process, a session) adds 50 ms latency to every call and answers 429 like
the tests' fake Telegram (``fake_telegram.flood.FloodControl``): past 30 messages in any second,
or, for messages sent with allow_paid_broadcast, past 1,000. The real sender sends from a real
SQLite file. Prints messages/s, the ratio to the limit, 429s, lost and duplicated deliveries,
and memory.

    .venv/bin/python -m bench.broadcast [--recipients 3000] [--naive-recipients 600]
    .venv/bin/python -m bench.broadcast --paid [--recipients 50000]

Without ``--paid``, a naive loop (send, sleep 0.05 s) is the baseline in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import resource
import tempfile
import time
import tracemalloc
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
from fake_telegram.flood import FloodControl, FloodRules

TOKEN = "123456:AAE-bench-token-000000000000000000000"
ADMIN = 1
FIRST_RECIPIENT = 10_000
LATENCY = 0.05
FREE_LIMIT = 30
PAID_LIMIT = 1000
MARKS = (10, 50, 90)  # RSS is read when this many percent of the recipients got the message


def rss_mb() -> float:
    """The process's resident memory now (not the peak), in MiB like ru_maxrss / 1024."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class RateLimitedSession(BaseSession):
    """Telegram as a bulk sender meets it: latency, and 429 past its limits."""

    def __init__(self, recipients: int) -> None:
        super().__init__()
        self.flood = FloodControl(FloodRules())
        self.recipients = recipients
        self.delivered = bytearray(recipients)  # flat: one byte per recipient
        self.total = 0
        self.paid = 0
        self.rss_at: dict[int, float] = {}
        self._next_mark = 0

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - the signature aiogram defines
    ) -> TelegramType:
        if not isinstance(method, CopyMessage):
            await asyncio.sleep(LATENCY)
            return True  # type: ignore[return-value]  # progress edits: not counted
        params: dict[str, Any] = {"chat_id": method.chat_id}
        if method.allow_paid_broadcast:
            params["allow_paid_broadcast"] = True
        refusal = self.flood.check("copyMessage", params)
        await asyncio.sleep(LATENCY)  # carried out on arrival, answered 50 ms later
        if refusal is not None:
            raise TelegramRetryAfter(method=method, message="Too Many Requests", retry_after=1)
        self._count(int(method.chat_id), paid=bool(method.allow_paid_broadcast))
        result: Any = MessageId(message_id=self.total)
        return result  # type: ignore[no-any-return]

    def _count(self, chat_id: int, paid: bool) -> None:
        index = chat_id - FIRST_RECIPIENT
        if 0 <= index < self.recipients:
            self.delivered[index] = min(self.delivered[index] + 1, 255)
        self.total += 1
        self.paid += paid
        if self._next_mark < len(MARKS) and self.total * 100 >= MARKS[self._next_mark] * (
            self.recipients
        ):
            self.rss_at[MARKS[self._next_mark]] = rss_mb()
            self._next_mark += 1

    @property
    def too_many(self) -> int:
        return len(self.flood.refused)

    async def close(self) -> None:
        return None

    async def stream_content(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError


async def bot_sender(folder: Path, recipients: int, paid: bool) -> None:
    settings = load_settings(
        {
            "BOT_TOKEN": TOKEN,
            "DATABASE_PATH": str(folder / "b.sqlite3"),
            "BROADCAST_PAID": "true" if paid else "false",
        }
    )
    services = await open_services(settings)
    async with services.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, 'ru', 'x', 'x')",
            [(FIRST_RECIPIENT + n,) for n in range(recipients)],
        )
    session = RateLimitedSession(recipients)
    bot = build_bot(settings, session=session)
    sender = build_broadcast_sender(services, bot)
    await services.broadcast_planner.create(
        admin_id=ADMIN,
        source_chat_id=ADMIN,
        source_message_id=1,
        audience="all",
        starts_at=utc_now(),
    )
    gc.collect()  # as bot.app.run does before polling: imports stay out of full collections
    gc.freeze()
    rss_before = rss_mb()
    tracemalloc.start()
    started = time.monotonic()
    await sender.run_once()
    elapsed = time.monotonic() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    pending = await services.db.fetch_one("SELECT COUNT(*) FROM deliveries WHERE status != 'sent'")
    await services.db.close()

    lost = session.delivered.count(0)
    duplicates = sum(count - 1 for count in session.delivered if count > 1)
    rate = session.total / elapsed
    limit = PAID_LIMIT if paid else FREE_LIMIT
    kind = "paid sender" if paid else "bot sender "
    print(
        f"{kind}  {recipients:>6} recipients  {rate:7.2f} msg/s  ratio {rate / limit:.2f}"
        f" of {limit}/s  429s {session.too_many}  lost {lost}  duplicates {duplicates}"
        f"  not sent in db {pending[0] if pending else '?'}  {elapsed:.1f} s"
    )
    if paid:
        print(f"             sent with allow_paid_broadcast {session.paid} of {session.total}")
    marks = "  ".join(f"{mark}% {session.rss_at.get(mark, 0):.0f} MB" for mark in MARKS)
    print(f"             RSS before {rss_before:.0f} MB  {marks}")
    print(f"             python memory peak while sending {traced_peak / 1e6:.1f} MB")


async def naive_loop(recipients: int) -> None:
    session = RateLimitedSession(recipients)
    bot = Bot(TOKEN, session=session)
    started = time.monotonic()
    for n in range(recipients):
        while True:
            try:
                await bot.copy_message(
                    chat_id=FIRST_RECIPIENT + n, from_chat_id=ADMIN, message_id=1
                )
                break
            except TelegramRetryAfter as error:
                await asyncio.sleep(error.retry_after)
        await asyncio.sleep(0.05)
    elapsed = time.monotonic() - started
    rate = recipients / elapsed
    print(
        f"naive loop   {recipients:>6} recipients  {rate:7.2f} msg/s  ratio {rate / 30:.2f}"
        f"  429s {session.too_many}  {elapsed:.0f} s"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paid", action="store_true", help="BROADCAST_PAID: up to 1,000/s")
    parser.add_argument("--recipients", type=int, default=None)
    parser.add_argument("--naive-recipients", type=int, default=600)
    args = parser.parse_args()
    recipients = args.recipients or (50_000 if args.paid else 3000)
    with tempfile.TemporaryDirectory() as folder:
        await bot_sender(Path(folder), recipients, args.paid)
    if not args.paid:
        await naive_loop(args.naive_recipients)
    print(f"peak RSS     {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
