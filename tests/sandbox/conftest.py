"""A whole sandbox (the fake Bot API, the real bot, the web server) on a free port of 127.0.0.1,
in the test's event loop, over a database file in the test's temporary folder."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.db import clock
from sandbox.runner import Sandbox
from sandbox.web import CURRENT, build_app

#: The bot's settings the sandbox leaves to the environment; fixed here so tests do not depend
#: on the developer's .env (office hours would change the receipt's text).
ENV = {"OFFICE_HOURS": "", "DEFAULT_LOCALE": "ru"}


@dataclass
class Running:
    app: web.Application
    url: str
    http: aiohttp.ClientSession

    @property
    def sandbox(self) -> Sandbox:
        return self.app[CURRENT].sandbox

    async def post(self, path: str, body: dict[str, Any], *, status: int = 200) -> Any:
        async with self.http.post(
            self.url + path, json=body, headers={"X-Sandbox": "1"}
        ) as response:
            answer = await response.json()
            assert response.status == status, answer
            return answer

    async def get(self, path: str) -> Any:
        async with self.http.get(self.url + path) as response:
            assert response.status == 200, await response.text()
            return await response.json()


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[Running]:
    sandbox = Sandbox(tmp_path / "sandbox.sqlite3", ENV)
    await sandbox.start()
    app = build_app(sandbox, None)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    async with aiohttp.ClientSession() as http:
        yield Running(app, f"http://127.0.0.1:{port}", http)
    await runner.cleanup()
    await app[CURRENT].sandbox.stop()
    clock.reset()
