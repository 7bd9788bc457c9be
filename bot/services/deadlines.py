"""Personal deadlines worked out from the dates a migrant entered, each resting on a fact of
bot/content/sources.toml (its id in brackets) and explained by a rights page:

- migration registration within 30 days of entry [A2]; in the Moscow region through Amina,
  whose own deadline is not confirmed [A9]: the same date, worded "at once, at the latest";
- fingerprinting, photo and medical exam within 30 days of entry [A7];
- the stay extension: applied for before day 90 from entry [A5];
- a contract that ended EARLY more than 90 days after entry: a new one within 15 days [A4];
- a contract that runs to its end date: no extra days — the next contract and the extension
  before that date [A4];
- the medical certificate: renewed within 30 days after it expires [A7].

Counting is conservative, so the last day shown is never later than the law allows: a window of
N days that starts on a given day includes that day, "before day N" is the day before it, and
"more than 90 days after entry" needs 91 days between the dates. Dates only, no times: a
migrant's "today" is taken in Moscow time.
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
from bot.db.users import UsersRepository
from bot.i18n import I18n, Translator
from bot.keyboards.callbacks import PageOpen


class DeadlineKind(StrEnum):
    REGISTRATION = "registration"
    AMINA = "amina"
    MEDICAL = "medical"
    STAY = "stay"
    CONTRACT = "contract"  # a new contract after an early end
    CONTRACT_ENDS = "contract-ends"  # the next contract and the extension before the end
    CERTIFICATE = "certificate"


class Note(StrEnum):
    """Something the screen says instead of a deadline."""

    EARLY_NEEDS_ENTRY = "early-needs-entry"  # 15 days only if >90 days after entry: when?
    EARLY_WITHIN_90 = "early-within-90"  # ended within 90 days of entry: no 15 days
    CONTRACT_KIND_UNKNOWN = "contract-kind-unknown"  # entered before the bot asked


# Which rights page explains each deadline.
PAGE_OF = {
    DeadlineKind.REGISTRATION: "reg30",
    DeadlineKind.AMINA: "amina",
    DeadlineKind.MEDICAL: "medical",
    DeadlineKind.STAY: "stay",
    DeadlineKind.CONTRACT: "stay",
    DeadlineKind.CONTRACT_ENDS: "stay",
    DeadlineKind.CERTIFICATE: "medical",
}
REMIND_DAYS_BEFORE = (7, 3, 1, 0)
MOSCOW_REGION = "moscow"  # the city id (bot/content/cities.py) of Moscow city and oblast
NO_REGISTRATION_DAYS = 30  # A2
MEDICAL_DAYS = 30  # A7
STAY_DAYS = 90  # A5
NEW_CONTRACT_DAYS = 15  # A4
CERTIFICATE_DAYS = 30  # A7


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


def deadlines(dates: PersonalDates, *, moscow: bool = False) -> list[Deadline]:
    found: list[Deadline] = []
    if dates.entry_date:
        entry = dates.entry_date
        registration = DeadlineKind.AMINA if moscow else DeadlineKind.REGISTRATION
        found += [
            Deadline(registration, last_day(entry, NO_REGISTRATION_DAYS)),
            Deadline(DeadlineKind.MEDICAL, last_day(entry, MEDICAL_DAYS)),
            Deadline(DeadlineKind.STAY, last_day(entry, STAY_DAYS) - timedelta(days=1)),
        ]
    contract = _contract_deadline(dates)
    if contract is not None:
        found.append(contract)
    if dates.medical_expiry:
        due = last_day(dates.medical_expiry + timedelta(days=1), CERTIFICATE_DAYS)
        found.append(Deadline(DeadlineKind.CERTIFICATE, due))
    return sorted(found, key=lambda d: (d.due, d.kind))


def _contract_deadline(dates: PersonalDates) -> Deadline | None:
    end = dates.contract_end
    if end is None:
        return None
    if not dates.contract_early:  # runs to its end date (or not asked): no extra days
        return Deadline(DeadlineKind.CONTRACT_ENDS, end - timedelta(days=1))
    if dates.entry_date is None or (end - dates.entry_date).days <= STAY_DAYS:
        return None  # the 15 days are not sure to apply: see notes()
    return Deadline(DeadlineKind.CONTRACT, last_day(end + timedelta(days=1), NEW_CONTRACT_DAYS))


def notes(dates: PersonalDates) -> list[Note]:
    if dates.contract_end is None:
        return []
    if dates.contract_early is None:
        return [Note.CONTRACT_KIND_UNKNOWN]
    if not dates.contract_early:
        return []
    if dates.entry_date is None:
        return [Note.EARLY_NEEDS_ENTRY]
    if (dates.contract_end - dates.entry_date).days <= STAY_DAYS:
        return [Note.EARLY_WITHIN_90]
    return []


def reminders_ahead(deadline: Deadline, today: date) -> list[int]:
    """The reminders still to come (days before the last day), after today: what the screen
    may promise."""
    days_left = (deadline.due - today).days
    return [days for days in REMIND_DAYS_BEFORE if days < days_left]


def reminders_due(
    dates: PersonalDates, today: date, *, moscow: bool = False
) -> list[tuple[Deadline, int]]:
    """(deadline, days before) pairs whose reminder day is today. A reminder whose day passed
    while the bot was down is sent late only while its deadline has not passed, and only the
    nearest one, so a returning bot sends one reminder per deadline, not a burst."""
    due_now: list[tuple[Deadline, int]] = []
    for deadline in deadlines(dates, moscow=moscow):
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


def rule(t: Translator, deadline: Deadline) -> str:
    """The rule the deadline rests on, in one line."""
    return t(f"deadline-rule-{deadline.kind.value}")


def in_moscow_region(city: str | None) -> bool:
    return city == MOSCOW_REGION


class DeadlineService:
    def __init__(self, db: Database, i18n: I18n) -> None:
        self.db = db
        self.i18n = i18n
        self.dates = PersonalDatesRepository(db)
        self.users = UsersRepository(db)
        self.outbox = OutboxRepository(db)

    async def get(self, user_id: int) -> PersonalDates:
        return await self.dates.get(user_id)

    async def city(self, user_id: int) -> str | None:
        """The city the user chose (for announcements); Moscow brings Amina's rules."""
        return await self.users.city(user_id)

    async def set_date(self, user_id: int, field: str, value: date) -> None:
        async with self.db.single_statement() as conn:
            await self.dates.set_date(conn, user_id, field, value)

    async def set_contract_end(self, user_id: int, end: date, early: bool) -> None:
        async with self.db.single_statement() as conn:
            await self.dates.set_contract_end(conn, user_id, end, early)

    async def delete(self, user_id: int) -> None:
        async with self.db.transaction() as conn:
            await self.dates.delete(conn, user_id)

    async def send_due_reminders(self, now: datetime) -> int:
        """Queue every reminder due today that was not sent before; returns how many."""
        today = today_in_russia(now)
        queued, after = 0, 0
        while batch := await self.dates.page_after(after, BATCH):
            for user in batch:
                moscow = in_moscow_region(user.city)
                for deadline, days_before in reminders_due(user.dates, today, moscow=moscow):
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
        ) + f"\n<i>{rule(t, deadline)}</i>"
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
