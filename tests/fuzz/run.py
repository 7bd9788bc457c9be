"""Feeding fuzzed updates through the bot and checking what it did (shared by the fuzz tests).

``FuzzRun`` counts what must never happen: the error handler reached (its log line), an
exception out of the dispatcher, a text falling back to its bare Fluent id; the fake Bot API
collects the requests Telegram would have refused.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from aiogram.types import Update

from bot.i18n import LOCALES_DIR
from bot.safe_log import describe_exception
from fake_telegram import Call
from tests.fuzz.updates import UpdateFuzzer
from tests.handlers.harness import Harness

FLUENT_ID = re.compile(r"^([a-z][a-z0-9-]*[a-z0-9])\s*=", re.MULTILINE)


def fluent_ids() -> frozenset[str]:
    ids: set[str] = set()
    for path in LOCALES_DIR.glob("*/*.ftl"):
        ids.update(FLUENT_ID.findall(path.read_text(encoding="utf-8")))
    return frozenset(ids)


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {record.getMessage()}")


@dataclass
class FuzzRun:
    harness: Harness
    fuzzer: UpdateFuzzer
    deliver_every: int = 100
    fed: int = 0
    raised: list[str] = field(default_factory=list)
    errors_logged: _Counter = field(default_factory=_Counter)

    async def feed(self, count: int) -> None:
        """At least ``count`` updates, delivering the outbox now and then as its task would.

        For speed: aiogram's line per update and aiosqlite's per statement stay unwritten, and
        the GIL is handed over sooner (every SQLite call is a round trip to aiosqlite's thread,
        which otherwise waits up to 5 ms for the GIL under load)."""
        watched = [logging.getLogger(name) for name in ("bot.handlers.errors", "bot.i18n")]
        for logger in watched:
            logger.addHandler(self.errors_logged)
        chatty = {name: logging.getLogger(name).level for name in ("aiogram", "aiosqlite")}
        for name in chatty:
            logging.getLogger(name).setLevel(logging.WARNING)
        interval = sys.getswitchinterval()
        sys.setswitchinterval(0.0002)
        try:
            while self.fed < count:
                for update in self.fuzzer.next_updates():
                    await self._feed_one(update)
                if self.fed % self.deliver_every < 3:
                    await self.harness.deliver()
            await self.harness.deliver()
        finally:
            sys.setswitchinterval(interval)
            for name, level in chatty.items():
                logging.getLogger(name).setLevel(level)
            for logger in watched:
                logger.removeHandler(self.errors_logged)

    async def _feed_one(self, update: dict[str, Any]) -> None:
        self.fed += 1
        try:
            await self.harness.dispatcher.feed_update(
                self.harness.bot, Update.model_validate(update, context={"bot": self.harness.bot})
            )
        except Exception as error:  # the dispatcher let it out: no error handler took it
            self.raised.append(f"update {update.get('update_id')}: {describe_exception(error)}")

    def raw_ids_sent(self) -> list[str]:
        """Texts, captions, button labels and alerts that show a Fluent id verbatim."""
        ids = fluent_ids()
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
        found = []
        for call in self.harness.fake.calls:
            for text in _shown(call):
                match = pattern.search(text)
                if match:
                    found.append(f"{call.method}: {match.group(1)} in {text[:80]!r}")
        return found


def _shown(call: Call) -> list[str]:
    decoded = call.decoded
    texts = [str(decoded[key]) for key in ("text", "caption", "name") if decoded.get(key)]
    markup = decoded.get("reply_markup")
    if isinstance(markup, dict):
        for row in markup.get("inline_keyboard", []) + markup.get("keyboard", []):
            texts += [str(button.get("text", "")) for button in row if isinstance(button, dict)]
    return texts
