"""/export [from] [to]: requests filed in a date range as CSV and XLSX files.

Anonymous columns for operators; admins also get user id, phone and text.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message

from bot.db.clock import utc_now
from bot.handlers.staff.access import is_operator
from bot.i18n import Translator
from bot.services.request_stats import RequestStatsService
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


def parse_range(args: str | None, today: date) -> tuple[date, date] | None:
    """(first, last) day, both included; None if the arguments make no sense."""
    parts = (args or "").split()
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
    command: CommandObject,
    staff_t: Translator,
    request_stats: RequestStatsService,
    staff: StaffService,
) -> None:
    days = parse_range(command.args, utc_now().date())
    if days is None or message.from_user is None:
        await message.reply(
            staff_t("staff-export-bad-range") + "\n" + staff_t("staff-export-usage")
        )
        return
    first, last = days
    personal = await staff.is_admin(message.from_user.id)
    start = datetime.combine(first, time(), tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=UTC)
    export = await request_stats.export(start, end, personal)
    name = f"requests_{first.isoformat()}_{last.isoformat()}"
    caption = staff_t(
        "staff-export-done",
        to=last.isoformat(),
        count=export.count,
        personal="yes" if personal else "no",
        **{"from": first.isoformat()},
    )
    await message.reply_document(BufferedInputFile(export.csv, f"{name}.csv"), caption=caption)
    await message.reply_document(BufferedInputFile(export.xlsx, f"{name}.xlsx"))
