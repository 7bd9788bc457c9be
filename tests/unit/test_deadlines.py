"""Personal deadlines: counting across month ends and leap years, the 15 days only where the
Treaty gives them, the stay extension before day 90, Amina in Moscow, only the reminders still
ahead promised, and reminders sent once with the rule they rest on."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.app import build_bot
from bot.config import load_settings
from bot.db.connection import Database
from bot.db.personal_dates import PersonalDates
from bot.handlers.deadlines import screen_text
from bot.i18n import I18n
from bot.services.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineService,
    Note,
    deadlines,
    notes,
    reminders_ahead,
    reminders_due,
)
from bot.services.outbox import OutboxSender
from bot.services.users import UserService
from bot.telegram.budget import SendBudget
from fake_telegram import FakeTelegram, FloodRules, RecordingSession, VirtualClock
from fake_telegram.html_check import visible_text
from tests.conftest import TEST_TOKEN


def _due(dates: PersonalDates) -> dict[DeadlineKind, date]:
    return {d.kind: d.due for d in deadlines(dates)}


@pytest.mark.parametrize(
    ("entry", "last_day"),
    [
        (date(2026, 11, 22), date(2026, 12, 21)),  # 30 days counting the day of entry
        (date(2028, 2, 15), date(2028, 3, 15)),  # across 29 February of a leap year
        (date(2027, 2, 15), date(2027, 3, 16)),  # the same in a common year
        (date(2026, 12, 31), date(2027, 1, 29)),  # across the new year
    ],
)
def test_registration_and_medical_within_30_days_of_entry(entry: date, last_day: date) -> None:
    due = _due(PersonalDates(entry_date=entry))
    assert due[DeadlineKind.REGISTRATION] == due[DeadlineKind.MEDICAL] == last_day


@pytest.mark.parametrize(
    ("entry", "last_day"),
    [
        (date(2026, 1, 1), date(2026, 3, 30)),  # day 90 is 31 March: apply the day before
        (date(2028, 1, 1), date(2028, 3, 29)),  # a leap year: day 90 is 30 March
        (date(2026, 11, 22), date(2027, 2, 18)),
    ],
)
def test_stay_extension_applied_for_before_day_90(entry: date, last_day: date) -> None:
    assert _due(PersonalDates(entry_date=entry))[DeadlineKind.STAY] == last_day


def test_in_moscow_registration_goes_through_amina() -> None:
    due = {d.kind: d for d in deadlines(PersonalDates(entry_date=date(2026, 11, 1)), moscow=True)}
    assert DeadlineKind.REGISTRATION not in due
    assert due[DeadlineKind.AMINA].due == date(2026, 11, 30)
    assert due[DeadlineKind.AMINA].page_id == "amina"


def test_new_contract_within_15_days_after_an_early_end_across_a_month_end() -> None:
    early = PersonalDates(
        entry_date=date(2025, 10, 1), contract_end=date(2026, 1, 31), contract_early=True
    )
    assert _due(early)[DeadlineKind.CONTRACT] == date(2026, 2, 15)
    assert notes(early) == []


@pytest.mark.parametrize("early", [False, None])
def test_a_contract_that_runs_out_gives_no_extra_days(early: bool | None) -> None:
    """No 15 days after an ordinary end (A4): the next contract and the extension BEFORE it."""
    dates = PersonalDates(
        entry_date=date(2025, 10, 1), contract_end=date(2026, 1, 31), contract_early=early
    )
    due = _due(dates)
    assert DeadlineKind.CONTRACT not in due
    assert due[DeadlineKind.CONTRACT_ENDS] == date(2026, 1, 30)
    after_the_end = [d.kind for d, _ in reminders_due(dates, date(2026, 2, 5))]
    assert after_the_end == [], "nothing promises days after the contract ended"
    assert notes(dates) == ([Note.CONTRACT_KIND_UNKNOWN] if early is None else [])


@pytest.mark.parametrize(
    ("entry", "note"),
    [
        (None, Note.EARLY_NEEDS_ENTRY),  # we cannot tell whether 90 days had passed
        (date(2026, 1, 1), Note.EARLY_WITHIN_90),  # 90 days between the dates, not more
        (date(2026, 1, 2), Note.EARLY_WITHIN_90),  # ended on day 90
    ],
)
def test_no_15_days_unless_more_than_90_days_after_entry(entry: date | None, note: Note) -> None:
    dates = PersonalDates(entry_date=entry, contract_end=date(2026, 4, 1), contract_early=True)
    assert DeadlineKind.CONTRACT not in _due(dates)
    assert notes(dates) == [note]


def test_15_days_from_the_first_day_more_than_90_days_after_entry() -> None:
    dates = PersonalDates(
        entry_date=date(2026, 1, 1), contract_end=date(2026, 4, 2), contract_early=True
    )
    assert _due(dates)[DeadlineKind.CONTRACT] == date(2026, 4, 17)


@pytest.mark.parametrize(
    ("days_left", "ahead"),
    [(20, [7, 3, 1, 0]), (7, [3, 1, 0]), (2, [1, 0]), (1, [0]), (0, []), (-3, [])],
)
def test_only_reminders_still_ahead_are_promised(days_left: int, ahead: list[int]) -> None:
    deadline = Deadline(DeadlineKind.MEDICAL, date(2026, 6, 10))
    assert reminders_ahead(deadline, deadline.due - timedelta(days=days_left)) == ahead


def test_the_screen_promises_only_the_reminders_still_ahead(i18n: I18n) -> None:
    """Issue 11: with two days left the screen promised reminders "7, 3 and 1 days before"."""
    ru = i18n.get("ru")
    today = date(2026, 6, 8)
    dates = PersonalDates(medical_expiry=date(2026, 5, 11))
    due = deadlines(dates)[0].due
    assert due == today + timedelta(days=2)
    lines = visible_text(screen_text(ru, dates, today, "other")).split("\n")
    line = lines.index("• " + ru("deadline-certificate", date=ru.date(due)))
    promise = lines[line + 1]
    ahead = ", ".join([ru("deadlines-remind-before", days=1), ru("deadlines-remind-last-day")])
    assert ru("deadlines-reminders-ahead", when=ahead) in promise
    assert ru("deadline-rule-certificate") in promise
    for days in (7, 3):
        assert ru("deadlines-remind-before", days=days) not in "\n".join(lines)


@pytest.mark.parametrize(
    ("expiry", "last_day"),
    [(date(2028, 1, 31), date(2028, 3, 1)), (date(2027, 1, 31), date(2027, 3, 2))],
)
def test_certificate_renewed_within_30_days_after_expiry(expiry: date, last_day: date) -> None:
    assert _due(PersonalDates(medical_expiry=expiry)) == {DeadlineKind.CERTIFICATE: last_day}


@pytest.mark.parametrize(
    ("days_left", "reminder"),
    [(20, None), (8, None), (7, 7), (5, 7), (3, 3), (2, 3), (1, 1), (0, 0), (-1, None)],
)
def test_which_reminder_is_due(days_left: int, reminder: int | None) -> None:
    end = date(2026, 6, 1)
    dates = PersonalDates(contract_end=end)
    due = deadlines(dates)[0].due
    found = reminders_due(dates, due - timedelta(days=days_left))
    assert [days for _, days in found] == ([] if reminder is None else [reminder])


async def _add_user(db: Database, user_id: int, locale: str, entry: date) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO users (id, locale, created_at, updated_at) VALUES (?, ?, 'x', 'x')",
            (user_id, locale),
        )
    await DeadlineService(db, I18n.load("ru")).set_date(user_id, "entry_date", entry)


async def test_each_reminder_arrives_once_in_the_users_language(db: Database, i18n: I18n) -> None:
    entry = date(2026, 11, 1)  # last day 30 November
    for user_id, locale in ((1, "ky"), (2, "ru"), (3, "uz")):
        await _add_user(db, user_id, locale, entry)
    pace = VirtualClock()  # no real waiting, Telegram's limits checked all the same
    fake = FakeTelegram(token=TEST_TOKEN, flood=FloodRules(), clock=pace)
    budget = SendBudget(clock=pace, sleep=pace.sleep)
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN})
    bot = build_bot(settings, session=RecordingSession(fake), budget=budget)
    clock = [datetime(2026, 11, 15, 9, 0, tzinfo=UTC)]  # a test clock for the dates
    sender = OutboxSender(db, bot, UserService(db), now=lambda: clock[0])
    service = DeadlineService(db, i18n)
    fake.block_user(3)

    for _ in range(20):  # 15 Nov .. 4 Dec, the job running several times a day
        for _ in range(3):
            await service.send_due_reminders(clock[0])
            await sender.deliver_due()
            clock[0] += timedelta(hours=6)
        clock[0] += timedelta(hours=6)
    await bot.session.close()

    for user_id, locale in ((1, "ky"), (2, "ru")):
        texts = [c.params["text"] for c in fake.sent_to(user_id)]
        # two deadlines (registration, medical) × four reminders (7, 3, 1 days, last day)
        assert len(texts) == 8, texts
        assert len(set(texts)) == 8, "no reminder twice"
        markups = [json.loads(c.params["reply_markup"]) for c in fake.sent_to(user_id)]
        labels = {row[0]["text"] for markup in markups for row in markup["inline_keyboard"]}
        assert labels == {i18n.get(locale)("deadlines-button-page")}
        last_day = visible_text(i18n.get(locale)("deadlines-reminder-today", what="x"))
        assert last_day.split("x")[0] in (fake.last_text(user_id) or "")
        rule = i18n.get(locale)("deadline-rule-registration")
        assert sum(rule in text for text in texts) == 4, "each reminder says its rule"
    blocked = [c for c in fake.calls if c.chat_id == 3]
    assert len(blocked) == 1, "a user who blocked the bot is tried once, then skipped"
    assert fake.rejected == []

    # A restart (a new service) on the same database sends nothing again.
    assert await DeadlineService(db, i18n).send_due_reminders(clock[0]) == 0


async def test_moscow_users_are_reminded_of_amina_and_early_ends_are_stored(
    db: Database, i18n: I18n
) -> None:
    await _add_user(db, 7, "ru", date(2026, 8, 1))
    async with db.transaction() as conn:
        await conn.execute("UPDATE users SET city = 'moscow' WHERE id = 7")
    service = DeadlineService(db, i18n)
    await service.set_contract_end(7, date(2026, 11, 20), early=True)
    stored = await service.get(7)
    assert (stored.contract_end, stored.contract_early) == (date(2026, 11, 20), True)

    assert await service.send_due_reminders(datetime(2026, 8, 25, 9, tzinfo=UTC)) == 2
    rows = await db.fetch_all("SELECT kind FROM deadline_reminders_sent ORDER BY kind")
    assert [row["kind"] for row in rows] == ["amina", "medical"]
    # 111 days after entry, ended early: the 15 days apply, last day 5 December.
    assert await service.send_due_reminders(datetime(2026, 11, 28, 9, tzinfo=UTC)) == 1
    outbox = await db.fetch_all("SELECT text FROM outbox WHERE chat_id = 7 ORDER BY id")
    ru = i18n.get("ru")
    assert ru("deadline-amina", date=ru.date(date(2026, 8, 30))) in outbox[0]["text"]
    assert ru("deadline-contract", date=ru.date(date(2026, 12, 5))) in outbox[-1]["text"]


async def test_deleting_dates_stops_reminders(db: Database, i18n: I18n) -> None:
    await _add_user(db, 5, "ru", date(2026, 11, 1))
    service = DeadlineService(db, i18n)
    await service.delete(5)
    assert (await service.get(5)).empty
    assert await service.send_due_reminders(datetime(2026, 11, 29, tzinfo=UTC)) == 0
