"""The bot under mixed load, against Telegram's flood control: a broadcast while the helpdesk
works and people press menus.

A broadcast to ``--recipients`` users runs while 20 migrants and 5 operators exchange 200
relayed messages (one in five from a migrant into the staff forum, the rest operators' answers
to migrants) and 20 other people press menu buttons. Everything is the production code: the
real Dispatcher and middlewares, the SQLite file, the outbox and broadcast senders running as
``main.py`` runs them, the bot's Telegram budget. The fake Bot API (in-process, every call
checked against the spec) adds 50 ms to every call and enforces Telegram's flood control
(30 messages/s per bot, a bucket per private chat, 20/min per group) with 429s.

Prints the broadcast's messages/s and its ratio to 30/s, relay latency (a message in → its
copy arriving at Telegram) p50/p99/max, menu answer latency p50/p99, 429s, calls inside a
retry_after window, lost and duplicated messages. Targets (issue "Telegram's limits on every
call"): broadcast ≥ 0.90 of 30/s, relay p99 < 3 s, menu p99 < 1.5 s, 0 × 429, 0 early calls,
0 lost, 0 duplicates.

    .venv/bin/python -m bench.mixed [--recipients 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Update

from bot.app import (
    build_bot,
    build_broadcast_sender,
    build_dispatcher,
    build_outbox_sender,
    open_services,
)
from bot.config import load_settings
from bot.db.clock import utc_now
from bot.keyboards.callbacks import Nav, Screen
from bot.services.container import Services
from bot.services.requests import RequestDraft
from bot.services.staff import Role
from bot.telegram.budget import Limits, SendBudget
from fake_telegram import FakeTelegram, FloodRules, RecordingSession
from tests.conftest import TEST_TOKEN

LATENCY = 0.05
STAFF = -1001234567890
ADMIN = 5000
OPERATORS = (5001, 5002, 5003, 5004, 5005)
MIGRANTS = tuple(range(7000, 7020))
MENU_USERS = tuple(range(8000, 8020))
RECIPIENT_BASE = 100_000
RELAYED = 200
FROM_MIGRANTS_EVERY = 5  # one relayed message in five goes into the staff forum
SEED = 20261201


class LatentSession(RecordingSession):
    """The fake in-process, each call answered ``LATENCY`` seconds after it was made."""

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - BaseSession's signature
    ) -> TelegramType:
        await asyncio.sleep(LATENCY / 2)  # on the way there
        result = await super().make_request(bot, method, timeout)
        await asyncio.sleep(LATENCY / 2)  # and back
        return result


@dataclass
class Run:
    fake: FakeTelegram
    bot: Bot
    dispatcher: Dispatcher
    services: Services
    relay_sent: dict[tuple[int, int], float] = field(default_factory=dict)  # (chat, msg) → t
    menu_pressed: list[tuple[int, float]] = field(default_factory=list)  # (user, t)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    def feed(self, update: dict[str, Any]) -> None:
        """As polling does: each update handled in a task of its own."""
        parsed = Update.model_validate(update, context={"bot": self.bot})
        task = asyncio.create_task(self.dispatcher.feed_update(self.bot, parsed))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)


async def open_run(folder: Path, recipients: int) -> Run:
    settings = load_settings(
        {
            "BOT_TOKEN": TEST_TOKEN,
            "DATABASE_PATH": str(folder / "mixed.sqlite3"),
            "STAFF_CHAT_ID": str(STAFF),
            "ADMIN_IDS": str(ADMIN),
            "OFFICE_HOURS": "",
        }
    )
    services = await open_services(settings)
    async with services.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, 'ru', 'x', 'x')",
            [(RECIPIENT_BASE + n,) for n in range(recipients)],
        )
    for operator in OPERATORS:
        await services.staff.add(operator, Role.OPERATOR, ADMIN)
    fake = FakeTelegram(token=TEST_TOKEN)
    fake.make_forum(STAFF)
    bot = build_bot(settings, session=LatentSession(fake))
    dispatcher = build_dispatcher(services, admin_ids=settings.admin_ids)
    return Run(fake, bot, dispatcher, services)


async def open_requests(run: Run) -> dict[int, int]:
    """Each migrant has an open request with its topic: set up before the clock starts, with
    a budget that does not wait and no flood control (it is not what is measured)."""
    for migrant in MIGRANTS:
        run.fake.user_message(migrant, "/start")  # so that the migrant's chat exists
        draft = RequestDraft(category="wages", city="moscow", text="Не платят.", phone=None)
        await run.services.requests.submit(migrant, draft)
    setup_bot = build_bot(
        load_settings({"BOT_TOKEN": TEST_TOKEN}),
        session=RecordingSession(run.fake),
        budget=SendBudget(Limits.unlimited()),
    )
    await build_outbox_sender(run.services, setup_bot).deliver_due()
    await setup_bot.session.close()
    topics = {}
    for migrant in MIGRANTS:
        (request,) = await run.services.requests.open_for_user(migrant)
        assert request.topic_id is not None
        topics[migrant] = request.topic_id
    return topics


async def relay_script(run: Run, topics: dict[int, int], seconds: float) -> None:
    """200 relayed messages spread over ``seconds``."""
    rng = random.Random(SEED)
    pause = seconds / RELAYED
    for n in range(RELAYED):
        migrant = rng.choice(MIGRANTS)
        if n % FROM_MIGRANTS_EVERY == 0:
            update = run.fake.user_message(migrant, f"Сообщение {n} от мигранта")
            message = update["message"]
        else:
            operator = rng.choice(OPERATORS)
            text = f"Ответ оператора {n}"
            update = run.fake.group_message(STAFF, operator, text, thread_id=topics[migrant])
            message = update["message"]
        run.relay_sent[(message["chat"]["id"], message["message_id"])] = time.monotonic()
        run.feed(update)
        await asyncio.sleep(pause)


async def menu_script(run: Run, seconds: float) -> None:
    """Each of 20 people opens the menu, then presses a section and goes back, every ~8 s."""
    for user in MENU_USERS:
        run.fake.user_message(user, "/start")
        run.feed(run.fake.user_message(user, "/menu"))
        await asyncio.sleep(0.05)
    await asyncio.sleep(2)
    targets = (Nav(screen=Screen.RIGHTS).pack(), Nav(screen=Screen.HOME).pack())
    deadline = time.monotonic() + seconds
    press = 0
    while time.monotonic() < deadline:
        for user in MENU_USERS:
            menu = run.fake.last_message(user)
            if menu is None:
                continue
            data = targets[press % 2]
            run.menu_pressed.append((user, time.monotonic()))
            run.feed(run.fake.user_callback(user, menu["message_id"], data))
            await asyncio.sleep(8.0 / len(MENU_USERS))
        press += 1


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def relay_latencies(run: Run) -> tuple[list[float], int, int]:
    """Seconds from each relayed message to its copy's arrival; lost; duplicates."""
    copies: Counter[tuple[int, int]] = Counter()
    arrived: dict[tuple[int, int], float] = {}
    for call in run.fake.calls:
        if call.method == "copyMessage" and call.ok:
            key = (int(call.decoded["from_chat_id"]), int(call.decoded["message_id"]))
            if key in run.relay_sent:
                copies[key] += 1
                arrived.setdefault(key, call.at)
    latencies = [arrived[key] - sent for key, sent in run.relay_sent.items() if key in arrived]
    lost = len(run.relay_sent) - len(arrived)
    return latencies, lost, sum(count - 1 for count in copies.values())


