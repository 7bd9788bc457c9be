"""The command line's small parts (bot/cli.py, bot/healthcheck.py): the health check in both
modes, the version, and bad settings of the database commands. The commands themselves run
as processes in tests/e2e/test_backup_restore_process.py."""

from __future__ import annotations

import asyncio
import tomllib
from pathlib import Path

import pytest
from aiohttp import web

from bot import cli
from bot.db.connection import Database
from bot.db.lock import DatabaseInUseError, ProcessLock, is_held
from bot.db.migrate import latest_version, migrate
from bot.healthcheck import check, check_polling, healthz_url
from bot.version import version


@pytest.mark.parametrize(
    ("listen", "url"),
    [
        ("127.0.0.1:8081", "http://127.0.0.1:8081/healthz"),
        ("0.0.0.0:9000", "http://127.0.0.1:9000/healthz"),
        (":8081", "http://127.0.0.1:8081/healthz"),
        ("10.0.0.5:8081", "http://10.0.0.5:8081/healthz"),
    ],
)
def test_the_health_check_asks_the_listener_on_an_address_it_can_reach(
    listen: str, url: str
) -> None:
    assert healthz_url(listen) == url


async def test_in_webhook_mode_the_answer_of_healthz_decides(tmp_path: Path) -> None:
    status = {"code": 200}

    async def healthz(_request: web.Request) -> web.Response:
        return web.Response(status=status["code"], text="{}")

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    env = {"WEBHOOK_URL": "https://bot.example.org/tg", "WEBHOOK_LISTEN": f"0.0.0.0:{port}"}
    nowhere = tmp_path / "no.sqlite3"  # the database is not looked at in webhook mode
    try:
        healthy = await asyncio.to_thread(check, env, nowhere)
        status["code"] = 503
        unhealthy = await asyncio.to_thread(check, env, nowhere)
    finally:
        await runner.cleanup()
    gone = await asyncio.to_thread(check, env, nowhere)
    assert (healthy.healthy, healthy.detail) == (
        True,
        f"healthy: http://127.0.0.1:{port}/healthz answered 200",
    )
    assert (unhealthy.healthy, unhealthy.detail) == (
        False,
        f"unhealthy: http://127.0.0.1:{port}/healthz answered 503",
    )
    assert not gone.healthy and "does not answer" in gone.detail


async def test_in_polling_mode_the_database_and_the_lock_decide(tmp_path: Path) -> None:
    database = tmp_path / "helpdesk.sqlite3"
    assert check_polling(database).detail == f"unhealthy: no database at {database}"
    db = await Database.open(database)
    await migrate(db)
    await db.close()
    assert check({}, database).detail == "unhealthy: no bot process holds the database's lock"
    with ProcessLock.acquire(database):
        assert is_held(database)
        assert check({}, database).detail == (
            "healthy: the database reads and the bot holds its lock"
        )
        with pytest.raises(DatabaseInUseError, match=r"process \d+ holds .*helpdesk.sqlite3.lock"):
            ProcessLock.acquire(database, wait=0.2)
    assert not is_held(database)
    database.write_bytes(b"garbage" * 1000)
    assert check({}, database).detail.startswith("unhealthy: the database does not read")


def test_version_is_the_package_version_and_the_known_schema() -> None:
    with (Path(__file__).parents[2] / "pyproject.toml").open("rb") as file:
        declared = tomllib.load(file)["project"]["version"]
    assert version() == declared
    assert cli.version_line() == (
        f"migrant-helpdesk-bot {declared} (database schema {latest_version()})"
    )


@pytest.mark.parametrize("command", [["backup"], ["restore", "x.sqlite3"], ["healthcheck"]])
def test_database_commands_need_no_token_but_good_settings(
    command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    env = {"DATABASE_PATH": str(tmp_path / "h.sqlite3"), "BACKUP_KEEP": "0"}
    assert cli.main(command, env) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", "configuration error: BACKUP_KEEP must be a positive integer\n")


def test_backup_of_a_missing_database_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    database = tmp_path / "h.sqlite3"
    assert cli.main(["backup"], {"DATABASE_PATH": str(database)}) == 1
    assert capsys.readouterr().err == f"backup failed: no database at {database}\n"
