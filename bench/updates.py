"""Update-handling throughput and latency: the full bot against a bare aiogram Dispatcher.

Pushes the same stream of updates (menu presses, page views, searches; 20 per user, users
interleaved) through
  1. the full bot: every middleware, the SQLite FSM storage and a real SQLite file, and
  2. a bare Dispatcher with one trivial handler per event type (answer "ok"),
both with a recording session that answers every Bot API call at once (no network), so the
figures are the bot's own cost; then 3. the full bot as main.py runs it, each batch of 100
written to the update journal before it is handled and each update deleted from there after
(bot/polling.py). Prints updates/s, the ratios, p50/p99 latency and peak RSS.

    .venv/bin/python -m bench.updates [--users 1000] [--per-user 20]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import CallbackQuery, Chat, Message, Update

from bot.app import build_bot, build_dispatcher, open_services
from bot.config import load_settings
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.polling import JournaledPolling
from bot.telegram.budget import Limits, SendBudget

TOKEN = "123456:AAE-bench-token-000000000000000000000"
BATCH = 100  # updates per getUpdates answer at most
NOW = 1_790_000_000
LANGUAGES = ("ky", "ru", "uz", "en")
SEARCHES = ("регистрация", "айлык", "ish haqi", "police", "патент", "каттоо")
# One user's visit: (kind, payload). "text" is a message, "press" a button's callback data.
VISIT: list[tuple[str, str]] = [
    ("text", "/start"),
    ("press", "lang:{locale}"),
    ("press", "n:r"),
    ("press", "sec:work"),
    ("press", "pg:wages:0"),
    ("press", "sec:work"),
    ("press", "pg:deadlines:0"),
    ("press", "n:h"),
    ("press", "n:s"),
    ("text", "{search}"),
    ("text", "{search2}"),
    ("press", "pg:reg30:0"),
    ("press", "n:e"),
    ("press", "n:h"),
    ("press", "n:r"),
    ("press", "sec:police"),
    ("press", "pg:detained:0"),
    ("text", "/menu"),
    ("press", "sec:docs"),
    ("press", "pg:amina:0"),
]


class RecordingSession(BaseSession):
    """Answers every call at once with a minimal valid result and counts calls by method."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: dict[str, int] = {}
        self._message_id = 0

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - the signature aiogram defines
    ) -> TelegramType:
        name = method.__api_method__
        self.calls[name] = self.calls.get(name, 0) + 1
        if name in ("sendMessage", "editMessageText"):
            self._message_id += 1
            chat_id = int(getattr(method, "chat_id", 0) or 0)
            result: Any = Message(
                message_id=self._message_id,
                date=NOW,
                chat=Chat(id=chat_id, type="private"),
                text="ok",
            )
            return result  # type: ignore[no-any-return]
        return True  # type: ignore[return-value]

    async def close(self) -> None:
        return None

    async def stream_content(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError


def build_updates(users: int, per_user: int) -> list[dict[str, Any]]:
    updates: list[dict[str, Any]] = []
    update_id = 0
    for step in range(per_user):
        for user in range(users):
            update_id += 1
            user_id = 10_000 + user
            locale = LANGUAGES[user % len(LANGUAGES)]
            kind, payload = VISIT[step % len(VISIT)]
            payload = payload.format(
                locale=locale,
                search=SEARCHES[user % len(SEARCHES)],
                search2=SEARCHES[(user + 1) % len(SEARCHES)],
            )
            updates.append(_update(update_id, user_id, locale, kind, payload))
    return updates


def _update(update_id: int, user_id: int, locale: str, kind: str, payload: str) -> dict[str, Any]:
    sender = {"id": user_id, "is_bot": False, "first_name": "U", "language_code": locale}
    chat = {"id": user_id, "type": "private", "first_name": "U"}
    if kind == "text":
        message: dict[str, Any] = {
            "message_id": update_id,
            "date": NOW,
            "chat": chat,
            "from": sender,
            "text": payload,
        }
        if payload.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(payload)}]
        return {"update_id": update_id, "message": message}
    menu = {"message_id": 1, "date": NOW, "chat": chat, "text": "menu"}
    callback = {
        "id": str(update_id),
        "from": sender,
        "chat_instance": "1",
        "data": payload,
        "message": menu,
    }
    return {"update_id": update_id, "callback_query": callback}


