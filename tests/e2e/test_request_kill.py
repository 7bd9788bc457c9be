"""Requests survive SIGKILL: main.py is killed in the middle of the form and in the middle of
the relay between a migrant and an operator, then started again on the same database.

Nothing the migrant or the operator wrote may be lost; only the one message the outbox had in
flight at the kill (sent, but Telegram's answer never reached the dead process) may arrive
twice. The fake Bot API confirms getUpdates offsets when the call arrives, as Telegram does:
an update the bot fetched is never delivered again, so the bot keeps what it fetched in its
update journal (bot/polling.py) until handled. An update handled just before the kill but
still in the journal is handled again after the restart: that must not duplicate anything.

The relay tests run main.py with the outbox's per-chat pacing loosened (see
tests/e2e/process.py); the form test runs it as deployed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import I18n, Translator
from fake_telegram import FakeTelegram
from fake_telegram.html_check import visible_text
from tests.conftest import TEST_TOKEN
from tests.e2e.process import bot_env, start_main, start_main_loosely_paced

STAFF = -1001234567890
OPERATOR = 5001  # in ADMIN_IDS: may answer in the staff forum
USER = 7301
REPLY_TIMEOUT = 15.0
HUMAN_PAUSE = 0.1  # between a reply and the next tap: a quick human, not a flood
LINES = 10  # messages each side writes during the relay
# The outbox paces per chat as Telegram demands (1/s private, 20/min group): relaying 20
# messages plus the card edits would take over a minute. The relay tests loosen that.
PRIVATE_INTERVAL = 0.1
GROUP_INTERVAL = 0.2
HELD = 60.0  # seconds the fake holds back the answer to a call in flight at the kill


@dataclass
class Helpdesk:
    """The fake Bot API with a staff forum, and main.py running against it."""

    fake: FakeTelegram
    database: Path
    log: Path
    loosely_paced: bool
    process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        polls = self.fake.polls_arrived
        env = bot_env(
            BOT_TOKEN=TEST_TOKEN,
            TELEGRAM_API_URL=self.fake.base_url,
            DATABASE_PATH=str(self.database),
            STAFF_CHAT_ID=str(STAFF),
            ADMIN_IDS=str(OPERATOR),
            OFFICE_HOURS="",
            DEFAULT_LOCALE="ru",
            LOG_LEVEL="INFO",
        )
        if self.loosely_paced:
            self.process = await start_main_loosely_paced(
                env, self.log, private_interval=PRIVATE_INTERVAL, group_interval=GROUP_INTERVAL
            )
        else:
            self.process = await start_main(env, self.log)
        await self.fake.wait_for(lambda: self.fake.polls_arrived > polls, 30)

    async def kill(self) -> None:
        assert self.process is not None and self.process.returncode is None
        self.process.send_signal(signal.SIGKILL)
        assert await self.process.wait() == -signal.SIGKILL

    async def stop(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), 20)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """The bot's database, read-only, as it is now."""
        uri = f"file:{self.database}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            return db.execute(sql, args).fetchall()

    def outbox_pending(self) -> int:
        return int(self.query("SELECT count(*) FROM outbox WHERE status = 'pending'")[0][0])

    def staff_topics(self) -> list[int]:
        return [thread for (chat, thread), t in self.fake.topics.items() if chat == STAFF]

    def topic_of(self, number: int) -> int | None:
        for (chat, thread), topic in self.fake.topics.items():
            if chat == STAFF and f"№{number}" in topic["name"] and not topic["deleted"]:
                return thread
        return None

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@dataclass
class Migrant:
    fake: FakeTelegram
    t: Translator
    user: int = USER
    said: list[dict[str, Any]] = field(default_factory=list)  # the updates of their messages

    async def say(self, text: str) -> str:
        before = len(self.fake.sent_to(self.user))
        self.said.append(self.fake.user_message(self.user, text, language_code=self.t.locale))
        return await self._reply(before)

    async def press(self, label: str, shows: str | None = None) -> str:
        """Press a button; with ``shows``, wait until the pressed message shows that line."""
        before = len(self.fake.sent_to(self.user))
        update = self.fake.press_button(self.user, label, language_code=self.t.locale)
        if shows is None:
            return await self._reply(before)
        key = (self.user, update["callback_query"]["message"]["message_id"])
        await self.fake.wait_for(
            lambda: shows in (self.fake.messages[key]["text"] or ""), REPLY_TIMEOUT
        )
        await asyncio.sleep(HUMAN_PAUSE)
        return str(self.fake.messages[key]["text"])

    async def _reply(self, before: int) -> str:
        """Wait until the bot has shown something new; return the newest text."""
        await self.fake.wait_for(lambda: len(self.fake.sent_to(self.user)) > before, REPLY_TIMEOUT)
        await asyncio.sleep(HUMAN_PAUSE)
        return self.fake.last_text(self.user) or ""

    async def open_form(self) -> None:
        """/start, the language, "File a request", a category and a city."""
        t = self.t
        await self.say("/start")
        await self.press(f"✅ {t(f'language-name-{t.locale}')}")
        assert t("menu-file-request") in self.labels()
        text = await self.press(t("menu-file-request"))
        assert visible_text(t("request-step-category")).splitlines()[0] in text
        await self.press(t("request-category-wages"))
        await self.press(t("city-moscow"))

    async def finish_form(self) -> str:
        """Done, "Only in this chat", consent, submit; returns the receipt."""
        t = self.t
        await self.press(t("request-button-done"), _line(t("request-step-contact"), 1))
        await self.press(t("request-button-chat-only"), _line(t("request-step-consent", days=1)))
        await self.press(t("request-button-consent"), _line(t("request-summary-title")))
        receipt = _line(t("request-receipt", number=0), 1)  # the line without the number
        return await self.press(t("request-button-submit"), receipt)

    def labels(self) -> list[str]:
        return [button["text"] for row in self.fake.buttons(self.user) for button in row]


