"""Sends broadcasts: copies the admin's message to every recipient, as fast as Telegram allows.

Deliveries are streamed from SQLite in user id order (never all loaded). Every send is paced by
the bot's ``SendBudget`` (bot/telegram/) at bulk priority: a broadcast takes what the bot's 30
messages a second leave after answers to people and helpdesk traffic. A paid broadcast
(``BROADCAST_PAID``, confirmed as such by the admin) is sent with allow_paid_broadcast and
paced by the budget's own paid bucket (950 a second), which nothing else uses. 429: the
session middleware holds and sends again; 403: the user blocked the bot (marked, skipped in
future broadcasts); 5xx, network errors or anything unexpected: retried on later passes after
growing pauses, at most ``MAX_ATTEMPTS`` times; other refusals: failed.

Outcomes are written in batches, one transaction per ``FLUSH_ROWS`` rows or ``FLUSH_SECONDS``
(at 1,000 sends a second one write per send would make SQLite the limit). A delivery stays
'pending' until its outcome is committed, and a send takes one of ``UNSETTLED`` permits (8; 256
when paid) before it starts and gives it back only once its outcome is committed: at any moment
at most that many sends have gone out, or may have, without the database knowing. So after a
crash the sender resumes where it stopped and at most ``UNSETTLED`` people get the message
twice; after Stop, at most that many sends still go out. Stop and Pause reach the sender at
once (the planner tells it), and the status is read from the database too, at least every
``STATUS_READ_SECONDS``. Progress is shown to the admin by editing one message, every
``PROGRESS_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

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
from bot.db.broadcasts import Broadcast, BroadcastsRepository, Outcome, Progress
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.events import EventsRepository
from bot.db.users import UsersRepository
from bot.i18n import I18n, Translator
from bot.safe_log import describe_exception
from bot.services.events import UPCOMING_LIMIT, text_for
from bot.services.users import UserService
from bot.telegram.budget import TELEGRAM, Priority, sending_as

log = logging.getLogger(__name__)

BATCH = 200
#: Sends started but not yet recorded, at most: the duplicates a crash can cause, and the sends
#: that still go out after Stop. Both are ~0.27 s of sending: 8 at the free 28.5 a second, 256
#: at the paid 950 (which needs ~50 on the wire 50 ms away, ~50 waiting for their batch to
#: be written, and the rest queued in the budget so that no paid token goes unused).
UNSETTLED = 8
UNSETTLED_PAID = 256
FLUSH_ROWS = 100
FLUSH_SECONDS = 0.05
WRITE_ATTEMPTS = 3
MAX_ATTEMPTS = 5  # with pauses of 5, 10, 20, 40 s between passes: rides out a short outage
RETRY_PAUSE_SECONDS = 5
PROGRESS_SECONDS = 5.0
STATUS_SECONDS = 0.5
STATUS_READ_SECONDS = 0.25
IDLE_WAIT_SECONDS = 30.0
PACE_AFTER_SECONDS = 5.0  # the pace is measured once this much sending has been seen

#: Telegram's fee for a message sent with allow_paid_broadcast. Source: the Bot API reference
#: (sendMessage, copyMessage …; fake_telegram/spec/bot-api.json, Bot API 10.1): "Pass True to
#: allow up to 1000 messages per second, ignoring broadcasting limits for a fee of 0.1
#: Telegram Stars per message." Telegram does not charge the first 30 a second; the preview
#: counts every message, so the cost it shows is never less than the charge.
STARS_PER_PAID_MESSAGE = Decimal("0.1")

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


@dataclass(frozen=True)
class Estimate:
    """What the preview promises: how long sending takes at best, and what it costs."""

    seconds: float
    stars: int | None  # None: a free broadcast

    @property
    def minutes(self) -> int:
        """0 for under a minute, else whole minutes, rounded up."""
        return 0 if self.seconds < 60 else math.ceil(self.seconds / 60)


def estimate(recipients: int, paid: bool) -> Estimate:
    """At the budget's rate for broadcasts (the bot's 28.5 a second, or the paid 950); the
    cost at Telegram's fee for every message (see STARS_PER_PAID_MESSAGE)."""
    rate = TELEGRAM.paid_broadcast.per_second if paid else TELEGRAM.bot.per_second
    stars = math.ceil(recipients * STARS_PER_PAID_MESSAGE) if paid else None
    return Estimate(seconds=recipients / rate, stars=stars)


