"""One aiosqlite connection per process, with the pragmas the bot relies on.

The connection runs in autocommit mode. Every write goes through ``Database.transaction()``,
which holds an asyncio lock so that two handlers never interleave statements inside one
SQLite transaction on the shared connection. Reads need no lock.

``secure_delete`` is on: what a DELETE or UPDATE removes is overwritten with zeros, not left
in free space. After an erasure ``checkpoint()`` moves the WAL into the main file and empties
the WAL, so the erased words are gone from the files' bytes too, not only from the tables.

The database holds migrants' requests: folders it creates are 0700, the file and its -wal,
-shm and -journal companions 0600 (SQLite gives the companions the database file's mode).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

BUSY_TIMEOUT_MS = 5000
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
COMPANIONS = ("", "-wal", "-shm", "-journal")


class Database:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self.connection = connection
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        if str(path) != ":memory:":
            make_private(Path(path))
        connection = await aiosqlite.connect(str(path), isolation_level=None)
        connection.row_factory = aiosqlite.Row
        await connection.execute("PRAGMA journal_mode=WAL")
        await connection.execute("PRAGMA synchronous=NORMAL")
        await connection.execute("PRAGMA foreign_keys=ON")
        await connection.execute("PRAGMA secure_delete=ON")
        await connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return cls(connection)

    async def checkpoint(self) -> None:
        """Copy the WAL into the main file and truncate it (after personal data was erased:
        the WAL still holds the pages as they were before)."""
        async with self._write_lock:
            await self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def close(self) -> None:
        async with self._write_lock:
            await self.connection.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back if the block raises. A task cancelled while
        its BEGIN was on the way rolls back too: aiosqlite runs that BEGIN anyway, and the
        connection must not be left inside a transaction nobody will commit."""
        async with self._write_lock:
            try:
                await self.connection.execute("BEGIN IMMEDIATE")
                yield self.connection
            except BaseException:
                with contextlib.suppress(sqlite3.OperationalError):  # no transaction began
                    await self.connection.execute("ROLLBACK")
                raise
            await self.connection.execute("COMMIT")

    @asynccontextmanager
    async def single_statement(self) -> AsyncIterator[aiosqlite.Connection]:
        """For exactly one write statement: SQLite makes a single statement atomic by itself,
        so this saves the BEGIN and COMMIT round trips of ``transaction()``. Two statements
        inside would not be atomic together: use ``transaction()`` for those."""
        async with self._write_lock:
            yield self.connection

    async def fetch_one(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        async with self.connection.execute(sql, tuple(params)) as cursor:
            return await cursor.fetchone()

    async def fetch_all(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        async with self.connection.execute(sql, tuple(params)) as cursor:
            return list(await cursor.fetchall())


def make_private(path: Path) -> None:
    """Create missing folders 0700 and the database file 0600 (before SQLite does, with the
    umask's mode); an existing database and its companions are set to 0600. Folders that exist
    are left alone: DATABASE_PATH may well sit in a shared one."""
    make_private_folders(path)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE))
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.chmod(PRIVATE_FILE)


def make_private_folders(path: Path) -> None:
    """Create the missing folders above ``path`` 0700; folders that exist are left alone."""
    missing = [folder for folder in (path.parent, *path.parent.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_FOLDER)
        folder.chmod(PRIVATE_FOLDER)  # mkdir's mode is filtered by the umask
