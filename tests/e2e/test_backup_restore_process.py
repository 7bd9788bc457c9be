"""End to end: ``python main.py backup | restore | healthcheck`` next to a running
``python main.py``, each a real process, as an administrator would type them.

While the bot runs: a backup is taken, a restore is refused, a second bot on the same
database refuses to start, the health check says healthy. Once it stopped: the health check
says unhealthy and the restore goes through. And a database written by a newer version is
refused at start-up in one line."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys
from pathlib import Path

from bot.db.migrate import latest_version
from bot.version import version
from fake_telegram import FakeTelegram
from tests.conftest import TEST_TOKEN
from tests.e2e.process import MAIN, bot_env, start_main

TIMEOUT = 30.0


async def _command(env: dict[str, str], cwd: Path, *args: str) -> tuple[int, str, str]:
    """``python main.py ARGS`` to its end: exit code, stdout, stderr."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(MAIN),
        *args,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), TIMEOUT)
    return process.returncode or 0, stdout.decode(), stderr.decode()


async def test_backup_restore_and_health_around_a_running_bot(tmp_path: Path) -> None:
    database = tmp_path / "data" / "helpdesk.sqlite3"
    backups = tmp_path / "backups"
    async with FakeTelegram(token=TEST_TOKEN) as fake:
        env = bot_env(
            BOT_TOKEN=TEST_TOKEN,
            TELEGRAM_API_URL=fake.base_url,
            DATABASE_PATH=str(database),
            BACKUP_DIR=str(backups),
        )
        bot = await start_main(env, tmp_path / "bot.log")
        try:
            await fake.wait_for(lambda: fake.polls_arrived > 0, TIMEOUT)
            fake.user_message(7001, "/start", language_code="ky")
            await fake.wait_for(lambda: fake.last_text(7001) is not None, TIMEOUT)

            code, out, err = await _command(env, tmp_path, "backup")
            assert (code, err) == (0, ""), err
            assert len(out.splitlines()) == 1 and out.startswith(f"backup: {backups}/helpdesk-")
            [backup] = backups.glob("helpdesk-*.sqlite3")
            with sqlite3.connect(backup) as conn:
                assert conn.execute("SELECT id FROM users").fetchall() == [(7001,)]

            code, out, err = await _command(env, tmp_path, "restore", str(backup))
            assert code == 1 and out == ""
            assert err.splitlines() == [
                f"restore refused: the bot is running (process {bot.pid} holds"
                f" {database}.lock); stop it first, then restore"
            ]

            code, out, err = await _command(env, tmp_path, "healthcheck")
            assert (code, out.strip()) == (
                0,
                "healthy: the database reads and the bot holds its lock",
            )

            second_log = tmp_path / "second.log"
            second = await start_main(env, second_log)
            assert await asyncio.wait_for(second.wait(), TIMEOUT) == 1
            lines = second_log.read_text().splitlines()
            assert len(lines) == 1, lines
            assert "CRITICAL bot.app: cannot start: another bot process runs on" in lines[0]
            assert f"process {bot.pid} holds" in lines[0]
            assert bot.returncode is None, "the first bot runs on"

            fake.user_message(7002, "/start", language_code="ru")  # after the backup
            await fake.wait_for(lambda: fake.last_text(7002) is not None, TIMEOUT)
            bot.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(bot.wait(), TIMEOUT) == 0
        finally:
            if bot.returncode is None:
                bot.kill()
                await bot.wait()

    code, out, _ = await _command(env, tmp_path, "healthcheck")
    assert (code, out.strip()) == (1, "unhealthy: no bot process holds the database's lock")

    code, out, err = await _command(env, tmp_path, "restore", str(backup))
    assert (code, err) == (0, ""), err
    assert out.startswith(f"restored {database} from {backup} (schema {latest_version()})")
    assert "the database it replaced is kept as" in out
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT id FROM users").fetchall() == [(7001,)]
    [aside] = database.parent.glob("helpdesk.sqlite3.replaced-*[0-9]Z")
    with sqlite3.connect(aside) as conn:
        assert sorted(conn.execute("SELECT id FROM users").fetchall()) == [(7001,), (7002,)]


async def test_a_database_newer_than_the_code_is_refused_in_one_line(tmp_path: Path) -> None:
    database = tmp_path / "helpdesk.sqlite3"
    newer = latest_version() + 1
    with sqlite3.connect(database) as conn:
        conn.execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " applied_at TEXT NOT NULL)"
        )
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'from_a_newer_bot', 'x')", (newer,))
    env = bot_env(BOT_TOKEN=TEST_TOKEN, DATABASE_PATH=str(database))
    code, out, err = await _command(env, tmp_path)
    assert code == 1 and out == ""
    [line] = err.splitlines()
    assert line.endswith(
        f"CRITICAL bot.app: cannot start: SchemaTooNewError: the database has schema version"
        f" {newer}, newer than this version of the bot knows ({latest_version()}): run the newer"
        " version again, or restore a backup taken before the upgrade"
    )
    with sqlite3.connect(database) as conn:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        versions = conn.execute("SELECT version FROM schema_migrations").fetchall()
    assert (tables, versions) == ([("schema_migrations",)], [(newer,)]), "nothing was migrated"


async def test_version_names_the_package_and_the_schema(tmp_path: Path) -> None:
    code, out, err = await _command(bot_env(), tmp_path, "--version")
    assert (code, err) == (0, "")
    assert out.strip() == f"migrant-helpdesk-bot {version()} (database schema {latest_version()})"
