"""Backups taken while the bot writes, and their restore (bot/db/backup.py).

The main test writes requests and relayed messages through the real services and repositories
on a real SQLite file while ``take_backup`` copies it from its own thread, as the daily job and
``python main.py backup`` do; the backup, restored in place of a database, passes
integrity_check and holds every request committed before the backup began."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import open_services
from bot.config import load_settings
from bot.db.backup import (
    RestoreRefusedError,
    backups_of,
    check_database,
    restore,
    take_backup,
)
from bot.db.connection import Database
from bot.db.migrate import latest_version
from bot.services.container import Services
from bot.services.relay import Content
from bot.services.requests import RequestDraft
from tests.conftest import TEST_TOKEN

STAFF_CHAT = -1001234567890
FILLER_ROWS = 30_000  # ~30 MB: the copy takes long enough for writes to land while it runs


def _fill(path: Path) -> None:
    """Old, anonymised requests with long texts, written directly: bulk for the copy."""
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO requests (category, city, text, staff_chat_id, consent_at, created_at,"
            " updated_at, status) VALUES ('other', 'moscow', ?, ?, 'x', 'x', 'x', 'closed')",
            ((f"{n:06d}" + "ж" * 500, STAFF_CHAT) for n in range(FILLER_ROWS)),
        )


async def _services(database: Path) -> Services:
    settings = load_settings(
        {"BOT_TOKEN": TEST_TOKEN, "DATABASE_PATH": str(database), "STAFF_CHAT_ID": str(STAFF_CHAT)}
    )
    return await open_services(settings)


class Writers:
    """Migrants filing requests and writing in them, one after another, until stopped."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.committed: list[int] = []  # request ids whose submit returned (committed)
        self.relayed: list[int] = []  # requests whose relayed message was committed
        self.stopping = asyncio.Event()
        self.warmed_up = asyncio.Event()  # 20 requests written before the backup starts

    async def run(self, first_user: int) -> None:
        user_id = first_user
        while not self.stopping.is_set():
            await self.services.users.get_or_create(user_id, "ky")
            draft = RequestDraft("wages", "moscow", "Айлыгымды бербей жатышат", phone=None)
            request = await self.services.requests.submit(user_id, draft)
            self.committed.append(request.id)
            content = Content("text", "Дагы бир маалымат", None)
            await self.services.requests.relay_from_user(request, 100 + user_id, content, None)
            self.relayed.append(request.id)
            if len(self.relayed) >= 20:
                self.warmed_up.set()
            user_id += 2  # each writer its own users: the per-user request limit never binds
            await asyncio.sleep(0)


