"""One bot process per database: the running bot holds an exclusive lock (``flock``) on a file
next to the database, ``<database>.lock``, for as long as it runs.

A second bot on the same database refuses to start (two processes would both long-poll, and
the write-through caches assume one owner); ``restore`` refuses while the bot runs and holds the
lock itself while it swaps the files, so the bot cannot start half-way through. The kernel
drops the lock when the process ends, however it ends (SIGKILL, a crash): no stale lock to
clean up. The file holds the holder's process id, for the message; it is never deleted (a
deleted lock file would let two processes lock two different files of the same name).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import time
from pathlib import Path

from bot.db.connection import PRIVATE_FILE, make_private_folders

#: A short try again before giving up: the health check peeks at the lock for a moment.
ACQUIRE_WAIT_SECONDS = 3.0
RETRY_SECONDS = 0.1


class DatabaseInUseError(Exception):
    """Another process holds the database's lock."""

    def __init__(self, database: Path, pid: int | None) -> None:
        holder = f"process {pid}" if pid else "another process"
        super().__init__(f"{holder} holds {lock_path(database)}")
        self.database = database
        self.pid = pid


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class ProcessLock:
    """``with ProcessLock.acquire(database):`` … the lock is held until the block ends."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(
        cls, database: Path, *, wait: float = ACQUIRE_WAIT_SECONDS, shared: bool = False
    ) -> ProcessLock:
        """The lock, trying again for up to ``wait`` seconds; ``DatabaseInUseError`` if another
        process keeps it. ``shared``: a peek that does not keep anyone else out for long
        (the health check), never taken by the bot."""
        make_private_folders(database)
        path = lock_path(database)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        mode = (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, mode)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    pid = _read_pid(fd)
                    os.close(fd)
                    raise DatabaseInUseError(database, pid) from None
                time.sleep(RETRY_SECONDS)
                continue
            except BaseException:
                os.close(fd)
                raise
            break
        lock = cls(fd, path)
        if not shared:
            lock._write_pid()
        return lock

    def _write_pid(self) -> None:
        assert self._fd is not None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode(), 0)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> ProcessLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def is_held(database: Path) -> bool:
    """Whether a process (the bot, a restore) holds the database's lock now."""
    if not lock_path(database).exists():
        return False
    try:
        ProcessLock.acquire(database, wait=0, shared=True).release()
    except DatabaseInUseError:
        return True
    return False


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if re.fullmatch(r"[0-9]{1,10}", text) else None
