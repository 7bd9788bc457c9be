"""/queue, /stats and /export for operators: figures over the requests table.

Statistics are anonymous counts. /export writes the same rows as CSV (UTF-8 with a BOM, so
Excel reads Cyrillic) and XLSX; texts and phone numbers only for admins.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from openpyxl import Workbook

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.request_stats import EXPORT_COLUMNS, PERSONAL_COLUMNS, RequestStatsRepository
from bot.db.requests import HolderCount, Request, RequestsRepository
from bot.db.transfers import TransferCounts, TransfersRepository
from bot.local_time import MOSCOW

TOP_CITIES = 10
EXCEL_TEXT_LIMIT = 32_000  # a cell holds 32,767 characters
MOMENT_COLUMNS = frozenset({"created_at", "first_response_at", "closed_at"})
# What XML 1.0, and so XLSX, cannot hold (openpyxl refuses the control characters; U+FFFE,
# U+FFFF and lone surrogates it writes into a file Excel cannot open). Replaced by U+FFFD, so
# the reader sees something was there; the CSV gets the same values.
UNHOLDABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class PeriodStats:
    total: int
    by_status: list[tuple[str, int]]
    by_category: list[tuple[str, int]]
    by_city: list[tuple[str, int]]
    median_response_seconds: int | None
    average_rating: float | None
    rated: int
    by_holder: list[HolderCount] = field(default_factory=list)  # filed in the period
    # made in the period: out of the chat and into it
    transfers: TransferCounts = field(default_factory=lambda: TransferCounts(0, 0))


@dataclass(frozen=True)
class Export:
    count: int
    csv: bytes
    xlsx: bytes


class RequestStatsService:
    def __init__(self, db: Database) -> None:
        self.stats = RequestStatsRepository(db)
        self.requests = RequestsRepository(db)
        self.transfers = TransfersRepository(db)

    async def queue(
        self, limit: int, chat_id: int | None = None, assignee_id: int | None = None
    ) -> tuple[list[Request], int]:
        """Open requests of one staff chat or all, of one operator if given (urgent first,
        then the oldest) and how many there are in all."""
        shown = await self.requests.queue(limit, chat_id, assignee_id)
        return shown, await self.requests.count_open(chat_id, assignee_id)

    async def holders(self, chat_id: int | None = None) -> list[HolderCount]:
        """Open and urgent requests per operator (None: nobody holds them)."""
        return await self.requests.holders(chat_id)

    async def period(
        self, since: datetime | None, chat_id: int | None = None, until: datetime | None = None
    ) -> PeriodStats:
        """Requests filed in [since, until) (None: without that bound)."""
        span = (since, until)
        average, rated = await self.stats.rating(span, chat_id)
        return PeriodStats(
            total=await self.stats.total(span, chat_id),
            by_status=await self.stats.count_by("status", span, 10, chat_id),
            by_category=await self.stats.count_by("category", span, 20, chat_id),
            by_city=await self.stats.count_by("city", span, TOP_CITIES, chat_id),
            median_response_seconds=await self.stats.median_response_seconds(span, chat_id),
            average_rating=average,
            rated=rated,
            by_holder=await self.stats.by_holder(span, chat_id),
            transfers=await self.transfers.counts(span, chat_id),
        )

    async def week_and_all(
        self, now: datetime | None = None, chat_id: int | None = None
    ) -> tuple[PeriodStats, PeriodStats]:
        now = now or utc_now()
        week = await self.period(now - timedelta(days=7), chat_id)
        return week, await self.period(None, chat_id)

    async def export(
        self, start: datetime, end: datetime, personal: bool, chat_id: int | None = None
    ) -> Export:
        header = list(EXPORT_COLUMNS + (PERSONAL_COLUMNS if personal else ()))
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(header)
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("requests")
        sheet.append(header)
        count = 0
        async for row in self.stats.export(start, end, personal, chat_id):
            values = [_cell(column, row[column]) for column in header]
            writer.writerow(values)
            sheet.append(values)
            count += 1
        binary = io.BytesIO()
        workbook.save(binary)
        return Export(count, text.getvalue().encode("utf-8-sig"), binary.getvalue())


def _cell(column: str, value: object) -> object:
    """Times in Moscow's zone (with its offset), as everywhere staff read a time; text that a
    spreadsheet would read as a formula stays text; long texts are cut; characters a
    spreadsheet cannot hold are replaced."""
    if column in MOMENT_COLUMNS and isinstance(value, str):
        return datetime.fromisoformat(value).astimezone(MOSCOW).isoformat(timespec="seconds")
    if isinstance(value, str):
        value = UNHOLDABLE.sub("\ufffd", value[:EXCEL_TEXT_LIMIT])
        if value.startswith(("=", "+", "-", "@")):
            return "'" + value
    return value
