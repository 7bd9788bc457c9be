"""What the monitoring report counts: its period (whole months, Moscow time) and the counts and
durations of the requests filed in it, before any suppression. No text, number or person."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from bot.content.cities import CITIES
from bot.content.request_categories import CATEGORIES
from bot.db.request_stats import ReportRow
from bot.i18n import LOCALES
from bot.local_time import MOSCOW, moscow_date
from bot.validation import parse_month

STATUSES = ("new", "in_progress", "answered", "closed")
RATINGS = (5, 4, 3, 2, 1)
MAX_MONTHS = 24
EARLIEST_MONTH = date(2000, 1, 1)


def month_after(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def month_before(first: date) -> date:
    return date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """Whole months, Moscow time: ``first`` and ``last`` are the first days of the first and
    the last month (both included)."""

    first: date
    last: date

    @property
    def months(self) -> list[date]:
        months, month = [], self.first
        while month <= self.last:
            months.append(month)
            month = month_after(month)
        return months

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time(), tzinfo=MOSCOW)

    @property
    def end(self) -> datetime:
        return datetime.combine(month_after(self.last), time(), tzinfo=MOSCOW)

    @property
    def spec(self) -> str:
        return f"{self.first:%Y-%m}:{self.last:%Y-%m}"


def last_full_month(today: date) -> Period:
    month = month_before(today.replace(day=1))
    return Period(month, month)


def parse_period(parts: Sequence[str], today: date) -> Period | None:
    """/report's months: none (the last full month), one, or the first and the last; None if
    they make no sense (not YYYY-MM, reversed, after this month, more than MAX_MONTHS)."""
    if not parts:
        return last_full_month(today)
    if len(parts) > 2:
        return None
    this_month = today.replace(day=1)
    months = [parse_month(part, EARLIEST_MONTH, this_month) for part in parts]
    first, last = months[0], months[-1]
    if first is None or last is None or first > last:
        return None
    period = Period(first, last)
    return period if len(period.months) <= MAX_MONTHS else None


def nearest_rank(values: Sequence[int], share: float) -> int:
    """The nearest-rank percentile of sorted ``values`` (the median: share 0.5, as /stats)."""
    return values[max(math.ceil(share * len(values)) - 1, 0)]


@dataclass
class Figures:
    """The counts of a report, before suppression. Lists follow CATEGORIES, CITIES (a typed
    city counts as 'other': it is what a migrant wrote), STATUSES, (urgent, not urgent),
    RATINGS then 'not rated', LOCALES then 'unknown'."""

    period: Period
    by_category: list[list[int]]
    by_city: list[int] = field(default_factory=lambda: [0] * len(CITIES))
    by_status: list[int] = field(default_factory=lambda: [0] * len(STATUSES))
    urgent: list[int] = field(default_factory=lambda: [0, 0])
    ratings: list[int] = field(default_factory=lambda: [0] * (len(RATINGS) + 1))
    languages: list[int] = field(default_factory=lambda: [0] * (len(LOCALES) + 1))
    first_answer: list[list[int]] = field(default_factory=list)  # seconds, per month
    closing: list[list[int]] = field(default_factory=list)

    @classmethod
    def count(cls, period: Period, rows: Iterable[ReportRow]) -> Figures:
        months = period.months
        index = {(month.year, month.month): i for i, month in enumerate(months)}
        figures = cls(period, [[0] * len(months) for _ in CATEGORIES])
        figures.first_answer = [[] for _ in months]
        figures.closing = [[] for _ in months]
        for row in rows:
            day = moscow_date(row.created_at)
            month = index.get((day.year, day.month))
            if month is not None:
                figures.add(row, month)
        return figures

    def add(self, row: ReportRow, month: int) -> None:
        category = row.category if row.category in CATEGORIES else "other"
        self.by_category[CATEGORIES.index(category)][month] += 1
        city = row.city if row.city in CITIES else "other"
        self.by_city[CITIES.index(city)] += 1
        self.by_status[STATUSES.index(row.status)] += 1
        self.urgent[0 if row.urgent else 1] += 1
        rated = row.rating in RATINGS
        self.ratings[RATINGS.index(row.rating) if rated else len(RATINGS)] += 1
        known = row.locale in LOCALES
        self.languages[LOCALES.index(row.locale) if known else len(LOCALES)] += 1
        if row.response_seconds is not None:
            self.first_answer[month].append(row.response_seconds)
        if row.closing_seconds is not None:
            self.closing[month].append(row.closing_seconds)

    @property
    def total(self) -> int:
        return sum(self.by_status)
