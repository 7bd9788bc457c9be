"""Sends broadcasts: copies the admin's message to every recipient, as fast as Telegram allows.

Deliveries are streamed from SQLite in user id order (never all loaded), paced by the same
Pacer as the outbox (30 messages/s per bot, 1/s per chat). 429: every send holds for
retry_after, then the same delivery is sent again; 403: the user blocked the bot (marked,
skipped in future broadcasts); 5xx or network errors: retried on later passes after growing
pauses, at most ``MAX_ATTEMPTS`` times; other refusals: failed. A delivery stays 'pending'
until Telegram confirmed it, so after a crash the sender resumes where it stopped and at most
the sends in flight (``IN_FLIGHT``) are delivered twice. Progress is shown to the admin by
editing one message, every ``PROGRESS_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Callable
from datetime import datetime

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardMarkup

from bot.content.cities import CITIES
from bot.db.broadcasts import Broadcast, BroadcastsRepository, Progress
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.events import EventsRepository
from bot.i18n import I18n, Translator
from bot.services.events import UPCOMING_LIMIT, text_for
from bot.services.outbox import Pacer
from bot.services.users import UserService

log = logging.getLogger(__name__)

BATCH = 200
IN_FLIGHT = 8
MAX_ATTEMPTS = 5  # with pauses of 5, 10, 20, 40 s between passes: rides out a short outage
RETRY_PAUSE_SECONDS = 5
PROGRESS_SECONDS = 5.0
IDLE_WAIT_SECONDS = 30.0
EXPECTED_RATE = 28.0  # messages per second, for the estimate of time left

ProgressMarkup = Callable[[Translator, Broadcast], InlineKeyboardMarkup | None]


def progress_text(t: Translator, broadcast_id: int, status: str, progress: Progress) -> str:
    minutes = round(progress.pending / EXPECTED_RATE / 60) if progress.pending else 0
    return t(
        "broadcast-progress",
        number=broadcast_id,
        status=t(f"broadcast-status-{status}"),
        sent=progress.sent,
        blocked=progress.blocked,
        failed=progress.failed,
        remaining=progress.pending,
        minutes=minutes,
    )


class BroadcastSender:
    def __init__(
        self,
        db: Database,
        bot: Bot,
        *,
        users: UserService,
        i18n: I18n,
        markup: ProgressMarkup,
        pacer: Pacer | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.bot = bot
        self.users = users
        self.i18n = i18n
        self.markup = markup
        self.pacer = pacer or Pacer()
        self.now = now
        self.broadcasts = BroadcastsRepository(db)
        self._wake = asyncio.Event()
        self._stopping = False
        self._last_progress: dict[int, float] = {}

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        while not self._stopping:
            await self.run_once()
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), IDLE_WAIT_SECONDS)

    async def run_once(self) -> None:
        """Start due scheduled broadcasts and send every running one to its end (or pause)."""
        async with self.db.single_statement() as conn:
            await self.broadcasts.start_due(conn, self.now())
        for broadcast in await self.broadcasts.running():
            if self._stopping:
                return
            await self.send(broadcast)

    async def send(self, broadcast: Broadcast) -> None:
        """Send until nothing is pending (then 'done'), or until an admin pauses or stops it.
        Deliveries that failed transiently stay pending and are retried on the next pass."""
        passes = 0
        while not self._stopping:
            current = await self.broadcasts.get(broadcast.id)
            if current is None or current.status != "running":
                await self.show_progress(broadcast.id, force=True)
                return
            if passes:  # what is left failed transiently: give Telegram or the network time
                await self.pacer.sleep(min(RETRY_PAUSE_SECONDS * 2 ** (passes - 1), 120))
            await self._one_pass(current)
            passes += 1
            if (await self.broadcasts.progress(broadcast.id)).pending == 0:
                break
        if self._stopping:
            return
        async with self.db.single_statement() as conn:
            await self.broadcasts.set_status(conn, broadcast.id, "done", self.now())
        await self.show_progress(broadcast.id, force=True)

    async def _one_pass(self, broadcast: Broadcast) -> None:
        """One pass over the pending deliveries, checking the status after every batch."""
        after = 0
        while batch := await self.broadcasts.pending_after(broadcast.id, after, BATCH):
            await self._send_batch(broadcast, batch)
            after = batch[-1]
            await self.show_progress(broadcast.id)
            current = await self.broadcasts.get(broadcast.id)
            if self._stopping or current is None or current.status != "running":
                return

    async def _send_batch(self, broadcast: Broadcast, user_ids: list[int]) -> None:
        """Start each send at its paced moment; up to IN_FLIGHT calls overlap, so Telegram's
        round-trip time does not lower the rate below the limit."""
        slots = asyncio.Semaphore(IN_FLIGHT)
        tasks: list[asyncio.Task[None]] = []
        for user_id in user_ids:
            if self._stopping:
                break
            await slots.acquire()
            await self.pacer.wait_turn(user_id)
            task = asyncio.create_task(self._deliver(broadcast, user_id))
            task.add_done_callback(lambda _: slots.release())
            tasks.append(task)
        await asyncio.gather(*tasks)

    async def _deliver(self, broadcast: Broadcast, user_id: int) -> None:
        """Send to one user (already paced) and record the outcome."""
        while True:
            try:
                await self.bot.copy_message(
                    chat_id=user_id,
                    from_chat_id=broadcast.source_chat_id,
                    message_id=broadcast.source_message_id,
                )
            except TelegramRetryAfter as error:
                self.pacer.hold(error.retry_after)
                await self.pacer.wait_turn(user_id)
                continue
            except TelegramForbiddenError:
                await self._settle(broadcast.id, user_id, "blocked")
                await self.users.mark_blocked(user_id)
            except (TelegramServerError, TelegramNetworkError):
                async with self.db.single_statement() as conn:
                    attempts = await self.broadcasts.count_attempt(conn, broadcast.id, user_id)
                if attempts >= MAX_ATTEMPTS:
                    await self._settle(broadcast.id, user_id, "failed")
            except TelegramAPIError as error:
                log.info("broadcast %s: delivery refused: %s", broadcast.id, error.message)
                await self._settle(broadcast.id, user_id, "failed")
            else:
                await self._settle(broadcast.id, user_id, "sent")
            return

    async def _settle(self, broadcast_id: int, user_id: int, status: str) -> None:
        async with self.db.single_statement() as conn:
            await self.broadcasts.settle(conn, broadcast_id, user_id, status)

    async def show_progress(self, broadcast_id: int, force: bool = False) -> None:
        """Edit the admin's progress message (at most every PROGRESS_SECONDS unless forced)."""
        moment = time.monotonic()
        if not force and moment - self._last_progress.get(broadcast_id, 0.0) < PROGRESS_SECONDS:
            return
        self._last_progress[broadcast_id] = moment
        broadcast = await self.broadcasts.get(broadcast_id)
        if broadcast is None or broadcast.progress_message_id is None:
            return
        user = await self.users.get_or_create(broadcast.admin_id)
        t = self.i18n.get(user.reach_locale)
        text = progress_text(
            t, broadcast.id, broadcast.status, await self.broadcasts.progress(broadcast.id)
        )
        try:
            await self.bot.edit_message_text(
                text=text,
                chat_id=broadcast.progress_chat_id,
                message_id=broadcast.progress_message_id,
                reply_markup=self.markup(t, broadcast),
            )
        except TelegramBadRequest as error:
            if "not modified" not in error.message:
                log.info("broadcast %s: progress not shown: %s", broadcast_id, error.message)
        except TelegramAPIError as error:
            log.info("broadcast %s: progress not shown: %s", broadcast_id, error.message)