def _line(html: str, number: int = 0) -> str:
    """One line of a translation as the user sees it."""
    return visible_text(html).splitlines()[number]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    telegram = FakeTelegram(token=TEST_TOKEN)
    telegram.make_forum(STAFF)
    await telegram.start()
    yield telegram
    await telegram.stop()


async def _helpdesk(
    fake: FakeTelegram, tmp_path: Path, *, loosely_paced: bool
) -> AsyncIterator[Helpdesk]:
    desk = Helpdesk(fake, tmp_path / "kill.sqlite3", tmp_path / "bot.log", loosely_paced)
    await desk.start()
    try:
        yield desk
    finally:
        await desk.stop()


@pytest.fixture
async def helpdesk(fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[Helpdesk]:
    """main.py exactly as deployed, Telegram's pacing included."""
    async for desk in _helpdesk(fake, tmp_path, loosely_paced=False):
        yield desk


@pytest.fixture
async def fast_helpdesk(fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[Helpdesk]:
    """main.py with the outbox's per-chat pacing loosened."""
    async for desk in _helpdesk(fake, tmp_path, loosely_paced=True):
        yield desk


def _receipt_number(desk: Helpdesk, t: Translator, receipt: str) -> int:
    rows = desk.query("SELECT id FROM requests WHERE user_id = ?", USER)
    assert len(rows) == 1, rows
    number = int(rows[0][0])
    assert visible_text(t("request-receipt", number=number)).splitlines()[0] in receipt
    return number


# --- the form ---------------------------------------------------------------------------------


DESCRIPTION = (
    "Иш берүүчү эки ай бою айлык төлөбөй жатат (15 000 + 20 000 ₽).\n"
    "Келишим жок, паспортумду <кайтарбай> жатышат & коркутушат."
)


async def test_form_survives_sigkill(helpdesk: Helpdesk, i18n: I18n) -> None:
    desk, fake, ky = helpdesk, helpdesk.fake, i18n.get("ky")
    migrant = Migrant(fake, ky)
    await migrant.open_form()
    answer = await migrant.say(DESCRIPTION)
    assert answer == visible_text(ky("request-evidence-received", chars=len(DESCRIPTION), files=0))

    await desk.kill()
    assert fake.updates.pending == [], "the description was confirmed: it comes only once"
    await desk.start()

    receipt = await migrant.finish_form()
    number = _receipt_number(desk, ky, receipt)
    rows = desk.query("SELECT user_id, category, city, text, phone, status FROM requests")
    assert rows == [(USER, "wages", "moscow", DESCRIPTION, None, "new")]
    thread_rows = desk.query("SELECT direction, kind, text FROM request_messages")
    assert thread_rows == [("in", "text", DESCRIPTION)]

    await fake.wait_for(lambda: desk.topic_of(number) is not None, REPLY_TIMEOUT)
    await fake.wait_for(lambda: desk.outbox_pending() == 0, REPLY_TIMEOUT)
    thread = desk.topic_of(number)
    assert thread is not None and desk.staff_topics() == [thread]
    cards = [
        record
        for record in fake.topic_messages(STAFF, thread)
        if f"№{number}" in (record["text"] or "")
    ]
    assert len(cards) == 1, cards
    assert DESCRIPTION in cards[0]["text"], "the card shows the whole description"
    assert fake.rejected == [], fake.describe_calls()
    assert "Traceback" not in desk.log_text()


# --- the relay --------------------------------------------------------------------------------


FROM_MIGRANT = [f"Мигрант, сообщение {i:02d}: зарплату опять не дали" for i in range(1, LINES + 1)]
FROM_OPERATOR = [f"Оператор, ответ {i:02d}: пришлите договор" for i in range(1, LINES + 1)]
EVERY_LINE = {*FROM_MIGRANT, *FROM_OPERATOR}


async def _open_request(desk: Helpdesk, migrant: Migrant) -> tuple[int, int]:
    """File a request through the form; wait for its topic. Returns (number, thread)."""
    await migrant.open_form()
    await migrant.say("Работодатель не платит зарплату два месяца.")
    number = _receipt_number(desk, migrant.t, await migrant.finish_form())
    await desk.fake.wait_for(
        lambda: desk.topic_of(number) is not None and desk.outbox_pending() == 0, REPLY_TIMEOUT
    )
    thread = desk.topic_of(number)
    assert thread is not None
    return number, thread


def _write_both_ways(fake: FakeTelegram, thread: int) -> list[dict[str, Any]]:
    """Both sides write fast, interleaved: the bot fetches them in one batch. Returns the
    updates."""
    updates = []
    for mine, theirs in zip(FROM_MIGRANT, FROM_OPERATOR, strict=True):
        updates.append(fake.user_message(USER, mine))
        updates.append(fake.group_message(STAFF, OPERATOR, theirs, thread_id=thread))
    return updates


def _arrived(fake: FakeTelegram, thread: int) -> Counter[str]:
    """How many times each line reached the other side (copies in the topic, in the chat)."""
    in_topic = [r["text"] for r in fake.topic_messages(STAFF, thread)]
    in_chat = [r["text"] for r in fake.store.bot_messages(USER)]
    return Counter(
        [text for text in in_topic if text in FROM_MIGRANT]
        + [text for text in in_chat if text in FROM_OPERATOR]
    )


def _copies(fake: FakeTelegram) -> int:
    return sum(1 for c in fake.calls if c.method == "copyMessage")


def _thread_rows(desk: Helpdesk, number: int) -> list[tuple[Any, ...]]:
    """The request's thread in the database: its description, then every relayed line."""
    return desk.query(
        "SELECT direction, text FROM request_messages"
        " WHERE request_id = ? AND direction != 'note' ORDER BY id",
        number,
    )


async def test_relay_survives_sigkill(fast_helpdesk: Helpdesk, i18n: I18n) -> None:
    desk, fake = fast_helpdesk, fast_helpdesk.fake
    number, thread = await _open_request(desk, Migrant(fake, i18n.get("ru")))

    _write_both_ways(fake, thread)
    # Every line is in the database (so the outbox owns it) before the kill; see
    # test_updates_in_hand_survive_sigkill for a kill before that.
    await fake.wait_for(lambda: len(_thread_rows(desk, number)) == 1 + 2 * LINES, REPLY_TIMEOUT)
    await fake.wait_for(lambda: sum(_arrived(fake, thread).values()) >= LINES, REPLY_TIMEOUT)
    # Half way: the next copy reaches its chat, but its answer is held; the bot dies not knowing.
    fake.slow_next("copyMessage", HELD)
    copies = _copies(fake)
    await fake.wait_for(lambda: _copies(fake) > copies, REPLY_TIMEOUT)
    await desk.kill()
    before_restart = sum(_arrived(fake, thread).values())
    assert before_restart < 2 * LINES, "the kill came in the middle of the relay"

    await desk.start()
    await fake.wait_for(
        lambda: set(_arrived(fake, thread)) == EVERY_LINE and desk.outbox_pending() == 0,
        REPLY_TIMEOUT,
    )

    arrived = _arrived(fake, thread)
    duplicates = sum(count - 1 for count in arrived.values())
    print(  # shown with -s
        f"relay: {before_restart} of {2 * LINES} lines arrived before the kill, "
        f"duplicates after the restart: {duplicates} "
        f"({[text for text, count in arrived.items() if count > 1]})"
    )
    assert duplicates <= 1, arrived
    rows = _thread_rows(desk, number)
    assert sorted(text for _, text in rows[1:]) == sorted(EVERY_LINE), "each line stored once"
    assert desk.query("SELECT DISTINCT status FROM outbox") == [("sent",)]
    assert fake.rejected == [], fake.describe_calls()
    assert "Traceback" not in desk.log_text()


async def test_updates_in_hand_survive_sigkill(fast_helpdesk: Helpdesk, i18n: I18n) -> None:
    desk, fake = fast_helpdesk, fast_helpdesk.fake
    number, thread = await _open_request(desk, Migrant(fake, i18n.get("ru")))

    # Telegram is slow to answer the 👍 on the migrant's first line: the bot has relayed that
    # line and waits; their other lines wait behind it (one update at a time per chat).
    fake.slow_next("setMessageReaction", HELD)
    _write_both_ways(fake, thread)
    # The kill comes once the bot's next getUpdates has confirmed all 20 updates: Telegram
    # will not deliver them again.
    await fake.wait_for(
        lambda: (
            any(c.method == "setMessageReaction" for c in fake.calls) and not fake.updates.pending
        ),
        REPLY_TIMEOUT,
    )
    in_database = _thread_rows(desk, number)
    await desk.kill()

    await desk.start()
    await fake.wait_for(
        lambda: set(_arrived(fake, thread)) == EVERY_LINE and desk.outbox_pending() == 0,
        REPLY_TIMEOUT,
    )
    arrived = _arrived(fake, thread)
    print(  # shown with -s
        f"in hand at the kill: {2 * LINES - (len(in_database) - 1)} of {2 * LINES} lines not "
        f"yet in the database; after the restart every line arrived, duplicates: "
        f"{sum(count - 1 for count in arrived.values())}"
    )
    assert sum(count - 1 for count in arrived.values()) <= 1, arrived
    assert sorted(text for _, text in _thread_rows(desk, number)[1:]) == sorted(EVERY_LINE)
    assert desk.query("SELECT count(*) FROM update_journal") == [(0,)]
    assert fake.rejected == [], fake.describe_calls()


# --- updates handled again after a restart ------------------------------------------------------


async def _restart_with_journal(desk: Helpdesk, updates: list[dict[str, Any]]) -> None:
    """Start the killed bot with ``updates`` still in its update journal, as if it had died
    after handling them but before it deleted them from there; wait until it has handled them
    again."""
    with contextlib.closing(sqlite3.connect(desk.database)) as db, db:
        db.executemany(
            "INSERT INTO update_journal (update_id, payload, received_at) VALUES (?, ?, ?)",
            [(u["update_id"], json.dumps(u), "2026-01-01T00:00:00+00:00") for u in updates],
        )
    await desk.start()
    await desk.fake.wait_for(
        lambda: desk.query("SELECT count(*) FROM update_journal") == [(0,)], REPLY_TIMEOUT
    )


async def test_lines_handled_again_are_relayed_once(fast_helpdesk: Helpdesk, i18n: I18n) -> None:
    desk, fake = fast_helpdesk, fast_helpdesk.fake
    migrant = Migrant(fake, i18n.get("ru"))
    number, thread = await _open_request(desk, migrant)
    updates = _write_both_ways(fake, thread)
    await fake.wait_for(
        lambda: set(_arrived(fake, thread)) == EVERY_LINE and desk.outbox_pending() == 0,
        REPLY_TIMEOUT,
    )
    await desk.kill()

    await _restart_with_journal(desk, updates)
    await fake.wait_for(lambda: desk.outbox_pending() == 0, REPLY_TIMEOUT)

    arrived = _arrived(fake, thread)
    assert set(arrived.values()) == {1}, arrived
    assert sorted(text for _, text in _thread_rows(desk, number)[1:]) == sorted(EVERY_LINE)
    assert fake.rejected == [], fake.describe_calls()


async def test_description_handled_again_is_added_once(
    fast_helpdesk: Helpdesk, i18n: I18n
) -> None:
    desk, fake = fast_helpdesk, fast_helpdesk.fake
    migrant = Migrant(fake, i18n.get("ru"))
    await migrant.open_form()
    await migrant.say(DESCRIPTION)
    await desk.kill()

    await _restart_with_journal(desk, migrant.said[-1:])
    await migrant.finish_form()
    texts = desk.query("SELECT text FROM requests")
    assert texts == [(DESCRIPTION,)]
