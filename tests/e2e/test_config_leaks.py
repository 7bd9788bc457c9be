"""The token never reaches the log: a malformed TELEGRAM_API_URL is refused at start-up with one
line, and every log record, whoever writes it, has the token masked and no exception message."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_TOKEN
from tests.e2e.process import ROOT, bot_env, run_main

SECRET = TEST_TOKEN.split(":")[1]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:notaport",
        "http://[::1",
        "http://",
        "http://127.0.0.1:99999",
        "https://api.example.org/?token=x",
        "http://exa mple.org",
    ],
)
async def test_a_malformed_api_url_is_one_line_without_the_token(tmp_path: Path, url: str) -> None:
    env = bot_env(
        BOT_TOKEN=TEST_TOKEN, TELEGRAM_API_URL=url, DATABASE_PATH=str(tmp_path / "x.sqlite3")
    )
    code, stdout, stderr = await run_main(env, cwd=tmp_path)
    assert code == 2
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("configuration error: TELEGRAM_API_URL"), lines
    assert SECRET not in stderr + stdout


_LOGS = f"""\
import logging, urllib.parse
from bot.app import configure_logging
token = {TEST_TOKEN!r}
configure_logging("DEBUG", secrets=(token,))
log = logging.getLogger("aiohttp.client")
log.error("GET http://127.0.0.1:1/bot%s/getMe failed", token)
log.warning("quoted: %s", urllib.parse.quote("/bot" + token + "/getMe", safe=""))
try:
    raise ValueError("cannot store 'Паспорт AN7654321' via /bot" + token + "/sendMessage")
except ValueError:
    logging.getLogger("apscheduler.executors").exception("Job failed")
logging.getLogger("x").info("plain line %d", 42)
"""


async def test_every_log_record_is_masked_and_tracebacks_lose_their_message() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _LOGS,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr_bytes = await asyncio.wait_for(process.communicate(), 30.0)
    stderr = stderr_bytes.decode()
    assert process.returncode == 0, stderr
    assert SECRET not in stderr, stderr
    assert "AN7654321" not in stderr and "Traceback" not in stderr, stderr
    assert "GET http://127.0.0.1:1/bot***/getMe failed" in stderr
    assert "Job failed [ValueError at <string>:" in stderr, stderr
    assert "INFO x: plain line 42" in stderr
