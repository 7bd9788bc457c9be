"""Migrants' requests are readable by the bot's account only: the data folder 0700, the
database and its -wal and -shm files 0600, whatever the umask, new or already there."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.db.connection import Database
from bot.db.migrate import migrate


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # the usual default: files 0644, folders 0755
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("open_umask")
async def test_a_new_database_is_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "sub" / "helpdesk.sqlite3"
    db = await Database.open(path)
    try:
        await migrate(db)  # writes: the -wal and -shm files exist now
        files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
        assert all(file.exists() for file in files)
        assert {str(file.name): mode(file) for file in files} == {
            file.name: 0o600 for file in files
        }
        assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    finally:
        await db.close()


@pytest.mark.usefixtures("open_umask")
async def test_an_existing_database_is_made_private(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    path = shared / "helpdesk.sqlite3"
    db = await Database.open(path)
    await migrate(db)
    await db.close()
    for suffix in ("", "-wal", "-shm"):
        file = path.with_name(path.name + suffix)
        if file.exists():
            file.chmod(0o644)
    db = await Database.open(path)
    try:
        await db.fetch_one("SELECT 1")
        for suffix in ("", "-wal", "-shm"):
            file = path.with_name(path.name + suffix)
            assert not file.exists() or mode(file) == 0o600, suffix
        assert mode(shared) == 0o755, "a folder that was there already is left as it was"
    finally:
        await db.close()
