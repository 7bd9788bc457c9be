"""The ZIP of a case file: ``transcript.txt`` and the thread's files, fetched from Telegram.

Made in a temporary folder the caller owns (deleted once sent): each file is downloaded to
disk and stored in the ZIP as it is (photos and voices do not compress), so a large case file
is never held in memory. Telegram gives a bot files up to 20 MB; the files together are
capped at ``MAX_FILES_BYTES`` so the ZIP stays under the 50 MB a bot may send. A file Telegram
will not give, or that would pass the cap, is named in the transcript with the reason, and the
ZIP is made all the same. A file Telegram could not give just now (a 5xx, a network error, a
429 the session gave up on) raises instead, so that the outbox makes the whole case file again
later; only on the outbox's last attempt (``last_try``) is it named as failed.
"""

from __future__ import annotations

import asyncio
import zipfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

import aiohttp
from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import File

from bot.db.requests import Request, RequestMessage
from bot.i18n import Translator
from bot.local_time import MOSCOW
from bot.services.topics import city_name

MAX_FILES_BYTES = 45 * 1024 * 1024
DOWNLOAD_TIMEOUT_SECONDS = 120
TRANSCRIPT = "transcript.txt"

#: Why a file is not in the ZIP: the reason's message id.
TOO_BIG, UNAVAILABLE, OVER_CAP, FAILED = (
    "casefile-reason-too-big",
    "casefile-reason-unavailable",
    "casefile-reason-cap",
    "casefile-reason-failed",
)

StaffLabel = Callable[[int], Awaitable[str]]

#: Failures that pass: worth making the case file again rather than leaving the file out.
TRANSIENT = (
    TelegramServerError,
    TelegramNetworkError,
    TelegramRetryAfter,
    aiohttp.ClientError,
    TimeoutError,
)


@dataclass(frozen=True)
class Fetched:
    """What became of one message's file: its name in the ZIP, or why it is not there."""

    name: str | None = None
    reason: str | None = None
    size: int = 0


@dataclass(frozen=True)
class BuiltCaseFile:
    path: Path
    files: int
    left_out: int
    bytes: int


