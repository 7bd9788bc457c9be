"""Runs the real Dispatcher in-process: updates go in through ``feed_update``, every Bot API call
goes to the fake Telegram (validated against the spec) through a recording session."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.app import (
    build_bot,
    build_broadcast_sender,
    build_dispatcher,
    build_outbox_sender,
    open_services,
)
from bot.config import Settings, load_settings
from bot.handlers.bursts import BurstReplies
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.services.broadcasts import BroadcastSender
from bot.services.container import Services
from bot.services.outbox import OutboxSender
from bot.telegram.budget import SendBudget
from fake_telegram import FakeTelegram, FloodRules, RecordingSession, VirtualClock
from fake_telegram.html_check import visible_text
from tests.conftest import TEST_TOKEN

#: Seconds of (virtual) time a user takes between two actions unless a test says otherwise.
THINK_SECONDS = 1.0


@dataclass
class Screen:
    """What a user sees in their last bot message: its visible text and its buttons."""

    message_id: int
    html: str
    buttons: list[tuple[str, str]]  # (label, callback_data)

    @property
    def text(self) -> str:
        return visible_text(self.html)

    def data_of(self, label_part: str) -> str:
        matches = [data for label, data in self.buttons if label_part in label]
        assert matches, f"no button with {label_part!r} in {[label for label, _ in self.buttons]}"
        return matches[0]


class Harness:
    def __init__(
        self,
        fake: FakeTelegram,
        bot: Bot,
        dispatcher: Dispatcher,
        services: Services,
        settings: Settings,
    ) -> None:
        self.fake = fake
        self.bot = bot
        self.dispatcher = dispatcher
        self.services = services
        self.settings = settings
        self.stopped = False
        self.broadcaster: BroadcastSender | None = None
        self.sender: OutboxSender | None = None
        self.clock = VirtualClock()
        self.bursts = BurstReplies(quiet=0.05)
        self.think_seconds = THINK_SECONDS

    @classmethod
    async def start(
        cls,
        database: Path,
        throttling: ThrottlingMiddleware | None = None,
        admin_ids: frozenset[int] = frozenset(),
        env: dict[str, str] | None = None,
        fake: FakeTelegram | None = None,
    ) -> Harness:
        admins = ",".join(str(admin) for admin in sorted(admin_ids))
        settings = load_settings(
            {
                "BOT_TOKEN": TEST_TOKEN,
                "DATABASE_PATH": str(database),
                "ADMIN_IDS": admins,
                **(env or {}),
            }
        )
        # Telegram's flood control is on in every handler test, on a virtual clock that the
        # bot's own budget shares: the bot's pacing is checked, and no test waits for it.
        clock = VirtualClock()
        fake = fake or FakeTelegram(token=TEST_TOKEN)
        if fake.flood is None:
            fake.enable_flood_control(FloodRules(), clock)
        else:
            clock = fake.flood.clock if isinstance(fake.flood.clock, VirtualClock) else clock
        services = await open_services(settings)
        budget = SendBudget(clock=clock, sleep=clock.sleep)
        bot = build_bot(settings, session=RecordingSession(fake), budget=budget)
        broadcaster = build_broadcast_sender(services, bot, sleep=clock.sleep, clock=clock)
        bursts = BurstReplies(quiet=0.05)
        dispatcher = build_dispatcher(
            services,
            admin_ids=admin_ids,
            broadcast_sender=broadcaster,
            throttling=throttling or ThrottlingMiddleware(clock=clock),
            bursts=bursts,
        )
        harness = cls(fake, bot, dispatcher, services, settings)
        harness.clock, harness.bursts = clock, bursts
        harness.broadcaster = broadcaster
        harness.sender = build_outbox_sender(services, bot, settings.admin_ids)
        return harness

    async def deliver(self) -> int:
        """Send everything the outbox has due now (what the sender task would do)."""
        assert self.sender is not None
        sent = 0
        for _ in range(100):
            batch = await self.sender.deliver_due()
            if not batch:
                return sent
            sent += batch
        raise AssertionError("the outbox never drained")

    async def staff_send(
        self,
        chat_id: int,
        user_id: int,
        text: str | None = None,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
        kind: str | None = None,
        caption: str | None = None,
        first_name: str = "Operator",
    ) -> dict[str, Any]:
        """An operator (or anyone in the group) writes in the staff chat."""
        update = self.fake.group_message(
            chat_id, user_id, text, thread_id=thread_id, reply_to=reply_to, kind=kind,
            caption=caption, first_name=first_name,
        )  # fmt: skip
        await self.feed(update)
        return dict(update["message"])

    async def user_edits(
        self, user_id: int, message_id: int, text: str | None = None, **change: Any
    ) -> dict[str, Any]:
        """The migrant edits a message of theirs (``text``, or ``caption=``, ``entities=``,
        ``media_kind=``: see ``FakeTelegram.edit_by_author``); returns the edited message."""
        update = self.fake.edit_by_author(user_id, message_id, text=text, **change)
        await self.feed(update)
        return dict(update["edited_message"])

    async def staff_edits(
        self, chat_id: int, message_id: int, text: str | None = None, **change: Any
    ) -> dict[str, Any]:
        """Someone in the staff chat edits a message they wrote there."""
        update = self.fake.edit_by_author(chat_id, message_id, text=text, **change)
        await self.feed(update)
        return dict(update["edited_message"])

    async def staff_press(
        self, chat_id: int, user_id: int, message_id: int, data: str, first_name: str = "Operator"
    ) -> str:
        """Press a button in the staff chat; returns the callback query id."""
        update = self.fake.group_callback(
            chat_id, user_id, message_id, data, first_name=first_name
        )
        await self.feed(update)
        return str(update["callback_query"]["id"])

    async def stop(self) -> None:
        """Close the database and the session, like a process that exits; safe to call twice."""
        if self.stopped:
            return
        self.stopped = True
        await self.services.db.close()
        await self.bot.session.close()

    async def feed(self, update: dict[str, Any], *, burst: bool = False) -> None:
        """Handle one update, ``think_seconds`` after the previous one; then the answers to a
        burst are sent at once, unless ``burst`` (more of the same burst follow)."""
        self.clock.advance(self.think_seconds)
        await self.dispatcher.feed_update(
            self.bot, Update.model_validate(update, context={"bot": self.bot})
        )
        if not burst:
            await self.bursts.flush()

    async def send(self, user_id: int, text: str, language_code: str = "ru") -> None:
        await self.feed(self.fake.user_message(user_id, text, language_code=language_code))

    async def press(self, user_id: int, label_part: str, language_code: str = "ru") -> None:
        """Press the button whose label contains ``label_part`` on the user's last screen."""
        screen = self.screen(user_id)
        data = screen.data_of(label_part)
        await self.feed(
            self.fake.user_callback(user_id, screen.message_id, data, language_code=language_code)
        )

    async def press_data(self, user_id: int, data: str, language_code: str = "ru") -> None:
        message_id = self.screen(user_id).message_id
        await self.feed(
            self.fake.user_callback(user_id, message_id, data, language_code=language_code)
        )

    def screen(self, user_id: int) -> Screen:
        chat_messages = [
            (message_id, message)
            for (chat_id, message_id), message in self.fake.messages.items()
            if chat_id == user_id
        ]
        assert chat_messages, f"the bot sent nothing to {user_id}"
        message_id, message = max(chat_messages, key=lambda item: item[0])
        return Screen(message_id, message_html(message), buttons_of(message))


def message_html(message: dict[str, Any]) -> str:
    return str(message.get("html") or message.get("text") or "")


def buttons_of(message: dict[str, Any]) -> list[tuple[str, str]]:
    markup = message.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = markup.get("inline_keyboard", [])
    return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]
