"""Sends broadcasts: copies the admin's message to every recipient, as fast as Telegram allows.

Deliveries are streamed from SQLite in user id order (never all loaded). Every send is paced by
the bot's ``SendBudget`` (bot/telegram/) at bulk priority: a broadcast takes what the bot's 30
messages a second leave after answers to people and helpdesk traffic. 429: the session
middleware holds and sends again; 403: the user blocked the bot (marked, skipped in future
broadcasts); 5xx, network errors or anything unexpected: retried on later passes after growing
pauses, at most ``MAX_ATTEMPTS`` times; other refusals: failed. A delivery stays 'pending'
until Telegram confirmed it, so after a crash the sender resumes where it stopped and at most
the sends in flight (``IN_FLIGHT``) are delivered twice. The status is read again before every
send, so Pause and Stop take effect at once (only the sends in flight still go out). Progress is
shown to the admin by editing one message, every ``PROGRESS_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable
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
from bot.safe_log import describe_exception
from bot.services.events import UPCOMING_LIMIT, text_for
from bot.services.users import UserService
from bot.telegram.budget import Priority, sending_as

log = logging.getLogger(__name__)

BATCH = 200
IN_FLIGHT = 8
MAX_ATTEMPTS = 5  # with pauses of 5, 10, 20, 40 s between passes: rides out a short outage
RETRY_PAUSE_SECONDS = 5
PROGRESS_SECONDS = 5.0
STATUS_SECONDS = 0.5
IDLE_WAIT_SECONDS = 30.0
PACE_AFTER_SECONDS = 5.0  # the pace is measured once this much sending has been seen

ProgressMarkup = Callable[[Translator, Broadcast], InlineKeyboardMarkup | None]


def progress_text(
    t: Translator,
    broadcast_id: int,
    status: str,
    progress: Progress,
    per_second: float | None = None,
) -> str:
    """``per_second``: the pace measured so far; without it no time left is promised."""
    minutes = 0
    pace = "unknown"
    if progress.pending and per_second:
        minutes = math.ceil(progress.pending / per_second / 60)
        pace = "soon" if progress.pending / per_second < 60 else "known"
    return t(
        "broadcast-progress",
        number=broadcast_id,
        status=t(f"broadcast-status-{status}"),
        sent=progress.sent,
        blocked=progress.blocked,
        failed=progress.failed,
        remaining=progress.pending,
        minutes=minutes,
        pace=pace,
    )


class Pace:
    """Deliveries settled per second since this process began sending a broadcast."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._started: dict[int, float] = {}
        self._settled: dict[int, int] = {}

    def settled(self, broadcast_id: int) -> None:
        self._started.setdefault(broadcast_id, self.clock())
        self._settled[broadcast_id] = self._settled.get(broadcast_id, 0) + 1

    def per_second(self, broadcast_id: int) -> float | None:
        started = self._started.get(broadcast_id)
        if started is None:
            return None
        elapsed = self.clock() - started
        if elapsed < PACE_AFTER_SECONDS:
            return None
        return self._settled[broadcast_id] / elapsed

    def forget(self, broadcast_id: int) -> None:
        self._started.pop(broadcast_id, None)
        self._settled.pop(broadcast_id, None)