def menu_latencies(run: Run) -> list[float]:
    """Seconds from each press to the next edit of that person's menu."""
    edits: dict[int, list[float]] = {}
    for call in run.fake.calls:
        if call.method == "editMessageText" and call.ok and isinstance(call.chat_id, int):
            edits.setdefault(call.chat_id, []).append(call.at)
    latencies = []
    for user, pressed in run.menu_pressed:
        later = [at for at in edits.get(user, []) if at >= pressed]
        if later:
            latencies.append(min(later) - pressed)
    return latencies


def broadcast_figures(run: Run, recipients: int) -> tuple[float, int, int]:
    """Messages/s over the broadcast, lost and duplicated deliveries."""
    wanted = range(RECIPIENT_BASE, RECIPIENT_BASE + recipients)
    got: Counter[int] = Counter()
    times = []
    for call in run.fake.calls:
        if call.method == "copyMessage" and call.ok and call.chat_id in wanted:
            got[call.chat_id] += 1
            times.append(call.at)
    rate = (len(times) - 1) / (max(times) - min(times)) if len(times) > 1 else 0.0
    lost = recipients - len(got)
    return rate, lost, sum(count - 1 for count in got.values())


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--recipients", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run = await open_run(Path(folder), args.recipients)
        topics = await open_requests(run)
        flood = run.fake.enable_flood_control(FloodRules())
        sender = build_outbox_sender(run.services, run.bot, frozenset({ADMIN}))
        broadcaster = build_broadcast_sender(run.services, run.bot)
        run.dispatcher["broadcast_sender"] = broadcaster
        workers = [asyncio.create_task(sender.run()), asyncio.create_task(broadcaster.run())]
        source = run.fake.user_message(ADMIN, "Вебинар о правах мигрантов 5 декабря")
        await run.services.broadcast_planner.create(
            admin_id=ADMIN,
            source_chat_id=ADMIN,
            source_message_id=source["message"]["message_id"],
            audience="all",
            starts_at=utc_now(),
        )
        started = time.monotonic()
        broadcaster.wake()
        expected = args.recipients / 27.5
        busy = expected * 0.9
        await asyncio.gather(relay_script(run, topics, busy), menu_script(run, busy))
        await until_sent(run)
        await asyncio.sleep(10)  # the last relayed copies
        elapsed = time.monotonic() - started
        sender.stop()
        broadcaster.stop()
        await asyncio.gather(*workers, *run.tasks)
        report(run, args.recipients, elapsed, flood)
        await run.services.db.close()