AUDIENCES = ("all", "locale:ky", "locale:ru", "locale:uz", "locale:en")
# Which status an admin's button may move a broadcast to, from which.
TRANSITIONS = {
    "pause": ({"running", "scheduled"}, "paused"),
    "resume": ({"paused"}, "running"),
    "cancel": ({"running", "scheduled", "paused"}, "cancelled"),
}


class BroadcastPlanner:
    """What admins do with broadcasts: count audiences, create, pause, resume, cancel."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.broadcasts = BroadcastsRepository(db)
        self.events = EventsRepository(db)

    async def audiences(self, locale: str) -> tuple[dict[str, int], dict[str, str]]:
        """Every audience an admin can choose now, with its number of recipients, and the
        titles of the upcoming events among them."""
        upcoming = await self.events.upcoming(utc_now(), UPCOMING_LIMIT)
        titles = {f"event:{event.id}": text_for(event, locale).title for event in upcoming}
        counts = {
            audience: await self.broadcasts.count_audience(audience)
            for audience in (*AUDIENCES, *titles)
        }
        for city in CITIES:  # only cities someone chose
            if count := await self.broadcasts.count_audience(f"city:{city}"):
                counts[f"city:{city}"] = count
        return counts, titles

    async def create(
        self,
        *,
        admin_id: int,
        source_chat_id: int,
        source_message_id: int,
        audience: str,
        starts_at: datetime,
    ) -> int:
        known = audience in AUDIENCES or audience.removeprefix("city:") in CITIES
        if not known and not re.fullmatch(r"event:\d+", audience):
            raise ValueError(f"unknown audience {audience!r}")
        async with self.db.transaction() as conn:
            return await self.broadcasts.create(
                conn,
                admin_id=admin_id,
                source_chat_id=source_chat_id,
                source_message_id=source_message_id,
                audience=audience,
                starts_at=starts_at,
                now=utc_now(),
            )

    async def attach_progress(self, broadcast_id: int, chat_id: int, message_id: int) -> None:
        async with self.db.single_statement() as conn:
            await self.broadcasts.set_progress_message(conn, broadcast_id, chat_id, message_id)

    async def control(self, broadcast_id: int, action: str) -> Broadcast | None:
        """Apply pause/resume/cancel if allowed from the current status; the broadcast after."""
        broadcast = await self.broadcasts.get(broadcast_id)
        if broadcast is None:
            return None
        allowed_from, to = TRANSITIONS[action]
        if broadcast.status in allowed_from:
            async with self.db.single_statement() as conn:
                await self.broadcasts.set_status(conn, broadcast_id, to, utc_now())
        return await self.broadcasts.get(broadcast_id)

    async def progress(self, broadcast_id: int) -> Progress:
        return await self.broadcasts.progress(broadcast_id)
