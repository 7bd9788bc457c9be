"""``python -m sandbox``: start the sandbox and print where to open it (one line)."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web
from dotenv import load_dotenv

from bot.app import configure_logging
from bot.config import ConfigError
from sandbox.runner import Sandbox, SandboxError
from sandbox.web import CURRENT, build_app

DEFAULT_PORT = 8080
DEFAULT_DATABASE = Path("data") / "sandbox.sqlite3"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Address:
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def allowed_hosts(self) -> frozenset[str] | None:
        """Host headers to answer: this address by its loopback names (DNS rebinding is
        refused); anything when the sandbox was deliberately opened to a network."""
        if self.host not in LOOPBACK:
            return None
        return frozenset(f"{name}:{self.port}" for name in ("127.0.0.1", "localhost", "[::1]"))


def address_from(env: Mapping[str, str]) -> Address:
    host = env.get("SANDBOX_HOST", "").strip() or "127.0.0.1"
    raw = env.get("SANDBOX_PORT", "").strip() or str(DEFAULT_PORT)
    if not raw.isascii() or not raw.isdigit() or not 0 < int(raw) < 65536:
        raise ConfigError("SANDBOX_PORT must be a port number, e.g. 8080")
    return Address(host, int(raw))


async def serve(address: Address, database: Path, env: Mapping[str, str]) -> None:
    sandbox = Sandbox(database, env)
    await sandbox.start()
    app = build_app(sandbox, address.allowed_hosts())
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, address.host, address.port).start()
        print(  # noqa: T201 - the one line the person running it reads
            f"Sandbox: open {address.url} — a fake Telegram, nothing leaves this machine. "
            "To run on Telegram instead, put BOT_TOKEN into .env and run ./run.sh again.",
            flush=True,
        )
        await sandbox.finished.wait()  # Ctrl+C or SIGTERM stops the bot, then this
    finally:
        await runner.cleanup()
        await app[CURRENT].sandbox.stop()  # a reset may have replaced the first one


def main() -> int:
    load_dotenv()
    env = dict(os.environ)
    try:
        address = address_from(env)
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)  # noqa: T201
        return 2
    configure_logging(env.get("SANDBOX_LOG_LEVEL", "").strip().upper() or "WARNING")
    database = Path(env.get("SANDBOX_DATABASE_PATH", "").strip() or DEFAULT_DATABASE)
    try:
        asyncio.run(serve(address, database, env))
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)  # noqa: T201
        return 2
    except (OSError, SandboxError) as error:
        print(f"the sandbox cannot start: {error}", file=sys.stderr)  # noqa: T201
        return 1
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
