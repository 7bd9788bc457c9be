"""Migrations from an empty database and from every earlier version reach the same schema."""

import sqlite3
from pathlib import Path

import pytest

from bot.db.backup import backups_of, check_database
from bot.db.connection import Database
from bot.db.migrate import (
    MIGRATIONS_DIR,
    BackupBeforeMigrating,
    SchemaTooNewError,
    current_version,
    discover,
    latest_version,
    migrate,
)


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


async def test_a_database_with_data_is_backed_up_before_migrating(tmp_path: Path) -> None:
    migrations = discover()
    path = tmp_path / "data" / "helpdesk.sqlite3"
    db = await Database.open(path)
    await migrate(db, migrations[:-1])
    await db.connection.execute(
        "INSERT INTO users (id, locale, created_at, updated_at) VALUES (7, 'ky', 'x', 'x')"
    )
    folder = tmp_path / "backups"
    assert await migrate(db, backup_to=BackupBeforeMigrating(folder, keep=5)) == len(migrations)
    await db.close()

    [(_, backup)] = backups_of(folder, path)
    assert backup.name.endswith(f"-schema{len(migrations) - 1}-before-migration.sqlite3")
    assert check_database(backup) == len(migrations) - 1, "the backup is the database before"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT id, locale FROM users").fetchall() == [(7, "ky")]


async def test_no_backup_of_a_new_or_empty_database_nor_without_migrations(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    db = await Database.open(tmp_path / "new.sqlite3")
    await migrate(db, backup_to=BackupBeforeMigrating(folder, keep=5))  # from nothing
    await db.connection.execute(
        "INSERT INTO users (id, locale, created_at, updated_at) VALUES (7, 'ky', 'x', 'x')"
    )
    await migrate(db, backup_to=BackupBeforeMigrating(folder, keep=5))  # nothing pending
    await db.close()
    assert not folder.exists()


async def test_a_schema_newer_than_the_code_is_refused_before_anything_changes(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "a.sqlite3")
    migrations = discover()
    await migrate(db, migrations[:3])
    await db.connection.execute(
        "INSERT INTO schema_migrations VALUES (?, 'from_a_newer_bot', 'x')", (len(migrations) + 1,)
    )
    folder = tmp_path / "backups"
    with pytest.raises(SchemaTooNewError) as refused:
        await migrate(db, backup_to=BackupBeforeMigrating(folder, keep=5))
    assert str(refused.value) == (
        f"the database has schema version {len(migrations) + 1}, newer than this version of"
        f" the bot knows ({len(migrations)}): run the newer version again, or restore a backup"
        " taken before the upgrade"
    )
    assert "\n" not in str(refused.value)
    tables = await db.fetch_all("SELECT name FROM sqlite_master WHERE name = 'requests'")
    assert tables == [], "migration 0009 was not applied to it"
    assert not folder.exists()
    await db.close()


def test_the_known_version_is_the_newest_file_present(tmp_path: Path) -> None:
    for path in MIGRATIONS_DIR.glob("*.sql"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert latest_version() == len(discover()) == len(list(MIGRATIONS_DIR.glob("*.sql")))
    later = len(discover()) + 1
    (tmp_path / f"{later:04d}_from_another_branch.sql").write_text("SELECT 1;")
    assert latest_version(discover(tmp_path)) == later
