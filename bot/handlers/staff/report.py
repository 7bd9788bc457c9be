"""/report [all] [YYYY-MM [YYYY-MM]]: the monitoring report (admins of this staff chat).

Without months, the last full month (Moscow time); one month, or the first and the last. The
requests routed to this staff chat, or with "all" every chat's (ADMIN_IDS). The workbook is
anonymous, yet it goes to the admin's private chat, as /export's personal files do: a report
for parliament is the admin's to pass on, not every group member's; the group gets one line.
Every answer is in the admin's language, as is the workbook.
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message

from bot.db.clock import utc_now
from bot.handlers.staff.access import chat_scope, is_operator
from bot.i18n import I18n
from bot.local_time import moscow_date
from bot.services.report import Report, ReportService
from bot.services.report_figures import parse_period
from bot.services.staff import StaffService


def router() -> Router:
    router = Router(name="staff_report")
    router.message.register(on_report, Command("report"), is_operator)
    return router


async def on_report(
    message: Message,
    *,
    command: CommandObject,
    bot: Bot,
    i18n: I18n,
    reports: ReportService,
    staff: StaffService,
) -> None:
    if message.from_user is None:
        return
    admin = message.from_user
    t = i18n.get(await reports.locale_of(admin.id, admin.language_code))
    if not await staff.is_admin(admin.id, message.chat.id):
        await message.reply(t("staff-admins-only"))
        return
    scope = await chat_scope(message, (command.args or "").split(), t, staff)
    if scope is None:
        return
    chat_id, args = scope
    period = parse_period(args, moscow_date(utc_now()))
    if period is None:
        await message.reply(t("staff-report-bad-period") + "\n" + t("staff-report-usage"))
        return
    report = await reports.build(period, chat_id, t.locale)
    sent = await _to_private_chat(bot, admin.id, report)
    await message.reply(t("staff-report-sent-private" if sent else "staff-report-start-private"))


async def _to_private_chat(bot: Bot, admin_id: int, report: Report) -> bool:
    """False if Telegram will not let the bot write to the admin (they never started it)."""
    try:
        await bot.send_document(
            admin_id, BufferedInputFile(report.xlsx, report.file_name), caption=report.caption
        )
    except TelegramForbiddenError:
        return False
    except TelegramBadRequest as error:
        if "chat not found" not in error.message.lower():
            raise
        return False
    return True
