"""End to end: what ``python main.py`` says about itself at start-up: its version and the
database's schema, and each right it lacks in the staff chat, in one line each (and to
ADMIN_IDS in private)."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from bot.db.migrate import latest_version
from bot.version import version
from fake_telegram import FakeTelegram
from tests.conftest import TEST_TOKEN
from tests.e2e.process import bot_env, start_main

STAFF = -1001234567890
ADMIN = 5000
TIMEOUT = 30.0


async def test_start_up_names_the_version_the_schema_and_a_missing_right(tmp_path: Path) -> None:
    database = tmp_path / "helpdesk.sqlite3"
    log_path = tmp_path / "bot.log"
    async with FakeTelegram(token=TEST_TOKEN) as fake:
        fake.make_forum(STAFF, "Staff")
        fake.set_bot_rights(STAFF, can_manage_topics=False)
        env = bot_env(
            BOT_TOKEN=TEST_TOKEN,
            TELEGRAM_API_URL=fake.base_url,
            DATABASE_PATH=str(database),
            STAFF_CHAT_ID=str(STAFF),
            ADMIN_IDS=str(ADMIN),
        )
        process = await start_main(env, log_path)
        try:
            await fake.wait_for(lambda: fake.last_text(ADMIN) is not None, TIMEOUT)
            process.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(process.wait(), TIMEOUT) == 0
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    lines = log_path.read_text(encoding="utf-8").splitlines()
    started = [line for line in lines if "INFO bot.app: migrant-helpdesk-bot" in line]
    assert len(started) == 1
    assert started[0].endswith(
        f"migrant-helpdesk-bot {version()}: database {database}, schema version {latest_version()}"
    )
    warnings = [line for line in lines if " WARNING " in line]
    assert len(warnings) == 1, warnings
    assert warnings[0].endswith(
        f"WARNING bot.services.bot_rights: staff chat {STAFF}: the bot lacks the admin right"
        " can_manage_topics ('Manage topics'): it cannot open, rename or close request topics,"
        " so new requests wait"
    )
    assert "«Управление темами»" in (fake.last_text(ADMIN) or "")
