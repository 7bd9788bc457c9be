"""aiogram FSM storage over the bot's SQLite database.

A user in the middle of a form keeps their step and answers across a restart. State and data
are stored together in one row per key; an empty state with empty data deletes the row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.db.connection import Database
from bot.db.fsm import FsmRecord, FsmRepository


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
    def __init__(self, db: Database) -> None:
        self.db = db
        self.repository = FsmRepository(db)

    async def _record(self, key: StorageKey) -> FsmRecord:
        record = await self.repository.get(storage_key_string(key))
        return record or FsmRecord(state=None, data={})

    async def _save(self, key: StorageKey, record: FsmRecord) -> None:
        async with self.db.transaction() as conn:
            await self.repository.put(conn, storage_key_string(key), record)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        state_name = state.state if isinstance(state, State) else state
        record = await self._record(key)
        await self._save(key, FsmRecord(state=state_name, data=record.data))

    async def get_state(self, key: StorageKey) -> str | None:
        return (await self._record(key)).state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        record = await self._record(key)
        await self._save(key, FsmRecord(state=record.state, data=dict(data)))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return (await self._record(key)).data

    async def close(self) -> None:
        """The database is owned and closed by the application, not by the storage."""
