"""A broadcast survives SIGKILL: main.py is killed in the middle of sending and started again;
every recipient gets the message, and only the sends not yet recorded at the kill can repeat."""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from pathlib import Path

from bot.i18n import I18n
from bot.services.broadcasts import UNSETTLED
from fake_telegram import FakeTelegram
from tests.conftest import TEST_TOKEN
from tests.e2e.process import bot_env, start_main

ADMIN = 555
USERS = range(20_001, 20_121)  # 120 recipients: about 4 s of sending at 30 messages/s


async def _start(fake: FakeTelegram, database: Path, log: Path) -> asyncio.subprocess.Process:
    env = bot_env(
        BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_API_URL=fake.base_url,
        DATABASE_PATH=str(database),
        ADMIN_IDS=str(ADMIN),
        LOG_LEVEL="INFO",
    )
    return await start_main(env, log)


def _copies(fake: FakeTelegram) -> Counter[int]:
    return Counter(
        c.chat_id for c in fake.calls if c.method == "copyMessage" and c.ok and c.chat_id != ADMIN
    )


async def test_sigkill_mid_broadcast_then_restart(tmp_path: Path, i18n: I18n) -> None:
    ru = i18n.get("ru")
    fake = FakeTelegram(token=TEST_TOKEN)
    await fake.start()
    database, log = tmp_path / "kill.sqlite3", tmp_path / "bot.log"
    process = await _start(fake, database, log)
    try:
        for user_id in [ADMIN, *USERS]:
            fake.user_message(user_id, "/start")
        await fake.wait_for(
            lambda: (
                len({c.chat_id for c in fake.calls if c.ok and c.method == "sendMessage"})
                == len(USERS) + 1
            ),
            30,
        )

        fake.user_message(ADMIN, "/broadcast")
        await fake.wait_for(
            lambda: ru("broadcast-ask-message")[:20] in (fake.last_text(ADMIN) or ""), 10
        )
        fake.user_message(ADMIN, "Вебинар о правах 5 декабря")
        await fake.wait_for(
            lambda: any("·" in b["text"] for row in fake.buttons(ADMIN) for b in row), 10
        )
        fake.press_button(ADMIN, f"{ru('broadcast-audience-all')} · {len(USERS) + 1}")
        await fake.wait_for(
            lambda: (
                ru("broadcast-button-send-now")
                in [b["text"] for row in fake.buttons(ADMIN) for b in row]
            ),
            10,
        )
        fake.press_button(ADMIN, ru("broadcast-button-send-now"))

        await fake.wait_for(lambda: sum(_copies(fake).values()) >= 40, 30)
        process.send_signal(signal.SIGKILL)
        await process.wait()
        before_restart = sum(_copies(fake).values())
        assert before_restart < len(USERS), "the kill came in the middle"

        process = await _start(fake, database, log)
        await fake.wait_for(lambda: set(_copies(fake)) == set(USERS), 60)
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 20)
        await fake.stop()

    duplicates = sum(count - 1 for count in _copies(fake).values())
    assert duplicates <= UNSETTLED
    assert fake.rejected == [], fake.describe_calls()
