"""Forward-only schema migrations: migrations/NNNN_name.sql, applied in order at start-up.

Each file runs in its own transaction together with its row in ``schema_migrations``, so a
failed migration leaves the database at the previous version.

The versions this code knows are the files present (``latest_version``), never a number
written here: a database with a newer version (written by a newer bot, then the code went
back) is refused before anything changes. At start-up, before the first pending migration
touches a database that holds data, a backup is taken (``backup_to``).
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.db.backup import Backup, take_backup
from bot.db.connection import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
FILE_PATTERN = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(Exception):
    pass


class SchemaTooNewError(MigrationError):
    """The database was written by a newer version of the bot than this one."""


@dataclass(frozen=True)
class BackupBeforeMigrating:
    """Where start-up puts the backup it takes before migrating, and how many to keep."""

    folder: Path
    keep: int


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def discover(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    migrations = []
    for path in sorted(directory.glob("*.sql")):
        match = FILE_PATTERN.match(path.name)
        if match is None:
            raise MigrationError(f"bad migration file name: {path.name}")
        sql = path.read_text(encoding="utf-8")
        migrations.append(Migration(int(match.group(1)), match.group(2), sql))
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise MigrationError(f"migration versions must be 1..N without gaps, got {versions}")
    return migrations


async def current_version(db: Database) -> int:
    await db.connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = await db.fetch_one("SELECT MAX(version) FROM schema_migrations")
    return int(row[0]) if row and row[0] is not None else 0


def latest_version(migrations: list[Migration] | None = None) -> int:
    """The newest schema version this code can bring a database to."""
    known = migrations if migrations is not None else discover()
    return known[-1].version if known else 0


async def migrate(
    db: Database,
    migrations: list[Migration] | None = None,
    *,
    backup_to: BackupBeforeMigrating | None = None,
) -> int:
    """Apply every migration newer than the database; return the resulting version.
    ``SchemaTooNewError`` if the database is newer than every migration known."""
    known = migrations if migrations is not None else discover()
    pending_from = await current_version(db)
    newest = latest_version(known)
    if pending_from > newest:
        raise SchemaTooNewError(
            f"the database has schema version {pending_from}, newer than this version of the"
            f" bot knows ({newest}): run the newer version again, or restore a backup taken"
            " before the upgrade"
        )
    pending = [migration for migration in known if migration.version > pending_from]
    if pending and backup_to is not None:
        await _backup_before(db, pending_from, pending[-1].version, backup_to)
    for migration in pending:
        await _apply(db, migration)
        log.info("applied migration %04d_%s", migration.version, migration.name)
        pending_from = migration.version
    return pending_from


async def _backup_before(
    db: Database, version: int, target: int, backup_to: BackupBeforeMigrating
) -> Backup | None:
    """A backup of a database that holds data, before it goes from ``version`` to
    ``target``; a new or empty database has nothing to lose."""
    path = await _file_of(db)
    if path is None or not await _has_data(db):
        return None
    backup = await asyncio.to_thread(
        take_backup,
        path,
        backup_to.folder,
        keep=backup_to.keep,
        label=f"schema{version}-before-migration",
    )
    log.info(
        "backed up the database (schema %d) to %s before migrating to schema %d",
        version,
        backup.path,
        target,
    )
    return backup


async def _file_of(db: Database) -> Path | None:
    """The main database's file (None in memory)."""
    for row in await db.fetch_all("PRAGMA database_list"):
        if row["name"] == "main" and row["file"]:
            return Path(row["file"])
    return None


async def _has_data(db: Database) -> bool:
    tables = await db.fetch_all(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations'"
    )
    for table in tables:
        quoted = table["name"].replace('"', '""')
        if await db.fetch_one(f'SELECT 1 FROM "{quoted}" LIMIT 1') is not None:
            return True
    return False


async def _apply(db: Database, migration: Migration) -> None:
    applied_at = datetime.now(UTC).isoformat(timespec="seconds")
    script = (
        "BEGIN IMMEDIATE;\n"
        f"{migration.sql}\n;\n"
        "INSERT INTO schema_migrations (version, name, applied_at) "
        f"VALUES ({migration.version}, '{migration.name}', '{applied_at}');\n"
        "COMMIT;"
    )
    try:
        await db.connection.executescript(script)
    except Exception as error:
        if db.connection.in_transaction:
            await db.connection.execute("ROLLBACK")
        raise MigrationError(
            f"migration {migration.version:04d}_{migration.name} failed: {error}"
        ) from error