def preview_text(t: Translator, recipients: int, plan: Estimate) -> str:
    lines = [
        t("broadcast-preview", recipients=recipients),
        t("broadcast-preview-time", minutes=plan.minutes),
    ]
    if plan.stars is not None:
        lines.append(t("broadcast-preview-paid", stars=plan.stars))
    lines.append(t("broadcast-preview-confirm"))
    return "\n".join(lines)


class Pace:
    """Deliveries settled per second since this process began sending a broadcast."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._started: dict[int, float] = {}
        self._settled: dict[int, int] = {}

    def settled(self, broadcast_id: int, count: int = 1) -> None:
        self._started.setdefault(broadcast_id, self.clock())
        self._settled[broadcast_id] = self._settled.get(broadcast_id, 0) + count

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


class OutcomesNotRecordedError(Exception):
    """The database refused the outcomes of a batch of sends: the pass stops sending (what
    was sent stays pending and is sent again: at most the sends unsettled, as after a crash)."""


class OutcomeWriter:
    """Writes the outcomes of one pass's sends in batches, one transaction each, and gives a
    send's permit back only once its outcome is committed."""

    def __init__(
        self,
        broadcast_id: int,
        permits: int,
        write: Callable[[int, list[Outcome]], Awaitable[None]],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self.broadcast_id = broadcast_id
        self.permits = asyncio.Semaphore(permits)
        self.write = write
        self.sleep = sleep
        self.broken = False
        self._rows: list[Outcome] = []
        self._ready = asyncio.Event()
        self._closing = False

    def add(self, outcome: Outcome | None) -> None:
        """A send ended; None: nothing to record (still pending as it was)."""
        if outcome is None or self.broken:
            self.permits.release()
            return
        self._rows.append(outcome)
        self._ready.set()

    def close(self) -> None:
        """No more outcomes will come: ``run`` writes what is left and returns."""
        self._closing = True
        self._ready.set()

    async def run(self) -> None:
        while True:
            await self._ready.wait()
            if len(self._rows) < FLUSH_ROWS and not self._closing:
                await self.sleep(FLUSH_SECONDS)  # let more outcomes join this batch
            rows, self._rows = self._rows, []
            self._ready.clear()
            if rows:
                await self._write(rows)
            if self._closing and not self._rows:
                return

    async def _write(self, rows: list[Outcome]) -> None:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                await self.write(self.broadcast_id, rows)
                break
            except Exception as error:
                log.error(
                    "broadcast %s: outcomes not recorded (attempt %s): %s",
                    self.broadcast_id,
                    attempt,
                    describe_exception(error),
                )
                if attempt < WRITE_ATTEMPTS:
                    await self.sleep(STATUS_SECONDS * attempt)
        else:
            self.broken = True  # no send starts any more (BroadcastSender._may_start)
        for _ in rows:
            self.permits.release()


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
        paid_allowed: bool = False,
    ) -> None:
        """``paid_allowed``: BROADCAST_PAID now; a broadcast is sent paid only if it was
        confirmed as paid and the setting still allows it (never paid unconfirmed)."""
        self.db = db
        self.bot = bot
        self.users = users
        self.i18n = i18n
        self.markup = markup
        self.now = now
        self.sleep = sleep
        self.clock = clock
        self.paid_allowed = paid_allowed
        self.broadcasts = BroadcastsRepository(db)
        self.user_rows = UsersRepository(db)
        self.pace = Pace(clock)
        self._wake = asyncio.Event()
        self._stopping = False
        self._last_progress: dict[int, float] = {}
        self._status: dict[int, str] = {}  # as last told or read
        self._status_read: dict[int, float] = {}
        self._changes: dict[int, int] = {}  # how many times the planner told

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    def status_changed(self, broadcast_id: int, status: str) -> None:
        """An admin paused, resumed or stopped a broadcast (the planner tells at once, after
        its commit): no send of it starts any more."""
        self._status[broadcast_id] = status
        self._changes[broadcast_id] = self._changes.get(broadcast_id, 0) + 1
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
            current, status = await self._read_status(broadcast.id)
            if current is None or status != "running":
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

    def sends_paid(self, broadcast: Broadcast) -> bool:
        return broadcast.paid and self.paid_allowed

    async def _pause_between_passes(self, broadcast_id: int, passes: int) -> None:
        """Wait before retrying what failed transiently, noticing Pause or Stop meanwhile."""
        waited, pause = 0.0, min(RETRY_PAUSE_SECONDS * 2 ** (passes - 1), 120)
        while waited < pause and await self._still_running(broadcast_id):
            await self.sleep(STATUS_SECONDS)
            waited += STATUS_SECONDS

    async def _one_pass(self, broadcast: Broadcast) -> None:
        """One pass over the pending deliveries, stopping at once on Pause, Stop or shutdown
        (what was not started stays pending). Sends overlap (each waits for its turn in the
        bot's budget), so Telegram's round trip does not lower the rate; the next page of
        recipients is read while the last one is still being sent."""
        paid = self.sends_paid(broadcast)
        permits = UNSETTLED_PAID if paid else UNSETTLED
        writer = OutcomeWriter(broadcast.id, permits, self.record, self.sleep)
        writing = asyncio.create_task(writer.run())
        sends: set[asyncio.Task[None]] = set()
        try:
            await self._start_sends(broadcast, paid, writer, sends)
            await asyncio.gather(*sends)
            writer.close()
            await writing
        finally:
            # Cancelled (a kill, in the tests): what is in flight or not yet written is lost,
            # as in a crash; it is still pending and goes out again, at most UNSETTLED of it.
            for task in (*sends, writing):
                task.cancel()
        if writer.broken:
            raise OutcomesNotRecordedError(f"broadcast {broadcast.id}")

    async def _start_sends(
        self,
        broadcast: Broadcast,
        paid: bool,
        writer: OutcomeWriter,
        sends: set[asyncio.Task[None]],
    ) -> None:
        """Start a send for every pending delivery, each once it has a permit, until the end
        or until Pause, Stop, shutdown or a database failure."""
        after = 0
        while batch := await self.broadcasts.pending_after(broadcast.id, after, BATCH):
            for user_id in batch:
                await writer.permits.acquire()
                if not await self._may_start(broadcast.id, writer):
                    writer.permits.release()
                    return
                task = asyncio.create_task(self._deliver(broadcast, user_id, paid, writer))
                sends.add(task)
                task.add_done_callback(sends.discard)
            after = batch[-1]
            await self.show_progress(broadcast.id)

    async def _may_start(self, broadcast_id: int, writer: OutcomeWriter) -> bool:
        if writer.broken or self._stopping:
            return False
        return await self._still_running(broadcast_id)

    async def _still_running(self, broadcast_id: int) -> bool:
        """Before every send: what the planner told (at once), else what the database says
        (read again at least every STATUS_READ_SECONDS, one row by its key)."""
        if self._status.get(broadcast_id, "running") != "running":
            return False
        if self.clock() - self._status_read.get(broadcast_id, -math.inf) < STATUS_READ_SECONDS:
            return True
        _, status = await self._read_status(broadcast_id)
        return status == "running"

    async def _read_status(self, broadcast_id: int) -> tuple[Broadcast | None, str]:
        """The broadcast as stored, and its status: the stored one, unless the planner told
        of a change while it was being read (the read may predate that change's commit)."""
        told_before = self._changes.get(broadcast_id, 0)
        self._status_read[broadcast_id] = self.clock()
        current = await self.broadcasts.get(broadcast_id)
        if self._changes.get(broadcast_id, 0) == told_before:
            self._status[broadcast_id] = current.status if current else "gone"
        return current, self._status[broadcast_id]

    async def _deliver(
        self, broadcast: Broadcast, user_id: int, paid: bool, writer: OutcomeWriter
    ) -> None:
        writer.add(await self._send_one(broadcast, user_id, paid))

    async def _send_one(self, broadcast: Broadcast, user_id: int, paid: bool) -> Outcome | None:
        """Send to one user; what to record (None: nothing, still pending); never raises."""
        try:
            await self.bot.copy_message(
                chat_id=user_id,
                from_chat_id=broadcast.source_chat_id,
                message_id=broadcast.source_message_id,
                allow_paid_broadcast=True if paid else None,
            )
        except TelegramRetryAfter:
            return None  # the middleware gave up waiting; still pending for the next pass
        except TelegramForbiddenError:
            return Outcome(user_id, "blocked")
        except (TelegramServerError, TelegramNetworkError):
            return Outcome(user_id, "retry")
        except TelegramAPIError as error:
            log.info("broadcast %s: delivery refused: %s", broadcast.id, error.message)
            return Outcome(user_id, "failed")
        except Exception as error:
            log.error("broadcast %s: delivery failed: %s", broadcast.id, describe_exception(error))
            return Outcome(user_id, "retry")
        return Outcome(user_id, "sent")

    async def record(self, broadcast_id: int, outcomes: list[Outcome]) -> None:
        """One transaction: the deliveries' outcomes and the users who blocked the bot."""
        blocked = [o.user_id for o in outcomes if o.status == "blocked"]
        async with self.db.transaction() as conn:
            await self.broadcasts.record(conn, broadcast_id, outcomes, MAX_ATTEMPTS)
            if blocked:
                await self.user_rows.mark_all_blocked(conn, blocked)
        self.users.blocked_recorded(blocked)
        self.pace.settled(broadcast_id, sum(1 for o in outcomes if o.status != "retry"))

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
    """What admins do with broadcasts: count audiences, create, pause, resume, cancel.

    ``default_locale``: what users who chose no language and whose Telegram language is none
    of ours read (they belong to that language's segment). ``paid``: BROADCAST_PAID, new
    broadcasts are paid ones. ``on_status``: told of every status an admin sets (the sender's
    ``status_changed``), after the commit."""

    def __init__(self, db: Database, *, default_locale: str, paid: bool = False) -> None:
        self.db = db
        self.default_locale = default_locale
        self.paid = paid
        self.on_status: Callable[[int, str], None] | None = None
        self.broadcasts = BroadcastsRepository(db)
        self.events = EventsRepository(db)

    async def audiences(self, locale: str) -> tuple[dict[str, int], dict[str, str]]:
        """Every audience an admin can choose now, with its number of recipients, and the
        titles of the upcoming events among them."""
        upcoming = await self.events.upcoming(utc_now(), UPCOMING_LIMIT)
        titles = {f"event:{event.id}": text_for(event, locale).title for event in upcoming}
        counts = {audience: await self.count(audience) for audience in (*AUDIENCES, *titles)}
        for city in CITIES:  # only cities someone chose
            if count := await self.count(f"city:{city}"):
                counts[f"city:{city}"] = count
        return counts, titles

    async def count(self, audience: str) -> int:
        return await self.broadcasts.count_audience(audience, self.default_locale)

    def estimate(self, recipients: int) -> Estimate:
        return estimate(recipients, self.paid)

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
                default_locale=self.default_locale,
                starts_at=starts_at,
                now=utc_now(),
                paid=self.paid,
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
            if self.on_status is not None:
                self.on_status(broadcast_id, to)
        return await self.broadcasts.get(broadcast_id)

    async def progress(self, broadcast_id: int) -> Progress:
        return await self.broadcasts.progress(broadcast_id)
