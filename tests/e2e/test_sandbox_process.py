"""``python -m sandbox`` (what ./run.sh starts without a BOT_TOKEN) as a real process: one line
saying where to open it, the page served on 127.0.0.1 only, its own database file, and a clean
exit on SIGTERM."""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from pathlib import Path

import aiohttp

from tests.e2e.process import bot_env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_the_sandbox_starts_says_where_and_stops(tmp_path: Path) -> None:
    port = free_port()
    database = tmp_path / "sandbox.sqlite3"
    env = bot_env(SANDBOX_PORT=str(port), SANDBOX_DATABASE_PATH=str(database))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "sandbox", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 60)).decode()
        assert line.startswith(f"Sandbox: open http://127.0.0.1:{port} ")
        assert "nothing leaves this machine" in line and "BOT_TOKEN" in line
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{port}/") as response,
        ):
            assert response.status == 200
            assert "SANDBOX" in await response.text()
        assert database.exists(), "its own database, not data/helpdesk.sqlite3"
        assert not (tmp_path / "data" / "helpdesk.sqlite3").exists()
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, stderr.decode()
    assert stderr.decode().strip() == "", "nothing but the one line at the default log level"


async def test_a_bad_port_is_one_line_and_exit_2(tmp_path: Path) -> None:
    env = bot_env(SANDBOX_PORT="eighty")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "sandbox", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2
    assert (
        stderr.decode().strip()
        == "configuration error: SANDBOX_PORT must be a port number, e.g. 8080"
    )