class CaseFileZip:
    """One case file, built once with :meth:`build` into ``folder``."""

    def __init__(
        self, bot: Bot, t: Translator, folder: Path, max_bytes: int, *, last_try: bool
    ) -> None:
        self.bot = bot
        self.t = t
        self.folder = folder
        self.room = max_bytes
        self.last_try = last_try

    async def build(
        self,
        request: Request,
        thread: list[RequestMessage],
        label: StaffLabel,
        made_for: str,
        now: datetime,
    ) -> BuiltCaseFile:
        path = self.folder / f"case_{request.id}.zip"
        fetched: dict[int, Fetched] = {}
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
            for message in thread:
                if message.file_id:
                    fetched[message.id] = await self._fetch(archive, message, len(fetched) + 1)
            header = self._header(request, made_for, now)
            lines = [*header, *await self._lines(thread, fetched, label)]
            text = ("\n".join(lines) + "\n").encode("utf-8")
            await asyncio.to_thread(archive.writestr, TRANSCRIPT, text, zipfile.ZIP_DEFLATED)
        stored = [f for f in fetched.values() if f.name is not None]
        size = (await asyncio.to_thread(path.stat)).st_size
        return BuiltCaseFile(path, len(stored), len(fetched) - len(stored), size)

    # --- files ----------------------------------------------------------------------

    async def _fetch(
        self, archive: zipfile.ZipFile, message: RequestMessage, number: int
    ) -> Fetched:
        """Download one file into the ZIP, unless Telegram refuses or the cap is reached."""
        found = await self._locate(message.file_id or "")
        if isinstance(found, Fetched):
            return found
        if found.file_size is not None and found.file_size > self.room:
            return Fetched(reason=OVER_CAP)
        if not found.file_path:  # Telegram gives no path for files it will not serve
            return Fetched(reason=TOO_BIG)
        suffix = PurePosixPath(found.file_path).suffix
        name = f"files/{number:02d}-{message.kind}{suffix}"
        part = self.folder / f"part-{number}"
        try:
            await self.bot.download_file(
                found.file_path, destination=part, timeout=DOWNLOAD_TIMEOUT_SECONDS
            )
        except (*TRANSIENT, TelegramAPIError) as error:
            await asyncio.to_thread(part.unlink, missing_ok=True)
            if isinstance(error, TRANSIENT) and not self.last_try:
                raise
            return Fetched(reason=FAILED)
        return await self._store(archive, part, name)

    async def _locate(self, file_id: str) -> File | Fetched:
        """Telegram's path to the file, or why there is none."""
        try:
            return await self.bot.get_file(file_id)
        except TelegramBadRequest as error:
            too_big = "too big" in error.message.lower()
            return Fetched(reason=TOO_BIG if too_big else UNAVAILABLE)
        except TRANSIENT:
            if not self.last_try:
                raise
            return Fetched(reason=FAILED)
        except TelegramAPIError:
            return Fetched(reason=FAILED)

    async def _store(self, archive: zipfile.ZipFile, part: Path, name: str) -> Fetched:
        size = await asyncio.to_thread(_move_into, archive, part, name, self.room)
        if size is None:
            return Fetched(reason=OVER_CAP)
        self.room -= size
        return Fetched(name=name, size=size)

    # --- the transcript -------------------------------------------------------------

    def _time(self, moment: datetime | None) -> str:
        if moment is None:
            return "—"
        return self.t("casefile-time", time=f"{moment.astimezone(MOSCOW):%Y-%m-%d %H:%M}")

    def _header(self, request: Request, made_for: str, now: datetime) -> list[str]:
        t = self.t
        lines = [
            t("casefile-title", number=str(request.id)),
            t("casefile-category", category=t(f"request-category-{request.category}")),
            t("casefile-city", city=city_name(t, request.city)),
            t("casefile-status", status=t(f"request-status-{request.status}")),
            t("casefile-filed", time=self._time(request.created_at)),
            t("casefile-first-answer", time=self._time(request.first_response_at)),
            t("casefile-closed", time=self._time(request.closed_at)),
        ]
        if request.phone:
            lines.append(t("casefile-phone", phone=request.phone))
        lines += [t("casefile-made", time=self._time(now), name=made_for), t("casefile-zone")]
        return [*lines, ""]

    async def _lines(
        self, thread: list[RequestMessage], fetched: dict[int, Fetched], label: StaffLabel
    ) -> list[str]:
        lines: list[str] = []
        for message in thread:
            lines.append(await self._author_line(message, label))
            if message.text:
                lines.append(message.text)
            if message.id in fetched:
                lines.append(self._attachment_line(message, fetched[message.id]))
            lines.append("")
        if not thread:
            lines.append(self.t("casefile-thread-empty"))
        left_out = sum(1 for f in fetched.values() if f.name is None)
        if left_out:
            lines.append(self.t("casefile-left-out", count=left_out))
        return lines

    async def _author_line(self, message: RequestMessage, label: StaffLabel) -> str:
        when = self._time(message.created_at)
        if message.direction == "in":
            return self.t("casefile-line-migrant", time=when)
        name = await label(message.author_id) if message.author_id is not None else "—"
        if message.direction == "note":
            return self.t("casefile-line-note", time=when, name=name)
        return self.t("casefile-line-operator", time=when, name=name)

    def _attachment_line(self, message: RequestMessage, fetched: Fetched) -> str:
        kind = self.t("casefile-kind", kind=message.kind)
        if fetched.name is not None:
            return self.t("casefile-attachment", kind=kind, file=fetched.name)
        reason = self.t(fetched.reason or FAILED)
        return self.t("casefile-attachment-missing", kind=kind, reason=reason)


def _move_into(archive: zipfile.ZipFile, part: Path, name: str, room: int) -> int | None:
    """Store a downloaded file in the ZIP and delete it; None (not stored) if it is larger
    than the room left."""
    size = part.stat().st_size
    if size <= room:
        archive.write(part, name)
    part.unlink()
    return size if size <= room else None