async def test_a_backup_taken_while_requests_are_written_restores_them_all(
    tmp_path: Path,
) -> None:
    database = tmp_path / "data" / "helpdesk.sqlite3"
    services = await _services(database)
    _fill(database)
    writers = Writers(services)
    tasks = [asyncio.create_task(writers.run(first)) for first in (1001, 1002)]
    try:
        await writers.warmed_up.wait()
        committed_before = set(writers.committed)
        relayed_before = set(writers.relayed)
        backup = await asyncio.to_thread(take_backup, database, tmp_path / "backups", keep=3)
        written_during = set(writers.committed) - committed_before
    finally:
        writers.stopping.set()
        await asyncio.gather(*tasks)
        await services.db.close()

    assert written_during, "requests were committed while the backup was being taken"
    restored_path = tmp_path / "restored" / "helpdesk.sqlite3"
    restored = restore(restored_path, backup.path, latest_version())
    assert restored.schema_version == latest_version()
    assert restored.replaced_kept_as is None  # nothing was there

    with sqlite3.connect(restored_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ids = {row[0] for row in conn.execute("SELECT id FROM requests WHERE user_id IS NOT NULL")}
        relayed = {
            row[0]
            for row in conn.execute(
                "SELECT request_id FROM request_messages WHERE user_message_id IS NOT NULL"
            )
        }
        filler = conn.execute("SELECT COUNT(*) FROM requests WHERE user_id IS NULL").fetchone()
    assert committed_before <= ids, sorted(committed_before - ids)
    assert relayed_before <= relayed, sorted(relayed_before - relayed)
    assert filler == (FILLER_ROWS,)
    # The restored database opens as the bot opens it, and its requests read back.
    db = await Database.open(restored_path)
    row = await db.fetch_one("SELECT COUNT(*) FROM requests WHERE user_id IS NOT NULL")
    await db.close()
    assert row is not None and row[0] == len(ids)


async def test_backups_are_private_and_only_the_newest_are_kept(tmp_path: Path) -> None:
    database = tmp_path / "helpdesk.sqlite3"
    services = await _services(database)
    await services.db.close()
    folder = tmp_path / "backups"
    start = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    made = [
        take_backup(database, folder, keep=3, now=start + timedelta(days=day)).path
        for day in range(5)
    ]
    kept = [path for _, path in backups_of(folder, database)]
    assert kept == made[:1:-1], "the three newest, newest first"
    assert [path.name for path in kept] == [
        "helpdesk-20261205T030000Z.sqlite3",
        "helpdesk-20261204T030000Z.sqlite3",
        "helpdesk-20261203T030000Z.sqlite3",
    ]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in kept)
    assert not list(folder.glob("*.partial"))
    # A second backup within the same second gets its own name; nothing is overwritten.
    again = take_backup(database, folder, keep=10, now=start + timedelta(days=4))
    assert again.path.name == "helpdesk-20261205T030000Z-2.sqlite3"


async def test_restore_keeps_the_replaced_database_aside(tmp_path: Path) -> None:
    database = tmp_path / "helpdesk.sqlite3"
    services = await _services(database)
    await services.users.get_or_create(501, "ru")
    await services.db.close()
    backup = take_backup(database, tmp_path / "backups", keep=5).path

    services = await _services(database)
    await services.users.get_or_create(502, "uz")  # written after the backup
    await services.db.close()

    restored = restore(database, backup, latest_version())
    assert restored.replaced_kept_as is not None
    with sqlite3.connect(database) as conn:
        assert [row[0] for row in conn.execute("SELECT id FROM users")] == [501]
    with sqlite3.connect(restored.replaced_kept_as) as conn:
        assert sorted(row[0] for row in conn.execute("SELECT id FROM users")) == [501, 502]


async def test_restore_refuses_a_damaged_file_and_changes_nothing(tmp_path: Path) -> None:
    database = tmp_path / "helpdesk.sqlite3"
    services = await _services(database)
    await services.users.get_or_create(501, "ru")
    await services.db.close()
    backup = take_backup(database, tmp_path / "backups", keep=5).path
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(backup.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 600] = b"\xff" * 600  # a b-tree page overwritten
    damaged.write_bytes(bytes(data))
    before = database.read_bytes()

    with pytest.raises(RestoreRefusedError, match="is damaged"):
        restore(database, damaged, latest_version())
    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_text("this is not a database")
    with pytest.raises(RestoreRefusedError, match="is not an SQLite database"):
        restore(database, not_sqlite, latest_version())
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(RestoreRefusedError, match="not a database of this bot"):
        restore(database, foreign, latest_version())
    assert database.read_bytes() == before
    assert _names(tmp_path) == {"backups", "helpdesk.sqlite3", "damaged.sqlite3"} | {
        "notes.sqlite3",
        "foreign.sqlite3",
    }, "nothing moved aside, nothing left behind"


def _names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


async def test_restore_refuses_a_schema_newer_than_the_code(tmp_path: Path) -> None:
    database = tmp_path / "helpdesk.sqlite3"
    services = await _services(database)
    await services.db.close()
    newer = tmp_path / "newer.sqlite3"
    take_backup(database, tmp_path / "b", keep=1).path.rename(newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'later', 'x')",
            (latest_version() + 1,),
        )
    assert check_database(newer) == latest_version() + 1
    with pytest.raises(RestoreRefusedError, match="newer than this version of the bot knows"):
        restore(database, newer, latest_version())
