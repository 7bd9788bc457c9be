"""End to end: ``python main.py`` as a subprocess, long-polling the fake Bot API over HTTP.

Two new users walk through language choice, three levels of the rights menu, search and
emergency help, one in Kyrgyz and one in Russian. Every request the bot made must be one
Telegram would accept. Then SIGTERM stops the bot cleanly.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.config import TOKEN_SHAPE
from bot.i18n import I18n
from fake_telegram import FakeTelegram
from tests.conftest import TEST_TOKEN
from tests.e2e.process import MAIN, bot_env, run_main, start_main

REPLY_TIMEOUT = 15.0
HUMAN_PAUSE = 0.2  # seconds between a reply and the next tap: a quick human, not a flood


@dataclass
class RunningBot:
    fake: FakeTelegram
    process: asyncio.subprocess.Process
    database: Path
    log_path: Path

    async def say(self, user_id: int, text: str, language_code: str) -> str:
        before = len(self.fake.sent_to(user_id))
        self.fake.user_message(user_id, text, language_code=language_code)  # queued for polling
        return await self._reply(user_id, before)

    async def press(self, user_id: int, label: str, language_code: str) -> str:
        before = len(self.fake.sent_to(user_id))
        self.fake.press_button(user_id, label, language_code=language_code)
        return await self._reply(user_id, before)

    async def _reply(self, user_id: int, before: int) -> str:
        """Wait until the bot has shown the user something new; return what they see."""
        await self.fake.wait_for(lambda: len(self.fake.sent_to(user_id)) > before, REPLY_TIMEOUT)
        await asyncio.sleep(HUMAN_PAUSE)
        return self.fake.last_text(user_id) or ""

    def labels(self, user_id: int) -> list[str]:
        return [button["text"] for row in self.fake.buttons(user_id) for button in row]


@pytest.fixture
async def running_bot(tmp_path: Path) -> AsyncIterator[RunningBot]:
    fake = FakeTelegram(token=TEST_TOKEN)
    await fake.start()
    database = tmp_path / "e2e.sqlite3"
    log_path = tmp_path / "bot.log"
    env = bot_env(
        BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_API_URL=fake.base_url,
        DATABASE_PATH=str(database),
        DEFAULT_LOCALE="ru",
        LOG_LEVEL="DEBUG",
    )
    process = await start_main(env, log_path)
    running = RunningBot(fake, process, database, log_path)
    try:
        await fake.wait_for(lambda: fake.polls_arrived > 0, 30.0)
        yield running
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await fake.stop()


async def test_two_users_walk_the_guide_then_sigterm(running_bot: RunningBot, i18n: I18n) -> None:
    bot, fake = running_bot, running_bot.fake
    await _walk_in_kyrgyz(bot, i18n)
    await _walk_in_russian(bot, i18n)

    commands = [c for c in fake.calls if c.method == "setMyCommands"]
    assert sorted(c.decoded.get("language_code", "") for c in commands) == [
        "",
        "en",
        "ky",
        "ru",
        "uz",
    ]

    bot.process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(bot.process.wait(), 20.0) == 0
    assert fake.rejected == [], fake.describe_calls()

    log = bot.log_path.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log
    assert "айлык" not in log and "убедительная" not in log, "message texts never reach the log"
    assert TEST_TOKEN.split(":")[1] not in log, "the token never reaches the log"
    with sqlite3.connect(bot.database) as db:
        locales = dict(db.execute("SELECT id, locale FROM users").fetchall())
    assert locales == {7001: "ky", 7002: "ru"}


async def _walk_in_kyrgyz(bot: RunningBot, i18n: I18n) -> None:
    ky, user = i18n.get("ky"), 7001
    text = await bot.say(user, "/start", "ky")
    assert ky("start-greeting") in text
    assert "✅ Кыргызча" in bot.labels(user)

    text = await bot.press(user, "✅ Кыргызча", "ky")
    assert ky("start-language-set", language="Кыргызча") in text
    await bot.press(user, ky("menu-rights"), "ky")
    await bot.press(user, ky("rights-section-police"), "ky")
    text = await bot.press(user, ky("rights-page-detained-title"), "ky")
    assert ky("rights-page-detained-title") in text
    assert ky("rights-page-detained-basis") in text

    text = await bot.press(user, ky("menu-emergency"), "ky")  # from the page footer
    assert "112" in text
    await bot.press(user, ky("common-button-home"), "ky")
    await bot.press(user, ky("menu-search"), "ky")
    text = await bot.say(user, "айлык", "ky")
    assert ky("rights-page-wages-title") in bot.labels(user)
    text = await bot.press(user, ky("rights-page-wages-title"), "ky")
    assert ky("rights-page-wages-basis") in text


async def _walk_in_russian(bot: RunningBot, i18n: I18n) -> None:
    ru, user = i18n.get("ru"), 7002
    await bot.say(user, "/start", "ru")
    await bot.press(user, "✅ Русский", "ru")
    await bot.press(user, ru("menu-rights"), "ru")
    await bot.press(user, ru("rights-section-docs"), "ru")
    text = await bot.press(user, ru("rights-page-reg30-title"), "ru")
    assert "30" in text and ru("rights-page-reg30-basis") in text
    text = await bot.press(user, ru("common-button-back"), "ru")
    assert ru("rights-section-docs") in text
    text = await bot.say(user, "/search убедительная регистр", "ru")
    assert ru("rights-page-reg30-title") in bot.labels(user)
    text = await bot.say(user, "/emergency", "ru")
    assert "112" in text
    text = await bot.say(user, "зюзюка фыва", "ru")  # still in search: nothing found
    assert ru("search-nothing", query="зюзюка фыва") in text
    await bot.say(user, "/menu", "ru")
    text = await bot.say(user, "просто текст", "ru")  # outside a flow: a hint and the menu
    assert ru("common-hint") in text
    assert ru("menu-rights") in bot.labels(user)


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("", "BOT_TOKEN is not set: put the token from @BotFather into .env"),
        ("not-a-token", f"BOT_TOKEN is malformed: expected {TOKEN_SHAPE}"),
    ],
)
async def test_bad_token_exits_non_zero_with_one_line(
    tmp_path: Path, token: str, message: str
) -> None:
    env = bot_env(BOT_TOKEN=token, DATABASE_PATH=str(tmp_path / "x.sqlite3"))
    code, stdout, stderr = await run_main(env, cwd=tmp_path)
    assert code == 2
    assert stderr.strip().splitlines() == [f"configuration error: {message}"]
    assert stdout == ""
    assert not (tmp_path / "x.sqlite3").exists(), "nothing is created on a bad configuration"


async def test_unusable_database_path_exits_with_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = bot_env(BOT_TOKEN=TEST_TOKEN, DATABASE_PATH=str(blocker / "db.sqlite3"))
    code, _, stderr = await run_main(env, cwd=tmp_path)
    assert code == 1
    assert "CRITICAL bot.app: cannot start: NotADirectoryError" in stderr
    assert "Traceback" not in stderr


def test_the_bot_under_test_gets_none_of_the_developers_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in {
        "STAFF_CHAT_ID": "-1009999999999",
        "ADMIN_IDS": "1,2",
        "REQUEST_ROUTING": "police=-1008888888888",
        "DATABASE_PATH": "/home/dev/real.sqlite3",
        "LOG_LEVEL": "ERROR",
        "BOT_TOKEN": "999:real-token-of-the-developer-0000000000000",
    }.items():
        monkeypatch.setenv(name, value)
    env = bot_env(DEFAULT_LOCALE="ky")
    assert env["DEFAULT_LOCALE"] == "ky"
    leaked = {"STAFF_CHAT_ID", "ADMIN_IDS", "REQUEST_ROUTING", "DATABASE_PATH", "LOG_LEVEL"}
    assert leaked.isdisjoint(env), sorted(leaked & set(env))
    assert "BOT_TOKEN" not in env


async def test_main_reads_the_env_file_of_its_working_directory_only(tmp_path: Path) -> None:
    """A checkout's own .env (beside main.py) must not configure a bot started elsewhere."""
    checkout, workdir = tmp_path / "checkout", tmp_path / "work"
    checkout.mkdir()
    workdir.mkdir()
    (checkout / "main.py").write_bytes(MAIN.read_bytes())
    (checkout / ".env").write_text("BOT_TOKEN=not-a-token\n", encoding="utf-8")
    env = bot_env(DATABASE_PATH=str(tmp_path / "x.sqlite3"))

    code, _, stderr = await run_main(env, cwd=workdir, main=checkout / "main.py")
    assert code == 2
    assert "BOT_TOKEN is not set" in stderr, "the .env beside main.py was read"

    (workdir / ".env").write_text("BOT_TOKEN=not-a-token\n", encoding="utf-8")
    code, _, stderr = await run_main(env, cwd=workdir, main=checkout / "main.py")
    assert code == 2
    assert "BOT_TOKEN is malformed" in stderr, "the working directory's .env was not read"
