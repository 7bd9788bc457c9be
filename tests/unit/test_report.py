"""The monitoring report's period, counts and weekly chart figures (the workbook itself is
checked through /report in tests/handlers/test_report.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.db.connection import Database
from bot.db.requests import NewRequest, RequestsRepository
from bot.db.users import UsersRepository
from bot.i18n import I18n
from bot.local_time import MOSCOW
from bot.services.report import ReportService, parse_spec, report_spec
from bot.services.report_figures import Period, nearest_rank, parse_period
from bot.services.staff import StaffService
from bot.validation import parse_month

TODAY = date(2026, 7, 15)


def test_periods_are_whole_months_in_moscow_time() -> None:
    assert parse_period([], TODAY) == Period(date(2026, 6, 1), date(2026, 6, 1))
    assert parse_period([], date(2026, 1, 3)) == Period(date(2025, 12, 1), date(2025, 12, 1))
    period = parse_period(["2026-01", "2026-06"], TODAY)
    assert period is not None and len(period.months) == 6
    assert period.start == datetime(2026, 1, 1, tzinfo=MOSCOW)
    assert period.end == datetime(2026, 7, 1, tzinfo=MOSCOW), "June included"
    assert parse_period(["2026-07"], TODAY) == Period(date(2026, 7, 1), date(2026, 7, 1))
    assert parse_period(["2024-08", "2026-07"], TODAY) is not None, "24 months"
    for bad in (
        ["2024-07", "2026-07"],  # 25 months
        ["2026-08"],  # after this month
        ["2026-06", "2026-01"],
        ["2026-6"],
        ["0000-01"],
        ["2026-00"],
        ["2026-01", "2026-02", "2026-03"],
        ["٢٠٢٦-٠١"],
    ):
        assert parse_period(bad, TODAY) is None, bad
    assert parse_month("1999-12", date(2000, 1, 1), TODAY) is None


def test_a_queued_reports_spec_round_trips() -> None:
    period = Period(date(2026, 5, 1), date(2026, 5, 1))
    assert parse_spec(report_spec(period, None)) == (period, None)
    assert parse_spec(report_spec(period, -1001)) == (period, -1001)
    assert report_spec(period, None) == "report:2026-05:2026-05:all"


async def file(db: Database, created: datetime, *, user: int = 9000, **values: object) -> None:
    """A request filed at ``created`` (by the repository the form's service uses), then with
    ``values`` (status, urgent, rating, response_seconds, closed_at) as staff left it."""
    new = NewRequest(
        user,
        str(values.pop("category", "wages")),
        str(values.pop("city", "moscow")),
        "текст",
        None,
        bool(values.pop("urgent", False)),
        -100,
    )
    async with db.transaction() as conn:
        number = await RequestsRepository(db).insert(conn, new, created)
        for column, value in values.items():
            await conn.execute(f"UPDATE requests SET {column} = ? WHERE id = ?", (value, number))


async def test_counts_follow_moscow_months_and_fold_what_migrants_typed(
    db: Database, i18n: I18n
) -> None:
    reports = ReportService(db, i18n, StaffService(db, frozenset()))
    users = UsersRepository(db)
    async with db.transaction() as conn:
        await users.insert_if_missing(conn, 9001, "uz")
    await file(db, datetime(2026, 5, 2, 9, tzinfo=UTC), city="Тверь", rating=4)
    late_may_utc = datetime(2026, 5, 31, 22, 30, tzinfo=UTC)  # 1 June, 01:30 in Moscow
    await file(
        db,
        late_may_utc,
        user=9001,
        category="police",
        urgent=True,
        status="closed",
        rating=5,
        response_seconds=600,
        closed_at="2026-06-02T22:30:00+00:00",
    )
    await file(db, datetime(2026, 6, 30, 21, 30, tzinfo=UTC))  # 1 July in Moscow: not counted
    await file(db, datetime(2026, 4, 30, 20, 59, tzinfo=UTC))  # 30 April, 23:59: not counted
    figures = await reports.figures(Period(date(2026, 5, 1), date(2026, 6, 1)), None)
    wages, police = figures.by_category[0], figures.by_category[2]
    assert wages == [1, 0] and police == [0, 1], "late on 31 May UTC is June in Moscow"
    assert figures.by_city[-1] == 1, "a typed city counts as 'other'"
    assert figures.urgent == [1, 1] and figures.ratings == [1, 1, 0, 0, 0, 0]
    assert figures.languages == [0, 0, 1, 0, 1], "unknown: no row for the author"
    assert figures.total == 2 and figures.by_status == [1, 0, 0, 1]
    assert figures.first_answer == [[], [600]] and figures.closing == [[], [2 * 86400]]


def test_percentiles_are_nearest_rank() -> None:
    assert nearest_rank([1, 2, 3, 4], 0.5) == 2, "as /stats: the lower median"
    assert nearest_rank(list(range(1, 11)), 0.9) == 9
    assert nearest_rank([7], 0.9) == 7


async def test_the_weekly_chart_counts_moscow_weeks(db: Database, i18n: I18n) -> None:
    reports = ReportService(db, i18n, StaffService(db, frozenset()))
    now = datetime(2026, 7, 15, 12, tzinfo=UTC)  # a Wednesday
    repository = RequestsRepository(db)
    moments = [
        (datetime(2026, 7, 13, 8, tzinfo=UTC), 3600),  # this week (from Monday the 13th)
        (datetime(2026, 7, 12, 22, tzinfo=UTC), 7200),  # 01:00 on Monday in Moscow: this week
        (datetime(2026, 7, 12, 20, tzinfo=UTC), None),  # 23:00 on Sunday: last week
        (datetime(2026, 4, 27, 10, tzinfo=UTC), 60),  # the first of the 12 weeks
        (datetime(2026, 4, 26, 10, tzinfo=UTC), 60),  # before them
    ]
    for n, (created, seconds) in enumerate(moments):
        new = NewRequest(9000 + n, "housing", "moscow", "текст", None, False, -100)
        async with db.transaction() as conn:
            number = await repository.insert(conn, new, created)
            await conn.execute(
                "UPDATE requests SET response_seconds = ? WHERE id = ?", (seconds, number)
            )
    weekly = await reports.weekly(None, now)
    assert weekly.weeks[0] == date(2026, 4, 27) and weekly.weeks[-1] == date(2026, 7, 13)
    housing = weekly.by_category[7]
    assert housing[-1] == 2 and housing[-2] == 1 and housing[0] == 1 and sum(housing) == 4
    assert weekly.median_hours[-1] == 1.0 and weekly.median_hours[-2] is None
    assert weekly.median_hours[0] == round(60 / 3600, 2)
    assert timedelta(weeks=11) == weekly.weeks[-1] - weekly.weeks[0]
