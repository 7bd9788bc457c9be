"""/casefile [number] and /audit [all | number]: case files for admins, and who got which.

/casefile 123 in the staff chat (or /casefile in the request's topic) sends the request's case
file, a ZIP of the thread as a transcript and its files, to the admin's private chat, never
into the group; the group is told in one line. Admins of the request's staff chat and
ADMIN_IDS only; a request whose data was erased has no case file. Before queueing, one line
goes to the admin's private chat: if Telegram refuses it (they never started the bot), the
group says to start it first, as /export does. Asked again while the first is still on its
way, the admin is told so and gets one case file, not two.

/audit lists the latest case files sent from this chat's requests (with "all", every chat's,
for ADMIN_IDS; with a number, that request's): when, which request, to whom. Every answer is in
the admin's language.
"""

from __future__ import annotations

import html

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.db.case_files import AuditScope, CaseFileDownload
from bot.db.requests import Request
from bot.handlers.staff.access import chat_scope, request_of
from bot.i18n import I18n, Translator
from bot.local_time import moscow_minute
from bot.services.case_files import CaseFileService, size_text
from bot.services.requests import RequestService
from bot.services.staff import StaffService
from bot.validation import parse_id

AUDIT_LIMIT = 20


def router() -> Router:
    router = Router(name="staff_case_files")
    router.message.register(on_case_file, Command("casefile"))
    router.message.register(on_audit, Command("audit"))
    return router


async def _admin_t(message: Message, i18n: I18n, case_files: CaseFileService) -> Translator:
    user = message.from_user
    assert user is not None
    return i18n.get(await case_files.locale_of(user.id, user.language_code))


async def on_case_file(
    message: Message,
    *,
    command: CommandObject,
    bot: Bot,
    i18n: I18n,
    case_files: CaseFileService,
    requests: RequestService,
) -> None:
    if message.from_user is None:
        return
    t = await _admin_t(message, i18n, case_files)
    request = await _named_request(message, (command.args or "").split(), requests)
    if request is None:
        await message.reply(t("casefile-unknown") + "\n" + t("casefile-usage"))
        return
    admin_id = message.from_user.id
    if not await case_files.may_have(admin_id, request):
        await message.reply(t("staff-admins-only"))
        return
    if request.anonymised_at is not None:
        erased_on = t.date(request.anonymised_at)
        await message.reply(t("casefile-erased", number=str(request.id), date=erased_on))
        return
    if await case_files.is_queued(admin_id, request):
        await message.reply(t("casefile-already-queued", number=str(request.id)))
        return
    if not await _tell_in_private(bot, admin_id, t("casefile-preparing", number=str(request.id))):
        await message.reply(t("casefile-start-private"))
        return
    await case_files.queue(admin_id, request, t.locale)
    await message.reply(t("casefile-sent-private", number=str(request.id)))


async def _named_request(
    message: Message, args: list[str], requests: RequestService
) -> Request | None:
    """The request a number names, or without one the request of the topic written in."""
    if not args:
        return await request_of(message, requests)
    number = parse_id(args[0].lstrip("#№")) if len(args) == 1 else None
    return await requests.get(number) if number is not None else None


async def _tell_in_private(bot: Bot, admin_id: int, text: str) -> bool:
    """False if Telegram will not let the bot write to the admin (they never started it)."""
    try:
        await bot.send_message(admin_id, text)
    except TelegramForbiddenError:
        return False
    except TelegramBadRequest as error:
        if "chat not found" not in error.message.lower():
            raise
        return False
    return True


async def on_audit(
    message: Message,
    *,
    command: CommandObject,
    i18n: I18n,
    case_files: CaseFileService,
    requests: RequestService,
    staff: StaffService,
) -> None:
    if message.from_user is None:
        return
    t = await _admin_t(message, i18n, case_files)
    scope = await _audit_scope(message, (command.args or "").split(), t, requests, staff)
    if scope is None:
        return
    audit = await case_files.audit(scope, AUDIT_LIMIT)
    if not audit.downloads:
        await message.reply(t("casefile-audit-empty"))
        return
    lines = [t("casefile-audit-title")]
    lines += [await _audit_line(t, download, staff) for download in audit.downloads]
    if audit.total > len(audit.downloads):
        lines.append(t("casefile-audit-more", count=audit.total - len(audit.downloads)))
    await message.reply("\n".join(lines))


async def _audit_scope(
    message: Message,
    args: list[str],
    t: Translator,
    requests: RequestService,
    staff: StaffService,
) -> AuditScope | None:
    """Whose downloads to list; None if refused (the admin was told why)."""
    user_id = message.from_user.id if message.from_user else 0
    if not await staff.is_admin(user_id, message.chat.id):
        await message.reply(t("staff-admins-only"))
        return None
    if len(args) == 1 and (number := parse_id(args[0])) is not None:
        request = await requests.get(number)
        if request is None or not await staff.is_admin(user_id, request.staff_chat_id):
            await message.reply(t("casefile-unknown"))
            return None
        return AuditScope(None, request.id)
    scope = await chat_scope(message, args, t, staff)
    if scope is None:
        return None
    chat_id, rest = scope
    if rest:
        await message.reply(t("casefile-audit-usage"))
        return None
    return AuditScope(chat_id)


async def _audit_line(t: Translator, download: CaseFileDownload, staff: StaffService) -> str:
    return t(
        "casefile-audit-line",
        time=moscow_minute(download.sent_at),
        number=str(download.request_id),
        name=html.escape(await staff.label(download.admin_id)),
        files=download.files,
        size=size_text(t, download.bytes),
    )
