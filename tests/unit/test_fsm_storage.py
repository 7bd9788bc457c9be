"""The SQLite FSM storage keeps a half-filled form across a restart (a new connection)."""

from datetime import timedelta
from pathlib import Path

from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import StorageKey

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.migrate import migrate
from bot.fsm_storage import SQLiteStorage
from bot.scheduler import purge_stale_forms


class Form(StatesGroup):
    city = State()


KEY = StorageKey(bot_id=1, chat_id=42, user_id=42)


async def test_state_and_data_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "fsm.sqlite3"
    db = await Database.open(path)
    await migrate(db)
    storage = SQLiteStorage(db)
    await storage.set_state(KEY, Form.city)
    await storage.update_data(KEY, {"category": "wages", "text": "Кыргызча <текст> & «кавычки»"})
    await db.close()

    reopened = await Database.open(path)
    storage = SQLiteStorage(reopened)
    assert await storage.get_state(KEY) == "Form:city"
    assert await storage.get_data(KEY) == {
        "category": "wages",
        "text": "Кыргызча <текст> & «кавычки»",
    }
    await reopened.close()


async def test_keys_are_separate(db: Database) -> None:
    storage = SQLiteStorage(db)
    other = StorageKey(bot_id=1, chat_id=43, user_id=43)
    await storage.set_state(KEY, Form.city)
    assert await storage.get_state(other) is None
    assert await storage.get_data(other) == {}


async def test_clearing_removes_the_row(db: Database) -> None:
    storage = SQLiteStorage(db)
    await storage.set_state(KEY, Form.city)
    await storage.set_data(KEY, {"a": 1})
    await storage.set_state(KEY, None)
    await storage.set_data(KEY, {})
    row = await db.fetch_one("SELECT COUNT(*) FROM fsm")
    assert row is not None and row[0] == 0


async def test_stale_forms_are_purged_fresh_ones_kept(db: Database) -> None:
    storage = SQLiteStorage(db)
    await storage.set_state(KEY, Form.city)
    old = StorageKey(bot_id=1, chat_id=99, user_id=99)
    await storage.set_state(old, Form.city)
    long_ago = (utc_now() - timedelta(days=40)).isoformat(timespec="seconds")
    await db.connection.execute(
        "UPDATE fsm SET updated_at = ? WHERE key LIKE '1:99:%'", (long_ago,)
    )
    assert await purge_stale_forms(storage, ttl_days=30) == 1
    assert await storage.get_state(old) is None
    assert await storage.get_state(KEY) == "Form:city"


async def test_a_nested_change_is_stored_and_survives_a_restart(tmp_path: Path) -> None:
    """get_data, change a dict inside (as the event form adds a language), set_data: the
    change must reach the database, not only the cache."""
    path = tmp_path / "fsm.sqlite3"
    db = await Database.open(path)
    try:
        await migrate(db)
        storage = SQLiteStorage(db)
        await storage.set_data(KEY, {"texts": {"ky": {"title": "Вебинар"}}})
        data = await storage.get_data(KEY)
        data["texts"]["ru"] = {"title": "Вебинар о правах"}
        await storage.set_data(KEY, data)
        data["texts"]["uz"] = {"title": "changed after set_data, never stored"}
        assert "uz" not in (await storage.get_data(KEY))["texts"], "the caller's dict is kept"
    finally:
        await db.close()

    reopened = await Database.open(path)
    try:
        assert await SQLiteStorage(reopened).get_data(KEY) == {
            "texts": {"ky": {"title": "Вебинар"}, "ru": {"title": "Вебинар о правах"}}
        }
    finally:
        await reopened.close()