class BroadcastSender:
    def __init__(
        self,
        db: Database,
        bot: Bot,
        *,
        users: UserService,
        i18n: I18n,
        markup: ProgressMarkup,
        now: Callable[[], datetime] = utc_now,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.bot = bot
        self.users = users
        self.i18n = i18n
        self.markup = markup
        self.now = now
        self.sleep = sleep
        self.clock = clock
        self.broadcasts = BroadcastsRepository(db)
        self.pace = Pace(clock)
        self._wake = asyncio.Event()
        self._stopping = False
        self._last_progress: dict[int, float] = {}

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        """Until ``stop()``: send what is running, then wait for a wake-up or the next check.
        A failure of one pass (the database, say) is logged and the next pass tries again."""
        while not self._stopping:
            self._wake.clear()
            try:
                await self.run_once()
            except Exception as error:
                log.error("broadcasts: pass failed: %s", describe_exception(error))
            if self._stopping:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), IDLE_WAIT_SECONDS)

    async def run_once(self) -> None:
        """Start due scheduled broadcasts and send every running one to its end (or pause)."""
        async with self.db.single_statement() as conn:
            await self.broadcasts.start_due(conn, self.now())
        with sending_as(Priority.BULK):
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
                await self._pause_between_passes(broadcast.id, passes)
            await self._one_pass(current)
            passes += 1
            if (await self.broadcasts.progress(broadcast.id)).pending == 0:
                break
        if self._stopping:
            return
        async with self.db.single_statement() as conn:
            await self.broadcasts.set_status(conn, broadcast.id, "done", self.now())
        self.pace.forget(broadcast.id)
        await self.show_progress(broadcast.id, force=True)

    async def _pause_between_passes(self, broadcast_id: int, passes: int) -> None:
        """Wait before retrying what failed transiently, noticing Pause or Stop meanwhile."""
        waited, pause = 0.0, min(RETRY_PAUSE_SECONDS * 2 ** (passes - 1), 120)
        while waited < pause and await self._still_running(broadcast_id):
            await self.sleep(STATUS_SECONDS)
            waited += STATUS_SECONDS

    async def _one_pass(self, broadcast: Broadcast) -> None:
        """One pass over the pending deliveries, stopping within a second of Pause or Stop."""
        after = 0
        while batch := await self.broadcasts.pending_after(broadcast.id, after, BATCH):
            finished = await self._send_batch(broadcast, batch)
            await self.show_progress(broadcast.id)
            if not finished:
                return
            after = batch[-1]

    async def _send_batch(self, broadcast: Broadcast, user_ids: list[int]) -> bool:
        """Up to IN_FLIGHT calls overlap (each waits for its turn in the bot's budget), so
        Telegram's round trip does not lower the rate. False if Pause, Stop or shutdown came
        first: what was not started stays pending."""
        slots = asyncio.Semaphore(IN_FLIGHT)
        tasks: list[asyncio.Task[None]] = []
        finished = True
        for user_id in user_ids:
            await slots.acquire()
            if self._stopping or not await self._still_running(broadcast.id):
                finished = False
                break
            task = asyncio.create_task(self._deliver(broadcast, user_id))
            task.add_done_callback(lambda _: slots.release())
            tasks.append(task)
        await asyncio.gather(*tasks)
        return finished

    async def _still_running(self, broadcast_id: int) -> bool:
        """Read before every send (one row by its key, ~0.1 ms): Pause and Stop take effect
        at once, and only the calls already in flight still go out."""
        current = await self.broadcasts.get(broadcast_id)
        return current is not None and current.status == "running"

    async def _deliver(self, broadcast: Broadcast, user_id: int) -> None:
        """Send to one user and record the outcome; never raises."""
        try:
            await self.bot.copy_message(
                chat_id=user_id,
                from_chat_id=broadcast.source_chat_id,
                message_id=broadcast.source_message_id,
            )
        except TelegramRetryAfter:
            return  # the middleware gave up waiting; still pending for the next pass
        except TelegramForbiddenError:
            await self._settle(broadcast.id, user_id, "blocked")
            await self.users.mark_blocked(user_id)
        except (TelegramServerError, TelegramNetworkError):
            await self._count_failure(broadcast.id, user_id)
        except TelegramAPIError as error:
            log.info("broadcast %s: delivery refused: %s", broadcast.id, error.message)
            await self._settle(broadcast.id, user_id, "failed")
        except Exception as error:
            log.error("broadcast %s: delivery failed: %s", broadcast.id, describe_exception(error))
            await self._count_failure(broadcast.id, user_id)
        else:
            await self._settle(broadcast.id, user_id, "sent")

    async def _count_failure(self, broadcast_id: int, user_id: int) -> None:
        """A transient failure: pending for a later pass, until MAX_ATTEMPTS."""
        try:
            async with self.db.single_statement() as conn:
                attempts = await self.broadcasts.count_attempt(conn, broadcast_id, user_id)
            if attempts >= MAX_ATTEMPTS:
                await self._settle(broadcast_id, user_id, "failed")
        except Exception as error:
            log.error(
                "broadcast %s: failure not recorded: %s", broadcast_id, describe_exception(error)
            )

    async def _settle(self, broadcast_id: int, user_id: int, status: str) -> None:
        async with self.db.single_statement() as conn:
            await self.broadcasts.settle(conn, broadcast_id, user_id, status)
        self.pace.settled(broadcast_id)

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
        progress = await self.broadcasts.progress(broadcast.id)
        text = progress_text(
            t, broadcast.id, broadcast.status, progress, self.pace.per_second(broadcast.id)
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
