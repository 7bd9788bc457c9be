"""Runs the fake Bot API and the real bot (``bot.app.run``, as main.py does) in one event loop.

The bot is not told it is in a sandbox: it gets ordinary settings whose TELEGRAM_API_URL is the
fake's address on 127.0.0.1, its own database file, the fake forum as STAFF_CHAT_ID and the
sandbox's admin in ADMIN_IDS. Everything else comes from the environment (.env) as usual.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from pathlib import Path

from bot import app
from bot.config import Settings, load_settings
from bot.db import clock
from fake_telegram import FakeTelegram
from sandbox.hub import Broker, Hub
from sandbox.world import (
    ADMIN_ID,
    BOT_NAME,
    BOT_TOKEN,
    BOT_USERNAME,
    OPERATOR_ID,
    STAFF_CHAT_ID,
    STAFF_CHAT_TITLE,
    People,
)

log = logging.getLogger(__name__)

START_TIMEOUT = 30.0
#: Settings the sandbox always sets itself; the rest come from the environment.
OWN_SETTINGS = (
    "BOT_TOKEN",
    "TELEGRAM_API_URL",
    "DATABASE_PATH",
    "STAFF_CHAT_ID",
    "ADMIN_IDS",
    "REQUEST_ROUTING",
)


class SandboxError(RuntimeError):
    """The bot inside the sandbox did not start (its exception is the cause)."""


def sandbox_settings(env: Mapping[str, str], api_url: str, database: Path) -> Settings:
    own = {
        "BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_API_URL": api_url,
        "DATABASE_PATH": str(database),
        "STAFF_CHAT_ID": str(STAFF_CHAT_ID),
        "ADMIN_IDS": str(ADMIN_ID),
        "REQUEST_ROUTING": "",
    }
    return load_settings({**{k: v for k, v in env.items() if k not in OWN_SETTINGS}, **own})


def remove_database(database: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)


class Sandbox:
    """One sandbox: the fake, the bot, the people; :meth:`reset` starts it all over."""

    def __init__(
        self,
        database: Path,
        env: Mapping[str, str],
        broker: Broker | None = None,
        finished: asyncio.Event | None = None,
    ) -> None:
        self.database = database
        self.env = dict(env)
        self.broker = broker or Broker()
        self.people = People()
        self.fake = FakeTelegram(BOT_TOKEN, username=BOT_USERNAME, first_name=BOT_NAME)
        self.hub = Hub(self.fake, self.people, self.broker)
        self.running: app.Running | None = None
        #: Set when the bot stopped on its own (SIGINT/SIGTERM, or it failed), not by reset;
        #: shared with the sandboxes that replace this one.
        self.finished = finished or asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._stopping = False

    async def start(self) -> None:
        """A fresh start: the sandbox's chats live in memory, so its database starts empty."""
        remove_database(self.database)
        self.database.parent.mkdir(parents=True, exist_ok=True)
        clock.reset()
        self.fake.make_forum(STAFF_CHAT_ID, STAFF_CHAT_TITLE)
        self.fake.make_group_admin(STAFF_CHAT_ID, ADMIN_ID)  # writes in closed topics too
        await self.fake.start()
        up = asyncio.Event()

        def on_running(running: app.Running) -> None:
            self.running = running
            up.set()

        settings = sandbox_settings(self.env, self.fake.base_url, self.database)
        self._task = asyncio.create_task(app.run(settings, on_running), name="sandbox-bot")
        self._task.add_done_callback(self._bot_ended)
        waiter = asyncio.create_task(up.wait())
        await asyncio.wait(
            {waiter, self._task}, timeout=START_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        waiter.cancel()
        if self.running is None:
            await self.fake.stop()
            error = self._task.exception() if self._task.done() else None
            raise SandboxError("the bot did not start") from error
        self._seed()

    def _seed(self) -> None:
        """The admin makes the sandbox's operator an operator, as one would on Telegram."""
        admin = self.people.by_id[ADMIN_ID]
        self.fake.message_from(
            STAFF_CHAT_ID,
            admin.id,
            _command(f"/staff add {OPERATOR_ID} operator"),
            first_name=admin.name,
            language_code=admin.language,
        )
        for person in self.people:
            self.fake.store.first_names[person.id] = person.name
        self.hub.refresh(STAFF_CHAT_ID)

    def _bot_ended(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            log.error("the bot stopped: %s", type(error).__name__)
        if not self._lock.locked() and not self._stopping:
            self.finished.set()

    async def stop(self) -> None:
        self._stopping = True
        if self.running is not None:
            self.running.stop()
        if self._task is not None:
            with contextlib.suppress(Exception):
                await self._task
        self.running, self._task = None, None
        await self.fake.stop()

    async def reset(self) -> Sandbox:
        """Stop everything, forget every chat and the database, start again; the open pages
        (same broker) get the new state."""
        async with self._lock:
            await self.stop()
            fresh = Sandbox(self.database, self.env, self.broker, self.finished)
            await fresh.start()
        self.broker.publish(fresh.hub.state())
        return fresh


def _command(text: str) -> dict[str, object]:
    command = text.split(maxsplit=1)[0]
    entity = {"type": "bot_command", "offset": 0, "length": len(command)}
    return {"text": text, "entities": [entity]}
