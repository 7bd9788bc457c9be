"""One aiosqlite connection per process, with the pragmas the bot relies on.

The connection runs in autocommit mode. Every write goes through ``Database.transaction()``,
which holds an asyncio lock so that two handlers never interleave statements inside one
SQLite transaction on the shared connection. Reads need no lock.

``secure_delete`` is on: what a DELETE or UPDATE removes is overwritten with zeros, not left
in free space. After an erasure ``checkpoint()`` moves the WAL into the main file and empties
the WAL, so the erased words are gone from the files' bytes too, not only from the tables.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

BUSY_TIMEOUT_MS = 5000


class Database:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self.connection = connection
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
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
        """BEGIN IMMEDIATE … COMMIT, rolled back if the block raises."""
        async with self._write_lock:
            await self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
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
