"""Backups of the SQLite database, taken while the bot runs, and their restore.

A backup is ``VACUUM INTO`` from a connection of its own: SQLite copies one consistent snapshot
(a read transaction; in WAL mode the bot's writers carry on meanwhile) into a new, compact file
that needs nothing else beside it (no -wal). It is written under a ``.partial`` name, checked
(``PRAGMA integrity_check``) and only then renamed, so a file with a backup's name is always a
whole one; then the folder keeps the newest ``keep`` of this database's backups.

Everything here is synchronous (the standard sqlite3 module): the CLI calls it directly, the
bot from a worker thread, so a backup of a large file never holds the bot's own connection.
The files hold migrants' requests: folders created here are 0700, backups 0600.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.db.connection import COMPANIONS, PRIVATE_FILE, make_private_folders

BACKUP_FOLDER_NAME = "backups"
BUSY_TIMEOUT_SECONDS = 30.0
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
#: <database stem>-<UTC time>[-<label>].sqlite3, e.g. helpdesk-20261122T033000Z.sqlite3
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>[0-9]{8}T[0-9]{6}Z)(?:-(?P<label>[a-z0-9-]+))?\.sqlite3$"
)


class BackupError(Exception):
    """A backup could not be taken; the message says why, in one line."""


class RestoreRefusedError(Exception):
    """A restore was refused before anything changed; the message says why, in one line."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    schema_version: int
    size: int


@dataclass(frozen=True)
class Restored:
    schema_version: int
    replaced_kept_as: Path | None  # the database that was there before, moved aside


def default_backup_folder(database: Path) -> Path:
    """Where backups go without BACKUP_DIR: a ``backups`` folder beside the database."""
    return database.parent / BACKUP_FOLDER_NAME


def take_backup(
    database: Path,
    folder: Path,
    *,
    keep: int,
    label: str | None = None,
    now: datetime | None = None,
) -> Backup:
    """A consistent, checked copy of ``database`` in ``folder`` named by the UTC time (and
    ``label``); the newest ``keep`` backups of this database stay, older ones are deleted."""
    if not database.is_file():
        raise BackupError(f"no database at {database}")
    taken_at = (now or datetime.now(UTC)).replace(microsecond=0)
    make_private_folders(folder / "x")
    target = _free_name(folder, database, taken_at, label)
    partial = target.with_name(target.name + ".partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
        _vacuum_into(database, partial)
        try:
            version = check_database(partial)
        except RestoreRefusedError as error:
            raise BackupError(f"the backup of {database} did not check out: {error}") from None
        _fsync(partial)
        partial.rename(target)
    except sqlite3.Error as error:
        raise BackupError(f"backup of {database} failed: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
    prune(folder, database, keep)
    return Backup(target, taken_at, version, target.stat().st_size)


def backups_of(folder: Path, database: Path) -> list[tuple[datetime, Path]]:
    """This database's backups in ``folder``, newest first."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != database.stem or not path.is_file():
            continue
        stamp = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append((stamp, path))
    return sorted(found, key=lambda item: (item[0], item[1].name), reverse=True)


def prune(folder: Path, database: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``database``; return what was deleted."""
    old = [path for _, path in backups_of(folder, database)[keep:]]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def backup_due(folder: Path, database: Path, every: timedelta, now: datetime) -> bool:
    """No backup of ``database`` in ``folder`` is younger than ``every``."""
    newest = backups_of(folder, database)
    return not newest or now - newest[0][0] >= every


def check_database(path: Path, known_version: int | None = None) -> int:
    """The schema version of the database file at ``path`` after ``integrity_check``;
    ``RestoreRefusedError`` naming what is wrong: not SQLite, damaged, not the bot's, or a schema
    newer than ``known_version``."""
    try:
        # immutable: a read that creates nothing beside the file (no -shm, no -journal).
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        ) as conn:
            verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                first = " ".join(" ".join(verdict[:2]).split())[:160]
                raise RestoreRefusedError(f"{path} is damaged (integrity_check: {first} …)")
            version = _schema_version(conn)
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise RestoreRefusedError(f"{path} is not an SQLite database") from None
        raise RestoreRefusedError(f"{path} is damaged ({error})") from None
    if version is None:
        raise RestoreRefusedError(f"{path} is not a database of this bot (no schema_migrations)")
    if known_version is not None and version > known_version:
        raise RestoreRefusedError(
            f"{path} has schema version {version}, newer than this version of the bot knows"
            f" ({known_version}): restore it with the version that wrote it"
        )
    return version


def restore(database: Path, backup: Path, known_version: int) -> Restored:
    """Put ``backup`` in the place of ``database`` (the caller holds the database's lock, so
    no bot runs). The file is checked first; the database that was there is moved aside with
    its -wal and -shm (they belong together), not deleted."""
    if not backup.is_file():
        raise RestoreRefusedError(f"no file at {backup}")
    if backup.resolve() == database.resolve():
        raise RestoreRefusedError(f"{backup} is the database itself")
    wal = backup.with_name(backup.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise RestoreRefusedError(
            f"{backup} has a -wal file beside it (a database copied while in use): restore a"
            " backup made by 'python main.py backup' instead"
        )
    version = check_database(backup, known_version)
    make_private_folders(database)
    incoming = database.with_name(database.name + ".restoring")
    incoming.unlink(missing_ok=True)
    os.close(os.open(incoming, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    try:
        shutil.copyfile(backup, incoming)
        _fsync(incoming)
        kept = _move_aside(database)
        incoming.rename(database)
    finally:
        incoming.unlink(missing_ok=True)
    _fsync_folder(database.parent)
    return Restored(version, kept)


def _move_aside(database: Path) -> Path | None:
    if not database.exists():
        return None
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    aside = database.with_name(f"{database.name}.replaced-{stamp}")
    attempt = 1
    while any(aside.with_name(aside.name + suffix).exists() for suffix in COMPANIONS):
        attempt += 1
        aside = database.with_name(f"{database.name}.replaced-{stamp}-{attempt}")
    for suffix in COMPANIONS:
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    return aside


def _free_name(folder: Path, database: Path, taken_at: datetime, label: str | None) -> Path:
    """A name no backup has yet (two backups within one second get -2, -3 …)."""
    base = f"{database.stem}-{taken_at.strftime(STAMP_FORMAT)}"
    labels = [label] if label else []
    for attempt in range(1, 100):
        parts = [base, *labels, *([str(attempt)] if attempt > 1 else [])]
        candidate = folder / ("-".join(parts) + ".sqlite3")
        partial = candidate.with_name(candidate.name + ".partial")
        if not candidate.exists() and not partial.exists():
            return candidate
    raise BackupError(f"too many backups named {base}… in {folder}")


def _vacuum_into(database: Path, target: Path) -> None:
    with contextlib.closing(
        sqlite3.connect(database, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    ) as conn:
        conn.execute("VACUUM INTO ?", (str(target),))


def _schema_version(conn: sqlite3.Connection) -> int | None:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if found is None:
        return None
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be synced
        _fsync(folder)