async def run(dispatcher: Dispatcher, bot: Bot, updates: list[dict[str, Any]]) -> list[float]:
    latencies = []
    for raw in updates:
        started = time.perf_counter()
        update = Update.model_validate(raw, context={"bot": bot})
        await dispatcher.feed_update(bot, update)
        latencies.append(time.perf_counter() - started)
    return latencies


async def run_journaled(polling: JournaledPolling, updates: list[dict[str, Any]]) -> list[float]:
    """As ``run``, plus the journal: a batch's write is shared by its (up to) 100 updates."""
    latencies = []
    for start in range(0, len(updates), BATCH):
        started = time.perf_counter()
        batch = [
            Update.model_validate(raw, context={"bot": polling.bot})
            for raw in updates[start : start + BATCH]
        ]
        await polling.intake.record(batch, next_offset=batch[-1].update_id + 1)
        share = (time.perf_counter() - started) / len(batch)
        for update in batch:
            started = time.perf_counter()
            await polling.intake.handle(update)
            latencies.append(time.perf_counter() - started + share)
    return latencies


def bare_dispatcher() -> Dispatcher:
    router = Router()

    @router.message()
    async def on_message(message: Message) -> None:
        await message.answer("ok")

    @router.callback_query()
    async def on_callback(callback: CallbackQuery) -> None:
        await callback.answer()

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    return dispatcher


async def full_bot(database: Path) -> tuple[Dispatcher, Bot, RecordingSession, Any]:
    settings = load_settings({"BOT_TOKEN": TOKEN, "DATABASE_PATH": str(database)})
    services = await open_services(settings)
    session = RecordingSession()
    # Telegram's limits stay in the chain (their cost is measured) but never make a call wait,
    # and so does the flood limit: the bench replays many users fast.
    bot = build_bot(settings, session=session, budget=SendBudget(Limits.unlimited()))
    no_limit = ThrottlingMiddleware(rate=1e9, burst=1e9)
    dispatcher = build_dispatcher(services, throttling=no_limit)
    return dispatcher, bot, session, services


def report(name: str, latencies: list[float]) -> float:
    total = sum(latencies)
    rate = len(latencies) / total
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"{name:<22} {len(latencies):>6} updates  {rate:>8.0f} updates/s"
        f"  p50 {cuts[49] * 1000:6.2f} ms  p99 {cuts[98] * 1000:6.2f} ms"
    )
    return rate


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--per-user", type=int, default=20)
    args = parser.parse_args()
    after_import_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    updates = build_updates(args.users, args.per_user)

    bare_session = RecordingSession()
    bare_bot = Bot(TOKEN, session=bare_session)
    bare_rate = report("bare dispatcher", await run(bare_dispatcher(), bare_bot, updates))

    with tempfile.TemporaryDirectory() as folder:
        dispatcher, bot, session, services = await full_bot(Path(folder) / "bench.sqlite3")
        full_rate = report("full bot", await run(dispatcher, bot, updates))
        users = await services.users.users.count()
        await services.db.close()

    with tempfile.TemporaryDirectory() as folder:
        dispatcher, bot, _, services = await full_bot(Path(folder) / "bench.sqlite3")
        polling = JournaledPolling(dispatcher, bot, services.db, concurrency=1, shutdown_grace=0)
        journaled_rate = report("full bot + journal", await run_journaled(polling, updates))
        await polling.intake.finish()  # as at shutdown: the last handled leave the journal
        await services.db.close()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ratio full/bare        {full_rate / bare_rate:.2f}  (target >= 0.50)")
    print(f"ratio journal/full     {journaled_rate / full_rate:.2f}")
    print(f"peak RSS               {peak_mb:.0f} MB ({after_import_mb:.0f} MB after imports)")
    print(f"users in database      {users}")
    print(f"Bot API calls (full)   {dict(sorted(session.calls.items()))}")


if __name__ == "__main__":
    asyncio.run(main())
