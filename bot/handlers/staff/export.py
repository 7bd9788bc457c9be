"""/export [all] [from to]: requests filed in a date range (Moscow days) as CSV and XLSX.

The requests routed to this staff chat (with "all": every chat's, for ADMIN_IDS). Operators
get the anonymous columns, in the group. Admins also get user id, phone and text: those files
go to the admin's private chat only, never into the group where every member could open them;
the group is told in one line.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message

from bot.db.clock import utc_now
from bot.handlers.staff.access import chat_scope, is_operator
from bot.i18n import Translator
from bot.local_time import MOSCOW, moscow_date
from bot.services.request_stats import Export, RequestStatsService
from bot.services.staff import StaffService
from bot.validation import parse_day

DEFAULT_DAYS = 30
MAX_DAYS = 366
EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)  # far from date.max: the day after the range must exist


def router() -> Router:
    router = Router(name="staff_export")
    router.message.register(on_export, Command("export"), is_operator)
    return router


def parse_range(parts: list[str], today: date) -> tuple[date, date] | None:
    """(first, last) day, both included; None if the arguments make no sense."""
    if not parts:
        return today - timedelta(days=DEFAULT_DAYS - 1), today
    if len(parts) != 2:
        return None
    first, last = parse_day(parts[0], EARLIEST, LATEST), parse_day(parts[1], EARLIEST, LATEST)
    if first is None or last is None or first > last or (last - first).days >= MAX_DAYS:
        return None
    return first, last


async def on_export(
    message: Message,
    *,
    command: CommandObject,
    bot: Bot,
    staff_t: Translator,
    request_stats: RequestStatsService,
    staff: StaffService,
) -> None:
    scope = await chat_scope(message, (command.args or "").split(), staff_t, staff)
    if scope is None or message.from_user is None:
        return
    chat_id, args = scope
    days = parse_range(args, moscow_date(utc_now()))
    if days is None:
        await message.reply(
            staff_t("staff-export-bad-range") + "\n" + staff_t("staff-export-usage")
        )
        return
    first, last = days
    personal = await staff.is_admin(message.from_user.id, message.chat.id)
    start = datetime.combine(first, time(), tzinfo=MOSCOW)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=MOSCOW)
    export = await request_stats.export(start, end, personal, chat_id)
    caption = staff_t(
        "staff-export-done",
        to=last.isoformat(),
        count=export.count,
        personal="yes" if personal else "no",
        **{"from": first.isoformat()},
    )
    name = f"requests_{first.isoformat()}_{last.isoformat()}"
    if not personal:
        await message.reply_document(BufferedInputFile(export.csv, f"{name}.csv"), caption=caption)
        await message.reply_document(BufferedInputFile(export.xlsx, f"{name}.xlsx"))
        return
    sent = await _to_private_chat(bot, message.from_user.id, export, name, caption)
    await message.reply(
        staff_t("staff-export-sent-private" if sent else "staff-export-start-private")
    )


async def _to_private_chat(
    bot: Bot, admin_id: int, export: Export, name: str, caption: str
) -> bool:
    """False if Telegram will not let the bot write to the admin (they never started it)."""
    try:
        await bot.send_document(
            admin_id, BufferedInputFile(export.csv, f"{name}.csv"), caption=caption
        )
        await bot.send_document(admin_id, BufferedInputFile(export.xlsx, f"{name}.xlsx"))
    except TelegramForbiddenError:
        return False
    except TelegramBadRequest as error:
        if "chat not found" not in error.message.lower():
            raise
        return False
    return True
