"""``python main.py healthcheck``: is the bot running and well? For Docker's HEALTHCHECK,
systemd or a monitor; exit 0 healthy, 1 not, with one line saying why.

In webhook mode (WEBHOOK_URL set) the bot answers ``GET /healthz`` on WEBHOOK_LISTEN: 200 when
its database and senders are alive, 503 otherwise; that answer decides. In polling mode there
is no listener: healthy means the database file opens and reads, and a bot process holds the
database's lock (bot/db/lock.py). Nothing here imports aiogram (a check every 30 s should
not load the whole bot) and nothing is written.
"""

from __future__ import annotations

import contextlib
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.db.lock import is_held

DEFAULT_WEBHOOK_LISTEN = "127.0.0.1:8081"
TIMEOUT_SECONDS = 5.0
#: A listener on every address is asked on the loopback one.
_ANY_ADDRESS = {"", "0.0.0.0", "::", "[::]"}


@dataclass(frozen=True)
class Health:
    healthy: bool
    detail: str


def check(env: Mapping[str, str], database: Path) -> Health:
    if env.get("WEBHOOK_URL", "").strip():
        listen = env.get("WEBHOOK_LISTEN", "").strip() or DEFAULT_WEBHOOK_LISTEN
        return check_webhook(listen)
    return check_polling(database)


def healthz_url(listen: str) -> str:
    host, _, port = listen.rpartition(":")
    if host in _ANY_ADDRESS:
        host = "127.0.0.1"
    return f"http://{host}:{port}/healthz"


def check_webhook(listen: str) -> Health:
    url = healthz_url(listen)
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as answer:
            status = answer.status
    except urllib.error.HTTPError as error:
        status = error.code
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return Health(False, f"unhealthy: {url} does not answer ({reason})")
    if status == 200:
        return Health(True, f"healthy: {url} answered 200")
    return Health(False, f"unhealthy: {url} answered {status}")


def check_polling(database: Path) -> Health:
    if not database.is_file():
        return Health(False, f"unhealthy: no database at {database}")
    try:
        with contextlib.closing(
            sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        ) as conn:
            conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    except sqlite3.Error as error:
        return Health(False, f"unhealthy: the database does not read ({error})")
    if not is_held(database):
        return Health(False, "unhealthy: no bot process holds the database's lock")
    return Health(True, "healthy: the database reads and the bot holds its lock")
