"""aiogram FSM storage over the bot's SQLite database.

A user in the middle of a form keeps their step and answers across a restart. State and data
are stored together in one row per key; an empty state with empty data deletes the row.
Reads are served from a bounded write-through cache (the database is written first), and a
write that would change nothing is skipped, so a menu press costs no database round trip.
The cache never shares a dict with a handler: ``get_data`` hands out, and ``set_data`` keeps,
a deep copy. (With a shallow one, a handler changing a nested dict changed the cached record
too, so its ``set_data`` looked like no change, was skipped, and was lost at the next restart.)
Updates of one user are serialised by the dispatcher's event isolation, so the read-modify-write
of a key never races with itself.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from cachetools import LRUCache

from bot.db.connection import Database
from bot.db.fsm import FsmRecord, FsmRepository

CACHE_SIZE = 50_000
EMPTY = FsmRecord(state=None, data={})


def storage_key_string(key: StorageKey) -> str:
    parts = (
        key.bot_id,
        key.chat_id,
        key.user_id,
        key.thread_id or "",
        key.business_connection_id or "",
        key.destiny,
    )
    return ":".join(str(part) for part in parts)


class SQLiteStorage(BaseStorage):
    def __init__(self, db: Database, cache_size: int = CACHE_SIZE) -> None:
        self.db = db
        self.repository = FsmRepository(db)
        self._cache: LRUCache[str, FsmRecord] = LRUCache(cache_size)

    async def _record(self, key: str) -> FsmRecord:
        record = self._cache.get(key)
        if record is None:
            record = await self.repository.get(key) or EMPTY
            self._cache[key] = record
        return record

    async def _save(self, key: str, record: FsmRecord) -> None:
        if await self._record(key) == record:
            return
        async with self.db.single_statement() as conn:
            await self.repository.put(conn, key, record)
        self._cache[key] = record

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        name = storage_key_string(key)
        state_name = state.state if isinstance(state, State) else state
        record = await self._record(name)
        await self._save(name, FsmRecord(state=state_name, data=record.data))

    async def get_state(self, key: StorageKey) -> str | None:
        return (await self._record(storage_key_string(key))).state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        name = storage_key_string(key)
        record = await self._record(name)
        await self._save(name, FsmRecord(state=record.state, data=copy.deepcopy(dict(data))))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return copy.deepcopy((await self._record(storage_key_string(key))).data)

    async def purge_older_than(self, cutoff: datetime) -> int:
        """Forget forms untouched since ``cutoff``, in the database and in the cache."""
        async with self.db.transaction() as conn:
            removed = await self.repository.delete_older_than(conn, cutoff)
        if removed:
            self._cache = LRUCache(self._cache.maxsize)
        return removed

    async def close(self) -> None:
        """The database is owned and closed by the application, not by the storage."""
