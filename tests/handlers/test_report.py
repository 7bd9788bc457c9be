"""The monitoring report: /report by an admin sends an anonymised XLSX to their private chat
(small counts "<5", protected totals, no text, phone or id anywhere in the workbook), refuses
others and bad periods in the asker's language; the monthly job sends last month's report
through the outbox, through a 429, a 5xx and a restart, once; /stats attaches a PNG chart."""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from bot.content.request_categories import CATEGORIES
from bot.db.clock import utc_now
from bot.db.requests import NewRequest, RequestsRepository
from bot.local_time import MOSCOW, moscow_date
from bot.scheduler import build_scheduler, queue_monthly_reports
from bot.services.report_figures import month_after, month_before
from bot.services.report_suppression import Mark, ProtectedTable, Shown
from fake_telegram.html_check import visible_text
from fake_telegram.limits import image_size
from tests.disclosure import revealed_small_counts, table_system, table_truth
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import ADMIN, OPERATOR, STAFF, file_request, helpdesk, i18n

ru, ky, uz = i18n.get("ru"), i18n.get("ky"), i18n.get("uz")
SECRET = "Хозяин отобрал паспорт"  # every description holds it
PHONE = "+79991234567"
FIRST_USER = 880_001
PARTNER = -1009876543210
PARTNER_ADMIN = 5202

# Requests per topic in the three months before this one: police and documents have a month
# with 2 and 3 requests (shown "<5"), housing a lone 1.
BY_TOPIC = {"wages": [12, 7, 6], "police": [6, 2, 5], "documents": [5, 6, 3], "housing": [1, 0, 0]}


@dataclass(frozen=True)
class Filed:
    months: list[date]  # the three months, first days
    user_ids: list[int]
    total: int


def three_months_before(today: date) -> list[date]:
    this_month = today.replace(day=1)
    first = month_before(month_before(month_before(this_month)))
    return [first, month_before(month_before(this_month)), month_before(this_month)]


async def fill(harness: Harness) -> Filed:
    """Requests as migrants filed them (the repository the form's service uses), with the
    answers, closings and ratings operators and migrants gave them."""
    months = three_months_before(moscow_date(utc_now()))
    repository = RequestsRepository(harness.services.db)
    locales = ["ky"] * 25 + ["ru"] * 20 + ["uz"] * 6 + ["en"] * 2
    cities = ["moscow"] * 30 + ["spb"] * 15 + ["kazan"] * 3 + ["Тверь"] * 5
    user_ids: list[int] = []
    n = 0
    for category, per_month in BY_TOPIC.items():
        for month, count in zip(months, per_month, strict=True):
            for _ in range(count):
                user = FIRST_USER + n
                user_ids.append(user)
                await harness.services.users.get_or_create(user, locales[n])
                created = datetime.combine(month + timedelta(days=n % 25), time(11), MOSCOW)
                new = NewRequest(
                    user_id=user,
                    category=category,
                    city=cities[n],
                    text=f"{SECRET}, заявитель {user}",
                    phone=PHONE,
                    urgent=category == "police",
                    staff_chat_id=harness.services.requests.staff_chat_for(category),
                )
                async with harness.services.db.transaction() as conn:
                    number = await repository.insert(conn, new, created)
                    await conn.execute(*_outcome(number, n, created))
                n += 1
    return Filed(months, user_ids, n)


def _outcome(number: int, n: int, created: datetime) -> tuple[str, tuple[Any, ...]]:
    """30 closed (rated 5, 4 or 1), 15 answered, the rest new; answered after n % 10 + 1
    hours, closed two days later."""
    status = "closed" if n < 30 else "answered" if n < 45 else "new"
    answered = status != "new"
    hours = n % 10 + 1
    rating = (5 if n < 20 else 4 if n < 28 else 1) if status == "closed" else None
    first = (created + timedelta(hours=hours)).astimezone(UTC).isoformat() if answered else None
    closed = (created + timedelta(days=2)).astimezone(UTC).isoformat() if n < 30 else None
    return (
        "UPDATE requests SET status = ?, first_response_at = ?, response_seconds = ?,"
        " closed_at = ?, rating = ? WHERE id = ?",
        (status, first, hours * 3600 if answered else None, closed, rating, number),
    )


def uploads(harness: Harness, chat: int) -> list[dict[str, Any]]:
    return [r for r in harness.fake.store.bot_messages(chat) if r.get("upload")]


def last_text(harness: Harness, chat: int) -> str:
    return str(harness.fake.store.bot_messages(chat)[-1]["text"])


def workbook_of(record: dict[str, Any]) -> Workbook:
    return load_workbook(io.BytesIO(record["upload"]))


