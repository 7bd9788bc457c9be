"""Forward-only schema migrations: migrations/NNNN_name.sql, applied in order at start-up.

Each file runs in its own transaction together with its row in ``schema_migrations``, so a
failed migration leaves the database at the previous version.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.db.connection import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
FILE_PATTERN = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(Exception):
    pass


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


async def migrate(db: Database, migrations: list[Migration] | None = None) -> int:
    """Apply every migration newer than the database; return the resulting version."""
    pending_from = await current_version(db)
    for migration in migrations if migrations is not None else discover():
        if migration.version <= pending_from:
            continue
        await _apply(db, migration)
        log.info("applied migration %04d_%s", migration.version, migration.name)
        pending_from = migration.version
    return pending_from


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
