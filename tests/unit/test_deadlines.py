"""Personal deadlines: counting across month ends and leap years, and reminders sent once."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.app import build_bot
from bot.config import load_settings
from bot.db.connection import Database
from bot.db.personal_dates import PersonalDates
from bot.i18n import I18n
from bot.services.deadlines import (
    DeadlineKind,
    DeadlineService,
    deadlines,
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
    assert due == {DeadlineKind.REGISTRATION: last_day, DeadlineKind.MEDICAL: last_day}


def test_new_contract_within_15_days_after_the_end_across_a_month_end() -> None:
    assert _due(PersonalDates(contract_end=date(2026, 1, 31))) == {
        DeadlineKind.CONTRACT: date(2026, 2, 15)
    }


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
    blocked = [c for c in fake.calls if c.chat_id == 3]
    assert len(blocked) == 1, "a user who blocked the bot is tried once, then skipped"
    assert fake.rejected == []

    # A restart (a new service) on the same database sends nothing again.
    assert await DeadlineService(db, i18n).send_due_reminders(clock[0]) == 0


async def test_deleting_dates_stops_reminders(db: Database, i18n: I18n) -> None:
    await _add_user(db, 5, "ru", date(2026, 11, 1))
    service = DeadlineService(db, i18n)
    await service.delete(5)
    assert (await service.get(5)).empty
    assert await service.send_due_reminders(datetime(2026, 11, 29, tzinfo=UTC)) == 0