def every_cell(book: Workbook) -> list[str]:
    return [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]


def rows_of(book: Workbook, title: str) -> dict[str, list[Any]]:
    """A sheet's rows by their first cell."""
    return {
        str(row[0]): list(row[1:])
        for row in book[title].iter_rows(values_only=True)
        if row and row[0] is not None
    }


def read_table(rows: dict[str, list[Any]], labels: list[str], width: int) -> ProtectedTable:
    """The topics × months sheet as a reader sees it, back into shown values and marks."""

    def shown(value: Any) -> Shown:
        return {"<5": Mark.SMALL, "×": Mark.HIDDEN}.get(value, value)

    body = [[shown(value) for value in rows[label][: width + 1]] for label in labels]
    totals = [shown(value) for value in rows[ru("report-total-label")][: width + 1]]
    return ProtectedTable(
        cells=tuple(tuple(row[:width]) for row in body),
        row_totals=tuple(row[width] for row in body),
        column_totals=tuple(totals[:width]),
        total=totals[width],
    )


async def test_an_admins_report_reaches_their_private_chat_anonymised(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    filed = await fill(harness)
    migrant_text = "Мой личный номер паспорта AN7654321"
    await file_request(harness, category="wages", text=migrant_text)  # this month, by the form
    first, last = filed.months[0], moscow_date(utc_now()).replace(day=1)
    group_uploads = len(uploads(harness, STAFF))

    await harness.staff_send(STAFF, ADMIN, f"/report {first:%Y-%m} {last:%Y-%m}")

    assert last_text(harness, STAFF) == ru("staff-report-sent-private")
    assert len(uploads(harness, STAFF)) == group_uploads, "no file in the group"
    (sent,) = uploads(harness, ADMIN)
    assert sent["file_name"] == f"report_{first:%Y-%m}_{last:%Y-%m}.xlsx"
    assert f"{filed.total + 1}" in str(sent["text"]), "the caption counts the requests"
    book = workbook_of(sent)
    assert book.sheetnames == [
        ru(f"report-sheet-{name}")
        for name in (
            "summary", "categories", "cities", "statuses", "urgent", "times", "ratings",
            "languages",
        )
    ]  # fmt: skip

    cells = every_cell(book)
    for forbidden in (SECRET, migrant_text, "AN7654321", PHONE, "№"):
        assert not any(forbidden in cell for cell in cells), forbidden
    for user in [*filed.user_ids, 7001]:
        assert not any(str(user) in cell for cell in cells), f"user id {user} in the workbook"

    topics = rows_of(book, ru("report-sheet-categories"))
    months = [f"{month:%Y-%m}" for month in [*filed.months, last]]
    assert topics[ru("report-column-topic")] == [*months, ru("report-total-label")]
    wages = topics[ru("request-category-wages").removeprefix("💰 ")]
    assert wages[:2] == [12, 7] and wages[3] == "<5" and wages[4] == 26, "this month: 1"
    police = topics[ru("request-category-police").removeprefix("👮 ")]
    documents = topics[ru("request-category-documents").removeprefix("🪪 ")]
    assert police[1] == "<5" and documents[2] == "<5"
    housing = topics[ru("request-category-housing").removeprefix("🏠 ")]
    assert housing == ["<5", 0, 0, 0, "<5"], "a lone request, and its total"
    totals = topics[ru("report-total-label")]
    assert totals[0] == 24 and totals[3] == "<5" and totals[4] == filed.total + 1
    assert "×" in [value for row in topics.values() for value in row], "secondary cells"

    labels = [ru(f"request-category-{c}").split(" ", 1)[1] for c in CATEGORIES]
    table = read_table(topics, labels, width=len(months))
    truth_counts = [[*BY_TOPIC.get(c, [0, 0, 0]), int(c == "wages")] for c in CATEGORIES]
    system, _ = table_system(table, cap=filed.total + 1)
    assert revealed_small_counts(system, table_truth(truth_counts)) == [], "nothing pinned"

    cities = rows_of(book, ru("report-sheet-cities"))
    assert cities[ru("city-moscow")] == [31] and cities[ru("city-kazan")] == ["<5"]
    assert cities[ru("city-other")] == ["×"], "Тверь is what a migrant typed: 'other'"
    assert not any("Тверь" in cell for cell in cells)
    languages = rows_of(book, ru("report-sheet-languages"))
    assert languages[ru("language-name-ky")] == [25] and languages["English"] == ["<5"]
    assert languages[ru("language-name-uz")] == ["×"], "the next smallest, with the '<5'"
    ratings = rows_of(book, ru("report-sheet-ratings"))
    assert ratings[ru("report-rating-stars", stars=5)] == [20]
    assert ratings[ru("report-rating-stars", stars=1)] == ["<5"]
    assert ratings[ru("report-rating-stars", stars=4)] == ["×"]
    assert ratings[ru("report-rating-mean")] == ["—"], "a mean would pin the hidden counts"
    urgent = rows_of(book, ru("report-sheet-urgent"))
    assert urgent[ru("report-urgent-yes")] == [13] and urgent[ru("report-urgent-share")] == [
        round(13 / (filed.total + 1), 3)
    ]
    times = rows_of(book, ru("report-sheet-times"))
    assert times[ru("report-times-first")][:2] == [5.0, 9.0], "median and p90 in hours"
    assert times[ru("report-times-closing")][:2] == [48.0, 48.0]
    assert times[f"{last:%Y-%m}"] == ["—"] * 4, "one request this month: no time shown"
    charts = {sheet.title: len(sheet._charts) for sheet in book.worksheets}
    assert charts[ru("report-sheet-categories")] == charts[ru("report-sheet-times")] == 1


async def test_only_admins_get_the_report_and_bad_periods_are_explained(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await harness.staff_send(STAFF, OPERATOR, "/report")
    assert last_text(harness, STAFF) == ru("staff-admins-only")
    await harness.staff_send(STAFF, 5999, "/report")  # a member without a role
    assert last_text(harness, STAFF) == ru("staff-not-allowed")

    await harness.services.users.get_or_create(ADMIN)
    await harness.services.users.set_locale(ADMIN, "ky")  # the admin reads the bot in Kyrgyz
    next_month = (moscow_date(utc_now()).replace(day=28) + timedelta(days=5)).replace(day=1)
    for period in (
        "2026-13",
        "2026-05 2026-01",
        f"{next_month:%Y-%m}",
        "1999-12",
        "май",
        "2024-01 2026-06",  # 30 months
        "2026-01 2026-02 2026-03",
        "２０２６-０１",
    ):
        await harness.staff_send(STAFF, ADMIN, f"/report {period}")
        answer = last_text(harness, STAFF)
        assert ky("staff-report-bad-period") in answer and "/report 2026-05" in answer, period
    assert uploads(harness, ADMIN) == [], "nothing was sent for a bad period"

    await harness.staff_send(STAFF, ADMIN, "/report")  # the last full month, in Kyrgyz
    assert last_text(harness, STAFF) == ky("staff-report-sent-private")
    (sent,) = uploads(harness, ADMIN)
    month = month_before(moscow_date(utc_now()).replace(day=1))
    assert sent["file_name"] == f"report_{month:%Y-%m}_{month:%Y-%m}.xlsx"
    book = workbook_of(sent)
    assert book.sheetnames[0] == ky("report-sheet-summary")
    assert ky("report-legend-small") in every_cell(book)
    assert rows_of(book, ky("report-sheet-categories"))[ky("report-total-label")] == [0, 0]

    harness.fake.fail_next("sendDocument", 403, description="Forbidden: bot can't initiate")
    await harness.staff_send(STAFF, ADMIN, "/report")
    assert last_text(harness, STAFF) == ky("staff-report-start-private")


async def monthly_harness(start_harness: StartHarness, name: str = "bot.sqlite3") -> Harness:
    harness = await helpdesk(start_harness, REQUEST_ROUTING=f"police={PARTNER}")
    harness.fake.make_forum(PARTNER, "Partner lawyers")
    return harness


def reports_sent(harness: Harness, chat: int) -> list[str]:
    return [str(r["file_name"]) for r in uploads(harness, chat)]


async def test_the_monthly_report_goes_out_once_through_429_5xx_and_a_restart(
    start_harness: StartHarness,
) -> None:
    harness = await monthly_harness(start_harness)
    await harness.services.staff.add(PARTNER_ADMIN, "admin", ADMIN, PARTNER)  # type: ignore[arg-type]
    await fill(harness)
    last_month = month_before(moscow_date(utc_now()).replace(day=1))
    first_of_month = datetime.combine(month_after(last_month), time(), MOSCOW)
    reports = harness.services.reports
    chats = harness.services.requests.staff_chats

    before_nine = first_of_month + timedelta(hours=8, minutes=59)
    assert await reports.queue_monthly(chats, now=before_nine) == 0, "not before 09:00"
    assert await reports.queue_monthly(chats, now=first_of_month + timedelta(days=8)) == 0
    nine = first_of_month + timedelta(hours=9)
    harness.fake.fail_next("sendDocument", 429, retry_after=3)
    assert await reports.queue_monthly(chats, now=nine) == 2, "ADMIN_IDS, the partner's admin"
    assert await reports.queue_monthly(chats, now=nine + timedelta(hours=2)) == 0, "once"

    harness.fake.fail_next("sendDocument", 502, chat_id=PARTNER_ADMIN)
    assert harness.sender is not None
    harness.sender.now = lambda: nine + timedelta(minutes=1)  # the retry is not due yet
    await harness.deliver()
    name = f"report_{last_month:%Y-%m}_{last_month:%Y-%m}.xlsx"
    assert reports_sent(harness, ADMIN) == [name], "through the 429"
    assert reports_sent(harness, PARTNER_ADMIN) == [], "the 5xx: retried later"
    await harness.stop()  # the process ends with the partner's report still to send

    again = await start_harness(fake=harness.fake, admin_ids=frozenset({ADMIN}), env={
        "STAFF_CHAT_ID": str(STAFF), "OFFICE_HOURS": "", "REQUEST_ROUTING": f"police={PARTNER}"
    })  # fmt: skip
    assert again.sender is not None
    again.sender.now = lambda: nine + timedelta(minutes=10)
    await again.deliver()
    assert reports_sent(again, PARTNER_ADMIN) == [name], "after the restart"
    assert reports_sent(again, ADMIN) == [name], "and not twice"
    chats = again.services.requests.staff_chats
    assert await again.services.reports.queue_monthly(chats, now=nine + timedelta(days=1)) == 0

    office = rows_of(workbook_of(uploads(again, ADMIN)[0]), ru("report-sheet-categories"))
    partner = rows_of(workbook_of(uploads(again, PARTNER_ADMIN)[0]), ru("report-sheet-categories"))
    police = ru("request-category-police").removeprefix("👮 ")
    documents = ru("request-category-documents").removeprefix("🪪 ")
    assert office[documents] == ["<5", "<5"], "ADMIN_IDS: every chat's requests (3)"
    assert office[police] == ["×", "×"], "police (5) hidden with them"
    assert office[ru("report-total-label")] == [14, 14]
    assert partner[police] == [5, 5], "the partner's admin: their chat's, the police ones"
    assert partner[ru("report-total-label")] == [5, 5]
    summary = every_cell(workbook_of(uploads(again, PARTNER_ADMIN)[0]))
    assert ru("report-scope-chat", chat=str(PARTNER)) in summary


async def test_the_real_scheduler_runs_the_monthly_job(
    start_harness: StartHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = await helpdesk(start_harness)
    assert harness.sender is not None
    scheduler = build_scheduler(harness.services, harness.sender, fsm_ttl_days=30)
    job = scheduler.get_job("monthly_reports")
    assert job is not None
    june = datetime(2026, 6, 15, 12, tzinfo=MOSCOW)
    assert job.trigger.get_next_fire_time(None, june) == datetime(2026, 7, 1, 9, tzinfo=MOSCOW)

    # The 1st of last month at 09:30 (always in the past): the report of the month before.
    last_month = month_before(moscow_date(utc_now()).replace(day=1))
    then = datetime.combine(last_month, time(9, 30), MOSCOW).astimezone(UTC)
    monkeypatch.setattr("bot.services.report.utc_now", lambda: then)
    scheduler.start()
    try:
        scheduler.modify_job("monthly_reports", next_run_time=datetime.now(UTC))
        for _ in range(200):
            if (await harness.services.db.fetch_one("SELECT COUNT(*) FROM outbox"))[0]:
                break
            await asyncio.sleep(0.05)
    finally:
        scheduler.shutdown(wait=False)
    await harness.deliver()
    wanted = month_before(last_month)
    assert reports_sent(harness, ADMIN) == [f"report_{wanted:%Y-%m}_{wanted:%Y-%m}.xlsx"]
    assert (
        await queue_monthly_reports(
            harness.services.reports, harness.services.requests, harness.sender
        )
        == 0
    ), "once a month"


async def test_stats_attaches_a_chart_in_the_readers_language(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await file_request(harness, category="police")
    await harness.services.users.get_or_create(OPERATOR)
    await harness.services.users.set_locale(OPERATOR, "uz")
    await harness.staff_send(STAFF, OPERATOR, "/stats")
    text, chart = harness.fake.store.bot_messages(STAFF)[-2:]
    assert visible_text(ru("staff-stats-title")) in str(text["text"]), "the figures first"
    assert chart["method"] == "sendPhoto" and chart["text"] == uz("staff-chart-caption")
    png = chart["upload"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and 20_000 < len(png) < 1_000_000
    assert image_size(png) == (1000, 750)
