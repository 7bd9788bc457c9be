"""Migrations from an empty database and from every earlier version reach the same schema."""

from pathlib import Path

from bot.db.connection import Database
from bot.db.migrate import current_version, discover, migrate


async def _schema(db: Database) -> list[tuple[str, str]]:
    rows = await db.fetch_all(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
    )
    return [(row["name"], row["sql"]) for row in rows]


async def test_from_empty_applies_every_migration(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "a.sqlite3")
    version = await migrate(db)
    assert version == len(discover()) >= 3
    rows = await db.fetch_all("SELECT version FROM schema_migrations ORDER BY version")
    assert [row["version"] for row in rows] == list(range(1, version + 1))
    await db.close()


async def test_every_earlier_version_upgrades_in_place(tmp_path: Path) -> None:
    migrations = discover()
    fresh = await Database.open(tmp_path / "fresh.sqlite3")
    await migrate(fresh)
    expected = await _schema(fresh)
    await fresh.close()

    for stop in range(1, len(migrations)):
        db = await Database.open(tmp_path / f"v{stop}.sqlite3")
        await migrate(db, migrations[:stop])
        await db.connection.execute(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (7, 'ky', 'x', 'x')"
        )
        assert await current_version(db) == stop
        await migrate(db)
        assert await current_version(db) == len(migrations)
        assert await _schema(db) == expected
        row = await db.fetch_one("SELECT locale FROM users WHERE id = 7")
        assert row is not None
        assert row["locale"] == "ky", "data written before the upgrade survives it"
        await db.close()


async def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "b.sqlite3")
    first = await migrate(db)
    assert await migrate(db) == first
    await db.close()


async def test_pragmas(db: Database) -> None:
    mode = await db.fetch_one("PRAGMA journal_mode")
    keys = await db.fetch_one("PRAGMA foreign_keys")
    busy = await db.fetch_one("PRAGMA busy_timeout")
    assert mode is not None and mode[0] == "wal"
    assert keys is not None and keys[0] == 1
    assert busy is not None and busy[0] >= 1000
