"""Personal deadlines worked out from the dates a migrant entered (shared/content/rights-facts.md):

- registration and the medical exam with fingerprinting: within 30 days of entry (A2, A7);
- a new labour contract: within 15 days after the contract ends (A4);
- the medical certificate: renewed within 30 days after it expires (A7).

Counting is conservative: a window of N days that starts on a given day includes that day, so
the last day shown is never later than the law allows. Dates only, no times: a migrant's "today"
is taken in Moscow time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.connection import Database
from bot.db.outbox import OutboxRepository
from bot.db.personal_dates import PersonalDates, PersonalDatesRepository, UserDates
from bot.i18n import I18n, Translator
from bot.keyboards.callbacks import PageOpen


class DeadlineKind(StrEnum):
    REGISTRATION = "registration"
    MEDICAL = "medical"
    CONTRACT = "contract"
    CERTIFICATE = "certificate"


# Which rights page explains each deadline.
PAGE_OF = {
    DeadlineKind.REGISTRATION: "reg30",
    DeadlineKind.MEDICAL: "medical",
    DeadlineKind.CONTRACT: "stay",
    DeadlineKind.CERTIFICATE: "medical",
}
REMIND_DAYS_BEFORE = (7, 3, 1, 0)


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: date  # the last day

    @property
    def page_id(self) -> str:
        return PAGE_OF[self.kind]


def last_day(start: date, days: int) -> date:
    """The last day of a window of ``days`` days that includes ``start``."""
    return start + timedelta(days=days - 1)


def deadlines(dates: PersonalDates) -> list[Deadline]:
    found: list[Deadline] = []
    if dates.entry_date:
        due = last_day(dates.entry_date, 30)
        found += [Deadline(DeadlineKind.REGISTRATION, due), Deadline(DeadlineKind.MEDICAL, due)]
    if dates.contract_end:
        found.append(
            Deadline(DeadlineKind.CONTRACT, last_day(dates.contract_end + timedelta(1), 15))
        )
    if dates.medical_expiry:
        due = last_day(dates.medical_expiry + timedelta(days=1), 30)
        found.append(Deadline(DeadlineKind.CERTIFICATE, due))
    return sorted(found, key=lambda d: (d.due, d.kind))


def reminders_due(dates: PersonalDates, today: date) -> list[tuple[Deadline, int]]:
    """(deadline, days before) pairs whose reminder day is today. A reminder whose day passed
    while the bot was down is sent late only while its deadline has not passed, and only the
    nearest one, so a returning bot sends one reminder per deadline, not a burst."""
    due_now: list[tuple[Deadline, int]] = []
    for deadline in deadlines(dates):
        days_left = (deadline.due - today).days
        if days_left < 0:
            continue
        candidates = [d for d in REMIND_DAYS_BEFORE if d >= days_left]
        if candidates:
            due_now.append((deadline, min(candidates)))
    return due_now


MOSCOW = ZoneInfo("Europe/Moscow")
BATCH = 500


def today_in_russia(now: datetime) -> date:
    return now.astimezone(MOSCOW).date()


def describe(t: Translator, deadline: Deadline) -> str:
    return t(f"deadline-{deadline.kind.value}", date=t.date(deadline.due))


class DeadlineService:
    def __init__(self, db: Database, i18n: I18n) -> None:
        self.db = db
        self.i18n = i18n
        self.dates = PersonalDatesRepository(db)
        self.outbox = OutboxRepository(db)

    async def get(self, user_id: int) -> PersonalDates:
        return await self.dates.get(user_id)

    async def set_date(self, user_id: int, field: str, value: date) -> None:
        async with self.db.single_statement() as conn:
            await self.dates.set_date(conn, user_id, field, value)

    async def delete(self, user_id: int) -> None:
        async with self.db.transaction() as conn:
            await self.dates.delete(conn, user_id)

    async def send_due_reminders(self, now: datetime) -> int:
        """Queue every reminder due today that was not sent before; returns how many."""
        today = today_in_russia(now)
        queued, after = 0, 0
        while batch := await self.dates.page_after(after, BATCH):
            for user in batch:
                for deadline, days_before in reminders_due(user.dates, today):
                    queued += await self._queue(user, deadline, days_before, today, now)
            after = batch[-1].user_id
        return queued

    async def _queue(
        self, user: UserDates, deadline: Deadline, days_before: int, today: date, now: datetime
    ) -> int:
        t = self.i18n.get(user.locale)
        days_left = (deadline.due - today).days
        what = describe(t, deadline)
        text = (
            t("deadlines-reminder-today", what=what)
            if days_left == 0
            else t("deadlines-reminder", what=what, days=days_left)
        )
        button = InlineKeyboardButton(
            text=t("deadlines-button-page"),
            callback_data=PageOpen(page_id=deadline.page_id).pack(),
        )
        markup = InlineKeyboardMarkup(inline_keyboard=[[button]]).model_dump(exclude_none=True)
        async with self.db.transaction() as conn:
            is_new = await self.dates.record_reminder(
                conn,
                user_id=user.user_id,
                kind=deadline.kind.value,
                due=deadline.due,
                days_before=days_before,
                now=now,
            )
            if is_new:
                await self.outbox.add_text(
                    conn, chat_id=user.user_id, text=text, now=now, reply_markup=markup
                )
        return int(is_new)
