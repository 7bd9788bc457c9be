"""Case files: an admin's copy of a request's thread and evidence, before retention erases it.

/casefile queues a 'file' row of the outbox (file_kind 'casefile', file_id
"casefile:<request>:<locale>") for the admin's private chat; the ZIP is made when the row is
sent (bot/services/case_file_zip.py), in a temporary folder deleted right after, so a 429, a
5xx or a restart only delays it and no copy of the evidence is kept by the bot. At that moment
the request is looked at again: erased meanwhile, or the person no longer its chat's admin,
and they get one line instead. Each case file sent is recorded (who, when, which request, how
many files, how big) in ``case_file_downloads``, which /audit lists; those rows hold staff ids
and request numbers only and outlive the request's personal data.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiogram import Bot
from aiogram.types import FSInputFile

from bot.db.case_files import AuditScope, CaseFileDownload, CaseFilesRepository
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxMessage, OutboxRepository
from bot.db.requests import Request, RequestsRepository
from bot.db.users import UsersRepository
from bot.i18n import I18n, Translator
from bot.services.case_file_zip import MAX_FILES_BYTES, BuiltCaseFile, CaseFileZip
from bot.services.outbox import MAX_ATTEMPTS
from bot.services.staff import StaffService

log = logging.getLogger(__name__)

CASE_FILE_KIND = "casefile"  # outbox 'file' rows made when sent
THREAD_LIMIT = 1_000_000  # the whole thread
MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Audit:
    downloads: list[CaseFileDownload]
    total: int


def case_file_spec(request_id: int, locale: str) -> str:
    return f"{CASE_FILE_KIND}:{request_id}:{locale}"


def parse_case_file_spec(spec: str) -> tuple[int, str]:
    kind, request_id, locale = spec.split(":")
    if kind != CASE_FILE_KIND:
        raise ValueError("not a case file")
    return int(request_id), locale


def size_text(t: Translator, size: int) -> str:
    """Megabytes with one decimal, written with a comma but in English."""
    number = f"{size / MEGABYTE:.1f}"
    return t("casefile-size", size=number if t.locale == "en" else number.replace(".", ","))


class CaseFileService:
    def __init__(
        self,
        db: Database,
        i18n: I18n,
        staff: StaffService,
        *,
        max_bytes: int = MAX_FILES_BYTES,
    ) -> None:
        self.db = db
        self.i18n = i18n
        self.staff = staff
        self.max_bytes = max_bytes
        self.requests = RequestsRepository(db)
        self.outbox = OutboxRepository(db)
        self.users = UsersRepository(db)
        self.downloads = CaseFilesRepository(db)
        self.on_queued: Callable[[], None] = lambda: None  # the outbox sender's wake-up

    async def locale_of(self, user_id: int, language_code: str | None = None) -> str:
        """A staff member's language: the one the bot knows for them, else this update's."""
        user = await self.users.get(user_id)
        return self.i18n.choose_locale(user.reach_locale if user else None, language_code)

    async def may_have(self, admin_id: int, request: Request) -> bool:
        """Admins of the request's staff chat (ADMIN_IDS: of every chat) only."""
        return await self.staff.is_admin(admin_id, request.staff_chat_id)

    async def is_queued(self, admin_id: int, request: Request) -> bool:
        """This admin's case file of this request is on its way already (asked twice)."""
        async with self.db.single_statement() as conn:
            specs = await self.outbox.pending_files(conn, admin_id, CASE_FILE_KIND)
        return any(parse_case_file_spec(spec)[0] == request.id for spec in specs)

    async def queue(self, admin_id: int, request: Request, locale: str) -> None:
        """The case file goes to the admin's private chat through the outbox."""
        async with self.db.single_statement() as conn:
            await self.outbox.add_file(
                conn,
                chat_id=admin_id,
                file_kind=CASE_FILE_KIND,
                file_id=case_file_spec(request.id, locale),
                caption=None,
                now=utc_now(),
            )
        self.on_queued()

    async def send_queued(self, bot: Bot, row: OutboxMessage) -> int:
        """Make and send a queued case file (the outbox calls this and handles what Telegram
        answers); returns the sent message's id."""
        request_id, locale = parse_case_file_spec(row.file_id or "")
        t = self.i18n.get(locale)
        request = await self.requests.get(request_id)
        refusal = await self._refusal(t, row.chat_id, request)
        if refusal is not None or request is None:
            sent = await bot.send_message(row.chat_id, refusal or t("casefile-unknown"))
            return sent.message_id
        with tempfile.TemporaryDirectory(prefix="casefile-") as folder:
            last_try = row.attempts + 1 >= MAX_ATTEMPTS
            built = await self._build(
                bot, t, Path(folder), request, row.chat_id, last_try=last_try
            )
            document = FSInputFile(built.path, filename=built.path.name)
            sent = await bot.send_document(
                row.chat_id, document, caption=_caption(t, built, request)
            )
        await self._record(request, row.chat_id, built)
        log.info("case file of request %d sent to an admin (%d files)", request.id, built.files)
        return sent.message_id

    async def _refusal(self, t: Translator, admin_id: int, request: Request | None) -> str | None:
        if request is None:
            return t("casefile-unknown")
        if request.anonymised_at is not None:
            return t("casefile-erased", number=str(request.id), date=t.date(request.anonymised_at))
        if not await self.may_have(admin_id, request):
            return t("staff-admins-only")
        return None

    async def _build(
        self,
        bot: Bot,
        t: Translator,
        folder: Path,
        request: Request,
        admin_id: int,
        *,
        last_try: bool,
    ) -> BuiltCaseFile:
        thread = await self.requests.thread(request.id, THREAD_LIMIT)
        maker = CaseFileZip(bot, t, folder, self.max_bytes, last_try=last_try)
        made_for = await self.staff.label(admin_id)
        return await maker.build(request, thread, self.staff.label, made_for, utc_now())

    async def _record(self, request: Request, admin_id: int, built: BuiltCaseFile) -> None:
        download = CaseFileDownload(
            request_id=request.id,
            staff_chat_id=request.staff_chat_id,
            admin_id=admin_id,
            sent_at=utc_now(),
            files=built.files,
            left_out=built.left_out,
            bytes=built.bytes,
        )
        async with self.db.single_statement() as conn:
            await self.downloads.record(conn, download)

    async def audit(self, scope: AuditScope, limit: int) -> Audit:
        downloads, total = await self.downloads.latest(scope, limit)
        return Audit(downloads, total)


def _caption(t: Translator, built: BuiltCaseFile, request: Request) -> str:
    return t(
        "casefile-caption",
        number=str(request.id),
        files=built.files,
        left=built.left_out,
        size=size_text(t, built.bytes),
    )