async def until_sent(run: Run) -> None:
    """Until the broadcast has nothing pending."""
    while (await run.services.broadcast_planner.progress(1)).pending:  # noqa: ASYNC110
        await asyncio.sleep(0.5)  # the database is the only witness


def report(run: Run, recipients: int, elapsed: float, flood: Any) -> None:
    rate, b_lost, b_duplicates = broadcast_figures(run, recipients)
    relay, r_lost, r_duplicates = relay_latencies(run)
    menus = menu_latencies(run)
    print(f"broadcast     {recipients} recipients  {rate:6.2f} msg/s  ratio {rate / 30:.2f}")
    print(
        f"relay         {len(run.relay_sent)} messages  p50 {statistics.median(relay):.2f} s"
        f"  p99 {percentile(relay, 0.99):.2f} s  max {max(relay):.2f} s"
    )
    print(
        f"menu answers  {len(menus)} presses  p50 {statistics.median(menus):.2f} s"
        f"  p99 {percentile(menus, 0.99):.2f} s"
    )
    early = len(flood.early)
    print(f"429s          {len(flood.refused)}  calls inside a retry_after window {early}")
    print(f"lost          {b_lost + r_lost}  duplicates {b_duplicates + r_duplicates}")
    print(f"run           {elapsed:.0f} s  calls {len(run.fake.calls)}")
    print(f"peak RSS      {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    met = [
        rate / 30 >= 0.90,
        percentile(relay, 0.99) < 3.0,
        percentile(menus, 0.99) < 1.5,
        not flood.refused,
        not flood.early,
        b_lost + r_lost == 0,
        b_duplicates + r_duplicates == 0,
    ]
    print(f"targets met   {sum(met)} of {len(met)}")


if __name__ == "__main__":
    asyncio.run(main())
