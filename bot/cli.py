"""The command line: ``python main.py [run | backup [PATH] | restore PATH | healthcheck]``.

``run`` (the default) is the bot. The others touch only the database file, so they need no
BOT_TOKEN and never load aiogram: ``backup`` copies the database while the bot runs,
``restore`` puts a backup in its place while the bot is stopped, ``healthcheck`` says whether
the bot is up (Docker's HEALTHCHECK). Each prints one line; exit 0 on success, 1 when refused
or failed, 2 for a configuration or usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from bot.config import ConfigError, StorageSettings, load_storage_settings
from bot.db.backup import (
    BackupError,
    RestoreRefusedError,
    default_backup_folder,
    restore,
    take_backup,
)
from bot.db.lock import DatabaseInUseError, ProcessLock
from bot.db.migrate import MigrationError, latest_version
from bot.healthcheck import check
from bot.version import DISTRIBUTION, version

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Telegram helpdesk for labour migrants. Without a command: run the bot.",
    )
    parser.add_argument("--version", action="version", version=version_line())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", help="run the bot (the default)")
    backup = commands.add_parser(
        "backup", help="copy the database (safe while the bot runs), keep the newest BACKUP_KEEP"
    )
    backup.add_argument(
        "folder",
        nargs="?",
        type=Path,
        metavar="PATH",
        help="folder for the backup (default: BACKUP_DIR, else 'backups' beside the database)",
    )
    restore_command = commands.add_parser(
        "restore", help="replace the database with a backup (only while the bot is stopped)"
    )
    restore_command.add_argument("backup", type=Path, metavar="PATH", help="the backup file")
    commands.add_parser(
        "healthcheck", help="exit 0 if the bot is running and well, 1 if not (Docker, systemd)"
    )
    return parser


def version_line() -> str:
    try:
        schema = f"database schema {latest_version()}"
    except MigrationError:
        schema = "migrations unreadable"
    return f"{DISTRIBUTION} {version()} ({schema})"


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    environment = os.environ if env is None else env
    if args.command in (None, "run"):
        from bot.app import main as run_bot  # noqa: PLC0415 (aiogram only for the bot itself)

        return run_bot()
    try:
        storage = load_storage_settings(environment)
    except ConfigError as error:
        return _fail(f"configuration error: {error}", EXIT_CONFIG)
    if args.command == "backup":
        return backup_command(storage, args.folder)
    if args.command == "restore":
        return restore_command(storage, args.backup)
    health = check(environment, storage.database_path)
    _say(health.detail)
    return EXIT_OK if health.healthy else EXIT_FAILED


def backup_command(storage: StorageSettings, folder: Path | None) -> int:
    database = storage.database_path
    target = folder or storage.backup_dir or default_backup_folder(database)
    try:
        backup = take_backup(database, target, keep=storage.backup_keep)
    except (BackupError, OSError) as error:
        return _fail(f"backup failed: {error}")
    _say(
        f"backup: {backup.path} ({backup.size} bytes, schema {backup.schema_version});"
        f" the newest {storage.backup_keep} backups in {target} are kept"
    )
    return EXIT_OK


def restore_command(storage: StorageSettings, backup: Path) -> int:
    database = storage.database_path
    try:
        known = latest_version()
        with ProcessLock.acquire(database):
            restored = restore(database, backup, known)
    except DatabaseInUseError as error:
        return _fail(f"restore refused: the bot is running ({error}); stop it first, then restore")
    except RestoreRefusedError as error:
        return _fail(f"restore refused: {error}")
    except (MigrationError, OSError) as error:
        return _fail(f"restore failed: {type(error).__name__}: {error}")
    kept = (
        f"; the database it replaced is kept as {restored.replaced_kept_as}"
        if restored.replaced_kept_as
        else ""
    )
    upgrade = (
        f"; the next start migrates it to schema {known}, after a backup"
        if restored.schema_version < known
        else ""
    )
    _say(f"restored {database} from {backup} (schema {restored.schema_version}){kept}{upgrade}")
    return EXIT_OK


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def _fail(line: str, code: int = EXIT_FAILED) -> int:
    sys.stderr.write(line + "\n")
    return code
