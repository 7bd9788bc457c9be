"""What the monitoring report counts: its period (whole months, Moscow time) and the counts and
durations of the requests filed in it, before any suppression. No text, number or person."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from bot.content.cities import CITIES
from bot.content.request_categories import CATEGORIES
from bot.db.request_stats import ReportDurations, ReportGroup
from bot.i18n import LOCALES
from bot.local_time import MOSCOW
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
    def spans(self) -> list[tuple[datetime, datetime]]:
        """Each month from its first midnight to the next, Moscow time."""
        midnights = [
            datetime.combine(month, time(), tzinfo=MOSCOW)
            for month in [*self.months, month_after(self.last)]
        ]
        return list(itertools.pairwise(midnights))

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
    def empty(cls, period: Period) -> Figures:
        months = len(period.months)
        figures = cls(period, [[0] * months for _ in CATEGORIES])
        figures.first_answer = [[] for _ in range(months)]
        figures.closing = [[] for _ in range(months)]
        return figures

    @classmethod
    def count(
        cls, period: Period, groups: Iterable[ReportGroup], durations: Iterable[ReportDurations]
    ) -> Figures:
        """``groups`` and ``durations`` of the period's months (span i: the i-th month)."""
        figures = cls.empty(period)
        for group in groups:
            figures.add(group)
        for times in durations:
            if times.response_seconds is not None:
                figures.first_answer[times.span].append(times.response_seconds)
            if times.closing_seconds is not None:
                figures.closing[times.span].append(times.closing_seconds)
        return figures

    def add(self, group: ReportGroup) -> None:
        count = group.count
        self.by_category[_index(CATEGORIES, group.category, "other")][group.span] += count
        self.by_city[_index(CITIES, group.city, "other")] += count
        self.by_status[STATUSES.index(group.status)] += count
        self.urgent[0 if group.urgent else 1] += count
        self.ratings[_index(RATINGS, group.rating)] += count
        self.languages[_index(LOCALES, group.locale)] += count

    @property
    def total(self) -> int:
        return sum(self.by_status)


def _index(known: Sequence[object], value: object, instead: object = None) -> int:
    """Where ``value`` is counted: its place in ``known``, else ``instead``'s, else the
    place after the last (not rated, language unknown)."""
    if value in known:
        return known.index(value)
    return known.index(instead) if instead in known else len(known)
